// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "database_p.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

// Runs, jobs, steps and the persistent queue. Every status change that
// depends on the current status reads and writes inside one write
// transaction, so two connections (threads or processes) racing for the same
// job cannot both win.

namespace OpsDeck::Pipelines {

const char *const kRunColumns =
    "id, seq, repository, branch, commit_sha, environment, status, progress, trigger, created_by, created_at, "
    "started_at, completed_at, priority, plan_json, pipeline_file, options_json, error";
const char *const kJobColumns =
    "id, run_id, name, stage, stage_index, status, when_, allow_failure, needs_json, spec_json, priority, "
    "queue_seq, attempt, retry_of, superseded_by, not_before, exit_code, failure_reason, worker_id, "
    "resource_class, concurrency_group, started_at, completed_at, log_path, approved_by, approved_at";
const char *const kStepColumns =
    "id, job_id, idx, name, status, exit_code, started_at, completed_at, skipped_reason";

namespace {

QString cols(const char *columns)
{
    return QString::fromLatin1(columns);
}

template<typename E>
E enumOf(const QVariant &value, E fallback)
{
    E out = fallback;
    fromString(value.toString(), &out);
    return out;
}

QString optionsJson(const RunRecord &run)
{
    QJsonObject o;
    o.insert(QStringLiteral("run_tests"), run.runTests);
    o.insert(QStringLiteral("rollback_on_failure"), run.rollbackOnFailure);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString needsJson(const QStringList &needs)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(needs)).toJson(QJsonDocument::Compact));
}

QStringList needsFrom(const QString &json)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array)
        out << v.toString();
    return out;
}

bool jobTransitionAllowed(JobStatus from, JobStatus to)
{
    switch (from) {
    case JobStatus::Created:
        return to == JobStatus::Pending || to == JobStatus::Manual || to == JobStatus::Skipped
               || to == JobStatus::Cancelled;
    case JobStatus::Manual:
        return to == JobStatus::Pending || to == JobStatus::Skipped || to == JobStatus::Cancelled;
    case JobStatus::Pending:
        return to == JobStatus::Running || to == JobStatus::Skipped || to == JobStatus::Cancelled;
    case JobStatus::Running:
        return to == JobStatus::Success || to == JobStatus::Failed || to == JobStatus::Cancelled
               || to == JobStatus::Interrupted;
    default:
        return false;
    }
}

bool runTransitionAllowed(RunStatus from, RunStatus to)
{
    switch (from) {
    case RunStatus::Queued:
        return to == RunStatus::Running || to == RunStatus::Failed || to == RunStatus::Cancelled;
    case RunStatus::Running:
        return to == RunStatus::Success || to == RunStatus::Failed || to == RunStatus::Cancelled;
    case RunStatus::Success:
        return to == RunStatus::RolledBack;
    default:
        return false;
    }
}

const QString kInterrupted = QStringLiteral("the engine stopped while the job was running");

} // namespace

RunRecord readRun(const QSqlQuery &q)
{
    RunRecord r;
    r.id = q.value(0).toString();
    r.seq = q.value(1).toLongLong();
    r.repository = q.value(2).toString();
    r.branch = q.value(3).toString();
    r.commitSha = q.value(4).toString();
    r.environment = enumOf(q.value(5), Environment::Development);
    r.status = enumOf(q.value(6), RunStatus::Queued);
    r.progress = q.value(7).toInt();
    r.trigger = enumOf(q.value(8), Trigger::Manual);
    r.createdBy = q.value(9).toString();
    r.createdAt = int64(q.value(10));
    r.startedAt = int64(q.value(11));
    r.completedAt = int64(q.value(12));
    r.priority = q.value(13).toInt();
    r.planJson = q.value(14).toString();
    r.pipelineFile = q.value(15).toString();
    const QJsonObject options = QJsonDocument::fromJson(q.value(16).toString().toUtf8()).object();
    r.runTests = options.value(QStringLiteral("run_tests")).toBool(true);
    r.rollbackOnFailure = options.value(QStringLiteral("rollback_on_failure")).toBool(true);
    r.error = q.value(17).toString();
    return r;
}

JobRecord readJob(const QSqlQuery &q)
{
    JobRecord j;
    j.id = q.value(0).toLongLong();
    j.runId = q.value(1).toString();
    j.name = q.value(2).toString();
    j.stage = q.value(3).toString();
    j.stageIndex = q.value(4).toInt();
    j.status = enumOf(q.value(5), JobStatus::Created);
    j.when = q.value(6).toString();
    j.allowFailure = q.value(7).toBool();
    j.needs = needsFrom(q.value(8).toString());
    j.specJson = q.value(9).toString();
    j.priority = q.value(10).toInt();
    j.queueSeq = q.value(11).toLongLong();
    j.attempt = q.value(12).toInt();
    j.retryOf = int64(q.value(13));
    j.supersededBy = int64(q.value(14));
    j.notBefore = q.value(15).toLongLong();
    j.exitCode = optInt(q.value(16));
    j.failureReason = q.value(17).toString();
    j.workerId = q.value(18).toString();
    j.resourceClass = q.value(19).toString();
    j.concurrencyGroup = q.value(20).toString();
    j.startedAt = int64(q.value(21));
    j.completedAt = int64(q.value(22));
    j.logPath = q.value(23).toString();
    j.approvedBy = q.value(24).toString();
    j.approvedAt = int64(q.value(25));
    return j;
}

