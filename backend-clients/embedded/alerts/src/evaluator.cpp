// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/alerts/evaluator.h"

#include "alertstr_p.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace OpsDeck::Alerts {

using Backend::MetricSeries;
using SeriesResult = Result<QList<MetricSeries>>;

/** What one rule's queries answered in a round. */
struct AlertEvaluator::Answer
{
    std::optional<SeriesResult> longResult;    // the expression (the long window for burn-rate rules)
    std::optional<SeriesResult> shortResult;   // burn-rate rules only
    QString unavailable;                       // the source is not configured or gone
    qint64 elapsedMs = 0;
};

/** One evaluation round: the rules as they were when it started, and their answers so far. */
struct AlertEvaluator::Round
{
    QDateTime at;
    QList<Rule> rules;
    QList<Answer> answers;
    int outstanding = 0;
    QElapsedTimer started;
    QList<QPointer<QObject>> watchers;   // deleted if the round is given up
};

/** A transition and, for alert transitions, the alert as it is afterwards (for the signals). */
struct AlertEvaluator::Event
{
    Transition transition;
    std::optional<AlertInstance> alert;
};

namespace {

QString formatValue(double v)
{
    if (std::isnan(v))
        return u"NaN"_s;
    return QString::number(v, 'g', 4);
}

/** Fills {{value}}, {{threshold}}, {{rule}} and {{labels.NAME}} into \a text. */
QString render(QString text, const Rule &rule, const AlertInstance &alert)
{
    if (!text.contains(u"{{"_s))
        return text;
    text.replace(u"{{value}}"_s, formatValue(alert.value));
    text.replace(u"{{threshold}}"_s, rule.comparison == Comparison::Outside
                                         ? u"[%1, %2]"_s.arg(formatValue(rule.threshold), formatValue(rule.thresholdHigh))
                                         : formatValue(rule.threshold));
    text.replace(u"{{rule}}"_s, rule.name);
    qsizetype from = 0;
    const QString open = u"{{labels."_s;
    while ((from = text.indexOf(open, from)) >= 0) {
        const qsizetype close = text.indexOf(u"}}"_s, from);
        if (close < 0)
            break;
        const QString name = text.mid(from + open.size(), close - from - open.size());
        const QString value = alert.labels.value(name);
        text.replace(from, close + 2 - from, value);
        from += value.size();
    }
    return text;
}

/** The labels an alert is known by: the series' labels without __name__, then the rule's on top. */
QMap<QString, QString> alertLabels(const MetricSeries &series, const Rule &rule)
{
    QMap<QString, QString> labels = series.labels;
    labels.remove(u"__name__"_s);
    for (auto it = rule.labels.cbegin(); it != rule.labels.cend(); ++it)
        labels.insert(it.key(), it.value());
    return labels;
}

QString keyOf(const QMap<QString, QString> &labels)
{
    return AlertInstance::keyFor(labels);
}

} // namespace

AlertEvaluator::AlertEvaluator(std::shared_ptr<AlertHistory> history, EvaluatorOptions options, QObject *parent)
    : QObject(parent), m_history(std::move(history)), m_options(std::move(options))
{
    qRegisterMetaType<OpsDeck::Alerts::AlertInstance>();
    qRegisterMetaType<OpsDeck::Alerts::RuleStatus>();
    qRegisterMetaType<OpsDeck::Alerts::Transition>();
    if (!m_options.clock)
        m_options.clock = [] { return QDateTime::currentDateTimeUtc(); };
    if (m_options.interval.count() <= 0) {
        qCWarning(lcAlerts) << "evaluation interval" << m_options.interval.count() << "ms is not positive; using 15 s";
        m_options.interval = std::chrono::seconds(15);
    }
    m_historyPool.setMaxThreadCount(1);
    m_timer.setInterval(m_options.interval);
    connect(&m_timer, &QTimer::timeout, this, [this] { evaluateNow(); });
}

AlertEvaluator::~AlertEvaluator()
{
    m_historyPool.waitForDone();
}

void AlertEvaluator::waitForHistoryWrites()
{
    m_historyPool.waitForDone();
}

