// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/logs/logsink.h"

#include <QFuture>

namespace OpsDeck::Logs {

namespace {
constexpr int kMaxBatch = 5000;
constexpr int kMaxInFlight = 4;
} // namespace

LogSink::LogSink(Backend::ILogStore *store, QObject *parent) : QObject(parent), m_store(store)
{
    m_timer.setInterval(20);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LogSink::flush);
}

void LogSink::add(Backend::LogRecord record)
{
    if (m_queue.size() >= m_maxQueued) {
        m_queue.removeFirst();
        ++m_dropped;
    }
    m_queue.append(std::move(record));
    if (m_queue.size() >= kMaxBatch)
        flush();
    else if (!m_timer.isActive())
        m_timer.start();
}

void LogSink::flush()
{
    if (m_queue.isEmpty() || !m_store)
        return;
    if (m_inFlight >= kMaxInFlight) {
        m_timer.start(); // the store is behind: keep queueing (bounded above)
        return;
    }
    QList<Backend::LogRecord> batch;
    batch.swap(m_queue);
    ++m_inFlight;
    m_store->append(batch).then(this, [this](const Result<qint64> &result) {
        --m_inFlight;
        if (result) {
            m_committed += *result;
            Q_EMIT committedChanged(m_committed);
        } else {
            Q_EMIT failed(result.error());
        }
        if (!m_queue.isEmpty() && !m_timer.isActive())
            m_timer.start();
    });
}

} // namespace OpsDeck::Logs
