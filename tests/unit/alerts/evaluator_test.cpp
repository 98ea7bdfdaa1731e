// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// The evaluator against a real embedded metrics store in a temporary folder,
// on a clock the test moves: samples go in through MetricsStore::append, the
// rules run through EmbeddedMetricsSource::instant (its own thread pool), and
// the states, timestamps, signals and history lines come out.
#include "alertstestutil.h"

#include <opsdeck/alerts/evaluator.h>
#include <opsdeck/alerts/rulefile.h>
#include <opsdeck/metrics/embeddedmetricssource.h>
#include <opsdeck/metrics/metricsstore.h>
#include <opsdeck/remote/prometheussource.h>

#include <testsupport.h>

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTemporaryDir>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace OpsDeck::Alerts::Test {
namespace {

constexpr qint64 kStart = 1'800'000'000'000; // 2027-01-15T08:00:00Z

class Evaluator : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        Metrics::StoreOptions options;
        options.backgroundThread = false;
        options.clock = [now = m_now] { return now->load(); };
        auto store = Metrics::MetricsStore::open(m_dir.path(), options);
        ASSERT_TRUE(store.ok()) << errorOf(store);
        m_store = *store;
        m_source = std::make_unique<Metrics::EmbeddedMetricsSource>(m_store);
        auto history = AlertHistory::open(AlertHistory::historyPath(m_dir.path()));
        ASSERT_TRUE(history.ok()) << errorOf(history);
        m_history = *history;
        EvaluatorOptions eo;
        eo.clock = [now = m_now] { return QDateTime::fromMSecsSinceEpoch(now->load(), Qt::UTC); };
        m_evaluator = std::make_unique<AlertEvaluator>(m_history, eo);
        m_evaluator->setSource(u"embedded"_s, m_source.get());
        QObject::connect(m_evaluator.get(), &AlertEvaluator::transition, m_evaluator.get(),
                         [this](const Transition &t) { m_transitions << t; });
        QObject::connect(m_evaluator.get(), &AlertEvaluator::alertFiring, m_evaluator.get(),
                         [this](const AlertInstance &a) { m_firing << a; });
        QObject::connect(m_evaluator.get(), &AlertEvaluator::alertResolved, m_evaluator.get(),
                         [this](const AlertInstance &a) { m_resolved << a; });
    }

    QDateTime at(qint64 msFromStart) const { return QDateTime::fromMSecsSinceEpoch(kStart + msFromStart, Qt::UTC); }
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(m_now->load(), Qt::UTC); }
    void advance(std::chrono::milliseconds d) { *m_now += d.count(); }

    /** One sample of \a name{labels} = \a value at the clock's now. */
    void write(const QString &name, double value, Metrics::Labels labels = {})
    {
        labels.insert(u"__name__"_s, name);
        auto ref = m_store->series(labels);
        ASSERT_TRUE(ref.ok()) << errorOf(ref);
        ASSERT_EQ(m_store->append(*ref, m_now->load(), value), Metrics::MetricsStore::AppendStatus::Ok);
    }

    /** Runs one evaluation round and waits (with the event loop running) for it to finish. */
    void round()
    {
        bool finished = false;
        const auto c = QObject::connect(m_evaluator.get(), &AlertEvaluator::evaluated, m_evaluator.get(),
                                        [&](const QDateTime &when) { finished = when == now(); });
        ASSERT_TRUE(m_evaluator->evaluateNow());
        ASSERT_TRUE(OpsDeck::Test::waitUntil([&] { return finished; }));
        QObject::disconnect(c);
    }

    std::optional<AlertInstance> alert(const QString &rule, const QString &key = u"{}"_s) const
    {
        for (const AlertInstance &a : m_evaluator->alerts(rule))
            if (a.key() == key)
                return a;
        return std::nullopt;
    }

    QList<Transition> historyLines()
    {
        m_evaluator->waitForHistoryWrites();
        auto read = m_history->read();
        EXPECT_TRUE(read.ok()) << errorOf(read);
        return read.ok() ? *read : QList<Transition>();
    }

    static Rule queueRule(std::chrono::milliseconds forDuration)
    {
        Rule r = ruleNamed(defaultRules(), u"QueueDepthHigh"_s);
        r.forDuration = forDuration;
        return r;
    }

    QTemporaryDir m_dir;
    std::shared_ptr<std::atomic<qint64>> m_now = std::make_shared<std::atomic<qint64>>(kStart);
    std::shared_ptr<Metrics::MetricsStore> m_store;
    std::unique_ptr<Metrics::EmbeddedMetricsSource> m_source;
    std::shared_ptr<AlertHistory> m_history;
    std::unique_ptr<AlertEvaluator> m_evaluator;
    QList<Transition> m_transitions;
    QList<AlertInstance> m_firing;
    QList<AlertInstance> m_resolved;
};

