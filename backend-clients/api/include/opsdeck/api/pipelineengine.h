// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "opsdeck/api/backend.h"

#include <QByteArray>
#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QStringList>

#include <optional>

namespace OpsDeck::Backend {

/** The seed's deployment states, plus cancellation. */
enum class RunStatus { Queued, Running, Success, Failed, Cancelled, RolledBack };

OPSDECK_BACKENDAPI_EXPORT QString runStatusName(RunStatus status); ///< "rolled_back", …

/**
 * Where a job is. Created jobs wait for their needs (or earlier stages),
 * Pending ones wait in the queue for a free worker, Manual ones for someone's
 * approval. Interrupted: the engine stopped while the job ran; it can be
 * retried.
 */
enum class JobStatus { Created, Pending, Manual, Running, Success, Failed, Cancelled, Skipped, Interrupted };

OPSDECK_BACKENDAPI_EXPORT QString jobStatusName(JobStatus status); ///< "pending", "interrupted", …
/** True for Success, Failed, Cancelled, Skipped and Interrupted. */
OPSDECK_BACKENDAPI_EXPORT bool isFinished(JobStatus status);

/** The seed's deployment record states. */
enum class DeploymentStatus { Queued, Running, Success, Failed, RolledBack };

OPSDECK_BACKENDAPI_EXPORT QString deploymentStatusName(DeploymentStatus status); ///< "rolled_back", …

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
    QString trigger;           ///< manual, push, webhook, retry, demo (empty when the engine does not say)
    QString message;           ///< the commit's summary line, when known
};

struct OPSDECK_BACKENDAPI_EXPORT TriggerRequest
{
    QString repository;
    QString ref;               ///< branch, tag or commit id
    QString environment;
    bool runTests = true;
    bool rollbackOnFailure = true;
    QString createdBy;         ///< empty: the engine's user
};

struct OPSDECK_BACKENDAPI_EXPORT RunFilter
{
    QString repository;                 ///< empty = all
    std::optional<RunStatus> status;
    QString environment;                ///< empty = all
    int limit = 100;
};

/** One script step of a job (a GitHub Actions step, or a GitLab job's script sections). */
struct OPSDECK_BACKENDAPI_EXPORT PipelineStep
{
    int index = 0;
    QString name;
    JobStatus status = JobStatus::Created;
    int exitCode = -1;
    QString skippedReason;     ///< "uses: actions/checkout@v4 needs the network", …
};

/** One job of a run, as the scheduler sees it now. */
struct OPSDECK_BACKENDAPI_EXPORT PipelineJob
{
    qint64 id = 0;
    QString runId;
    QString name;
    QString stage;
    int stageIndex = 0;
    JobStatus status = JobStatus::Created;
    QString when;              ///< on_success, manual, always, …
    bool allowFailure = false;
    std::optional<QStringList> needs; ///< empty optional: follows the stages
    int attempt = 1;
    int exitCode = -1;
    QString failureReason;
    QString resourceClass;     ///< small, medium, large
    QString environment;       ///< the environment it deploys to, if any
    QString sandbox;           ///< "bubblewrap", or why the job ran without a sandbox
    QDateTime startedAt;
    QDateTime completedAt;
    QDateTime notBefore;       ///< a pending job that waits until then (retry backoff, when: delayed)
    QString approvedBy;
    QStringList unresolved;    ///< what in this job cannot run offline, with the reason
    QList<PipelineStep> steps;
};

/** A run with its jobs. */
struct OPSDECK_BACKENDAPI_EXPORT RunDetails
{
    PipelineRun run;
    QString pipelineFile;
    QStringList stages;
    QList<PipelineJob> jobs;          ///< the latest attempt of each job
    QList<PipelineJob> earlierAttempts; ///< attempts that a retry replaced, oldest first
    QStringList warnings;      ///< "file:line:column: message"
    QStringList unresolved;    ///< pipeline-level parts that cannot run offline
    QString error;             ///< why the run failed before a job ran (invalid file, unknown ref)
};

/** One line of a job's log. */
struct OPSDECK_BACKENDAPI_EXPORT LogLine
{
    enum class Stream { Out, Err, System };
    qint64 index = 0;          ///< from 0 within the job's log
    qint64 timeMs = 0;         ///< when the engine read it, ms since the epoch (UTC)
    Stream stream = Stream::Out;
    QByteArray text;           ///< as the process wrote it, ANSI escapes included, no newline
};

struct OPSDECK_BACKENDAPI_EXPORT LogChunk
{
    qint64 jobId = 0;
    qint64 totalLines = 0;     ///< lines in the log now
    bool finished = false;     ///< the job is over: no more lines will come
    QList<LogLine> lines;      ///< the lines asked for (may be fewer)
};

/** A deployment record (the seed's deployments API and schema). */
struct OPSDECK_BACKENDAPI_EXPORT Deployment
{
    QString id;
    QString runId;
    qint64 jobId = 0;
    QString repository;
    QString branch;
    QString commit;
    QString environment;
    DeploymentStatus status = DeploymentStatus::Queued;
    int progress = 0;
    QString createdBy;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime completedAt;
    QString strategy;          ///< blue-green, direct
    QString slot;              ///< blue, green
    QString url;               ///< where the environment answers
    QString previousDeploymentId;
    QString note;              ///< why it failed or was rolled back
};