StepRecord readStep(const QSqlQuery &q)
{
    StepRecord s;
    s.id = q.value(0).toLongLong();
    s.jobId = q.value(1).toLongLong();
    s.idx = q.value(2).toInt();
    s.name = q.value(3).toString();
    s.status = enumOf(q.value(4), StepStatus::Pending);
    s.exitCode = optInt(q.value(5));
    s.startedAt = int64(q.value(6));
    s.completedAt = int64(q.value(7));
    s.skippedReason = q.value(8).toString();
    return s;
}

DbStatus recomputeRun(PipelineDatabasePrivate &d, const QString &runId, qint64 at, RunStatus *newStatus,
                      RunStatus *oldStatus)
{
    const QString op = QStringLiteral("recompute run %1 in table runs").arg(runId);
    QSqlQuery q = d.query();
    DbStatus s = d.exec(q, QStringLiteral("SELECT status, started_at FROM runs WHERE id = ?"), {runId}, op);
    if (!s.ok())
        return s;
    if (!q.next())
        return d.failure(DbErrorCode::NotFound, op, QStringLiteral("no run with this id"));
    const RunStatus current = enumOf(q.value(0), RunStatus::Queued);
    const bool started = !q.value(1).isNull();
    if (oldStatus)
        *oldStatus = current;
    if (newStatus)
        *newStatus = current;
    if (current == RunStatus::RolledBack)
        return {};

    s = d.exec(q, QStringLiteral("SELECT status, allow_failure FROM jobs WHERE run_id = ? AND superseded_by IS NULL"),
               {runId}, op);
    if (!s.ok())
        return s;
    int total = 0, terminal = 0;
    bool active = false, progressed = started, failed = false, cancelled = false;
    while (q.next()) {
        const JobStatus js = enumOf(q.value(0), JobStatus::Created);
        ++total;
        if (isTerminal(js))
            ++terminal;
        else
            active = true;
        if (js == JobStatus::Running || (isTerminal(js) && js != JobStatus::Skipped))
            progressed = true;
        if ((js == JobStatus::Failed && !q.value(1).toBool()) || js == JobStatus::Interrupted)
            failed = true;
        if (js == JobStatus::Cancelled)
            cancelled = true;
    }
    if (total == 0)
        return {};
    // A cancelled run stays cancelled unless a retry brought a job back.
    if (current == RunStatus::Cancelled && !active)
        return {};
    RunStatus next;
    if (active)
        next = progressed ? RunStatus::Running : RunStatus::Queued;
    else if (failed)
        next = RunStatus::Failed;
    else if (cancelled)
        next = RunStatus::Cancelled;
    else
        next = RunStatus::Success;
    const int progress = (terminal * 100) / total;
    s = d.exec(q,
               QStringLiteral("UPDATE runs SET status = ?, progress = ?,"
                              " started_at = CASE WHEN ? AND started_at IS NULL THEN ? ELSE started_at END,"
                              " completed_at = CASE WHEN ? THEN COALESCE(completed_at, ?) ELSE NULL END"
                              " WHERE id = ?"),
               {toString(next), progress, next != RunStatus::Queued, at, isTerminal(next), at, runId}, op);
    if (!s.ok())
        return s;
    if (newStatus)
        *newStatus = next;
    return {};
}

// --- runs --------------------------------------------------------------------

