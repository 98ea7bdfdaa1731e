// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "opsdeck/api/backend.h"

#include <QDateTime>
#include <QFuture>
#include <QList>

#include <optional>

namespace OpsDeck::Backend {

/** The seed's deployment states, plus cancellation. */
enum class RunStatus { Queued, Running, Success, Failed, Cancelled, RolledBack };

OPSDECK_BACKENDAPI_EXPORT QString runStatusName(RunStatus status); ///< "rolled_back", …

/** One pipeline run, shaped like the seed's deployments record. */
struct OPSDECK_BACKENDAPI_EXPORT PipelineRun
{
    QString id;
    QString repository;
    QString branch;
    QString commit;
    QString environment;       ///< development, staging, production
    RunStatus status = RunStatus::Queued;
    int progress = 0;          ///< 0–100
    QString createdBy;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime completedAt;
};

struct OPSDECK_BACKENDAPI_EXPORT TriggerRequest
{
    QString repository;
    QString ref;
    QString environment;
    bool runTests = true;
    bool rollbackOnFailure = true;
};

struct OPSDECK_BACKENDAPI_EXPORT RunFilter
{
    QString repository;                 ///< empty = all
    std::optional<RunStatus> status;
    int limit = 100;
};

/** The CI/CD engine: runs, triggers, cancellation, live updates. */
class OPSDECK_BACKENDAPI_EXPORT IPipelineEngine : public IBackend
{
    Q_OBJECT
public:
    static constexpr Capability kCapability = Capability::PipelineEngine;
    using IBackend::IBackend;
    Capability capability() const final { return kCapability; }

    /** Runs matching \a filter, newest first. */
    virtual QFuture<Result<QList<PipelineRun>>> listRuns(const RunFilter &filter) = 0;
    virtual QFuture<Result<PipelineRun>> trigger(const TriggerRequest &request) = 0;
    virtual QFuture<Result<>> cancel(const QString &runId) = 0;

Q_SIGNALS:
    /** A run changed state or progress. */
    void runUpdated(const OpsDeck::Backend::PipelineRun &run);
};

} // namespace OpsDeck::Backend
