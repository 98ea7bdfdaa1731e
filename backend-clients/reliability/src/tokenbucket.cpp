// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include <opsdeck/reliability/tokenbucket.h>

#include "logging_p.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace OpsDeck::Reliability {

using Internal::lcReliability;

namespace {

using Ticks = Clock::Duration::rep;
using Period = Clock::Duration::period;
constexpr Ticks kMaxTicks = std::numeric_limits<Ticks>::max();

// A rate so slow that a full refill outlasts the clock's range would saturate
// the refill arithmetic (and a century is "never" for a rate limiter anyway).
bool tooSlow(std::int64_t capacity, double refillPerSecond)
{
    return refillPerSecond > 0
           && static_cast<long double>(capacity) / refillPerSecond
                  > TokenBucketOptions::kMaxFullRefillSeconds;
}

TokenBucketOptions sanitized(TokenBucketOptions options)
{
    if (const QString error = options.validate(); !error.isEmpty()) {
        qCWarning(lcReliability,
                  "TokenBucket: invalid options (%ls); using the nearest valid values",
                  qUtf16Printable(error));
    }
    options.capacity =
        std::clamp<std::int64_t>(options.capacity, 1, TokenBucketOptions::kMaxCapacity);
    if (!std::isfinite(options.refillPerSecond) || options.refillPerSecond < 0
        || tooSlow(options.capacity, options.refillPerSecond)) {
        options.refillPerSecond = 0;
    }
    return options;
}

long double ticksPerToken(double refillPerSecond)
{
    if (refillPerSecond <= 0)
        return 0;
    // long double keeps 64 bits of mantissa on x86, so whole tick counts up to
    // 2^63 stay exact. A vanishingly small rate gives infinity, which the
    // conversion below saturates.
    return static_cast<long double>(Period::den)
           / (static_cast<long double>(Period::num) * static_cast<long double>(refillPerSecond));
}

// Rounds to the nearest tick; anything beyond the clock's range (including
// infinity) saturates instead of overflowing.
Ticks toTicks(long double ticks)
{
    if (!(ticks < static_cast<long double>(kMaxTicks)))
        return kMaxTicks;
    if (!(ticks > 0))
        return 0;
    return static_cast<Ticks>(std::llround(ticks));
}

Ticks saturatingAdd(Ticks a, Ticks b) // both >= 0
{
    return a > kMaxTicks - b ? kMaxTicks : a + b;
}

} // namespace

QString TokenBucketOptions::validate() const
{
    if (capacity < 1 || capacity > kMaxCapacity) {
        return QStringLiteral("capacity must be between 1 and %1 (%2)")
            .arg(kMaxCapacity)
            .arg(capacity);
    }
    if (!std::isfinite(refillPerSecond) || refillPerSecond < 0)
        return QStringLiteral("refillPerSecond must be a finite number >= 0 (%1)")
            .arg(refillPerSecond);
    if (tooSlow(capacity, refillPerSecond)) {
        return QStringLiteral("refillPerSecond is too small (%1): refilling %2 tokens would take"
                              " more than 100 years")
            .arg(refillPerSecond)
            .arg(capacity);
    }
    return {};
}

TokenBucket::TokenBucket(TokenBucketOptions options, std::shared_ptr<const Clock> clock)
    : m_options(sanitized(options))
    , m_clock(clock ? std::move(clock) : SystemClock::instance())
    , m_ticksPerToken(ticksPerToken(m_options.refillPerSecond))
    , m_fullAt(m_clock->now())
    , m_budget(m_options.capacity)
{}

TokenBucket::~TokenBucket() = default;

TokenBucketOptions TokenBucket::options() const
{
    return m_options;
}

// How far the bucket is from full, in ticks of refill time.
TokenBucket::Ticks TokenBucket::debtLocked(Clock::TimePoint now) const
{
    const Ticks fullAt = m_fullAt.time_since_epoch().count();
    const Ticks current = now.time_since_epoch().count();
    if (fullAt <= current)
        return 0;
    // fullAt > current; the difference overflows only if current is negative.
    if (current < 0 && fullAt > kMaxTicks + current)
        return kMaxTicks;
    return fullAt - current;
}

