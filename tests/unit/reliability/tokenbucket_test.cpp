// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include <opsdeck/reliability/tokenbucket.h>

#include <gtest/gtest.h>

#include <atomic>
#include <limits>
#include <memory>
#include <thread>
#include <vector>

using namespace std::chrono_literals;
using OpsDeck::Reliability::Clock;
using OpsDeck::Reliability::ManualClock;
using OpsDeck::Reliability::RateLimit;
using OpsDeck::Reliability::RateLimitTier;
using OpsDeck::Reliability::TokenBucket;
using OpsDeck::Reliability::TokenBucketOptions;

namespace {

int drain(TokenBucket &bucket)
{
    int taken = 0;
    while (bucket.tryAcquire())
        ++taken;
    return taken;
}

} // namespace

TEST(TokenBucket, StartsFullWithTheSeedsDefaults)
{
    auto clock = std::make_shared<ManualClock>();
    TokenBucket bucket({}, clock);
    EXPECT_EQ(bucket.options().capacity, 100);
    EXPECT_EQ(bucket.options().refillPerSecond, 10.0);
    EXPECT_EQ(bucket.available(), 100.0);
    EXPECT_EQ(drain(bucket), 100);
    EXPECT_EQ(bucket.available(), 0.0);
    EXPECT_FALSE(bucket.tryAcquire()); // the 429
}

TEST(TokenBucket, RefillsExactlyWithElapsedTime)
{
    auto clock = std::make_shared<ManualClock>();
    TokenBucket bucket({}, clock);
    drain(bucket);

    clock->advance(99ms);
    EXPECT_DOUBLE_EQ(bucket.available(), 0.99);
    EXPECT_FALSE(bucket.tryAcquire());
    clock->advance(1ms); // 100 ms at 10/s: one token
    EXPECT_EQ(bucket.available(), 1.0);
    EXPECT_TRUE(bucket.tryAcquire());
    EXPECT_FALSE(bucket.tryAcquire());

    clock->advance(250ms);
    EXPECT_EQ(bucket.available(), 2.5);
    EXPECT_TRUE(bucket.tryAcquire(2));
    EXPECT_EQ(bucket.available(), 0.5);
    EXPECT_FALSE(bucket.tryAcquire());

    clock->advance(3s + 50ms); // 0.5 + 30.5
    EXPECT_EQ(bucket.available(), 31.0);
    EXPECT_EQ(drain(bucket), 31);
}

TEST(TokenBucket, LookingDoesNotChangeTheOutcome)
{
    // Many failed attempts and peeks in between must not lose fractions.
    auto clock = std::make_shared<ManualClock>();
    TokenBucket bucket({.capacity = 5, .refillPerSecond = 3.0}, clock);
    drain(bucket);
    for (int i = 0; i < 1000; ++i) {
        clock->advance(1ms);
        (void)bucket.available();
        if (i < 332) {
            ASSERT_FALSE(bucket.tryAcquire()) << i;
        }
    }
    // 1 s at 3/s: three tokens, minus nothing for all the looking.
    EXPECT_EQ(bucket.available(), 3.0);
    EXPECT_TRUE(bucket.tryAcquire(3));
}

TEST(TokenBucket, NeverHoldsMoreThanCapacity)
{
    auto clock = std::make_shared<ManualClock>();
    TokenBucket bucket({}, clock);
    ASSERT_TRUE(bucket.tryAcquire(40));
    clock->advance(24h);
    EXPECT_EQ(bucket.available(), 100.0);
    EXPECT_EQ(drain(bucket), 100);
}

TEST(TokenBucket, FractionalRatesAreExactAtWholeTokens)
{
    auto clock = std::make_shared<ManualClock>();
    TokenBucket bucket(OpsDeck::Reliability::rateLimitFor(RateLimitTier::Free).bucketOptions(),
                       clock);
    EXPECT_EQ(drain(bucket), 100);
    clock->advance(599ms);
    EXPECT_FALSE(bucket.tryAcquire());
    clock->advance(1ms); // 100 per minute: one token every 0.6 s
    EXPECT_EQ(bucket.available(), 1.0);
    EXPECT_TRUE(bucket.tryAcquire());
    clock->advance(60s);
    EXPECT_EQ(bucket.available(), 100.0);
}

TEST(TokenBucket, TimeUntilAvailableIsExactToTheTick)
{
    auto clock = std::make_shared<ManualClock>();
    TokenBucket bucket({}, clock);
    EXPECT_EQ(bucket.timeUntilAvailable(), 0ns);
    EXPECT_EQ(bucket.timeUntilAvailable(100), 0ns);
    drain(bucket);
    EXPECT_EQ(bucket.timeUntilAvailable(1), 100ms);
    EXPECT_EQ(bucket.timeUntilAvailable(10), 1s);
    EXPECT_EQ(bucket.timeUntilAvailable(100), 10s);
    EXPECT_EQ(bucket.timeUntilAvailable(0), 0ns);

    clock->advance(1s - 1ns);
    EXPECT_EQ(bucket.timeUntilAvailable(10), 1ns);
    EXPECT_FALSE(bucket.tryAcquire(10));
    clock->advance(1ns);
    EXPECT_EQ(bucket.timeUntilAvailable(10), 0ns);
    EXPECT_TRUE(bucket.tryAcquire(10));
}

