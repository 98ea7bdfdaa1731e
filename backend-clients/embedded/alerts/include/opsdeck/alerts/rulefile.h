// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "opsdeck/alerts/rule.h"

#include <opsdeck/api/result.h>

#include <QByteArray>
#include <QList>
#include <QString>

namespace OpsDeck::Alerts {

/** Something a rule file contains that is not an error (an unknown field, say). */
struct RuleFileWarning
{
    int line = 0;     ///< 1-based
    int column = 0;   ///< 1-based
    QString path;     ///< JSON path: "rules[2].severty"
    QString message;
    /** "FILE:LINE:COLUMN: PATH: MESSAGE" */
    QString toString(const QString &file) const;
};

struct RuleSet
{
    QList<Rule> rules;
    QList<RuleFileWarning> warnings;
};

/** `<workspace>/alerts/rules.json`. */
QString rulesPath(const QString &workspace);

/**
 * Reads a rule file's text. Errors are ErrorCode::Parse with a detail
 * "FILE:LINE:COLUMN: JSON-PATH: what is wrong" (the first problem found);
 * unknown fields become warnings. \a fileName only labels the messages.
 */
Result<RuleSet> parseRules(const QByteArray &json, const QString &fileName);
/** Reads \a path; a missing file is ErrorCode::NotFound. */
Result<RuleSet> loadRules(const QString &path);
/** The file text for \a rules (what parseRules() reads back as the same rules). */
QByteArray serializeRules(const QList<Rule> &rules);
/**
 * Writes \a rules to \a path atomically (temporary file, fsync, rename):
 * a crash leaves the old file or the new one, never half of one. Invalid
 * rules are refused (InvalidArgument naming the rule and field).
 */
Result<> saveRules(const QString &path, const QList<Rule> &rules);

} // namespace OpsDeck::Alerts
