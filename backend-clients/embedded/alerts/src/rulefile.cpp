// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/alerts/rulefile.h"

#include "alertstr_p.h"
#include "jsonlocator_p.h"

#include <opsdeck/embedded/fileutil.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace OpsDeck::Alerts {

using Internal::JsonLocator;
using Internal::TextPosition;

QString RuleFileWarning::toString(const QString &file) const
{
    return u"%1:%2:%3: %4: %5"_s.arg(file).arg(line).arg(column).arg(path, message);
}

QString rulesPath(const QString &workspace)
{
    return QDir(workspace).filePath(u"alerts/rules.json"_s);
}

namespace {

constexpr int kFormatVersion = 1;

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return Tr::tr("null");
    case QJsonValue::Bool: return Tr::tr("a boolean");
    case QJsonValue::Double: return Tr::tr("a number");
    case QJsonValue::String: return Tr::tr("a string");
    case QJsonValue::Array: return Tr::tr("an array");
    case QJsonValue::Object: return Tr::tr("an object");
    case QJsonValue::Undefined: return Tr::tr("nothing");
    }
    return {};
}

/** Collects the problems of one file with their positions. */
class Reader
{
public:
    Reader(const QByteArray &text, QString file) : m_locator(text), m_file(std::move(file)) {}

    void error(const QString &path, const QString &message)
    {
        const TextPosition p = m_locator.value(path);
        m_errors << u"%1:%2:%3: %4: %5"_s.arg(m_file).arg(p.line).arg(p.column).arg(path, message);
    }
    void errorAtKey(const QString &path, const QString &message)
    {
        const TextPosition p = m_locator.key(path);
        m_errors << u"%1:%2:%3: %4: %5"_s.arg(m_file).arg(p.line).arg(p.column).arg(path, message);
    }
    void warnUnknown(const QJsonObject &object, const QString &path, const QStringList &known)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (known.contains(it.key()))
                continue;
            const QString child = path.isEmpty() ? it.key() : path + u'.' + it.key();
            const TextPosition p = m_locator.key(child);
            m_warnings << RuleFileWarning{p.line, p.column, child,
                                          Tr::tr("unknown field \"%1\" is ignored (known: %2)")
                                              .arg(it.key(), known.join(u", "_s))};
        }
    }
    void wrongType(const QString &path, const QString &expected, const QJsonValue &found)
    {
        error(path, Tr::tr("expected %1, found %2").arg(expected, typeName(found)));
    }

    std::optional<QString> string(const QJsonObject &o, const QString &path, const QString &field, bool required)
    {
        const QJsonValue v = o.value(field);
        if (v.isUndefined()) {
            if (required)
                error(path, Tr::tr("the field \"%1\" is missing").arg(field));
            return std::nullopt;
        }
        if (!v.isString()) {
            wrongType(path + u'.' + field, Tr::tr("a string"), v);
            return std::nullopt;
        }
        return v.toString();
    }

    std::optional<std::chrono::milliseconds> duration(const QJsonObject &o, const QString &path, const QString &field)
    {
        const auto text = string(o, path, field, false);
        if (!text)
            return std::nullopt;
        auto d = parseDuration(*text);
        if (!d) {
            error(path + u'.' + field, d.error().message);
            return std::nullopt;
        }
        return *d;
    }

    QMap<QString, QString> stringMap(const QJsonObject &o, const QString &path, const QString &field)
    {
        QMap<QString, QString> out;
        const QJsonValue v = o.value(field);
        if (v.isUndefined())
            return out;
        if (!v.isObject()) {
            wrongType(path + u'.' + field, Tr::tr("an object of strings"), v);
            return out;
        }
        const QJsonObject m = v.toObject();
        for (auto it = m.begin(); it != m.end(); ++it) {
            if (!it.value().isString())
                wrongType(path + u'.' + field + u'.' + it.key(), Tr::tr("a string"), it.value());
            else
                out.insert(it.key(), it.value().toString());
        }
        return out;
    }

    std::optional<Rule> rule(const QJsonObject &o, const QString &path);

    QStringList m_errors;
    QList<RuleFileWarning> m_warnings;

