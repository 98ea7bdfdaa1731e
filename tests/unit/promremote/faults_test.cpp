// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// The source against fake servers on 127.0.0.1 that misbehave on purpose.
#include "fakehttpserver.h"
#include "testsupport.h"

#include <opsdeck/remote/prometheussource.h>

#include "httpcall.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QSignalSpy>
#include <QtConcurrent/QtConcurrentRun>

#include <gtest/gtest.h>

using namespace std::chrono_literals;
using namespace OpsDeck;
using namespace OpsDeck::Remote;
using OpsDeck::Reliability::HealthState;
using OpsDeck::Test::FakeHttpServer;
using OpsDeck::Test::waitUntil;

namespace {

const QByteArray kVector =
    R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"job":"a"},"value":[1780000000,"7"]}]}})";
const QByteArray kBuildInfo = R"({"status":"success","data":{"version":"2.42.0","revision":"fake"}})";

/** Quick settings for tests: short waits, three attempts, a breaker that opens after three failures. */
PrometheusSettings fastSettings(const QUrl &url)
{
    PrometheusSettings s;
    s.baseUrl = url;
    s.requestTimeout = 2000ms;
    s.backoff = {10ms, 100ms, 3, 5ms};
    s.breaker = {3, 400ms, 1, 1};
    return s;
}

template<typename T>
Result<T> await(QFuture<Result<T>> future, std::chrono::milliseconds timeout = 10s)
{
    const bool done = waitUntil([&] { return future.isFinished(); }, timeout);
    EXPECT_TRUE(done) << "the future did not finish";
    if (!done || future.resultCount() < 1)
        return fail(ErrorCode::Internal, QStringLiteral("no result"));
    return future.result();
}

HealthState healthOf(const PrometheusSource &source)
{
    return source.health().state;
}

QString reasonOf(const PrometheusSource &source)
{
    const auto *check = source.health().check(u"prometheus");
    return check ? check->message : QString();
}

} // namespace

TEST(PrometheusFaults, MalformedJsonIsAnErrorNotAnEmptyResult)
{
    FakeHttpServer server([](const auto &, int) { return FakeHttpServer::Response::json("{\"status\": \"succ"); });
    ASSERT_TRUE(server.isListening());
    PrometheusSource source(fastSettings(server.url()));
    const auto result = await(source.instantQuery(QStringLiteral("up")));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Parse);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("cut short"))) << qPrintable(result.error().message);
    EXPECT_EQ(server.requestCount(), 1); // a malformed answer is not retried: it would not improve
    EXPECT_EQ(healthOf(source), HealthState::Degraded);
    EXPECT_TRUE(reasonOf(source).contains(QStringLiteral("Malformed"))) << qPrintable(reasonOf(source));
}

TEST(PrometheusFaults, WrongTypesNameTheFieldPath)
{
    FakeHttpServer server([](const auto &, int) {
        return FakeHttpServer::Response::json(
            R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"job":"a"},"values":[[1,"1"],[2,2]]}]}})");
    });
    PrometheusSource source(fastSettings(server.url()));
    const auto result = await(source.rangeQuery({QStringLiteral("up"), QDateTime::currentDateTimeUtc().addSecs(-60),
                                                 QDateTime::currentDateTimeUtc(), 15s}));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Parse);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("data.result[0].values[1][1]: expected a string, got a number")))
        << qPrintable(result.error().message);
}

TEST(PrometheusFaults, TruncatedBodyIsRetriedThenNamed)
{
    // The server promises 4,096 bytes and closes after a few: the connection broke mid-answer.
    FakeHttpServer server([](const auto &, int) {
        FakeHttpServer::Response r = FakeHttpServer::Response::json(kVector.left(30));
        r.contentLength = 4096;
        return r;
    });
    PrometheusSource source(fastSettings(server.url()));
    const auto result = await(source.instantQuery(QStringLiteral("up")));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Unavailable);
    EXPECT_EQ(server.requestCount(), 3); // a broken connection is worth another try
    EXPECT_TRUE(result.error().detail.contains(QStringLiteral("gave up after 3 attempts"))) << qPrintable(result.error().toString());
}

