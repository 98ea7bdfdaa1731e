// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "policydocument.h"

#include "secretstr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace OpsDeck::Secrets {

namespace {
QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

QJsonArray jsonList(const QStringList &list)
{
    QJsonArray out;
    for (const QString &s : list)
        out.append(s);
    return out;
}
} // namespace

Result<PolicyDocument> PolicyDocument::parse(const QString &json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail(ErrorCode::Parse, Tr::tr("The vault's policy document is not valid JSON."), error.errorString());
    const QJsonObject root = document.object();
    PolicyDocument out;
    for (const QJsonValue &v : root.value(u"identities"_s).toArray()) {
        const QJsonObject o = v.toObject();
        IdentityEntry identity;
        identity.name = o.value(u"name"_s).toString();
        identity.kind = o.value(u"kind"_s).toString(u"user"_s);
        identity.policies = stringList(o.value(u"policies"_s));
        identity.disabled = o.value(u"disabled"_s).toBool(false);
        out.identities.append(identity);
    }
    for (const QJsonValue &v : root.value(u"policies"_s).toArray()) {
        const QJsonObject o = v.toObject();
        PolicyEntry policy;
        policy.name = o.value(u"name"_s).toString();
        policy.description = o.value(u"description"_s).toString();
        for (const QJsonValue &r : o.value(u"rules"_s).toArray()) {
            const QJsonObject ro = r.toObject();
            policy.rules.append({ro.value(u"pattern"_s).toString(), stringList(ro.value(u"capabilities"_s)),
                                 ro.value(u"effect"_s).toString(u"allow"_s)});
        }
        out.policies.append(policy);
    }
    return out;
}

QString PolicyDocument::toJson() const
{
    QJsonArray identityArray;
    for (const IdentityEntry &identity : identities) {
        identityArray.append(QJsonObject{{u"name"_s, identity.name},
                                         {u"kind"_s, identity.kind},
                                         {u"policies"_s, jsonList(identity.policies)},
                                         {u"disabled"_s, identity.disabled}});
    }
    QJsonArray policyArray;
    for (const PolicyEntry &policy : policies) {
        QJsonArray rules;
        for (const PolicyRule &rule : policy.rules) {
            rules.append(QJsonObject{{u"pattern"_s, rule.pattern},
                                     {u"capabilities"_s, jsonList(rule.capabilities)},
                                     {u"effect"_s, rule.effect}});
        }
        policyArray.append(
            QJsonObject{{u"name"_s, policy.name}, {u"description"_s, policy.description}, {u"rules"_s, rules}});
    }
    const QJsonObject root{{u"format"_s, u"opsdeck-vault-policies"_s},
                           {u"version"_s, 1},
                           {u"identities"_s, identityArray},
                           {u"policies"_s, policyArray}};
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

QStringList allCapabilities()
{
    return {u"read"_s, u"list"_s, u"create"_s, u"update"_s, u"delete"_s, u"rotate"_s, u"admin"_s};
}

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        if (const QString t = part.trimmed(); !t.isEmpty())
            out.append(t);
    }
    return out;
}

FieldRef parseFieldRef(const QString &error)
{
    static const QRegularExpression re(
        uR"((identities|policies)\[(\d+)\](?:\.rules\[(\d+)\])?(?:\.(\w+))?)"_s);
    const QRegularExpressionMatch m = re.match(error);
    if (!m.hasMatch())
        return {};
    FieldRef ref;
    ref.section = m.captured(1);
    ref.index = m.captured(2).toInt();
    ref.rule = m.hasCaptured(3) && !m.captured(3).isEmpty() ? m.captured(3).toInt() : -1;
    ref.field = m.captured(4);
    return ref;
}

} // namespace OpsDeck::Secrets