DbStatus PipelineDatabase::createRun(RunRecord *runIn, QList<JobRecord> *jobsIn, const QList<QList<StepRecord>> &steps)
{
    const QString op = QStringLiteral("create a run in table runs");
    DbStatus s = d->checkThread("create a run");
    if (!s.ok())
        return s;
    if (!runIn)
        return d->failure(DbErrorCode::Invalid, op, QStringLiteral("no run given"));
    RunRecord run = *runIn;
    QList<JobRecord> jobs = jobsIn ? *jobsIn : QList<JobRecord>();
    const auto required = [&](const QString &value, const char *field) -> DbStatus {
        if (value.trimmed().isEmpty())
            return d->failure(DbErrorCode::Invalid, op, QStringLiteral("field %1 is empty").arg(QLatin1String(field)));
        return {};
    };
    for (const auto &[value, field] : {std::pair{run.repository, "repository"}, std::pair{run.branch, "branch"},
                                       std::pair{run.commitSha, "commit_sha"}, std::pair{run.createdBy, "created_by"}}) {
        s = required(value, field);
        if (!s.ok())
            return s;
    }
    if (run.status != RunStatus::Queued && run.status != RunStatus::Failed)
        return d->failure(DbErrorCode::Invalid, op,
                          QStringLiteral("field status is %1; a new run is queued, or failed (with error) when it "
                                         "failed before any job ran")
                              .arg(toString(run.status)));
    if (run.progress < 0 || run.progress > 100)
        return d->failure(DbErrorCode::Invalid, op, QStringLiteral("field progress is %1, not 0..100").arg(run.progress));
    if (steps.size() > jobs.size())
        return d->failure(DbErrorCode::Invalid, op,
                          QStringLiteral("%1 step lists for %2 jobs").arg(steps.size()).arg(jobs.size()));
    QSet<QString> names;
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        const JobRecord &j = jobs.at(i);
        if (j.name.trimmed().isEmpty())
            return d->failure(DbErrorCode::Invalid, op, QStringLiteral("job %1: field name is empty").arg(i));
        if (names.contains(j.name))
            return d->failure(DbErrorCode::Invalid, op, QStringLiteral("job name \"%1\" appears twice").arg(j.name));
        names.insert(j.name);
        if (j.status != JobStatus::Created && j.status != JobStatus::Pending && j.status != JobStatus::Manual
            && j.status != JobStatus::Skipped)
            return d->failure(DbErrorCode::Invalid, op,
                              QStringLiteral("job \"%1\": a new job is created, pending, manual or skipped, not %2")
                                  .arg(j.name, toString(j.status)));
    }
    for (const JobRecord &j : jobs) {
        for (const QString &need : j.needs) {
            if (!names.contains(need))
                return d->failure(DbErrorCode::Invalid, op,
                                  QStringLiteral("job \"%1\": field needs names \"%2\", which is not a job of this run")
                                      .arg(j.name, need));
        }
    }

    if (run.id.isEmpty())
        run.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (run.createdAt == 0)
        run.createdAt = QDateTime::currentMSecsSinceEpoch();
    if (run.priority == 0)
        run.priority = environmentPriority(run.environment);

    WriteTransaction tx(*d, op);
    if (!tx.began())
        return tx.status();
    s = d->reserve(QStringLiteral("run"), 1, &run.seq);
    if (!s.ok())
        return s;
    qint64 firstQueueSeq = 0;
    if (!jobs.isEmpty()) {
        s = d->reserve(QStringLiteral("queue"), jobs.size(), &firstQueueSeq);
        if (!s.ok())
            return s;
    }
    QSqlQuery q = d->query();
    s = d->exec(q,
                QStringLiteral("INSERT INTO runs (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .arg(cols(kRunColumns)),
                {run.id, run.seq, run.repository, run.branch, run.commitSha, toString(run.environment),
                 toString(run.status), run.progress, toString(run.trigger), run.createdBy, run.createdAt,
                 nullIfZero(run.startedAt), nullIfZero(run.completedAt), run.priority, run.planJson, run.pipelineFile,
                 optionsJson(run), run.error},
                op);
    if (!s.ok())
        return s;
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        JobRecord &j = jobs[i];
        const QString jobOp = QStringLiteral("insert job \"%1\" into table jobs").arg(j.name);
        j.runId = run.id;
        if (j.priority == 0)
            j.priority = run.priority;
        j.queueSeq = firstQueueSeq + i;
        j.attempt = 1;
        j.retryOf = 0;
        j.supersededBy = 0;
        s = d->exec(q,
                    QStringLiteral("INSERT INTO jobs (run_id, name, stage, stage_index, status, when_, allow_failure,"
                                   " needs_json, spec_json, priority, queue_seq, attempt, not_before, resource_class,"
                                   " concurrency_group, log_path)"
                                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)"),
                    {j.runId, j.name, j.stage, j.stageIndex, toString(j.status), j.when, j.allowFailure,
                     needsJson(j.needs), j.specJson, j.priority, j.queueSeq, j.notBefore, j.resourceClass,
                     j.concurrencyGroup, j.logPath},
                    jobOp);
        if (!s.ok())
            return s;
        j.id = q.lastInsertId().toLongLong();
        if (i < steps.size()) {
            int idx = 0;
            for (const StepRecord &step : steps.at(i)) {
                s = d->exec(q,
                            QStringLiteral("INSERT INTO steps (job_id, idx, name, status, skipped_reason)"
                                           " VALUES (?, ?, ?, ?, ?)"),
                            {j.id, idx++, step.name, toString(step.status), step.skippedReason},
                            QStringLiteral("insert step \"%1\" of job \"%2\" into table steps").arg(step.name, j.name));
                if (!s.ok())
                    return s;
            }
        }
    }
    EventRecord event;
    event.at = run.createdAt;
    event.runId = run.id;
    event.kind = QStringLiteral("run.created");
    event.actor = run.createdBy;
    event.message = QStringLiteral("run #%1 of %2 %3 (%4) for %5, trigger %6")
                        .arg(run.seq)
                        .arg(run.repository, run.branch, run.commitSha.left(12), toString(run.environment),
                             toString(run.trigger));
    s = insertEvent(*d, &event);
    if (!s.ok())
        return s;
    s = tx.commit();
    if (!s.ok())
        return s;
    *runIn = run;
    if (jobsIn)
        *jobsIn = jobs;
    return {};
}