TEST(PrometheusFaults, Http500ThenSuccessIsRetried)
{
    FakeHttpServer server([](const auto &, int index) {
        return index == 0 ? FakeHttpServer::Response::json("oops", 500) : FakeHttpServer::Response::json(kVector);
    });
    PrometheusSource source(fastSettings(server.url()));
    const auto result = await(source.instantQuery(QStringLiteral("up{job=\"a\"} + 1")));
    ASSERT_TRUE(result.ok()) << qPrintable(result.error().toString());
    ASSERT_EQ(result->series.size(), 1);
    EXPECT_EQ(result->series[0].samples[0].value, 7.0);
    ASSERT_EQ(server.requestCount(), 2);
    // Both attempts asked the same thing, and '+' reached the server as a plus, not a space.
    EXPECT_EQ(server.requests()[1].query.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded),
              QStringLiteral("up{job=\"a\"} + 1"));
    EXPECT_EQ(healthOf(source), HealthState::Degraded);
    EXPECT_TRUE(reasonOf(source).contains(QStringLiteral("2 attempts"))) << qPrintable(reasonOf(source));
    // A clean answer next time: healthy again.
    ASSERT_TRUE(await(source.instantQuery(QStringLiteral("up"))).ok());
    EXPECT_EQ(healthOf(source), HealthState::Healthy);
}

TEST(PrometheusFaults, RetryAfterIsHonoured)
{
    FakeHttpServer server([](const auto &, int index) {
        if (index > 0)
            return FakeHttpServer::Response::json(kVector);
        FakeHttpServer::Response r = FakeHttpServer::Response::json(
            R"({"status":"error","errorType":"unavailable","error":"too many queries"})", 503);
        r.headers.emplaceBack("Retry-After", "1");
        return r;
    });
    PrometheusSource source(fastSettings(server.url())); // backoff alone would wait ~10 ms
    QElapsedTimer clock;
    clock.start();
    const auto result = await(source.instantQuery(QStringLiteral("up")));
    ASSERT_TRUE(result.ok()) << qPrintable(result.error().toString());
    EXPECT_GE(clock.elapsed(), 1000);
    EXPECT_EQ(server.requestCount(), 2);
}

TEST(PrometheusFaults, RetryAfterLongerThanAllowedFailsAtOnceAndSaysSo)
{
    FakeHttpServer server([](const auto &, int) {
        FakeHttpServer::Response r = FakeHttpServer::Response::json("busy", 429);
        r.contentType = "text/plain";
        r.headers.emplaceBack("Retry-After", "120");
        return r;
    });
    PrometheusSource source(fastSettings(server.url()));
    const auto result = await(source.instantQuery(QStringLiteral("up")));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(server.requestCount(), 1);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("HTTP 429"))) << qPrintable(result.error().toString());
    EXPECT_TRUE(result.error().detail.contains(QStringLiteral("retry after 120 s"))) << qPrintable(result.error().toString());
}

TEST(PrometheusFaults, ServerThatNeverAnswersTimesOut)
{
    FakeHttpServer server([](const auto &, int) {
        FakeHttpServer::Response r;
        r.hang = true;
        return r;
    });
    PrometheusSettings settings = fastSettings(server.url());
    settings.requestTimeout = 300ms;
    settings.backoff.maxAttempts = 2;
    PrometheusSource source(settings);
    QElapsedTimer clock;
    clock.start();
    const auto result = await(source.instantQuery(QStringLiteral("up")));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Timeout);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("within 300 ms"))) << qPrintable(result.error().message);
    EXPECT_GE(clock.elapsed(), 600);
    EXPECT_LT(clock.elapsed(), 5000);
    EXPECT_EQ(server.requestCount(), 2);
    EXPECT_EQ(healthOf(source), HealthState::Degraded); // slow, not gone
}

