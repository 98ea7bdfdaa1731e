// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/reliability/clock.h>
#include <opsdeck/reliability/reliability_export.h>

#include <QMetaType>
#include <QString>

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace OpsDeck::Reliability {

/** Options of a CircuitBreaker. The defaults are the seed's. */
struct OPSDECK_RELIABILITY_EXPORT CircuitBreakerOptions
{
    /** Consecutive failures, while closed, that open the circuit. */
    int failureThreshold = 5;
    /** How long the circuit stays open before it lets a trial request through. */
    std::chrono::milliseconds openDuration{30'000};
    /** Trial requests allowed at the same time while half-open. */
    int halfOpenMaxTrials = 1;
    /** Successful trials, while half-open, that close the circuit again. */
    int successThreshold = 1;

    /**
     * An empty string if the options make sense; otherwise an English message
     * naming the offending field (thresholds and trials below 1, a negative
     * open duration).
     */
    QString validate() const;

    friend bool operator==(const CircuitBreakerOptions &, const CircuitBreakerOptions &) = default;
};

/**
 * Stops calling a dependency that keeps failing, and probes it for recovery.
 *
 * - **Closed**: requests go through. failureThreshold consecutive failures
 *   open the circuit; any success resets the count.
 * - **Open**: allowRequest() fails fast. Once openDuration has passed on the
 *   clock, the next allowRequest() moves to HalfOpen and admits one trial.
 * - **HalfOpen**: up to halfOpenMaxTrials trials run at a time; other requests
 *   fail fast. successThreshold successful trials close the circuit; a single
 *   failure re-opens it for another full openDuration.
 *
 * With the defaults this is the seed's example: after 5 failures the circuit
 * opens, callers get an immediate error, after 30 s one request is tried, and
 * its success closes the circuit while its failure keeps it open.
 *
 * Results are attributed to the state at the time they are recorded: results
 * recorded while Open are counted but change nothing (they belong to requests
 * admitted before the circuit opened); while HalfOpen, only as many results
 * as trials were admitted count. A trial that never reports back would block
 * HalfOpen for ever, so after another openDuration without a result its slot
 * is given to a new trial.
 *
 * Thread-safe: every member may be called from any thread. The state-change
 * callback runs outside the lock, on the thread that caused the change, so it
 * may call back into the breaker; callbacks from different threads may
 * interleave.
 *
 * \code
 * OpsDeck::Reliability::CircuitBreaker breaker(QStringLiteral("payments-api"));
 * if (!breaker.allowRequest())
 *     return cachedResponse();          // fast fail while open
 * const auto reply = callPaymentApi();
 * if (reply.ok())
 *     breaker.recordSuccess();
 * else
 *     breaker.recordFailure();
 * \endcode
 */
class OPSDECK_RELIABILITY_EXPORT CircuitBreaker
{
    Q_GADGET

public:
    enum class State { Closed, Open, HalfOpen };
    Q_ENUM(State)

    /** Running totals since construction (reset() keeps them). */
    struct Counters
    {
        std::uint64_t successes = 0; ///< recordSuccess() calls
        std::uint64_t failures = 0;  ///< recordFailure() calls
        std::uint64_t rejected = 0;  ///< allowRequest() calls that returned false
        std::uint64_t opened = 0;    ///< transitions into Open
        int consecutiveFailures = 0; ///< current run of failures while Closed
        friend bool operator==(const Counters &, const Counters &) = default;
    };

    /** Called with the old and the new state after every transition. */
    using StateChangedCallback = std::function<void(State from, State to)>;

    /**
     * A breaker named \a name (for logs and display), closed. Invalid
     * \a options are logged and replaced by the nearest valid values.
     */
    explicit CircuitBreaker(QString name, CircuitBreakerOptions options = {},
                            std::shared_ptr<const Clock> clock = SystemClock::instance());
    ~CircuitBreaker();

    CircuitBreaker(const CircuitBreaker &) = delete;
    CircuitBreaker &operator=(const CircuitBreaker &) = delete;

    QString name() const;
    CircuitBreakerOptions options() const;

    /**
     * Whether a request may go out now. Moves Open to HalfOpen once the open
     * duration has passed; a true answer in HalfOpen takes a trial slot, so
     * call it once per request and report the result.
     */
    bool allowRequest();
    /** Reports that an admitted request succeeded. */
    void recordSuccess();
    /** Reports that an admitted request failed. */
    void recordFailure();

    /**
     * The current state. Does not move Open to HalfOpen; it stays Open until
     * allowRequest() is called after the open duration.
     */
    State state() const;
    Counters counters() const;

    /**
     * How long until an open circuit admits a trial (for a Retry-After
     * header or a status line); zero unless Open.
     */
    Clock::Duration remainingOpenTime() const;

    /** Closes the circuit by hand (an operator's "retry now"). */
    void reset();

    /** Replaces the callback; an empty function removes it. */
    void setStateChangedCallback(StateChangedCallback callback);

private:
    struct Transition
    {
        State from;
        State to;
    };
    void moveToLocked(State to, std::optional<Transition> &transition);
    void notify(const std::optional<Transition> &transition);

    const QString m_name;
    const CircuitBreakerOptions m_options;
    const std::shared_ptr<const Clock> m_clock;

    mutable std::mutex m_mutex;
    State m_state = State::Closed;
    Counters m_counters;
    Clock::TimePoint m_openedAt{};
    Clock::TimePoint m_lastTrialAt{};
    int m_trialsInFlight = 0;
    int m_trialSuccesses = 0;
    StateChangedCallback m_callback;
};

/** Machine-readable name: "closed", "open" or "half-open". */
OPSDECK_RELIABILITY_EXPORT QString toString(CircuitBreaker::State state);

} // namespace OpsDeck::Reliability
