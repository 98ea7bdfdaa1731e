// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "storetestutil.h"
#include "testsupport.h"

#include <QDateTime>
#include <QProcess>
#include <QSet>

#include <algorithm>

using namespace OpsDeck::Pipelines;
using namespace OpsDeck::Pipelines::Test;
using OpsDeck::Test::waitUntil;

namespace {

/** A pipestore_child and the lines it has acknowledged so far. */
struct Child
{
    QProcess process;
    QByteArray pending;
    QStringList committed;
    QList<qint64> claimed;
    QSet<qint64> finished;
    QStringList errors;

    void start(const QStringList &args)
    {
        process.setProgram(qEnvironmentVariable("OPSDECK_PIPESTORE_CHILD"));
        process.setArguments(args);
        process.start();
        EXPECT_TRUE(process.waitForStarted()) << process.errorString().toStdString();
    }
    void read()
    {
        pending += process.readAllStandardOutput();
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(nl));
            pending.remove(0, nl + 1);
            if (line.startsWith(QStringLiteral("committed ")))
                committed << line.mid(10);
            else if (line.startsWith(QStringLiteral("claimed ")))
                claimed << line.mid(8).toLongLong();
            else if (line.startsWith(QStringLiteral("finished ")))
                finished.insert(line.mid(9).toLongLong());
            else if (!line.isEmpty())
                errors << line;
        }
    }
    /** SIGKILL: no destructor, no rollback, maybe in the middle of a commit. */
    void killNine()
    {
        process.kill();
        process.waitForFinished();
        read(); // lines written before the kill may still be in the pipe
        errors << QString::fromUtf8(process.readAllStandardError()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
};

qint64 count(const RawDb &raw, const QString &sql)
{
    return raw.scalar(sql).toLongLong();
}

} // namespace

