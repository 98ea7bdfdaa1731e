// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/api/pipelineengine.h"

#include "apitr.h"

namespace OpsDeck::Backend {

QString runStatusName(RunStatus status)
{
    switch (status) {
    case RunStatus::Queued: return QStringLiteral("queued");
    case RunStatus::Running: return QStringLiteral("running");
    case RunStatus::Success: return QStringLiteral("success");
    case RunStatus::Failed: return QStringLiteral("failed");
    case RunStatus::Cancelled: return QStringLiteral("cancelled");
    case RunStatus::RolledBack: return QStringLiteral("rolled_back");
    }
    return {};
}

QString jobStatusName(JobStatus status)
{
    switch (status) {
    case JobStatus::Created: return QStringLiteral("created");
    case JobStatus::Pending: return QStringLiteral("pending");
    case JobStatus::Manual: return QStringLiteral("manual");
    case JobStatus::Running: return QStringLiteral("running");
    case JobStatus::Success: return QStringLiteral("success");
    case JobStatus::Failed: return QStringLiteral("failed");
    case JobStatus::Cancelled: return QStringLiteral("cancelled");
    case JobStatus::Skipped: return QStringLiteral("skipped");
    case JobStatus::Interrupted: return QStringLiteral("interrupted");
    }
    return {};
}

bool isFinished(JobStatus status)
{
    switch (status) {
    case JobStatus::Success:
    case JobStatus::Failed:
    case JobStatus::Cancelled:
    case JobStatus::Skipped:
    case JobStatus::Interrupted:
        return true;
    case JobStatus::Created:
    case JobStatus::Pending:
    case JobStatus::Manual:
    case JobStatus::Running:
        return false;
    }
    return false;
}

QString deploymentStatusName(DeploymentStatus status)
{
    switch (status) {
    case DeploymentStatus::Queued: return QStringLiteral("queued");
    case DeploymentStatus::Running: return QStringLiteral("running");
    case DeploymentStatus::Success: return QStringLiteral("success");
    case DeploymentStatus::Failed: return QStringLiteral("failed");
    case DeploymentStatus::RolledBack: return QStringLiteral("rolled_back");
    }
    return {};
}

namespace {
template<typename T>
QFuture<Result<T>> unsupported(const char *what)
{
    return QtFuture::makeReadyFuture<Result<T>>(fail(
        ErrorCode::Unsupported,
        OpsDeck::Backend::Tr::tr("This pipeline engine cannot %1.").arg(OpsDeck::Backend::Tr::tr(what))));
}
} // namespace

QFuture<Result<RunDetails>> IPipelineEngine::runDetails(const QString &)
{
    return unsupported<RunDetails>(QT_TRANSLATE_NOOP("Backend", "show a run's jobs"));
}

QFuture<Result<>> IPipelineEngine::cancelJob(qint64)
{
    return unsupported<void>(QT_TRANSLATE_NOOP("Backend", "cancel a single job"));
}

QFuture<Result<PipelineJob>> IPipelineEngine::retryJob(qint64)
{
    return unsupported<PipelineJob>(QT_TRANSLATE_NOOP("Backend", "retry a job"));
}

QFuture<Result<>> IPipelineEngine::retryRun(const QString &)
{
    return unsupported<void>(QT_TRANSLATE_NOOP("Backend", "retry a run"));
}

QFuture<Result<>> IPipelineEngine::approve(qint64)
{
    return unsupported<void>(QT_TRANSLATE_NOOP("Backend", "start a manual job"));
}

QFuture<Result<LogChunk>> IPipelineEngine::readLog(qint64, qint64, int)
{
    return unsupported<LogChunk>(QT_TRANSLATE_NOOP("Backend", "show job logs"));
}

QFuture<Result<QList<qint64>>> IPipelineEngine::searchLog(qint64, const QString &, int)
{
    return unsupported<QList<qint64>>(QT_TRANSLATE_NOOP("Backend", "search job logs"));
}

void IPipelineEngine::followLog(qint64, bool) {}

QFuture<Result<QList<Deployment>>> IPipelineEngine::deployments(const QString &, int)
{
    return unsupported<QList<Deployment>>(QT_TRANSLATE_NOOP("Backend", "list deployments"));
}

QFuture<Result<QList<EnvironmentState>>> IPipelineEngine::environments()
{
    return unsupported<QList<EnvironmentState>>(QT_TRANSLATE_NOOP("Backend", "show environments"));
}

QFuture<Result<Deployment>> IPipelineEngine::rollback(const QString &)
{
    return unsupported<Deployment>(QT_TRANSLATE_NOOP("Backend", "roll back a deployment"));
}

QFuture<Result<>> IPipelineEngine::setFrozen(const QString &, bool, const QString &)
{
    return unsupported<void>(QT_TRANSLATE_NOOP("Backend", "freeze an environment"));
}

QFuture<Result<QList<RepositoryInfo>>> IPipelineEngine::repositories()
{
    return unsupported<QList<RepositoryInfo>>(QT_TRANSLATE_NOOP("Backend", "list repositories"));
}

QFuture<Result<RepositoryInfo>> IPipelineEngine::addRepository(const QString &, const QString &)
{
    return unsupported<RepositoryInfo>(QT_TRANSLATE_NOOP("Backend", "add a repository"));
}

QFuture<Result<QList<RefInfo>>> IPipelineEngine::refs(const QString &)
{
    return unsupported<QList<RefInfo>>(QT_TRANSLATE_NOOP("Backend", "list branches and tags"));
}

QFuture<Result<QList<CommitInfo>>> IPipelineEngine::commits(const QString &, const QString &, int)
{
    return unsupported<QList<CommitInfo>>(QT_TRANSLATE_NOOP("Backend", "list commits"));
}

QFuture<Result<PipelineMetrics>> IPipelineEngine::metrics(const QDateTime &)
{
    return unsupported<PipelineMetrics>(QT_TRANSLATE_NOOP("Backend", "report metrics"));
}

QFuture<Result<QList<PipelineEvent>>> IPipelineEngine::events(const QString &, int)
{
    return unsupported<QList<PipelineEvent>>(QT_TRANSLATE_NOOP("Backend", "show the audit trail"));
}

} // namespace OpsDeck::Backend