private:
    JsonLocator m_locator;
    QString m_file;
};

const QStringList kRuleFields = {u"name"_s, u"expr"_s, u"comparison"_s, u"threshold"_s, u"for"_s,
                                 u"severity"_s, u"labels"_s, u"annotations"_s, u"source"_s,
                                 u"burnRate"_s, u"noDataTimeout"_s};
const QStringList kBurnFields = {u"longWindow"_s, u"shortWindow"_s, u"burnRate"_s};

std::optional<Rule> Reader::rule(const QJsonObject &o, const QString &path)
{
    const int errorsBefore = int(m_errors.size());
    warnUnknown(o, path, kRuleFields);
    Rule r;
    r.name = string(o, path, u"name"_s, true).value_or(QString());
    r.expression = string(o, path, u"expr"_s, true).value_or(QString());
    bool comparisonKnown = false;
    if (const auto c = string(o, path, u"comparison"_s, true)) {
        comparisonKnown = comparisonFromName(*c).has_value();
        if (const auto parsed = comparisonFromName(*c))
            r.comparison = *parsed;
        else
            error(path + u".comparison"_s,
                  Tr::tr("unknown comparison \"%1\", expected >, <, >=, <= or outside").arg(*c));
    }
    const QJsonValue threshold = o.value(u"threshold"_s);
    const QString thresholdPath = path + u".threshold"_s;
    if (threshold.isUndefined()) {
        error(path, Tr::tr("the field \"%1\" is missing").arg(u"threshold"_s));
    } else if (!comparisonKnown) {
        // What the threshold must look like depends on the comparison.
    } else if (r.comparison == Comparison::Outside) {
        const QJsonArray bounds = threshold.toArray();
        if (!threshold.isArray() || bounds.size() != 2 || !bounds.at(0).isDouble() || !bounds.at(1).isDouble())
            error(thresholdPath, Tr::tr("\"outside\" needs two numbers [low, high], found %1")
                                     .arg(threshold.isArray() ? Tr::tr("an array of %n element(s)", nullptr, int(bounds.size()))
                                                              : typeName(threshold)));
        else {
            r.threshold = bounds.at(0).toDouble();
            r.thresholdHigh = bounds.at(1).toDouble();
        }
    } else if (!threshold.isDouble()) {
        wrongType(thresholdPath, Tr::tr("a number"), threshold);
    } else {
        r.threshold = threshold.toDouble();
    }
    if (const auto d = duration(o, path, u"for"_s))
        r.forDuration = *d;
    if (const auto d = duration(o, path, u"noDataTimeout"_s))
        r.noDataTimeout = *d;
    if (const auto s = string(o, path, u"severity"_s, false)) {
        if (const auto parsed = severityFromName(*s))
            r.severity = *parsed;
        else
            error(path + u".severity"_s, Tr::tr("unknown severity \"%1\", expected info, warning or page").arg(*s));
    }
    r.labels = stringMap(o, path, u"labels"_s);
    r.annotations = stringMap(o, path, u"annotations"_s);
    if (const auto s = string(o, path, u"source"_s, false))
        r.source = *s;
    const QJsonValue burn = o.value(u"burnRate"_s);
    if (!burn.isUndefined()) {
        const QString burnPath = path + u".burnRate"_s;
        if (!burn.isObject()) {
            wrongType(burnPath, Tr::tr("an object with longWindow and shortWindow"), burn);
        } else {
            const QJsonObject b = burn.toObject();
            warnUnknown(b, burnPath, kBurnFields);
            BurnRateWindows w;
            const auto longW = duration(b, burnPath, u"longWindow"_s);
            const auto shortW = duration(b, burnPath, u"shortWindow"_s);
            if (!b.contains(u"longWindow"_s))
                error(burnPath, Tr::tr("the field \"%1\" is missing").arg(u"longWindow"_s));
            if (!b.contains(u"shortWindow"_s))
                error(burnPath, Tr::tr("the field \"%1\" is missing").arg(u"shortWindow"_s));
            const QJsonValue factor = b.value(u"burnRate"_s);
            if (!factor.isUndefined() && !factor.isDouble())
                wrongType(burnPath + u".burnRate"_s, Tr::tr("a number"), factor);
            w.longWindow = longW.value_or(std::chrono::milliseconds(0));
            w.shortWindow = shortW.value_or(std::chrono::milliseconds(0));
            w.burnRate = factor.toDouble();
            r.burnRate = w;
        }
    }
    if (m_errors.size() > errorsBefore)
        return std::nullopt;
    // What the types allow but the meaning does not (an empty name, bounds
    // the wrong way round, a burn-rate rule without {{window}}).
    for (const QString &problem : validateRule(r)) {
        const qsizetype colon = problem.indexOf(u": "_s);
        const QString field = problem.left(colon);
        const QString fieldPath = path + u'.' + field;
        error(fieldPath, problem.mid(colon + 2));
    }
    if (m_errors.size() > errorsBefore)
        return std::nullopt;
    return r;
}