DbStatus PipelineDatabase::run(const QString &id, RunRecord *out)
{
    const QString op = QStringLiteral("read run %1 from table runs").arg(id);
    DbStatus s = d->checkThread("read a run");
    if (!s.ok())
        return s;
    QSqlQuery q = d->query();
    s = d->exec(q, QStringLiteral("SELECT %1 FROM runs WHERE id = ?").arg(cols(kRunColumns)), {id}, op);
    if (!s.ok())
        return s;
    if (!q.next())
        return d->failure(DbErrorCode::NotFound, op, QStringLiteral("no run with this id"));
    *out = readRun(q);
    return {};
}

DbStatus PipelineDatabase::listRuns(const RunFilter &filter, QList<RunRecord> *out)
{
    DbStatus s = d->checkThread("list runs");
    if (!s.ok())
        return s;
    QStringList where;
    QVariantList binds;
    if (!filter.repository.isEmpty()) {
        where << QStringLiteral("repository = ?");
        binds << filter.repository;
    }
    if (filter.environment) {
        where << QStringLiteral("environment = ?");
        binds << toString(*filter.environment);
    }
    if (filter.status) {
        where << QStringLiteral("status = ?");
        binds << toString(*filter.status);
    }
    binds << (filter.limit > 0 ? filter.limit : -1);
    QSqlQuery q = d->query();
    s = d->exec(q,
                QStringLiteral("SELECT %1 FROM runs %2 ORDER BY seq DESC LIMIT ?")
                    .arg(cols(kRunColumns),
                         where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))),
                binds, QStringLiteral("list table runs"));
    if (!s.ok())
        return s;
    out->clear();
    while (q.next())
        out->append(readRun(q));
    return {};
}

DbStatus PipelineDatabase::setRunStatus(const QString &id, RunStatus status, qint64 at)
{
    const QString op = QStringLiteral("set the status of run %1 to %2 in table runs").arg(id, toString(status));
    DbStatus s = d->checkThread("set a run's status");
    if (!s.ok())
        return s;
    WriteTransaction tx(*d, op);
    if (!tx.began())
        return tx.status();
    QSqlQuery q = d->query();
    s = d->exec(q, QStringLiteral("SELECT status FROM runs WHERE id = ?"), {id}, op);
    if (!s.ok())
        return s;
    if (!q.next())
        return d->failure(DbErrorCode::NotFound, op, QStringLiteral("no run with this id"));
    const RunStatus from = enumOf(q.value(0), RunStatus::Queued);
    if (!runTransitionAllowed(from, status))
        return d->failure(DbErrorCode::WrongState, op, QStringLiteral("the run is %1").arg(toString(from)));
    s = d->exec(q,
                QStringLiteral("UPDATE runs SET status = ?,"
                               " started_at = CASE WHEN ? AND started_at IS NULL THEN ? ELSE started_at END,"
                               " completed_at = CASE WHEN ? THEN ? ELSE completed_at END WHERE id = ?"),
                {toString(status), status == RunStatus::Running, at,
                 isTerminal(status) && status != RunStatus::RolledBack, at, id},
                op);
    if (!s.ok())
        return s;
    return tx.commit();
}

DbStatus PipelineDatabase::setRunProgress(const QString &id, int progress)
{
    const QString op = QStringLiteral("set the progress of run %1 in table runs").arg(id);
    DbStatus s = d->checkThread("set a run's progress");
    if (!s.ok())
        return s;
    if (progress < 0 || progress > 100)
        return d->failure(DbErrorCode::Invalid, op, QStringLiteral("progress %1 is not 0..100").arg(progress));
    QSqlQuery q = d->query();
    s = d->exec(q, QStringLiteral("UPDATE runs SET progress = ? WHERE id = ?"), {progress, id}, op);
    if (s.ok() && q.numRowsAffected() != 1)
        return d->failure(DbErrorCode::NotFound, op, QStringLiteral("no run with this id"));
    return s;
}

DbStatus PipelineDatabase::setRunError(const QString &id, const QString &error)
{
    const QString op = QStringLiteral("set the error of run %1 in table runs").arg(id);
    DbStatus s = d->checkThread("set a run's error");
    if (!s.ok())
        return s;
    QSqlQuery q = d->query();
    s = d->exec(q, QStringLiteral("UPDATE runs SET error = ? WHERE id = ?"), {error, id}, op);
    if (s.ok() && q.numRowsAffected() != 1)
        return d->failure(DbErrorCode::NotFound, op, QStringLiteral("no run with this id"));
    return s;
}

DbStatus PipelineDatabase::cancelRun(const QString &id, const QString &actor, qint64 at)
{
    const QString op = QStringLiteral("cancel run %1 in table runs").arg(id);
    DbStatus s = d->checkThread("cancel a run");
    if (!s.ok())
        return s;
    WriteTransaction tx(*d, op);
    if (!tx.began())
        return tx.status();
    QSqlQuery q = d->query();
    s = d->exec(q, QStringLiteral("SELECT status FROM runs WHERE id = ?"), {id}, op);
    if (!s.ok())
        return s;
    if (!q.next())
        return d->failure(DbErrorCode::NotFound, op, QStringLiteral("no run with this id"));
    const RunStatus from = enumOf(q.value(0), RunStatus::Queued);
    if (isTerminal(from))
        return d->failure(DbErrorCode::WrongState, op, QStringLiteral("the run is already %1").arg(toString(from)));
    s = d->exec(q,
                QStringLiteral("UPDATE jobs SET status = 'cancelled', completed_at = ? WHERE run_id = ?"
                               " AND status IN ('created', 'pending', 'manual', 'running')"),
                {at, id}, op);
    if (!s.ok())
        return s;
    s = d->exec(q,
                QStringLiteral("UPDATE runs SET status = 'cancelled', completed_at = ? WHERE id = ?"), {at, id}, op);
    if (!s.ok())
        return s;
    EventRecord event;
    event.at = at;
    event.runId = id;
    event.kind = QStringLiteral("run.cancelled");
    event.actor = actor;
    event.message = QStringLiteral("cancelled while %1").arg(toString(from));
    s = insertEvent(*d, &event);
    if (!s.ok())
        return s;
    return tx.commit();
}

