// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// The source against Debian's real prometheus: the test starts it on a free
// loopback port with a temporary data folder, has it scrape an endpoint the
// test serves and the project's own MetricsEndpoint (what the console
// serves), and reads the samples back through PromQL.
#include "fakehttpserver.h"
#include "prometheusprocess.h"
#include "testsupport.h"

#include <opsdeck/metrics/metricsendpoint.h>
#include <opsdeck/metrics/registry.h>
#include <opsdeck/remote/prometheussource.h>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QFutureWatcher>
#include <QTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace std::chrono_literals;
using namespace OpsDeck;
using namespace OpsDeck::Remote;
using OpsDeck::Test::FakeHttpServer;
using OpsDeck::Test::PrometheusProcess;
using OpsDeck::Test::waitUntil;

namespace {

constexpr int kSeries = 10;

template<typename T>
Result<T> await(QFuture<Result<T>> future, std::chrono::milliseconds timeout = 20s)
{
    const bool done = waitUntil([&] { return future.isFinished(); }, timeout);
    EXPECT_TRUE(done) << "the future did not finish";
    if (!done || future.resultCount() < 1)
        return fail(ErrorCode::Internal, QStringLiteral("no result"));
    return future.result();
}

/**
 * Prometheus text format for ten counters growing at 10, 20, … 100 per
 * second, in two "kind" groups, and a gauge.
 */
class Exporter
{
public:
    Exporter()
        : m_server([this](const FakeHttpServer::Request &, int) { return scrape(); })
    {
        m_clock.start();
    }
    FakeHttpServer &server() { return m_server; }

    static double ratePerSecond(int series) { return 10.0 * (series + 1); }

private:
    FakeHttpServer::Response scrape()
    {
        const double seconds = double(m_clock.elapsed()) / 1000.0;
        QByteArray text = "# HELP opsdeck_test_requests_total Requests seen by the test exporter.\n"
                          "# TYPE opsdeck_test_requests_total counter\n";
        for (int i = 0; i < kSeries; ++i) {
            text += "opsdeck_test_requests_total{series=\"" + QByteArray::number(i) + "\",kind=\""
                    + (i % 2 == 0 ? "even" : "odd") + "\"} "
                    + QByteArray::number(1000.0 + ratePerSecond(i) * seconds, 'f', 3) + '\n';
        }
        text += "# HELP opsdeck_test_queue_depth Jobs waiting.\n# TYPE opsdeck_test_queue_depth gauge\n"
                "opsdeck_test_queue_depth 7\n";
        FakeHttpServer::Response r;
        r.contentType = "text/plain; version=0.0.4";
        r.body = text;
        return r;
    }