TEST(PrometheusFaults, ClosedPortOpensTheBreakerWhichFailsFastThenRecovers)
{
    const quint16 port = OpsDeck::Test::closedPort();
    PrometheusSource source(fastSettings(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));
    QSignalSpy healthSpy(&source, &PrometheusSource::healthChanged);

    const auto first = await(source.instantQuery(QStringLiteral("up")));
    ASSERT_FALSE(first.ok());
    EXPECT_EQ(first.error().code, ErrorCode::Unavailable);
    EXPECT_TRUE(first.error().message.contains(QStringLiteral("Cannot reach Prometheus"))) << qPrintable(first.error().toString());
    // Three refused attempts: the breaker (threshold 3) is open now.
    EXPECT_EQ(source.breakerState(), Reliability::CircuitBreaker::State::Open);
    EXPECT_EQ(healthOf(source), HealthState::Unhealthy);
    EXPECT_TRUE(reasonOf(source).contains(QStringLiteral("circuit breaker open"))) << qPrintable(reasonOf(source));

    QElapsedTimer clock;
    clock.start();
    const auto second = await(source.instantQuery(QStringLiteral("up")));
    ASSERT_FALSE(second.ok());
    EXPECT_LT(clock.elapsed(), 250); // no connection attempted (see OpenBreakerSendsNothing)
    EXPECT_TRUE(second.error().message.contains(QStringLiteral("circuit breaker open"))) << qPrintable(second.error().message);
    EXPECT_TRUE(second.error().message.contains(QStringLiteral("next try is in"))) << qPrintable(second.error().message);
    EXPECT_TRUE(second.error().detail.contains(QStringLiteral("Cannot reach"))) << qPrintable(second.error().detail);

    // Something starts listening; after the open duration a trial goes out and closes the circuit.
    FakeHttpServer server([](const auto &, int) { return FakeHttpServer::Response::json(kBuildInfo); }, port);
    ASSERT_TRUE(server.isListening());
    EXPECT_EQ(source.breakerState(), Reliability::CircuitBreaker::State::Open);
    // The breaker's open duration (400 ms) must pass on the real clock.
    waitUntil([&] { return clock.elapsed() > 450; }, 1s);
    const auto probe = await(source.checkHealth());
    ASSERT_TRUE(probe.ok()) << qPrintable(probe.error().toString());
    EXPECT_EQ(probe->version, QStringLiteral("2.42.0"));
    EXPECT_EQ(source.breakerState(), Reliability::CircuitBreaker::State::Closed);
    EXPECT_EQ(healthOf(source), HealthState::Healthy);
    EXPECT_GE(healthSpy.count(), 2);
}

TEST(PrometheusFaults, HealthFollowsWhatItSees)
{
    bool failing = false;
    FakeHttpServer server([&failing](const FakeHttpServer::Request &request, int) {
        if (request.headers.value("authorization") != "Bearer s3cret")
            return FakeHttpServer::Response::json("unauthorized", 401);
        if (failing)
            return FakeHttpServer::Response::json("down for maintenance", 503);
        return FakeHttpServer::Response::json(request.path == "/api/v1/status/buildinfo" ? kBuildInfo : kVector);
    });
    PrometheusSettings settings = fastSettings(server.url());
    settings.breaker.failureThreshold = 10;
    settings.authorization = PrometheusSettings::bearer(QStringLiteral("s3cret"));
    PrometheusSource source(settings);
    EXPECT_EQ(healthOf(source), HealthState::Unknown);

    ASSERT_TRUE(await(source.checkHealth()).ok());
    EXPECT_EQ(healthOf(source), HealthState::Healthy);
    EXPECT_EQ(server.requests().last().path, QByteArray("/api/v1/status/buildinfo"));

    failing = true;
    const auto failed = await(source.instantQuery(QStringLiteral("up")));
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.error().message.contains(QStringLiteral("HTTP 503"))) << qPrintable(failed.error().message);
    EXPECT_EQ(healthOf(source), HealthState::Degraded);
    EXPECT_TRUE(reasonOf(source).contains(QStringLiteral("HTTP 503"))) << qPrintable(reasonOf(source));

    failing = false;
    ASSERT_TRUE(await(source.instantQuery(QStringLiteral("up"))).ok());
    EXPECT_EQ(healthOf(source), HealthState::Healthy);

    PrometheusSettings wrong = settings;
    wrong.authorization = PrometheusSettings::basic(QStringLiteral("me"), QStringLiteral("nope"));
    PrometheusSource refused(wrong);
    const auto denied = await(refused.instantQuery(QStringLiteral("up")));
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().code, ErrorCode::Unauthenticated);
    EXPECT_EQ(healthOf(refused), HealthState::Unhealthy);
    EXPECT_EQ(server.requests().last().headers.value("authorization"), QByteArray("Basic bWU6bm9wZQ=="));
    EXPECT_FALSE(denied.error().toString().contains(QStringLiteral("nope")));
}