DbStatus PipelineDatabase::recomputeRunStatus(const QString &id, qint64 at, RunStatus *newStatus)
{
    DbStatus s = d->checkThread("recompute a run");
    if (!s.ok())
        return s;
    WriteTransaction tx(*d, QStringLiteral("recompute run %1").arg(id));
    if (!tx.began())
        return tx.status();
    s = recomputeRun(*d, id, at, newStatus, nullptr);
    if (!s.ok())
        return s;
    return tx.commit();
}

// --- jobs --------------------------------------------------------------------

DbStatus PipelineDatabase::jobs(const QString &runId, QList<JobRecord> *out)
{
    DbStatus s = d->checkThread("list jobs");
    if (!s.ok())
        return s;
    QSqlQuery q = d->query();
    s = d->exec(q,
                QStringLiteral("SELECT %1 FROM jobs WHERE run_id = ? ORDER BY stage_index, id").arg(cols(kJobColumns)),
                {runId}, QStringLiteral("list the jobs of run %1 in table jobs").arg(runId));
    if (!s.ok())
        return s;
    out->clear();
    while (q.next())
        out->append(readJob(q));
    return {};
}

DbStatus PipelineDatabase::job(qint64 id, JobRecord *out)
{
    const QString op = QStringLiteral("read job %1 from table jobs").arg(id);
    DbStatus s = d->checkThread("read a job");
    if (!s.ok())
        return s;
    QSqlQuery q = d->query();
    s = d->exec(q, QStringLiteral("SELECT %1 FROM jobs WHERE id = ?").arg(cols(kJobColumns)), {id}, op);
    if (!s.ok())
        return s;
    if (!q.next())
        return d->failure(DbErrorCode::NotFound, op, QStringLiteral("no job with this id"));
    *out = readJob(q);
    return {};
}

namespace {

/** The status change and the run's recompute, inside the caller's transaction. */
DbStatus transitionJob(PipelineDatabasePrivate &d, qint64 id, const QList<JobStatus> &from, JobStatus to,
                       const JobUpdate &fields, qint64 at, const QString &op)
{
    QSqlQuery q = d.query();
    DbStatus s = d.exec(q, QStringLiteral("SELECT status, run_id FROM jobs WHERE id = ?"), {id}, op);
    if (!s.ok())
        return s;
    if (!q.next())
        return d.failure(DbErrorCode::NotFound, op, QStringLiteral("no job with this id"));
    const JobStatus current = enumOf(q.value(0), JobStatus::Created);
    const QString runId = q.value(1).toString();
    const bool allowed = from.isEmpty() ? jobTransitionAllowed(current, to) : from.contains(current);
    if (!allowed)
        return d.failure(DbErrorCode::WrongState, op, QStringLiteral("the job is %1").arg(toString(current)));
    QStringList sets{QStringLiteral("status = ?")};
    QVariantList binds{toString(to)};
    const auto set = [&](const char *column, const QVariant &value) {
        sets << QStringLiteral("%1 = ?").arg(QLatin1String(column));
        binds << value;
    };
    if (fields.exitCode)
        set("exit_code", *fields.exitCode);
    if (fields.failureReason)
        set("failure_reason", *fields.failureReason);
    if (fields.workerId)
        set("worker_id", *fields.workerId);
    if (fields.startedAt)
        set("started_at", nullIfZero(*fields.startedAt));
    if (fields.completedAt)
        set("completed_at", nullIfZero(*fields.completedAt));
    if (fields.logPath)
        set("log_path", *fields.logPath);
    if (fields.approvedBy)
        set("approved_by", *fields.approvedBy);
    if (fields.approvedAt)
        set("approved_at", nullIfZero(*fields.approvedAt));
    if (isTerminal(to) && !fields.completedAt)
        set("completed_at", at);
    binds << id << toString(current);
    s = d.exec(q, QStringLiteral("UPDATE jobs SET %1 WHERE id = ? AND status = ?").arg(sets.join(QStringLiteral(", "))),
               binds, op);
    if (!s.ok())
        return s;
    if (q.numRowsAffected() != 1)
        return d.failure(DbErrorCode::WrongState, op, QStringLiteral("the job changed meanwhile"));
    return recomputeRun(d, runId, at, nullptr, nullptr);
}

} // namespace