    QElapsedTimer m_clock;
    FakeHttpServer m_server;
};

class RealPrometheus : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (PrometheusProcess::binary().isEmpty() || PrometheusProcess::promtool().isEmpty())
            GTEST_SKIP() << "prometheus or promtool is not installed (packaging/install-deps.sh installs "
                            "Debian's prometheus); the real-server tests need them on PATH";
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_exporter.server().isListening());

        // An hour of history, 10 counters at 1 s, as TSDB blocks made before
        // the server starts (the scraped series only cover the test's own
        // seconds): counter i is (i + 1) × seconds since m_backfillStart.
        m_backfillEnd = QDateTime::currentSecsSinceEpoch() - 5;
        m_backfillStart = m_backfillEnd - 3600;
        QList<Backend::MetricSeries> history;
        for (int i = 0; i < kSeries; ++i) {
            Backend::MetricSeries series;
            series.labels = {{QStringLiteral("__name__"), QStringLiteral("opsdeck_backfill_requests_total")},
                             {QStringLiteral("series"), QString::number(i)}};
            series.samples.reserve(3601);
            for (qint64 t = m_backfillStart; t <= m_backfillEnd; ++t)
                series.samples.append({t * 1000, double((i + 1) * (t - m_backfillStart))});
            history.append(std::move(series));
        }
        const QString backfilled = PrometheusProcess::backfill(history, m_dir.filePath(QStringLiteral("data")),
                                                               m_dir.path());
        ASSERT_TRUE(backfilled.isEmpty()) << qPrintable(backfilled);

        // The project's own endpoint, as the console serves it, with what a
        // console records: a counter growing at 100/s, a gauge, a histogram.
        auto ingested = m_registry.counter(QStringLiteral("opsdeck_log_ingest_records_total"), QStringLiteral("Records."));
        auto depth = m_registry.gauge(QStringLiteral("opsdeck_pipeline_queue_depth"), QStringLiteral("Queue."));
        auto search = m_registry.histogram(QStringLiteral("opsdeck_log_search_duration_seconds"), QStringLiteral("Search."),
                                           Metrics::Registry::defaultSecondsBuckets());
        ASSERT_TRUE(ingested.ok() && depth.ok() && search.ok());
        (*depth)->with().set(3);
        m_ticker.setInterval(100);
        QObject::connect(&m_ticker, &QTimer::timeout, [counter = &(*ingested)->with(), h = &(*search)->with()] {
            counter->inc(10);
            h->observe(0.03); // every search 30 ms: the median lands in the 25–50 ms bucket
        });
        m_ticker.start();
        const auto endpointPort = m_endpoint.listen(QHostAddress::LocalHost, 0);
        ASSERT_TRUE(endpointPort.ok()) << qPrintable(endpointPort.error().toString());

        const QByteArray config = "global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n"
                                  "scrape_configs:\n  - job_name: opsdeck_test\n    static_configs:\n"
                                  "      - targets: ['127.0.0.1:"
                                  + QByteArray::number(m_exporter.server().port()) + "']\n"
                                  "  - job_name: opsdeck_console\n    static_configs:\n"
                                  "      - targets: ['127.0.0.1:" + QByteArray::number(*endpointPort) + "']\n";
        const QString started = m_prometheus.start(m_dir.path(), config);
        ASSERT_TRUE(started.isEmpty()) << qPrintable(started);

        PrometheusSettings settings;
        settings.baseUrl = m_prometheus.url();
        settings.scrapeInterval = 1s;
        m_source = std::make_unique<PrometheusSource>(settings);
    }

    void TearDown() override
    {
        m_source.reset();
        m_prometheus.stop();
    }

    /** Waits until Prometheus holds at least \a samples scrapes of the counters. */
    bool waitForSamples(int samples)
    {
        const QString expr =
            QStringLiteral("min(count_over_time(opsdeck_test_requests_total[1m]))");
        return waitUntil(
            [&] {
                const auto r = await(m_source->instantQuery(expr), 5s);
                return r.ok() && r->series.size() == 1 && r->series[0].samples.value(0).value >= samples;
            },
            30s);
    }

    QTemporaryDir m_dir;
    Exporter m_exporter;
    Metrics::Registry m_registry;
    Metrics::MetricsEndpoint m_endpoint{m_registry};
    QTimer m_ticker;
    PrometheusProcess m_prometheus;
    QNetworkAccessManager m_network;
    std::unique_ptr<PrometheusSource> m_source;
    qint64 m_backfillStart = 0;
    qint64 m_backfillEnd = 0;
};

/**
 * Waits for \a future in an event loop that sleeps until the answer comes.
 * Only for timing: waitUntil() polls, and on a two-core machine its spinning
 * takes the core the parse thread needs.
 */
template<typename T>
Result<T> awaitIdle(QFuture<Result<T>> future)
{
    QEventLoop loop;
    QFutureWatcher<Result<T>> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20s, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    if (!future.isFinished() || future.resultCount() < 1)
        return fail(ErrorCode::Timeout, QStringLiteral("no answer within 20 s"));
    return future.result();
}

} // namespace

