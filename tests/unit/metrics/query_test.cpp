// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "metricstestutil.h"

#include <opsdeck/metrics/query.h>

#include <QRegularExpression>
#include <QTemporaryDir>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace OpsDeck;
using namespace OpsDeck::Metrics;
using namespace OpsDeck::Metrics::Test;
using Backend::MetricSeries;

namespace {

constexpr qint64 kBase = 1'700'000'000'000 / kHourMs * kHourMs;

/**
 * A store with, from kBase on, one sample every 15 s for an hour:
 *   http_requests_total{job="api", instance="1"}  counter +3 per sample
 *   http_requests_total{job="api", instance="2"}  counter +1 per sample, reset to 0 at 30 min
 *   http_requests_total{job="web", instance="1"}  counter +2 per sample
 *   temperature{room="a"} = sample index, temperature{room="b"} = 100 - index
 *   rt_seconds_bucket{le=0.1|0.5|1|+Inf}          cumulative 10/60/90/100 × index
 */
class QueryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_clock.now->store(kBase + 2 * kHourMs);
        auto store = MetricsStore::open(m_dir.path(), testOptions(m_clock));
        ASSERT_TRUE(store.ok()) << errorOf(store);
        m_store = *store;
        auto add = [&](const Labels &l, auto valueAt) {
            auto ref = m_store->series(l);
            ASSERT_TRUE(ref.ok()) << errorOf(ref);
            for (int i = 0; i < kSamples; ++i)
                ASSERT_EQ(m_store->append(*ref, at(i * 15), valueAt(i)), MetricsStore::AppendStatus::Ok);
        };
        add(labels({{u"__name__"_s, u"http_requests_total"_s}, {u"job"_s, u"api"_s}, {u"instance"_s, u"1"_s}}),
            [](int i) { return 3.0 * i; });
        add(labels({{u"__name__"_s, u"http_requests_total"_s}, {u"job"_s, u"api"_s}, {u"instance"_s, u"2"_s}}),
            [](int i) { return i < 120 ? double(i) : double(i - 120); });
        add(labels({{u"__name__"_s, u"http_requests_total"_s}, {u"job"_s, u"web"_s}, {u"instance"_s, u"1"_s}}),
            [](int i) { return 2.0 * i; });
        add(labels({{u"__name__"_s, u"temperature"_s}, {u"room"_s, u"a"_s}}), [](int i) { return double(i); });
        add(labels({{u"__name__"_s, u"temperature"_s}, {u"room"_s, u"b"_s}}), [](int i) { return 100.0 - i; });
        const QList<std::pair<QString, double>> buckets{{u"0.1"_s, 10}, {u"0.5"_s, 60}, {u"1"_s, 90}, {u"+Inf"_s, 100}};
        for (const auto &[le, perSample] : buckets) {
            const double factor = perSample;
            add(labels({{u"__name__"_s, u"rt_seconds_bucket"_s}, {u"le"_s, le}}),
                [factor](int i) { return factor * i; });
        }
    }

    static qint64 at(int seconds) { return kBase + seconds * 1000LL; }

    QList<MetricSeries> instant(const QString &expr, int atSeconds)
    {
        auto r = evaluateInstant(*m_store, expr, at(atSeconds));
        EXPECT_TRUE(r.ok()) << expr.toStdString() << ": " << errorOf(r);
        return r.ok() ? *r : QList<MetricSeries>{};
    }

    /** The single value of the series whose label \a key is \a value. */
    static double valueWhere(const QList<MetricSeries> &series, const QString &key, const QString &value)
    {
        for (const MetricSeries &s : series) {
            if (s.labels.value(key) == value && s.samples.size() == 1)
                return s.samples.first().value;
        }
        ADD_FAILURE() << "no series with " << key.toStdString() << "=" << value.toStdString();
        return std::nan("");
    }

    static constexpr int kSamples = 240;
    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::shared_ptr<MetricsStore> m_store;
};

} // namespace

