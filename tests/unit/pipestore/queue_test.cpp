// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "storetestutil.h"

#include <QSet>

#include <latch>
#include <thread>

using namespace OpsDeck::Pipelines;
using namespace OpsDeck::Pipelines::Test;

namespace {

QList<qint64> ids(const QList<JobRecord> &jobs)
{
    QList<qint64> out;
    for (const JobRecord &j : jobs)
        out << j.id;
    return out;
}

} // namespace

TEST(PipeStoreRuns, CreateRunStoresEverythingInOneGo)
{
    TempDb t;
    RunRecord run = makeRun(DeployEnvironment::Production, QStringLiteral("shop"), 1000);
    run.planJson = QStringLiteral("{\"jobs\":3}");
    run.pipelineFile = QStringLiteral(".opsdeck/pipeline.yml");
    run.rollbackOnFailure = false;
    QList<JobRecord> jobs = makeJobs(3, JobStatus::Created);
    jobs[0].status = JobStatus::Pending;
    jobs[1].needs = {QStringLiteral("job0")};
    jobs[2].status = JobStatus::Manual;
    jobs[2].allowFailure = true;
    jobs[2].resourceClass = QStringLiteral("large");
    QList<QList<StepRecord>> steps(2);
    steps[0] = {StepRecord{}, StepRecord{}};
    steps[0][0].name = QStringLiteral("checkout");
    steps[0][1].name = QStringLiteral("script");
    ASSERT_TRUE(t.db->createRun(&run, &jobs, steps).ok());
    EXPECT_FALSE(run.id.isEmpty());
    EXPECT_EQ(run.priority, 3);

    RunRecord back;
    ASSERT_TRUE(t.db->run(run.id, &back).ok());
    EXPECT_EQ(back.repository, QStringLiteral("shop"));
    EXPECT_EQ(back.createdAt, 1000);
    EXPECT_EQ(back.startedAt, 0);
    EXPECT_EQ(back.planJson, run.planJson);
    EXPECT_TRUE(back.runTests);
    EXPECT_FALSE(back.rollbackOnFailure);
    EXPECT_EQ(back.trigger, Trigger::Push);

    QList<JobRecord> stored;
    ASSERT_TRUE(t.db->jobs(run.id, &stored).ok());
    ASSERT_EQ(stored.size(), 3);
    EXPECT_EQ(ids(stored), ids(jobs));
    EXPECT_EQ(stored[1].needs, QStringList{QStringLiteral("job0")});
    EXPECT_EQ(stored[2].status, JobStatus::Manual);
    EXPECT_TRUE(stored[2].allowFailure);
    EXPECT_EQ(stored[2].resourceClass, QStringLiteral("large"));
    EXPECT_EQ(stored[0].priority, 3);
    EXPECT_EQ(stored[1].queueSeq, stored[0].queueSeq + 1);
    QList<StepRecord> s;
    ASSERT_TRUE(t.db->steps(jobs[0].id, &s).ok());
    ASSERT_EQ(s.size(), 2);
    EXPECT_EQ(s[1].idx, 1);
    EXPECT_EQ(s[1].name, QStringLiteral("script"));

    QList<EventRecord> events;
    ASSERT_TRUE(t.db->events(run.id, 10, &events).ok());
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].kind, QStringLiteral("run.created"));
    EXPECT_EQ(events[0].actor, QStringLiteral("alice"));
}