QString jsonString(const QString &s)
{
    const QByteArray a = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

QString jsonNumber(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

QString jsonMap(const QMap<QString, QString> &map)
{
    QStringList parts;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        parts << jsonString(it.key()) + u": "_s + jsonString(it.value());
    return u'{' + parts.join(u", "_s) + u'}';
}

} // namespace

Result<RuleSet> parseRules(const QByteArray &json, const QString &fileName)
{
    const QString cannot = Tr::tr("Cannot load the alert rules.");
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const TextPosition p = Internal::positionOf(json, parseError.offset);
        const bool atEnd = parseError.offset >= json.trimmed().size() - 1;
        return fail(ErrorCode::Parse, cannot,
                    u"%1:%2:%3: %4"_s.arg(fileName).arg(p.line).arg(p.column)
                        .arg(atEnd ? Tr::tr("the JSON ends early (%1): the file looks cut short").arg(parseError.errorString())
                                   : Tr::tr("not valid JSON: %1").arg(parseError.errorString())));
    }
    Reader reader(json, fileName);
    if (!document.isObject()) {
        reader.error(QString(), Tr::tr("expected an object with \"version\" and \"rules\""));
        return fail(ErrorCode::Parse, cannot, reader.m_errors.join(u'\n'));
    }
    const QJsonObject root = document.object();
    reader.warnUnknown(root, QString(), {u"version"_s, u"rules"_s});
    const QJsonValue version = root.value(u"version"_s);
    if (version.isUndefined())
        reader.error(QString(), Tr::tr("the field \"version\" is missing (this program writes %1)").arg(kFormatVersion));
    else if (!version.isDouble())
        reader.wrongType(u"version"_s, Tr::tr("a number"), version);
    else if (version.toDouble() != kFormatVersion)
        reader.error(u"version"_s, Tr::tr("version %1 is not supported (this program reads %2)")
                                       .arg(version.toDouble()).arg(kFormatVersion));
    RuleSet set;
    const QJsonValue rules = root.value(u"rules"_s);
    if (rules.isUndefined()) {
        reader.error(QString(), Tr::tr("the field \"%1\" is missing").arg(u"rules"_s));
    } else if (!rules.isArray()) {
        reader.wrongType(u"rules"_s, Tr::tr("an array of rules"), rules);
    } else {
        const QJsonArray array = rules.toArray();
        QSet<QString> names;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = u"rules[%1]"_s.arg(i);
            if (!array.at(i).isObject()) {
                reader.wrongType(path, Tr::tr("a rule (an object)"), array.at(i));
                continue;
            }
            auto rule = reader.rule(array.at(i).toObject(), path);
            if (!rule)
                continue;
            if (names.contains(rule->name)) {
                reader.error(path + u".name"_s, Tr::tr("a second rule named \"%1\"; names must be unique").arg(rule->name));
                continue;
            }
            names.insert(rule->name);
            set.rules << *rule;
        }
    }
    if (!reader.m_errors.isEmpty())
        return fail(ErrorCode::Parse, cannot, reader.m_errors.join(u'\n'));
    set.warnings = reader.m_warnings;
    return set;
}