TEST_F(RealPrometheus, ReadsBackScrapedSamplesThroughPromQL)
{
    const auto info = await(m_source->checkHealth());
    ASSERT_TRUE(info.ok()) << qPrintable(info.error().toString());
    EXPECT_FALSE(info->version.isEmpty());
    EXPECT_EQ(m_source->health().state, Reliability::HealthState::Healthy);

    ASSERT_TRUE(waitForSamples(6)) << "Prometheus did not scrape the test endpoint";
    EXPECT_GE(m_exporter.server().requestCount(), 6);

    // Instant: the gauge and the target's "up".
    const auto gauge = await(m_source->instantQuery(QStringLiteral("opsdeck_test_queue_depth")));
    ASSERT_TRUE(gauge.ok()) << qPrintable(gauge.error().toString());
    ASSERT_EQ(gauge->series.size(), 1);
    EXPECT_EQ(gauge->series[0].samples[0].value, 7.0);
    EXPECT_EQ(gauge->series[0].labels.value(QStringLiteral("job")), QStringLiteral("opsdeck_test"));

    // rate() over the counters: each grows at 10 × (series + 1) per second.
    const auto rates = await(m_source->instantQuery(QStringLiteral("rate(opsdeck_test_requests_total[5s])")));
    ASSERT_TRUE(rates.ok()) << qPrintable(rates.error().toString());
    ASSERT_EQ(rates->series.size(), kSeries);
    for (const auto &series : rates->series) {
        const int i = series.labels.value(QStringLiteral("series")).toInt();
        EXPECT_NEAR(series.samples[0].value, Exporter::ratePerSecond(i), 0.15 * Exporter::ratePerSecond(i))
            << "series " << i;
    }

    // sum by (kind): even series 0,2,4,6,8 → 10+30+50+70+90 = 250/s; odd → 300/s.
    const auto sums = await(m_source->instantQuery(
        QStringLiteral("sum by (kind) (rate(opsdeck_test_requests_total[5s]))")));
    ASSERT_TRUE(sums.ok()) << qPrintable(sums.error().toString());
    ASSERT_EQ(sums->series.size(), 2);
    for (const auto &series : sums->series) {
        const double expected = series.labels.value(QStringLiteral("kind")) == QStringLiteral("even") ? 250 : 300;
        EXPECT_NEAR(series.samples[0].value, expected, 0.15 * expected);
        EXPECT_EQ(series.labels.size(), 1); // only "kind" survives the aggregation
    }

    // Range: the raw counters at 1 s steps over the last 30 s, in time order and growing.
    const QDateTime end = QDateTime::currentDateTimeUtc();
    const auto range = await(m_source->rangeQuery(
        {QStringLiteral("opsdeck_test_requests_total{series=\"3\"}"), end.addSecs(-30), end, 1s}));
    ASSERT_TRUE(range.ok()) << qPrintable(range.error().toString());
    EXPECT_EQ(range->type, ResultType::Matrix);
    ASSERT_EQ(range->series.size(), 1);
    const auto &samples = range->series[0].samples;
    ASSERT_GE(samples.size(), 5);
    for (qsizetype i = 1; i < samples.size(); ++i) {
        EXPECT_EQ(samples[i].timestampMs - samples[i - 1].timestampMs, 1000);
        EXPECT_GE(samples[i].value, samples[i - 1].value);
    }
    // Values are what we served: 1000 + 40/s since the exporter started.
    EXPECT_GE(samples.first().value, 1000.0);

    // A range of rates, with the step from a pixel width: 30 s at 10 px needs 3.33 s → 5 s.
    const auto rateRange = await(m_source->rangeQuery(
        {QStringLiteral("sum(rate(opsdeck_test_requests_total[5s]))"), end.addSecs(-30), end, 0ms}, 10));
    ASSERT_TRUE(rateRange.ok()) << qPrintable(rateRange.error().toString());
    EXPECT_EQ(rateRange->step, 5s);
    ASSERT_EQ(rateRange->series.size(), 1);
    EXPECT_LE(rateRange->series[0].samples.size(), 10);
    EXPECT_NEAR(rateRange->series[0].samples.last().value, 550.0, 0.15 * 550.0);

    // Series listing.
    const auto listed = await(m_source->series({QStringLiteral("opsdeck_test_requests_total")},
                                               end.addSecs(-300), end));
    ASSERT_TRUE(listed.ok()) << qPrintable(listed.error().toString());
    ASSERT_EQ(listed->size(), kSeries);
    for (const LabelSet &labels : *listed) {
        EXPECT_EQ(labels.value(QStringLiteral("__name__")), QStringLiteral("opsdeck_test_requests_total"));
        EXPECT_TRUE(labels.contains(QStringLiteral("instance")));
    }

    // Invalid PromQL: Prometheus' own parse error reaches the caller.
    const auto invalid = await(m_source->instantQuery(QStringLiteral("sum by (kind (")));
    ASSERT_FALSE(invalid.ok());
    EXPECT_EQ(invalid.error().code, ErrorCode::Parse);
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\d+:\\d+: parse error: ")).match(invalid.error().detail).hasMatch())
        << qPrintable(invalid.error().detail);
    EXPECT_TRUE(invalid.error().message.contains(QStringLiteral("parse error"))) << qPrintable(invalid.error().message);
    EXPECT_EQ(m_source->health().state, Reliability::HealthState::Healthy);

    // Through the interface, as a panel sees it.
    Backend::IMetricsSource &source = *m_source;
    const auto viaInterface = await(source.instant(QStringLiteral("count(opsdeck_test_requests_total)"), {}));
    ASSERT_TRUE(viaInterface.ok());
    ASSERT_EQ(viaInterface->size(), 1);
    EXPECT_EQ(viaInterface->at(0).samples[0].value, double(kSeries));
}

