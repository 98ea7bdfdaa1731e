// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include <opsdeck/reliability/backoff.h>
#include <opsdeck/reliability/clock.h>

#include <gtest/gtest.h>

#include <array>
#include <limits>
#include <set>
#include <thread>
#include <vector>

using namespace std::chrono_literals;
using OpsDeck::Reliability::BackoffPolicy;
using OpsDeck::Reliability::Clock;
using OpsDeck::Reliability::ManualClock;
using OpsDeck::Reliability::RandomSource;
using OpsDeck::Reliability::SystemClock;

namespace {

BackoffPolicy withoutJitter()
{
    BackoffPolicy policy;
    policy.maxJitter = 0ms;
    return policy;
}

} // namespace

TEST(BackoffPolicy, DefaultsAreTheSeeds)
{
    const BackoffPolicy policy;
    EXPECT_EQ(policy.maxAttempts, 5);
    EXPECT_EQ(policy.baseDelay, 1000ms);
    EXPECT_EQ(policy.maxJitter, 1000ms);
    EXPECT_EQ(policy.maxDelay, 30'000ms);
    EXPECT_TRUE(policy.validate().isEmpty()) << qPrintable(policy.validate());
}

TEST(BackoffPolicy, WithoutJitterFollowsTheSeedsTable)
{
    // Seed: attempt 2 waits 1 s, attempt 3 waits 2 s, attempt 4 4 s, attempt 5 8 s.
    const BackoffPolicy policy = withoutJitter();
    RandomSource random(1);
    EXPECT_EQ(policy.delayFor(0, random), 1000ms);
    EXPECT_EQ(policy.delayFor(1, random), 2000ms);
    EXPECT_EQ(policy.delayFor(2, random), 4000ms);
    EXPECT_EQ(policy.delayFor(3, random), 8000ms);
    EXPECT_EQ(policy.delayFor(4, random), 16'000ms);
    EXPECT_EQ(policy.delayFor(5, random), 30'000ms); // 32 s capped at maxDelay
}

TEST(BackoffPolicy, SeededDelaysAreExactAndPortable)
{
    // Computed independently (a Python mt19937_64 plus the documented
    // debiased-modulo mapping). A change here breaks reproducibility across
    // platforms and releases, so it must be deliberate.
    const BackoffPolicy policy;
    RandomSource random(42);
    const std::array<std::chrono::milliseconds, 6> expected{1937ms, 2528ms,   4922ms,
                                                            8669ms, 16'643ms, 30'000ms};
    for (int attempt = 0; attempt < 6; ++attempt)
        EXPECT_EQ(policy.delayFor(attempt, random), expected[attempt]) << "attempt " << attempt;
}

TEST(BackoffPolicy, JitterStaysWithinBounds)
{
    const BackoffPolicy policy;
    RandomSource random(2026);
    std::set<long long> jitters;
    for (int round = 0; round < 2000; ++round) {
        for (int attempt = 0; attempt < 4; ++attempt) {
            const std::chrono::milliseconds exponential = policy.baseDelay * (1 << attempt);
            const std::chrono::milliseconds delay = policy.delayFor(attempt, random);
            ASSERT_GE(delay, exponential);
            ASSERT_LE(delay, exponential + policy.maxJitter);
            jitters.insert((delay - exponential).count());
        }
    }
    // 8000 draws over 1001 values: both ends and most values in between appear.
    EXPECT_EQ(*jitters.begin(), 0);
    EXPECT_EQ(*jitters.rbegin(), 1000);
    EXPECT_GT(jitters.size(), 990u);
}

TEST(BackoffPolicy, SameSeedGivesSameSequence)
{
    const BackoffPolicy policy;
    RandomSource a(99);
    RandomSource b(99);
    RandomSource c(100);
    bool differsFromOtherSeed = false;
    for (int attempt = 0; attempt < 20; ++attempt) {
        const auto delay = policy.delayFor(attempt % 4, a);
        EXPECT_EQ(delay, policy.delayFor(attempt % 4, b));
        differsFromOtherSeed |= delay != policy.delayFor(attempt % 4, c);
    }
    EXPECT_TRUE(differsFromOtherSeed);
}

TEST(BackoffPolicy, DrawsExactlyOnceEvenWhenCapped)
{
    const BackoffPolicy policy;
    RandomSource capped(5);
    RandomSource reference(5);
    EXPECT_EQ(policy.delayFor(10'000, capped), policy.maxDelay);
    (void)reference.next();
    EXPECT_EQ(capped.next(), reference.next());
}

TEST(BackoffPolicy, HugeAttemptNumbersSaturateWithoutOverflow)
{
    const BackoffPolicy policy = withoutJitter();
    RandomSource random(3);
    for (int attempt : {30, 52, 53, 62, 63, 64, 65, 1000, 10'000, std::numeric_limits<int>::max()})
        EXPECT_EQ(policy.delayFor(attempt, random), policy.maxDelay) << "attempt " << attempt;
}

TEST(BackoffPolicy, SaturatesAtTheLargestRepresentableDelay)
{
    BackoffPolicy policy;
    policy.maxDelay = std::chrono::milliseconds::max();
    policy.maxJitter = 0ms;
    RandomSource random(4);
    // 1000 * 2^53 (about 9.007e18) fits in 64 bits; 1000 * 2^54 does not.
    EXPECT_EQ(policy.delayFor(53, random).count(), 1000LL << 53);
    EXPECT_EQ(policy.delayFor(54, random), std::chrono::milliseconds::max());
    EXPECT_EQ(policy.delayFor(63, random), std::chrono::milliseconds::max());
    EXPECT_EQ(policy.delayFor(10'000, random), std::chrono::milliseconds::max());

    // The jitter itself can push the sum over the edge.
    policy.baseDelay = std::chrono::milliseconds::max();
    policy.maxJitter = std::chrono::milliseconds::max();
    for (int i = 0; i < 100; ++i)
        ASSERT_EQ(policy.delayFor(0, random), std::chrono::milliseconds::max());
}

TEST(BackoffPolicy, NegativeAttemptCountsAsFirstRetry)
{
    const BackoffPolicy policy = withoutJitter();
    RandomSource random(6);
    EXPECT_EQ(policy.delayFor(-1, random), 1000ms);
    EXPECT_EQ(policy.delayFor(std::numeric_limits<int>::min(), random), 1000ms);
}

TEST(BackoffPolicy, ZeroBaseGivesOnlyJitter)
{
    BackoffPolicy policy;
    policy.baseDelay = 0ms;
    RandomSource random(7);
    // Seed 7's first five draws in 0..1000 (independently computed).
    for (long long expected : {792, 326, 911, 849, 621})
        EXPECT_EQ(policy.delayFor(40, random).count(), expected);
}

TEST(BackoffPolicy, InvalidPolicyNeverMisbehaves)
{
    BackoffPolicy policy;
    policy.baseDelay = -5s;
    policy.maxDelay = -1s;
    policy.maxJitter = -1ms;
    RandomSource random(8);
    EXPECT_EQ(policy.delayFor(0, random), 0ms);
    EXPECT_EQ(policy.delayFor(100, random), 0ms);
}

TEST(BackoffPolicy, ValidateNamesTheOffendingField)
{
    auto expectError = [](BackoffPolicy policy, const char *field) {
        const QString error = policy.validate();
        EXPECT_TRUE(error.startsWith(QLatin1String(field))) << qPrintable(error);
    };
    BackoffPolicy p;
    p.baseDelay = -1ms;
    expectError(p, "baseDelay");
    p = {};
    p.maxDelay = -1ms;
    expectError(p, "maxDelay");
    p = {};
    p.maxJitter = -1ms;
    expectError(p, "maxJitter");
    p = {};
    p.baseDelay = 60s;
    expectError(p, "baseDelay (60000 ms) must not exceed maxDelay (30000 ms)");
    p = {};
    p.maxAttempts = 0;
    expectError(p, "maxAttempts");

    p = {};
    p.baseDelay = 0ms;
    p.maxJitter = 0ms;
    p.maxAttempts = 1;
    EXPECT_TRUE(p.validate().isEmpty());
}

TEST(RandomSource, BoundedIsInclusiveAndCoversTheRange)
{
    RandomSource random(11);
    std::array<int, 4> seen{};
    for (int i = 0; i < 1000; ++i) {
        const std::uint64_t value = random.bounded(3);
        ASSERT_LE(value, 3u);
        ++seen[value];
    }
    for (int count : seen)
        EXPECT_GT(count, 180); // ~250 each
    EXPECT_EQ(random.bounded(0), 0u);
}

TEST(RandomSource, BoundedRejectsTheBiasedTail)
{
    // For a range of 2^63 + 1 values almost half of the engine's outputs fall
    // in the incomplete final block and must be drawn again; plain modulo would
    // return 5263790498402004422 first. Independently computed, like above.
    RandomSource random(21);
    const std::uint64_t max = std::uint64_t{1} << 63;
    EXPECT_EQ(random.bounded(max), 2185850521385351181ULL);
    EXPECT_EQ(random.bounded(max), 590617631097594480ULL);
    EXPECT_EQ(random.bounded(max), 821519214057319162ULL);
    EXPECT_EQ(random.bounded(max), 8923916999137415938ULL);
}

TEST(RandomSource, UniformHandlesExtremesAndEmptyRanges)
{
    RandomSource random(12);
    EXPECT_EQ(random.uniform(5, 5), 5);
    EXPECT_EQ(random.uniform(5, 1), 5);
    const auto lo = std::numeric_limits<std::int64_t>::min();
    const auto hi = std::numeric_limits<std::int64_t>::max();
    bool sawNegative = false;
    bool sawPositive = false;
    for (int i = 0; i < 64; ++i) {
        const std::int64_t value = random.uniform(lo, hi); // full range: no UB
        sawNegative |= value < 0;
        sawPositive |= value > 0;
    }
    EXPECT_TRUE(sawNegative && sawPositive);
    for (int i = 0; i < 100; ++i) {
        const std::int64_t value = random.uniform(-3, 3);
        ASSERT_GE(value, -3);
        ASSERT_LE(value, 3);
    }
    EXPECT_NE(random.bounded(std::numeric_limits<std::uint64_t>::max()),
              random.bounded(std::numeric_limits<std::uint64_t>::max()));
}

TEST(RandomSource, ReseedRestartsTheSequence)
{
    RandomSource random(42);
    const std::uint64_t first = random.next();
    // The standard fixes mt19937_64's output; this is its first value for seed 42.
    EXPECT_EQ(first, 13930160852258120406ULL);
    random.reseed(42);
    EXPECT_EQ(random.next(), first);
}

TEST(RandomSource, ConcurrentDrawsAreSafeAndComplete)
{
    RandomSource shared(13);
    std::vector<std::uint64_t> a;
    std::vector<std::uint64_t> b;
    std::thread ta([&] {
        for (int i = 0; i < 5000; ++i)
            a.push_back(shared.next());
    });
    std::thread tb([&] {
        for (int i = 0; i < 5000; ++i)
            b.push_back(shared.next());
    });
    ta.join();
    tb.join();
    // Together the threads consumed exactly the first 10000 outputs, each once.
    RandomSource reference(13);
    std::multiset<std::uint64_t> expected;
    for (int i = 0; i < 10'000; ++i)
        expected.insert(reference.next());
    std::multiset<std::uint64_t> actual(a.begin(), a.end());
    actual.insert(b.begin(), b.end());
    EXPECT_EQ(actual, expected);
}

TEST(ManualClock, MovesOnlyWhenTold)
{
    ManualClock clock;
    const Clock::TimePoint start = clock.now();
    EXPECT_EQ(clock.now(), start);
    clock.advance(1500ms);
    EXPECT_EQ(clock.now() - start, 1500ms);
    EXPECT_TRUE(clock.set(start + 1h));
    EXPECT_EQ(clock.now() - start, 1h);
}

TEST(ManualClock, NeverGoesBackwards)
{
    ManualClock clock(Clock::TimePoint(10s));
    clock.advance(-1s);
    EXPECT_EQ(clock.now(), Clock::TimePoint(10s));
    EXPECT_FALSE(clock.set(Clock::TimePoint(9s)));
    EXPECT_EQ(clock.now(), Clock::TimePoint(10s));
    EXPECT_TRUE(clock.set(Clock::TimePoint(10s)));
}

TEST(ManualClock, AdvanceSaturatesInsteadOfWrapping)
{
    ManualClock clock(Clock::TimePoint(1s));
    clock.advance(Clock::Duration::max());
    EXPECT_EQ(clock.now(), Clock::TimePoint::max());
    clock.advance(1s);
    EXPECT_EQ(clock.now(), Clock::TimePoint::max());
}

TEST(ManualClock, ConcurrentAdvancesAllCount)
{
    ManualClock clock;
    std::thread a([&] {
        for (int i = 0; i < 10'000; ++i)
            clock.advance(1ms);
    });
    std::thread b([&] {
        for (int i = 0; i < 10'000; ++i)
            clock.advance(1ms);
    });
    a.join();
    b.join();
    EXPECT_EQ(clock.now(), Clock::TimePoint(20s));
}

TEST(SystemClock, IsOneSharedMonotonicInstance)
{
    const auto clock = SystemClock::instance();
    ASSERT_TRUE(clock);
    EXPECT_EQ(clock, SystemClock::instance());
    const Clock::TimePoint first = clock->now();
    EXPECT_GE(clock->now(), first);
}
