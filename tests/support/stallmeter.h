// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

namespace OpsDeck::Test {

/**
 * The longest gap between two ticks of a 1 ms timer on the thread that
 * creates it: the longest that thread's event loop was busy (GUI benches).
 * start() clears the figures, so one meter measures several phases.
 */
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_max = std::max(m_max, now - m_last);
            m_over16 += now - m_last > 16'000'000 ? 1 : 0;
            m_last = now;
            ++m_ticks;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_max = 0;
        m_ticks = 0;
        m_over16 = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double maxMs() const { return double(m_max) / 1e6; }
    int ticks() const { return m_ticks; }
    int over16() const { return m_over16; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_max = 0;
    int m_ticks = 0;
    int m_over16 = 0;
};

} // namespace OpsDeck::Test
