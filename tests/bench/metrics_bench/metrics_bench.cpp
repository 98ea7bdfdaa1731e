// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include <opsdeck/metrics/downsample.h>
#include <opsdeck/metrics/exposition.h>
#include <opsdeck/metrics/metricsstore.h>
#include <opsdeck/metrics/query.h>
#include <opsdeck/metrics/registry.h>

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cmath>
#include <random>
#include <vector>

using namespace OpsDeck::Metrics;

namespace {

constexpr qint64 kBase = 1'700'000'000'000 / kHourMs * kHourMs;

Labels seriesLabels(const QString &name, int i)
{
    Labels l;
    l.insert(nameLabel(), name);
    l.insert(QStringLiteral("instance"), QStringLiteral("host-%1").arg(i));
    l.insert(QStringLiteral("job"), QStringLiteral("bench"));
    return l;
}

// Appends one sample to each of 1,000 series per step, through the real
// store: memory, the segment buffer and its writes to disk (a flush per MiB,
// plus the background thread's), with checksums.
void BM_Ingest(benchmark::State &state)
{
    QTemporaryDir dir;
    StoreOptions options;
    options.clock = [] { return kBase; };
    auto store = *MetricsStore::open(dir.path(), options);
    constexpr int kSeries = 1000;
    std::vector<SeriesRef> refs;
    for (int i = 0; i < kSeries; ++i)
        refs.push_back(*store->series(seriesLabels(QStringLiteral("ingest_total"), i)));
    qint64 t = kBase;
    double v = 0;
    for (auto _ : state) {
        t += 1000;
        v += 1;
        for (const SeriesRef ref : refs)
            store->append(ref, t, v);
    }
    (void)store->flush();
    state.SetItemsProcessed(state.iterations() * kSeries);
    state.counters["disk_bytes_per_sample"] = double(store->stats().diskBytes) / double(state.iterations() * kSeries);
}
// Real time: the store's own flushing thread is part of the cost.
BENCHMARK(BM_Ingest)->Unit(benchmark::kMicrosecond)->UseRealTime();

std::shared_ptr<MetricsStore> &queryStore()
{
    static QTemporaryDir dir;
    static std::shared_ptr<MetricsStore> store = [] {
        StoreOptions options;
        options.backgroundThread = false;
        options.clock = [] { return kBase + kHourMs; };
        auto s = *MetricsStore::open(dir.path(), options);
        for (int i = 0; i < 10; ++i) {
            const SeriesRef ref = *s->series(seriesLabels(QStringLiteral("requests_total"), i));
            for (int sec = 0; sec < 3600; ++sec)
                s->append(ref, kBase + sec * 1000LL, sec * (i + 1.0));
        }
        (void)s->flush();
        return s;
    }();
    return store;
}

// A dashboard refresh: 1 h of 10 series (1 sample/s stored).
void BM_RangeQuery1h10Series(benchmark::State &state, const char *expr, qint64 stepMs)
{
    auto &store = queryStore();
    const QString expression = QString::fromLatin1(expr);
    qint64 points = 0;
    for (auto _ : state) {
        auto r = evaluateRange(*store, expression, kBase, kBase + kHourMs - 1000, stepMs);
        if (!r) {
            state.SkipWithError(qPrintable(r.error().toString()));
            return;
        }
        points = 0;
        for (const auto &s : *r)
            points += s.samples.size();
        benchmark::DoNotOptimize(points);
    }
    state.counters["points"] = double(points);
}
BENCHMARK_CAPTURE(BM_RangeQuery1h10Series, selector_step1s, "requests_total", 1000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_RangeQuery1h10Series, selector_step15s, "requests_total", 15000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_RangeQuery1h10Series, rate5m_step15s, "rate(requests_total[5m])", 15000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_RangeQuery1h10Series, sum_rate_step1m, "sum by (job) (rate(requests_total[5m]))", 60000)->Unit(benchmark::kMillisecond);

const std::vector<QPointF> &millionPoints()
{
    static const std::vector<QPointF> points = [] {
        std::vector<QPointF> p;
        p.reserve(1'000'000);
        std::mt19937 rng(1);
        std::normal_distribution<double> noise(0, 1);
        double y = 0;
        for (int i = 0; i < 1'000'000; ++i) {
            y += noise(rng);
            p.emplace_back(double(kBase + i * 1000LL), y);
        }
        return p;
    }();
    return points;
}

void BM_DownsampleLttb(benchmark::State &state)
{
    const auto &points = millionPoints();
    for (auto _ : state)
        benchmark::DoNotOptimize(lttb(points, 1600));
    state.SetItemsProcessed(state.iterations() * qint64(points.size()));
}
BENCHMARK(BM_DownsampleLttb)->Unit(benchmark::kMillisecond);

void BM_DownsampleMinMax(benchmark::State &state)
{
    const auto &points = millionPoints();
    qsizetype kept = 0;
    for (auto _ : state) {
        const auto out = minMaxPerPixel(points, 1600);
        kept = out.size();
        benchmark::DoNotOptimize(out);
    }
    state.SetItemsProcessed(state.iterations() * qint64(points.size()));
    state.counters["points_out"] = double(kept);
}
BENCHMARK(BM_DownsampleMinMax)->Unit(benchmark::kMillisecond);

// A scrape of 1,000 series: 900 counters + 10 histograms of 8 buckets (100 series).
void BM_Exposition1000Series(benchmark::State &state)
{
    Registry registry;
    auto *counters = *registry.counter(QStringLiteral("opsdeck_requests_total"), QStringLiteral("Requests."),
                                       {QStringLiteral("route"), QStringLiteral("code")});
    for (int i = 0; i < 900; ++i)
        counters->with({QStringLiteral("/api/v1/r%1").arg(i / 3), QString::number(200 + i % 3)}).inc(i);
    auto *histograms = *registry.histogram(QStringLiteral("opsdeck_latency_seconds"), QStringLiteral("Latency."),
                                           {0.01, 0.05, 0.1, 0.5, 1, 5, 10}, {QStringLiteral("route")});
    for (int i = 0; i < 10; ++i)
        histograms->with({QStringLiteral("/r%1").arg(i)}).observe(i * 0.1);
    qsizetype bytes = 0;
    for (auto _ : state) {
        const QByteArray text = formatExposition(registry.snapshot());
        bytes = text.size();
        benchmark::DoNotOptimize(text);
    }
    state.counters["bytes"] = double(bytes);
}
BENCHMARK(BM_Exposition1000Series)->Unit(benchmark::kMicrosecond);

// The hot path of instrumented code: one counter increment.
void BM_CounterInc(benchmark::State &state)
{
    Registry registry;
    Counter &c = (*registry.counter(QStringLiteral("c_total"), QStringLiteral("c")))->with();
    for (auto _ : state)
        c.inc();
    benchmark::DoNotOptimize(c.value());
}
BENCHMARK(BM_CounterInc)->Threads(1)->Threads(2);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
