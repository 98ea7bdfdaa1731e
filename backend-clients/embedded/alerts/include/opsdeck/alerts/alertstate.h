// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "opsdeck/alerts/rule.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <optional>

namespace OpsDeck::Alerts {

/**
 * Where one series of one rule stands:
 * inactive → pending (condition true, for-duration not reached) → firing →
 * resolved (condition false again, or no data for the rule's noDataTimeout).
 * A pending series whose condition turns false goes back to inactive.
 */
enum class AlertState { Inactive, Pending, Firing, Resolved };

/** "inactive", "pending", "firing", "resolved". */
QString alertStateName(AlertState state);
std::optional<AlertState> alertStateFromName(const QString &name);

/**
 * Whether a rule could be evaluated at all: ok; error (the query failed:
 * a parse error, an unsupported construct — the message says which and
 * where); unknown (the source is down or not configured: its alerts keep the
 * state they had).
 */
enum class RuleHealth { Ok, Error, Unknown };
QString ruleHealthName(RuleHealth health);
std::optional<RuleHealth> ruleHealthFromName(const QString &name);

/** One series of one rule that is (or recently was) active. */
struct AlertInstance
{
    QString rule;
    QMap<QString, QString> labels;   ///< the series' labels (without __name__) plus the rule's labels
    Severity severity = Severity::Warning;
    AlertState state = AlertState::Inactive;
    double value = 0;                ///< the last value seen (the long window's for burn-rate rules)
    QDateTime activeSince;           ///< when the condition became true (pending or firing began)
    QDateTime firedAt;               ///< invalid until firing
    QDateTime resolvedAt;            ///< invalid until resolved
    QDateTime lastSeen;              ///< the last evaluation that returned this series
    bool noData = false;             ///< the series is missing from the latest answers
    QString summary;                 ///< the rule's summary annotation, filled in
    QMap<QString, QString> annotations;   ///< every annotation, filled in

    /** Identity within a rule: the labels as `{a="1", b="2"}`. */
    QString key() const { return keyFor(labels); }
    static QString keyFor(const QMap<QString, QString> &labels);
};

/** A rule's last evaluation. */
struct RuleStatus
{
    QString rule;
    RuleHealth health = RuleHealth::Ok;
    QString message;                 ///< why Error or Unknown (translated, with the position for parse errors)
    QDateTime lastEvaluation;        ///< invalid before the first
    qint64 evaluationMs = 0;         ///< how long the query took
};

/** One line of the history: an alert changed state, or a rule's health changed. */
struct Transition
{
    enum class Kind { Alert, Rule };
    Kind kind = Kind::Alert;
    QDateTime at;
    QString rule;
    QMap<QString, QString> labels;
    Severity severity = Severity::Warning;
    AlertState from = AlertState::Inactive;
    AlertState to = AlertState::Inactive;
    RuleHealth healthFrom = RuleHealth::Ok;
    RuleHealth healthTo = RuleHealth::Ok;
    double value = 0;
    QString message;                 ///< summary for alerts; the reason for rule health changes

    QJsonObject toJson() const;
    /** Reads a history line's object; an error names the missing or malformed field. */
    static Result<Transition> fromJson(const QJsonObject &object);
};

} // namespace OpsDeck::Alerts

Q_DECLARE_METATYPE(OpsDeck::Alerts::AlertInstance)
Q_DECLARE_METATYPE(OpsDeck::Alerts::RuleStatus)
Q_DECLARE_METATYPE(OpsDeck::Alerts::Transition)