TEST(TokenBucket, WaitingTheAnnouncedTimeIsEnoughForAwkwardRates)
{
    for (double rate : {3.0, 0.7, 1.0 / 3.0, 7919.5, 100.0 / 60.0, 1e-3}) {
        for (std::int64_t want : {1, 2, 7, 50}) {
            auto clock = std::make_shared<ManualClock>();
            TokenBucket bucket({.capacity = 50, .refillPerSecond = rate}, clock);
            ASSERT_TRUE(bucket.tryAcquire(50));
            ASSERT_TRUE(bucket.tryAcquire(0));
            const std::optional<Clock::Duration> wait = bucket.timeUntilAvailable(want);
            ASSERT_TRUE(wait.has_value());
            ASSERT_GT(*wait, 0ns);
            clock->advance(*wait - 1ns);
            EXPECT_FALSE(bucket.tryAcquire(want)) << rate << " " << want;
            clock->advance(1ns);
            EXPECT_TRUE(bucket.tryAcquire(want)) << rate << " " << want;
        }
    }
}

TEST(TokenBucket, LargerThanCapacityIsNever)
{
    auto clock = std::make_shared<ManualClock>();
    TokenBucket bucket({}, clock);
    EXPECT_FALSE(bucket.tryAcquire(101));
    EXPECT_EQ(bucket.timeUntilAvailable(101), std::nullopt);
    EXPECT_EQ(bucket.timeUntilAvailable(std::numeric_limits<std::int64_t>::max()), std::nullopt);
    EXPECT_EQ(bucket.available(), 100.0); // the refusal took nothing
}

TEST(TokenBucket, ZeroAndNegativeRequests)
{
    auto clock = std::make_shared<ManualClock>();
    TokenBucket bucket({}, clock);
    drain(bucket);
    EXPECT_TRUE(bucket.tryAcquire(0));
    EXPECT_FALSE(bucket.tryAcquire(-1));
    EXPECT_EQ(bucket.timeUntilAvailable(-1), std::nullopt);
    clock->advance(10s);
    EXPECT_FALSE(bucket.tryAcquire(-5));
    EXPECT_EQ(bucket.available(), 100.0);
}

TEST(TokenBucket, ZeroRateIsAFixedBudget)
{
    auto clock = std::make_shared<ManualClock>();
    TokenBucket bucket({.capacity = 3, .refillPerSecond = 0.0}, clock);
    EXPECT_EQ(bucket.timeUntilAvailable(3), 0ns);
    EXPECT_TRUE(bucket.tryAcquire(2));
    EXPECT_EQ(bucket.available(), 1.0);
    EXPECT_EQ(bucket.timeUntilAvailable(2), std::nullopt);
    clock->advance(24h);
    EXPECT_FALSE(bucket.tryAcquire(2));
    EXPECT_TRUE(bucket.tryAcquire(1));
    EXPECT_FALSE(bucket.tryAcquire(1));
}

TEST(TokenBucket, ExtremeRatesAndTimesDoNotOverflow)
{
    auto clock = std::make_shared<ManualClock>();
    // A full refill would take far longer than the clock can count: a fixed budget.
    const TokenBucketOptions glacial{.capacity = TokenBucketOptions::kMaxCapacity,
                                     .refillPerSecond = 1e-300};
    EXPECT_TRUE(glacial.validate().startsWith(QLatin1String("refillPerSecond is too small")));
    TokenBucket slow(glacial, clock);
    EXPECT_EQ(slow.options().refillPerSecond, 0.0);
    ASSERT_TRUE(slow.tryAcquire(TokenBucketOptions::kMaxCapacity));
    EXPECT_FALSE(slow.tryAcquire());
    EXPECT_EQ(slow.timeUntilAvailable(), std::nullopt);

    // Slow but representable: one token per 50 years.
    const double perFiftyYears = 1.0 / (50 * 365.25 * 24 * 3600);
    TokenBucket patient({.capacity = 1, .refillPerSecond = perFiftyYears}, clock);
    EXPECT_EQ(patient.options().refillPerSecond, perFiftyYears);
    ASSERT_TRUE(patient.tryAcquire());
    ASSERT_TRUE(patient.timeUntilAvailable().has_value());
    EXPECT_GT(*patient.timeUntilAvailable(), 24h * 365 * 49);

    TokenBucket fast({.capacity = 10, .refillPerSecond = 1e30}, clock);
    ASSERT_TRUE(fast.tryAcquire(10));
    EXPECT_FALSE(fast.tryAcquire(10)); // every token costs at least one tick
    EXPECT_EQ(fast.timeUntilAvailable(10), 10ns);
    clock->advance(9ns);
    EXPECT_FALSE(fast.tryAcquire(10));
    clock->advance(1ns);
    EXPECT_TRUE(fast.tryAcquire(10));

    clock->advance(Clock::Duration::max()); // the end of time
    EXPECT_EQ(fast.available(), 10.0);
    EXPECT_TRUE(fast.tryAcquire(10));
    EXPECT_GE(fast.available(), 0.0);
}