TEST_F(QueryTest, SelectorsWithAllFourMatchers)
{
    EXPECT_EQ(instant(u"http_requests_total"_s, 600).size(), 3);
    EXPECT_EQ(instant(u"http_requests_total{job=\"api\"}"_s, 600).size(), 2);
    EXPECT_EQ(instant(u"http_requests_total{job!=\"api\"}"_s, 600).size(), 1);
    EXPECT_EQ(instant(u"http_requests_total{job=~\"a.*\"}"_s, 600).size(), 2);
    EXPECT_EQ(instant(u"http_requests_total{job=~\"a\"}"_s, 600).size(), 0) << "regexes are anchored";
    EXPECT_EQ(instant(u"http_requests_total{job!~\"api|web\"}"_s, 600).size(), 0);
    EXPECT_EQ(instant(u"{__name__=~\"temp.*\", room=\"b\"}"_s, 600).size(), 1);
    EXPECT_EQ(instant(u"http_requests_total{nosuch=\"\"}"_s, 600).size(), 3) << "a missing label equals \"\"";
    const auto a = instant(u"temperature{room='a'}"_s, 607); // between samples 40 (600 s) and 41
    ASSERT_EQ(a.size(), 1);
    EXPECT_EQ(a[0].samples.first().value, 40);
    EXPECT_EQ(a[0].samples.first().timestampMs, at(607));
    EXPECT_EQ(a[0].labels.value(u"__name__"_s), u"temperature"_s);
    // Lookback is 5 minutes: 10 minutes after the last sample there is nothing.
    EXPECT_EQ(instant(u"temperature"_s, 240 * 15 + 600).size(), 0);
}

TEST_F(QueryTest, RateAndIncreaseExtrapolateAndHandleResets)
{
    const auto rate = instant(u"rate(http_requests_total{job=\"api\"}[5m])"_s, 1800 - 5);
    ASSERT_EQ(rate.size(), 2);
    for (const MetricSeries &s : rate)
        EXPECT_FALSE(s.labels.contains(u"__name__"_s)) << "functions drop the metric name";
    // +3 per 15 s is exactly 0.2/s; +1 per 15 s is 1/15.
    EXPECT_NEAR(valueWhere(rate, u"instance"_s, u"1"_s), 0.2, 1e-9);
    EXPECT_NEAR(valueWhere(rate, u"instance"_s, u"2"_s), 1.0 / 15, 1e-9);
    // Across instance 2's reset at 1800 s the increase still counts up: 101..119
    // is +18, the reset to 0 counts as +0, 0..20 is +20; 38 over 585 s of
    // samples, extrapolated by 15 s to the window's 600 s.
    const auto increase = instant(u"increase(http_requests_total{instance=\"2\"}[10m])"_s, 2100);
    ASSERT_EQ(increase.size(), 1);
    EXPECT_NEAR(increase[0].samples.first().value, 38.0 * 600 / 585, 1e-9);
}

TEST_F(QueryTest, OverTimeFunctions)
{
    // temperature{room="a"} at 0..600 s: window (300, 600] holds samples 21..40.
    const auto avg = instant(u"avg_over_time(temperature{room=\"a\"}[5m])"_s, 600);
    EXPECT_DOUBLE_EQ(avg.value(0).samples.value(0).value, (21 + 40) / 2.0);
    EXPECT_DOUBLE_EQ(instant(u"max_over_time(temperature{room=\"a\"}[5m])"_s, 600).value(0).samples.value(0).value, 40);
    EXPECT_DOUBLE_EQ(instant(u"min_over_time(temperature{room=\"a\"}[5m])"_s, 600).value(0).samples.value(0).value, 21);
    EXPECT_DOUBLE_EQ(instant(u"count_over_time(temperature{room=\"a\"}[5m])"_s, 600).value(0).samples.value(0).value, 20);
}

TEST_F(QueryTest, AggregationsByAndWithout)
{
    const auto byJob = instant(u"sum by (job) (http_requests_total)"_s, 600); // sample 40
    ASSERT_EQ(byJob.size(), 2);
    EXPECT_EQ(valueWhere(byJob, u"job"_s, u"api"_s), 120 + 40);
    EXPECT_EQ(valueWhere(byJob, u"job"_s, u"web"_s), 80);
    EXPECT_EQ(byJob[0].labels.keys(), QStringList{u"job"_s});
    const auto without = instant(u"max(http_requests_total) without (job)"_s, 600);
    ASSERT_EQ(without.size(), 2);
    EXPECT_EQ(valueWhere(without, u"instance"_s, u"1"_s), 120);
    EXPECT_EQ(instant(u"count(temperature)"_s, 600).value(0).samples.value(0).value, 2);
    EXPECT_EQ(instant(u"avg(temperature)"_s, 600).value(0).samples.value(0).value, 50);
    EXPECT_EQ(instant(u"min(temperature)"_s, 600).value(0).samples.value(0).value, 40);
}

