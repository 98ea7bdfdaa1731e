// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include <opsdeck/reliability/health.h>

#include <QJsonDocument>
#include <QMetaEnum>
#include <QVariant>

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <thread>
#include <tuple>
#include <vector>

using OpsDeck::Reliability::HealthCheck;
using OpsDeck::Reliability::HealthReport;
using OpsDeck::Reliability::HealthState;
using OpsDeck::Reliability::HealthTracker;
using OpsDeck::Reliability::HealthTrackerOptions;
using Probe = OpsDeck::Reliability::HealthTracker::Probe;

namespace {

HealthCheck check(const char *name, HealthState state)
{
    return HealthCheck{QString::fromLatin1(name), state, {}, {}};
}

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QString errorFor(const char *json)
{
    QString error;
    EXPECT_FALSE(HealthReport::fromJson(QByteArray(json), &error).has_value()) << json;
    return error;
}

} // namespace

TEST(HealthState, MachineReadableNames)
{
    using OpsDeck::Reliability::healthStateFromString;
    EXPECT_EQ(toString(HealthState::Unknown), QStringLiteral("unknown"));
    EXPECT_EQ(toString(HealthState::Healthy), QStringLiteral("healthy"));
    EXPECT_EQ(toString(HealthState::Degraded), QStringLiteral("degraded"));
    EXPECT_EQ(toString(HealthState::Unhealthy), QStringLiteral("unhealthy"));
    for (HealthState s : {HealthState::Unknown, HealthState::Healthy, HealthState::Degraded,
                          HealthState::Unhealthy})
        EXPECT_EQ(healthStateFromString(toString(s)), s);
    EXPECT_EQ(healthStateFromString(u"OK"), HealthState::Healthy);
    EXPECT_EQ(healthStateFromString(u" up "), HealthState::Healthy);
    EXPECT_EQ(healthStateFromString(u"warn"), HealthState::Degraded);
    EXPECT_EQ(healthStateFromString(u"DOWN"), HealthState::Unhealthy);
    EXPECT_EQ(healthStateFromString(u"fail"), HealthState::Unhealthy);
    EXPECT_EQ(healthStateFromString(u"green"), std::nullopt);
    EXPECT_EQ(healthStateFromString(u""), std::nullopt);
}

TEST(HealthState, WorksWithQVariantAndMetaEnum)
{
    const QVariant variant = QVariant::fromValue(HealthState::Degraded);
    EXPECT_EQ(variant.value<HealthState>(), HealthState::Degraded);
    EXPECT_EQ(variant.toString(), QStringLiteral("Degraded"));
    const QMetaEnum meta = QMetaEnum::fromType<HealthState>();
    EXPECT_STREQ(meta.name(), "HealthState");
    EXPECT_EQ(meta.keyCount(), 4);
    EXPECT_STREQ(meta.valueToKey(static_cast<int>(HealthState::Unhealthy)), "Unhealthy");
}

TEST(HealthReport, WorstCheckWinsWithUnknownBetweenHealthyAndDegraded)
{
    using S = HealthState;
    struct Case
    {
        std::vector<S> states;
        S expected;
    };
    const std::vector<Case> cases{
        {std::vector<S>{}, S::Unknown},
        {{S::Healthy}, S::Healthy},
        {{S::Healthy, S::Healthy}, S::Healthy},
        {{S::Healthy, S::Unknown}, S::Unknown},
        {{S::Unknown, S::Unknown}, S::Unknown},
        {{S::Unknown, S::Degraded}, S::Degraded},
        {{S::Healthy, S::Degraded, S::Healthy}, S::Degraded},
        {{S::Degraded, S::Unhealthy, S::Unknown}, S::Unhealthy},
        {{S::Unhealthy, S::Healthy}, S::Unhealthy},
    };
    for (const auto &[states, expected] : cases) {
        QList<HealthCheck> checks;
        for (S s : states)
            checks.append(check("c", s));
        EXPECT_EQ(HealthReport::overallState(checks), expected) << checks.size();
        EXPECT_EQ(HealthReport::fromChecks(checks).state, expected);
    }
}

