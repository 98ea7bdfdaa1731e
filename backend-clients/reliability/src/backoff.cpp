// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include <opsdeck/reliability/backoff.h>

#include <algorithm>
#include <limits>

namespace OpsDeck::Reliability {

namespace {

std::uint64_t seedFromDevice()
{
    std::random_device device;
    // random_device yields 32 bits per call; use two for a full 64-bit seed.
    return (std::uint64_t{device()} << 32) ^ std::uint64_t{device()};
}

} // namespace

RandomSource::RandomSource()
    : m_engine(seedFromDevice())
{}

RandomSource::RandomSource(std::uint64_t seed)
    : m_engine(seed)
{}

void RandomSource::reseed(std::uint64_t seed)
{
    const std::lock_guard lock(m_mutex);
    m_engine.seed(seed);
}

std::uint64_t RandomSource::next()
{
    const std::lock_guard lock(m_mutex);
    return m_engine();
}

std::uint64_t RandomSource::bounded(std::uint64_t maxInclusive)
{
    const std::lock_guard lock(m_mutex);
    return boundedLocked(maxInclusive);
}

std::uint64_t RandomSource::boundedLocked(std::uint64_t maxInclusive)
{
    static_assert(std::mt19937_64::min() == 0
                  && std::mt19937_64::max() == std::numeric_limits<std::uint64_t>::max());
    if (maxInclusive == std::numeric_limits<std::uint64_t>::max())
        return m_engine();
    const std::uint64_t range = maxInclusive + 1;
    // 2^64 mod range, computed without 128-bit arithmetic. Outputs below it
    // belong to an incomplete final block and would bias `x % range` towards
    // small numbers, so they are drawn again.
    const std::uint64_t threshold = (std::uint64_t{0} - range) % range;
    std::uint64_t x = m_engine();
    while (x < threshold)
        x = m_engine();
    return x % range;
}

std::int64_t RandomSource::uniform(std::int64_t low, std::int64_t high)
{
    if (high <= low)
        return low;
    // The span of two int64 values fits in uint64 (modular arithmetic on
    // unsigned values is well defined), and so does the offset added back.
    const std::uint64_t span = static_cast<std::uint64_t>(high) - static_cast<std::uint64_t>(low);
    const std::uint64_t offset = bounded(span);
    return static_cast<std::int64_t>(static_cast<std::uint64_t>(low) + offset);
}

RandomSource &RandomSource::global()
{
    static RandomSource s_global;
    return s_global;
}

std::chrono::milliseconds BackoffPolicy::delayFor(int attempt, RandomSource &random) const
{
    using Rep = std::chrono::milliseconds::rep;
    constexpr Rep kRepMax = std::numeric_limits<Rep>::max();

    const Rep base = std::max<Rep>(0, baseDelay.count());
    const Rep cap = std::max<Rep>(0, maxDelay.count());
    const Rep jitterMax = std::max<Rep>(0, maxJitter.count());
    const int exponent = std::max(0, attempt);

    // Draw first and unconditionally, so the number of draws per call does not
    // depend on whether the cap is reached.
    const Rep jitter = jitterMax > 0 ? random.uniform(0, jitterMax) : 0;

    if (base == 0)
        return std::chrono::milliseconds(std::min(cap, jitter));
    // base * 2^exponent overflows exactly when base > kRepMax >> exponent;
    // shifting a 64-bit value by 63 or more is itself undefined, so any such
    // exponent saturates too (base >= 1 makes 2^63 * base exceed kRepMax).
    if (exponent >= std::numeric_limits<Rep>::digits || base > (kRepMax >> exponent))
        return std::chrono::milliseconds(cap);
    const Rep exponential = base << exponent;
    if (exponential > kRepMax - jitter)
        return std::chrono::milliseconds(cap);
    return std::chrono::milliseconds(std::min(cap, exponential + jitter));
}

QString BackoffPolicy::validate() const
{
    if (baseDelay.count() < 0)
        return QStringLiteral("baseDelay must not be negative (%1 ms)").arg(baseDelay.count());
    if (maxDelay.count() < 0)
        return QStringLiteral("maxDelay must not be negative (%1 ms)").arg(maxDelay.count());
    if (maxJitter.count() < 0)
        return QStringLiteral("maxJitter must not be negative (%1 ms)").arg(maxJitter.count());
    if (baseDelay > maxDelay) {
        return QStringLiteral("baseDelay (%1 ms) must not exceed maxDelay (%2 ms)")
            .arg(baseDelay.count())
            .arg(maxDelay.count());
    }
    if (maxAttempts < 1)
        return QStringLiteral("maxAttempts must be at least 1 (%1)").arg(maxAttempts);
    return {};
}

} // namespace OpsDeck::Reliability
