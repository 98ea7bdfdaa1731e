// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include <opsdeck/planner/units.h>

#include "plannertr.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <optional>

namespace OpsDeck::Planner {

namespace {

constexpr double kDay = 86400.0;
constexpr double kMonth = 30 * kDay;
constexpr double kYear = 365 * kDay;

struct UnitDef
{
    Dimension dimension;
    double factor;
};

struct Named
{
    const char *name;
    double factor;
};

std::optional<double> findNamed(const Named *table, std::size_t size, const QString &u)
{
    for (std::size_t i = 0; i < size; ++i)
        if (u == QLatin1String(table[i].name))
            return table[i].factor;
    return std::nullopt;
}

std::optional<double> timeUnit(const QString &u)
{
    static const Named units[] = {
        {"s", 1}, {"sec", 1}, {"secs", 1}, {"second", 1}, {"seconds", 1},
        {"ms", 0.001},
        {"min", 60}, {"mins", 60}, {"minute", 60}, {"minutes", 60}, {"m", 60},
        {"h", 3600}, {"hr", 3600}, {"hrs", 3600}, {"hour", 3600}, {"hours", 3600},
        {"d", kDay}, {"day", kDay}, {"days", kDay},
        {"w", 7 * kDay}, {"wk", 7 * kDay}, {"week", 7 * kDay}, {"weeks", 7 * kDay},
        {"mo", kMonth}, {"month", kMonth}, {"months", kMonth},
        {"y", kYear}, {"yr", kYear}, {"year", kYear}, {"years", kYear},
    };
    return findNamed(units, std::size(units), u.toLower());
}

std::optional<double> byteUnit(const QString &u)
{
    static const Named units[] = {
        {"B", 1}, {"byte", 1}, {"bytes", 1},
        {"KB", 1e3}, {"kB", 1e3}, {"MB", 1e6}, {"GB", 1e9}, {"TB", 1e12}, {"PB", 1e15}, {"EB", 1e18},
        {"KiB", 1024.0}, {"MiB", 1048576.0}, {"GiB", 1073741824.0},
        {"TiB", 1099511627776.0}, {"PiB", 1125899906842624.0},
    };
    return findNamed(units, std::size(units), u);
}

bool isCurrency(const QString &u)
{
    return u == QLatin1String("USD") || u == QLatin1String("usd") || u == QLatin1String("$");
}

/// A unit with the whitespace already removed and "per" already turned into "/".
std::optional<UnitDef> lookupUnit(const QString &unit)
{
    if (unit.isEmpty() || unit == QLatin1String("x") || unit == QStringLiteral("×"))
        return UnitDef{Dimension::Count, 1};
    if (unit == QLatin1String("%"))
        return UnitDef{Dimension::Percent, 0.01};
    const QString lower = unit.toLower();
    if (lower == QLatin1String("vcpu") || lower == QLatin1String("vcpus") || lower == QLatin1String("cpu")
        || lower == QLatin1String("cpus") || lower == QLatin1String("core") || lower == QLatin1String("cores"))
        return UnitDef{Dimension::Vcpu, 1};
    if (const auto b = byteUnit(unit))
        return UnitDef{Dimension::Bytes, *b};
    if (const auto t = timeUnit(unit))
        return UnitDef{Dimension::Duration, *t};

    const QStringList parts = unit.split(QLatin1Char('/'));
    if (parts.size() == 2) {
        const auto t = timeUnit(parts[1]);
        if (!t)
            return std::nullopt;
        if (const auto b = byteUnit(parts[0]))
            return UnitDef{Dimension::ByteRate, *b / *t};
        if (isCurrency(parts[0]))
            return UnitDef{Dimension::Money, kMonth / *t};
        // "/day", "1/day", "deployments/day", "req/s": something per time.
        static const QRegularExpression word(QStringLiteral("^(1|[A-Za-z_]*)$"));
        if (word.match(parts[0]).hasMatch())
            return UnitDef{Dimension::Rate, 1 / *t};
        return std::nullopt;
    }
    if (parts.size() == 3 && isCurrency(parts[0])) {
        // USD/TB/month
        const auto b = byteUnit(parts[1]);
        const auto t = timeUnit(parts[2]);
        if (b && t)
            return UnitDef{Dimension::Price, (kMonth / *t) / *b};
    }
    return std::nullopt;
}

std::optional<UnitDef> lookupPriceDash(const QString &unit)
{
    // "USD/GB-month": the dash form cloud price lists use.
    const QStringList parts = unit.split(QLatin1Char('/'));
    if (parts.size() != 2 || !isCurrency(parts[0]))
        return std::nullopt;
    const QStringList bt = parts[1].split(QLatin1Char('-'));
    if (bt.size() != 2)
        return std::nullopt;
    const auto b = byteUnit(bt[0]);
    const auto t = timeUnit(bt[1]);
    if (!b || !t)
        return std::nullopt;
    return UnitDef{Dimension::Price, (kMonth / *t) / *b};
}

QString normaliseUnit(QString unit)
{
    if (unit.contains(QLatin1String("per"))) {
        static const QRegularExpression per(QStringLiteral("(^|\\s+)per\\s+"));
        unit.replace(per, QStringLiteral("/"));
    }
    unit.removeIf([](QChar ch) { return ch.isSpace(); });
    if (unit.startsWith(QLatin1String("1/")))
        unit.remove(0, 1);
    return unit;
}

} // namespace

QString dimensionName(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Count: return Tr::tr("a plain number");
    case Dimension::Percent: return Tr::tr("a percentage");
    case Dimension::Rate: return Tr::tr("a rate");
    case Dimension::Bytes: return Tr::tr("a size");
    case Dimension::ByteRate: return Tr::tr("a data rate");
    case Dimension::Duration: return Tr::tr("a duration");
    case Dimension::Vcpu: return Tr::tr("a number of vCPUs");
    case Dimension::Money: return Tr::tr("a monthly cost");
    case Dimension::Price: return Tr::tr("a storage price");
    }
    return {};
}

