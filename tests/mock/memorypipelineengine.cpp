// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "memorypipelineengine.h"

#include "mockhealth.h"

#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace OpsDeck::Test {

using Backend::PipelineRun;
using Backend::RunFilter;
using Backend::RunStatus;
using Backend::TriggerRequest;

namespace {

bool isFinal(RunStatus status)
{
    return status != RunStatus::Queued && status != RunStatus::Running;
}

Error missing(const QString &field)
{
    return fail(ErrorCode::InvalidArgument, u"The run needs a %1."_s.arg(field), field);
}

} // namespace

struct MemoryPipelineEngine::State
{
    QMutex mutex;
    int nextRun = 1;
    QList<PipelineRun> runs; // oldest first
};

MemoryPipelineEngine::MemoryPipelineEngine(const QString &displayName, QObject *parent)
    : IPipelineEngine(parent)
    , m_displayName(displayName)
    , m_state(std::make_shared<State>())
{
    m_pool.setMaxThreadCount(4);
    setHealthState(Reliability::HealthState::Healthy);
}

MemoryPipelineEngine::~MemoryPipelineEngine()
{
    m_pool.waitForDone();
}

QString MemoryPipelineEngine::displayName() const
{
    return m_displayName;
}

void MemoryPipelineEngine::setHealthState(Reliability::HealthState state, const QString &message)
{
    setHealth(mockHealthReport(state, QStringLiteral("memory-pipelines"), message));
}

void MemoryPipelineEngine::announce(const PipelineRun &run)
{
    // Queued even on the owner thread, so no slot runs inside the caller's call.
    QMetaObject::invokeMethod(
        this, [this, run] { Q_EMIT runUpdated(run); }, Qt::QueuedConnection);
}

QFuture<Result<QList<PipelineRun>>> MemoryPipelineEngine::listRuns(const RunFilter &filter)
{
    return QtConcurrent::run(&m_pool, [state = m_state, filter]() -> Result<QList<PipelineRun>> {
        if (filter.limit < 1) {
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("The list size must be at least 1."),
                        u"limit: %1"_s.arg(filter.limit));
        }
        QList<PipelineRun> out;
        QMutexLocker lock(&state->mutex);
        for (auto it = state->runs.crbegin();
             it != state->runs.crend() && out.size() < filter.limit; ++it) {
            if (!filter.repository.isEmpty() && it->repository != filter.repository)
                continue;
            if (filter.status && it->status != *filter.status)
                continue;
            out.append(*it);
        }
        return out;
    });
}

QFuture<Result<PipelineRun>> MemoryPipelineEngine::trigger(const TriggerRequest &request)
{
    return QtConcurrent::run(&m_pool, [state = m_state, request]() -> Result<PipelineRun> {
        if (request.repository.trimmed().isEmpty())
            return missing(QStringLiteral("repository"));
        if (request.ref.trimmed().isEmpty())
            return missing(QStringLiteral("ref"));
        const QString environment
            = request.environment.isEmpty() ? QStringLiteral("development") : request.environment;
        if (environment != u"development" && environment != u"staging"
            && environment != u"production") {
            return fail(
                ErrorCode::InvalidArgument,
                QStringLiteral("The environment must be development, staging or production."),
                u"environment: %1"_s.arg(request.environment));
        }

        PipelineRun run;
        run.repository = request.repository;
        static const QRegularExpression sha(QStringLiteral("^[0-9a-fA-F]{40}$"));
        if (sha.match(request.ref).hasMatch()) {
            run.commit = request.ref.toLower();
        } else {
            run.branch = request.ref;
            if (run.branch.startsWith(u"refs/heads/"))
                run.branch.remove(0, qsizetype(sizeof("refs/heads/") - 1));
        }
        run.environment = environment;
        run.status = RunStatus::Queued;
        run.createdBy = QStringLiteral("mock");
        run.createdAt = QDateTime::currentDateTimeUtc();

        QMutexLocker lock(&state->mutex);
        run.id = u"run-%1"_s.arg(state->nextRun++);
        state->runs.append(run);
        return run;
    });
}

QFuture<Result<>> MemoryPipelineEngine::cancel(const QString &runId)
{
    return QtConcurrent::run(&m_pool, [this, runId]() -> Result<> {
        PipelineRun changed;
        {
            QMutexLocker lock(&m_state->mutex);
            auto it = std::find_if(m_state->runs.begin(), m_state->runs.end(),
                                   [&](const PipelineRun &r) { return r.id == runId; });
            if (it == m_state->runs.end())
                return fail(ErrorCode::NotFound, QStringLiteral("No such run."), runId);
            if (isFinal(it->status)) {
                return fail(ErrorCode::Conflict, QStringLiteral("The run has already finished."),
                            u"%1: %2"_s.arg(runId, Backend::runStatusName(it->status)));
            }
            it->status = RunStatus::Cancelled;
            it->completedAt = QDateTime::currentDateTimeUtc();
            changed = *it;
        }
        announce(changed);
        return {};
    });
}

Result<PipelineRun> MemoryPipelineEngine::updateRun(const QString &runId, RunStatus status,
                                                    int progress)
{
    PipelineRun changed;
    {
        QMutexLocker lock(&m_state->mutex);
        auto it = std::find_if(m_state->runs.begin(), m_state->runs.end(),
                               [&](const PipelineRun &r) { return r.id == runId; });
        if (it == m_state->runs.end())
            return fail(ErrorCode::NotFound, QStringLiteral("No such run."), runId);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (status != RunStatus::Queued && !it->startedAt.isValid())
            it->startedAt = now;
        if (isFinal(status) && !it->completedAt.isValid())
            it->completedAt = now;
        it->status = status;
        it->progress = std::clamp(progress, 0, 100);
        changed = *it;
    }
    announce(changed);
    return changed;
}

} // namespace OpsDeck::Test
