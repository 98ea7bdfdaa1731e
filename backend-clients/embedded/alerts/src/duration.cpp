// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/alerts/rule.h"

#include "alertstr_p.h"

#include <limits>

namespace OpsDeck::Alerts {

namespace {
struct Unit
{
    const char *name;
    qint64 ms;
};
// Longest spelling first so "ms" is not read as "m" followed by "s".
constexpr Unit kUnits[] = {{"ms", 1}, {"s", 1000}, {"m", 60'000}, {"h", 3'600'000},
                           {"d", 86'400'000}, {"w", 7 * 86'400'000LL}, {"y", 365 * 86'400'000LL}};
} // namespace

Result<std::chrono::milliseconds> parseDuration(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return fail(ErrorCode::Parse, Tr::tr("empty duration, expected e.g. \"5m\" or \"1h30m\""));
    qint64 total = 0;
    qsizetype i = 0;
    while (i < t.size()) {
        const qsizetype start = i;
        while (i < t.size() && t.at(i).isDigit())
            ++i;
        if (i == start)
            return fail(ErrorCode::Parse,
                        Tr::tr("\"%1\": expected a number at character %2, e.g. \"5m\" or \"1h30m\"")
                            .arg(text).arg(start + 1));
        bool ok = false;
        const qint64 number = t.mid(start, i - start).toLongLong(&ok);
        const qsizetype unitStart = i;
        while (i < t.size() && t.at(i).isLetter())
            ++i;
        const QString unit = t.mid(unitStart, i - unitStart);
        const Unit *found = nullptr;
        for (const Unit &u : kUnits)
            if (unit == QLatin1StringView(u.name))
                found = &u;
        if (!found)
            return fail(ErrorCode::Parse,
                        unit.isEmpty() ? Tr::tr("\"%1\": a unit is missing after %2 (ms, s, m, h, d, w or y)")
                                             .arg(text).arg(number)
                                       : Tr::tr("\"%1\": unknown unit \"%2\", expected ms, s, m, h, d, w or y")
                                             .arg(text, unit));
        if (!ok || number > std::numeric_limits<qint64>::max() / found->ms
            || total > std::numeric_limits<qint64>::max() - number * found->ms)
            return fail(ErrorCode::Parse, Tr::tr("\"%1\": the duration is too long").arg(text));
        total += number * found->ms;
    }
    return std::chrono::milliseconds(total);
}

QString formatDuration(std::chrono::milliseconds duration)
{
    qint64 ms = duration.count();
    if (ms == 0)
        return QStringLiteral("0s");
    QString out;
    if (ms < 0) {
        out += QLatin1Char('-');
        ms = -ms;
    }
    // Weeks and years are left out: "14d" reads better than "2w" in an alert rule.
    static constexpr Unit kShown[] = {{"d", 86'400'000}, {"h", 3'600'000}, {"m", 60'000}, {"s", 1000}, {"ms", 1}};
    for (const Unit &u : kShown) {
        if (ms >= u.ms) {
            out += QString::number(ms / u.ms) + QLatin1StringView(u.name);
            ms %= u.ms;
        }
    }
    return out;
}

} // namespace OpsDeck::Alerts