TEST(PipeStoreRuns, AnInvalidRunIsRefusedWithTheFieldAndNothingIsWritten)
{
    TempDb t;
    RunRecord run = makeRun(DeployEnvironment::Staging);
    QList<JobRecord> jobs = makeJobs(2);
    jobs[1].needs = {QStringLiteral("nope")};
    DbStatus s = t.db->createRun(&run, &jobs);
    EXPECT_EQ(s.code, DbErrorCode::Invalid);
    EXPECT_TRUE(s.message.contains(QStringLiteral("\"nope\""))) << s;
    run.commitSha.clear();
    jobs[1].needs.clear();
    s = t.db->createRun(&run, &jobs);
    EXPECT_EQ(s.code, DbErrorCode::Invalid);
    EXPECT_TRUE(s.message.contains(QStringLiteral("commit_sha"))) << s;
    // A duplicate id fails inside the transaction: the jobs must not stay.
    RunRecord a = makeRun(DeployEnvironment::Staging);
    QList<JobRecord> aj = makeJobs(1);
    ASSERT_TRUE(t.db->createRun(&a, &aj).ok());
    RunRecord b = makeRun(DeployEnvironment::Staging);
    b.id = a.id;
    QList<JobRecord> bj = makeJobs(3);
    s = t.db->createRun(&b, &bj);
    EXPECT_EQ(s.code, DbErrorCode::Sql);
    EXPECT_TRUE(s.message.contains(QStringLiteral("runs"))) << s;
    QList<JobRecord> stored;
    ASSERT_TRUE(t.db->jobs(a.id, &stored).ok());
    EXPECT_EQ(stored.size(), 1);
    QList<RunRecord> runs;
    ASSERT_TRUE(t.db->listRuns({}, &runs).ok());
    EXPECT_EQ(runs.size(), 1);
}

TEST(PipeStoreRuns, ListRunsFiltersAndPutsTheNewestFirst)
{
    TempDb t;
    QStringList created;
    for (int i = 0; i < 6; ++i) {
        RunRecord run = makeRun(i % 2 ? DeployEnvironment::Production : DeployEnvironment::Development,
                                i < 3 ? QStringLiteral("app") : QStringLiteral("lib"));
        QList<JobRecord> jobs = makeJobs(1);
        ASSERT_TRUE(t.db->createRun(&run, &jobs).ok());
        created << run.id;
    }
    ASSERT_TRUE(t.db->cancelRun(created[5], QStringLiteral("bob"), 99).ok());
    QList<RunRecord> out;
    ASSERT_TRUE(t.db->listRuns({}, &out).ok());
    ASSERT_EQ(out.size(), 6);
    EXPECT_EQ(out.first().id, created[5]);
    RunFilter f;
    f.repository = QStringLiteral("app");
    f.environment = DeployEnvironment::Production;
    ASSERT_TRUE(t.db->listRuns(f, &out).ok());
    ASSERT_EQ(out.size(), 1);
    EXPECT_EQ(out[0].id, created[1]);
    f = {};
    f.status = RunStatus::Cancelled;
    ASSERT_TRUE(t.db->listRuns(f, &out).ok());
    ASSERT_EQ(out.size(), 1);
    EXPECT_EQ(out[0].id, created[5]);
    f = {};
    f.limit = 2;
    ASSERT_TRUE(t.db->listRuns(f, &out).ok());
    ASSERT_EQ(out.size(), 2);
    EXPECT_EQ(out[1].id, created[4]);
}

