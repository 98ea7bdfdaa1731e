// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// The local service target end to end: real python3 services started from
// release folders, real TCP connections through the proxy on 127.0.0.1,
// the state file on disk. Timeouts are short so the suite stays quick.
#include "deploytestutil.h"

#include <opsdeck/pipelines/localservicetarget.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace {

using namespace OpsDeck;
using namespace OpsDeck::Test;
using namespace std::chrono_literals;
using Backend::DeployOutcome;
using Backend::DeployRequest;
using Backend::RunStatus;
using Pipelines::LocalServiceOptions;
using Pipelines::LocalServiceTarget;

class LocalServiceTargetTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_target = makeTarget();
    }

    std::unique_ptr<LocalServiceTarget> makeTarget()
    {
        LocalServiceOptions options;
        options.stateDir = m_dir.path() + QStringLiteral("/state");
        options.stopGrace = 1s;
        return std::make_unique<LocalServiceTarget>(options);
    }

    DeployRequest request(const QString &id, const QString &version, const QString &mode = QStringLiteral("ok"))
    {
        DeployRequest r;
        r.deploymentId = id;
        r.environment = QStringLiteral("staging");
        r.repository = QStringLiteral("github.com/company/repo");
        r.branch = QStringLiteral("main");
        r.commit = QStringLiteral("c0ffee-") + version;
        r.createdBy = QStringLiteral("alice");
        r.artifactDir = makeArtifact(m_dir.path(), version, mode);
        r.command = {QStringLiteral("python3"), QStringLiteral("serve.py")};
        r.environmentVariables.insert(QStringLiteral("EXTRA"), QStringLiteral("42"));
        r.startTimeout = 5s;
        r.smokeTimeout = 1500ms;
        r.keepPrevious = 0ms;
        return r;
    }

    DeployOutcome deploy(const DeployRequest &r)
    {
        auto result = awaitFuture(m_target->deploy(r));
        EXPECT_TRUE(result.ok()) << (result.ok() ? std::string() : result.error().toString().toStdString());
        return result.ok() ? *result : DeployOutcome{};
    }

    QUrl publicUrl(const QString &path = QStringLiteral("/")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_target->publicPort(QStringLiteral("staging"))).arg(path));
    }

    QByteArray live() { return httpGet(publicUrl()).body; }

    qint64 pidOf(const QString &id) const
    {
        return readAll(m_dir.path() + QStringLiteral("/state/staging/releases/") + id + QStringLiteral("/service.pid"))
            .toLongLong();
    }

    Backend::EnvironmentStatus status()
    {
        auto result = awaitFuture(m_target->status(QStringLiteral("staging")));
        EXPECT_TRUE(result.ok());
        return result.ok() ? *result : Backend::EnvironmentStatus{};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LocalServiceTarget> m_target;
};

TEST_F(LocalServiceTargetTest, FirstDeployServesThroughTheProxy)
{
    QList<int> progress;
    QObject::connect(m_target.get(), &Backend::IDeployTarget::progress, m_target.get(),
                     [&progress](const Backend::DeployProgress &step) { progress.append(step.percent); });
    const DeployOutcome outcome = deploy(request(QStringLiteral("dep1"), QStringLiteral("v1")));
    ASSERT_FALSE(outcome.error) << outcome.error->toString().toStdString();
    EXPECT_EQ(outcome.record.status, RunStatus::Success);
    EXPECT_EQ(outcome.record.progress, 100);
    EXPECT_EQ(outcome.liveDeploymentId, QStringLiteral("dep1"));
    EXPECT_TRUE(outcome.record.completedAt >= outcome.record.startedAt);
    EXPECT_EQ(outcome.publicUrl, publicUrl());
    EXPECT_EQ(live(), "v1");
    ASSERT_FALSE(progress.isEmpty());
    EXPECT_TRUE(std::is_sorted(progress.begin(), progress.end()));
    EXPECT_EQ(progress.last(), 100);

    // What OpsDeck hands to the service.
    const QByteArray env = httpGet(publicUrl(QStringLiteral("/env"))).body;
    EXPECT_TRUE(env.contains("OPSDECK_ENVIRONMENT=staging;")) << env.toStdString();
    EXPECT_TRUE(env.contains("OPSDECK_DEPLOYMENT_ID=dep1;")) << env.toStdString();
    EXPECT_TRUE(env.contains("OPSDECK_COMMIT=c0ffee-v1;")) << env.toStdString();
    EXPECT_TRUE(env.contains("OPSDECK_SLOT=blue;")) << env.toStdString();
    EXPECT_TRUE(env.contains("EXTRA=42")) << env.toStdString();
    EXPECT_FALSE(env.contains(QByteArray(QByteArray("PORT=") + QByteArray::number(m_target->publicPort(QStringLiteral("staging"))) + ";")));

    const auto s = status();
    ASSERT_TRUE(s.live);
    EXPECT_EQ(s.live->deploymentId, QStringLiteral("dep1"));
    EXPECT_EQ(s.live->colour, QStringLiteral("blue"));
    EXPECT_EQ(s.live->commit, QStringLiteral("c0ffee-v1"));
    EXPECT_TRUE(s.live->running);
    EXPECT_TRUE(s.live->healthy);
    EXPECT_FALSE(s.standby);
    EXPECT_EQ(httpGet(s.live->url).body, "v1");
    ASSERT_EQ(s.history.size(), 1);
    EXPECT_EQ(s.history.first().createdBy, QStringLiteral("alice"));
}