// The most debt that still leaves `tokens` in the bucket.
TokenBucket::Ticks TokenBucket::allowedDebt(std::int64_t tokens) const
{
    return toTicks(static_cast<long double>(m_options.capacity - tokens) * m_ticksPerToken);
}

TokenBucket::Ticks TokenBucket::cost(std::int64_t tokens) const
{
    // At least one tick per token, or an absurdly high rate would hand out
    // tokens for free.
    return std::max<Ticks>(tokens, toTicks(static_cast<long double>(tokens) * m_ticksPerToken));
}

bool TokenBucket::tryAcquire(std::int64_t tokens)
{
    if (tokens < 0 || tokens > m_options.capacity)
        return false;
    if (tokens == 0)
        return true;
    const std::lock_guard lock(m_mutex);
    if (m_ticksPerToken == 0) {
        if (m_budget < tokens)
            return false;
        m_budget -= tokens;
        return true;
    }
    const Clock::TimePoint now = m_clock->now();
    const Ticks debt = debtLocked(now);
    if (debt > allowedDebt(tokens))
        return false;
    const Ticks newDebt = saturatingAdd(debt, cost(tokens));
    const Ticks current = now.time_since_epoch().count();
    m_fullAt = current > 0 && newDebt > kMaxTicks - current ? Clock::TimePoint::max()
                                                            : now + Clock::Duration(newDebt);
    return true;
}

double TokenBucket::available() const
{
    const std::lock_guard lock(m_mutex);
    if (m_ticksPerToken == 0)
        return static_cast<double>(m_budget);
    const long double debtTokens =
        static_cast<long double>(debtLocked(m_clock->now())) / m_ticksPerToken;
    const long double tokens = std::max<long double>(0, m_options.capacity - debtTokens);
    // Rounded to a millionth: 0.6 s at 100/60 per second is 1 token, not
    // 0.99999999999999989 because 100.0 / 60 is not exact in binary.
    return static_cast<double>(std::round(tokens * 1'000'000) / 1'000'000);
}

std::optional<Clock::Duration> TokenBucket::timeUntilAvailable(std::int64_t tokens) const
{
    if (tokens < 0 || tokens > m_options.capacity)
        return std::nullopt;
    if (tokens == 0)
        return Clock::Duration::zero();
    const std::lock_guard lock(m_mutex);
    if (m_ticksPerToken == 0) {
        if (m_budget >= tokens)
            return Clock::Duration::zero();
        return std::nullopt;
    }
    // tryAcquire() succeeds once the debt has shrunk to allowedDebt(): exactly
    // this many ticks from now, not one fewer.
    const Ticks debt = debtLocked(m_clock->now());
    const Ticks allowed = allowedDebt(tokens);
    return Clock::Duration(debt > allowed ? debt - allowed : 0);
}

TokenBucketOptions RateLimit::bucketOptions() const
{
    TokenBucketOptions options;
    options.capacity = requests;
    options.refillPerSecond =
        period.count() > 0 ? static_cast<double>(requests) / static_cast<double>(period.count())
                           : 0.0;
    return options;
}

RateLimit rateLimitFor(RateLimitTier tier)
{
    using namespace std::chrono_literals;
    switch (tier) {
    case RateLimitTier::Free:
        return {100, 60s};
    case RateLimitTier::Paid:
        return {1'000, 60s};
    case RateLimitTier::Enterprise:
        return {10'000, 60s};
    }
    return {100, 60s}; // unreachable for valid enumerators; the strictest tier otherwise
}

QString toString(RateLimitTier tier)
{
    switch (tier) {
    case RateLimitTier::Free:
        return QStringLiteral("free");
    case RateLimitTier::Paid:
        return QStringLiteral("paid");
    case RateLimitTier::Enterprise:
        return QStringLiteral("enterprise");
    }
    return QStringLiteral("unknown");
}

} // namespace OpsDeck::Reliability