TEST(PipeStoreQueue, PendingJobsComeByPriorityThenFifo)
{
    TempDb t;
    // Created in the order dev, prod, staging, dev, prod.
    const QList<DeployEnvironment> order = {DeployEnvironment::Development, DeployEnvironment::Production, DeployEnvironment::Staging,
                                      DeployEnvironment::Development, DeployEnvironment::Production};
    QList<qint64> byEnv[4];
    for (DeployEnvironment e : order) {
        RunRecord run = makeRun(e);
        QList<JobRecord> jobs = makeJobs(2);
        ASSERT_TRUE(t.db->createRun(&run, &jobs).ok());
        byEnv[environmentPriority(e)] << jobs[0].id << jobs[1].id;
    }
    // A pending job waiting out its backoff stays out of the queue's head.
    RunRecord later = makeRun(DeployEnvironment::Production);
    QList<JobRecord> laterJobs = makeJobs(1);
    laterJobs[0].notBefore = 5000;
    ASSERT_TRUE(t.db->createRun(&later, &laterJobs).ok());

    QList<JobRecord> queue;
    ASSERT_TRUE(t.db->pendingJobs(100, 1000, &queue).ok());
    EXPECT_EQ(ids(queue), byEnv[3] + byEnv[2] + byEnv[1]);
    ASSERT_TRUE(t.db->pendingJobs(3, 1000, &queue).ok());
    EXPECT_EQ(ids(queue), byEnv[3].mid(0, 3));
    ASSERT_TRUE(t.db->pendingJobs(100, 5000, &queue).ok());
    EXPECT_EQ(ids(queue), byEnv[3] + QList<qint64>{laterJobs[0].id} + byEnv[2] + byEnv[1]);
    qint64 depth = 0;
    ASSERT_TRUE(t.db->queueDepth(&depth).ok());
    EXPECT_EQ(depth, 11);

    JobRecord next;
    ASSERT_TRUE(t.db->claimNextJob(QStringLiteral("w1"), 1000, &next).ok());
    EXPECT_EQ(next.id, byEnv[3][0]);
    EXPECT_EQ(next.status, JobStatus::Running);
    EXPECT_EQ(next.workerId, QStringLiteral("w1"));
    ASSERT_TRUE(t.db->queueDepth(&depth).ok());
    EXPECT_EQ(depth, 10);
}

TEST(PipeStoreQueue, TransitionsAreCheckedAgainstTheCurrentStatus)
{
    TempDb t;
    RunRecord run = makeRun(DeployEnvironment::Staging);
    QList<JobRecord> jobs = makeJobs(3, JobStatus::Created);
    jobs[2].status = JobStatus::Manual;
    ASSERT_TRUE(t.db->createRun(&run, &jobs).ok());
    const qint64 a = jobs[0].id, b = jobs[1].id, manual = jobs[2].id;

    DbStatus s = t.db->claimJob(a, QStringLiteral("w1"), 10);
    EXPECT_EQ(s.code, DbErrorCode::WrongState);
    EXPECT_TRUE(s.message.contains(QStringLiteral("is created"))) << s;
    EXPECT_EQ(t.db->claimJob(4242, QStringLiteral("w1"), 10).code, DbErrorCode::NotFound);
    ASSERT_TRUE(t.db->setJobStatus(a, JobStatus::Pending).ok());
    ASSERT_TRUE(t.db->claimJob(a, QStringLiteral("w1"), 10).ok());
    EXPECT_EQ(t.db->claimJob(a, QStringLiteral("w2"), 11).code, DbErrorCode::WrongState);
    RunRecord r;
    ASSERT_TRUE(t.db->run(run.id, &r).ok());
    EXPECT_EQ(r.status, RunStatus::Running);
    EXPECT_EQ(r.startedAt, 10);

    ASSERT_TRUE(t.db->finishJob(a, JobStatus::Success, 0, QString(), 20).ok());
    EXPECT_EQ(t.db->finishJob(a, JobStatus::Failed, 1, QStringLiteral("x"), 21).code, DbErrorCode::WrongState);
    JobRecord ja;
    ASSERT_TRUE(t.db->job(a, &ja).ok());
    EXPECT_EQ(ja.status, JobStatus::Success);
    EXPECT_EQ(ja.exitCode, 0);
    EXPECT_EQ(ja.workerId, QStringLiteral("w1"));
    EXPECT_EQ(ja.startedAt, 10);
    EXPECT_EQ(ja.completedAt, 20);

    EXPECT_EQ(t.db->approveJob(b, QStringLiteral("carol"), 30).code, DbErrorCode::WrongState);
    ASSERT_TRUE(t.db->approveJob(manual, QStringLiteral("carol"), 30).ok());
    JobRecord jm;
    ASSERT_TRUE(t.db->job(manual, &jm).ok());
    EXPECT_EQ(jm.status, JobStatus::Pending);
    EXPECT_EQ(jm.approvedBy, QStringLiteral("carol"));
    EXPECT_EQ(jm.approvedAt, 30);
    QList<EventRecord> events;
    ASSERT_TRUE(t.db->events(run.id, 1, &events).ok());
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].kind, QStringLiteral("job.approved"));
    EXPECT_EQ(events[0].actor, QStringLiteral("carol"));

    ASSERT_TRUE(t.db->setJobStatus(b, JobStatus::Skipped).ok());
    ASSERT_TRUE(t.db->claimJob(manual, QStringLiteral("w2"), 40).ok());
    ASSERT_TRUE(t.db->run(run.id, &r).ok());
    EXPECT_EQ(r.status, RunStatus::Running);
    EXPECT_EQ(r.progress, 66);
    ASSERT_TRUE(t.db->finishJob(manual, JobStatus::Failed, 2, QStringLiteral("exit 2"), 50).ok());
    ASSERT_TRUE(t.db->run(run.id, &r).ok());
    EXPECT_EQ(r.status, RunStatus::Failed);
    EXPECT_EQ(r.progress, 100);
    EXPECT_EQ(r.completedAt, 50);
}

