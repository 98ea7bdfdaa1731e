// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "metricstestutil.h"
#include "testsupport.h"

#include <opsdeck/metrics/collector.h>
#include <opsdeck/metrics/query.h>

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace OpsDeck;
using namespace OpsDeck::Metrics;
using namespace OpsDeck::Metrics::Test;

namespace {
constexpr qint64 kBase = 1'700'000'000'000 / kHourMs * kHourMs;
}

TEST(Collector, CopiesTheRegistrySoQueriesSeeIt)
{
    QTemporaryDir dir;
    FakeClock clock;
    clock.now->store(kBase);
    auto store = MetricsStore::open(dir.path(), testOptions(clock));
    ASSERT_TRUE(store.ok());
    Registry registry;
    Counter &deploys = (*registry.counter(u"opsdeck_deployments_total"_s, u"Deployments."_s, {u"result"_s}))
                           ->with({u"success"_s});
    Histogram &duration = (*registry.histogram(u"opsdeck_job_duration_seconds"_s, u"Jobs."_s, {1, 10, 100}))->with();
    Collector collector(registry, *store);

    // 20 copies 15 s apart; 2 deployments and 4 jobs (0.5, 5, 5, 50 s) between copies.
    for (int i = 0; i < 20; ++i) {
        deploys.inc(2);
        for (double seconds : {0.5, 5.0, 5.0, 50.0})
            duration.observe(seconds);
        clock.now->store(kBase + i * 15'000);
        ASSERT_TRUE(collector.collectNow().ok()) << collector.lastError().toStdString();
    }
    EXPECT_EQ(collector.collections(), 20);
    const qint64 at = kBase + 19 * 15'000;
    auto count = evaluateInstant(**store, u"opsdeck_deployments_total{result=\"success\"}"_s, at);
    ASSERT_TRUE(count.ok()) << errorOf(count);
    ASSERT_EQ(count->size(), 1);
    EXPECT_EQ(count->first().samples.first().value, 40);
    // Per 15 s: 2 deployments → rate 2/15 per second.
    auto rate = evaluateInstant(**store, u"rate(opsdeck_deployments_total[2m])"_s, at);
    ASSERT_TRUE(rate.ok());
    EXPECT_NEAR(rate->value(0).samples.value(0).value, 2.0 / 15, 1e-9);
    // 80 observations: 20 ≤ 1 s, 60 ≤ 10 s, 80 ≤ 100 s. The median (rank 40)
    // is the 20th of the 40 in (1, 10]: 1 + 9 × 20/40.
    auto median = evaluateInstant(**store, u"histogram_quantile(0.5, opsdeck_job_duration_seconds_bucket)"_s, at);
    ASSERT_TRUE(median.ok()) << errorOf(median);
    EXPECT_NEAR(median->value(0).samples.value(0).value, 5.5, 1e-9);
    auto sum = evaluateInstant(**store, u"opsdeck_job_duration_seconds_sum"_s, at);
    EXPECT_DOUBLE_EQ(sum->value(0).samples.value(0).value, 20 * 60.5);

    // Everything was flushed: a second store on the same folder sees it.
    store->reset();
    auto reopened = MetricsStore::open(dir.path(), testOptions(clock));
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ((*reopened)->stats().series, 1 + 4 + 2);
    EXPECT_EQ((*reopened)->stats().rawSamples, 20 * 7);
}

TEST(Collector, RunsOnItsOwnThreadUntilStopped)
{
    QTemporaryDir dir;
    auto store = MetricsStore::open(dir.path());
    ASSERT_TRUE(store.ok());
    Registry registry;
    Gauge &g = (*registry.gauge(u"g"_s, u"h"_s))->with();
    g.set(3);
    Collector collector(registry, *store, std::chrono::milliseconds(20));
    collector.start();
    ASSERT_TRUE(OpsDeck::Test::waitUntil([&] { return collector.collections() >= 3; }));
    collector.stop();
    const qint64 done = collector.collections();
    EXPECT_GE((*store)->stats().rawSamples, 1);
    EXPECT_GT((*store)->stats().diskBytes, 16) << "each copy is flushed";
    EXPECT_EQ(collector.collections(), done) << "nothing runs after stop()";
    EXPECT_TRUE(collector.lastError().isEmpty()) << collector.lastError().toStdString();
}