void AlertEvaluator::setRules(const QList<Rule> &rules)
{
    m_rules = rules;
    QSet<QString> names;
    for (const Rule &r : rules)
        names.insert(r.name);
    for (auto it = m_alerts.begin(); it != m_alerts.end();)
        it = names.contains(it.key()) ? std::next(it) : m_alerts.erase(it);
    for (auto it = m_status.begin(); it != m_status.end();)
        it = names.contains(it.key()) ? std::next(it) : m_status.erase(it);
}

void AlertEvaluator::setSource(const QString &id, Backend::IMetricsSource *source)
{
    m_sources.insert(id, QPointer<Backend::IMetricsSource>(source));
}

void AlertEvaluator::start()
{
    m_timer.start();
    evaluateNow();
}

void AlertEvaluator::stop()
{
    m_timer.stop();
}

bool AlertEvaluator::evaluateNow()
{
    if (m_pending > 0 && m_current && m_current->started.elapsed() >= m_options.roundTimeout.count()) {
        // Give the hung round up: its late answers are ignored (the id moves
        // on), and the rules without an answer say so instead of waiting forever.
        const std::shared_ptr<Round> hung = std::exchange(m_current, nullptr);
        ++m_round;
        m_pending = 0;
        for (const QPointer<QObject> &w : std::as_const(hung->watchers))
            if (w)
                w->deleteLater();
        for (int i = 0; i < hung->rules.size(); ++i) {
            Answer &a = hung->answers[i];
            const bool waiting = a.unavailable.isEmpty()
                                 && (!a.longResult || (hung->rules.at(i).burnRate && !a.shortResult));
            if (waiting) {
                a.longResult = SeriesResult(fail(ErrorCode::Timeout,
                                                 Tr::tr("The metrics source \"%1\" did not answer within %2.")
                                                     .arg(hung->rules.at(i).source, formatDuration(m_options.roundTimeout))));
                a.shortResult.reset();
            }
        }
        finishRound(*hung);
    }
    if (m_pending > 0) {
        ++m_skipped;
        qCInfo(lcAlerts) << "alert evaluation still running; round skipped";
        return false;
    }
    auto round = std::make_shared<Round>();
    round->at = m_options.clock();
    round->rules = m_rules;
    round->answers.resize(m_rules.size());
    round->started.start();
    const quint64 id = ++m_round;

    struct Query
    {
        int rule;
        bool shortWindow;
        QString expression;
        Backend::IMetricsSource *source;
    };
    QList<Query> queries;
    for (int i = 0; i < round->rules.size(); ++i) {
        const Rule &rule = round->rules.at(i);
        // Rules handed over in code skip the file's checks: a rule that makes
        // no sense is an error of its own instead of a query that half works.
        if (const QStringList problems = validateRule(rule); !problems.isEmpty()) {
            round->answers[i].longResult = SeriesResult(
                fail(ErrorCode::InvalidArgument, Tr::tr("The alert rule is invalid."), problems.join(u"; "_s)));
            continue;
        }
        Backend::IMetricsSource *source = m_sources.value(rule.source).data();
        if (!source) {
            round->answers[i].unavailable = m_sources.contains(rule.source)
                                                ? Tr::tr("The metrics source \"%1\" has been closed.").arg(rule.source)
                                                : Tr::tr("No metrics source \"%1\" is configured.").arg(rule.source);
            continue;
        }
        if (rule.burnRate) {
            queries << Query{i, false, rule.expressionFor(rule.burnRate->longWindow), source};
            queries << Query{i, true, rule.expressionFor(rule.burnRate->shortWindow), source};
        } else {
            queries << Query{i, false, rule.expression, source};
        }
    }
    if (queries.isEmpty()) {
        finishRound(*round);
        return true;
    }
    m_pending = int(queries.size());
    round->outstanding = m_pending;
    m_current = round;
    for (const Query &q : queries) {
        // The watcher is a child of the evaluator: a result arriving after
        // the evaluator is gone reaches nobody instead of a dead object.
        auto *watcher = new QFutureWatcher<SeriesResult>(this);
        round->watchers << QPointer<QObject>(watcher);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, round, q, id] {
            watcher->deleteLater();
            if (id != m_round)
                return;
            Answer &answer = round->answers[q.rule];
            const QFuture<SeriesResult> future = watcher->future();
            SeriesResult result = future.isValid() && future.resultCount() > 0
                                      ? future.result()
                                      : SeriesResult(fail(ErrorCode::Unavailable, Tr::tr("The metrics query was cancelled.")));
            (q.shortWindow ? answer.shortResult : answer.longResult) = std::move(result);
            answer.elapsedMs = std::max(answer.elapsedMs, round->started.elapsed());
            --m_pending;
            if (--round->outstanding == 0) {
                m_current.reset();
                finishRound(*round);
            }
        });
        watcher->setFuture(q.source->instant(q.expression, round->at));
    }
    return true;
}