QString dimensionExample(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Count: return QStringLiteral("10");
    case Dimension::Percent: return QStringLiteral("60 %");
    case Dimension::Rate: return QStringLiteral("10000 /day");
    case Dimension::Bytes: return QStringLiteral("100 MB");
    case Dimension::ByteRate: return QStringLiteral("1 GB/day");
    case Dimension::Duration: return QStringLiteral("30 d");
    case Dimension::Vcpu: return QStringLiteral("2 vCPU");
    case Dimension::Money: return QStringLiteral("700 USD/month");
    case Dimension::Price: return QStringLiteral("23 USD/TB/month");
    }
    return {};
}

QString baseUnitText(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Count: return {};
    case Dimension::Percent: return QStringLiteral("%");
    case Dimension::Rate: return QStringLiteral("/s");
    case Dimension::Bytes: return QStringLiteral("B");
    case Dimension::ByteRate: return QStringLiteral("B/s");
    case Dimension::Duration: return QStringLiteral("s");
    case Dimension::Vcpu: return QStringLiteral("vCPU");
    case Dimension::Money: return QStringLiteral("USD/month");
    case Dimension::Price: return QStringLiteral("USD/GB/month");
    }
    return {};
}

double unitFactor(const QString &unit, Dimension dimension)
{
    const QString u = normaliseUnit(unit);
    std::optional<UnitDef> def = lookupUnit(u);
    if (!def)
        def = lookupPriceDash(u);
    if (!def || def->dimension != dimension)
        return 0;
    return def->factor;
}

