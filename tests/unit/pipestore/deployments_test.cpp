// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "storetestutil.h"

using namespace OpsDeck::Pipelines;
using namespace OpsDeck::Pipelines::Test;

namespace {

DeploymentRecord deployment(DeployEnvironment environment, const QString &sha, qint64 createdAt)
{
    DeploymentRecord d;
    d.repository = QStringLiteral("shop");
    d.branch = QStringLiteral("main");
    d.commitSha = sha;
    d.environment = environment;
    d.createdBy = QStringLiteral("alice");
    d.createdAt = createdAt;
    d.strategy = DeploymentStrategy::BlueGreen;
    return d;
}

/** Creates a deployment and drives it to \a status over [start, end]. */
QString deploy(PipelineDatabase &db, DeployEnvironment environment, const QString &sha, qint64 start, qint64 end,
               DeploymentStatus status)
{
    DeploymentRecord d = deployment(environment, sha, start);
    EXPECT_TRUE(db.createDeployment(&d).ok());
    EXPECT_TRUE(db.setDeploymentStatus(d.id, DeploymentStatus::Running, 10, start).ok());
    if (status != DeploymentStatus::Running) {
        EXPECT_TRUE(db.setDeploymentStatus(d.id, status, 100, end).ok());
    }
    return d.id;
}

} // namespace

TEST(PipeStoreDeployments, CurrentAndPreviousFollowSuccessesAndRollbacks)
{
    TempDb t;
    PipelineDatabase &db = *t.db;
    DeploymentRecord none;
    ASSERT_TRUE(db.currentDeployment(DeployEnvironment::Production, &none).ok());
    EXPECT_TRUE(none.id.isEmpty());

    const QString d1 = deploy(db, DeployEnvironment::Production, QStringLiteral("aaa"), 100, 200, DeploymentStatus::Success);
    const QString d2 = deploy(db, DeployEnvironment::Production, QStringLiteral("bbb"), 300, 400, DeploymentStatus::Failed);
    const QString s1 = deploy(db, DeployEnvironment::Staging, QStringLiteral("ccc"), 500, 600, DeploymentStatus::Success);
    const QString d3 = deploy(db, DeployEnvironment::Production, QStringLiteral("ddd"), 700, 800, DeploymentStatus::Success);

    DeploymentRecord current, previous;
    ASSERT_TRUE(db.currentDeployment(DeployEnvironment::Production, &current).ok());
    EXPECT_EQ(current.id, d3);
    EXPECT_EQ(current.startedAt, 700);
    EXPECT_EQ(current.completedAt, 800);
    EXPECT_EQ(current.strategy, DeploymentStrategy::BlueGreen);
    ASSERT_TRUE(db.previousSuccessful(DeployEnvironment::Production, d3, &previous).ok());
    EXPECT_EQ(previous.id, d1); // d2 failed, s1 is staging
    ASSERT_TRUE(db.currentDeployment(DeployEnvironment::Staging, &current).ok());
    EXPECT_EQ(current.id, s1);

    // Roll back d3 by deploying d1's commit again.
    DeploymentRecord d4 = deployment(DeployEnvironment::Production, previous.commitSha, 900);
    d4.previousDeploymentId = d3;
    d4.note = QStringLiteral("rollback");
    ASSERT_TRUE(db.createDeployment(&d4).ok());
    ASSERT_TRUE(db.setDeploymentStatus(d4.id, DeploymentStatus::Running, 50, 900).ok());
    ASSERT_TRUE(db.setDeploymentStatus(d4.id, DeploymentStatus::Success, 100, 950).ok());
    ASSERT_TRUE(db.markRolledBack(d3, d4.id, 950).ok());
    EXPECT_EQ(db.markRolledBack(d2, d4.id, 950).code, DbErrorCode::WrongState);
    EXPECT_EQ(db.setDeploymentStatus(d3, DeploymentStatus::Running, 0, 960).code, DbErrorCode::WrongState);

    ASSERT_TRUE(db.currentDeployment(DeployEnvironment::Production, &current).ok());
    EXPECT_EQ(current.id, d4.id);
    EXPECT_EQ(current.commitSha, QStringLiteral("aaa"));
    EXPECT_EQ(current.previousDeploymentId, d3);
    ASSERT_TRUE(db.previousSuccessful(DeployEnvironment::Production, d4.id, &previous).ok());
    EXPECT_EQ(previous.id, d1); // d3 was rolled back
    DeploymentRecord rolled;
    ASSERT_TRUE(db.deployment(d3, &rolled).ok());
    EXPECT_EQ(rolled.status, DeploymentStatus::RolledBack);
    EXPECT_EQ(rolled.rolledBackBy, d4.id);
    ASSERT_TRUE(db.previousSuccessful(DeployEnvironment::Production, d1, &previous).ok());
    EXPECT_TRUE(previous.id.isEmpty());
    EXPECT_EQ(db.previousSuccessful(DeployEnvironment::Production, QStringLiteral("nope"), &previous).code,
              DbErrorCode::NotFound);

    QList<DeploymentRecord> list;
    ASSERT_TRUE(db.deployments(DeployEnvironment::Production, 10, &list).ok());
    ASSERT_EQ(list.size(), 4);
    EXPECT_EQ(list[0].id, d4.id);
    EXPECT_EQ(list[3].id, d1);
    ASSERT_TRUE(db.deployments(std::nullopt, 2, &list).ok());
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list[1].id, d3);
    QList<EventRecord> events;
    ASSERT_TRUE(db.events(QString(), 1, &events).ok());
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].kind, QStringLiteral("deployment.rolled_back"));
}

