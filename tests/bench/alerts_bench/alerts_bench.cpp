// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// Alerts, measured (never asserted):
//   BM_Round/N        one evaluation round of the seed's default rules plus a
//                     queue-depth rule over N series (all firing), against a real
//                     embedded store: queries on the source's pool, states applied
//                     on this thread, history lines written
//   BM_ApplyOnly/N    one rule over N series whose answers are ready: what the
//                     evaluator's own (GUI) thread spends per round
//   BM_ParseRules/N   reading a rule file of N rules (with positions)
//   BM_HistoryAppend  one transition line appended to history.jsonl
#include <opsdeck/alerts/evaluator.h>
#include <opsdeck/alerts/history.h>
#include <opsdeck/alerts/rulefile.h>
#include <opsdeck/metrics/embeddedmetricssource.h>
#include <opsdeck/metrics/metricsstore.h>

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace OpsDeck;

namespace {

constexpr qint64 kStart = 1'800'000'000'000;

struct Setup
{
    QTemporaryDir dir;
    std::shared_ptr<std::atomic<qint64>> now = std::make_shared<std::atomic<qint64>>(kStart);
    std::shared_ptr<Metrics::MetricsStore> store;
    std::unique_ptr<Metrics::EmbeddedMetricsSource> source;
    std::unique_ptr<Alerts::AlertEvaluator> evaluator;

    explicit Setup(int series)
    {
        Metrics::StoreOptions options;
        options.backgroundThread = false;
        options.clock = [n = now] { return n->load(); };
        store = *Metrics::MetricsStore::open(dir.path(), options);
        source = std::make_unique<Metrics::EmbeddedMetricsSource>(store);
        auto history = Alerts::AlertHistory::open(Alerts::AlertHistory::historyPath(dir.path()));
        Alerts::EvaluatorOptions eo;
        eo.clock = [n = now] { return QDateTime::fromMSecsSinceEpoch(n->load(), Qt::UTC); };
        evaluator = std::make_unique<Alerts::AlertEvaluator>(*history, eo);
        evaluator->setSource(u"embedded"_s, source.get());
        QList<Alerts::Rule> rules = Alerts::defaultRules();
        for (Alerts::Rule &r : rules)
            r.forDuration = std::chrono::milliseconds(0);
        evaluator->setRules(rules);
        for (int i = 0; i < series; ++i) {
            auto ref = store->series({{u"__name__"_s, u"opsdeck_pipeline_queue_depth"_s}, {u"queue"_s, u"q%1"_s.arg(i)}});
            store->append(*ref, kStart, 60 + i % 10);
        }
    }

    void round()
    {
        bool done = false;
        auto c = QObject::connect(evaluator.get(), &Alerts::AlertEvaluator::evaluated, evaluator.get(),
                                  [&done] { done = true; });
        evaluator->evaluateNow();
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        QObject::disconnect(c);
    }
};

void BM_Round(benchmark::State &state)
{
    Setup s(int(state.range(0)));
    s.round();   // the first round creates the alerts; later ones track them
    for (auto _ : state) {
        *s.now += 1;   // 1 ms a round: thousands of rounds stay inside the 5-minute lookback
        s.round();
    }
    s.evaluator->waitForHistoryWrites();
    state.counters["alerts"] = double(s.evaluator->alerts().size());
}
BENCHMARK(BM_Round)->Arg(10)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();

/** Answers every query at once with the same N series: what is left of a round is the evaluator's own work. */
class ReadySource final : public Backend::IMetricsSource
{
public:
    explicit ReadySource(int series)
    {
        for (int i = 0; i < series; ++i) {
            Backend::MetricSeries s;
            s.labels = {{u"queue"_s, u"q%1"_s.arg(i)}};
            s.samples = {Backend::Sample{kStart, 60.0 + i % 10}};
            m_answer << s;
        }
    }
    QString displayName() const override { return u"ready"_s; }
    QFuture<Result<QList<Backend::MetricSeries>>> instant(const QString &, const QDateTime &) override
    {
        return QtFuture::makeReadyFuture(Result<QList<Backend::MetricSeries>>(m_answer));
    }
    QFuture<Result<QList<Backend::MetricSeries>>> range(const Backend::RangeQuery &) override
    {
        return QtFuture::makeReadyFuture(Result<QList<Backend::MetricSeries>>(m_answer));
    }

private:
    QList<Backend::MetricSeries> m_answer;
};

void BM_ApplyOnly(benchmark::State &state)
{
    // One rule over N series whose answers are ready: the time of a round is
    // what the evaluator's (GUI) thread spends on it — state tracking,
    // annotations, signals, handing history lines to its writer thread.
    ReadySource source(int(state.range(0)));
    QTemporaryDir dir;
    auto now = std::make_shared<std::atomic<qint64>>(kStart);
    Alerts::EvaluatorOptions eo;
    eo.clock = [now] { return QDateTime::fromMSecsSinceEpoch(now->load(), Qt::UTC); };
    Alerts::AlertEvaluator evaluator(*Alerts::AlertHistory::open(Alerts::AlertHistory::historyPath(dir.path())), eo);
    evaluator.setSource(u"embedded"_s, &source);
    Alerts::Rule rule = Alerts::defaultRules().at(1);   // QueueDepthHigh, for 5m: pending, then firing
    evaluator.setRules({rule});
    auto round = [&] {
        bool done = false;
        auto c = QObject::connect(&evaluator, &Alerts::AlertEvaluator::evaluated, &evaluator, [&done] { done = true; });
        evaluator.evaluateNow();
        while (!done)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QObject::disconnect(c);
    };
    round();
    for (auto _ : state) {
        *now += 1;
        round();
    }
    evaluator.waitForHistoryWrites();
    state.counters["alerts"] = double(evaluator.alerts().size());
}
BENCHMARK(BM_ApplyOnly)->Arg(10)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ParseRules(benchmark::State &state)
{
    QList<Alerts::Rule> rules;
    const QList<Alerts::Rule> defaults = Alerts::defaultRules();
    for (int i = 0; i < state.range(0); ++i) {
        Alerts::Rule r = defaults.at(i % defaults.size());
        r.name += QString::number(i);
        rules << r;
    }
    const QByteArray json = Alerts::serializeRules(rules);
    for (auto _ : state) {
        auto parsed = Alerts::parseRules(json, u"rules.json"_s);
        benchmark::DoNotOptimize(parsed);
    }
    state.SetBytesProcessed(state.iterations() * json.size());
}
BENCHMARK(BM_ParseRules)->Arg(10)->Arg(1000)->Unit(benchmark::kMicrosecond);

void BM_HistoryAppend(benchmark::State &state)
{
    QTemporaryDir dir;
    auto history = *Alerts::AlertHistory::open(Alerts::AlertHistory::historyPath(dir.path()));
    Alerts::Transition t;
    t.at = QDateTime::fromMSecsSinceEpoch(kStart, Qt::UTC);
    t.rule = u"QueueDepthHigh"_s;
    t.labels = {{u"queue"_s, u"deploy"_s}};
    t.to = Alerts::AlertState::Firing;
    t.value = 80;
    t.message = u"80 jobs are waiting in queue deploy (alert above 50)"_s;
    for (auto _ : state)
        benchmark::DoNotOptimize(history->append({t}));
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_HistoryAppend)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
