// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/pipelineengine.h>
#include <opsdeck/reliability/health.h>

#include <QThreadPool>

#include <memory>

namespace OpsDeck::Test {

/**
 * An in-memory IPipelineEngine with no workers: a triggered run stays Queued
 * until a test moves it with updateRun() or cancels it (see
 * pipelineenginecontract.h for the shared rules, mockbackends.h for threading).
 *
 * - trigger() needs a repository and a ref (InvalidArgument naming
 *   "repository" / "ref"); environment is development (the default when
 *   empty), staging or production, else InvalidArgument "environment".
 *   The run gets id "run-N" (N counting from 1), createdBy "mock", createdAt
 *   now, progress 0. A ref "refs/heads/x" or "x" sets branch "x" and leaves
 *   commit empty (no repository to resolve it in); a 40-hex-digit ref sets
 *   commit and leaves branch empty.
 * - listRuns() is newest first (trigger order), filtered by exact repository
 *   and status; a limit below 1 is InvalidArgument "limit".
 * - cancel() of an unknown id is NotFound; of a Queued or Running run sets it
 *   Cancelled with completedAt now and emits runUpdated(); of a finished run
 *   is Conflict and changes nothing.
 * - runUpdated() is emitted on the owner thread from the event loop, never
 *   from inside the call that caused it.
 */
class MemoryPipelineEngine final : public Backend::IPipelineEngine
{
    Q_OBJECT
public:
    explicit MemoryPipelineEngine(const QString &displayName, QObject *parent = nullptr);
    ~MemoryPipelineEngine() override;

    QString displayName() const override;

    QFuture<Result<QList<Backend::PipelineRun>>>
    listRuns(const Backend::RunFilter &filter) override;
    QFuture<Result<Backend::PipelineRun>> trigger(const Backend::TriggerRequest &request) override;
    QFuture<Result<>> cancel(const QString &runId) override;

    /**
     * Moves run \a runId to \a status and \a progress as a worker would
     * (startedAt is set on leaving Queued, completedAt on reaching a final
     * state) and emits runUpdated() from the event loop. Synchronous, for
     * GUI tests that show runs progressing. NotFound for an unknown id.
     */
    Result<Backend::PipelineRun> updateRun(const QString &runId, Backend::RunStatus status,
                                           int progress);

    /** Publishes a one-check health report in \a state. */
    void setHealthState(Reliability::HealthState state, const QString &message = {});

private:
    void announce(const Backend::PipelineRun &run);

    struct State;
    QString m_displayName;
    std::shared_ptr<State> m_state;
    QThreadPool m_pool;
};

} // namespace OpsDeck::Test