TEST_F(LocalServiceTargetTest, BlueGreenKeepsBlueForTheWindowThenStopsIt)
{
    deploy(request(QStringLiteral("dep1"), QStringLiteral("v1")));
    const qint64 bluePid = pidOf(QStringLiteral("dep1"));
    ASSERT_TRUE(processAlive(bluePid));

    DeployRequest green = request(QStringLiteral("dep2"), QStringLiteral("v2"));
    green.keepPrevious = 1500ms;
    const DeployOutcome outcome = deploy(green);
    ASSERT_FALSE(outcome.error) << outcome.error->toString().toStdString();
    EXPECT_EQ(outcome.record.status, RunStatus::Success);
    EXPECT_EQ(live(), "v2");

    auto s = status();
    ASSERT_TRUE(s.live);
    EXPECT_EQ(s.live->colour, QStringLiteral("green"));
    ASSERT_TRUE(s.standby);
    EXPECT_EQ(s.standby->deploymentId, QStringLiteral("dep1"));
    EXPECT_TRUE(s.standbyUntil > QDateTime::currentDateTimeUtc());
    EXPECT_TRUE(processAlive(bluePid));
    EXPECT_EQ(httpGet(s.standby->url).body, "v1"); // blue still answers on its own port

    EXPECT_TRUE(waitUntil([bluePid] { return !processAlive(bluePid); }, 5s)) << "blue outlived its keep window";
    EXPECT_FALSE(status().standby);
    EXPECT_EQ(live(), "v2");
    EXPECT_TRUE(processAlive(pidOf(QStringLiteral("dep2"))));
}

TEST_F(LocalServiceTargetTest, FailedSmokeTestLeavesTrafficOnBlue)
{
    deploy(request(QStringLiteral("dep1"), QStringLiteral("v1")));
    DeployRequest bad = request(QStringLiteral("dep2"), QStringLiteral("v2"), QStringLiteral("bad-health"));
    bad.smokeTimeout = 700ms;
    const DeployOutcome outcome = deploy(bad);
    EXPECT_EQ(outcome.record.status, RunStatus::RolledBack);
    ASSERT_TRUE(outcome.error);
    EXPECT_TRUE(outcome.error->message.contains(QStringLiteral("smoke test of deployment dep2 failed")))
        << outcome.error->toString().toStdString();
    EXPECT_TRUE(outcome.error->message.contains(QStringLiteral("answered 500"))) << outcome.error->toString().toStdString();
    EXPECT_EQ(outcome.liveDeploymentId, QStringLiteral("dep1"));
    EXPECT_EQ(live(), "v1");
    const qint64 greenPid = pidOf(QStringLiteral("dep2"));
    ASSERT_GT(greenPid, 1);
    EXPECT_FALSE(processAlive(greenPid)) << "the failed release still runs";

    // Without rollback_on_failure the record says failed; traffic still never moved.
    DeployRequest again = request(QStringLiteral("dep3"), QStringLiteral("v3"), QStringLiteral("bad-health"));
    again.rollbackOnFailure = false;
    again.smokeTimeout = 700ms;
    const DeployOutcome failed = deploy(again);
    EXPECT_EQ(failed.record.status, RunStatus::Failed);
    EXPECT_EQ(live(), "v1");
}

