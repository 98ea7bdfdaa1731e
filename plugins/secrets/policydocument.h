// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/result.h>

#include <QList>
#include <QString>
#include <QStringList>

namespace OpsDeck::Secrets {

/**
 * The vault's policy document (docs/vault-policy.md) as the editor's tables
 * see it. Only the shape is read here; the backend validates names,
 * patterns and references when the document is saved, and names the field.
 */
struct PolicyRule
{
    QString pattern;
    QStringList capabilities;
    QString effect = QStringLiteral("allow");
};

struct PolicyEntry
{
    QString name;
    QString description;
    QList<PolicyRule> rules;
};

struct IdentityEntry
{
    QString name;
    QString kind = QStringLiteral("user");
    QStringList policies;
    bool disabled = false;
};

struct PolicyDocument
{
    QList<IdentityEntry> identities;
    QList<PolicyEntry> policies;

    static Result<PolicyDocument> parse(const QString &json);
    /** The JSON text setPolicyDocument() takes (keys sorted, two-space indent). */
    QString toJson() const;
};

/** The capabilities in their canonical order, for combos and hints. */
QStringList allCapabilities();
/** Splits "read, list" into its names. */
QStringList splitList(const QString &text);

/** Where a backend error points: "field policies[1].rules[0].pattern" → {policies, 1, 0, pattern}. */
struct FieldRef
{
    QString section; ///< "identities" or "policies", empty when the error names no field
    int index = -1;
    int rule = -1;
    QString field;
};
FieldRef parseFieldRef(const QString &error);

} // namespace OpsDeck::Secrets