TEST(PipeStoreQueue, TwoThreadsClaimingTheSameJobsClaimEachExactlyOnce)
{
    TempDb t;
    constexpr int kRuns = 40, kJobsPerRun = 5;
    QSet<qint64> all;
    for (int i = 0; i < kRuns; ++i) {
        RunRecord run = makeRun(i % 3 == 0 ? DeployEnvironment::Production : DeployEnvironment::Development);
        QList<JobRecord> jobs = makeJobs(kJobsPerRun);
        ASSERT_TRUE(t.db->createRun(&run, &jobs).ok());
        for (const JobRecord &j : jobs)
            all.insert(j.id);
    }
    struct Outcome
    {
        QList<qint64> claimed;
        QStringList errors;
    };
    Outcome outcome[2];
    std::latch bothOpen(2);
    const auto claimer = [&](int n) {
        DbStatus status;
        auto db = PipelineDatabase::open(t.path, OpenOptions{}, &status);
        bothOpen.count_down();
        if (!db) {
            outcome[n].errors << status.message;
            return;
        }
        bothOpen.wait();
        const QString worker = QStringLiteral("w%1").arg(n);
        // Both walk the same queue from its head, so they collide on
        // nearly every job; exactly one claim of each may win.
        for (;;) {
            QList<JobRecord> queue;
            status = db->pendingJobs(20, 0, &queue);
            if (!status.ok()) {
                outcome[n].errors << status.message;
                return;
            }
            if (queue.isEmpty())
                return;
            for (const JobRecord &j : queue) {
                status = db->claimJob(j.id, worker, 1);
                if (status.ok())
                    outcome[n].claimed << j.id;
                else if (status.code != DbErrorCode::WrongState)
                    outcome[n].errors << status.message;
            }
        }
    };
    std::thread a(claimer, 0), b(claimer, 1);
    a.join();
    b.join();
    EXPECT_TRUE(outcome[0].errors.isEmpty()) << outcome[0].errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(outcome[1].errors.isEmpty()) << outcome[1].errors.join(QLatin1Char('\n')).toStdString();
    const QSet<qint64> first(outcome[0].claimed.begin(), outcome[0].claimed.end());
    const QSet<qint64> second(outcome[1].claimed.begin(), outcome[1].claimed.end());
    EXPECT_EQ(first.size(), outcome[0].claimed.size());
    EXPECT_EQ(second.size(), outcome[1].claimed.size());
    EXPECT_FALSE(first.intersects(second));
    EXPECT_EQ(first + second, all);
    // The database agrees with each thread about who won.
    for (qint64 id : all) {
        JobRecord j;
        ASSERT_TRUE(t.db->job(id, &j).ok());
        EXPECT_EQ(j.status, JobStatus::Running);
        EXPECT_EQ(j.workerId, first.contains(id) ? QStringLiteral("w0") : QStringLiteral("w1"));
    }
}

