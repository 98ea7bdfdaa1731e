// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "database_p.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

// Runs: the row readers, creation with jobs and steps in one transaction,
// listing, run-level transitions, and the rule that derives a run's status
// from its jobs.

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

} // namespace

RunRecord readRun(const QSqlQuery &q)
{
    RunRecord r;
    r.id = q.value(0).toString();
    r.seq = q.value(1).toLongLong();
    r.repository = q.value(2).toString();
    r.branch = q.value(3).toString();
    r.commitSha = q.value(4).toString();
    r.environment = enumOf(q.value(5), DeployEnvironment::Development);
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

} // namespace OpsDeck::Pipelines