TEST(PipeStoreCrash, KillNineInTheMiddleOfWritesLosesAndDuplicatesNothing)
{
    TempDb t;
    t.db.reset();
    constexpr int kJobsPerRun = 3;
    Child creator, claimerA, claimerB;
    creator.start({QStringLiteral("create"), t.path, QString::number(kJobsPerRun)});
    claimerA.start({QStringLiteral("claim"), t.path, QStringLiteral("wa"), QStringLiteral("0")});
    claimerB.start({QStringLiteral("claim"), t.path, QStringLiteral("wb"), QStringLiteral("0")});
    const bool reached = waitUntil(
        [&] {
            for (Child *c : {&creator, &claimerA, &claimerB})
                c->read();
            return (creator.committed.size() >= 60 && claimerA.claimed.size() >= 20 && claimerB.claimed.size() >= 20)
                   || creator.process.state() == QProcess::NotRunning;
        },
        std::chrono::seconds(30));
    EXPECT_TRUE(reached);
    for (Child *c : {&creator, &claimerA, &claimerB})
        c->killNine();
    // Four connections on one file (three children and the test's reads)
    // and not one "database is locked": the busy timeout absorbs the waits.
    for (Child *c : {&creator, &claimerA, &claimerB}) {
        EXPECT_TRUE(c->errors.isEmpty()) << c->errors.join(QLatin1Char('\n')).toStdString();
        EXPECT_EQ(c->process.exitStatus(), QProcess::CrashExit);
    }
    ASSERT_GE(creator.committed.size(), 60);

    {
        RawDb raw(t.path);
        EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        EXPECT_EQ(count(raw, QStringLiteral("SELECT COUNT(*) FROM jobs")),
                  count(raw, QStringLiteral("SELECT COUNT(DISTINCT queue_seq) FROM jobs")));
        // Every run in the file is whole, acknowledged or not: all jobs and all steps.
        EXPECT_EQ(count(raw, QStringLiteral("SELECT COUNT(*) FROM runs r WHERE (SELECT COUNT(*) FROM jobs j"
                                            " WHERE j.run_id = r.id) <> CAST(r.plan_json AS INTEGER)")),
                  0);
        EXPECT_EQ(count(raw, QStringLiteral("SELECT COUNT(*) FROM jobs j WHERE (SELECT COUNT(*) FROM steps s"
                                            " WHERE s.job_id = j.id) <> 2")),
                  0);
        // At most the one run in flight at the kill went unacknowledged.
        const qint64 runs = count(raw, QStringLiteral("SELECT COUNT(*) FROM runs"));
        EXPECT_GE(runs, creator.committed.size());
        EXPECT_LE(runs, creator.committed.size() + 1);
    }

    QString error;
    auto db = PipelineDatabase::open(t.path, &error);
    ASSERT_TRUE(db) << error.toStdString();
    for (const QString &id : std::as_const(creator.committed)) {
        QList<JobRecord> jobs;
        ASSERT_TRUE(db->jobs(id, &jobs).ok());
        EXPECT_EQ(jobs.size(), kJobsPerRun) << id.toStdString();
    }
    const QSet<qint64> a(claimerA.claimed.begin(), claimerA.claimed.end());
    const QSet<qint64> b(claimerB.claimed.begin(), claimerB.claimed.end());
    EXPECT_EQ(a.size(), claimerA.claimed.size());
    EXPECT_EQ(b.size(), claimerB.claimed.size());
    EXPECT_FALSE(a.intersects(b)) << "a job was claimed by both processes";
    for (const auto &[claims, worker] : {std::pair{&a, QStringLiteral("wa")}, std::pair{&b, QStringLiteral("wb")}}) {
        for (qint64 id : *claims) {
            JobRecord j;
            ASSERT_TRUE(db->job(id, &j).ok());
            EXPECT_EQ(j.workerId, worker) << id;
            EXPECT_TRUE(j.status == JobStatus::Running || j.status == JobStatus::Success) << id;
        }
    }
    for (const Child *c : {&claimerA, &claimerB}) {
        for (qint64 id : c->finished) {
            JobRecord j;
            ASSERT_TRUE(db->job(id, &j).ok());
            EXPECT_EQ(j.status, JobStatus::Success) << id;
        }
    }

    // The restart: every job left running is interrupted, its run recomputed.
    QList<qint64> running;
    RunFilter everyRun;
    everyRun.limit = 0;
    QList<RunRecord> allRuns;
    ASSERT_TRUE(db->listRuns(everyRun, &allRuns).ok());
    for (const RunRecord &run : std::as_const(allRuns)) {
        QList<JobRecord> jobs;
        ASSERT_TRUE(db->jobs(run.id, &jobs).ok());
        for (const JobRecord &j : jobs) {
            if (j.status == JobStatus::Running)
                running << j.id;
        }
    }
    ASSERT_FALSE(running.isEmpty()); // the claimers leave odd job ids running
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    RecoveryReport report;
    ASSERT_TRUE(db->recoverAfterRestart(now, &report).ok());
    std::sort(running.begin(), running.end());
    EXPECT_EQ(report.interruptedJobs, running);
    EXPECT_FALSE(report.runsChanged.isEmpty());
    QSet<QString> touched;
    for (qint64 id : std::as_const(running)) {
        JobRecord j;
        ASSERT_TRUE(db->job(id, &j).ok());
        EXPECT_EQ(j.status, JobStatus::Interrupted);
        EXPECT_EQ(j.failureReason, QStringLiteral("the engine stopped while the job was running"));
        EXPECT_EQ(j.completedAt, now);
        touched.insert(j.runId);
    }
    for (const QString &runId : touched) {
        QList<JobRecord> jobs;
        ASSERT_TRUE(db->jobs(runId, &jobs).ok());
        const bool stillQueued = std::any_of(jobs.begin(), jobs.end(),
                                             [](const JobRecord &j) { return j.status == JobStatus::Pending; });
        RunRecord r;
        ASSERT_TRUE(db->run(runId, &r).ok());
        EXPECT_EQ(r.status, stillQueued ? RunStatus::Running : RunStatus::Failed) << runId.toStdString();
    }
    RecoveryReport again;
    ASSERT_TRUE(db->recoverAfterRestart(now + 1, &again).ok());
    EXPECT_FALSE(again.changedAnything());
}

TEST(PipeStoreCrash, TwoProcessesShareTheFileWithoutLockErrors)
{
    TempDb t;
    Child claimer;
    constexpr int kRuns = 50, kJobsPerRun = 4;
    claimer.start({QStringLiteral("claim"), t.path, QStringLiteral("w"), QString::number(kRuns * kJobsPerRun)});
    QSet<qint64> created;
    // This process writes runs while the other claims and finishes them.
    for (int i = 0; i < kRuns; ++i) {
        RunRecord run = makeRun(DeployEnvironment::Development);
        QList<JobRecord> jobs = makeJobs(kJobsPerRun);
        const DbStatus s = t.db->createRun(&run, &jobs);
        ASSERT_TRUE(s.ok()) << s;
        for (const JobRecord &j : jobs)
            created.insert(j.id);
        claimer.read();
    }
    EXPECT_TRUE(claimer.process.waitForFinished(30000));
    claimer.read();
    EXPECT_EQ(claimer.process.exitCode(), 0);
    EXPECT_TRUE(claimer.errors.isEmpty()) << claimer.errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(QSet<qint64>(claimer.claimed.begin(), claimer.claimed.end()), created);
    qint64 depth = -1;
    ASSERT_TRUE(t.db->queueDepth(&depth).ok());
    EXPECT_EQ(depth, 0);
}