TEST(HealthReport, WritesTheSeedsShape)
{
    const HealthReport report = HealthReport::fromChecks(
        {check("database", HealthState::Healthy), check("cache", HealthState::Healthy),
         check("disk_space", HealthState::Healthy)});
    const QByteArray json = QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact);
    EXPECT_EQ(json, QByteArray(R"({"checks":{"cache":"ok","database":"ok","disk_space":"ok"},)"
                               R"("status":"healthy"})"));
}

TEST(HealthReport, ReadsTheSeedsExample)
{
    QString error;
    const auto report = HealthReport::fromJson(parse(R"({
        "status": "healthy",
        "checks": { "database": "ok", "cache": "ok", "disk_space": "ok" }
    })"),
                                               &error);
    ASSERT_TRUE(report.has_value()) << qPrintable(error);
    EXPECT_TRUE(error.isEmpty());
    EXPECT_EQ(report->state, HealthState::Healthy);
    ASSERT_EQ(report->checks.size(), 3);
    ASSERT_NE(report->check(u"disk_space"), nullptr);
    EXPECT_EQ(report->check(u"disk_space")->state, HealthState::Healthy);
    EXPECT_EQ(report->check(u"memory"), nullptr);
}

TEST(HealthReport, RoundTripKeepsEverything)
{
    const QDateTime at =
        QDateTime::fromString(QStringLiteral("2026-03-01T10:00:00.123Z"), Qt::ISODateWithMs);
    ASSERT_TRUE(at.isValid());
    HealthReport original = HealthReport::fromChecks({
        HealthCheck{QStringLiteral("queue"), HealthState::Unhealthy, QStringLiteral("broker down"),
                    at},
        HealthCheck{
            QStringLiteral("cache"), HealthState::Degraded, QStringLiteral("hit rate 12%"), {}},
        HealthCheck{QStringLiteral("database"), HealthState::Healthy, {}, at.addSecs(-5)},
        HealthCheck{QStringLiteral("search"), HealthState::Unknown, {}, {}},
    });
    ASSERT_EQ(original.state, HealthState::Unhealthy);

    const QByteArray bytes = QJsonDocument(original.toJson()).toJson();
    QString error;
    const auto restored = HealthReport::fromJson(bytes, &error);
    ASSERT_TRUE(restored.has_value()) << qPrintable(error);

    // JSON objects are unordered: checks come back sorted by name.
    std::sort(original.checks.begin(), original.checks.end(),
              [](const HealthCheck &a, const HealthCheck &b) { return a.name < b.name; });
    EXPECT_EQ(*restored, original);
    EXPECT_EQ(restored->check(u"queue")->checkedAt, at);
    EXPECT_EQ(restored->check(u"cache")->message, QStringLiteral("hit rate 12%"));
    EXPECT_EQ(original.toJson()
                  .value(QStringLiteral("checks"))
                  .toObject()
                  .value(QStringLiteral("queue"))
                  .toString(),
              QStringLiteral("fail"));
}

TEST(HealthReport, KeepsTheReportedStatusAndAllowsMissingChecks)
{
    const auto report = HealthReport::fromJson(parse(R"({"status":"DOWN"})"));
    ASSERT_TRUE(report.has_value());
    EXPECT_EQ(report->state, HealthState::Unhealthy);
    EXPECT_TRUE(report->checks.isEmpty());

    // The service's own word stands even if its checks look fine.
    const auto mixed =
        HealthReport::fromJson(parse(R"({"status":"degraded","checks":{"db":"ok"}})"));
    ASSERT_TRUE(mixed.has_value());
    EXPECT_EQ(mixed->state, HealthState::Degraded);
    EXPECT_EQ(HealthReport::overallState(mixed->checks), HealthState::Healthy);
}