TEST_F(QueryTest, HistogramQuantile)
{
    // At sample 100: buckets 1000 / 6000 / 9000 / 10000. The median (rank
    // 5000) lies in (0.1, 0.5]: 0.1 + 0.4 × (4000 / 5000).
    const auto median = instant(u"histogram_quantile(0.5, rt_seconds_bucket)"_s, 1500);
    ASSERT_EQ(median.size(), 1);
    EXPECT_NEAR(median[0].samples.first().value, 0.1 + 0.4 * 0.8, 1e-12);
    // p95 (rank 9500) falls into +Inf: the highest finite bound.
    EXPECT_DOUBLE_EQ(instant(u"histogram_quantile(0.95, rt_seconds_bucket)"_s, 1500).value(0).samples.value(0).value, 1);
    const auto rated = instant(u"histogram_quantile(0.5, rate(rt_seconds_bucket[5m]))"_s, 1500);
    EXPECT_NEAR(rated.value(0).samples.value(0).value, 0.42, 1e-9);
}

TEST_F(QueryTest, ArithmeticComparisonAndOffset)
{
    EXPECT_EQ(instant(u"temperature{room=\"a\"} * 2 + 1"_s, 600).value(0).samples.value(0).value, 81);
    EXPECT_EQ(instant(u"100 - temperature{room=\"a\"}"_s, 600).value(0).samples.value(0).value, 60);
    EXPECT_EQ(instant(u"2 ^ 3 ^ 2"_s, 600).value(0).samples.value(0).value, 512) << "^ is right-associative";
    EXPECT_EQ(instant(u"-2 ^ 2"_s, 600).value(0).samples.value(0).value, -4);
    EXPECT_EQ(instant(u"(1 + 2) * 3 % 5"_s, 600).value(0).samples.value(0).value, 4);
    // A comparison filters and keeps the name; with bool it answers 0/1.
    const auto hot = instant(u"temperature > 50"_s, 600);
    ASSERT_EQ(hot.size(), 1);
    EXPECT_EQ(hot[0].labels.value(u"room"_s), u"b"_s);
    EXPECT_EQ(hot[0].labels.value(u"__name__"_s), u"temperature"_s);
    EXPECT_EQ(hot[0].samples.first().value, 60);
    const auto flags = instant(u"temperature >= bool 60"_s, 600);
    ASSERT_EQ(flags.size(), 2);
    EXPECT_EQ(valueWhere(flags, u"room"_s, u"a"_s), 0);
    EXPECT_EQ(valueWhere(flags, u"room"_s, u"b"_s), 1);
    EXPECT_EQ(instant(u"temperature{room=\"a\"} offset 5m"_s, 600).value(0).samples.value(0).value, 20);
    EXPECT_EQ(instant(u"max_over_time(temperature{room=\"a\"}[1m] offset 10m)"_s, 900).value(0).samples.value(0).value, 20);
}

TEST_F(QueryTest, ParseErrorsSayWhereAndWhat)
{
    struct Case
    {
        QString expr;
        QString position;
        QString mentions;
    };
    const QList<Case> cases{
        {u"temperature{room=\"a\""_s, u"1:21:"_s, u"expected \",\" or \"}\""_s},
        {u"temperature{room=}"_s, u"1:18:"_s, u"quoted label value"_s},
        {u"rate(temperature)"_s, u"1:6:"_s, u"range vector"_s},
        {u"temperature[5x]"_s, u"1:14:"_s, u"unknown duration unit"_s},
        {u"sum by (room temperature"_s, u"1:14:"_s, u"expected \",\" or \")\""_s},
        {u"nosuchfn(temperature)"_s, u"1:1:"_s, u"unknown function"_s},
        {u"temperature +"_s, u"1:14:"_s, u"end of input"_s},
        {u"temperature{room=~\"(\"}"_s, u"1:19:"_s, u"regular expression"_s},
        {u"1 > 2"_s, u"1:3:"_s, u"bool"_s},
        {u"temperature\n  + )"_s, u"2:5:"_s, u"unexpected"_s},
        {u"{room=~\".*\"}"_s, u"1:1:"_s, u"does not match the empty value"_s},
    };
    static const QRegularExpression position(u"^\\d+:\\d+:"_s);
    for (const Case &c : cases) {
        const auto r = checkQuery(c.expr);
        ASSERT_FALSE(r.ok()) << c.expr.toStdString() << " was accepted";
        EXPECT_EQ(r.error().code, ErrorCode::Parse) << c.expr.toStdString() << " → " << text(r.error());
        EXPECT_TRUE(r.error().detail.startsWith(c.position)) << c.expr.toStdString() << " → " << text(r.error());
        EXPECT_TRUE(r.error().detail.contains(c.mentions)) << c.expr.toStdString() << " → " << text(r.error());
    }
}

