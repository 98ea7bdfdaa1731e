// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "storetestutil.h"
#include "testsupport.h"

#include <QFile>

#include <thread>

using namespace OpsDeck::Pipelines;
using namespace OpsDeck::Pipelines::Test;

TEST(PipeStoreSchema, MigratesAnEmptyFileToTheLatestVersionInWalMode)
{
    TempDb t;
    ASSERT_TRUE(t.db);
    int version = 0;
    ASSERT_TRUE(t.db->schemaVersion(&version).ok());
    EXPECT_EQ(version, PipelineDatabase::latestSchemaVersion());
    EXPECT_GE(version, 2);
    RawDb raw(t.path);
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).toInt(), version);
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    for (const char *table : {"runs", "jobs", "steps", "deployments", "workers", "events", "environment_locks"}) {
        EXPECT_EQ(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                                 .arg(QLatin1String(table)))
                      .toInt(),
                  1)
            << table;
    }
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'idx_jobs_queue'")).toInt(), 1);
}

TEST(PipeStoreSchema, ReopeningChangesNothingAndKeepsTheData)
{
    TempDb t;
    RunRecord run = makeRun(DeployEnvironment::Staging);
    QList<JobRecord> jobs = makeJobs(2);
    ASSERT_TRUE(t.db->createRun(&run, &jobs).ok());
    t.db.reset();
    qint64 appliedAt = 0;
    {
        RawDb raw(t.path);
        appliedAt = raw.scalar(QStringLiteral("SELECT applied_at FROM schema_migrations WHERE version = 1")).toLongLong();
    }
    QString error;
    for (int i = 0; i < 2; ++i) {
        auto db = PipelineDatabase::open(t.path, &error);
        ASSERT_TRUE(db) << error.toStdString();
        RunRecord back;
        ASSERT_TRUE(db->run(run.id, &back).ok());
        EXPECT_EQ(back.seq, 1);
        EXPECT_EQ(back.environment, DeployEnvironment::Staging);
        EXPECT_EQ(back.priority, 2);
    }
    RawDb raw(t.path);
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).toInt(),
              PipelineDatabase::latestSchemaVersion());
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT applied_at FROM schema_migrations WHERE version = 1")).toLongLong(),
              appliedAt);
}

TEST(PipeStoreSchema, MigratesAnOlderVersionForward)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.db"));
    DbStatus status;
    OpenOptions v1;
    v1.targetVersion = 1;
    {
        auto db = PipelineDatabase::open(path, v1, &status);
        ASSERT_TRUE(db) << status;
        int version = 0;
        ASSERT_TRUE(db->schemaVersion(&version).ok());
        EXPECT_EQ(version, 1);
    }
    auto db = PipelineDatabase::open(path, OpenOptions{}, &status);
    ASSERT_TRUE(db) << status;
    int version = 0;
    ASSERT_TRUE(db->schemaVersion(&version).ok());
    EXPECT_EQ(version, PipelineDatabase::latestSchemaVersion());
}

TEST(PipeStoreSchema, AFailedMigrationLeavesNothingOfItBehind)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.db"));
    DbStatus status;
    OpenOptions v1;
    v1.targetVersion = 1;
    ASSERT_TRUE(PipelineDatabase::open(path, v1, &status)) << status;
    {
        // Migration 2 creates idx_jobs_queue, then idx_events_run: a table
        // already named like the second makes it fail half way.
        RawDb raw(path);
        ASSERT_TRUE(raw.exec(QStringLiteral("CREATE TABLE idx_events_run (x)")));
    }
    auto db = PipelineDatabase::open(path, OpenOptions{}, &status);
    EXPECT_FALSE(db);
    EXPECT_EQ(status.code, DbErrorCode::Sql);
    EXPECT_TRUE(status.message.contains(QStringLiteral("migration 2"))) << status;
    EXPECT_TRUE(status.message.contains(QStringLiteral("stays at version 1"))) << status;
    RawDb raw(path);
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT MAX(version) FROM schema_migrations")).toInt(), 1);
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'idx_jobs_queue'")).toInt(), 0);
}

TEST(PipeStoreSchema, RefusesANewerSchemaAndLeavesTheFileUnchanged)
{
    TempDb t;
    t.db.reset();
    {
        RawDb raw(t.path);
        ASSERT_TRUE(raw.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (99, 1, 'from the future')")));
        ASSERT_TRUE(raw.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = OpsDeck::Test::readAll(t.path);
    DbStatus status;
    auto db = PipelineDatabase::open(t.path, OpenOptions{}, &status);
    EXPECT_FALSE(db);
    EXPECT_EQ(status.code, DbErrorCode::NewerSchema);
    EXPECT_TRUE(status.message.contains(QStringLiteral("schema version 99"))) << status;
    EXPECT_TRUE(status.message.contains(t.path)) << status;
    EXPECT_EQ(OpsDeck::Test::readAll(t.path), before);
    QString error;
    EXPECT_FALSE(PipelineDatabase::open(t.path, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("newer OpsDeck"))) << error.toStdString();
}

TEST(PipeStoreSchema, AGarbageFileIsReportedAndNotOverwritten)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pipelines.db"));
    QByteArray garbage;
    for (int i = 0; i < 8192; ++i)
        garbage.append(char((i * 7919 + 13) & 0xff));
    ASSERT_TRUE(OpsDeck::Test::writeAll(path, garbage));
    DbStatus status;
    auto db = PipelineDatabase::open(path, OpenOptions{}, &status);
    EXPECT_FALSE(db);
    EXPECT_EQ(status.code, DbErrorCode::Corrupt);
    EXPECT_TRUE(status.message.contains(path)) << status;
    EXPECT_TRUE(status.message.contains(QStringLiteral("not a SQLite database"))) << status;
    EXPECT_EQ(OpsDeck::Test::readAll(path), garbage);
}

TEST(PipeStoreSchema, RefusesAnotherProgramsSqliteFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    {
        RawDb raw(path);
        ASSERT_TRUE(raw.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
    }
    const QByteArray before = OpsDeck::Test::readAll(path);
    DbStatus status;
    EXPECT_FALSE(PipelineDatabase::open(path, OpenOptions{}, &status));
    EXPECT_EQ(status.code, DbErrorCode::Corrupt);
    EXPECT_TRUE(status.message.contains(QStringLiteral("contacts"))) << status;
    EXPECT_EQ(OpsDeck::Test::readAll(path), before);
}

TEST(PipeStoreSchema, ACallFromAnotherThreadIsRefused)
{
    TempDb t;
    DbStatus status;
    qint64 depth = -1;
    std::thread other([&] { status = t.db->queueDepth(&depth); });
    other.join();
    EXPECT_EQ(status.code, DbErrorCode::WrongThread);
    EXPECT_TRUE(status.message.contains(QStringLiteral("one PipelineDatabase per thread"))) << status;
    EXPECT_EQ(depth, -1);
    EXPECT_TRUE(t.db->queueDepth(&depth).ok());
    EXPECT_EQ(depth, 0);
}

TEST(PipeStoreSchema, EachInstanceHasItsOwnConnectionAndRemovesIt)
{
    const QStringList before = QSqlDatabase::connectionNames();
    {
        TempDb a;
        auto b = PipelineDatabase::open(a.path, nullptr);
        ASSERT_TRUE(b);
        EXPECT_EQ(QSqlDatabase::connectionNames().size(), before.size() + 2);
    }
    EXPECT_EQ(QSqlDatabase::connectionNames(), before);
}