TEST(HealthReport, MalformedJsonNamesTheField)
{
    EXPECT_EQ(errorFor(R"({"checks":{}})"), QStringLiteral("status: missing"));
    EXPECT_EQ(errorFor(R"({"status":1})"),
              QStringLiteral("status: expected a string, got a number"));
    EXPECT_EQ(errorFor(R"({"status":"green"})"),
              QStringLiteral("status: unknown health state \"green\""));
    EXPECT_EQ(errorFor(R"({"status":"ok","checks":[]})"),
              QStringLiteral("checks: expected an object, got an array"));
    EXPECT_EQ(errorFor(R"({"status":"ok","checks":{"database":true}})"),
              QStringLiteral("checks.database: expected a string, got a boolean"));
    EXPECT_EQ(errorFor(R"({"status":"ok","checks":{"database":"meh"}})"),
              QStringLiteral("checks.database: unknown health state \"meh\""));
    EXPECT_EQ(errorFor(R"({"status":"ok","checks":{"":"ok"}})"),
              QStringLiteral("checks: a check has an empty name"));
    EXPECT_EQ(errorFor(R"({"status":"ok","checks":{"db":"ok"},"details":3})"),
              QStringLiteral("details: expected an object, got a number"));
    EXPECT_EQ(errorFor(R"({"status":"ok","checks":{"db":"ok"},"details":{"cache":{}}})"),
              QStringLiteral("details.cache: no check of that name in \"checks\""));
    EXPECT_EQ(errorFor(R"({"status":"ok","checks":{"db":"ok"},"details":{"db":null}})"),
              QStringLiteral("details.db: expected an object, got null"));
    EXPECT_EQ(errorFor(R"({"status":"ok","checks":{"db":"ok"},"details":{"db":{"message":[]}}})"),
              QStringLiteral("details.db.message: expected a string, got an array"));
    EXPECT_EQ(
        errorFor(
            R"({"status":"ok","checks":{"db":"ok"},"details":{"db":{"checkedAt":"yesterday"}}})"),
        QStringLiteral("details.db.checkedAt: expected an ISO 8601 date and time"));
    EXPECT_TRUE(errorFor(R"({"status":"ok",)").startsWith(QLatin1String("(document): ")));
    EXPECT_EQ(errorFor(R"(["status"])"), QStringLiteral("(document): expected a JSON object"));

    // A null error pointer is allowed.
    EXPECT_FALSE(HealthReport::fromJson(parse(R"({"status":7})")).has_value());
}

TEST(HealthTracker, ThreeStrikesRemoveAndOneSuccessRestores)
{
    HealthTracker tracker;
    EXPECT_EQ(tracker.options().failureThreshold, 3);
    EXPECT_EQ(tracker.state(), HealthState::Unknown);
    EXPECT_FALSE(tracker.isInRotation()); // a new instance must pass first

    tracker.recordProbe(Probe::Readiness, true);
    EXPECT_EQ(tracker.state(Probe::Readiness), HealthState::Healthy);
    EXPECT_TRUE(tracker.isInRotation());

    tracker.recordProbe(Probe::Readiness, false);
    EXPECT_EQ(tracker.state(Probe::Readiness), HealthState::Degraded);
    tracker.recordProbe(Probe::Readiness, false);
    EXPECT_EQ(tracker.state(Probe::Readiness), HealthState::Degraded);
    EXPECT_TRUE(tracker.isInRotation());
    tracker.recordProbe(Probe::Readiness, false); // the third consecutive failure
    EXPECT_EQ(tracker.state(Probe::Readiness), HealthState::Unhealthy);
    EXPECT_FALSE(tracker.isInRotation());
    EXPECT_EQ(tracker.consecutiveFailures(Probe::Readiness), 3);

    tracker.recordProbe(Probe::Readiness, false);
    EXPECT_EQ(tracker.consecutiveFailures(Probe::Readiness), 4);
    tracker.recordProbe(Probe::Readiness, true); // first success after that
    EXPECT_EQ(tracker.state(Probe::Readiness), HealthState::Healthy);
    EXPECT_EQ(tracker.consecutiveFailures(Probe::Readiness), 0);
    EXPECT_TRUE(tracker.isInRotation());
}

