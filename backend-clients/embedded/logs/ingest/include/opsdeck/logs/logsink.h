// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/logstore.h>

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace OpsDeck::Logs {

/**
 * Batches records from a live source into ILogStore::append: one append per
 * \c interval or per \c maxBatch records, at most \c maxInFlight appends
 * waiting; beyond that the oldest queued records are dropped and counted,
 * so a slow disk never makes a receiver block (it would lose datagrams
 * anyway). committed() counts what the store acknowledged.
 */
class LogSink : public QObject
{
    Q_OBJECT
public:
    explicit LogSink(Backend::ILogStore *store, QObject *parent = nullptr);

    void add(Backend::LogRecord record);
    /** Appends what is queued now. */
    void flush();

    qint64 committed() const { return m_committed; }
    qint64 dropped() const { return m_dropped; }
    qint64 inFlight() const { return m_inFlight; }
    void setMaxQueued(int records) { m_maxQueued = records; }

Q_SIGNALS:
    void committedChanged(qint64 committed);
    void failed(const OpsDeck::Error &error);

private:
    QPointer<Backend::ILogStore> m_store;
    QList<Backend::LogRecord> m_queue;
    QTimer m_timer;
    qint64 m_committed = 0;
    qint64 m_dropped = 0;
    int m_inFlight = 0;
    int m_maxQueued = 200'000;
};

} // namespace OpsDeck::Logs