void AlertEvaluator::finishRound(const Round &round)
{
    QList<Event> events;
    for (int i = 0; i < round.rules.size(); ++i) {
        const Rule &rule = round.rules.at(i);
        // Rules replaced while the round ran: their answers are for the old rule.
        const auto current = std::find_if(m_rules.cbegin(), m_rules.cend(), [&](const Rule &r) { return r.name == rule.name; });
        if (current == m_rules.cend() || !(*current == rule))
            continue;
        applyRule(round.at, rule, round.answers.at(i), events);
    }
    QList<Transition> lines;
    for (const Event &e : events)
        lines << e.transition;
    if (!lines.isEmpty())
        writeHistory(lines);
    for (const Event &e : events) {
        Q_EMIT transition(e.transition);
        if (!e.alert)
            continue;
        switch (e.transition.to) {
        case AlertState::Pending: Q_EMIT alertPending(*e.alert); break;
        case AlertState::Firing: Q_EMIT alertFiring(*e.alert); break;
        case AlertState::Resolved: Q_EMIT alertResolved(*e.alert); break;
        case AlertState::Inactive: break;
        }
    }
    Q_EMIT evaluated(round.at);
}

void AlertEvaluator::applyRule(const QDateTime &at, const Rule &rule, const Answer &answer, QList<Event> &out)
{
    // 1. Could the rule be evaluated at all?
    RuleStatus status;
    status.rule = rule.name;
    status.lastEvaluation = at;
    status.evaluationMs = answer.elapsedMs;
    const SeriesResult *failed = nullptr;
    if (answer.longResult && !answer.longResult->ok())
        failed = &*answer.longResult;
    else if (answer.shortResult && !answer.shortResult->ok())
        failed = &*answer.shortResult;
    if (!answer.unavailable.isEmpty()) {
        status.health = RuleHealth::Unknown;
        status.message = answer.unavailable;
    } else if (failed) {
        const Error &e = failed->error();
        // A source that is down says nothing about the condition: unknown,
        // and its alerts keep their state. Anything else is the rule's fault
        // (a parse error, an unsupported construct) and must be seen.
        status.health = isTransient(e.code) ? RuleHealth::Unknown : RuleHealth::Error;
        status.message = e.toString();
    }
    const auto previous = m_status.constFind(rule.name);
    const RuleHealth before = previous == m_status.cend() ? RuleHealth::Ok : previous->health;
    const bool statusChanged = previous == m_status.cend() || previous->health != status.health
                               || previous->message != status.message;
    m_status.insert(rule.name, status);
    if (before != status.health) {
        Transition t;
        t.kind = Transition::Kind::Rule;
        t.at = at;
        t.rule = rule.name;
        t.severity = rule.severity;
        t.healthFrom = before;
        t.healthTo = status.health;
        t.message = status.message;
        out << Event{t, std::nullopt};
    }
    if (statusChanged)
        Q_EMIT ruleStatusChanged(status);
    if (status.health != RuleHealth::Ok)
        return;

    // 2. The value of each series; burn-rate rules need the condition in both windows.
    struct Seen
    {
        QMap<QString, QString> labels;
        double value;
        bool holds;
    };
    QMap<QString, Seen> seen;
    QHash<QString, double> shortValues;
    if (answer.shortResult) {
        for (const MetricSeries &s : **answer.shortResult)
            if (!s.samples.isEmpty())
                shortValues.insert(keyOf(alertLabels(s, rule)), s.samples.constLast().value);
    }
    for (const MetricSeries &s : **answer.longResult) {
        if (s.samples.isEmpty() || std::isnan(s.samples.constLast().value))
            continue; // no data, not "condition false"
        const QMap<QString, QString> labels = alertLabels(s, rule);
        const QString key = keyOf(labels);
        const double value = s.samples.constLast().value;
        bool holds = rule.conditionHolds(value);
        if (rule.burnRate)
            holds = holds && shortValues.contains(key) && rule.conditionHolds(shortValues.value(key));
        seen.insert(key, Seen{labels, value, holds});
    }

    // 3. Step each series' state.
    QMap<QString, AlertInstance> &alerts = m_alerts[rule.name];
    auto step = [&](AlertInstance &a, AlertState to, const QString &message) {
        Transition t;
        t.at = at;
        t.rule = rule.name;
        t.labels = a.labels;
        t.severity = rule.severity;
        t.from = a.state;
        t.to = to;
        t.value = a.value;
        a.state = to;
        a.annotations.clear();
        for (auto it = rule.annotations.cbegin(); it != rule.annotations.cend(); ++it)
            a.annotations.insert(it.key(), render(it.value(), rule, a));
        a.summary = a.annotations.value(u"summary"_s);
        t.message = message.isEmpty() ? a.summary : message;
        out << Event{t, a};
    };
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        const bool known = alerts.contains(it.key());
        if (!known && !it->holds)
            continue;
        AlertInstance &a = alerts[it.key()];
        if (!known) {
            a.rule = rule.name;
            a.labels = it->labels;
            a.severity = rule.severity;
        }
        const bool valueChanged = !known || a.value != it->value;
        const qsizetype eventsBefore = out.size();
        a.value = it->value;
        a.lastSeen = at;
        a.noData = false;
        if (it->holds) {
            if (a.state == AlertState::Inactive || a.state == AlertState::Resolved) {
                a.activeSince = at;
                a.firedAt = QDateTime();
                a.resolvedAt = QDateTime();
                if (rule.forDuration.count() == 0) {
                    a.firedAt = at;
                    step(a, AlertState::Firing, {});
                } else {
                    step(a, AlertState::Pending, {});
                }
            } else if (a.state == AlertState::Pending && a.activeSince.msecsTo(at) >= rule.forDuration.count()) {
                a.firedAt = at;
                step(a, AlertState::Firing, {});
            }
        } else if (a.state == AlertState::Pending) {
            step(a, AlertState::Inactive, {});
        } else if (a.state == AlertState::Firing) {
            a.resolvedAt = at;
            step(a, AlertState::Resolved, {});
        }
        // step() filled the annotations in on a transition; a new value alone
        // needs them again ({{value}}). Unchanged alerts cost no rendering.
        if (a.state != AlertState::Inactive && valueChanged && out.size() == eventsBefore) {
            for (auto an = rule.annotations.cbegin(); an != rule.annotations.cend(); ++an)
                a.annotations.insert(an.key(), render(an.value(), rule, a));
            a.summary = a.annotations.value(u"summary"_s);
        }
    }
    // 4. Series the answer no longer has: missing data never resolves at once.
    for (auto it = alerts.begin(); it != alerts.end(); ++it) {
        if (seen.contains(it.key()))
            continue;
        AlertInstance &a = it.value();
        if (a.state == AlertState::Pending) {
            step(a, AlertState::Inactive, Tr::tr("No data: the series is missing from the answer."));
        } else if (a.state == AlertState::Firing) {
            a.noData = true;
            if (a.lastSeen.msecsTo(at) >= rule.noDataTimeout.count()) {
                a.resolvedAt = at;
                step(a, AlertState::Resolved,
                     Tr::tr("Resolved for lack of data: no value since %1 (the rule's noDataTimeout is %2).")
                         .arg(a.lastSeen.toUTC().toString(Qt::ISODate), formatDuration(rule.noDataTimeout)));
            }
        }
    }
    // 5. Forget inactive series and resolved ones past keepResolved (they stay in the history).
    for (auto it = alerts.begin(); it != alerts.end();) {
        const bool drop = it->state == AlertState::Inactive
                          || (it->state == AlertState::Resolved
                              && it->resolvedAt.msecsTo(at) >= m_options.keepResolved.count());
        it = drop ? alerts.erase(it) : std::next(it);
    }
}

