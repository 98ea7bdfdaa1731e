// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/reliability/reliability_export.h>

#include <QString>

#include <chrono>
#include <cstdint>
#include <mutex>
#include <random>

namespace OpsDeck::Reliability {

/**
 * A seedable, thread-safe source of random numbers for jitter.
 *
 * The engine is std::mt19937_64, whose output the C++ standard fixes for a
 * given seed. The standard library's distributions are *not* fixed (libstdc++,
 * libc++ and MSVC differ), so bounded() maps the engine's output to a range
 * with its own documented method: unbiased rejection ("debiased modulo",
 * Lemire 2019). A seeded RandomSource therefore yields the same numbers on
 * every platform, and tests can assert exact jittered delays.
 *
 * \code
 * OpsDeck::Reliability::RandomSource random(42);      // deterministic
 * const auto jitter = random.uniform(0, 1000);         // 0..1000 inclusive
 * \endcode
 */
class OPSDECK_RELIABILITY_EXPORT RandomSource
{
public:
    /** Seeds from std::random_device: different numbers on every run. */
    RandomSource();
    /** Seeds with \a seed: the same numbers on every run and platform. */
    explicit RandomSource(std::uint64_t seed);

    RandomSource(const RandomSource &) = delete;
    RandomSource &operator=(const RandomSource &) = delete;

    /** Restarts the sequence from \a seed. */
    void reseed(std::uint64_t seed);

    /** The engine's next raw 64-bit output. */
    std::uint64_t next();

    /**
     * A uniformly distributed number in [0, \a maxInclusive]. Draws one or
     * (rarely, to remove modulo bias) more engine outputs.
     */
    std::uint64_t bounded(std::uint64_t maxInclusive);

    /**
     * A uniformly distributed number in [\a low, \a high], both inclusive.
     * Returns \a low if \a high < \a low.
     */
    std::int64_t uniform(std::int64_t low, std::int64_t high);

    /** A process-wide instance seeded from std::random_device. Thread-safe. */
    static RandomSource &global();

private:
    std::uint64_t boundedLocked(std::uint64_t maxInclusive);

    std::mutex m_mutex;
    std::mt19937_64 m_engine;
};

/**
 * How long to wait between attempts: exponential backoff with jitter.
 *
 * The defaults are the seed's: five attempts in total, the first immediate,
 * then waits of about 1 s, 2 s, 4 s and 8 s, each plus up to 1000 ms of random
 * jitter so that many clients failing together do not retry together.
 *
 * \code
 * using namespace std::chrono_literals;
 * OpsDeck::Reliability::BackoffPolicy policy{.baseDelay = 500ms, .maxDelay = 10s};
 * if (const QString error = policy.validate(); !error.isEmpty())
 *     qWarning() << error;
 * OpsDeck::Reliability::RandomSource random(7);
 * const auto wait = policy.delayFor(0, random);   // 500 ms .. 1500 ms
 * \endcode
 */
struct OPSDECK_RELIABILITY_EXPORT BackoffPolicy
{
    /** The wait before the first retry (the second attempt), before jitter. */
    std::chrono::milliseconds baseDelay{1000};
    /**
     * The longest wait, jitter included. Not given by the seed; 30 s matches
     * the circuit breaker's default open duration, beyond which waiting for a
     * retry is slower than letting the breaker probe.
     */
    std::chrono::milliseconds maxDelay{30'000};
    /** Attempts in total, the first included. The seed gives up after 5. */
    int maxAttempts = 5;
    /** The largest random jitter added to each wait (uniform, inclusive). */
    std::chrono::milliseconds maxJitter{1000};

    /**
     * The wait before retry number \a attempt, counted from 0: delayFor(0) is
     * the wait after the first failure, before the second attempt.
     *
     * Returns min(maxDelay, baseDelay * 2^attempt + uniform(0, maxJitter)),
     * which is the seed's formula. It draws the jitter from \a random exactly
     * once per call (when maxJitter > 0), whatever the outcome, so a seeded
     * sequence stays predictable.
     *
     * Overflow-safe: any \a attempt, including 63 or 10'000, saturates at
     * maxDelay; a negative \a attempt counts as 0. On a policy that validate()
     * rejects, negative durations count as zero; there is no undefined
     * behaviour for any input.
     *
     * Note that the cap applies after the jitter, exactly as in the seed, so
     * waits that reach maxDelay are no longer spread out.
     */
    std::chrono::milliseconds delayFor(int attempt, RandomSource &random) const;

    /**
     * An empty string if the policy makes sense; otherwise an English message
     * naming the offending field (negative durations, baseDelay > maxDelay,
     * maxAttempts < 1). Meant for logs and configuration errors.
     */
    QString validate() const;

    friend bool operator==(const BackoffPolicy &, const BackoffPolicy &) = default;
};

} // namespace OpsDeck::Reliability