TEST(HealthTracker, InterruptedFailureRunDoesNotCount)
{
    HealthTracker tracker;
    tracker.recordProbe(Probe::Liveness, true);
    for (bool passed : {false, false, true, false, false, true, false, false})
        tracker.recordProbe(Probe::Liveness, passed);
    EXPECT_EQ(tracker.state(Probe::Liveness), HealthState::Degraded);
    EXPECT_TRUE(tracker.isInRotation());
}

TEST(HealthTracker, UnprovenInstanceStaysUnknownUntilThreshold)
{
    HealthTracker tracker;
    tracker.recordProbe(Probe::Readiness, false);
    tracker.recordProbe(Probe::Readiness, false);
    EXPECT_EQ(tracker.state(Probe::Readiness), HealthState::Unknown);
    tracker.recordProbe(Probe::Readiness, false);
    EXPECT_EQ(tracker.state(Probe::Readiness), HealthState::Unhealthy);
}

TEST(HealthTracker, LivenessAndReadinessAreSeparate)
{
    HealthTracker tracker({.failureThreshold = 2});
    tracker.recordProbe(Probe::Liveness, true);
    EXPECT_EQ(tracker.state(), HealthState::Healthy); // readiness never probed: ignored
    EXPECT_EQ(tracker.state(Probe::Readiness), HealthState::Unknown);

    tracker.recordProbe(Probe::Readiness, true);
    tracker.recordProbe(Probe::Readiness, false);
    tracker.recordProbe(Probe::Readiness, false);
    EXPECT_EQ(tracker.state(Probe::Liveness), HealthState::Healthy);    // running, but
    EXPECT_EQ(tracker.state(Probe::Readiness), HealthState::Unhealthy); // not ready
    EXPECT_EQ(tracker.state(), HealthState::Unhealthy);
    EXPECT_FALSE(tracker.isInRotation());
    EXPECT_EQ(tracker.consecutiveFailures(Probe::Liveness), 0);
}

TEST(HealthTracker, ReportsEachTransitionOnce)
{
    HealthTracker tracker;
    std::vector<std::tuple<Probe, HealthState, HealthState>> seen;
    tracker.setStateChangedCallback([&](Probe probe, HealthState from, HealthState to) {
        seen.emplace_back(probe, from, to);
        (void)tracker.state(); // outside the lock: no deadlock
    });
    for (bool passed : {true, true, false, false, false, false, true})
        tracker.recordProbe(Probe::Readiness, passed);
    using S = HealthState;
    const std::vector<std::tuple<Probe, S, S>> expected{
        {Probe::Readiness, S::Unknown, S::Healthy},
        {Probe::Readiness, S::Healthy, S::Degraded},
        {Probe::Readiness, S::Degraded, S::Unhealthy},
        {Probe::Readiness, S::Unhealthy, S::Healthy},
    };
    EXPECT_EQ(seen, expected);
}

TEST(HealthTracker, InvalidThresholdIsRepaired)
{
    EXPECT_TRUE(HealthTrackerOptions{.failureThreshold = 0}.validate().startsWith(
        QLatin1String("failureThreshold")));
    HealthTracker tracker({.failureThreshold = -1});
    EXPECT_EQ(tracker.options().failureThreshold, 1);
    tracker.recordProbe(Probe::Liveness, true);
    tracker.recordProbe(Probe::Liveness, false);
    EXPECT_EQ(tracker.state(Probe::Liveness), HealthState::Unhealthy);
}

TEST(HealthTracker, ConcurrentProbesKeepExactCounts)
{
    HealthTracker tracker({.failureThreshold = 1'000'000});
    std::atomic_int transitions = 0;
    tracker.setStateChangedCallback([&](Probe, HealthState, HealthState) { ++transitions; });
    tracker.recordProbe(Probe::Liveness, true);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 10'000; ++i)
                tracker.recordProbe(Probe::Liveness, false);
        });
    }
    for (auto &thread : threads)
        thread.join();
    EXPECT_EQ(tracker.consecutiveFailures(Probe::Liveness), 40'000);
    EXPECT_EQ(tracker.state(Probe::Liveness), HealthState::Degraded);
    EXPECT_EQ(transitions.load(), 2); // Unknown -> Healthy -> Degraded
}