TEST(PipeStoreWorkers, BusyTimeAccumulatesAcrossBusyPeriods)
{
    TempDb t;
    WorkerRecord w;
    w.id = QStringLiteral("w1");
    w.hostname = QStringLiteral("laptop");
    w.lastHeartbeat = 500;
    w.capabilitiesJson = QStringLiteral("{\"resource_classes\":[\"small\"]}");
    ASSERT_TRUE(t.db->upsertWorker(w).ok());
    RunRecord run = makeRun(DeployEnvironment::Development);
    QList<JobRecord> jobs = makeJobs(1);
    ASSERT_TRUE(t.db->createRun(&run, &jobs).ok());

    ASSERT_TRUE(t.db->setWorkerBusy(w.id, jobs[0].id, 1000).ok());
    ASSERT_TRUE(t.db->setWorkerIdle(w.id, 4000).ok());
    ASSERT_TRUE(t.db->setWorkerBusy(w.id, 0, 5000).ok());
    ASSERT_TRUE(t.db->setWorkerBusy(w.id, jobs[0].id, 6000).ok()); // next job, same busy period
    QList<WorkerRecord> list;
    ASSERT_TRUE(t.db->workers(&list).ok());
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list[0].status, WorkerStatus::Busy);
    EXPECT_EQ(list[0].currentJobId, jobs[0].id);
    EXPECT_EQ(list[0].busySince, 5000);
    ASSERT_TRUE(t.db->setWorkerOffline(w.id, 9000).ok());
    ASSERT_TRUE(t.db->heartbeat(w.id, 9500).ok());
    // Re-registering keeps the accumulated time.
    w.status = WorkerStatus::Idle;
    ASSERT_TRUE(t.db->upsertWorker(w).ok());
    ASSERT_TRUE(t.db->workers(&list).ok());
    EXPECT_EQ(list[0].busyMs, 3000 + 4000);
    EXPECT_EQ(list[0].status, WorkerStatus::Idle);
    EXPECT_EQ(list[0].capabilitiesJson, w.capabilitiesJson);
    EXPECT_EQ(t.db->heartbeat(QStringLiteral("ghost"), 1).code, DbErrorCode::NotFound);
    // A job id that is no job is refused by the foreign key.
    EXPECT_EQ(t.db->setWorkerBusy(w.id, 999999, 10000).code, DbErrorCode::Sql);
}

TEST(PipeStoreFreeze, FreezeAndUnfreezeAreRecordedAndAudited)
{
    TempDb t;
    bool frozen = true;
    ASSERT_TRUE(t.db->isFrozen(DeployEnvironment::Production, &frozen).ok());
    EXPECT_FALSE(frozen);
    ASSERT_TRUE(t.db->setFreeze(DeployEnvironment::Production, QStringLiteral("erin"), QStringLiteral("release week"), 10).ok());
    ASSERT_TRUE(t.db->isFrozen(DeployEnvironment::Production, &frozen).ok());
    EXPECT_TRUE(frozen);
    ASSERT_TRUE(t.db->isFrozen(DeployEnvironment::Staging, &frozen).ok());
    EXPECT_FALSE(frozen);
    FreezeRecord f;
    ASSERT_TRUE(t.db->freeze(DeployEnvironment::Production, &f).ok());
    EXPECT_EQ(f.frozenBy, QStringLiteral("erin"));
    EXPECT_EQ(f.reason, QStringLiteral("release week"));
    EXPECT_EQ(f.at, 10);
    ASSERT_TRUE(t.db->clearFreeze(DeployEnvironment::Production, QStringLiteral("frank"), 20).ok());
    ASSERT_TRUE(t.db->isFrozen(DeployEnvironment::Production, &frozen).ok());
    EXPECT_FALSE(frozen);
    EXPECT_EQ(t.db->setFreeze(DeployEnvironment::Staging, QString(), QStringLiteral("x"), 1).code, DbErrorCode::Invalid);
    QList<EventRecord> events;
    ASSERT_TRUE(t.db->events(QString(), 10, &events).ok());
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events[0].kind, QStringLiteral("unfreeze"));
    EXPECT_EQ(events[0].actor, QStringLiteral("frank"));
    EXPECT_EQ(events[1].kind, QStringLiteral("freeze"));
    EXPECT_TRUE(events[1].message.contains(QStringLiteral("release week")));
}

