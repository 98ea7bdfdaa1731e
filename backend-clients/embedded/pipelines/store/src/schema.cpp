// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "database_p.h"

#include <QDateTime>

// The schema as an ordered list of migrations. A migration is never edited
// once released: a change is a new migration at the end. Each one runs in
// its own write transaction together with its schema_migrations row, so a
// failed or interrupted migration leaves the file at the previous version.

namespace OpsDeck::Pipelines {

namespace {

const QStringList kVersion1 = {
    QStringLiteral("CREATE TABLE schema_migrations ("
                   " version INTEGER PRIMARY KEY,"
                   " applied_at INTEGER NOT NULL,"
                   " description TEXT NOT NULL)"),
    // Monotonic counters: run numbers, the global queue order, deployment
    // order. A counter never goes back, even when rows are deleted.
    QStringLiteral("CREATE TABLE sequences (name TEXT PRIMARY KEY, value INTEGER NOT NULL)"),
    QStringLiteral("INSERT INTO sequences (name, value) VALUES ('run', 0), ('queue', 0), ('deployment', 0)"),
    QStringLiteral(
        "CREATE TABLE runs ("
        " id TEXT PRIMARY KEY,"
        " seq INTEGER NOT NULL UNIQUE,"
        " repository TEXT NOT NULL,"
        " branch TEXT NOT NULL,"
        " commit_sha TEXT NOT NULL,"
        " environment TEXT NOT NULL CHECK (environment IN ('development', 'staging', 'production')),"
        " status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'success', 'failed', 'cancelled',"
        "   'rolled_back')),"
        " progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),"
        " trigger TEXT NOT NULL CHECK (trigger IN ('manual', 'push', 'webhook', 'retry', 'schedule', 'demo')),"
        " created_by TEXT NOT NULL,"
        " created_at INTEGER NOT NULL,"
        " started_at INTEGER,"
        " completed_at INTEGER,"
        " priority INTEGER NOT NULL,"
        " plan_json TEXT NOT NULL DEFAULT '',"
        " pipeline_file TEXT NOT NULL DEFAULT '',"
        " options_json TEXT NOT NULL DEFAULT '{}',"
        " error TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE INDEX idx_runs_status ON runs (status)"),
    QStringLiteral("CREATE INDEX idx_runs_created_at ON runs (created_at)"),
    QStringLiteral("CREATE INDEX idx_runs_repo_env ON runs (repository, environment)"),
    QStringLiteral(
        "CREATE TABLE jobs ("
        " id INTEGER PRIMARY KEY,"
        " run_id TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,"
        " name TEXT NOT NULL,"
        " stage TEXT NOT NULL DEFAULT '',"
        " stage_index INTEGER NOT NULL DEFAULT 0,"
        " status TEXT NOT NULL CHECK (status IN ('created', 'pending', 'manual', 'running', 'success',"
        "   'failed', 'cancelled', 'skipped', 'interrupted')),"
        " when_ TEXT NOT NULL DEFAULT 'on_success',"
        " allow_failure INTEGER NOT NULL DEFAULT 0,"
        " needs_json TEXT NOT NULL DEFAULT '[]',"
        " spec_json TEXT NOT NULL DEFAULT '',"
        " priority INTEGER NOT NULL,"
        " queue_seq INTEGER NOT NULL UNIQUE,"
        " attempt INTEGER NOT NULL DEFAULT 1 CHECK (attempt >= 1),"
        " retry_of INTEGER UNIQUE REFERENCES jobs (id),"
        " superseded_by INTEGER UNIQUE REFERENCES jobs (id),"
        " not_before INTEGER NOT NULL DEFAULT 0,"
        " exit_code INTEGER,"
        " failure_reason TEXT NOT NULL DEFAULT '',"
        " worker_id TEXT NOT NULL DEFAULT '',"
        " resource_class TEXT NOT NULL DEFAULT '',"
        " concurrency_group TEXT NOT NULL DEFAULT '',"
        " started_at INTEGER,"
        " completed_at INTEGER,"
        " log_path TEXT NOT NULL DEFAULT '',"
        " approved_by TEXT NOT NULL DEFAULT '',"
        " approved_at INTEGER)"),
    QStringLiteral("CREATE INDEX idx_jobs_run ON jobs (run_id, stage_index)"),
    QStringLiteral(
        "CREATE TABLE steps ("
        " id INTEGER PRIMARY KEY,"
        " job_id INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,"
        " idx INTEGER NOT NULL,"
        " name TEXT NOT NULL,"
        " status TEXT NOT NULL CHECK (status IN ('pending', 'running', 'success', 'failed', 'cancelled',"
        "   'skipped')),"
        " exit_code INTEGER,"
        " started_at INTEGER,"
        " completed_at INTEGER,"
        " skipped_reason TEXT NOT NULL DEFAULT '',"
        " UNIQUE (job_id, idx))"),
    QStringLiteral(
        "CREATE TABLE deployments ("
        " id TEXT PRIMARY KEY,"
        " seq INTEGER NOT NULL UNIQUE,"
        " run_id TEXT REFERENCES runs (id),"
        " job_id INTEGER REFERENCES jobs (id),"
        " repository TEXT NOT NULL,"
        " branch TEXT NOT NULL,"
        " commit_sha TEXT NOT NULL,"
        " environment TEXT NOT NULL CHECK (environment IN ('development', 'staging', 'production')),"
        " status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'success', 'failed', 'rolled_back')),"
        " progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),"
        " created_by TEXT NOT NULL,"
        " created_at INTEGER NOT NULL,"
        " started_at INTEGER,"
        " completed_at INTEGER,"
        " strategy TEXT NOT NULL CHECK (strategy IN ('blue-green', 'direct')),"
        " slot TEXT NOT NULL DEFAULT '',"
        " url TEXT NOT NULL DEFAULT '',"
        " previous_deployment_id TEXT REFERENCES deployments (id),"
        " rolled_back_by TEXT REFERENCES deployments (id),"
        " note TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE INDEX idx_deployments_status ON deployments (status)"),
    QStringLiteral("CREATE INDEX idx_deployments_created_at ON deployments (created_at)"),
    QStringLiteral("CREATE INDEX idx_deployments_repo_env ON deployments (repository, environment)"),
    QStringLiteral("CREATE INDEX idx_deployments_env_seq ON deployments (environment, seq)"),
    QStringLiteral(
        "CREATE TABLE workers ("
        " id TEXT PRIMARY KEY,"
        " hostname TEXT NOT NULL,"
        " status TEXT NOT NULL CHECK (status IN ('idle', 'busy', 'offline')),"
        " last_heartbeat INTEGER NOT NULL,"
        " current_job_id INTEGER REFERENCES jobs (id),"
        " capabilities TEXT NOT NULL DEFAULT '{}',"
        " busy_ms INTEGER NOT NULL DEFAULT 0,"
        " busy_since INTEGER)"),
    QStringLiteral("CREATE INDEX idx_workers_status_heartbeat ON workers (status, last_heartbeat)"),
    // No foreign keys: the audit trail outlives the rows it talks about.
    QStringLiteral(
        "CREATE TABLE events ("
        " id INTEGER PRIMARY KEY,"
        " at INTEGER NOT NULL,"
        " run_id TEXT,"
        " job_id INTEGER,"
        " kind TEXT NOT NULL,"
        " actor TEXT NOT NULL DEFAULT '',"
        " message TEXT NOT NULL DEFAULT '')"),
    QStringLiteral(
        "CREATE TABLE environment_locks ("
        " environment TEXT PRIMARY KEY CHECK (environment IN ('development', 'staging', 'production')),"
        " frozen INTEGER NOT NULL,"
        " frozen_by TEXT NOT NULL DEFAULT '',"
        " reason TEXT NOT NULL DEFAULT '',"
        " at INTEGER NOT NULL)"),
};

const QStringList kVersion2 = {
    // pendingJobs() and claimNextJob() walk this index in queue order.
    QStringLiteral("CREATE INDEX idx_jobs_queue ON jobs (status, priority DESC, queue_seq)"),
    QStringLiteral("CREATE INDEX idx_events_run ON events (run_id, id)"),
};

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
        {1, "runs, jobs, steps, deployments, workers, events, environment locks", kVersion1},
        {2, "indexes for the queue order and a run's audit trail", kVersion2},
    };
    return list;
}