TEST(PipeStoreQueue, ARetryIsANewAttemptAndTheOldOneIsMarkedInTheSameStep)
{
    TempDb t;
    RunRecord run = makeRun(DeployEnvironment::Staging);
    QList<JobRecord> jobs = makeJobs(2);
    QList<QList<StepRecord>> steps(1);
    steps[0] = {StepRecord{}};
    steps[0][0].name = QStringLiteral("test");
    ASSERT_TRUE(t.db->createRun(&run, &jobs, steps).ok());
    const qint64 first = jobs[0].id;
    ASSERT_TRUE(t.db->claimJob(first, QStringLiteral("w1"), 10).ok());
    ASSERT_TRUE(t.db->claimJob(jobs[1].id, QStringLiteral("w2"), 10).ok());
    ASSERT_TRUE(t.db->finishJob(jobs[1].id, JobStatus::Success, 0, QString(), 15).ok());
    EXPECT_EQ(t.db->addRetry(first, 100).code, DbErrorCode::WrongState); // still running
    ASSERT_TRUE(t.db->finishJob(first, JobStatus::Failed, 1, QStringLiteral("tests failed"), 20).ok());
    RunRecord r;
    ASSERT_TRUE(t.db->run(run.id, &r).ok());
    EXPECT_EQ(r.status, RunStatus::Failed);

    qint64 second = 0;
    ASSERT_TRUE(t.db->addRetry(first, 5000, &second).ok());
    EXPECT_NE(second, first);
    DbStatus again = t.db->addRetry(first, 5000);
    EXPECT_EQ(again.code, DbErrorCode::WrongState);
    EXPECT_TRUE(again.message.contains(QStringLiteral("already retried"))) << again;

    JobRecord old, retry;
    ASSERT_TRUE(t.db->job(first, &old).ok());
    ASSERT_TRUE(t.db->job(second, &retry).ok());
    EXPECT_EQ(old.status, JobStatus::Failed);
    EXPECT_EQ(old.supersededBy, second);
    EXPECT_EQ(retry.retryOf, first);
    EXPECT_EQ(retry.attempt, 2);
    EXPECT_EQ(retry.status, JobStatus::Pending);
    EXPECT_EQ(retry.name, old.name);
    EXPECT_EQ(retry.specJson, old.specJson);
    EXPECT_EQ(retry.notBefore, 5000);
    EXPECT_GT(retry.queueSeq, jobs[1].queueSeq);
    QList<StepRecord> retrySteps;
    ASSERT_TRUE(t.db->steps(second, &retrySteps).ok());
    ASSERT_EQ(retrySteps.size(), 1);
    EXPECT_EQ(retrySteps[0].status, StepStatus::Pending);
    // The run is live again, and the backoff holds the retry back.
    ASSERT_TRUE(t.db->run(run.id, &r).ok());
    EXPECT_EQ(r.status, RunStatus::Running);
    EXPECT_EQ(r.completedAt, 0);
    QList<JobRecord> queue;
    ASSERT_TRUE(t.db->pendingJobs(10, 4999, &queue).ok());
    EXPECT_TRUE(queue.isEmpty());
    ASSERT_TRUE(t.db->pendingJobs(10, 5000, &queue).ok());
    EXPECT_EQ(ids(queue), QList<qint64>{second});
    ASSERT_TRUE(t.db->claimJob(second, QStringLiteral("w1"), 5001).ok());
    ASSERT_TRUE(t.db->finishJob(second, JobStatus::Success, 0, QString(), 5100).ok());
    ASSERT_TRUE(t.db->run(run.id, &r).ok());
    EXPECT_EQ(r.status, RunStatus::Success);
    EXPECT_EQ(r.progress, 100);
}