int AlertEvaluator::restore(const QList<Transition> &history, std::chrono::milliseconds pendingTolerance)
{
    const QDateTime now = m_options.clock();
    QHash<QString, const Rule *> rules;
    for (const Rule &r : m_rules)
        rules.insert(r.name, &r);
    // Replay the transitions: the last one of each series says where it stands.
    QHash<QString, QMap<QString, AlertInstance>> replayed;
    for (const Transition &t : history) {
        const Rule *rule = t.kind == Transition::Kind::Alert ? rules.value(t.rule) : nullptr;
        if (!rule)
            continue;
        AlertInstance &a = replayed[t.rule][AlertInstance::keyFor(t.labels)];
        a.rule = t.rule;
        a.labels = t.labels;
        a.severity = rule->severity;
        a.value = t.value;
        a.lastSeen = t.at;
        switch (t.to) {
        case AlertState::Pending:
            a.activeSince = t.at;
            a.firedAt = a.resolvedAt = QDateTime();
            break;
        case AlertState::Firing:
            if (a.state != AlertState::Pending)
                a.activeSince = t.at;
            a.firedAt = t.at;
            a.resolvedAt = QDateTime();
            break;
        case AlertState::Resolved:
            a.resolvedAt = t.at;
            break;
        case AlertState::Inactive:
            break;
        }
        a.state = t.to;
    }
    int restored = 0;
    for (auto r = replayed.begin(); r != replayed.end(); ++r) {
        const Rule *rule = rules.value(r.key());
        if (!rule)
            continue;
        QMap<QString, AlertInstance> &current = m_alerts[r.key()];
        for (auto it = r->begin(); it != r->end(); ++it) {
            AlertInstance &a = it.value();
            const bool keep = a.state == AlertState::Firing
                              || (a.state == AlertState::Pending && a.lastSeen.msecsTo(now) <= pendingTolerance.count())
                              || (a.state == AlertState::Resolved
                                  && a.resolvedAt.msecsTo(now) < m_options.keepResolved.count());
            if (!keep || current.contains(it.key()))
                continue;
            // The series was not watched while the program was closed: give
            // it the whole noDataTimeout from now before "no data" resolves it.
            if (a.state != AlertState::Resolved)
                a.lastSeen = now;
            for (auto an = rule->annotations.cbegin(); an != rule->annotations.cend(); ++an)
                a.annotations.insert(an.key(), render(an.value(), *rule, a));
            a.summary = a.annotations.value(u"summary"_s);
            current.insert(it.key(), a);
            ++restored;
        }
    }
    return restored;
}

void AlertEvaluator::writeHistory(const QList<Transition> &transitions)
{
    if (!m_history)
        return;
    auto *watcher = new QFutureWatcher<Result<>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Result<> r = watcher->result();
        if (!r) {
            qCWarning(lcAlerts).noquote() << r.error().toString();
            Q_EMIT historyError(r.error().toString());
        }
    });
    watcher->setFuture(QtConcurrent::run(&m_historyPool, [history = m_history, transitions] {
        return history->append(transitions);
    }));
}

QList<AlertInstance> AlertEvaluator::alerts() const
{
    QList<AlertInstance> out;
    for (const Rule &r : m_rules)
        out << alerts(r.name);
    return out;
}

QList<AlertInstance> AlertEvaluator::alerts(const QString &rule) const
{
    return m_alerts.value(rule).values();
}

QList<RuleStatus> AlertEvaluator::ruleStatuses() const
{
    QList<RuleStatus> out;
    for (const Rule &r : m_rules)
        out << ruleStatus(r.name);
    return out;
}

RuleStatus AlertEvaluator::ruleStatus(const QString &rule) const
{
    RuleStatus s = m_status.value(rule);
    s.rule = rule;
    return s;
}

} // namespace OpsDeck::Alerts
