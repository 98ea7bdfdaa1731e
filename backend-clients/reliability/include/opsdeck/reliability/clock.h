// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/reliability/reliability_export.h>

#include <atomic>
#include <chrono>
#include <memory>

namespace OpsDeck::Reliability {

/**
 * A source of monotonic time.
 *
 * Everything in this library that measures time (the circuit breaker's open
 * duration, the token bucket's refill) asks an injected Clock instead of
 * calling std::chrono::steady_clock directly, so tests and simulations can
 * drive time by hand with ManualClock and never sleep.
 *
 * Implementations must be monotonic (now() never goes backwards) and
 * thread-safe: now() is called concurrently from any thread.
 *
 * \code
 * auto clock = std::make_shared<OpsDeck::Reliability::ManualClock>();
 * OpsDeck::Reliability::TokenBucket bucket({.capacity = 10, .refillPerSecond = 1.0}, clock);
 * clock->advance(std::chrono::seconds(3)); // three tokens refilled, instantly
 * \endcode
 */
class OPSDECK_RELIABILITY_EXPORT Clock
{
public:
    using Duration = std::chrono::steady_clock::duration;
    using TimePoint = std::chrono::steady_clock::time_point;

    virtual ~Clock();

    /** The current time. Thread-safe; never earlier than a previous call. */
    virtual TimePoint now() const = 0;

protected:
    Clock() = default;
    Clock(const Clock &) = delete;
    Clock &operator=(const Clock &) = delete;
};

/**
 * The real clock: std::chrono::steady_clock.
 *
 * It has no state, so one shared instance serves the whole process; it is the
 * default Clock of every class in this library.
 *
 * \code
 * OpsDeck::Reliability::CircuitBreaker breaker(QStringLiteral("payments"), {},
 *                                              OpsDeck::Reliability::SystemClock::instance());
 * \endcode
 */
class OPSDECK_RELIABILITY_EXPORT SystemClock final : public Clock
{
public:
    SystemClock() = default;
    ~SystemClock() override;

    TimePoint now() const override;

    /** The process-wide instance. Thread-safe; never null. */
    static std::shared_ptr<SystemClock> instance();
};

/**
 * A clock that only moves when told to, for tests and simulations.
 *
 * It starts at \a start (by default the steady clock's epoch) and stays there
 * until advance() or set() moves it. Every member is thread-safe: one thread
 * may advance the clock while others read it.
 *
 * To honour the Clock contract the clock never goes backwards: advance() with
 * a negative duration and set() to an earlier time are refused (logged, and
 * set() returns false). Advancing past the largest representable time point
 * saturates there instead of overflowing.
 *
 * \code
 * auto clock = std::make_shared<OpsDeck::Reliability::ManualClock>();
 * OpsDeck::Reliability::CircuitBreaker breaker(QStringLiteral("payments"), {}, clock);
 * for (int i = 0; i < 5; ++i)
 *     breaker.recordFailure();                 // opens
 * clock->advance(std::chrono::seconds(30));    // the open duration passes at once
 * Q_ASSERT(breaker.allowRequest());            // half-open: one trial request
 * \endcode
 */
class OPSDECK_RELIABILITY_EXPORT ManualClock final : public Clock
{
public:
    explicit ManualClock(TimePoint start = TimePoint{});
    ~ManualClock() override;

    TimePoint now() const override;

    /** Moves the clock forward by \a delta. A negative \a delta is ignored. */
    void advance(Duration delta);

    /**
     * Moves the clock to \a time. Returns false, leaving the clock unchanged,
     * if \a time is earlier than now().
     */
    bool set(TimePoint time);

private:
    std::atomic<Duration::rep> m_ticks;
};

} // namespace OpsDeck::Reliability