int PipelineDatabase::latestSchemaVersion()
{
    return migrations().constLast().version;
}

namespace {

DbStatus appliedVersion(PipelineDatabasePrivate &d, int *version)
{
    QSqlQuery q = d.query();
    DbStatus s = d.exec(q, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"), {},
                        QStringLiteral("read table schema_migrations"));
    if (!s.ok())
        return s;
    *version = q.next() ? q.value(0).toInt() : 0;
    return {};
}

DbStatus pragma(PipelineDatabasePrivate &d, const QString &sql, QString *result = nullptr)
{
    QSqlQuery q = d.query();
    DbStatus s = d.exec(q, sql, {}, QStringLiteral("set %1").arg(sql));
    if (s.ok() && result)
        *result = q.next() ? q.value(0).toString() : QString();
    return s;
}

} // namespace

DbStatus migrate(PipelineDatabasePrivate &d, int target)
{
    const int latest = PipelineDatabase::latestSchemaVersion();
    if (target <= 0 || target > latest)
        target = latest;

    // Look before writing anything: a file that is not ours, or is newer,
    // must come out of this byte for byte as it went in.
    QStringList tables;
    {
        QSqlQuery q = d.query();
        DbStatus s = d.exec(q, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"), {},
                            QStringLiteral("read the schema"));
        if (!s.ok()) {
            if (s.code == DbErrorCode::Corrupt || s.code == DbErrorCode::Sql)
                s.message += QStringLiteral(" — the file is not a SQLite database or is damaged; it was left unchanged");
            if (s.code == DbErrorCode::Sql)
                s.code = DbErrorCode::Corrupt;
            return s;
        }
        while (q.next())
            tables << q.value(0).toString();
    }
    if (!tables.isEmpty() && !tables.contains(QStringLiteral("schema_migrations"))) {
        return d.failure(DbErrorCode::Corrupt, QStringLiteral("open"),
                         QStringLiteral("the file holds tables (%1) but no schema_migrations: it is not an OpsDeck "
                                        "pipelines database; it was left unchanged")
                             .arg(tables.mid(0, 5).join(QStringLiteral(", "))));
    }
    int version = 0;
    if (!tables.isEmpty()) {
        DbStatus s = appliedVersion(d, &version);
        if (!s.ok())
            return s;
        if (version > latest) {
            return d.failure(DbErrorCode::NewerSchema, QStringLiteral("open"),
                             QStringLiteral("schema version %1 was written by a newer OpsDeck (this one knows up to "
                                            "%2); open it with that version. The file was left unchanged")
                                 .arg(version)
                                 .arg(latest));
        }
    }

    QString mode;
    DbStatus s = pragma(d, QStringLiteral("PRAGMA journal_mode = WAL"), &mode);
    if (!s.ok())
        return s;
    if (mode.compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
        return d.failure(DbErrorCode::Sql, QStringLiteral("switch to WAL mode"),
                         QStringLiteral("SQLite kept journal mode \"%1\"").arg(mode));
    // NORMAL in WAL mode: a commit is durable against a process crash (the
    // WAL is written before COMMIT returns); only an OS crash or power cut
    // can lose the last commits, never consistency.
    for (const char *sql : {"PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON"}) {
        s = pragma(d, QString::fromLatin1(sql));
        if (!s.ok())
            return s;
    }

    for (const Migration &m : migrations()) {
        if (m.version > target)
            break;
        if (m.version <= version)
            continue;
        const QString op = QStringLiteral("apply migration %1 (%2)").arg(m.version).arg(QLatin1String(m.description));
        WriteTransaction tx(d, op);
        if (!tx.began())
            return tx.status();
        // Another process may have migrated while we waited for the lock.
        int current = 0;
        if (m.version > 1) {
            s = appliedVersion(d, &current);
            if (!s.ok())
                return s;
        } else {
            QSqlQuery q = d.query();
            s = d.exec(q, QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'schema_migrations'"), {}, op);
            if (!s.ok())
                return s;
            if (q.next()) {
                s = appliedVersion(d, &current);
                if (!s.ok())
                    return s;
            }
        }
        if (current >= m.version) {
            version = current;
            continue; // the transaction rolls back; nothing was written
        }
        for (const QString &sql : m.statements) {
            QSqlQuery q = d.query();
            s = d.exec(q, sql, {}, op);
            if (!s.ok()) {
                s.message += QStringLiteral(" — nothing of migration %1 was applied; the file stays at version %2")
                                 .arg(m.version)
                                 .arg(current);
                return s;
            }
        }
        QSqlQuery q = d.query();
        s = d.exec(q,
                   QStringLiteral("INSERT INTO schema_migrations (version, applied_at, description) VALUES (?, ?, ?)"),
                   {m.version, QDateTime::currentMSecsSinceEpoch(), QString::fromLatin1(m.description)}, op);
        if (!s.ok())
            return s;
        s = tx.commit();
        if (!s.ok())
            return s;
        version = m.version;
    }
    return {};
}

} // namespace OpsDeck::Pipelines
