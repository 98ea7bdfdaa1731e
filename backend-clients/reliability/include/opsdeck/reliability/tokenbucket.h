// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/reliability/clock.h>
#include <opsdeck/reliability/reliability_export.h>

#include <QString>

#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>

namespace OpsDeck::Reliability {

/** Size and speed of a TokenBucket. The defaults are the seed's. */
struct OPSDECK_RELIABILITY_EXPORT TokenBucketOptions
{
    /** The most tokens the bucket holds, and what it starts with. */
    std::int64_t capacity = 100;
    /**
     * Tokens added per second; fractions allowed (100 per minute = 100.0 / 60).
     * 0 makes a fixed budget that never refills.
     */
    double refillPerSecond = 10.0;

    /** The largest capacity accepted. */
    static constexpr std::int64_t kMaxCapacity = 1'000'000'000'000;
    /** The longest a refill from empty to full may take: 100 years, in seconds. */
    static constexpr double kMaxFullRefillSeconds = 100 * 365.25 * 24 * 3600;

    /**
     * An empty string if the options make sense; otherwise an English message
     * naming the offending field (capacity outside 1..kMaxCapacity, a refill
     * rate that is negative, not finite, or so small that refilling the
     * capacity would take longer than kMaxFullRefillSeconds; such a rate is
     * treated as 0).
     */
    QString validate() const;

    friend bool operator==(const TokenBucketOptions &, const TokenBucketOptions &) = default;
};

/**
 * The token bucket rate limiter.
 *
 * The bucket starts full. Each request takes tokens; tokens flow back at
 * refillPerSecond up to capacity; a request that finds too few tokens is
 * refused (an HTTP 429). Time comes from the injected Clock, so a ManualClock
 * makes the arithmetic exact in tests.
 *
 * Internally the bucket keeps the time at which it will be full again (the
 * GCRA formulation of a token bucket) instead of a running token count, so
 * refilling does no arithmetic on fractions of tokens: how many tokens are
 * available after a given time does not depend on how often anyone looked,
 * and timeUntilAvailable() is exact to the clock's tick. Each acquisition
 * costs n / refillPerSecond seconds, rounded to the nearest tick (1 ns with
 * std::chrono::steady_clock); this bounds the rate at one token per tick.
 * A refill rate of 0 makes a fixed budget that never refills.
 *
 * Thread-safe: every member may be called from any thread; concurrent
 * tryAcquire() calls never hand out more tokens than the bucket had.
 *
 * \code
 * OpsDeck::Reliability::TokenBucket bucket;            // 100 tokens, 10 per second
 * if (!bucket.tryAcquire()) {
 *     const auto wait = bucket.timeUntilAvailable();    // for Retry-After
 *     return tooManyRequests(wait);
 * }
 * \endcode
 */
class OPSDECK_RELIABILITY_EXPORT TokenBucket
{
public:
    /**
     * A full bucket. Invalid \a options are logged and replaced by the
     * nearest valid values (capacity 1..kMaxCapacity; an unusable rate
     * becomes 0).
     */
    explicit TokenBucket(TokenBucketOptions options = {},
                         std::shared_ptr<const Clock> clock = SystemClock::instance());
    ~TokenBucket();

    TokenBucket(const TokenBucket &) = delete;
    TokenBucket &operator=(const TokenBucket &) = delete;

    TokenBucketOptions options() const;

    /**
     * Takes \a tokens if that many are available and returns true; otherwise
     * takes nothing and returns false. Asking for 0 always succeeds; asking
     * for a negative number always fails.
     */
    bool tryAcquire(std::int64_t tokens = 1);

    /** The tokens available now, fractions included, rounded to a millionth. */
    double available() const;

    /**
     * How long until \a tokens will be available, if nothing else takes any:
     * zero if they are available now. std::nullopt means "never": \a tokens
     * exceeds the capacity (or is negative), or the bucket is short and its
     * refill rate is zero. After waiting exactly the returned time, and not a
     * tick less, tryAcquire(\a tokens) succeeds.
     */
    std::optional<Clock::Duration> timeUntilAvailable(std::int64_t tokens = 1) const;

private:
    using Ticks = Clock::Duration::rep;
    Ticks debtLocked(Clock::TimePoint now) const;
    Ticks allowedDebt(std::int64_t tokens) const;
    Ticks cost(std::int64_t tokens) const;

    const TokenBucketOptions m_options;
    const std::shared_ptr<const Clock> m_clock;
    /** Clock ticks per token, or 0 for a bucket that never refills. */
    const long double m_ticksPerToken;

    mutable std::mutex m_mutex;
    /** When the bucket will be full again; at or before now() means full. */
    Clock::TimePoint m_fullAt;
    /** Tokens left, for a bucket that never refills. */
    std::int64_t m_budget;
};

/** The seed's per-user service tiers. */
enum class RateLimitTier { Free, Paid, Enterprise };

/** A number of requests per period, e.g. 100 per minute. */
struct OPSDECK_RELIABILITY_EXPORT RateLimit
{
    std::int64_t requests = 0;
    std::chrono::seconds period{60};

    /**
     * A bucket allowing exactly this rate on average: it holds `requests`
     * tokens (one period's worth may come in a burst) and refills at
     * requests / period per second.
     */
    TokenBucketOptions bucketOptions() const;

    friend bool operator==(const RateLimit &, const RateLimit &) = default;
};

/**
 * The seed's limit for \a tier: Free 100, Paid 1,000 and Enterprise 10,000
 * requests per minute.
 *
 * \code
 * using namespace OpsDeck::Reliability;
 * TokenBucket perUser(rateLimitFor(RateLimitTier::Paid).bucketOptions());
 * \endcode
 */
OPSDECK_RELIABILITY_EXPORT RateLimit rateLimitFor(RateLimitTier tier);

/** Machine-readable name: "free", "paid" or "enterprise". */
OPSDECK_RELIABILITY_EXPORT QString toString(RateLimitTier tier);

} // namespace OpsDeck::Reliability
