// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "convert.h"

#include <QTimeZone>

namespace OpsDeck::Pipelines {

ErrorCode errorCodeFor(DbErrorCode code)
{
    switch (code) {
    case DbErrorCode::None: return ErrorCode::Unknown;
    case DbErrorCode::Sql: return ErrorCode::Io;
    case DbErrorCode::Busy: return ErrorCode::Unavailable;
    case DbErrorCode::Corrupt: return ErrorCode::Corrupt;
    case DbErrorCode::NewerSchema: return ErrorCode::Unsupported;
    case DbErrorCode::NotFound: return ErrorCode::NotFound;
    case DbErrorCode::WrongState: return ErrorCode::Conflict;
    case DbErrorCode::Invalid: return ErrorCode::InvalidArgument;
    case DbErrorCode::WrongThread: return ErrorCode::Internal;
    }
    return ErrorCode::Unknown;
}

Backend::RunStatus toApi(RunStatus status)
{
    switch (status) {
    case RunStatus::Queued: return Backend::RunStatus::Queued;
    case RunStatus::Running: return Backend::RunStatus::Running;
    case RunStatus::Success: return Backend::RunStatus::Success;
    case RunStatus::Failed: return Backend::RunStatus::Failed;
    case RunStatus::Cancelled: return Backend::RunStatus::Cancelled;
    case RunStatus::RolledBack: return Backend::RunStatus::RolledBack;
    }
    return Backend::RunStatus::Queued;
}

RunStatus toStoreStatus(Backend::RunStatus status)
{
    switch (status) {
    case Backend::RunStatus::Queued: return RunStatus::Queued;
    case Backend::RunStatus::Running: return RunStatus::Running;
    case Backend::RunStatus::Success: return RunStatus::Success;
    case Backend::RunStatus::Failed: return RunStatus::Failed;
    case Backend::RunStatus::Cancelled: return RunStatus::Cancelled;
    case Backend::RunStatus::RolledBack: return RunStatus::RolledBack;
    }
    return RunStatus::Queued;
}

Backend::JobStatus toApi(JobStatus status)
{
    switch (status) {
    case JobStatus::Created: return Backend::JobStatus::Created;
    case JobStatus::Pending: return Backend::JobStatus::Pending;
    case JobStatus::Manual: return Backend::JobStatus::Manual;
    case JobStatus::Running: return Backend::JobStatus::Running;
    case JobStatus::Success: return Backend::JobStatus::Success;
    case JobStatus::Failed: return Backend::JobStatus::Failed;
    case JobStatus::Cancelled: return Backend::JobStatus::Cancelled;
    case JobStatus::Skipped: return Backend::JobStatus::Skipped;
    case JobStatus::Interrupted: return Backend::JobStatus::Interrupted;
    }
    return Backend::JobStatus::Created;
}

Backend::JobStatus toApi(StepStatus status)
{
    switch (status) {
    case StepStatus::Pending: return Backend::JobStatus::Created;
    case StepStatus::Running: return Backend::JobStatus::Running;
    case StepStatus::Success: return Backend::JobStatus::Success;
    case StepStatus::Failed: return Backend::JobStatus::Failed;
    case StepStatus::Cancelled: return Backend::JobStatus::Cancelled;
    case StepStatus::Skipped: return Backend::JobStatus::Skipped;
    }
    return Backend::JobStatus::Created;
}

Backend::DeploymentStatus toApi(DeploymentStatus status)
{
    switch (status) {
    case DeploymentStatus::Queued: return Backend::DeploymentStatus::Queued;
    case DeploymentStatus::Running: return Backend::DeploymentStatus::Running;
    case DeploymentStatus::Success: return Backend::DeploymentStatus::Success;
    case DeploymentStatus::Failed: return Backend::DeploymentStatus::Failed;
    case DeploymentStatus::RolledBack: return Backend::DeploymentStatus::RolledBack;
    }
    return Backend::DeploymentStatus::Queued;
}

bool isTerminalDeployment(DeploymentStatus status)
{
    return status == DeploymentStatus::Success || status == DeploymentStatus::Failed
        || status == DeploymentStatus::RolledBack;
}

QDateTime fromMs(qint64 ms)
{
    return ms == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

Backend::PipelineRun toApi(const RunRecord &run)
{
    Backend::PipelineRun out;
    out.id = run.id;
    out.repository = run.repository;
    out.branch = run.branch;
    out.commit = run.commitSha;
    out.environment = toString(run.environment);
    out.status = toApi(run.status);
    out.progress = run.progress;
    out.createdBy = run.createdBy;
    out.createdAt = fromMs(run.createdAt);
    out.startedAt = fromMs(run.startedAt);
    out.completedAt = fromMs(run.completedAt);
    out.trigger = toString(run.trigger);
    return out;
}

Backend::PipelineJob toApi(const JobRecord &job, const QList<StepRecord> &steps)
{
    Backend::PipelineJob out;
    out.id = job.id;
    out.runId = job.runId;
    out.name = job.name;
    out.stage = job.stage;
    out.stageIndex = job.stageIndex;
    out.status = toApi(job.status);
    out.when = job.when;
    out.allowFailure = job.allowFailure;
    out.needs = job.needs;
    out.attempt = job.attempt;
    out.exitCode = job.exitCode.value_or(-1);
    out.failureReason = job.failureReason;
    out.resourceClass = job.resourceClass;
    out.startedAt = fromMs(job.startedAt);
    out.completedAt = fromMs(job.completedAt);
    out.approvedBy = job.approvedBy;
    if (job.status == JobStatus::Pending && job.notBefore > QDateTime::currentMSecsSinceEpoch())
        out.notBefore = fromMs(job.notBefore);
    for (const StepRecord &step : steps) {
        Backend::PipelineStep s;
        s.index = step.idx;
        s.name = step.name;
        s.status = toApi(step.status);
        s.exitCode = step.exitCode.value_or(-1);
        s.skippedReason = step.skippedReason;
        out.steps.append(s);
    }
    return out;
}

Backend::Deployment toApi(const DeploymentRecord &d)
{
    Backend::Deployment out;
    out.id = d.id;
    out.runId = d.runId;
    out.jobId = d.jobId;
    out.repository = d.repository;
    out.branch = d.branch;
    out.commit = d.commitSha;
    out.environment = toString(d.environment);
    out.status = toApi(d.status);
    out.progress = d.progress;
    out.createdBy = d.createdBy;
    out.createdAt = fromMs(d.createdAt);
    out.startedAt = fromMs(d.startedAt);
    out.completedAt = fromMs(d.completedAt);
    out.strategy = toString(d.strategy);
    out.slot = d.slot;
    out.url = d.url;
    out.previousDeploymentId = d.previousDeploymentId;
    out.note = d.note;
    return out;
}

Backend::LogLine toApi(const LogLine &line, qint64 index)
{
    Backend::LogLine out;
    out.index = index;
    out.timeMs = line.timeNs / 1'000'000;
    out.stream = line.stream == LogStream::Stderr ? Backend::LogLine::Stream::Err
        : line.stream == LogStream::System        ? Backend::LogLine::Stream::System
                                                  : Backend::LogLine::Stream::Out;
    out.text = QByteArray::fromStdString(line.bytes);
    return out;
}

} // namespace OpsDeck::Pipelines