TEST_F(Evaluator, PendingFiringResolvedWithTheirTimes)
{
    m_evaluator->setRules({queueRule(5min)});
    const QString deploy = u"{queue=\"deploy\"}"_s;
    const Metrics::Labels labels{{u"queue"_s, u"deploy"_s}};

    write(u"opsdeck_pipeline_queue_depth"_s, 40, labels);
    round();
    EXPECT_FALSE(alert(u"QueueDepthHigh"_s, deploy).has_value());   // 40 is not above 50
    EXPECT_EQ(m_evaluator->ruleStatus(u"QueueDepthHigh"_s).health, RuleHealth::Ok);

    advance(1min);
    write(u"opsdeck_pipeline_queue_depth"_s, 60, labels);
    round();
    auto a = alert(u"QueueDepthHigh"_s, deploy);
    ASSERT_TRUE(a.has_value());
    EXPECT_EQ(a->state, AlertState::Pending);
    EXPECT_EQ(a->activeSince, at(60'000));
    EXPECT_FALSE(a->firedAt.isValid());

    advance(4min);   // 4 of the 5 minutes
    write(u"opsdeck_pipeline_queue_depth"_s, 75, labels);
    round();
    EXPECT_EQ(alert(u"QueueDepthHigh"_s, deploy)->state, AlertState::Pending);
    EXPECT_TRUE(m_firing.isEmpty());

    advance(1min);
    write(u"opsdeck_pipeline_queue_depth"_s, 80, labels);
    round();
    a = alert(u"QueueDepthHigh"_s, deploy);
    EXPECT_EQ(a->state, AlertState::Firing);
    EXPECT_EQ(a->activeSince, at(60'000));
    EXPECT_EQ(a->firedAt, at(6 * 60'000));
    EXPECT_DOUBLE_EQ(a->value, 80);
    EXPECT_EQ(a->summary, u"80 jobs are waiting in queue deploy (alert above 50)"_s);
    ASSERT_EQ(m_firing.size(), 1);
    EXPECT_EQ(m_firing.at(0).labels.value(u"queue"_s), u"deploy"_s);

    advance(1min);
    write(u"opsdeck_pipeline_queue_depth"_s, 20, labels);
    round();
    a = alert(u"QueueDepthHigh"_s, deploy);
    EXPECT_EQ(a->state, AlertState::Resolved);
    EXPECT_EQ(a->resolvedAt, at(7 * 60'000));
    EXPECT_EQ(a->firedAt, at(6 * 60'000));
    ASSERT_EQ(m_resolved.size(), 1);

    // Every transition is one history line, in order, with its time.
    const QList<Transition> lines = historyLines();
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines.at(0).from, AlertState::Inactive);
    EXPECT_EQ(lines.at(0).to, AlertState::Pending);
    EXPECT_EQ(lines.at(0).at, at(60'000));
    EXPECT_EQ(lines.at(1).to, AlertState::Firing);
    EXPECT_EQ(lines.at(1).at, at(6 * 60'000));
    EXPECT_EQ(lines.at(1).message, u"80 jobs are waiting in queue deploy (alert above 50)"_s);
    EXPECT_EQ(lines.at(2).to, AlertState::Resolved);
    EXPECT_EQ(lines.at(2).at, at(7 * 60'000));
    EXPECT_EQ(m_transitions.size(), 3);

    // Resolved alerts drop out of the current list after keepResolved (15 min).
    for (int i = 0; i < 15; ++i) {
        advance(1min);
        write(u"opsdeck_pipeline_queue_depth"_s, 20, labels);
        round();
    }
    EXPECT_FALSE(alert(u"QueueDepthHigh"_s, deploy).has_value());
    EXPECT_EQ(historyLines().size(), 3);
}

TEST_F(Evaluator, ForDurationRestartsWhenTheConditionBreaks)
{
    m_evaluator->setRules({queueRule(5min)});
    write(u"opsdeck_pipeline_queue_depth"_s, 60);
    round();
    EXPECT_EQ(alert(u"QueueDepthHigh"_s)->state, AlertState::Pending);

    advance(3min);
    write(u"opsdeck_pipeline_queue_depth"_s, 30);   // breaks before the 5 minutes
    round();
    EXPECT_FALSE(alert(u"QueueDepthHigh"_s).has_value());

    advance(1min);
    write(u"opsdeck_pipeline_queue_depth"_s, 61);
    round();
    EXPECT_EQ(alert(u"QueueDepthHigh"_s)->activeSince, at(4 * 60'000));   // counts from here again

    advance(4min);   // 8 min after the first breach, 4 after the second: still pending
    write(u"opsdeck_pipeline_queue_depth"_s, 62);
    round();
    EXPECT_EQ(alert(u"QueueDepthHigh"_s)->state, AlertState::Pending);

    advance(1min);
    write(u"opsdeck_pipeline_queue_depth"_s, 63);
    round();
    EXPECT_EQ(alert(u"QueueDepthHigh"_s)->state, AlertState::Firing);
    EXPECT_EQ(alert(u"QueueDepthHigh"_s)->firedAt, at(9 * 60'000));

    QList<AlertState> seen;
    for (const Transition &t : historyLines())
        seen << t.to;
    EXPECT_EQ(seen, (QList<AlertState>{AlertState::Pending, AlertState::Inactive, AlertState::Pending, AlertState::Firing}));
}

TEST_F(Evaluator, RestartRestoresFiringWithoutNotifyingAgain)
{
    Rule slow = queueRule(5min);
    Rule fast = queueRule(0ms);
    fast.name = u"QueueDepthHighNow"_s;
    m_evaluator->setRules({slow, fast});
    write(u"opsdeck_pipeline_queue_depth"_s, 70, {{u"queue"_s, u"a"_s}});
    round();
    advance(1min);
    write(u"opsdeck_pipeline_queue_depth"_s, 71, {{u"queue"_s, u"a"_s}});
    round();
    ASSERT_EQ(alert(slow.name, u"{queue=\"a\"}"_s)->state, AlertState::Pending);
    ASSERT_EQ(alert(fast.name, u"{queue=\"a\"}"_s)->state, AlertState::Firing);
    m_evaluator->waitForHistoryWrites();

    // The program closes and starts again two minutes later.
    m_evaluator.reset();
    advance(2min);
    auto history = AlertHistory::open(AlertHistory::historyPath(m_dir.path()));
    ASSERT_TRUE(history.ok());
    EvaluatorOptions eo;
    eo.clock = [now = m_now] { return QDateTime::fromMSecsSinceEpoch(now->load(), Qt::UTC); };
    AlertEvaluator restarted(*history, eo);
    restarted.setSource(u"embedded"_s, m_source.get());
    restarted.setRules({slow, fast});
    int fired = 0;
    QObject::connect(&restarted, &AlertEvaluator::alertFiring, &restarted, [&] { ++fired; });
    const auto entries = (*history)->read();
    ASSERT_TRUE(entries.ok());
    EXPECT_EQ(restarted.restore(*entries), 2);
    auto find = [&](const QString &rule) {
        const QList<AlertInstance> list = restarted.alerts(rule);
        return list.isEmpty() ? std::optional<AlertInstance>() : std::optional<AlertInstance>(list.first());
    };
    ASSERT_TRUE(find(fast.name).has_value());
    EXPECT_EQ(find(fast.name)->state, AlertState::Firing);
    EXPECT_EQ(find(fast.name)->firedAt, at(0));
    EXPECT_EQ(find(slow.name)->state, AlertState::Pending);
    EXPECT_EQ(find(slow.name)->activeSince, at(0));

    // Still high: the pending one fires on its original schedule (5 min after
    // 08:00), the firing one is not announced a second time.
    advance(2min);
    write(u"opsdeck_pipeline_queue_depth"_s, 72, {{u"queue"_s, u"a"_s}});
    bool done = false;
    QObject::connect(&restarted, &AlertEvaluator::evaluated, &restarted, [&] { done = true; });
    ASSERT_TRUE(restarted.evaluateNow());
    ASSERT_TRUE(OpsDeck::Test::waitUntil([&] { return done; }));
    EXPECT_EQ(find(slow.name)->state, AlertState::Firing);
    EXPECT_EQ(find(slow.name)->firedAt, at(5 * 60'000));
    EXPECT_EQ(find(fast.name)->firedAt, at(0));
    EXPECT_EQ(fired, 1);   // only the one that newly fired
    EXPECT_EQ(restarted.restore(*entries), 0);   // nothing is restored twice
}

TEST_F(Evaluator, OutsideRangeFiresBelowAndAboveButNotInside)
{
    Rule rule = ruleNamed(defaultRules(), u"WorkerUtilisationOutsideTarget"_s);
    rule.forDuration = 0ms;   // fires at the first breach
    m_evaluator->setRules({rule});
    const QString name = u"opsdeck_pipeline_worker_utilisation_ratio"_s;
    write(name, 0.70, {{u"pool"_s, u"inside"_s}});
    write(name, 0.45, {{u"pool"_s, u"idle"_s}});
    write(name, 0.93, {{u"pool"_s, u"busy"_s}});
    write(name, 0.80, {{u"pool"_s, u"edge"_s}});
    round();
    QStringList firing;
    for (const AlertInstance &a : m_evaluator->alerts(rule.name)) {
        EXPECT_EQ(a.state, AlertState::Firing);
        EXPECT_EQ(a.activeSince, at(0));
        firing << a.labels.value(u"pool"_s);
    }
    firing.sort();
    EXPECT_EQ(firing, (QStringList{u"busy"_s, u"idle"_s}));
    EXPECT_EQ(alert(rule.name, u"{pool=\"idle\"}"_s)->summary, u"Worker utilisation is 0.45 (target 0.60 to 0.80)"_s);
    // Straight from inactive to firing: no pending step with a zero for-duration.
    ASSERT_EQ(m_transitions.size(), 2);
    EXPECT_EQ(m_transitions.at(0).from, AlertState::Inactive);
    EXPECT_EQ(m_transitions.at(0).to, AlertState::Firing);
}

TEST_F(Evaluator, BurnRateFiresOnlyWhenBothWindowsBurn)
{
    const auto rules = burnRateRules(0.99, u"avg_over_time(opsdeck_pipeline_run_failure_ratio[{{window}}])"_s);
    ASSERT_TRUE(rules.ok()) << errorOf(rules);
    const Rule fast = rules->at(0);   // 14.4x: error ratio above 0.144 over 1 h and 5 min
    m_evaluator->setRules({fast});
    const QString name = u"opsdeck_pipeline_run_failure_ratio"_s;
    auto minute = [&](double ratio) {
        advance(1min);
        write(name, ratio);
    };
    // An hour of health, then a 5-minute spike: the short window burns
    // (ratio 1.0 over 5 min) but the hour averages about 5/60 < 0.144.
    write(name, 0);
    for (int i = 0; i < 60; ++i)
        minute(0);
    for (int i = 0; i < 5; ++i)
        minute(1.0);
    round();
    EXPECT_TRUE(m_evaluator->alerts(fast.name).isEmpty()) << "only the short window burns";
    EXPECT_EQ(m_evaluator->ruleStatus(fast.name).health, RuleHealth::Ok) << m_evaluator->ruleStatus(fast.name).message.toStdString();

    // Five more minutes at 100 %: the hour now averages about 10/60 > 0.144.
    for (int i = 0; i < 5; ++i)
        minute(1.0);
    round();
    auto a = alert(fast.name, u"{slo=\"0.99\"}"_s);
    ASSERT_TRUE(a.has_value());
    EXPECT_EQ(a->state, AlertState::Firing);
    EXPECT_EQ(a->severity, Severity::Page);
    EXPECT_GT(a->value, fast.threshold);
    EXPECT_LT(a->value, 0.25);   // the long window's value, not the short one's 1.0

    // Recovery: the hour still burns, the last 5 minutes do not → resolved.
    for (int i = 0; i < 6; ++i)
        minute(0);
    round();
    EXPECT_EQ(alert(fast.name, u"{slo=\"0.99\"}"_s)->state, AlertState::Resolved);
}

TEST_F(Evaluator, BrokenExpressionIsAnErrorWithTheParsersColumn)
{
    Rule rule = queueRule(0ms);
    rule.name = u"Broken"_s;
    rule.expression = u"rate(opsdeck_pipeline_queue_depth)"_s;
    m_evaluator->setRules({rule});
    write(u"opsdeck_pipeline_queue_depth"_s, 99);
    round();
    const RuleStatus status = m_evaluator->ruleStatus(u"Broken"_s);
    EXPECT_EQ(status.health, RuleHealth::Error);
    EXPECT_TRUE(status.message.contains(u"1:6:"_s)) << status.message.toStdString();
    EXPECT_TRUE(m_evaluator->alerts(u"Broken"_s).isEmpty());
    const QList<Transition> lines = historyLines();
    ASSERT_EQ(lines.size(), 1);
    EXPECT_EQ(lines.at(0).kind, Transition::Kind::Rule);
    EXPECT_EQ(lines.at(0).healthTo, RuleHealth::Error);
    EXPECT_TRUE(lines.at(0).message.contains(u"1:6:"_s));

    // A rule handed over in code without the file's checks: refused as a rule, not queried.
    Rule invalid = queueRule(0ms);
    invalid.name = u"Invalid"_s;
    invalid.comparison = Comparison::Outside;
    invalid.threshold = 0.9;
    invalid.thresholdHigh = 0.1;
    m_evaluator->setRules({rule, invalid});
    advance(15s);
    round();
    EXPECT_EQ(m_evaluator->ruleStatus(u"Invalid"_s).health, RuleHealth::Error);
    EXPECT_TRUE(m_evaluator->ruleStatus(u"Invalid"_s).message.contains(u"threshold: the low bound 0.9"_s))
        << m_evaluator->ruleStatus(u"Invalid"_s).message.toStdString();

    // An expression outside the embedded subset is an error too, never "ok".
    rule.expression = u"topk(3, opsdeck_pipeline_queue_depth)"_s;
    m_evaluator->setRules({rule});
    advance(15s);
    round();
    EXPECT_EQ(m_evaluator->ruleStatus(u"Broken"_s).health, RuleHealth::Error);
    EXPECT_TRUE(m_evaluator->ruleStatus(u"Broken"_s).message.contains(u"topk"_s))
        << m_evaluator->ruleStatus(u"Broken"_s).message.toStdString();
}

TEST_F(Evaluator, MissingDataKeepsFiringUntilTheNoDataTimeout)
{
    Rule rule = queueRule(0ms);
    rule.noDataTimeout = 10min;
    m_evaluator->setRules({rule});
    write(u"opsdeck_pipeline_queue_depth"_s, 70);
    round();
    EXPECT_EQ(alert(rule.name)->state, AlertState::Firing);

    // No more samples: past the 5-minute lookback the series is gone from answers.
    advance(6min);
    round();
    auto a = alert(rule.name);
    EXPECT_EQ(a->state, AlertState::Firing);
    EXPECT_TRUE(a->noData);
    EXPECT_EQ(a->lastSeen, at(0));

    advance(4min);   // 10 minutes without data
    round();
    a = alert(rule.name);
    EXPECT_EQ(a->state, AlertState::Resolved);
    const QList<Transition> lines = historyLines();
    ASSERT_EQ(lines.size(), 2);
    EXPECT_TRUE(lines.at(1).message.contains(u"no value since"_s)) << lines.at(1).message.toStdString();
}

TEST_F(Evaluator, ClosedSourceMakesTheRuleUnknownAndKeepsItsAlerts)
{
    m_evaluator->setRules({queueRule(0ms)});
    write(u"opsdeck_pipeline_queue_depth"_s, 70);
    round();
    ASSERT_EQ(alert(u"QueueDepthHigh"_s)->state, AlertState::Firing);

    m_source.reset();   // the embedded source is closed (profile switched, shutting down)
    for (int i = 0; i < 3; ++i) {
        advance(15min);   // far beyond any lookback and the noDataTimeout
        round();
    }
    const RuleStatus status = m_evaluator->ruleStatus(u"QueueDepthHigh"_s);
    EXPECT_EQ(status.health, RuleHealth::Unknown);
    EXPECT_TRUE(status.message.contains(u"embedded"_s)) << status.message.toStdString();
    EXPECT_EQ(alert(u"QueueDepthHigh"_s)->state, AlertState::Firing);
    EXPECT_TRUE(m_resolved.isEmpty());

    // A source id nobody configured is unknown as well, and says which.
    Rule remote = queueRule(0ms);
    remote.name = u"Remote"_s;
    remote.source = u"prometheus-ops"_s;
    m_evaluator->setRules({queueRule(0ms), remote});
    advance(15s);
    round();
    EXPECT_EQ(m_evaluator->ruleStatus(u"Remote"_s).health, RuleHealth::Unknown);
    EXPECT_TRUE(m_evaluator->ruleStatus(u"Remote"_s).message.contains(u"prometheus-ops"_s));
}

TEST_F(Evaluator, PrometheusThatDoesNotAnswerIsUnknownNotResolved)
{
    // A port on 127.0.0.1 that nothing listens on: connection refused.
    quint16 port = 0;
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    Remote::PrometheusSettings settings;
    settings.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    settings.backoff = Reliability::BackoffPolicy{1ms, 1ms, 1, 0ms};
    settings.requestTimeout = 5s;
    Remote::PrometheusSource prometheus(settings);
    m_evaluator->setSource(u"prometheus"_s, &prometheus);

    Rule rule = queueRule(0ms);
    rule.source = u"prometheus"_s;
    m_evaluator->setRules({rule});
    round();
    const RuleStatus status = m_evaluator->ruleStatus(rule.name);
    EXPECT_EQ(status.health, RuleHealth::Unknown) << status.message.toStdString();
    EXPECT_TRUE(status.message.contains(u"127.0.0.1"_s)) << status.message.toStdString();
    const QList<Transition> lines = historyLines();
    ASSERT_EQ(lines.size(), 1);
    EXPECT_EQ(lines.at(0).healthTo, RuleHealth::Unknown);
}

TEST_F(Evaluator, HungSourceIsGivenUpAfterTheRoundTimeout)
{
    // A server on 127.0.0.1 that accepts connections and never answers.
    QTcpServer silent;
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost));
    Remote::PrometheusSettings settings;
    settings.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(silent.serverPort()));
    settings.backoff = Reliability::BackoffPolicy{1ms, 1ms, 1, 0ms};
    settings.requestTimeout = 60s;
    Remote::PrometheusSource prometheus(settings);

    EvaluatorOptions options;
    options.clock = [now = m_now] { return QDateTime::fromMSecsSinceEpoch(now->load(), Qt::UTC); };
    options.roundTimeout = 200ms;
    AlertEvaluator evaluator(m_history, options);
    evaluator.setSource(u"prometheus"_s, &prometheus);
    evaluator.setSource(u"embedded"_s, m_source.get());
    Rule remote = queueRule(0ms);
    remote.name = u"Remote"_s;
    remote.source = u"prometheus"_s;
    evaluator.setRules({remote, queueRule(0ms)});
    write(u"opsdeck_pipeline_queue_depth"_s, 70);
    int rounds = 0;
    QObject::connect(&evaluator, &AlertEvaluator::evaluated, &evaluator, [&] { ++rounds; });

    ASSERT_TRUE(evaluator.evaluateNow());
    EXPECT_FALSE(evaluator.evaluateNow());   // still waiting for Prometheus: skipped
    EXPECT_EQ(evaluator.skippedRounds(), 1);
    QElapsedTimer waited;
    waited.start();
    ASSERT_TRUE(OpsDeck::Test::waitUntil([&] { return waited.elapsed() > 250; }));
    EXPECT_EQ(rounds, 0);
    ASSERT_TRUE(evaluator.evaluateNow());    // gives the hung round up, starts the next
    EXPECT_EQ(rounds, 1);
    const RuleStatus status = evaluator.ruleStatus(u"Remote"_s);
    EXPECT_EQ(status.health, RuleHealth::Unknown);
    EXPECT_TRUE(status.message.contains(u"did not answer within"_s)) << status.message.toStdString();
    // The other rule's answer in the given-up round still counted.
    ASSERT_EQ(evaluator.alerts(u"QueueDepthHigh"_s).size(), 1);
    EXPECT_EQ(evaluator.alerts(u"QueueDepthHigh"_s).at(0).state, AlertState::Firing);
}

TEST_F(Evaluator, RulesFromAFileRunAsWritten)
{
    // The user's file, loaded and evaluated: the whole path from disk to state.
    const QByteArray json = R"json({"version": 1, "rules": [
      {"name": "SearchSlow", "expr": "histogram_quantile(0.95, sum by (le) (rate(opsdeck_log_search_duration_seconds_bucket[5m])))",
       "comparison": ">", "threshold": 1, "for": "0s", "severity": "warning",
       "annotations": {"summary": "p95 search {{value}} s > {{threshold}} s"}}]})json";
    ASSERT_TRUE(OpsDeck::Test::writeAll(rulesPath(m_dir.path()), json));
    const auto set = loadRules(rulesPath(m_dir.path()));
    ASSERT_TRUE(set.ok()) << errorOf(set);
    m_evaluator->setRules(set->rules);
    // A cumulative histogram: every search took between 2 and 4 s.
    const QString bucket = u"opsdeck_log_search_duration_seconds_bucket"_s;
    for (int i = 0; i <= 5; ++i) {
        const double n = 10.0 * i;
        write(bucket, 0, {{u"le"_s, u"1"_s}});
        write(bucket, 0, {{u"le"_s, u"2"_s}});
        write(bucket, n, {{u"le"_s, u"4"_s}});
        write(bucket, n, {{u"le"_s, u"+Inf"_s}});
        if (i < 5)
            advance(1min);
    }
    round();
    const auto a = alert(u"SearchSlow"_s);
    ASSERT_TRUE(a.has_value()) << m_evaluator->ruleStatus(u"SearchSlow"_s).message.toStdString();
    EXPECT_EQ(a->state, AlertState::Firing);
    EXPECT_GT(a->value, 2.0);
    EXPECT_LE(a->value, 4.0);
    EXPECT_TRUE(a->summary.endsWith(u" s > 1 s"_s)) << a->summary.toStdString();
}

TEST_F(Evaluator, SeedDefaultsStayQuietWhenHealthyAndAllFireWhenNot)
{
    m_evaluator->setRules(defaultRules());
    double requests = 0, denied = 0, searches = 0;
    // One minute of every metric the defaults watch; histograms and counters are cumulative.
    auto minute = [&](bool healthy) {
        advance(1min);
        write(u"opsdeck_pipeline_deployment_success_ratio"_s, healthy ? 0.99 : 0.90);
        write(u"opsdeck_pipeline_queue_depth"_s, healthy ? 10 : 80, {{u"queue"_s, u"deploy"_s}});
        write(u"opsdeck_pipeline_run_failure_ratio"_s, healthy ? 0.02 : 0.20);
        write(u"opsdeck_pipeline_worker_utilisation_ratio"_s, healthy ? 0.70 : 0.95);
        requests += 100;
        searches += 10;
        const double fast = healthy ? 1 : 0;   // share of requests under 0.5 s
        for (const auto &[name, n] : {std::pair{u"opsdeck_http_request_duration_seconds_bucket"_s, requests},
                                      std::pair{u"opsdeck_log_search_duration_seconds_bucket"_s, searches}}) {
            write(name, n * fast, {{u"le"_s, u"0.5"_s}});
            write(name, n * fast, {{u"le"_s, u"1"_s}});
            write(name, n, {{u"le"_s, u"5"_s}});
            write(name, n, {{u"le"_s, u"+Inf"_s}});
        }
        if (!healthy)
            denied += 10;
        write(u"opsdeck_vault_operations_total"_s, requests, {{u"op"_s, u"read"_s}, {u"result"_s, u"ok"_s}});
        write(u"opsdeck_vault_operations_total"_s, denied, {{u"op"_s, u"read"_s}, {u"result"_s, u"permission-denied"_s}});
    };
    for (int i = 0; i < 20; ++i) {
        minute(true);
        round();
    }
    for (const RuleStatus &s : m_evaluator->ruleStatuses())
        EXPECT_EQ(s.health, RuleHealth::Ok) << s.rule.toStdString() << ": " << s.message.toStdString();
    EXPECT_TRUE(m_evaluator->alerts().isEmpty());
    EXPECT_TRUE(m_transitions.isEmpty());

    // 20 unhealthy minutes: past every default for-duration (the longest is 15 min).
    for (int i = 0; i < 20; ++i) {
        minute(false);
        round();
    }
    QStringList firing;
    for (const AlertInstance &a : m_evaluator->alerts())
        if (a.state == AlertState::Firing)
            firing << a.rule;
    QStringList expected;
    for (const Rule &r : defaultRules())
        expected << r.name;
    firing.sort();
    expected.sort();
    EXPECT_EQ(firing, expected);
    for (const RuleStatus &s : m_evaluator->ruleStatuses())
        EXPECT_EQ(s.health, RuleHealth::Ok) << s.rule.toStdString() << ": " << s.message.toStdString();
    const auto page = alert(u"DeploymentFailureRateHigh"_s, u"{notify=\"on-call\"}"_s);
    ASSERT_TRUE(page.has_value());
    EXPECT_EQ(page->severity, Severity::Page);
    EXPECT_EQ(page->summary, u"Failure rate is 0.2 (above 0.10): page on-call"_s);
}

TEST_F(Evaluator, TimerRoundsDoNotPileUp)
{
    EvaluatorOptions options;
    options.interval = 20ms;
    AlertEvaluator evaluator(nullptr, options);
    evaluator.setSource(u"embedded"_s, m_source.get());
    evaluator.setRules(defaultRules());
    int rounds = 0;
    QObject::connect(&evaluator, &AlertEvaluator::evaluated, &evaluator, [&] { ++rounds; });
    evaluator.start();
    EXPECT_TRUE(evaluator.isRunning());
    ASSERT_TRUE(OpsDeck::Test::waitUntil([&] { return rounds >= 3; }));
    evaluator.stop();
    EXPECT_FALSE(evaluator.evaluateNow() && evaluator.evaluateNow());   // a second call while one runs is skipped
    EXPECT_GE(evaluator.skippedRounds(), 1);
}

} // namespace
} // namespace OpsDeck::Alerts::Test