Result<Measure> parseMeasure(const QString &input)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("The value is empty"));
    bool dollar = false;
    if (text.startsWith(QLatin1Char('$'))) {
        dollar = true;
        text = text.mid(1).trimmed();
    }
    // A number with optional thousands separators ("10,000", "10_000") and exponent.
    static const QRegularExpression number(QStringLiteral(
        "^([-+]?(?:\\d{1,3}(?:[,_]\\d{3})+|\\d+)?(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)(.*)$"));
    const QRegularExpressionMatch m = number.match(text);
    QString digits = m.captured(1);
    const bool hasDigit = std::any_of(digits.cbegin(), digits.cend(), [](QChar ch) { return ch.isDigit(); });
    if (!m.hasMatch() || !hasDigit)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("'%1' does not start with a number").arg(input.trimmed()));
    digits.remove(QLatin1Char(',')).remove(QLatin1Char('_'));
    bool ok = false;
    const double value = digits.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return fail(ErrorCode::InvalidArgument, Tr::tr("'%1' is not a finite number").arg(digits));
    QString unit = normaliseUnit(m.captured(2).trimmed());
    if (dollar)
        unit = QStringLiteral("USD") + unit;
    std::optional<UnitDef> def = lookupUnit(unit);
    if (!def)
        def = lookupPriceDash(unit);
    if (!def)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("Unknown unit '%1' in '%2' (known: %, /s /min /h /day, B KB MB GB TB PB, "
                           "KB/s … TB/day, s min h d month year, vCPU, USD/month, USD/GB/month)")
                        .arg(m.captured(2).trimmed(), input.trimmed()));
    const double base = value * def->factor;
    if (!std::isfinite(base))
        return fail(ErrorCode::InvalidArgument, Tr::tr("'%1' is too large to compute with").arg(input.trimmed()));
    return Measure{base, def->dimension};
}

Shown show(double base, Dimension dimension, const QString &unit)
{
    if (!unit.isEmpty()) {
        const double f = unitFactor(unit, dimension);
        if (f > 0)
            return {base / f, unit};
        // A plain number may carry a label that is no unit of measure: "erlangs", "month".
        if (dimension == Dimension::Count)
            return {base, unit};
    }
    switch (dimension) {
    case Dimension::Count: return {base, QString()};
    case Dimension::Percent: return {base * 100, QStringLiteral("%")};
    case Dimension::Rate: return {base, QStringLiteral("/s")};
    case Dimension::Vcpu: return {base, QStringLiteral("vCPU")};
    case Dimension::Money: return {base, QStringLiteral("USD/month")};
    case Dimension::Price: return {base * 1e9, QStringLiteral("USD/GB/month")};
    case Dimension::Duration: {
        const double a = std::abs(base);
        if (a < 120)
            return {base, QStringLiteral("s")};
        if (a < 120 * 60)
            return {base / 60, QStringLiteral("min")};
        if (a < 72 * 3600)
            return {base / 3600, QStringLiteral("h")};
        return {base / kDay, QStringLiteral("d")};
    }
    case Dimension::Bytes:
    case Dimension::ByteRate: {
        static const char *prefixes[] = {"B", "KB", "MB", "GB", "TB", "PB", "EB"};
        double v = base;
        int i = 0;
        while (std::abs(v) >= 1000 && i < 6) {
            v /= 1000;
            ++i;
        }
        QString u = QString::fromLatin1(prefixes[i]);
        if (dimension == Dimension::ByteRate)
            u += QStringLiteral("/s");
        return {v, u};
    }
    }
    return {base, QString()};
}

QString formatNumber(double value)
{
    if (std::isnan(value))
        return QStringLiteral("n/a");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("∞") : QStringLiteral("-∞");
    const double a = std::abs(value);
    if (a != 0 && (a < 1e-4 || a >= 1e15))
        return QString::number(value, 'g', 4);
    // Four significant digits, but never drop integer digits (1234567 stays whole).
    const int intDigits = a >= 1 ? static_cast<int>(std::floor(std::log10(a))) + 1 : 0;
    int decimals = std::max(0, 4 - intDigits);
    if (a > 0 && a < 1)
        decimals = 3 - static_cast<int>(std::floor(std::log10(a)));
    QString s = QString::number(value, 'f', decimals);
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    if (s == QLatin1String("-0"))
        s = QStringLiteral("0");
    return s;
}

QString formatMeasure(double base, Dimension dimension, const QString &unit)
{
    const Shown s = show(base, dimension, unit);
    if (s.unit.isEmpty())
        return formatNumber(s.value);
    return formatNumber(s.value) + QLatin1Char(' ') + s.unit;
}

} // namespace OpsDeck::Planner