TEST(PipeStoreQueue, ARetryRevivesTheSkippedJobsItIsToldOfOrNothingChanges)
{
    TempDb t;
    RunRecord run = makeRun(DeployEnvironment::Staging);
    QList<JobRecord> jobs = makeJobs(3);
    ASSERT_TRUE(t.db->createRun(&run, &jobs, {}).ok());
    ASSERT_TRUE(t.db->claimJob(jobs[0].id, QStringLiteral("w1"), 10).ok());
    ASSERT_TRUE(t.db->finishJob(jobs[0].id, JobStatus::Failed, 1, QStringLiteral("build failed"), 20).ok());
    ASSERT_TRUE(t.db->setJobStatus(jobs[1].id, JobStatus::Skipped).ok());
    ASSERT_TRUE(t.db->claimJob(jobs[2].id, QStringLiteral("w2"), 10).ok());
    ASSERT_TRUE(t.db->finishJob(jobs[2].id, JobStatus::Success, 0, QString(), 20).ok());

    // A job that is not skipped cannot be revived, and the whole retry is refused.
    const DbStatus refused = t.db->addRetry(jobs[0].id, 0, nullptr, {}, {jobs[1].id, jobs[2].id});
    EXPECT_EQ(refused.code, DbErrorCode::WrongState) << refused;
    EXPECT_TRUE(refused.message.contains(QStringLiteral("not a skipped job"))) << refused;
    JobRecord j;
    ASSERT_TRUE(t.db->job(jobs[0].id, &j).ok());
    EXPECT_EQ(j.supersededBy, 0) << "the refused retry left no trace";
    ASSERT_TRUE(t.db->job(jobs[1].id, &j).ok());
    EXPECT_EQ(j.status, JobStatus::Skipped);

    qint64 retry = 0;
    ASSERT_TRUE(t.db->addRetry(jobs[0].id, 0, &retry, QStringLiteral("alice"), {jobs[1].id}).ok());
    ASSERT_TRUE(t.db->job(jobs[1].id, &j).ok());
    EXPECT_EQ(j.status, JobStatus::Created);
    EXPECT_EQ(j.completedAt, 0);
    EXPECT_TRUE(j.failureReason.isEmpty());
    RunRecord r;
    ASSERT_TRUE(t.db->run(run.id, &r).ok());
    EXPECT_EQ(r.status, RunStatus::Running);
}

TEST(PipeStoreQueue, CancellingARunCancelsItsUnfinishedJobs)
{
    TempDb t;
    RunRecord run = makeRun(DeployEnvironment::Development);
    QList<JobRecord> jobs = makeJobs(3);
    ASSERT_TRUE(t.db->createRun(&run, &jobs).ok());
    ASSERT_TRUE(t.db->claimJob(jobs[0].id, QStringLiteral("w"), 5).ok());
    ASSERT_TRUE(t.db->finishJob(jobs[0].id, JobStatus::Success, 0, QString(), 6).ok());
    ASSERT_TRUE(t.db->claimJob(jobs[1].id, QStringLiteral("w"), 7).ok());
    ASSERT_TRUE(t.db->cancelRun(run.id, QStringLiteral("dave"), 8).ok());
    EXPECT_EQ(t.db->cancelRun(run.id, QStringLiteral("dave"), 9).code, DbErrorCode::WrongState);
    QList<JobRecord> stored;
    ASSERT_TRUE(t.db->jobs(run.id, &stored).ok());
    EXPECT_EQ(stored[0].status, JobStatus::Success);
    EXPECT_EQ(stored[1].status, JobStatus::Cancelled);
    EXPECT_EQ(stored[2].status, JobStatus::Cancelled);
    RunRecord r;
    ASSERT_TRUE(t.db->run(run.id, &r).ok());
    EXPECT_EQ(r.status, RunStatus::Cancelled);
    EXPECT_EQ(r.completedAt, 8);
    qint64 depth = -1;
    ASSERT_TRUE(t.db->queueDepth(&depth).ok());
    EXPECT_EQ(depth, 0);
    QList<EventRecord> events;
    ASSERT_TRUE(t.db->events(run.id, 10, &events).ok());
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events[0].kind, QStringLiteral("run.cancelled"));
    EXPECT_EQ(events[0].actor, QStringLiteral("dave"));
}

