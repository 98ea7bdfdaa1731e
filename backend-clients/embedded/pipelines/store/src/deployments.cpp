// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "database_p.h"

#include <QDateTime>
#include <QUuid>

// Deployments, workers, the audit trail, environment freezes and the
// monitoring figures.

namespace OpsDeck::Pipelines {

const char *const kDeploymentColumns =
    "id, run_id, job_id, repository, branch, commit_sha, environment, status, progress, created_by, created_at, "
    "started_at, completed_at, strategy, slot, url, previous_deployment_id, rolled_back_by, note, seq";
const char *const kWorkerColumns =
    "id, hostname, status, last_heartbeat, current_job_id, capabilities, busy_ms, busy_since";
const char *const kEventColumns = "id, at, run_id, job_id, kind, actor, message";

DeploymentRecord readDeployment(const QSqlQuery &q)
{
    DeploymentRecord r;
    r.id = q.value(0).toString();
    r.runId = q.value(1).toString();
    r.jobId = int64(q.value(2));
    r.repository = q.value(3).toString();
    r.branch = q.value(4).toString();
    r.commitSha = q.value(5).toString();
    r.environment = enumOf(q.value(6), DeployEnvironment::Development);
    r.status = enumOf(q.value(7), DeploymentStatus::Queued);
    r.progress = q.value(8).toInt();
    r.createdBy = q.value(9).toString();
    r.createdAt = int64(q.value(10));
    r.startedAt = int64(q.value(11));
    r.completedAt = int64(q.value(12));
    r.strategy = enumOf(q.value(13), DeploymentStrategy::Direct);
    r.slot = q.value(14).toString();
    r.url = q.value(15).toString();
    r.previousDeploymentId = q.value(16).toString();
    r.rolledBackBy = q.value(17).toString();
    r.note = q.value(18).toString();
    r.seq = q.value(19).toLongLong();
    return r;
}

WorkerRecord readWorker(const QSqlQuery &q)
{
    WorkerRecord w;
    w.id = q.value(0).toString();
    w.hostname = q.value(1).toString();
    w.status = enumOf(q.value(2), WorkerStatus::Offline);
    w.lastHeartbeat = int64(q.value(3));
    w.currentJobId = int64(q.value(4));
    w.capabilitiesJson = q.value(5).toString();
    w.busyMs = q.value(6).toLongLong();
    w.busySince = int64(q.value(7));
    return w;
}

EventRecord readEvent(const QSqlQuery &q)
{
    EventRecord e;
    e.id = q.value(0).toLongLong();
    e.at = q.value(1).toLongLong();
    e.runId = q.value(2).toString();
    e.jobId = int64(q.value(3));
    e.kind = q.value(4).toString();
    e.actor = q.value(5).toString();
    e.message = q.value(6).toString();
    return e;
}

DbStatus insertEvent(PipelineDatabasePrivate &d, EventRecord *event)
{
    if (event->at == 0)
        event->at = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q = d.query();
    DbStatus s = d.exec(q,
                        QStringLiteral("INSERT INTO events (at, run_id, job_id, kind, actor, message)"
                                       " VALUES (?, ?, ?, ?, ?, ?)"),
                        {event->at, nullIfEmpty(event->runId), nullIfZero(event->jobId), event->kind, event->actor,
                         event->message},
                        QStringLiteral("append a %1 event to table events").arg(event->kind));
    if (s.ok())
        event->id = q.lastInsertId().toLongLong();
    return s;
}

// --- deployments ---------------------------------------------------------------

DbStatus PipelineDatabase::createDeployment(DeploymentRecord *in)
{
    const QString op = QStringLiteral("create a deployment in table deployments");
    DbStatus s = d->checkThread("create a deployment");
    if (!s.ok())
        return s;
    DeploymentRecord r = *in;
    for (const auto &[value, field] : {std::pair{r.repository, "repository"}, std::pair{r.branch, "branch"},
                                       std::pair{r.commitSha, "commit_sha"}, std::pair{r.createdBy, "created_by"}}) {
        if (value.trimmed().isEmpty())
            return d->failure(DbErrorCode::Invalid, op, QStringLiteral("field %1 is empty").arg(QLatin1String(field)));
    }
    if (r.progress < 0 || r.progress > 100)
        return d->failure(DbErrorCode::Invalid, op, QStringLiteral("field progress is %1, not 0..100").arg(r.progress));
    if (r.id.isEmpty())
        r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (r.createdAt == 0)
        r.createdAt = QDateTime::currentMSecsSinceEpoch();
    WriteTransaction tx(*d, op);
    if (!tx.began())
        return tx.status();
    s = d->reserve(QStringLiteral("deployment"), 1, &r.seq);
    if (!s.ok())
        return s;
    QSqlQuery q = d->query();
    s = d->exec(q,
                QStringLiteral("INSERT INTO deployments (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                               " ?, ?, ?)")
                    .arg(cols(kDeploymentColumns)),
                {r.id, nullIfEmpty(r.runId), nullIfZero(r.jobId), r.repository, r.branch, r.commitSha,
                 toString(r.environment), toString(r.status), r.progress, r.createdBy, r.createdAt,
                 nullIfZero(r.startedAt), nullIfZero(r.completedAt), toString(r.strategy), r.slot, r.url,
                 nullIfEmpty(r.previousDeploymentId), nullIfEmpty(r.rolledBackBy), r.note, r.seq},
                op);
    if (!s.ok())
        return s;
    s = tx.commit();
    if (s.ok())
        *in = r;
    return s;
}

DbStatus PipelineDatabase::deployment(const QString &id, DeploymentRecord *out)
{
    const QString op = QStringLiteral("read deployment %1 from table deployments").arg(id);
    DbStatus s = d->checkThread("read a deployment");
    if (!s.ok())
        return s;
    QSqlQuery q = d->query();
    s = d->exec(q, QStringLiteral("SELECT %1 FROM deployments WHERE id = ?").arg(cols(kDeploymentColumns)), {id}, op);
    if (!s.ok())
        return s;
    if (!q.next())
        return d->failure(DbErrorCode::NotFound, op, QStringLiteral("no deployment with this id"));
    *out = readDeployment(q);
    return {};
}

DbStatus PipelineDatabase::setDeploymentStatus(const QString &id, DeploymentStatus status, int progress, qint64 at,
                                               const QString &note)
{
    const QString op =
        QStringLiteral("set deployment %1 to %2 in table deployments").arg(id, toString(status));
    DbStatus s = d->checkThread("set a deployment's status");
    if (!s.ok())
        return s;
    if (progress < 0 || progress > 100)
        return d->failure(DbErrorCode::Invalid, op, QStringLiteral("progress %1 is not 0..100").arg(progress));
    WriteTransaction tx(*d, op);
    if (!tx.began())
        return tx.status();
    QSqlQuery q = d->query();
    s = d->exec(q, QStringLiteral("SELECT status FROM deployments WHERE id = ?"), {id}, op);
    if (!s.ok())
        return s;
    if (!q.next())
        return d->failure(DbErrorCode::NotFound, op, QStringLiteral("no deployment with this id"));
    const DeploymentStatus from = enumOf(q.value(0), DeploymentStatus::Queued);
    const bool fromActive = from == DeploymentStatus::Queued || from == DeploymentStatus::Running;
    if (!fromActive || (from == DeploymentStatus::Running && status == DeploymentStatus::Queued))
        return d->failure(DbErrorCode::WrongState, op, QStringLiteral("the deployment is %1").arg(toString(from)));
    // A running deployment may end rolled back: its smoke test failed and
    // the previous release kept serving. A success that is replaced later
    // goes through markRolledBack(), which names the replacement.
    if (status == DeploymentStatus::RolledBack && from != DeploymentStatus::Running)
        return d->failure(DbErrorCode::WrongState, op,
                          QStringLiteral("the deployment is %1; use markRolledBack() for a success").arg(toString(from)));
    const bool finished = status == DeploymentStatus::Success || status == DeploymentStatus::Failed
        || status == DeploymentStatus::RolledBack;
    s = d->exec(q,
                QStringLiteral("UPDATE deployments SET status = ?, progress = ?,"
                               " started_at = CASE WHEN ? AND started_at IS NULL THEN ? ELSE started_at END,"
                               " completed_at = CASE WHEN ? THEN ? ELSE completed_at END,"
                               " note = COALESCE(?, note) WHERE id = ?"),
                {toString(status), progress, status != DeploymentStatus::Queued, at, finished, at, nullIfEmpty(note), id},
                op);
    if (!s.ok())
        return s;
    return tx.commit();
}

DbStatus PipelineDatabase::markRolledBack(const QString &id, const QString &rolledBackBy, qint64 at)
{
    const QString op = QStringLiteral("mark deployment %1 rolled back in table deployments").arg(id);
    DbStatus s = d->checkThread("mark a deployment rolled back");
    if (!s.ok())
        return s;
    WriteTransaction tx(*d, op);
    if (!tx.began())
        return tx.status();
    QSqlQuery q = d->query();
    s = d->exec(q, QStringLiteral("SELECT status, run_id, environment FROM deployments WHERE id = ?"), {id}, op);
    if (!s.ok())
        return s;
    if (!q.next())
        return d->failure(DbErrorCode::NotFound, op, QStringLiteral("no deployment with this id"));
    const DeploymentStatus from = enumOf(q.value(0), DeploymentStatus::Queued);
    EventRecord event;
    event.at = at;
    event.runId = q.value(1).toString();
    event.kind = QStringLiteral("deployment.rolled_back");
    event.message = QStringLiteral("deployment %1 to %2 rolled back by deployment %3")
                        .arg(id, q.value(2).toString(), rolledBackBy);
    q.finish();
    if (from != DeploymentStatus::Success)
        return d->failure(DbErrorCode::WrongState, op,
                          QStringLiteral("the deployment is %1; only a success is rolled back").arg(toString(from)));
    s = d->exec(q, QStringLiteral("UPDATE deployments SET status = 'rolled_back', rolled_back_by = ? WHERE id = ?"),
                {nullIfEmpty(rolledBackBy), id}, op);
    if (!s.ok())
        return s;
    s = insertEvent(*d, &event);
    if (!s.ok())
        return s;
    return tx.commit();
}

DbStatus PipelineDatabase::deployments(std::optional<DeployEnvironment> environment, int limit,
                                       QList<DeploymentRecord> *out)
{
    DbStatus s = d->checkThread("list deployments");
    if (!s.ok())
        return s;
    QSqlQuery q = d->query();
    s = d->exec(q,
                QStringLiteral("SELECT %1 FROM deployments WHERE (? IS NULL OR environment = ?)"
                               " ORDER BY seq DESC LIMIT ?")
                    .arg(cols(kDeploymentColumns)),
                {environment ? QVariant(toString(*environment)) : QVariant(),
                 environment ? QVariant(toString(*environment)) : QVariant(), limit > 0 ? limit : -1},
                QStringLiteral("list table deployments"));
    if (!s.ok())
        return s;
    out->clear();
    while (q.next())
        out->append(readDeployment(q));
    return {};
}

DbStatus PipelineDatabase::currentDeployment(DeployEnvironment environment, DeploymentRecord *out)
{
    DbStatus s = d->checkThread("read the current deployment");
    if (!s.ok())
        return s;
    *out = DeploymentRecord();
    QSqlQuery q = d->query();
    s = d->exec(q,
                QStringLiteral("SELECT %1 FROM deployments WHERE environment = ? AND status = 'success'"
                               " ORDER BY seq DESC LIMIT 1")
                    .arg(cols(kDeploymentColumns)),
                {toString(environment)},
                QStringLiteral("find the current %1 deployment in table deployments").arg(toString(environment)));
    if (s.ok() && q.next())
        *out = readDeployment(q);
    return s;
}

DbStatus PipelineDatabase::previousSuccessful(DeployEnvironment environment, const QString &beforeId, DeploymentRecord *out)
{
    const QString op = QStringLiteral("find the %1 deployment before %2 in table deployments")
                           .arg(toString(environment), beforeId);
    DbStatus s = d->checkThread("find the previous deployment");
    if (!s.ok())
        return s;
    *out = DeploymentRecord();
    QSqlQuery q = d->query();
    s = d->exec(q, QStringLiteral("SELECT seq FROM deployments WHERE id = ?"), {beforeId}, op);
    if (!s.ok())
        return s;
    if (!q.next())
        return d->failure(DbErrorCode::NotFound, op, QStringLiteral("no deployment with id %1").arg(beforeId));
    const qint64 seq = q.value(0).toLongLong();
    s = d->exec(q,
                QStringLiteral("SELECT %1 FROM deployments WHERE environment = ? AND status = 'success' AND seq < ?"
                               " ORDER BY seq DESC LIMIT 1")
                    .arg(cols(kDeploymentColumns)),
                {toString(environment), seq}, op);
    if (s.ok() && q.next())
        *out = readDeployment(q);
    return s;
}

// --- workers -------------------------------------------------------------------

DbStatus PipelineDatabase::upsertWorker(const WorkerRecord &w)
{
    const QString op = QStringLiteral("register worker %1 in table workers").arg(w.id);
    DbStatus s = d->checkThread("register a worker");
    if (!s.ok())
        return s;
    if (w.id.trimmed().isEmpty() || w.hostname.trimmed().isEmpty())
        return d->failure(DbErrorCode::Invalid, op, QStringLiteral("fields id and hostname must not be empty"));
    QSqlQuery q = d->query();
    return d->exec(q,
                   QStringLiteral("INSERT INTO workers (id, hostname, status, last_heartbeat, current_job_id,"
                                  " capabilities, busy_ms, busy_since) VALUES (?, ?, ?, ?, ?, ?, 0, ?)"
                                  " ON CONFLICT (id) DO UPDATE SET hostname = excluded.hostname,"
                                  " status = excluded.status, last_heartbeat = excluded.last_heartbeat,"
                                  " current_job_id = excluded.current_job_id, capabilities = excluded.capabilities,"
                                  " busy_since = excluded.busy_since"),
                   {w.id, w.hostname, toString(w.status),
                    w.lastHeartbeat ? w.lastHeartbeat : QDateTime::currentMSecsSinceEpoch(), nullIfZero(w.currentJobId),
                    w.capabilitiesJson.isEmpty() ? QStringLiteral("{}") : w.capabilitiesJson,
                    w.status == WorkerStatus::Busy ? nullIfZero(w.busySince) : QVariant()},
                   op);
}

namespace {

DbStatus updateWorker(PipelineDatabasePrivate &d, const QString &op, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q = d.query();
    DbStatus s = d.exec(q, sql, binds, op);
    if (s.ok() && q.numRowsAffected() != 1)
        return d.failure(DbErrorCode::NotFound, op, QStringLiteral("no worker with this id"));
    return s;
}

} // namespace

DbStatus PipelineDatabase::heartbeat(const QString &workerId, qint64 at)
{
    DbStatus s = d->checkThread("record a heartbeat");
    if (!s.ok())
        return s;
    return updateWorker(*d, QStringLiteral("record a heartbeat of worker %1 in table workers").arg(workerId),
                        QStringLiteral("UPDATE workers SET last_heartbeat = ?,"
                                       " status = CASE status WHEN 'offline' THEN 'idle' ELSE status END WHERE id = ?"),
                        {at, workerId});
}

DbStatus PipelineDatabase::setWorkerBusy(const QString &workerId, qint64 jobId, qint64 at)
{
    DbStatus s = d->checkThread("mark a worker busy");
    if (!s.ok())
        return s;
    // A busy period already open keeps its start: the job changes, the
    // worker stays busy.
    return updateWorker(*d, QStringLiteral("mark worker %1 busy in table workers").arg(workerId),
                        QStringLiteral("UPDATE workers SET status = 'busy', current_job_id = ?,"
                                       " busy_since = COALESCE(busy_since, ?), last_heartbeat = MAX(last_heartbeat, ?)"
                                       " WHERE id = ?"),
                        {nullIfZero(jobId), at, at, workerId});
}

DbStatus PipelineDatabase::setWorkerIdle(const QString &workerId, qint64 at)
{
    DbStatus s = d->checkThread("mark a worker idle");
    if (!s.ok())
        return s;
    return updateWorker(*d, QStringLiteral("mark worker %1 idle in table workers").arg(workerId),
                        QStringLiteral("UPDATE workers SET status = 'idle', current_job_id = NULL,"
                                       " busy_ms = busy_ms + MAX(0, ? - COALESCE(busy_since, ?)), busy_since = NULL,"
                                       " last_heartbeat = MAX(last_heartbeat, ?) WHERE id = ?"),
                        {at, at, at, workerId});
}

DbStatus PipelineDatabase::setWorkerOffline(const QString &workerId, qint64 at)
{
    DbStatus s = d->checkThread("mark a worker offline");
    if (!s.ok())
        return s;
    return updateWorker(*d, QStringLiteral("mark worker %1 offline in table workers").arg(workerId),
                        QStringLiteral("UPDATE workers SET status = 'offline', current_job_id = NULL,"
                                       " busy_ms = busy_ms + MAX(0, ? - COALESCE(busy_since, ?)), busy_since = NULL"
                                       " WHERE id = ?"),
                        {at, at, workerId});
}

DbStatus PipelineDatabase::workers(QList<WorkerRecord> *out)
{
    DbStatus s = d->checkThread("list workers");
    if (!s.ok())
        return s;
    QSqlQuery q = d->query();
    s = d->exec(q, QStringLiteral("SELECT %1 FROM workers ORDER BY id").arg(cols(kWorkerColumns)), {},
                QStringLiteral("list table workers"));
    if (!s.ok())
        return s;
    out->clear();
    while (q.next())
        out->append(readWorker(q));
    return {};
}

// --- events --------------------------------------------------------------------

DbStatus PipelineDatabase::appendEvent(EventRecord *event)
{
    DbStatus s = d->checkThread("append an event");
    if (!s.ok())
        return s;
    if (event->kind.trimmed().isEmpty())
        return d->failure(DbErrorCode::Invalid, QStringLiteral("append an event to table events"),
                          QStringLiteral("field kind is empty"));
    return insertEvent(*d, event);
}

DbStatus PipelineDatabase::events(const QString &runId, int limit, QList<EventRecord> *out)
{
    DbStatus s = d->checkThread("list events");
    if (!s.ok())
        return s;
    QSqlQuery q = d->query();
    s = d->exec(q,
                QStringLiteral("SELECT %1 FROM events WHERE (? = '' OR run_id = ?) ORDER BY id DESC LIMIT ?")
                    .arg(cols(kEventColumns)),
                {runId, runId, limit > 0 ? limit : -1}, QStringLiteral("list table events"));
    if (!s.ok())
        return s;
    out->clear();
    while (q.next())
        out->append(readEvent(q));
    return {};
}

// --- freezes -------------------------------------------------------------------

namespace {

DbStatus writeFreeze(PipelineDatabasePrivate &d, DeployEnvironment environment, bool frozen, const QString &by,
                     const QString &reason, qint64 at)
{
    const QString op = QStringLiteral("%1 %2 in table environment_locks")
                           .arg(frozen ? QStringLiteral("freeze") : QStringLiteral("unfreeze"), toString(environment));
    DbStatus s = d.checkThread("change a freeze");
    if (!s.ok())
        return s;
    if (by.trimmed().isEmpty())
        return d.failure(DbErrorCode::Invalid, op, QStringLiteral("who does it (frozen_by) is empty"));
    WriteTransaction tx(d, op);
    if (!tx.began())
        return tx.status();
    QSqlQuery q = d.query();
    s = d.exec(q,
               QStringLiteral("INSERT INTO environment_locks (environment, frozen, frozen_by, reason, at)"
                              " VALUES (?, ?, ?, ?, ?) ON CONFLICT (environment) DO UPDATE SET"
                              " frozen = excluded.frozen, frozen_by = excluded.frozen_by, reason = excluded.reason,"
                              " at = excluded.at"),
               {toString(environment), frozen, by, reason, at}, op);
    if (!s.ok())
        return s;
    EventRecord event;
    event.at = at;
    event.kind = frozen ? QStringLiteral("freeze") : QStringLiteral("unfreeze");
    event.actor = by;
    event.message = frozen ? QStringLiteral("%1 frozen: %2").arg(toString(environment), reason)
                           : QStringLiteral("%1 unfrozen").arg(toString(environment));
    s = insertEvent(d, &event);
    if (!s.ok())
        return s;
    return tx.commit();
}

} // namespace

DbStatus PipelineDatabase::setFreeze(DeployEnvironment environment, const QString &by, const QString &reason, qint64 at)
{
    return writeFreeze(*d, environment, true, by, reason, at);
}

DbStatus PipelineDatabase::clearFreeze(DeployEnvironment environment, const QString &by, qint64 at)
{
    return writeFreeze(*d, environment, false, by, QString(), at);
}

DbStatus PipelineDatabase::freeze(DeployEnvironment environment, FreezeRecord *out)
{
    DbStatus s = d->checkThread("read a freeze");
    if (!s.ok())
        return s;
    *out = FreezeRecord();
    out->environment = environment;
    QSqlQuery q = d->query();
    s = d->exec(q, QStringLiteral("SELECT frozen, frozen_by, reason, at FROM environment_locks WHERE environment = ?"),
                {toString(environment)},
                QStringLiteral("read the freeze of %1 in table environment_locks").arg(toString(environment)));
    if (s.ok() && q.next()) {
        out->frozen = q.value(0).toBool();
        out->frozenBy = q.value(1).toString();
        out->reason = q.value(2).toString();
        out->at = q.value(3).toLongLong();
    }
    return s;
}

DbStatus PipelineDatabase::isFrozen(DeployEnvironment environment, bool *frozen)
{
    FreezeRecord record;
    DbStatus s = freeze(environment, &record);
    if (s.ok())
        *frozen = record.frozen;
    return s;
}

// --- metrics -------------------------------------------------------------------

DbStatus PipelineDatabase::metrics(const QDateTime &since, Metrics *out, const QDateTime &until)
{
    DbStatus s = d->checkThread("compute metrics");
    if (!s.ok())
        return s;
    const qint64 from = since.toMSecsSinceEpoch();
    const qint64 to = until.toMSecsSinceEpoch();
    if (to <= from)
        return d->failure(DbErrorCode::Invalid, QStringLiteral("compute metrics"),
                          QStringLiteral("the window ends (%1) before it starts (%2)")
                              .arg(until.toString(Qt::ISODateWithMs), since.toString(Qt::ISODateWithMs)));
    Metrics m;
    QSqlQuery q = d->query();
    s = d->exec(q,
                QStringLiteral("SELECT COUNT(*), COALESCE(SUM(status IN ('success', 'rolled_back')), 0),"
                               " COALESCE(SUM(status = 'failed'), 0),"
                               " AVG(CASE WHEN started_at IS NOT NULL AND completed_at IS NOT NULL"
                               "     THEN completed_at - started_at END)"
                               " FROM deployments WHERE created_at >= ? AND created_at < ?"
                               " AND status IN ('success', 'failed', 'rolled_back')"),
                {from, to}, QStringLiteral("compute deployment metrics from table deployments"));
    if (!s.ok())
        return s;
    if (q.next()) {
        m.deploymentsTotal = q.value(0).toLongLong();
        m.deploymentsSucceeded = q.value(1).toLongLong();
        m.deploymentsFailed = q.value(2).toLongLong();
        m.averageDeploymentMs = q.value(3).isNull() ? 0.0 : q.value(3).toDouble();
    }
    s = d->exec(q,
                QStringLiteral("SELECT COUNT(*), COALESCE(SUM(status IN ('success', 'rolled_back')), 0),"
                               " AVG(CASE WHEN started_at IS NOT NULL AND completed_at IS NOT NULL"
                               "     THEN completed_at - started_at END)"
                               " FROM runs WHERE created_at >= ? AND created_at < ?"
                               " AND status IN ('success', 'failed', 'rolled_back')"),
                {from, to}, QStringLiteral("compute run metrics from table runs"));
    if (!s.ok())
        return s;
    if (q.next()) {
        m.runsTotal = q.value(0).toLongLong();
        m.runsSucceeded = q.value(1).toLongLong();
        m.averageRunMs = q.value(2).isNull() ? 0.0 : q.value(2).toDouble();
    }
    s = d->exec(q, QStringLiteral("SELECT COUNT(*) FROM jobs WHERE status = 'pending'"), {},
                QStringLiteral("compute the queue depth from table jobs"));
    if (!s.ok())
        return s;
    m.queueDepth = q.next() ? q.value(0).toLongLong() : 0;
    s = d->exec(q, QStringLiteral("SELECT COALESCE(SUM(status <> 'offline'), 0), COALESCE(SUM(status = 'busy'), 0)"
                                  " FROM workers"),
                {}, QStringLiteral("count workers in table workers"));
    if (!s.ok())
        return s;
    if (q.next()) {
        m.workersTotal = q.value(0).toLongLong();
        m.workersBusy = q.value(1).toLongLong();
    }
    // Job time on workers, each job clipped to the window; a job still
    // running counts up to the window's end. Capacity is the window times
    // the workers that are up now, or that ran something in the window.
    s = d->exec(q,
                QStringLiteral("SELECT COALESCE(SUM(MAX(0, MIN(COALESCE(completed_at, ?), ?) - MAX(started_at, ?))), 0),"
                               " COUNT(DISTINCT worker_id)"
                               " FROM jobs WHERE worker_id <> '' AND started_at IS NOT NULL AND started_at < ?"
                               " AND (completed_at IS NULL OR completed_at > ?)"),
                {to, to, from, to, from}, QStringLiteral("compute worker utilisation from table jobs"));
    if (!s.ok())
        return s;
    if (q.next()) {
        const double busy = q.value(0).toDouble();
        const qint64 workers = std::max(m.workersTotal, q.value(1).toLongLong());
        if (workers > 0)
            m.workerUtilisation = std::min(1.0, busy / (double(to - from) * double(workers)));
    }
    if (m.deploymentsTotal > 0)
        m.deploymentSuccessRate = double(m.deploymentsSucceeded) / double(m.deploymentsTotal);
    if (m.runsTotal > 0)
        m.runSuccessRate = double(m.runsSucceeded) / double(m.runsTotal);
    *out = m;
    return {};
}

} // namespace OpsDeck::Pipelines