TEST(PrometheusFaults, PrometheusErrorsAreNotRetriedAndKeepTheirText)
{
    FakeHttpServer server([](const auto &, int) {
        return FakeHttpServer::Response::json(
            R"({"status":"error","errorType":"bad_data","error":"invalid parameter \"query\": 1:5: parse error: unexpected end of input"})",
            400);
    });
    PrometheusSource source(fastSettings(server.url()));
    const auto result = await(source.instantQuery(QStringLiteral("sum(")));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Parse);
    EXPECT_EQ(result.error().detail, QStringLiteral("1:5: parse error: unexpected end of input"));
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("parse error: unexpected end of input")));
    EXPECT_EQ(server.requestCount(), 1);
    EXPECT_EQ(healthOf(source), HealthState::Healthy); // the server works; the query was wrong

    FakeHttpServer notFound([](const auto &, int) {
        FakeHttpServer::Response r = FakeHttpServer::Response::json("404 page not found", 404);
        r.contentType = "text/plain";
        return r;
    });
    PrometheusSource wrongUrl(fastSettings(notFound.url()));
    const auto missing = await(wrongUrl.instantQuery(QStringLiteral("up")));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("is the base URL right"))) << qPrintable(missing.error().message);
}

TEST(PrometheusFaults, CallsFromAnotherThreadAndDestructionMidCall)
{
    FakeHttpServer server([](const FakeHttpServer::Request &request, int) {
        FakeHttpServer::Response r = FakeHttpServer::Response::json(kVector);
        r.hang = request.query.queryItemValue(QStringLiteral("query")) == QStringLiteral("hang");
        return r;
    });
    auto *source = new PrometheusSource(fastSettings(server.url()));
    // A worker thread asks; the request still runs on the source's thread.
    QFuture<QFuture<Result<QueryResult>>> outer =
        QtConcurrent::run([source] { return source->instantQuery(QStringLiteral("up")); });
    ASSERT_TRUE(waitUntil([&] { return outer.isFinished(); }));
    const auto fromWorker = await(outer.result());
    ASSERT_TRUE(fromWorker.ok()) << qPrintable(fromWorker.error().toString());

    QFuture<Result<QueryResult>> pending = source->instantQuery(QStringLiteral("hang"));
    ASSERT_TRUE(waitUntil([&] { return server.requestCount() == 2; }));
    delete source;
    const auto cancelled = await(pending, 2s);
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().code, ErrorCode::Cancelled);
}

