// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include <opsdeck/reliability/clock.h>

#include "logging_p.h"

#include <limits>

namespace OpsDeck::Reliability {

using Internal::lcReliability;

Clock::~Clock() = default;

SystemClock::~SystemClock() = default;

Clock::TimePoint SystemClock::now() const
{
    return std::chrono::steady_clock::now();
}

std::shared_ptr<SystemClock> SystemClock::instance()
{
    // A function-local static: initialised once, thread-safely, on first use,
    // and kept alive by every holder's copy even during static destruction.
    static const auto s_instance = std::make_shared<SystemClock>();
    return s_instance;
}

ManualClock::ManualClock(TimePoint start)
    : m_ticks(start.time_since_epoch().count())
{}

ManualClock::~ManualClock() = default;

Clock::TimePoint ManualClock::now() const
{
    return TimePoint(Duration(m_ticks.load(std::memory_order_acquire)));
}

void ManualClock::advance(Duration delta)
{
    if (delta < Duration::zero()) {
        qCWarning(lcReliability,
                  "ManualClock::advance: ignoring a negative duration (%lld ticks);"
                  " a steady clock never goes backwards",
                  static_cast<long long>(delta.count()));
        return;
    }
    // Saturate instead of wrapping: a test that advances by Duration::max()
    // to mean "forever" must not end up in the past.
    constexpr auto kMax = std::numeric_limits<Duration::rep>::max();
    Duration::rep current = m_ticks.load(std::memory_order_relaxed);
    Duration::rep next = 0;
    do {
        next = current > kMax - delta.count() ? kMax : current + delta.count();
    } while (!m_ticks.compare_exchange_weak(current, next, std::memory_order_acq_rel,
                                            std::memory_order_relaxed));
}

bool ManualClock::set(TimePoint time)
{
    const Duration::rep target = time.time_since_epoch().count();
    Duration::rep current = m_ticks.load(std::memory_order_relaxed);
    do {
        if (target < current) {
            qCWarning(lcReliability, "ManualClock::set: refusing to move the clock backwards");
            return false;
        }
    } while (!m_ticks.compare_exchange_weak(current, target, std::memory_order_acq_rel,
                                            std::memory_order_relaxed));
    return true;
}

} // namespace OpsDeck::Reliability