DbStatus PipelineDatabase::setJobStatus(qint64 id, JobStatus status, const JobUpdate &fields)
{
    const QString op = QStringLiteral("set job %1 to %2 in table jobs").arg(id).arg(toString(status));
    DbStatus s = d->checkThread("set a job's status");
    if (!s.ok())
        return s;
    qint64 at = fields.completedAt.value_or(fields.startedAt.value_or(0));
    if (at == 0)
        at = QDateTime::currentMSecsSinceEpoch();
    WriteTransaction tx(*d, op);
    if (!tx.began())
        return tx.status();
    s = transitionJob(*d, id, {}, status, fields, at, op);
    if (!s.ok())
        return s;
    return tx.commit();
}

DbStatus PipelineDatabase::claimJob(qint64 id, const QString &workerId, qint64 startedAt)
{
    const QString op = QStringLiteral("claim job %1 for worker %2 in table jobs").arg(id).arg(workerId);
    DbStatus s = d->checkThread("claim a job");
    if (!s.ok())
        return s;
    WriteTransaction tx(*d, op);
    if (!tx.began())
        return tx.status();
    JobUpdate fields;
    fields.workerId = workerId;
    fields.startedAt = startedAt;
    s = transitionJob(*d, id, {JobStatus::Pending}, JobStatus::Running, fields, startedAt, op);
    if (!s.ok())
        return s;
    return tx.commit();
}

DbStatus PipelineDatabase::claimNextJob(const QString &workerId, qint64 now, JobRecord *out)
{
    const QString op = QStringLiteral("claim the next queued job for worker %1 in table jobs").arg(workerId);
    DbStatus s = d->checkThread("claim the next job");
    if (!s.ok())
        return s;
    *out = JobRecord();
    out->id = 0;
    WriteTransaction tx(*d, op);
    if (!tx.began())
        return tx.status();
    QSqlQuery q = d->query();
    s = d->exec(q,
                QStringLiteral("SELECT id FROM jobs WHERE status = 'pending' AND not_before <= ?"
                               " ORDER BY priority DESC, queue_seq ASC LIMIT 1"),
                {now}, op);
    if (!s.ok())
        return s;
    if (!q.next())
        return tx.commit();
    const qint64 id = q.value(0).toLongLong();
    JobUpdate fields;
    fields.workerId = workerId;
    fields.startedAt = now;
    s = transitionJob(*d, id, {JobStatus::Pending}, JobStatus::Running, fields, now, op);
    if (!s.ok())
        return s;
    s = d->exec(q, QStringLiteral("SELECT %1 FROM jobs WHERE id = ?").arg(cols(kJobColumns)), {id}, op);
    if (!s.ok())
        return s;
    JobRecord claimed = q.next() ? readJob(q) : JobRecord();
    q.finish();
    s = tx.commit();
    if (s.ok())
        *out = claimed;
    return s;
}

DbStatus PipelineDatabase::finishJob(qint64 id, JobStatus status, std::optional<int> exitCode,
                                     const QString &failureReason, qint64 completedAt)
{
    const QString op = QStringLiteral("finish job %1 as %2 in table jobs").arg(id).arg(toString(status));
    DbStatus s = d->checkThread("finish a job");
    if (!s.ok())
        return s;
    if (status != JobStatus::Success && status != JobStatus::Failed && status != JobStatus::Cancelled)
        return d->failure(DbErrorCode::Invalid, op, QStringLiteral("a job finishes as success, failed or cancelled"));
    WriteTransaction tx(*d, op);
    if (!tx.began())
        return tx.status();
    JobUpdate fields;
    fields.exitCode = exitCode;
    fields.failureReason = failureReason;
    fields.completedAt = completedAt;
    s = transitionJob(*d, id, {JobStatus::Running}, status, fields, completedAt, op);
    if (!s.ok())
        return s;
    return tx.commit();
}

DbStatus PipelineDatabase::approveJob(qint64 id, const QString &approvedBy, qint64 at)
{
    const QString op = QStringLiteral("approve job %1 in table jobs").arg(id);
    DbStatus s = d->checkThread("approve a job");
    if (!s.ok())
        return s;
    if (approvedBy.trimmed().isEmpty())
        return d->failure(DbErrorCode::Invalid, op, QStringLiteral("field approved_by is empty"));
    WriteTransaction tx(*d, op);
    if (!tx.began())
        return tx.status();
    JobUpdate fields;
    fields.approvedBy = approvedBy;
    fields.approvedAt = at;
    s = transitionJob(*d, id, {JobStatus::Manual}, JobStatus::Pending, fields, at, op);
    if (!s.ok())
        return s;
    JobRecord j;
    QSqlQuery q = d->query();
    s = d->exec(q, QStringLiteral("SELECT run_id, name FROM jobs WHERE id = ?"), {id}, op);
    if (!s.ok() || !q.next())
        return s.ok() ? d->failure(DbErrorCode::NotFound, op, QStringLiteral("no job with this id")) : s;
    EventRecord event;
    event.at = at;
    event.runId = q.value(0).toString();
    event.jobId = id;
    event.kind = QStringLiteral("job.approved");
    event.actor = approvedBy;
    event.message = QStringLiteral("approved job \"%1\"").arg(q.value(1).toString());
    q.finish();
    s = insertEvent(*d, &event);
    if (!s.ok())
        return s;
    return tx.commit();
}

