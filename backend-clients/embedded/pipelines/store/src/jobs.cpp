// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "database_p.h"

#include <QDateTime>

// Jobs, the persistent queue, retries, recovery after a restart, and steps.
// Every status change reads the current status and writes inside one write
// transaction, so two connections (threads or processes) racing for the
// same job cannot both win.

namespace OpsDeck::Pipelines {

namespace {

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

const QString kInterrupted = QStringLiteral("the engine stopped while the job was running");

} // namespace

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
    if (fields.notBefore)
        set("not_before", *fields.notBefore);
    if (fields.allowFailure)
        set("allow_failure", *fields.allowFailure ? 1 : 0);
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
                                     const QString &failureReason, qint64 completedAt, std::optional<bool> allowFailure)
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
    fields.allowFailure = allowFailure;
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

DbStatus PipelineDatabase::addRetry(qint64 jobId, qint64 notBefore, qint64 *newJobId, const QString &actor,
                                    const QList<qint64> &revive)
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
    for (const qint64 skipped : revive) {
        s = d->exec(q,
                    QStringLiteral("UPDATE jobs SET status = 'created', failure_reason = '', completed_at = NULL"
                                   " WHERE id = ? AND run_id = ? AND status = 'skipped' AND superseded_by IS NULL"),
                    {skipped, old.runId}, op);
        if (!s.ok())
            return s;
        if (q.numRowsAffected() != 1)
            return d->failure(DbErrorCode::WrongState, op,
                              QStringLiteral("job %1 is not a skipped job of run %2").arg(skipped).arg(old.runId));
    }
    EventRecord event;
    event.at = QDateTime::currentMSecsSinceEpoch();
    event.runId = old.runId;
    event.jobId = id;
    event.kind = QStringLiteral("job.retried");
    event.actor = actor;
    event.message = QStringLiteral("job \"%1\" attempt %2 (job %3) after %4 attempt %5 (job %6)")
                        .arg(old.name)
                        .arg(old.attempt + 1)
                        .arg(id)
                        .arg(toString(old.status))
                        .arg(old.attempt)
                        .arg(jobId);
    if (!revive.isEmpty())
        event.message += QStringLiteral("; %1 skipped job(s) wait for it again").arg(revive.size());
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