TEST_F(LocalServiceTargetTest, ManualRollbackStartsThePreviousRelease)
{
    deploy(request(QStringLiteral("dep1"), QStringLiteral("v1")));
    deploy(request(QStringLiteral("dep2"), QStringLiteral("v2")));
    EXPECT_EQ(live(), "v2");
    EXPECT_FALSE(processAlive(pidOf(QStringLiteral("dep1")))); // keepPrevious 0: stopped at once

    auto result = awaitFuture(m_target->rollback({QStringLiteral("staging"), {}, QStringLiteral("bob")}));
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    ASSERT_FALSE(result->error) << result->error->toString().toStdString();
    EXPECT_EQ(result->record.id, QStringLiteral("dep2"));
    EXPECT_EQ(result->record.status, RunStatus::RolledBack);
    EXPECT_EQ(result->liveDeploymentId, QStringLiteral("dep1"));
    EXPECT_EQ(live(), "v1");
    EXPECT_FALSE(processAlive(pidOf(QStringLiteral("dep2"))));

    // dep2 is rolled back, so nothing earlier than dep1 is left to return to.
    auto none = awaitFuture(m_target->rollback({QStringLiteral("staging"), {}, {}}));
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().code, ErrorCode::NotFound);
}

TEST_F(LocalServiceTargetTest, RollbackWithinTheKeepWindowReusesBlue)
{
    deploy(request(QStringLiteral("dep1"), QStringLiteral("v1")));
    const qint64 bluePid = pidOf(QStringLiteral("dep1"));
    DeployRequest green = request(QStringLiteral("dep2"), QStringLiteral("v2"));
    green.keepPrevious = 30s;
    deploy(green);
    EXPECT_EQ(live(), "v2");

    auto result = awaitFuture(m_target->rollback({QStringLiteral("staging"), QStringLiteral("dep1"), {}}));
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    EXPECT_EQ(result->liveDeploymentId, QStringLiteral("dep1"));
    EXPECT_EQ(live(), "v1");
    EXPECT_TRUE(processAlive(bluePid)) << "blue was restarted instead of switched back to";
    EXPECT_EQ(status().live->colour, QStringLiteral("blue"));
}

TEST_F(LocalServiceTargetTest, ConnectionOpenDuringTheSwitchCompletes)
{
    deploy(request(QStringLiteral("dep1"), QStringLiteral("v1")));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), m_target->publicPort(QStringLiteral("staging")));
    ASSERT_TRUE(waitUntil([&socket] { return socket.state() == QAbstractSocket::ConnectedState; }, 3s));
    socket.write("GET /slow HTTP/1.0\r\nHost: x\r\n\r\n");
    QByteArray received;
    ASSERT_TRUE(waitUntil([&] { received += socket.readAll(); return received.contains("slow-"); }, 3s));

    DeployRequest green = request(QStringLiteral("dep2"), QStringLiteral("v2"));
    green.keepPrevious = 10s;
    deploy(green);
    EXPECT_EQ(live(), "v2"); // new connections: green
    EXPECT_FALSE(received.contains("slow-v1")) << "the switch did not happen while the request was open";

    ASSERT_TRUE(waitUntil([&] {
        received += socket.readAll();
        return socket.state() == QAbstractSocket::UnconnectedState || received.endsWith("slow-v1");
    }, 5s));
    received += socket.readAll();
    EXPECT_TRUE(received.startsWith("HTTP/1.0 200")) << received.toStdString();
    EXPECT_TRUE(received.endsWith("slow-v1")) << received.toStdString();
}

TEST_F(LocalServiceTargetTest, RestoreStartsTheLiveReleaseAfterARestart)
{
    deploy(request(QStringLiteral("dep1"), QStringLiteral("v1")));
    deploy(request(QStringLiteral("dep2"), QStringLiteral("v2")));
    const quint16 port = m_target->publicPort(QStringLiteral("staging"));
    const qint64 oldPid = pidOf(QStringLiteral("dep2"));
    m_target.reset(); // the engine stops: its services stop with it
    EXPECT_FALSE(processAlive(oldPid));
    EXPECT_EQ(httpGet(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port))).status, 0);

    const QJsonObject state =
        QJsonDocument::fromJson(readAll(m_dir.path() + QStringLiteral("/state/staging/state.json"))).object();
    EXPECT_EQ(state.value(QStringLiteral("live")).toString(), QStringLiteral("dep2"));
    EXPECT_EQ(state.value(QStringLiteral("public_port")).toInt(), port);

    m_target = makeTarget();
    auto restored = awaitFuture(m_target->restore());
    ASSERT_TRUE(restored.ok()) << restored.error().toString().toStdString();
    EXPECT_EQ(*restored, QStringList{QStringLiteral("staging")});
    EXPECT_EQ(m_target->publicPort(QStringLiteral("staging")), port);
    EXPECT_EQ(live(), "v2");
    const auto s = status();
    ASSERT_EQ(s.history.size(), 2);
    EXPECT_EQ(s.history.at(1).status, RunStatus::Success);

    // A rollback after the restart still knows dep1.
    auto back = awaitFuture(m_target->rollback({QStringLiteral("staging"), {}, {}}));
    ASSERT_TRUE(back.ok()) << back.error().toString().toStdString();
    EXPECT_EQ(live(), "v1");
}

