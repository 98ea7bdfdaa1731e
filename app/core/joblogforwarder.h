// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/logstore.h>
#include <opsdeck/api/pipelineengine.h>

#include <QObject>
#include <QPointer>
#include <QSet>

namespace OpsDeck::Core {

/**
 * Copies every finished job's log into the log store, so job output is
 * searchable in the Logs panel and `opsctl logs search` with the rest:
 * service "pipelines", the job name as source, fields run, job, job_name,
 * repository, branch, commit and stream. ANSI escapes are stripped from the
 * copy (the job log keeps them). Both backends only through their
 * interfaces; the console makes one while both are bound.
 */
class JobLogForwarder final : public QObject
{
    Q_OBJECT
public:
    JobLogForwarder(Backend::IPipelineEngine *engine, Backend::ILogStore *store, QObject *parent = nullptr);

Q_SIGNALS:
    /** \a lines lines of job \a jobId are in the log store now (or \a error says why not). */
    void forwarded(qint64 jobId, qint64 lines, const QString &error);

private:
    void jobChanged(const Backend::PipelineJob &job);
    void copy(const Backend::PipelineJob &job, const Backend::PipelineRun &run, qint64 from, qint64 copied);

    QPointer<Backend::IPipelineEngine> m_engine;
    QPointer<Backend::ILogStore> m_store;
    QSet<qint64> m_seen;
};

/** \a text without ANSI escape sequences (CSI and OSC). */
QString stripAnsi(const QByteArray &text);

} // namespace OpsDeck::Core
