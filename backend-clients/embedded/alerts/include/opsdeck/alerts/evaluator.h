// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "opsdeck/alerts/alertstate.h"
#include "opsdeck/alerts/history.h"
#include "opsdeck/alerts/rule.h"

#include <opsdeck/api/metricssource.h>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

namespace OpsDeck::Alerts {

struct EvaluatorOptions
{
    /** How often every rule is evaluated. */
    std::chrono::milliseconds interval{15'000};
    /** "Now" for evaluations and timestamps; default: the system clock (UTC). Tests inject their own. */
    std::function<QDateTime()> clock;
    /** Resolved alerts stay in alerts() this long, then drop out (they remain in the history). */
    std::chrono::milliseconds keepResolved{std::chrono::minutes(15)};
    /**
     * A round whose queries have not all answered after this long (real time)
     * is given up when the next one is due: the rules still waiting become
     * "unknown", so one hung source cannot stop every rule for good.
     */
    std::chrono::milliseconds roundTimeout{std::chrono::seconds(60)};
};

/**
 * Evaluates alert rules against metrics sources, tracks each series'
 * state and records every transition (docs/alert-rules.md).
 *
 * Every \c interval, each rule's expression is run with
 * IMetricsSource::instant() at the clock's "now"; the futures finish on the
 * sources' threads and their results are applied on the evaluator's thread
 * once every rule has answered, so a slow source never blocks the caller and
 * transitions come out in rule order. A round still running when the next
 * is due is skipped, not queued.
 *
 * \code
 * auto history = Alerts::AlertHistory::open(Alerts::AlertHistory::historyPath(workspace));
 * Alerts::AlertEvaluator evaluator(*history);
 * evaluator.setSource(u"embedded"_s, embeddedSource);
 * evaluator.setRules(Alerts::defaultRules());
 * connect(&evaluator, &Alerts::AlertEvaluator::alertFiring, this, &Notifier::showFiring);
 * evaluator.start();
 * \endcode
 */
class AlertEvaluator : public QObject
{
    Q_OBJECT
public:
    /** \a history may be null (no history is kept). */
    explicit AlertEvaluator(std::shared_ptr<AlertHistory> history, EvaluatorOptions options = {},
                            QObject *parent = nullptr);
    /** Waits for history writes in flight; query futures still running are ignored. */
    ~AlertEvaluator() override;

    /** Replaces the rules. Alerts of rules that are gone are dropped; rules kept by name keep their alerts. */
    void setRules(const QList<Rule> &rules);
    QList<Rule> rules() const { return m_rules; }
    /**
     * Rebuilds the pending, firing and recently resolved alerts of the current
     * rules from \a history (AlertHistory::read(), oldest first; read it off
     * the GUI thread), so a restart neither forgets what is firing nor
     * notifies it again. Firing alerts are always restored (they resolve
     * through the usual path); pending ones only when their last entry is
     * newer than \a pendingTolerance, since the condition was not watched
     * while the program was closed. Alerts that exist already are left alone.
     * Emits nothing; returns how many alerts were restored.
     */
    int restore(const QList<Transition> &history,
                std::chrono::milliseconds pendingTolerance = std::chrono::hours(1));
    /** Binds source id \a id ("embedded", "prometheus", …) to \a source (not owned; may be destroyed). */
    void setSource(const QString &id, Backend::IMetricsSource *source);

    /** Starts evaluating every interval (the first round right away). */
    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    /**
     * Starts one round now unless one is running (returns false: skipped). A
     * round running for longer than roundTimeout is given up first.
     */
    bool evaluateNow();
    bool isEvaluating() const { return m_pending > 0; }
    /** Rounds skipped because the previous one was still running. */
    int skippedRounds() const { return m_skipped; }

    /** Every alert that is pending, firing or recently resolved, by rule then labels. */
    QList<AlertInstance> alerts() const;
    /** The alerts of one rule. */
    QList<AlertInstance> alerts(const QString &rule) const;
    /** Each rule's last evaluation: ok, error (with the message) or unknown (with the reason). */
    QList<RuleStatus> ruleStatuses() const;
    RuleStatus ruleStatus(const QString &rule) const;

    std::shared_ptr<AlertHistory> history() const { return m_history; }
    /** Blocks until the history lines queued so far are written (for shutdown and tests). */
    void waitForHistoryWrites();

Q_SIGNALS:
    /** Any change of an alert's state or of a rule's health, as written to the history. */
    void transition(const OpsDeck::Alerts::Transition &transition);
    void alertPending(const OpsDeck::Alerts::AlertInstance &alert);
    /** For the desktop notification. */
    void alertFiring(const OpsDeck::Alerts::AlertInstance &alert);
    /** For the desktop notification. */
    void alertResolved(const OpsDeck::Alerts::AlertInstance &alert);
    void ruleStatusChanged(const OpsDeck::Alerts::RuleStatus &status);
    /** A round finished; \a at is the time its queries were evaluated at. */
    void evaluated(const QDateTime &at);
    /** The history could not be written (disk full, permissions): the message says why. */
    void historyError(const QString &message);

private:
    struct Answer;
    struct Round;
    struct Event;
    void finishRound(const Round &round);
    void applyRule(const QDateTime &at, const Rule &rule, const Answer &answer, QList<Event> &out);
    void writeHistory(const QList<Transition> &transitions);

    std::shared_ptr<AlertHistory> m_history;
    EvaluatorOptions m_options;
    QList<Rule> m_rules;
    QHash<QString, QPointer<Backend::IMetricsSource>> m_sources;
    QHash<QString, QMap<QString, AlertInstance>> m_alerts;   // rule → key → alert
    QHash<QString, RuleStatus> m_status;
    QTimer m_timer;
    QThreadPool m_historyPool;   // one thread: lines are written in order, off the caller's thread
    std::shared_ptr<Round> m_current;
    int m_pending = 0;
    int m_skipped = 0;
    quint64 m_round = 0;
};

} // namespace OpsDeck::Alerts