TEST(TokenBucket, TwoThreadsNeverExceedCapacity)
{
    auto clock = std::make_shared<ManualClock>(); // time stands still
    TokenBucket bucket({}, clock);
    std::atomic_int granted = 0;
    std::atomic_bool go = false;
    auto hammer = [&] {
        while (!go.load()) {
        }
        for (int i = 0; i < 100'000; ++i) {
            if (bucket.tryAcquire())
                ++granted;
        }
    };
    std::thread a(hammer);
    std::thread b(hammer);
    go = true;
    a.join();
    b.join();
    EXPECT_EQ(granted.load(), 100);
    EXPECT_EQ(bucket.available(), 0.0);
}

TEST(TokenBucket, ConcurrentRefillGrantsExactlyWhatFlowedIn)
{
    auto clock = std::make_shared<ManualClock>();
    TokenBucket bucket({.capacity = 100, .refillPerSecond = 1000.0}, clock);
    std::atomic_int granted = 0;
    std::atomic_bool stop = false;
    auto hammer = [&] {
        while (!stop.load()) {
            if (bucket.tryAcquire())
                ++granted;
        }
        while (bucket.tryAcquire()) // take what is left after the clock stopped
            ++granted;
    };
    std::thread a(hammer);
    std::thread b(hammer);
    std::thread ticker([&] {
        for (int i = 0; i < 2000; ++i) {
            // Let the hammers keep the bucket from filling up: tokens beyond
            // the capacity would be lost and the total would be wrong.
            while (bucket.available() > 50)
                std::this_thread::yield();
            clock->advance(1ms); // one token per millisecond
        }
        stop = true;
    });
    ticker.join();
    a.join();
    b.join();
    // The initial 100 plus 2 s * 1000/s, never more; and nothing may be lost.
    EXPECT_EQ(granted.load(), 100 + 2000);
}

TEST(TokenBucket, InvalidOptionsAreReportedAndRepaired)
{
    auto expectError = [](TokenBucketOptions options, const char *field) {
        const QString error = options.validate();
        EXPECT_TRUE(error.startsWith(QLatin1String(field))) << qPrintable(error);
    };
    expectError({.capacity = 0}, "capacity");
    expectError({.capacity = TokenBucketOptions::kMaxCapacity + 1}, "capacity");
    expectError({.refillPerSecond = -1.0}, "refillPerSecond");
    expectError({.refillPerSecond = std::numeric_limits<double>::quiet_NaN()}, "refillPerSecond");
    expectError({.refillPerSecond = std::numeric_limits<double>::infinity()}, "refillPerSecond");
    EXPECT_TRUE(TokenBucketOptions{}.validate().isEmpty());

    auto clock = std::make_shared<ManualClock>();
    TokenBucket bucket({.capacity = -7, .refillPerSecond = -3.0}, clock);
    EXPECT_EQ(bucket.options().capacity, 1);
    EXPECT_EQ(bucket.options().refillPerSecond, 0.0);
    EXPECT_TRUE(bucket.tryAcquire());
    EXPECT_FALSE(bucket.tryAcquire());
}

TEST(RateLimit, SeedTiers)
{
    using OpsDeck::Reliability::rateLimitFor;
    EXPECT_EQ(rateLimitFor(RateLimitTier::Free), (RateLimit{100, 60s}));
    EXPECT_EQ(rateLimitFor(RateLimitTier::Paid), (RateLimit{1'000, 60s}));
    EXPECT_EQ(rateLimitFor(RateLimitTier::Enterprise), (RateLimit{10'000, 60s}));
    EXPECT_EQ(toString(RateLimitTier::Enterprise), QStringLiteral("enterprise"));

    const TokenBucketOptions paid = rateLimitFor(RateLimitTier::Paid).bucketOptions();
    EXPECT_EQ(paid.capacity, 1000);
    EXPECT_DOUBLE_EQ(paid.refillPerSecond, 1000.0 / 60.0);
}

TEST(RateLimit, PaidTierAllowsAThousandPerMinuteSustained)
{
    auto clock = std::make_shared<ManualClock>();
    TokenBucket bucket(OpsDeck::Reliability::rateLimitFor(RateLimitTier::Paid).bucketOptions(),
                       clock);
    int granted = drain(bucket); // the burst
    for (int second = 0; second < 600; ++second) {
        clock->advance(1s);
        granted += drain(bucket);
    }
    // Ten minutes after the burst: 10 x 1000 more, exactly.
    EXPECT_EQ(granted, 1000 + 10'000);
}
