// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

/**
 * \file
 * The CI engine's metadata store: one SQLite file (the workspace's
 * `pipelines/pipelines.db`, docs/pipeline-database.md) holding runs, their
 * jobs and steps, the persistent job queue, deployments, workers, the audit
 * trail and environment freezes.
 *
 * Threads: a PipelineDatabase is one Qt SQL connection, and Qt SQL
 * connections belong to the thread that made them. Open one instance per
 * thread and use it only there; a call from another thread fails with
 * DbErrorCode::WrongThread and touches nothing. Any number of instances, in
 * any number of processes (opsdeck and opsctl), may open the same file:
 * writers take the file's write lock at the start of each transaction and
 * wait for it up to the busy timeout.
 *
 * Durability: WAL journal with synchronous=NORMAL. A call that returned ok
 * has committed; it survives the process being killed (kill -9) at any
 * point. A power cut may lose the last transactions but never corrupts the
 * file.
 *
 * Times are milliseconds since the epoch (UTC); 0 means "not set" and is
 * stored as NULL.
 *
 * \code
 * QString error;
 * auto db = PipelineDatabase::open(workspace + "/pipelines/pipelines.db", &error);
 * if (!db)
 *     return fail(error);
 * RunRecord run;
 * run.repository = "app"; run.branch = "main"; run.commitSha = sha;
 * run.environment = DeployEnvironment::Staging; run.createdBy = "alice";
 * QList<JobRecord> jobs(2);
 * jobs[0].name = "build"; jobs[0].stage = "build"; jobs[0].status = JobStatus::Pending;
 * jobs[1].name = "deploy"; jobs[1].stage = "deploy"; jobs[1].needs = {"build"};
 * DbStatus s = db->createRun(&run, &jobs);          // one transaction; ids filled in
 * QList<JobRecord> queue;
 * s = db->pendingJobs(10, nowMs, &queue);           // priority DESC, queue_seq ASC
 * s = db->claimJob(queue.first().id, "worker-1", nowMs);
 * if (s.code == DbErrorCode::WrongState) { ... someone else claimed it ... }
 * \endcode
 */

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace OpsDeck::Pipelines {

struct PipelineDatabasePrivate;

enum class DbErrorCode {
    None,
    Sql,         ///< SQLite reported an error (message names the operation and table)
    Busy,        ///< the file stayed locked by another connection past the busy timeout
    Corrupt,     ///< not a SQLite file, or not a pipelines database; the file was not changed
    NewerSchema, ///< written by a newer OpsDeck; the file was not changed
    NotFound,    ///< no row with that id
    WrongState,  ///< the row is not in a status this transition starts from; nothing changed
    Invalid,     ///< the caller passed something malformed (message names the field)
    WrongThread, ///< called from a thread other than the one that opened this instance
};

/** The outcome of every call: ok(), or a code and a message naming the operation and table. */
struct DbStatus
{
    DbErrorCode code = DbErrorCode::None;
    QString message;
    bool ok() const { return code == DbErrorCode::None; }
};

/** Stored as text: "development", "staging", "production". */
enum class DeployEnvironment { Development, Staging, Production };
/** queue -> running -> success|failed|cancelled; a success may later be rolled_back. */
enum class RunStatus { Queued, Running, Success, Failed, Cancelled, RolledBack };
enum class Trigger { Manual, Push, Webhook, Retry, Schedule, Demo };
/**
 * created: waits for its needs; pending: in the queue; manual: waits for an
 * approval; running: claimed by a worker; then one of the terminal statuses
 * success, failed, cancelled, skipped, interrupted (the engine stopped while
 * it ran).
 */
enum class JobStatus { Created, Pending, Manual, Running, Success, Failed, Cancelled, Skipped, Interrupted };
enum class StepStatus { Pending, Running, Success, Failed, Cancelled, Skipped };
enum class DeploymentStatus { Queued, Running, Success, Failed, RolledBack };
enum class DeploymentStrategy { BlueGreen, Direct };
enum class WorkerStatus { Idle, Busy, Offline };

/** The stored names ("rolled_back", "blue-green", ...) and back; fromString() returns false for unknown text. */
QString toString(DeployEnvironment v);
QString toString(RunStatus v);
QString toString(Trigger v);
QString toString(JobStatus v);
QString toString(StepStatus v);
QString toString(DeploymentStatus v);
QString toString(DeploymentStrategy v);
QString toString(WorkerStatus v);
bool fromString(const QString &text, DeployEnvironment *out);
bool fromString(const QString &text, RunStatus *out);
bool fromString(const QString &text, Trigger *out);
bool fromString(const QString &text, JobStatus *out);
bool fromString(const QString &text, StepStatus *out);
bool fromString(const QString &text, DeploymentStatus *out);
bool fromString(const QString &text, DeploymentStrategy *out);
bool fromString(const QString &text, WorkerStatus *out);

/** Queue priority of an environment: production 3, staging 2, development 1. */
int environmentPriority(DeployEnvironment environment);
/** success, failed, cancelled, skipped, interrupted. */
bool isTerminal(JobStatus status);
bool isTerminal(RunStatus status);

/** A pipeline run, shaped like the seed's deployments record (table `runs`). */
struct RunRecord
{
    QString id;                 ///< UUID; createRun() makes one when empty
    QString repository;         ///< required
    QString branch;             ///< the ref name; required
    QString commitSha;          ///< required
    DeployEnvironment environment = DeployEnvironment::Development;
    RunStatus status = RunStatus::Queued;
    int progress = 0;           ///< 0..100
    Trigger trigger = Trigger::Manual;
    QString createdBy;          ///< required
    qint64 createdAt = 0;       ///< createRun() uses the current time when 0
    qint64 startedAt = 0;
    qint64 completedAt = 0;
    int priority = 0;           ///< createRun() uses environmentPriority() when 0
    QString planJson;           ///< the pipeline plan, opaque
    QString pipelineFile;       ///< e.g. ".opsdeck/pipeline.yml"
    bool runTests = true;       ///< options_json.run_tests
    bool rollbackOnFailure = true; ///< options_json.rollback_on_failure
    QString error;              ///< why the run failed before any job ran
    qint64 seq = 0;             ///< run number, 1, 2, ...; assigned by createRun()
};

struct JobRecord
{
    qint64 id = 0;              ///< assigned by createRun() / addRetry()
    QString runId;              ///< filled in by createRun()
    QString name;               ///< required
    QString stage;
    int stageIndex = 0;
    JobStatus status = JobStatus::Created; ///< createRun() accepts created, pending, manual, skipped
    QString when = QStringLiteral("on_success"); ///< when_ column, as the plan says
    bool allowFailure = false;
    QStringList needs;          ///< needs_json: names of jobs in the same run
    QString specJson;           ///< the job's plan, opaque
    int priority = 0;           ///< createRun() uses the run's priority when 0
    qint64 queueSeq = 0;        ///< global, strictly increasing; assigned by the store
    int attempt = 1;
    qint64 retryOf = 0;         ///< the job this attempt retries, or 0
    qint64 supersededBy = 0;    ///< the retry that replaced this attempt, or 0
    qint64 notBefore = 0;       ///< not dispatched before this time (retry backoff)
    std::optional<int> exitCode;
    QString failureReason;
    QString workerId;
    QString resourceClass;
    QString concurrencyGroup;
    qint64 startedAt = 0;
    qint64 completedAt = 0;
    QString logPath;
    QString approvedBy;
    qint64 approvedAt = 0;
};

struct StepRecord
{
    qint64 id = 0;
    qint64 jobId = 0;
    int idx = 0;                ///< createRun() numbers a job's steps 0, 1, ... in list order
    QString name;
    StepStatus status = StepStatus::Pending;
    std::optional<int> exitCode;
    qint64 startedAt = 0;
    qint64 completedAt = 0;
    QString skippedReason;
};

/** The fields a job transition may set besides the status; unset ones keep their value. */
struct JobUpdate
{
    std::optional<int> exitCode;
    std::optional<QString> failureReason;
    std::optional<QString> workerId;
    std::optional<qint64> startedAt;
    std::optional<qint64> completedAt;
    std::optional<QString> logPath;
    std::optional<QString> approvedBy;
    std::optional<qint64> approvedAt;
    std::optional<qint64> notBefore;   ///< a pending job waits until then (when: delayed)
    std::optional<bool> allowFailure;  ///< settled when the job ends (allow_failure: exit_codes)
};

struct StepUpdate
{
    std::optional<int> exitCode;
    std::optional<qint64> startedAt;
    std::optional<qint64> completedAt;
    std::optional<QString> skippedReason;
};

/** listRuns(): empty / unset fields do not filter. Newest first (seq DESC). */
struct RunFilter
{
    QString repository;
    std::optional<DeployEnvironment> environment;
    std::optional<RunStatus> status;
    int limit = 100;            ///< 0 or less: no limit
};

struct DeploymentRecord
{
    QString id;                 ///< UUID; createDeployment() makes one when empty
    QString runId;
    qint64 jobId = 0;
    QString repository;
    QString branch;
    QString commitSha;
    DeployEnvironment environment = DeployEnvironment::Development;
    DeploymentStatus status = DeploymentStatus::Queued;
    int progress = 0;
    QString createdBy;
    qint64 createdAt = 0;       ///< createDeployment() uses the current time when 0
    qint64 startedAt = 0;
    qint64 completedAt = 0;
    DeploymentStrategy strategy = DeploymentStrategy::Direct;
    QString slot;               ///< blue-green colour ("blue", "green"), empty for direct
    QString url;
    QString previousDeploymentId;
    QString rolledBackBy;       ///< the deployment that replaced this one in a rollback
    QString note;
    qint64 seq = 0;             ///< creation order; assigned by createDeployment()
};

struct WorkerRecord
{
    QString id;
    QString hostname;
    WorkerStatus status = WorkerStatus::Idle;
    qint64 lastHeartbeat = 0;
    qint64 currentJobId = 0;
    QString capabilitiesJson;   ///< e.g. {"resource_classes":["small"],"max_memory":"8GB"}
    qint64 busyMs = 0;          ///< busy time accumulated by setWorkerIdle()/setWorkerOffline()
    qint64 busySince = 0;       ///< when the current busy period began
};

/** One line of the audit trail. */
struct EventRecord
{
    qint64 id = 0;
    qint64 at = 0;              ///< appendEvent() uses the current time when 0
    QString runId;
    qint64 jobId = 0;
    QString kind;               ///< "run.created", "job.approved", "run.cancelled", "job.retried", "deployment.rolled_back", "freeze", "unfreeze", ...
    QString actor;
    QString message;
};

struct FreezeRecord
{
    DeployEnvironment environment = DeployEnvironment::Development;
    bool frozen = false;
    QString frozenBy;
    QString reason;
    qint64 at = 0;
};

/** The seed's monitoring figures over a time window [since, until). */
struct Metrics
{
    qint64 deploymentsTotal = 0;     ///< finished (success, failed, rolled_back) created in the window
    qint64 deploymentsSucceeded = 0; ///< success or later rolled_back: the deployment itself worked
    qint64 deploymentsFailed = 0;
    double deploymentSuccessRate = 0; ///< succeeded / total, 0..1; 0 when there were none
    double averageDeploymentMs = 0;   ///< mean completed_at - started_at of the finished ones
    qint64 runsTotal = 0;            ///< finished runs created in the window
    qint64 runsSucceeded = 0;
    double runSuccessRate = 0;
    double averageRunMs = 0;
    qint64 queueDepth = 0;           ///< pending jobs now (whatever their not_before)
    qint64 workersTotal = 0;         ///< workers not offline
    qint64 workersBusy = 0;
    double workerUtilisation = 0;    ///< job time on workers within the window / (window x workersTotal), 0..1
};

/** What recoverAfterRestart() changed, for the engine's log. */
struct RecoveryReport
{
    QList<qint64> interruptedJobs;
    QStringList runsChanged;         ///< "<run id>: running -> failed"
    QStringList workersReleased;     ///< workers that were busy, now offline
    bool changedAnything() const
    {
        return !interruptedJobs.isEmpty() || !runsChanged.isEmpty() || !workersReleased.isEmpty();
    }
};

struct OpenOptions
{
    int busyTimeoutMs = 5000;        ///< how long a call waits for another writer
    /** Migrate only up to this version (tests and tooling); 0 = the newest this build knows. */
    int targetVersion = 0;
};

class PipelineDatabase
{
public:
    /** The schema version this build migrates to. */
    static int latestSchemaVersion();

    /**
     * Opens \a path, creating it and its folder when missing, and applies
     * the missing migrations, each in its own transaction. Refuses (returns
     * null, leaves the file untouched) a file that is not SQLite, a SQLite
     * file that is not a pipelines database, and one from a newer version.
     */
    static std::unique_ptr<PipelineDatabase> open(const QString &path, QString *error);
    static std::unique_ptr<PipelineDatabase> open(const QString &path, const OpenOptions &options,
                                                  DbStatus *status);
    ~PipelineDatabase();
    PipelineDatabase(const PipelineDatabase &) = delete;
    PipelineDatabase &operator=(const PipelineDatabase &) = delete;

    QString path() const;
    /** The newest applied migration. */
    DbStatus schemaVersion(int *version);

    // --- runs ---------------------------------------------------------------
    /**
     * Inserts \a run with \a jobs and, for job i, the steps \a steps[i] (may
     * be shorter than jobs), in one transaction. Fills in run->id, seq,
     * createdAt, priority, and each job's id, runId, priority, queueSeq.
     * Appends a "run.created" event.
     */
    DbStatus createRun(RunRecord *run, QList<JobRecord> *jobs, const QList<QList<StepRecord>> &steps = {});
    DbStatus run(const QString &id, RunRecord *out);
    DbStatus listRuns(const RunFilter &filter, QList<RunRecord> *out);
    /**
     * Sets the status; started_at when it becomes running (if unset),
     * completed_at when it becomes terminal. Allowed: queued -> running,
     * failed, cancelled; running -> success, failed, cancelled; success ->
     * rolled_back. Anything else is WrongState.
     */
    DbStatus setRunStatus(const QString &id, RunStatus status, qint64 at);
    DbStatus setRunProgress(const QString &id, int progress);
    DbStatus setRunError(const QString &id, const QString &error);
    /**
     * Cancels a queued or running run and every job of it not yet terminal
     * (cancelled, completed_at = at), and appends a "run.cancelled" event by
     * \a actor, in one transaction.
     */
    DbStatus cancelRun(const QString &id, const QString &actor, qint64 at);
    /**
     * Derives the run's status and progress from its current attempts (see
     * docs/pipeline-database.md). Leaves cancelled and rolled_back runs alone.
     * \a newStatus, when given, receives the result.
     */
    DbStatus recomputeRunStatus(const QString &id, qint64 at, RunStatus *newStatus = nullptr);

    // --- jobs and the queue -------------------------------------------------
    /** Every job of the run, attempts included, by stage_index, then id. */
    DbStatus jobs(const QString &runId, QList<JobRecord> *out);
    DbStatus job(qint64 id, JobRecord *out);
    /**
     * Moves a job to \a status if the transition is allowed from its current
     * status (checked inside the transaction), and sets the given \a fields.
     * created -> pending, manual, skipped, cancelled; manual -> pending,
     * skipped, cancelled; pending -> running, skipped, cancelled; running ->
     * success, failed, cancelled, interrupted. Otherwise WrongState.
     */
    DbStatus setJobStatus(qint64 id, JobStatus status, const JobUpdate &fields = {});
    /** pending -> running for \a workerId; WrongState when it is not pending (e.g. someone claimed it). */
    DbStatus claimJob(qint64 id, const QString &workerId, qint64 startedAt);
    /**
     * Claims the head of the queue (pending, not_before <= now, priority DESC,
     * queue_seq ASC) in one transaction. \a out->id is 0 when the queue is empty.
     */
    DbStatus claimNextJob(const QString &workerId, qint64 now, JobRecord *out);
    /**
     * running -> success / failed / cancelled, with exit code, reason and
     * completed_at. \a allowFailure, when set, replaces the job's flag in the
     * same step (allow_failure: exit_codes is judged by the exit code), so the
     * run's status follows it.
     */
    DbStatus finishJob(qint64 id, JobStatus status, std::optional<int> exitCode, const QString &failureReason,
                       qint64 completedAt, std::optional<bool> allowFailure = std::nullopt);
    /** manual -> pending, recording who approved and when, with a "job.approved" event. */
    DbStatus approveJob(qint64 id, const QString &approvedBy, qint64 at);
    /** The persistent queue: pending AND not_before <= now, priority DESC, queue_seq ASC. */
    DbStatus pendingJobs(int limit, qint64 now, QList<JobRecord> *out);
    /** Number of pending jobs (backoff included). */
    DbStatus queueDepth(qint64 *depth);
    /**
     * Retries a failed, cancelled or interrupted job that has no retry yet:
     * in one transaction, a new pending row (attempt + 1, retry_of = jobId,
     * a new queue_seq, not_before = notBefore, the same spec and steps) and
     * the old row's superseded_by; the run is recomputed. \a newJobId gets
     * the new row's id. A second retry of the same attempt is WrongState.
     * \a revive names skipped jobs of the same run that were skipped because
     * of this failure (the caller knows the DAG): in the same transaction they
     * go back to created, so they run once the retry succeeds (GitLab's
     * behaviour). An id that is not a skipped, current job of the run is
     * WrongState and nothing changes.
     */
    DbStatus addRetry(qint64 jobId, qint64 notBefore, qint64 *newJobId = nullptr, const QString &actor = {},
                      const QList<qint64> &revive = {});
    /**
     * After an engine restart: every running job becomes interrupted
     * (failure_reason "the engine stopped while the job was running",
     * completed_at = now), its run is recomputed, busy workers go offline
     * (their busy time counted up to now). One transaction.
     */
    DbStatus recoverAfterRestart(qint64 now, RecoveryReport *report);

    // --- steps --------------------------------------------------------------
    DbStatus steps(qint64 jobId, QList<StepRecord> *out);
    DbStatus setStepStatus(qint64 stepId, StepStatus status, const StepUpdate &fields = {});

    // --- deployments --------------------------------------------------------
    DbStatus createDeployment(DeploymentRecord *deployment);
    DbStatus deployment(const QString &id, DeploymentRecord *out);
    /**
     * Sets status and progress; started_at when running (if unset),
     * completed_at when finished; \a note (when not empty) says why. From
     * queued or running only; running -> rolled_back is a deployment whose
     * smoke test failed while the previous release kept serving.
     */
    DbStatus setDeploymentStatus(const QString &id, DeploymentStatus status, int progress, qint64 at,
                                 const QString &note = {});
    /** success -> rolled_back, naming the deployment that replaced it. */
    DbStatus markRolledBack(const QString &id, const QString &rolledBackBy, qint64 at);
    /** Newest first; an unset \a environment lists every environment. */
    DbStatus deployments(std::optional<DeployEnvironment> environment, int limit, QList<DeploymentRecord> *out);
    /** The newest successful deployment not rolled back; \a out->id empty when none. */
    DbStatus currentDeployment(DeployEnvironment environment, DeploymentRecord *out);
    /** The newest successful deployment older than \a beforeId: the rollback target; id empty when none. */
    DbStatus previousSuccessful(DeployEnvironment environment, const QString &beforeId, DeploymentRecord *out);

    // --- workers ------------------------------------------------------------
    /** Inserts or replaces id, hostname, status, heartbeat and capabilities; keeps busy_ms. */
    DbStatus upsertWorker(const WorkerRecord &worker);
    DbStatus heartbeat(const QString &workerId, qint64 at);
    DbStatus setWorkerBusy(const QString &workerId, qint64 jobId, qint64 at);
    /** Ends the busy period (busy_ms += at - busy_since). */
    DbStatus setWorkerIdle(const QString &workerId, qint64 at);
    DbStatus setWorkerOffline(const QString &workerId, qint64 at);
    DbStatus workers(QList<WorkerRecord> *out);

    // --- audit trail --------------------------------------------------------
    DbStatus appendEvent(EventRecord *event);
    /** Newest first; an empty \a runId lists all events. */
    DbStatus events(const QString &runId, int limit, QList<EventRecord> *out);

    // --- freezes ------------------------------------------------------------
    /** Freezes \a environment (no deployments), with a "freeze" event, in one transaction. */
    DbStatus setFreeze(DeployEnvironment environment, const QString &by, const QString &reason, qint64 at);
    DbStatus clearFreeze(DeployEnvironment environment, const QString &by, qint64 at);
    DbStatus freeze(DeployEnvironment environment, FreezeRecord *out);
    DbStatus isFrozen(DeployEnvironment environment, bool *frozen);

    // --- metrics ------------------------------------------------------------
    DbStatus metrics(const QDateTime &since, Metrics *out,
                     const QDateTime &until = QDateTime::currentDateTimeUtc());

private:
    explicit PipelineDatabase(std::unique_ptr<PipelineDatabasePrivate> d);
    std::unique_ptr<PipelineDatabasePrivate> d;
};

} // namespace OpsDeck::Pipelines
