// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include <opsdeck/reliability/circuitbreaker.h>

#include <QMetaEnum>

#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <thread>
#include <utility>
#include <vector>

using namespace std::chrono_literals;
using OpsDeck::Reliability::CircuitBreaker;
using OpsDeck::Reliability::CircuitBreakerOptions;
using OpsDeck::Reliability::ManualClock;
using State = OpsDeck::Reliability::CircuitBreaker::State;

namespace {

struct Fixture
{
    std::shared_ptr<ManualClock> clock = std::make_shared<ManualClock>();
    std::vector<std::pair<State, State>> transitions;

    std::unique_ptr<CircuitBreaker> make(CircuitBreakerOptions options = {})
    {
        auto breaker = std::make_unique<CircuitBreaker>(QStringLiteral("payments"), options, clock);
        breaker->setStateChangedCallback(
            [this](State from, State to) { transitions.emplace_back(from, to); });
        return breaker;
    }
};

void fail(CircuitBreaker &breaker, int times)
{
    for (int i = 0; i < times; ++i) {
        ASSERT_TRUE(breaker.allowRequest());
        breaker.recordFailure();
    }
}

} // namespace

TEST(CircuitBreaker, DefaultsAreTheSeeds)
{
    const CircuitBreakerOptions options;
    EXPECT_EQ(options.failureThreshold, 5);
    EXPECT_EQ(options.openDuration, 30s);
    EXPECT_EQ(options.halfOpenMaxTrials, 1);
    EXPECT_EQ(options.successThreshold, 1);
    EXPECT_TRUE(options.validate().isEmpty());
}

TEST(CircuitBreaker, SeedExampleOpensFailsFastAndClosesOnTrialSuccess)
{
    Fixture f;
    auto breaker = f.make();
    EXPECT_EQ(breaker->name(), QStringLiteral("payments"));

    fail(*breaker, 4);
    EXPECT_EQ(breaker->state(), State::Closed);
    fail(*breaker, 1); // the fifth failure
    EXPECT_EQ(breaker->state(), State::Open);

    // Fast fail for the whole open duration, to the nanosecond.
    EXPECT_FALSE(breaker->allowRequest());
    f.clock->advance(30s - 1ns);
    EXPECT_FALSE(breaker->allowRequest());
    EXPECT_EQ(breaker->state(), State::Open);
    EXPECT_EQ(breaker->remainingOpenTime(), 1ns);

    f.clock->advance(1ns);                    // exactly 30 s after opening
    EXPECT_EQ(breaker->state(), State::Open); // state() alone does not move it
    EXPECT_TRUE(breaker->allowRequest());     // the one trial
    EXPECT_EQ(breaker->state(), State::HalfOpen);
    EXPECT_FALSE(breaker->allowRequest()); // only one trial at a time
    EXPECT_FALSE(breaker->allowRequest());

    breaker->recordSuccess();
    EXPECT_EQ(breaker->state(), State::Closed);
    EXPECT_TRUE(breaker->allowRequest());

    const std::vector<std::pair<State, State>> expected{{State::Closed, State::Open},
                                                        {State::Open, State::HalfOpen},
                                                        {State::HalfOpen, State::Closed}};
    EXPECT_EQ(f.transitions, expected);

    const CircuitBreaker::Counters counters = breaker->counters();
    EXPECT_EQ(counters.failures, 5u);
    EXPECT_EQ(counters.successes, 1u);
    EXPECT_EQ(counters.rejected, 4u);
    EXPECT_EQ(counters.opened, 1u);
    EXPECT_EQ(counters.consecutiveFailures, 0);
}

TEST(CircuitBreaker, FailedTrialReopensForAnotherFullDuration)
{
    Fixture f;
    auto breaker = f.make();
    fail(*breaker, 5);
    f.clock->advance(30s);
    ASSERT_TRUE(breaker->allowRequest());
    f.clock->advance(2s); // the trial takes two seconds and fails
    breaker->recordFailure();
    EXPECT_EQ(breaker->state(), State::Open);
    EXPECT_EQ(breaker->remainingOpenTime(), 30s);

    f.clock->advance(30s - 1ms);
    EXPECT_FALSE(breaker->allowRequest());
    f.clock->advance(1ms);
    EXPECT_TRUE(breaker->allowRequest());
    EXPECT_EQ(breaker->state(), State::HalfOpen);
    EXPECT_EQ(breaker->counters().opened, 2u);
}

