// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/pipelines/pipelinedatabase.h>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

#include <memory>

namespace OpsDeck::Pipelines {

/** Lets gtest print a status (found by ADL, so it lives beside DbStatus). */
inline std::ostream &operator<<(std::ostream &os, const DbStatus &s)
{
    return os << s.message.toStdString();
}

} // namespace OpsDeck::Pipelines

namespace OpsDeck::Pipelines::Test {

/** A fresh database file in its own temporary folder. */
struct TempDb
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("pipelines/pipelines.db"));
    std::unique_ptr<PipelineDatabase> db;

    TempDb()
    {
        QString error;
        db = PipelineDatabase::open(path, &error);
        EXPECT_TRUE(db) << error.toStdString();
    }
};

/** A run of \a repository to \a environment with jobs named job0.. and the given statuses. */
inline RunRecord makeRun(DeployEnvironment environment, const QString &repository = QStringLiteral("app"),
                         qint64 createdAt = 0)
{
    RunRecord run;
    run.repository = repository;
    run.branch = QStringLiteral("main");
    run.commitSha = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
    run.environment = environment;
    run.createdBy = QStringLiteral("alice");
    run.trigger = Trigger::Push;
    run.createdAt = createdAt;
    return run;
}

inline QList<JobRecord> makeJobs(int count, JobStatus status = JobStatus::Pending)
{
    QList<JobRecord> jobs(count);
    for (int i = 0; i < count; ++i) {
        jobs[i].name = QStringLiteral("job%1").arg(i);
        jobs[i].stage = QStringLiteral("build");
        jobs[i].status = status;
        jobs[i].specJson = QStringLiteral("{\"script\":[\"make\"]}");
    }
    return jobs;
}

/**
 * A plain Qt SQL connection to \a path, beside the store, to look at (or
 * damage) what the store wrote. Removed when it goes out of scope.
 */
class RawDb
{
public:
    explicit RawDb(const QString &path)
        : m_name(QStringLiteral("raw.%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open());
    }
    ~RawDb()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    /** The first column of the first row of \a sql; invalid on error. */
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql);
    }

private:
    QString m_name;
};

} // namespace OpsDeck::Pipelines::Test