TEST_F(RealPrometheus, ScrapesTheProjectsOwnEndpointAndReadsItBack)
{
    // Prometheus scrapes MetricsEndpoint (the console's /metrics) every second.
    const QString ready = QStringLiteral("count_over_time(opsdeck_log_ingest_records_total{job=\"opsdeck_console\"}[1m])");
    ASSERT_TRUE(waitUntil(
        [&] {
            const auto r = await(m_source->instantQuery(ready), 5s);
            return r.ok() && r->series.size() == 1 && r->series[0].samples.value(0).value >= 6;
        },
        30s))
        << "Prometheus did not scrape the project's endpoint";
    EXPECT_GE(m_endpoint.requestsServed(), 6);

    const auto depth = await(m_source->instantQuery(QStringLiteral("opsdeck_pipeline_queue_depth{job=\"opsdeck_console\"}")));
    ASSERT_TRUE(depth.ok()) << qPrintable(depth.error().toString());
    ASSERT_EQ(depth->series.size(), 1);
    EXPECT_EQ(depth->series[0].samples[0].value, 3.0);

    // Range data through PromQL: the counter's rate (100/s) and the histogram's median.
    const QDateTime end = QDateTime::currentDateTimeUtc();
    Backend::IMetricsSource &source = *m_source;
    const auto rate = await(source.range({QStringLiteral("rate(opsdeck_log_ingest_records_total[3s])"),
                                          end.addSecs(-20), end, 1s}));
    ASSERT_TRUE(rate.ok()) << qPrintable(rate.error().toString());
    ASSERT_EQ(rate->size(), 1);
    ASSERT_GE(rate->at(0).samples.size(), 3);
    EXPECT_NEAR(rate->at(0).samples.last().value, 100.0, 25.0);
    const auto median = await(source.range(
        {QStringLiteral("histogram_quantile(0.5, rate(opsdeck_log_search_duration_seconds_bucket[3s]))"),
         end.addSecs(-20), end, 1s}));
    ASSERT_TRUE(median.ok()) << qPrintable(median.error().toString());
    ASSERT_EQ(median->size(), 1);
    ASSERT_FALSE(median->at(0).samples.isEmpty());
    const double q = median->at(0).samples.last().value;
    EXPECT_GT(q, 0.025);
    EXPECT_LE(q, 0.05);
}

TEST_F(RealPrometheus, MeasuresAnHourAtOneSecondOfTenSeries)
{
    const QDateTime start = QDateTime::fromSecsSinceEpoch(m_backfillStart, Qt::UTC);
    const QDateTime end = QDateTime::fromSecsSinceEpoch(m_backfillEnd, Qt::UTC);
    const Backend::RangeQuery query{QStringLiteral("opsdeck_backfill_requests_total"), start, end, 1s};

    QList<qint64> timings;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer clock;
        clock.start();
        const auto result = awaitIdle(m_source->rangeQuery(query));
        timings << clock.elapsed();
        ASSERT_TRUE(result.ok()) << qPrintable(result.error().toString());
        ASSERT_EQ(result->series.size(), kSeries);
        for (const auto &series : result->series) {
            ASSERT_EQ(series.samples.size(), 3601);
            const int i = series.labels.value(QStringLiteral("series")).toInt();
            // Steps fall on the backfilled seconds, so each value is exact.
            for (qsizetype k = 0; k < series.samples.size(); k += 600) {
                EXPECT_EQ(series.samples[k].timestampMs, (m_backfillStart + k) * 1000);
                EXPECT_EQ(series.samples[k].value, double((i + 1) * k));
            }
        }
    }
    std::sort(timings.begin(), timings.end());

    // The same answer fetched raw, to split server time from our reading.
    QUrl url(m_prometheus.url().toString() + QStringLiteral("/api/v1/query_range"));
    url.setQuery(QStringLiteral("query=opsdeck_backfill_requests_total&start=%1&end=%2&step=1")
                     .arg(m_backfillStart).arg(m_backfillEnd));
    QElapsedTimer fetchClock;
    fetchClock.start();
    QNetworkReply *reply = m_network.get(QNetworkRequest(url));
    ASSERT_TRUE(waitUntil([reply] { return reply->isFinished(); }, 20s));
    const qint64 fetchMs = fetchClock.elapsed();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    // Reading alone, best of five (the machine is shared: the best run is
    // the one least disturbed), and the JSON tree alone, for the split.
    qint64 parseMs = std::numeric_limits<qint64>::max();
    qint64 treeMs = std::numeric_limits<qint64>::max();
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer parseClock;
        parseClock.start();
        const auto parsed = parseQueryResponse(body);
        parseMs = std::min(parseMs, parseClock.elapsed());
        ASSERT_TRUE(parsed.ok());
        ASSERT_EQ(parsed->series.size(), kSeries);
        parseClock.restart();
        const QJsonDocument tree = QJsonDocument::fromJson(body);
        treeMs = std::min(treeMs, parseClock.elapsed());
        ASSERT_TRUE(tree.isObject());
    }

    qInfo().noquote() << QStringLiteral("1 h at 1 s of %1 series (%2 points, %3 KiB) from the real Prometheus, "
                                        "request to parsed: median %4 ms, best %5 ms, worst %6 ms (%7 runs); "
                                        "raw fetch %8 ms; reading alone, best of 5: %9 ms, of which the JSON tree %10 ms")
                             .arg(kSeries).arg(kSeries * 3601).arg(body.size() / 1024)
                             .arg(timings[timings.size() / 2]).arg(timings.first()).arg(timings.last())
                             .arg(timings.size()).arg(fetchMs).arg(parseMs).arg(treeMs);
}
