// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "joblogforwarder.h"

#include <QRegularExpression>
#include <QSysInfo>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace OpsDeck::Core {

namespace {
constexpr int kChunk = 5'000;
}

QString stripAnsi(const QByteArray &text)
{
    static const QRegularExpression escapes(u"\\x1b(\\[[0-9;?]*[ -/]*[@-~]|\\][^\\x07\\x1b]*(\\x07|\\x1b\\\\)|[@-Z\\\\-_])"_s);
    QString out = QString::fromUtf8(text);
    if (out.contains(QChar(0x1b)))
        out.remove(escapes);
    return out;
}

JobLogForwarder::JobLogForwarder(Backend::IPipelineEngine *engine, Backend::ILogStore *store, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_store(store)
{
    connect(engine, &Backend::IPipelineEngine::jobUpdated, this, &JobLogForwarder::jobChanged);
}

void JobLogForwarder::jobChanged(const Backend::PipelineJob &job)
{
    // A job is copied once, when this console sees it end.
    if (!Backend::isFinished(job.status) || job.status == Backend::JobStatus::Skipped || m_seen.contains(job.id)
        || !m_engine)
        return;
    m_seen.insert(job.id);
    m_engine->runDetails(job.runId).then(this, [this, job](const Result<Backend::RunDetails> &details) {
        copy(job, details ? details->run : Backend::PipelineRun{}, 0, 0);
    });
}

void JobLogForwarder::copy(const Backend::PipelineJob &job, const Backend::PipelineRun &run, qint64 from,
                           qint64 copied)
{
    if (!m_engine || !m_store)
        return;
    m_engine->readLog(job.id, from, kChunk).then(this, [this, job, run, from, copied](const Result<Backend::LogChunk> &chunk) {
        if (!chunk) {
            Q_EMIT forwarded(job.id, copied, chunk.error().toString());
            return;
        }
        if (chunk->lines.isEmpty() || !m_store) {
            Q_EMIT forwarded(job.id, copied, {});
            return;
        }
        QList<Backend::LogRecord> records;
        records.reserve(chunk->lines.size());
        const QString host = QSysInfo::machineHostName();
        for (const Backend::LogLine &line : chunk->lines) {
            Backend::LogRecord r;
            r.timestamp = QDateTime::fromMSecsSinceEpoch(line.timeMs, QTimeZone::utc());
            r.host = host;
            r.service = u"pipelines"_s;
            r.source = u"pipelines://%1/%2"_s.arg(job.runId).arg(job.id);
            r.message = stripAnsi(line.text);
            r.fields = {{u"run"_s, job.runId},
                        {u"job"_s, job.id},
                        {u"job_name"_s, job.name},
                        {u"stage"_s, job.stage},
                        {u"repository"_s, run.repository},
                        {u"branch"_s, run.branch},
                        {u"commit"_s, run.commit},
                        {u"line"_s, line.index + 1},
                        {u"stream"_s, line.stream == Backend::LogLine::Stream::Err      ? u"stderr"_s
                                      : line.stream == Backend::LogLine::Stream::System ? u"engine"_s
                                                                                        : u"stdout"_s}};
            records.append(std::move(r));
        }
        const qint64 next = from + chunk->lines.size();
        const qint64 total = chunk->totalLines;
        m_store->append(records).then(this, [this, job, run, next, total, copied, n = records.size()](const Result<qint64> &stored) {
            if (!stored) {
                Q_EMIT forwarded(job.id, copied, stored.error().toString());
                return;
            }
            if (next < total)
                copy(job, run, next, copied + n);
            else
                Q_EMIT forwarded(job.id, copied + n, {});
        });
    });
}

} // namespace OpsDeck::Core
