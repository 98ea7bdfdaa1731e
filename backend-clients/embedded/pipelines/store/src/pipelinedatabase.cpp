// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "database_p.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>

#include <atomic>

namespace OpsDeck::Pipelines {

namespace {
std::atomic<quint64> s_connections{0};
}

PipelineDatabase::PipelineDatabase(std::unique_ptr<PipelineDatabasePrivate> dd)
    : d(std::move(dd))
{
}

PipelineDatabase::~PipelineDatabase()
{
    // Qt SQL keeps connections in a process-wide registry by name; the name
    // is unique per instance so that two threads never share one, and it is
    // removed here so a long-lived process does not collect dead entries.
    const QString name = d->connectionName;
    d->db.close();
    d->db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

std::unique_ptr<PipelineDatabase> PipelineDatabase::open(const QString &path, QString *error)
{
    DbStatus status;
    auto db = open(path, OpenOptions{}, &status);
    if (error)
        *error = status.message;
    return db;
}

std::unique_ptr<PipelineDatabase> PipelineDatabase::open(const QString &path, const OpenOptions &options,
                                                         DbStatus *status)
{
    DbStatus ignored;
    DbStatus &out = status ? *status : ignored;
    out = {};
    if (path.isEmpty()) {
        out = {DbErrorCode::Invalid, QStringLiteral("Pipeline database: cannot open: the path is empty")};
        return nullptr;
    }
    auto d = std::make_unique<PipelineDatabasePrivate>();
    d->path = QFileInfo(path).absoluteFilePath();
    d->thread = QThread::currentThread();
    d->connectionName = QStringLiteral("opsdeck.pipelines.db.%1").arg(++s_connections);
    if (!QDir().mkpath(QFileInfo(d->path).absolutePath())) {
        out = d->failure(DbErrorCode::Sql, QStringLiteral("open"),
                         QStringLiteral("cannot create the folder %1").arg(QFileInfo(d->path).absolutePath()));
        return nullptr;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        out = d->failure(DbErrorCode::Sql, QStringLiteral("open"),
                         QStringLiteral("the Qt SQLite driver (QSQLITE) is not installed; on Debian and Ubuntu "
                                        "install libqt6sql6-sqlite"));
        return nullptr;
    }
    // From here on the instance owns the connection name; its destructor
    // removes it on every failure path too.
    std::unique_ptr<PipelineDatabase> db(new PipelineDatabase(std::move(d)));
    PipelineDatabasePrivate &p = *db->d;
    p.db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), p.connectionName);
    p.db.setDatabaseName(p.path);
    p.db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(std::max(0, options.busyTimeoutMs)));
    if (!p.db.open()) {
        out = p.failure(DbErrorCode::Sql, QStringLiteral("open"), p.db.lastError().text());
        return nullptr;
    }
    out = migrate(p, options.targetVersion);
    if (!out.ok())
        return nullptr;
    return db;
}

QString PipelineDatabase::path() const
{
    return d->path;
}

DbStatus PipelineDatabase::schemaVersion(int *version)
{
    DbStatus s = d->checkThread("read the schema version");
    if (!s.ok())
        return s;
    QSqlQuery q = d->query();
    s = d->exec(q, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"), {},
                QStringLiteral("read table schema_migrations"));
    if (s.ok())
        *version = q.next() ? q.value(0).toInt() : 0;
    return s;
}

} // namespace OpsDeck::Pipelines