/** What is live in one environment. */
struct OPSDECK_BACKENDAPI_EXPORT EnvironmentState
{
    QString name;
    std::optional<Deployment> live;
    bool frozen = false;       ///< frozen environments start no deployments
    QString frozenBy;
    QString freezeReason;
};

struct OPSDECK_BACKENDAPI_EXPORT RepositoryInfo
{
    QString name;
    QString source;
    QString kind;              ///< local, mirror
};

struct OPSDECK_BACKENDAPI_EXPORT RefInfo
{
    QString name;              ///< "main", "v1.2"
    QString commit;
    bool isTag = false;
};

struct OPSDECK_BACKENDAPI_EXPORT CommitInfo
{
    QString id;
    QString author;
    QString summary;
    QDateTime time;
};

/** The seed's CI/CD metrics, for the capacity plugin. */
struct OPSDECK_BACKENDAPI_EXPORT PipelineMetrics
{
    double deploymentSuccessRate = 0;  ///< 0..1 over finished deployments since the window start
    double averageRunSeconds = 0;      ///< finished runs since the window start
    int queueDepth = 0;                ///< jobs waiting for a worker
    int runningJobs = 0;
    int workers = 0;
    double workerUtilisation = 0;      ///< 0..1, busy time / (workers × window)
    int finishedRuns = 0;
    int failedRuns = 0;
    int finishedDeployments = 0;       ///< the success rate's denominator (0: no rate to speak of)
};

/** One entry of the audit trail: who triggered, approved, cancelled, retried, rolled back. */
struct OPSDECK_BACKENDAPI_EXPORT PipelineEvent
{
    QDateTime at;
    QString runId;
    qint64 jobId = 0;
    QString kind;              ///< trigger, approve, cancel, retry, rollback, freeze, interrupted, …
    QString actor;
    QString message;
};

/**
 * The CI/CD engine: runs, triggers, cancellation, live updates.
 *
 * Only listRuns(), trigger() and cancel() are required; every other call has
 * a default that answers ErrorCode::Unsupported, so a small remote engine can
 * start with the three and grow.
 */
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
    /** Cancels every unfinished job of the run; running ones are killed with their process tree. */
    virtual QFuture<Result<>> cancel(const QString &runId) = 0;

    /** The run with its jobs and steps. */
    virtual QFuture<Result<RunDetails>> runDetails(const QString &runId);
    /** Cancels one job. */
    virtual QFuture<Result<>> cancelJob(qint64 jobId);
    /** Runs a finished job again as a new attempt (and what waited on it). */
    virtual QFuture<Result<PipelineJob>> retryJob(qint64 jobId);
    /** Retries every failed, cancelled or interrupted job of the run. */
    virtual QFuture<Result<>> retryRun(const QString &runId);
    /** Starts a manual job. */
    virtual QFuture<Result<>> approve(qint64 jobId);
    /** Up to \a maxLines lines of the job's log from line \a fromLine. */
    virtual QFuture<Result<LogChunk>> readLog(qint64 jobId, qint64 fromLine, int maxLines);
    /** Line indexes of the job's log that contain \a text (case-insensitive), at most \a limit. */
    virtual QFuture<Result<QList<qint64>>> searchLog(qint64 jobId, const QString &text, int limit);
    /** Starts or stops logLines() for \a jobId. */
    virtual void followLog(qint64 jobId, bool follow);

    virtual QFuture<Result<QList<Deployment>>> deployments(const QString &environment, int limit);
    virtual QFuture<Result<QList<EnvironmentState>>> environments();
    /** Rolls \a environment back to its previous successful deployment. */
    virtual QFuture<Result<Deployment>> rollback(const QString &environment);
    /** Freezes (no deployment starts) or thaws \a environment. */
    virtual QFuture<Result<>> setFrozen(const QString &environment, bool frozen, const QString &reason);

    virtual QFuture<Result<QList<RepositoryInfo>>> repositories();
    virtual QFuture<Result<RepositoryInfo>> addRepository(const QString &name, const QString &source);
    virtual QFuture<Result<QList<RefInfo>>> refs(const QString &repository);
    virtual QFuture<Result<QList<CommitInfo>>> commits(const QString &repository, const QString &ref, int limit);

    virtual QFuture<Result<PipelineMetrics>> metrics(const QDateTime &since);
    virtual QFuture<Result<QList<PipelineEvent>>> events(const QString &runId, int limit);

Q_SIGNALS:
    /** A run changed state or progress. */
    void runUpdated(const OpsDeck::Backend::PipelineRun &run);
    /** A job changed state. */
    void jobUpdated(const OpsDeck::Backend::PipelineJob &job);
    /** New lines of a followed job's log, in order. */
    void logLines(qint64 jobId, const QList<OpsDeck::Backend::LogLine> &lines);
    /** A deployment changed state or progress. */
    void deploymentUpdated(const OpsDeck::Backend::Deployment &deployment);
};

} // namespace OpsDeck::Backend