TEST_F(QueryTest, UnsupportedPromQLIsNamed)
{
    for (const QString &expr : {u"irate(x[5m])"_s, u"topk(3, x)"_s, u"x and y"_s, u"x / on(job) y"_s,
                                u"x[5m:1m]"_s, u"x @ 100"_s, u"a + b"_s, u"label_replace(x, \"a\", \"b\", \"c\", \"d\")"_s,
                                u"\"text\""_s}) {
        const auto r = checkQuery(expr);
        ASSERT_FALSE(r.ok()) << expr.toStdString() << " was accepted";
        EXPECT_EQ(r.error().code, ErrorCode::Unsupported) << expr.toStdString() << " → " << text(r.error());
        EXPECT_TRUE(r.error().message.contains(u"Not supported by the embedded source"_s)) << text(r.error());
        EXPECT_TRUE(QRegularExpression(u"^\\d+:\\d+: not supported by the embedded source: "_s)
                        .match(r.error().detail).hasMatch()) << text(r.error());
    }
}

TEST_F(QueryTest, RangeQueriesStepAndPickRollups)
{
    auto r = evaluateRange(*m_store, u"temperature{room=\"a\"}"_s, at(0), at(600), 15'000);
    ASSERT_TRUE(r.ok()) << errorOf(r);
    ASSERT_EQ(r->size(), 1);
    ASSERT_EQ(r->first().samples.size(), 41);
    for (int i = 0; i <= 40; ++i)
        EXPECT_EQ(r->first().samples[i].value, i);

    EXPECT_EQ(*rangeResolution(u"temperature"_s, 15'000), Resolution::Raw);
    EXPECT_EQ(*rangeResolution(u"temperature"_s, 60'000), Resolution::Minute);
    EXPECT_EQ(*rangeResolution(u"rate(x[1m])"_s, 60'000), Resolution::Raw) << "a 1m window needs raw data";
    EXPECT_EQ(*rangeResolution(u"avg_over_time(x[10m])"_s, 300'000), Resolution::Minute);
    EXPECT_EQ(*rangeResolution(u"temperature"_s, 3'600'000), Resolution::Hour);

    // Roll the hour up, then read it at a 1-minute step: the minute rollups
    // give the same answers as raw data for max_over_time and the selector.
    m_clock.now->store(kBase + 3 * kHourMs);
    ASSERT_TRUE(m_store->compact().ok());
    auto minute = evaluateRange(*m_store, u"max_over_time(temperature{room=\"a\"}[5m])"_s, at(600), at(3000), 60'000);
    auto raw = evaluateRange(*m_store, u"max_over_time(temperature{room=\"a\"}[5m])"_s, at(600), at(3000), 59'999);
    ASSERT_TRUE(minute.ok() && raw.ok());
    ASSERT_EQ(minute->size(), 1);
    ASSERT_EQ(minute->first().samples.size(), 41);
    for (const auto &sample : minute->first().samples) {
        // Minute buckets end 15 s before a step on the minute: the last sample
        // of the window is the one at t - 15 s (the raw answer at t is t/15).
        const double rawAnswer = double((sample.timestampMs - kBase) / 15'000);
        EXPECT_NEAR(sample.value, rawAnswer, 1.0) << sample.timestampMs;
    }

    auto tooMany = evaluateRange(*m_store, u"temperature"_s, at(0), at(86'400), 1);
    ASSERT_FALSE(tooMany.ok());
    EXPECT_EQ(tooMany.error().code, ErrorCode::InvalidArgument);
    EXPECT_TRUE(tooMany.error().detail.startsWith(u"step"_s)) << text(tooMany.error());
}

TEST_F(QueryTest, InstantRangeSelectorReturnsTheWindowsSamples)
{
    const auto window = instant(u"temperature{room=\"b\"}[1m]"_s, 600);
    ASSERT_EQ(window.size(), 1);
    ASSERT_EQ(window[0].samples.size(), 4); // 555, 570, 585, 600
    EXPECT_EQ(window[0].samples.last().value, 60);
    EXPECT_EQ(window[0].samples.last().timestampMs, at(600));
}