TEST(PrometheusFaults, RangeStepFollowsPixelWidthAndPrometheusLimit)
{
    FakeHttpServer server([](const auto &, int) {
        return FakeHttpServer::Response::json(R"({"status":"success","data":{"resultType":"matrix","result":[]}})");
    });
    PrometheusSettings settings = fastSettings(server.url());
    settings.scrapeInterval = 15s;
    PrometheusSource source(settings);
    const QDateTime end = QDateTime::currentDateTimeUtc();

    const auto wide = await(source.rangeQuery({QStringLiteral("up"), end.addSecs(-3600), end, 0ms}, 1600));
    ASSERT_TRUE(wide.ok());
    EXPECT_EQ(wide->step, 15s);
    EXPECT_EQ(server.requests().last().query.queryItemValue(QStringLiteral("step")), QStringLiteral("15.000"));

    const auto narrow = await(source.rangeQuery({QStringLiteral("up"), end.addDays(-7), end, 0ms}, 300));
    ASSERT_TRUE(narrow.ok());
    EXPECT_EQ(narrow->step, 1h); // 7 days over 299 gaps needs 33.7 min: the next nice step

    // No width: the caller's 1 s step stands for an hour, and is widened for a day (86,401 points).
    ASSERT_TRUE(await(source.rangeQuery({QStringLiteral("up"), end.addSecs(-3600), end, 1s})).ok());
    EXPECT_EQ(server.requests().last().query.queryItemValue(QStringLiteral("step")), QStringLiteral("1.000"));
    const auto day = await(source.range({QStringLiteral("up"), end.addDays(-1), end, 1s}));
    ASSERT_TRUE(day.ok());
    EXPECT_EQ(server.requests().last().query.queryItemValue(QStringLiteral("step")), QStringLiteral("10.000"));

    // No step and no width: the finest nice step above the scrape interval that fits.
    const auto noStep = await(source.rangeQuery({QStringLiteral("up"), end.addDays(-1), end, 0ms}));
    ASSERT_TRUE(noStep.ok());
    EXPECT_EQ(noStep->step, 15s);

    const int before = server.requestCount();
    const auto negative = await(source.rangeQuery({QStringLiteral("up"), end.addSecs(-60), end, 1s}, -1));
    ASSERT_FALSE(negative.ok());
    EXPECT_TRUE(negative.error().detail.contains(QStringLiteral("pixelWidth"))) << qPrintable(negative.error().toString());
    const auto reversed = await(source.range({QStringLiteral("up"), end, end.addSecs(-60), 1s}));
    ASSERT_FALSE(reversed.ok());
    EXPECT_EQ(reversed.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(server.requestCount(), before);
}

TEST(PrometheusRetryAfter, SecondsAndHttpDates)
{
    using Internal::HttpCall;
    EXPECT_EQ(HttpCall::parseRetryAfter("120"), std::optional<std::chrono::milliseconds>(120s));
    EXPECT_EQ(HttpCall::parseRetryAfter(" 0 "), std::optional<std::chrono::milliseconds>(0s));
    EXPECT_FALSE(HttpCall::parseRetryAfter("-3").has_value());
    EXPECT_FALSE(HttpCall::parseRetryAfter("soon").has_value());
    const QByteArray inAMinute = QDateTime::currentDateTimeUtc().addSecs(60).toString(Qt::RFC2822Date).toLatin1();
    const auto fromDate = HttpCall::parseRetryAfter(inAMinute);
    ASSERT_TRUE(fromDate.has_value()) << inAMinute.constData();
    EXPECT_GT(*fromDate, 55s);
    EXPECT_LE(*fromDate, 60s);
    const QByteArray past = QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::RFC2822Date).toLatin1();
    EXPECT_EQ(HttpCall::parseRetryAfter(past), std::optional<std::chrono::milliseconds>(0ms));
    // The spelling servers send (RFC 9110's IMF-fixdate, "GMT").
    EXPECT_EQ(HttpCall::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT"), std::optional<std::chrono::milliseconds>(0ms));
    const QByteArray gmt = QDateTime::currentDateTimeUtc().addSecs(30).toString(u"ddd, dd MMM yyyy hh:mm:ss").toLatin1() + " GMT";
    const auto fromGmt = HttpCall::parseRetryAfter(gmt);
    ASSERT_TRUE(fromGmt.has_value()) << gmt.constData();
    EXPECT_GT(*fromGmt, 25s);
}

TEST(PrometheusHealthProbe, NoticesAServerComingBackWithoutAnyQuery)
{
    const quint16 port = OpsDeck::Test::closedPort();
    PrometheusSettings settings = fastSettings(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    settings.healthInterval = 100ms;
    settings.breaker.openDuration = 200ms;
    PrometheusSource source(settings);
    // Nothing listens: the probes find it down.
    ASSERT_TRUE(waitUntil([&] { return healthOf(source) == HealthState::Unhealthy; }, 5s))
        << qPrintable(reasonOf(source));
    FakeHttpServer server([](const auto &, int) { return FakeHttpServer::Response::json(kBuildInfo); }, port);
    ASSERT_TRUE(server.isListening());
    // A server appears: a later probe (once the breaker lets one through) finds it up.
    ASSERT_TRUE(waitUntil([&] { return healthOf(source) == HealthState::Healthy; }, 5s))
        << qPrintable(reasonOf(source));
    EXPECT_GE(server.requestCount(), 1);
    EXPECT_EQ(server.requests().first().path, QByteArray("/api/v1/status/buildinfo"));
}

TEST(PrometheusFaults, OpenBreakerSendsNothing)
{
    FakeHttpServer server([](const auto &, int) { return FakeHttpServer::Response::json("overloaded", 503); });
    PrometheusSource source(fastSettings(server.url()));
    const auto first = await(source.instantQuery(QStringLiteral("up")));
    ASSERT_FALSE(first.ok());
    EXPECT_EQ(server.requestCount(), 3);
    EXPECT_EQ(source.breakerState(), Reliability::CircuitBreaker::State::Open);
    EXPECT_EQ(healthOf(source), HealthState::Unhealthy);

    for (int i = 0; i < 5; ++i) {
        const auto refused = await(source.instantQuery(QStringLiteral("up")));
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().code, ErrorCode::Unavailable);
        EXPECT_TRUE(refused.error().message.contains(QStringLiteral("circuit breaker open")));
    }
    EXPECT_EQ(server.requestCount(), 3); // the server was left alone

    // The operator's "retry now" lets calls through again.
    source.resetBreaker();
    server.setHandler([](const auto &, int) { return FakeHttpServer::Response::json(kVector); });
    ASSERT_TRUE(await(source.instantQuery(QStringLiteral("up"))).ok());
    EXPECT_EQ(server.requestCount(), 4);
    EXPECT_EQ(healthOf(source), HealthState::Healthy);
}