TEST(PipeStoreQueue, RunStatusTransitionsAreChecked)
{
    TempDb t;
    RunRecord run = makeRun(DeployEnvironment::Production);
    QList<JobRecord> none;
    ASSERT_TRUE(t.db->createRun(&run, &none).ok());
    EXPECT_EQ(t.db->setRunStatus(run.id, RunStatus::RolledBack, 1).code, DbErrorCode::WrongState);
    ASSERT_TRUE(t.db->setRunStatus(run.id, RunStatus::Running, 2).ok());
    ASSERT_TRUE(t.db->setRunProgress(run.id, 40).ok());
    EXPECT_EQ(t.db->setRunProgress(run.id, 101).code, DbErrorCode::Invalid);
    ASSERT_TRUE(t.db->setRunStatus(run.id, RunStatus::Success, 3).ok());
    ASSERT_TRUE(t.db->setRunStatus(run.id, RunStatus::RolledBack, 4).ok());
    EXPECT_EQ(t.db->setRunStatus(run.id, RunStatus::Running, 5).code, DbErrorCode::WrongState);
    EXPECT_EQ(t.db->setRunStatus(QStringLiteral("missing"), RunStatus::Running, 5).code, DbErrorCode::NotFound);
    RunRecord r;
    ASSERT_TRUE(t.db->run(run.id, &r).ok());
    EXPECT_EQ(r.status, RunStatus::RolledBack);
    EXPECT_EQ(r.startedAt, 2);
    EXPECT_EQ(r.completedAt, 3);
    EXPECT_EQ(r.progress, 40);
}

TEST(PipeStoreQueue, StepsMoveForwardOnly)
{
    TempDb t;
    RunRecord run = makeRun(DeployEnvironment::Development);
    QList<JobRecord> jobs = makeJobs(1);
    QList<QList<StepRecord>> steps(1, QList<StepRecord>(2));
    steps[0][0].name = QStringLiteral("a");
    steps[0][1].name = QStringLiteral("b");
    ASSERT_TRUE(t.db->createRun(&run, &jobs, steps).ok());
    QList<StepRecord> s;
    ASSERT_TRUE(t.db->steps(jobs[0].id, &s).ok());
    StepUpdate start;
    start.startedAt = 10;
    ASSERT_TRUE(t.db->setStepStatus(s[0].id, StepStatus::Running, start).ok());
    StepUpdate done;
    done.exitCode = 3;
    done.completedAt = 20;
    ASSERT_TRUE(t.db->setStepStatus(s[0].id, StepStatus::Failed, done).ok());
    StepUpdate skip;
    skip.skippedReason = QStringLiteral("a previous step failed");
    ASSERT_TRUE(t.db->setStepStatus(s[1].id, StepStatus::Skipped, skip).ok());
    EXPECT_EQ(t.db->setStepStatus(s[0].id, StepStatus::Success).code, DbErrorCode::WrongState);
    ASSERT_TRUE(t.db->steps(jobs[0].id, &s).ok());
    EXPECT_EQ(s[0].status, StepStatus::Failed);
    EXPECT_EQ(s[0].exitCode, 3);
    EXPECT_EQ(s[0].startedAt, 10);
    EXPECT_EQ(s[0].completedAt, 20);
    EXPECT_EQ(s[1].skippedReason, QStringLiteral("a previous step failed"));
}