DbStatus PipelineDatabase::pendingJobs(int limit, qint64 now, QList<JobRecord> *out)
{
    DbStatus s = d->checkThread("list the queue");
    if (!s.ok())
        return s;
    QSqlQuery q = d->query();
    s = d->exec(q,
                QStringLiteral("SELECT %1 FROM jobs WHERE status = 'pending' AND not_before <= ?"
                               " ORDER BY priority DESC, queue_seq ASC LIMIT ?")
                    .arg(cols(kJobColumns)),
                {now, limit > 0 ? limit : -1}, QStringLiteral("list the queue in table jobs"));
    if (!s.ok())
        return s;
    out->clear();
    while (q.next())
        out->append(readJob(q));
    return {};
}

DbStatus PipelineDatabase::queueDepth(qint64 *depth)
{
    DbStatus s = d->checkThread("count the queue");
    if (!s.ok())
        return s;
    QSqlQuery q = d->query();
    s = d->exec(q, QStringLiteral("SELECT COUNT(*) FROM jobs WHERE status = 'pending'"), {},
                QStringLiteral("count the queue in table jobs"));
    if (s.ok())
        *depth = q.next() ? q.value(0).toLongLong() : 0;
    return s;
}

DbStatus PipelineDatabase::addRetry(qint64 jobId, qint64 notBefore, qint64 *newJobId)
{
    const QString op = QStringLiteral("retry job %1 in table jobs").arg(jobId);
    DbStatus s = d->checkThread("retry a job");
    if (!s.ok())
        return s;
    WriteTransaction tx(*d, op);
    if (!tx.began())
        return tx.status();
    QSqlQuery q = d->query();
    s = d->exec(q, QStringLiteral("SELECT %1 FROM jobs WHERE id = ?").arg(cols(kJobColumns)), {jobId}, op);
    if (!s.ok())
        return s;
    if (!q.next())
        return d->failure(DbErrorCode::NotFound, op, QStringLiteral("no job with this id"));
    const JobRecord old = readJob(q);
    q.finish();
    if (old.status != JobStatus::Failed && old.status != JobStatus::Cancelled && old.status != JobStatus::Interrupted)
        return d->failure(DbErrorCode::WrongState, op,
                          QStringLiteral("the job is %1; only failed, cancelled or interrupted jobs are retried")
                              .arg(toString(old.status)));
    if (old.supersededBy != 0)
        return d->failure(DbErrorCode::WrongState, op,
                          QStringLiteral("attempt %1 was already retried as job %2").arg(old.attempt).arg(old.supersededBy));
    qint64 queueSeq = 0;
    s = d->reserve(QStringLiteral("queue"), 1, &queueSeq);
    if (!s.ok())
        return s;
    s = d->exec(q,
                QStringLiteral("INSERT INTO jobs (run_id, name, stage, stage_index, status, when_, allow_failure,"
                               " needs_json, spec_json, priority, queue_seq, attempt, retry_of, not_before,"
                               " resource_class, concurrency_group)"
                               " SELECT run_id, name, stage, stage_index, 'pending', when_, allow_failure, needs_json,"
                               " spec_json, priority, ?, attempt + 1, id, ?, resource_class, concurrency_group"
                               " FROM jobs WHERE id = ?"),
                {queueSeq, notBefore, jobId}, op);
    if (!s.ok())
        return s;
    const qint64 id = q.lastInsertId().toLongLong();
    s = d->exec(q, QStringLiteral("UPDATE jobs SET superseded_by = ? WHERE id = ? AND superseded_by IS NULL"),
                {id, jobId}, op);
    if (!s.ok())
        return s;
    s = d->exec(q,
                QStringLiteral("INSERT INTO steps (job_id, idx, name, status)"
                               " SELECT ?, idx, name, 'pending' FROM steps WHERE job_id = ?"),
                {id, jobId}, QStringLiteral("copy the steps of job %1 in table steps").arg(jobId));
    if (!s.ok())
        return s;
    EventRecord event;
    event.at = QDateTime::currentMSecsSinceEpoch();
    event.runId = old.runId;
    event.jobId = id;
    event.kind = QStringLiteral("job.retried");
    event.message = QStringLiteral("job \"%1\" attempt %2 (job %3) after %4 attempt %5 (job %6)")
                        .arg(old.name)
                        .arg(old.attempt + 1)
                        .arg(id)
                        .arg(toString(old.status))
                        .arg(old.attempt)
                        .arg(jobId);
    s = insertEvent(*d, &event);
    if (!s.ok())
        return s;
    s = recomputeRun(*d, old.runId, event.at, nullptr, nullptr);
    if (!s.ok())
        return s;
    s = tx.commit();
    if (s.ok() && newJobId)
        *newJobId = id;
    return s;
}