TEST(CircuitBreaker, SuccessResetsTheFailureRun)
{
    Fixture f;
    auto breaker = f.make();
    fail(*breaker, 4);
    EXPECT_EQ(breaker->counters().consecutiveFailures, 4);
    ASSERT_TRUE(breaker->allowRequest());
    breaker->recordSuccess();
    EXPECT_EQ(breaker->counters().consecutiveFailures, 0);
    fail(*breaker, 4);
    EXPECT_EQ(breaker->state(), State::Closed);
    fail(*breaker, 1);
    EXPECT_EQ(breaker->state(), State::Open);
}

TEST(CircuitBreaker, LateResultsWhileOpenChangeNothing)
{
    Fixture f;
    auto breaker = f.make();
    fail(*breaker, 5);
    f.clock->advance(20s);
    breaker->recordFailure(); // from a request admitted before the circuit opened
    breaker->recordSuccess();
    EXPECT_EQ(breaker->state(), State::Open);
    f.clock->advance(10s); // 30 s after opening, not after the late failure
    EXPECT_TRUE(breaker->allowRequest());
    EXPECT_EQ(breaker->counters().failures, 6u);
    EXPECT_EQ(breaker->counters().successes, 1u);
}

TEST(CircuitBreaker, SuccessThresholdAndParallelTrials)
{
    Fixture f;
    auto breaker = f.make({.failureThreshold = 2,
                           .openDuration = 10s,
                           .halfOpenMaxTrials = 2,
                           .successThreshold = 3});
    fail(*breaker, 2);
    f.clock->advance(10s);
    EXPECT_TRUE(breaker->allowRequest());
    EXPECT_TRUE(breaker->allowRequest());
    EXPECT_FALSE(breaker->allowRequest()); // two trials in flight
    breaker->recordSuccess();
    EXPECT_EQ(breaker->state(), State::HalfOpen);
    EXPECT_TRUE(breaker->allowRequest()); // a slot freed
    breaker->recordSuccess();
    EXPECT_EQ(breaker->state(), State::HalfOpen);
    breaker->recordSuccess(); // third success
    EXPECT_EQ(breaker->state(), State::Closed);
    breaker->recordSuccess(); // stray, while closed: harmless
    EXPECT_EQ(breaker->state(), State::Closed);
}

TEST(CircuitBreaker, AnyTrialFailureReopens)
{
    Fixture f;
    auto breaker = f.make(
        {.failureThreshold = 1, .openDuration = 5s, .halfOpenMaxTrials = 3, .successThreshold = 3});
    fail(*breaker, 1);
    f.clock->advance(5s);
    ASSERT_TRUE(breaker->allowRequest());
    ASSERT_TRUE(breaker->allowRequest());
    breaker->recordSuccess();
    breaker->recordFailure();
    EXPECT_EQ(breaker->state(), State::Open);
    breaker->recordSuccess(); // the other trial reports late: ignored
    EXPECT_EQ(breaker->state(), State::Open);
}

TEST(CircuitBreaker, ResultsWithoutAnAdmittedTrialAreIgnoredInHalfOpen)
{
    Fixture f;
    auto breaker = f.make({.successThreshold = 2});
    fail(*breaker, 5);
    f.clock->advance(30s);
    ASSERT_TRUE(breaker->allowRequest());
    breaker->recordSuccess(); // first of two trial successes
    EXPECT_EQ(breaker->state(), State::HalfOpen);
    breaker->recordFailure(); // no trial in flight: a stray, from before the circuit opened
    breaker->recordSuccess(); // likewise; must not count towards closing
    EXPECT_EQ(breaker->state(), State::HalfOpen);
    ASSERT_TRUE(breaker->allowRequest());
    breaker->recordSuccess();
    EXPECT_EQ(breaker->state(), State::Closed);
}

TEST(CircuitBreaker, OverdueTrialSlotIsReclaimed)
{
    Fixture f;
    auto breaker = f.make();
    fail(*breaker, 5);
    f.clock->advance(30s);
    ASSERT_TRUE(breaker->allowRequest()); // this caller never reports back
    f.clock->advance(30s - 1ms);
    EXPECT_FALSE(breaker->allowRequest());
    f.clock->advance(1ms);
    EXPECT_TRUE(breaker->allowRequest()); // a fresh trial
    EXPECT_EQ(breaker->state(), State::HalfOpen);
    breaker->recordSuccess();
    EXPECT_EQ(breaker->state(), State::Closed);
}

TEST(CircuitBreaker, ResetClosesByHand)
{
    Fixture f;
    auto breaker = f.make();
    fail(*breaker, 5);
    breaker->reset();
    EXPECT_EQ(breaker->state(), State::Closed);
    EXPECT_EQ(breaker->remainingOpenTime(), 0ns);
    EXPECT_TRUE(breaker->allowRequest());
    EXPECT_EQ(f.transitions.back(), std::pair(State::Open, State::Closed));
    const auto count = f.transitions.size();
    breaker->reset(); // already closed: no transition reported
    EXPECT_EQ(f.transitions.size(), count);
}

