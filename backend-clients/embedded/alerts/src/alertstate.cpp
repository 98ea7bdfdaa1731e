// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/alerts/alertstate.h"

#include "alertstr_p.h"

#include <QJsonValue>

#include <cmath>

using namespace Qt::StringLiterals;

namespace OpsDeck::Alerts {

namespace {
constexpr std::pair<AlertState, const char *> kStates[] = {
    {AlertState::Inactive, "inactive"}, {AlertState::Pending, "pending"},
    {AlertState::Firing, "firing"}, {AlertState::Resolved, "resolved"}};
constexpr std::pair<RuleHealth, const char *> kHealth[] = {
    {RuleHealth::Ok, "ok"}, {RuleHealth::Error, "error"}, {RuleHealth::Unknown, "unknown"}};

QJsonObject mapToJson(const QMap<QString, QString> &map)
{
    QJsonObject out;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

Error badField(const QString &field, const QString &what)
{
    return fail(ErrorCode::Parse, Tr::tr("Malformed alert history entry."), field + u": "_s + what);
}
} // namespace

QString alertStateName(AlertState state)
{
    for (const auto &[s, name] : kStates)
        if (s == state)
            return QString::fromLatin1(name);
    return {};
}

std::optional<AlertState> alertStateFromName(const QString &name)
{
    for (const auto &[s, spelled] : kStates)
        if (name == QLatin1StringView(spelled))
            return s;
    return std::nullopt;
}

QString ruleHealthName(RuleHealth health)
{
    for (const auto &[h, name] : kHealth)
        if (h == health)
            return QString::fromLatin1(name);
    return {};
}

std::optional<RuleHealth> ruleHealthFromName(const QString &name)
{
    for (const auto &[h, spelled] : kHealth)
        if (name == QLatin1StringView(spelled))
            return h;
    return std::nullopt;
}

QString AlertInstance::keyFor(const QMap<QString, QString> &labels)
{
    // Called for every series of every round: one string, appended in place.
    QString out;
    out.reserve(64);
    out += u'{';
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (it != labels.cbegin())
            out += u", "_s;
        out += it.key();
        out += u"=\""_s;
        if (it.value().contains(u'\\') || it.value().contains(u'"'))
            out += QString(it.value()).replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
        else
            out += it.value();
        out += u'"';
    }
    out += u'}';
    return out;
}

QJsonObject Transition::toJson() const
{
    QJsonObject o;
    o.insert(u"at"_s, at.toUTC().toString(Qt::ISODateWithMs));
    o.insert(u"kind"_s, kind == Kind::Alert ? u"alert"_s : u"rule"_s);
    o.insert(u"rule"_s, rule);
    if (kind == Kind::Alert) {
        o.insert(u"labels"_s, mapToJson(labels));
        o.insert(u"severity"_s, severityName(severity));
        o.insert(u"from"_s, alertStateName(from));
        o.insert(u"to"_s, alertStateName(to));
        // JSON has no NaN or infinity: such values are written as null.
        o.insert(u"value"_s, std::isfinite(value) ? QJsonValue(value) : QJsonValue());
    } else {
        o.insert(u"from"_s, ruleHealthName(healthFrom));
        o.insert(u"to"_s, ruleHealthName(healthTo));
    }
    if (!message.isEmpty())
        o.insert(u"message"_s, message);
    return o;
}

Result<Transition> Transition::fromJson(const QJsonObject &o)
{
    Transition t;
    const QJsonValue at = o.value(u"at"_s);
    t.at = QDateTime::fromString(at.toString(), Qt::ISODateWithMs);
    if (!at.isString() || !t.at.isValid())
        return badField(u"at"_s, Tr::tr("expected an ISO 8601 time"));
    const QString kind = o.value(u"kind"_s).toString();
    if (kind == u"alert"_s)
        t.kind = Kind::Alert;
    else if (kind == u"rule"_s)
        t.kind = Kind::Rule;
    else
        return badField(u"kind"_s, Tr::tr("expected \"alert\" or \"rule\""));
    if (!o.value(u"rule"_s).isString())
        return badField(u"rule"_s, Tr::tr("expected a string"));
    t.rule = o.value(u"rule"_s).toString();
    t.message = o.value(u"message"_s).toString();
    const QString from = o.value(u"from"_s).toString();
    const QString to = o.value(u"to"_s).toString();
    if (t.kind == Kind::Alert) {
        const auto f = alertStateFromName(from);
        const auto s = alertStateFromName(to);
        if (!f)
            return badField(u"from"_s, Tr::tr("expected an alert state"));
        if (!s)
            return badField(u"to"_s, Tr::tr("expected an alert state"));
        t.from = *f;
        t.to = *s;
        const auto severity = severityFromName(o.value(u"severity"_s).toString());
        if (!severity)
            return badField(u"severity"_s, Tr::tr("expected info, warning or page"));
        t.severity = *severity;
        const QJsonObject labels = o.value(u"labels"_s).toObject();
        for (auto it = labels.begin(); it != labels.end(); ++it)
            t.labels.insert(it.key(), it.value().toString());
        const QJsonValue v = o.value(u"value"_s);
        t.value = v.isDouble() ? v.toDouble() : std::nan("");
    } else {
        const auto f = ruleHealthFromName(from);
        const auto s = ruleHealthFromName(to);
        if (!f)
            return badField(u"from"_s, Tr::tr("expected ok, error or unknown"));
        if (!s)
            return badField(u"to"_s, Tr::tr("expected ok, error or unknown"));
        t.healthFrom = *f;
        t.healthTo = *s;
    }
    return t;
}

} // namespace OpsDeck::Alerts