DbStatus PipelineDatabase::recoverAfterRestart(qint64 now, RecoveryReport *report)
{
    const QString op = QStringLiteral("recover after a restart (tables jobs, runs, workers)");
    DbStatus s = d->checkThread("recover after a restart");
    if (!s.ok())
        return s;
    RecoveryReport r;
    WriteTransaction tx(*d, op);
    if (!tx.began())
        return tx.status();
    QSqlQuery q = d->query();
    s = d->exec(q, QStringLiteral("SELECT id, run_id, name FROM jobs WHERE status = 'running' ORDER BY id"), {}, op);
    if (!s.ok())
        return s;
    QStringList runIds;
    QList<EventRecord> events;
    while (q.next()) {
        r.interruptedJobs << q.value(0).toLongLong();
        const QString runId = q.value(1).toString();
        if (!runIds.contains(runId))
            runIds << runId;
        EventRecord e;
        e.at = now;
        e.runId = runId;
        e.jobId = q.value(0).toLongLong();
        e.kind = QStringLiteral("job.interrupted");
        e.actor = QStringLiteral("engine");
        e.message = QStringLiteral("job \"%1\": %2").arg(q.value(2).toString(), kInterrupted);
        events << e;
    }
    s = d->exec(q,
                QStringLiteral("UPDATE steps SET status = 'cancelled', completed_at = ? WHERE status = 'running'"
                               " AND job_id IN (SELECT id FROM jobs WHERE status = 'running')"),
                {now}, op);
    if (!s.ok())
        return s;
    s = d->exec(q,
                QStringLiteral("UPDATE jobs SET status = 'interrupted', failure_reason = ?, completed_at = ?"
                               " WHERE status = 'running'"),
                {kInterrupted, now}, op);
    if (!s.ok())
        return s;
    for (EventRecord &e : events) {
        s = insertEvent(*d, &e);
        if (!s.ok())
            return s;
    }
    for (const QString &runId : std::as_const(runIds)) {
        RunStatus before = RunStatus::Queued, after = RunStatus::Queued;
        s = recomputeRun(*d, runId, now, &after, &before);
        if (!s.ok())
            return s;
        if (before != after)
            r.runsChanged << QStringLiteral("%1: %2 -> %3").arg(runId, toString(before), toString(after));
    }
    s = d->exec(q, QStringLiteral("SELECT id FROM workers WHERE status = 'busy' ORDER BY id"), {}, op);
    if (!s.ok())
        return s;
    while (q.next())
        r.workersReleased << q.value(0).toString();
    s = d->exec(q,
                QStringLiteral("UPDATE workers SET status = 'offline', current_job_id = NULL,"
                               " busy_ms = busy_ms + MAX(0, ? - COALESCE(busy_since, ?)), busy_since = NULL"
                               " WHERE status = 'busy'"),
                {now, now}, op);
    if (!s.ok())
        return s;
    s = tx.commit();
    if (s.ok() && report)
        *report = r;
    return s;
}

// --- steps -------------------------------------------------------------------

DbStatus PipelineDatabase::steps(qint64 jobId, QList<StepRecord> *out)
{
    DbStatus s = d->checkThread("list steps");
    if (!s.ok())
        return s;
    QSqlQuery q = d->query();
    s = d->exec(q, QStringLiteral("SELECT %1 FROM steps WHERE job_id = ? ORDER BY idx").arg(cols(kStepColumns)),
                {jobId}, QStringLiteral("list the steps of job %1 in table steps").arg(jobId));
    if (!s.ok())
        return s;
    out->clear();
    while (q.next())
        out->append(readStep(q));
    return {};
}

DbStatus PipelineDatabase::setStepStatus(qint64 stepId, StepStatus status, const StepUpdate &fields)
{
    const QString op = QStringLiteral("set step %1 to %2 in table steps").arg(stepId).arg(toString(status));
    DbStatus s = d->checkThread("set a step's status");
    if (!s.ok())
        return s;
    WriteTransaction tx(*d, op);
    if (!tx.began())
        return tx.status();
    QSqlQuery q = d->query();
    s = d->exec(q, QStringLiteral("SELECT status FROM steps WHERE id = ?"), {stepId}, op);
    if (!s.ok())
        return s;
    if (!q.next())
        return d->failure(DbErrorCode::NotFound, op, QStringLiteral("no step with this id"));
    const StepStatus current = enumOf(q.value(0), StepStatus::Pending);
    if (current != StepStatus::Pending && current != StepStatus::Running)
        return d->failure(DbErrorCode::WrongState, op, QStringLiteral("the step is already %1").arg(toString(current)));
    QStringList sets{QStringLiteral("status = ?")};
    QVariantList binds{toString(status)};
    if (fields.exitCode) {
        sets << QStringLiteral("exit_code = ?");
        binds << *fields.exitCode;
    }
    if (fields.startedAt) {
        sets << QStringLiteral("started_at = ?");
        binds << nullIfZero(*fields.startedAt);
    }
    if (fields.completedAt) {
        sets << QStringLiteral("completed_at = ?");
        binds << nullIfZero(*fields.completedAt);
    }
    if (fields.skippedReason) {
        sets << QStringLiteral("skipped_reason = ?");
        binds << *fields.skippedReason;
    }
    binds << stepId;
    s = d->exec(q, QStringLiteral("UPDATE steps SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))), binds, op);
    if (!s.ok())
        return s;
    return tx.commit();
}

} // namespace OpsDeck::Pipelines