TEST(CircuitBreaker, CallbackRunsOutsideTheLock)
{
    Fixture f;
    CircuitBreaker breaker(QStringLiteral("reentrant"), {}, f.clock);
    std::vector<State> seen;
    // Re-entering from the callback would deadlock if it ran under the lock.
    breaker.setStateChangedCallback([&](State, State to) {
        seen.push_back(breaker.state());
        if (to == State::Open)
            breaker.reset();
    });
    fail(breaker, 5);
    EXPECT_EQ(seen, (std::vector{State::Open, State::Closed}));
    EXPECT_EQ(breaker.state(), State::Closed);
    breaker.setStateChangedCallback({});
    fail(breaker, 5);
    EXPECT_EQ(seen.size(), 2u);
}

TEST(CircuitBreaker, ConcurrentCallersGetExactlyOneTrial)
{
    Fixture f;
    CircuitBreaker breaker(QStringLiteral("busy"), {}, f.clock);
    fail(breaker, 5);
    f.clock->advance(30s);
    std::atomic_int admitted = 0;
    std::atomic_bool go = false;
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back([&] {
            while (!go.load()) {
            }
            for (int i = 0; i < 1000; ++i) {
                if (breaker.allowRequest())
                    ++admitted;
            }
        });
    }
    go = true;
    for (auto &thread : threads)
        thread.join();
    EXPECT_EQ(admitted.load(), 1);
    EXPECT_EQ(breaker.counters().rejected, 7999u);
    EXPECT_EQ(breaker.state(), State::HalfOpen);
}

TEST(CircuitBreaker, ConcurrentFailuresOpenExactlyOnce)
{
    Fixture f;
    CircuitBreaker breaker(QStringLiteral("storm"), {}, f.clock);
    std::atomic_int opened = 0;
    breaker.setStateChangedCallback([&](State, State to) {
        if (to == State::Open)
            ++opened;
    });
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 500; ++i)
                breaker.recordFailure();
        });
    }
    for (auto &thread : threads)
        thread.join();
    EXPECT_EQ(opened.load(), 1);
    EXPECT_EQ(breaker.counters().failures, 2000u);
}

TEST(CircuitBreaker, InvalidOptionsAreReportedAndRepaired)
{
    auto expectError = [](CircuitBreakerOptions options, const char *field) {
        const QString error = options.validate();
        EXPECT_TRUE(error.startsWith(QLatin1String(field))) << qPrintable(error);
    };
    expectError({.failureThreshold = 0}, "failureThreshold");
    expectError({.openDuration = -1ms}, "openDuration");
    expectError({.halfOpenMaxTrials = 0}, "halfOpenMaxTrials");
    expectError({.successThreshold = -2}, "successThreshold");

    Fixture f;
    auto breaker = f.make({.failureThreshold = 0,
                           .openDuration = -5s,
                           .halfOpenMaxTrials = 0,
                           .successThreshold = 0});
    const CircuitBreakerOptions repaired = breaker->options();
    EXPECT_EQ(repaired.failureThreshold, 1);
    EXPECT_EQ(repaired.openDuration, 0ms);
    EXPECT_EQ(repaired.halfOpenMaxTrials, 1);
    EXPECT_EQ(repaired.successThreshold, 1);
    fail(*breaker, 1);
    EXPECT_EQ(breaker->state(), State::Open);
    EXPECT_TRUE(breaker->allowRequest()); // zero open duration: straight to a trial
}

TEST(CircuitBreaker, StateNamesForMachinesAndMetaObject)
{
    EXPECT_EQ(toString(State::Closed), QStringLiteral("closed"));
    EXPECT_EQ(toString(State::Open), QStringLiteral("open"));
    EXPECT_EQ(toString(State::HalfOpen), QStringLiteral("half-open"));
    const QMetaEnum meta = QMetaEnum::fromType<State>();
    EXPECT_STREQ(meta.valueToKey(static_cast<int>(State::HalfOpen)), "HalfOpen");
}

TEST(CircuitBreaker, NullClockFallsBackToSystemClock)
{
    CircuitBreaker breaker(QStringLiteral("real"), {}, nullptr);
    EXPECT_TRUE(breaker.allowRequest());
    fail(breaker, 5);
    EXPECT_FALSE(breaker.allowRequest()); // 30 real seconds will not pass in this test
    EXPECT_GT(breaker.remainingOpenTime(), 29s);
}