Result<RuleSet> loadRules(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return fail(ErrorCode::NotFound, Tr::tr("There is no alert rule file."), path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, Tr::tr("Cannot read the alert rules."), path + u": "_s + file.errorString());
    return parseRules(file.readAll(), path);
}

QByteArray serializeRules(const QList<Rule> &rules)
{
    // Written by hand rather than with QJsonDocument so that each rule reads
    // top-down (name and expression first) instead of in alphabetical order.
    QStringList items;
    for (const Rule &r : rules) {
        QStringList f;
        f << u"\"name\": "_s + jsonString(r.name);
        f << u"\"expr\": "_s + jsonString(r.expression);
        f << u"\"comparison\": "_s + jsonString(comparisonName(r.comparison));
        f << u"\"threshold\": "_s
                 + (r.comparison == Comparison::Outside ? u'[' + jsonNumber(r.threshold) + u", "_s + jsonNumber(r.thresholdHigh) + u']'
                                                        : jsonNumber(r.threshold));
        f << u"\"for\": "_s + jsonString(formatDuration(r.forDuration));
        f << u"\"severity\": "_s + jsonString(severityName(r.severity));
        if (r.source != u"embedded"_s)
            f << u"\"source\": "_s + jsonString(r.source);
        if (!r.labels.isEmpty())
            f << u"\"labels\": "_s + jsonMap(r.labels);
        if (!r.annotations.isEmpty())
            f << u"\"annotations\": "_s + jsonMap(r.annotations);
        if (r.burnRate) {
            QString b = u"{\"longWindow\": "_s + jsonString(formatDuration(r.burnRate->longWindow))
                        + u", \"shortWindow\": "_s + jsonString(formatDuration(r.burnRate->shortWindow));
            if (r.burnRate->burnRate > 0)
                b += u", \"burnRate\": "_s + jsonNumber(r.burnRate->burnRate);
            f << u"\"burnRate\": "_s + b + u'}';
        }
        if (r.noDataTimeout != Rule().noDataTimeout)
            f << u"\"noDataTimeout\": "_s + jsonString(formatDuration(r.noDataTimeout));
        items << u"    {\n      "_s + f.join(u",\n      "_s) + u"\n    }"_s;
    }
    const QString text = u"{\n  \"version\": %1,\n  \"rules\": [\n%2\n  ]\n}\n"_s.arg(kFormatVersion).arg(items.join(u",\n"_s));
    return text.toUtf8();
}

Result<> saveRules(const QString &path, const QList<Rule> &rules)
{
    const QString cannot = Tr::tr("Cannot save the alert rules.");
    QSet<QString> names;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QStringList problems = validateRule(rules.at(i));
        if (!problems.isEmpty())
            return fail(ErrorCode::InvalidArgument, cannot,
                        u"rules[%1] (%2).%3"_s.arg(i).arg(rules.at(i).name, problems.first()));
        if (names.contains(rules.at(i).name))
            return fail(ErrorCode::InvalidArgument, cannot,
                        u"rules[%1].name: "_s.arg(i) + Tr::tr("a second rule named \"%1\"").arg(rules.at(i).name));
        names.insert(rules.at(i).name);
    }
    std::string error;
    const std::string dir = QFileInfo(path).absolutePath().toStdString();
    if (!Embedded::makeDirectories(dir, &error))
        return fail(ErrorCode::Io, cannot, QString::fromStdString(error));
    const QByteArray text = serializeRules(rules);
    if (!Embedded::writeFileAtomically(QFile::encodeName(path).toStdString(),
                                       std::string_view(text.constData(), size_t(text.size())), &error))
        return fail(ErrorCode::Io, cannot, QString::fromStdString(error));
    return {};
}

} // namespace OpsDeck::Alerts
