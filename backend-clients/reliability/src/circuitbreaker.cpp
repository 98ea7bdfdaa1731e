// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include <opsdeck/reliability/circuitbreaker.h>

#include "logging_p.h"

#include <algorithm>

namespace OpsDeck::Reliability {

using Internal::lcReliability;

namespace {

CircuitBreakerOptions sanitized(const QString &name, CircuitBreakerOptions options)
{
    if (const QString error = options.validate(); !error.isEmpty()) {
        qCWarning(lcReliability,
                  "CircuitBreaker %ls: invalid options (%ls); using the nearest valid values",
                  qUtf16Printable(name), qUtf16Printable(error));
    }
    options.failureThreshold = std::max(1, options.failureThreshold);
    options.halfOpenMaxTrials = std::max(1, options.halfOpenMaxTrials);
    options.successThreshold = std::max(1, options.successThreshold);
    options.openDuration = std::max(std::chrono::milliseconds::zero(), options.openDuration);
    return options;
}

} // namespace

QString CircuitBreakerOptions::validate() const
{
    if (failureThreshold < 1)
        return QStringLiteral("failureThreshold must be at least 1 (%1)").arg(failureThreshold);
    if (openDuration.count() < 0)
        return QStringLiteral("openDuration must not be negative (%1 ms)")
            .arg(openDuration.count());
    if (halfOpenMaxTrials < 1)
        return QStringLiteral("halfOpenMaxTrials must be at least 1 (%1)").arg(halfOpenMaxTrials);
    if (successThreshold < 1)
        return QStringLiteral("successThreshold must be at least 1 (%1)").arg(successThreshold);
    return {};
}

CircuitBreaker::CircuitBreaker(QString name, CircuitBreakerOptions options,
                               std::shared_ptr<const Clock> clock)
    : m_name(std::move(name))
    , m_options(sanitized(m_name, options))
    , m_clock(clock ? std::move(clock) : SystemClock::instance())
{}

CircuitBreaker::~CircuitBreaker() = default;

QString CircuitBreaker::name() const
{
    return m_name;
}

CircuitBreakerOptions CircuitBreaker::options() const
{
    return m_options;
}

bool CircuitBreaker::allowRequest()
{
    std::optional<Transition> transition;
    bool allowed = false;
    {
        const std::lock_guard lock(m_mutex);
        const Clock::TimePoint now = m_clock->now();
        switch (m_state) {
        case State::Closed:
            allowed = true;
            break;
        case State::Open:
            if (now - m_openedAt >= m_options.openDuration) {
                moveToLocked(State::HalfOpen, transition);
                m_trialsInFlight = 1;
                m_lastTrialAt = now;
                allowed = true;
            }
            break;
        case State::HalfOpen:
            // A trial whose caller never reported would hold its slot for ever
            // and the circuit could never close; after a further open duration
            // without any result the slots are considered lost.
            if (m_trialsInFlight >= m_options.halfOpenMaxTrials
                && now - m_lastTrialAt >= m_options.openDuration) {
                qCDebug(lcReliability,
                        "CircuitBreaker %ls: trial results overdue; admitting a new trial",
                        qUtf16Printable(m_name));
                m_trialsInFlight = 0;
            }
            if (m_trialsInFlight < m_options.halfOpenMaxTrials) {
                ++m_trialsInFlight;
                m_lastTrialAt = now;
                allowed = true;
            }
            break;
        }
        if (!allowed)
            ++m_counters.rejected;
    }
    notify(transition);
    return allowed;
}

void CircuitBreaker::recordSuccess()
{
    std::optional<Transition> transition;
    {
        const std::lock_guard lock(m_mutex);
        ++m_counters.successes;
        switch (m_state) {
        case State::Closed:
            m_counters.consecutiveFailures = 0;
            break;
        case State::Open:
            break; // a request admitted before the circuit opened; proves nothing now
        case State::HalfOpen:
            if (m_trialsInFlight == 0)
                break; // not one of the trials
            --m_trialsInFlight;
            if (++m_trialSuccesses >= m_options.successThreshold)
                moveToLocked(State::Closed, transition);
            break;
        }
    }
    notify(transition);
}

void CircuitBreaker::recordFailure()
{
    std::optional<Transition> transition;
    {
        const std::lock_guard lock(m_mutex);
        ++m_counters.failures;
        switch (m_state) {
        case State::Closed:
            if (++m_counters.consecutiveFailures >= m_options.failureThreshold)
                moveToLocked(State::Open, transition);
            break;
        case State::Open:
            break; // already open; a late failure must not extend the open time
        case State::HalfOpen:
            if (m_trialsInFlight == 0)
                break;
            moveToLocked(State::Open, transition); // a full open duration again
            break;
        }
    }
    notify(transition);
}

CircuitBreaker::State CircuitBreaker::state() const
{
    const std::lock_guard lock(m_mutex);
    return m_state;
}

CircuitBreaker::Counters CircuitBreaker::counters() const
{
    const std::lock_guard lock(m_mutex);
    return m_counters;
}

Clock::Duration CircuitBreaker::remainingOpenTime() const
{
    const std::lock_guard lock(m_mutex);
    if (m_state != State::Open)
        return Clock::Duration::zero();
    const Clock::Duration elapsed = m_clock->now() - m_openedAt;
    const Clock::Duration total = m_options.openDuration;
    return elapsed >= total ? Clock::Duration::zero() : total - elapsed;
}

void CircuitBreaker::reset()
{
    std::optional<Transition> transition;
    {
        const std::lock_guard lock(m_mutex);
        moveToLocked(State::Closed, transition);
    }
    notify(transition);
}

void CircuitBreaker::setStateChangedCallback(StateChangedCallback callback)
{
    const std::lock_guard lock(m_mutex);
    m_callback = std::move(callback);
}

void CircuitBreaker::moveToLocked(State to, std::optional<Transition> &transition)
{
    const State from = m_state;
    m_state = to;
    m_trialsInFlight = 0;
    m_trialSuccesses = 0;
    switch (to) {
    case State::Closed:
        m_counters.consecutiveFailures = 0;
        break;
    case State::Open:
        m_openedAt = m_clock->now();
        ++m_counters.opened;
        break;
    case State::HalfOpen:
        break;
    }
    if (from != to) {
        qCDebug(lcReliability, "CircuitBreaker %ls: %ls -> %ls", qUtf16Printable(m_name),
                qUtf16Printable(toString(from)), qUtf16Printable(toString(to)));
        transition = Transition{from, to};
    }
}

void CircuitBreaker::notify(const std::optional<Transition> &transition)
{
    if (!transition)
        return;
    StateChangedCallback callback;
    {
        const std::lock_guard lock(m_mutex);
        callback = m_callback;
    }
    // Outside the lock: the callback may query or drive this breaker.
    if (callback)
        callback(transition->from, transition->to);
}

QString toString(CircuitBreaker::State state)
{
    switch (state) {
    case CircuitBreaker::State::Closed:
        return QStringLiteral("closed");
    case CircuitBreaker::State::Open:
        return QStringLiteral("open");
    case CircuitBreaker::State::HalfOpen:
        return QStringLiteral("half-open");
    }
    return QStringLiteral("unknown");
}

} // namespace OpsDeck::Reliability