TEST_F(LocalServiceTargetTest, ServiceThatExitsAtOnceIsReportedWithCodeAndOutput)
{
    const DeployOutcome outcome = deploy(request(QStringLiteral("dep1"), QStringLiteral("v1"), QStringLiteral("exit")));
    EXPECT_EQ(outcome.record.status, RunStatus::Failed); // nothing was live to roll back to
    ASSERT_TRUE(outcome.error);
    EXPECT_TRUE(outcome.error->message.contains(QStringLiteral("exited with code 3")))
        << outcome.error->toString().toStdString();
    EXPECT_TRUE(outcome.error->detail.contains(QStringLiteral("fatal: DATABASE_URL is not set")))
        << outcome.error->toString().toStdString();
    EXPECT_TRUE(outcome.liveDeploymentId.isEmpty());
}

TEST_F(LocalServiceTargetTest, ServiceThatNeverListensTimesOut)
{
    deploy(request(QStringLiteral("dep1"), QStringLiteral("v1")));
    DeployRequest silent = request(QStringLiteral("dep2"), QStringLiteral("v2"), QStringLiteral("never-listen"));
    silent.startTimeout = 800ms;
    const DeployOutcome outcome = deploy(silent);
    EXPECT_EQ(outcome.record.status, RunStatus::RolledBack);
    ASSERT_TRUE(outcome.error);
    EXPECT_EQ(outcome.error->code, ErrorCode::Timeout);
    EXPECT_TRUE(outcome.error->message.contains(QStringLiteral("did not listen"))) << outcome.error->toString().toStdString();
    EXPECT_FALSE(processAlive(pidOf(QStringLiteral("dep2"))));
    EXPECT_EQ(live(), "v1");
}

TEST_F(LocalServiceTargetTest, RefusesBadRequestsBeforeDoingAnything)
{
    DeployRequest noCommand = request(QStringLiteral("dep1"), QStringLiteral("v1"));
    noCommand.command.clear();
    auto result = awaitFuture(m_target->deploy(noCommand));
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().detail.contains(QStringLiteral("command"))) << result.error().toString().toStdString();

    DeployRequest badEnv = request(QStringLiteral("dep1"), QStringLiteral("v1"));
    badEnv.environment = QStringLiteral("../etc");
    result = awaitFuture(m_target->deploy(badEnv));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::InvalidArgument);
    EXPECT_TRUE(result.error().detail.contains(QStringLiteral("environment"))) << result.error().toString().toStdString();

    deploy(request(QStringLiteral("dep1"), QStringLiteral("v1")));
    result = awaitFuture(m_target->deploy(request(QStringLiteral("dep1"), QStringLiteral("v1b"))));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::AlreadyExists);

    // A second operation while one runs is refused, not queued behind it.
    auto first = m_target->deploy(request(QStringLiteral("dep2"), QStringLiteral("v2")));
    auto second = awaitFuture(m_target->deploy(request(QStringLiteral("dep3"), QStringLiteral("v3"))));
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(awaitFuture(first).ok());
    EXPECT_EQ(live(), "v2");
}

TEST_F(LocalServiceTargetTest, DamagedStateFileIsReportedNotOverwritten)
{
    const QString path = m_dir.path() + QStringLiteral("/state/staging/state.json");
    QDir().mkpath(m_dir.path() + QStringLiteral("/state/staging"));
    const QByteArray damaged = R"({"format": 1, "environment": "staging", "public_port": 99999, "deployments": []})";
    ASSERT_TRUE(writeAll(path, damaged));
    auto result = awaitFuture(m_target->status(QStringLiteral("staging")));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Corrupt);
    EXPECT_TRUE(result.error().detail.contains(QStringLiteral("public_port"))) << result.error().toString().toStdString();
    EXPECT_TRUE(result.error().detail.contains(path));
    auto deployed = awaitFuture(m_target->deploy(request(QStringLiteral("dep1"), QStringLiteral("v1"))));
    EXPECT_FALSE(deployed.ok());
    EXPECT_EQ(readAll(path), damaged);
}

TEST_F(LocalServiceTargetTest, StopEndsEveryServiceAndTheProxy)
{
    deploy(request(QStringLiteral("dep1"), QStringLiteral("v1")));
    const qint64 pid = pidOf(QStringLiteral("dep1"));
    auto stopped = awaitFuture(m_target->stop(QStringLiteral("staging")));
    ASSERT_TRUE(stopped.ok()) << stopped.error().toString().toStdString();
    EXPECT_FALSE(processAlive(pid));
    EXPECT_EQ(httpGet(publicUrl()).status, 0);
    EXPECT_FALSE(status().live);
}

} // namespace