TEST(PipeStoreMetrics, FiguresOnAKnownDataSet)
{
    TempDb t;
    PipelineDatabase &db = *t.db;
    constexpr qint64 T0 = 1'700'000'000'000;
    const auto at = [](qint64 offset) { return T0 + offset; };

    // Deployments: 10 s success, 30 s failure, 20 s success later rolled
    // back, one still running, one before the window.
    deploy(db, DeployEnvironment::Production, QStringLiteral("old"), at(-5000), at(-1000), DeploymentStatus::Success);
    deploy(db, DeployEnvironment::Production, QStringLiteral("a"), at(1000), at(11000), DeploymentStatus::Success);
    deploy(db, DeployEnvironment::Production, QStringLiteral("b"), at(2000), at(32000), DeploymentStatus::Failed);
    const QString d3 =
        deploy(db, DeployEnvironment::Staging, QStringLiteral("c"), at(3000), at(23000), DeploymentStatus::Success);
    const QString d4 =
        deploy(db, DeployEnvironment::Staging, QStringLiteral("d"), at(4000), 0, DeploymentStatus::Running);
    ASSERT_TRUE(db.markRolledBack(d3, d4, at(24000)).ok());

    for (const char *id : {"w1", "w2", "w3"}) {
        WorkerRecord w;
        w.id = QString::fromLatin1(id);
        w.hostname = QStringLiteral("host");
        w.status = w.id == QStringLiteral("w3") ? WorkerStatus::Offline : WorkerStatus::Idle;
        w.lastHeartbeat = at(0);
        ASSERT_TRUE(db.upsertWorker(w).ok());
    }
    const auto runJob = [&](qint64 createdAt, const QString &worker, qint64 start, qint64 end, JobStatus result) {
        RunRecord run = makeRun(DeployEnvironment::Development, QStringLiteral("app"), createdAt);
        QList<JobRecord> jobs = makeJobs(1);
        EXPECT_TRUE(db.createRun(&run, &jobs).ok());
        EXPECT_TRUE(db.claimJob(jobs[0].id, worker, start).ok());
        EXPECT_TRUE(db.finishJob(jobs[0].id, result, 0, QString(), end).ok());
    };
    runJob(at(-20000), QStringLiteral("w1"), at(-10000), at(5000), JobStatus::Success); // 5 s inside the window
    runJob(at(9000), QStringLiteral("w1"), at(10000), at(40000), JobStatus::Success);  // 30 s
    runJob(at(49000), QStringLiteral("w2"), at(50000), at(60000), JobStatus::Failed);  // 10 s
    RunRecord waiting = makeRun(DeployEnvironment::Development, QStringLiteral("app"), at(70000));
    QList<JobRecord> waitingJobs = makeJobs(1);
    ASSERT_TRUE(db.createRun(&waiting, &waitingJobs).ok());
    ASSERT_TRUE(db.setWorkerBusy(QStringLiteral("w2"), 0, at(80000)).ok());

    Metrics m;
    ASSERT_TRUE(db.metrics(QDateTime::fromMSecsSinceEpoch(T0), &m, QDateTime::fromMSecsSinceEpoch(at(100000))).ok());
    EXPECT_EQ(m.deploymentsTotal, 3);
    EXPECT_EQ(m.deploymentsSucceeded, 2);
    EXPECT_EQ(m.deploymentsFailed, 1);
    EXPECT_DOUBLE_EQ(m.deploymentSuccessRate, 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(m.averageDeploymentMs, 20000.0);
    EXPECT_EQ(m.runsTotal, 2);
    EXPECT_EQ(m.runsSucceeded, 1);
    EXPECT_DOUBLE_EQ(m.runSuccessRate, 0.5);
    EXPECT_DOUBLE_EQ(m.averageRunMs, 20000.0);
    EXPECT_EQ(m.queueDepth, 1);
    EXPECT_EQ(m.workersTotal, 2);
    EXPECT_EQ(m.workersBusy, 1);
    EXPECT_DOUBLE_EQ(m.workerUtilisation, (5000.0 + 30000.0 + 10000.0) / (100000.0 * 2));

    EXPECT_EQ(db.metrics(QDateTime::fromMSecsSinceEpoch(T0), &m, QDateTime::fromMSecsSinceEpoch(T0)).code,
              DbErrorCode::Invalid);
}
