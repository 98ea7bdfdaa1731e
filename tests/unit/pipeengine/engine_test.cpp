// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// The embedded engine end to end: real git repositories made with the git
// command, real job processes (sandboxed when bubblewrap works), a real
// SQLite file, the real local service target with python3 services.
#include <opsdeck/pipelines/artifactstore.h>
#include <opsdeck/pipelines/embeddedpipelineengine.h>
#include <opsdeck/pipelines/processrunner.h>

#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <cerrno>
#include <csignal>

using namespace Qt::StringLiterals;
using namespace OpsDeck;
using Backend::JobStatus;
using Backend::RunStatus;
using Pipelines::EmbeddedPipelineEngine;
using Pipelines::EngineOptions;

namespace {

template<typename T>
T await(QFuture<T> future, int timeoutMs = 30'000)
{
    if (!OpsDeck::Test::waitUntil([&] { return future.isFinished(); }, std::chrono::milliseconds(timeoutMs)))
        ADD_FAILURE() << "a future did not finish in " << timeoutMs << " ms";
    return future.result();
}

/// Lets the event loop run for \a ms (between polls of a run's state).
void pause(int ms)
{
    (void)OpsDeck::Test::waitUntil([] { return false; }, std::chrono::milliseconds(ms));
}

/**
 * Scratch folders outside /tmp: the job sandbox has a private /tmp, so a
 * folder there would be hidden from jobs anyway and prove nothing about
 * how the engine hides workspaces from each other.
 */
QString scratchTemplate(const QString &name)
{
    const QString base = OpsDeck::Test::buildDir().isEmpty() ? QDir::currentPath() : OpsDeck::Test::buildDir();
    QDir().mkpath(base + u"/test-scratch"_s);
    return base + u"/test-scratch/"_s + name + u"-XXXXXX"_s;
}

class EngineTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_repo = m_dir.filePath(u"app"_s);
        QDir().mkpath(m_repo);
        git({u"init"_s, u"-q"_s, u"-b"_s, u"main"_s});
    }

    void git(const QStringList &args)
    {
        QProcess process;
        process.setWorkingDirectory(m_repo);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"GIT_CONFIG_NOSYSTEM"_s, u"1"_s);
        env.insert(u"GIT_CONFIG_GLOBAL"_s, u"/dev/null"_s);
        env.insert(u"GIT_AUTHOR_NAME"_s, u"Ada"_s);
        env.insert(u"GIT_AUTHOR_EMAIL"_s, u"ada@example.com"_s);
        env.insert(u"GIT_COMMITTER_NAME"_s, u"Ada"_s);
        env.insert(u"GIT_COMMITTER_EMAIL"_s, u"ada@example.com"_s);
        process.setProcessEnvironment(env);
        process.start(u"git"_s, args);
        ASSERT_TRUE(process.waitForFinished(20'000));
        ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    }

    void commit(const QMap<QString, QByteArray> &files, const QString &message)
    {
        for (auto it = files.begin(); it != files.end(); ++it) {
            const QString path = QDir(m_repo).filePath(it.key());
            QDir().mkpath(QFileInfo(path).path());
            QFile file(path);
            ASSERT_TRUE(file.open(QIODevice::WriteOnly));
            file.write(it.value());
        }
        git({u"add"_s, u"-A"_s});
        git({u"commit"_s, u"-q"_s, u"-m"_s, message});
    }

    std::unique_ptr<EmbeddedPipelineEngine> open(EngineOptions options = {})
    {
        options.directory = m_dir.filePath(u"ws/pipelines"_s);
        if (options.user.isEmpty())
            options.user = u"tester"_s;
        auto engine = EmbeddedPipelineEngine::open(options);
        EXPECT_TRUE(engine.ok()) << (engine.ok() ? std::string() : engine.error().toString().toStdString());
        if (!engine)
            return nullptr;
        return std::move(*engine);
    }

    static EngineOptions quick()
    {
        EngineOptions options;
        options.pollInterval = std::chrono::milliseconds(0);
        options.workers = 2;
        options.retryBackoff.baseDelay = std::chrono::milliseconds(200);
        options.retryBackoff.maxJitter = std::chrono::milliseconds(100);
        options.keepPrevious = std::chrono::milliseconds(0);
        return options;
    }

    Backend::PipelineRun trigger(EmbeddedPipelineEngine &engine, const QString &env = u"staging"_s,
                                 const QString &ref = u"main"_s)
    {
        Backend::TriggerRequest request;
        request.repository = u"app"_s;
        request.ref = ref;
        request.environment = env;
        const auto run = await(engine.trigger(request));
        EXPECT_TRUE(run.ok()) << (run.ok() ? std::string() : run.error().toString().toStdString());
        return run.ok() ? *run : Backend::PipelineRun{};
    }

    /** Waits until the run has ended; the details at the end. */
    Backend::RunDetails finish(EmbeddedPipelineEngine &engine, const QString &runId, int timeoutMs = 30'000)
    {
        QElapsedTimer clock;
        clock.start();
        for (;;) {
            const auto details = await(engine.runDetails(runId));
            EXPECT_TRUE(details.ok());
            if (!details.ok())
                return {};
            const RunStatus s = details->run.status;
            if (s != RunStatus::Queued && s != RunStatus::Running)
                return *details;
            if (clock.elapsed() > timeoutMs) {
                ADD_FAILURE() << "run " << runId.toStdString() << " still " << Backend::runStatusName(s).toStdString();
                return *details;
            }
            pause(50);
        }
    }

    /** Waits until \a predicate holds for the job named \a name. */
    Backend::PipelineJob waitJob(EmbeddedPipelineEngine &engine, const QString &runId, const QString &name,
                                 const std::function<bool(const Backend::PipelineJob &)> &predicate,
                                 int timeoutMs = 20'000)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs) {
            const auto details = await(engine.runDetails(runId));
            if (details.ok()) {
                for (const Backend::PipelineJob &job : details->jobs) {
                    if (job.name == name && predicate(job))
                        return job;
                }
            }
            pause(50);
        }
        ADD_FAILURE() << "job " << name.toStdString() << " never reached the state asked for";
        return {};
    }

    QByteArray logOf(EmbeddedPipelineEngine &engine, qint64 jobId)
    {
        const auto chunk = await(engine.readLog(jobId, 0, 100'000));
        EXPECT_TRUE(chunk.ok());
        QByteArray out;
        if (chunk.ok()) {
            for (const Backend::LogLine &line : chunk->lines)
                out += line.text + '\n';
        }
        return out;
    }

    static const Backend::PipelineJob *job(const Backend::RunDetails &details, const QString &name)
    {
        for (const Backend::PipelineJob &j : details.jobs) {
            if (j.name == name)
                return &j;
        }
        return nullptr;
    }

    QTemporaryDir m_dir{scratchTemplate(u"engine"_s)};
    QString m_repo;
};

const QByteArray kPipeline = R"(version: 1
stages: [build, test, deploy]
jobs:
  build:
    stage: build
    script:
      - mkdir -p out
      - echo "built $OPSDECK_COMMIT" > out/app.txt
      - printf '\033[31mred\033[0m\n'
      - echo "to stderr" >&2
    artifacts:
      paths: [out/]
  test:
    stage: test
    needs: [build]
    script:
      - grep built out/app.txt
  deploy:
    stage: deploy
    environment:
      name: staging
    script: echo deploying
)";

} // namespace

TEST_F(EngineTest, CommitWatchRunArtifactsDeploymentAndRollback)
{
    commit({{u".opsdeck/pipeline.yml"_s, kPipeline}}, u"first"_s);
    EngineOptions options = quick();
    options.pollInterval = std::chrono::milliseconds(100);
    auto engine = open(options);
    ASSERT_TRUE(engine);
    ASSERT_TRUE(await(engine->addRepository(u"app"_s, m_repo)).ok());

    const Backend::PipelineRun first = trigger(*engine);
    EXPECT_EQ(first.status, RunStatus::Queued);
    EXPECT_EQ(first.commit.size(), 40);
    const Backend::RunDetails done = finish(*engine, first.id);
    ASSERT_EQ(done.run.status, RunStatus::Success) << done.error.toStdString();
    ASSERT_EQ(done.jobs.size(), 3);
    for (const Backend::PipelineJob &j : done.jobs)
        EXPECT_EQ(j.status, JobStatus::Success) << j.name.toStdString() << ": " << j.failureReason.toStdString();

    // The log keeps ANSI colours and both streams; the test job saw the build's artifact.
    const QByteArray buildLog = logOf(*engine, job(done, u"build"_s)->id);
    EXPECT_TRUE(buildLog.contains("\033[31mred\033[0m")) << buildLog.toStdString();
    EXPECT_TRUE(buildLog.contains("to stderr"));
    EXPECT_TRUE(logOf(*engine, job(done, u"test"_s)->id).contains(QByteArray("built " + first.commit.toUtf8())));
    const auto hits = await(engine->searchLog(job(done, u"build"_s)->id, u"TO STDERR"_s, 10));
    ASSERT_TRUE(hits.ok());
    EXPECT_EQ(hits->size(), 2) << "the echoed command and its output, case-insensitively";

    // The artifact is in the store.
    Pipelines::ArtifactStatus status;
    Pipelines::ArtifactStoreOptions storeOptions;
    storeOptions.createIfMissing = false;
    auto store = Pipelines::ArtifactStore::open(m_dir.filePath(u"ws/pipelines/artifacts"_s).toStdString(), storeOptions,
                                                &status);
    ASSERT_TRUE(store) << status.message;
    Pipelines::ArtifactManifest manifest;
    ASSERT_TRUE(store->manifest(first.id.toStdString(), "build", &manifest).ok());
    ASSERT_EQ(manifest.files.size(), 1u);
    EXPECT_EQ(manifest.files[0].path, "out/app.txt");

    // The deployment record, and staging shows it live.
    auto deployments = await(engine->deployments(u"staging"_s, 10));
    ASSERT_TRUE(deployments.ok());
    ASSERT_EQ(deployments->size(), 1);
    EXPECT_EQ(deployments->at(0).status, Backend::DeploymentStatus::Success);
    EXPECT_EQ(deployments->at(0).commit, first.commit);

    // A new commit: the watch triggers a push run by itself.
    commit({{u"README"_s, "second\n"}}, u"second"_s);
    QElapsedTimer clock;
    clock.start();
    QString secondId;
    while (secondId.isEmpty() && clock.elapsed() < 10'000) {
        const auto runs = await(engine->listRuns({}));
        ASSERT_TRUE(runs.ok());
        for (const Backend::PipelineRun &run : *runs) {
            if (run.id != first.id)
                secondId = run.id;
        }
        pause(50);
    }
    ASSERT_FALSE(secondId.isEmpty()) << "the watch did not trigger a run for the new commit";
    const Backend::RunDetails second = finish(*engine, secondId);
    ASSERT_EQ(second.run.status, RunStatus::Success);
    EXPECT_EQ(second.run.trigger, u"push"_s);
    EXPECT_NE(second.run.commit, first.commit);

    // One action rolls staging back to the first commit.
    const auto rolledBack = await(engine->rollback(u"staging"_s));
    ASSERT_TRUE(rolledBack.ok()) << rolledBack.error().toString().toStdString();
    EXPECT_EQ(rolledBack->commit, first.commit);
    const auto envs = await(engine->environments());
    ASSERT_TRUE(envs.ok());
    const auto staging = std::find_if(envs->begin(), envs->end(), [](const auto &e) { return e.name == u"staging"_s; });
    ASSERT_NE(staging, envs->end());
    ASSERT_TRUE(staging->live.has_value());
    EXPECT_EQ(staging->live->commit, first.commit);
    EXPECT_EQ(finish(*engine, secondId).run.status, RunStatus::RolledBack);
    const auto events = await(engine->events({}, 100));
    ASSERT_TRUE(events.ok());
    EXPECT_TRUE(std::any_of(events->begin(), events->end(),
                            [](const auto &e) { return e.kind == u"rollback"_s && e.actor == u"tester"_s; }));
}

TEST_F(EngineTest, ProductionBeforeStagingBeforeDevelopmentFifoWithin)
{
    commit({{u".opsdeck/pipeline.yml"_s, "version: 1\njobs:\n  only:\n    script: 'true'\n"}}, u"one job"_s);
    EngineOptions options = quick();
    options.workers = 1;
    options.startWorkers = false;
    auto engine = open(options);
    ASSERT_TRUE(engine);
    ASSERT_TRUE(await(engine->addRepository(u"app"_s, m_repo)).ok());
    const QStringList order{u"development"_s, u"production"_s, u"staging"_s, u"development"_s, u"production"_s};
    QStringList ids;
    for (const QString &env : order)
        ids.append(trigger(*engine, env).id);
    engine->startWorkers();
    std::vector<std::pair<QDateTime, QString>> started;
    for (int i = 0; i < ids.size(); ++i) {
        const auto details = finish(*engine, ids[i]);
        ASSERT_EQ(details.run.status, RunStatus::Success);
        started.emplace_back(details.jobs.at(0).startedAt, order[i] + u'#' + QString::number(i));
    }
    std::sort(started.begin(), started.end());
    QStringList got;
    for (const auto &[at, name] : started)
        got.append(name);
    EXPECT_EQ(got, (QStringList{u"production#1"_s, u"production#4"_s, u"staging#2"_s, u"development#0"_s,
                                u"development#3"_s}));
}

TEST_F(EngineTest, CancelKillsTheWholeProcessTree)
{
    commit({{u".opsdeck/pipeline.yml"_s,
             "version: 1\njobs:\n  hang:\n    script:\n      - setsid sleep 300 &\n      - echo \"grandchild $!\"\n"
             "      - sleep 300\n"}},
           u"hang"_s);
    auto engine = open(quick());
    ASSERT_TRUE(engine);
    ASSERT_TRUE(await(engine->addRepository(u"app"_s, m_repo)).ok());
    const auto run = trigger(*engine);
    const auto running = waitJob(*engine, run.id, u"hang"_s, [](const auto &j) { return j.status == JobStatus::Running; });
    pid_t grandchild = 0;
    QElapsedTimer clock;
    clock.start();
    while (grandchild == 0 && clock.elapsed() < 10'000) {
        const QRegularExpression re(u"grandchild (\\d+)"_s);
        const auto m = re.match(QString::fromUtf8(logOf(*engine, running.id)));
        if (m.hasMatch())
            grandchild = pid_t(m.captured(1).toInt());
        pause(50);
    }
    ASSERT_GT(grandchild, 0);
    ASSERT_EQ(::kill(grandchild, 0), 0) << "the grandchild runs before the cancel";
    ASSERT_TRUE(await(engine->cancel(run.id)).ok());
    const auto details = finish(*engine, run.id);
    EXPECT_EQ(details.run.status, RunStatus::Cancelled);
    EXPECT_EQ(details.jobs.at(0).status, JobStatus::Cancelled);
    clock.restart();
    while (::kill(grandchild, 0) == 0 && clock.elapsed() < 5000)
        pause(20);
    EXPECT_EQ(::kill(grandchild, 0), -1);
    EXPECT_EQ(errno, ESRCH) << "the setsid grandchild survived the cancel";
}

TEST_F(EngineTest, TimeoutFailsTheJob)
{
    commit({{u".opsdeck/pipeline.yml"_s, "version: 1\njobs:\n  slow:\n    timeout: 1s\n    script: sleep 30\n"}},
           u"slow"_s);
    auto engine = open(quick());
    ASSERT_TRUE(engine);
    ASSERT_TRUE(await(engine->addRepository(u"app"_s, m_repo)).ok());
    QElapsedTimer clock;
    clock.start();
    const auto details = finish(*engine, trigger(*engine).id);
    EXPECT_LT(clock.elapsed(), 15'000);
    EXPECT_EQ(details.run.status, RunStatus::Failed);
    EXPECT_EQ(details.jobs.at(0).status, JobStatus::Failed);
    EXPECT_TRUE(details.jobs.at(0).failureReason.contains(u"timed out"_s)) << details.jobs.at(0).failureReason.toStdString();
}

TEST_F(EngineTest, RetriesWaitTheSeedsBackoff)
{
    commit({{u".opsdeck/pipeline.yml"_s, "version: 1\njobs:\n  flaky:\n    retry: 2\n    script: exit 3\n"}}, u"flaky"_s);
    auto engine = open(quick());
    ASSERT_TRUE(engine);
    ASSERT_TRUE(await(engine->addRepository(u"app"_s, m_repo)).ok());
    const auto run = trigger(*engine);
    const auto details = finish(*engine, run.id);
    EXPECT_EQ(details.run.status, RunStatus::Failed);
    // Every attempt, oldest first, from the audit trail's retries and the jobs' times.
    const auto events = await(engine->events(run.id, 100));
    ASSERT_TRUE(events.ok());
    const auto retries = std::count_if(events->begin(), events->end(), [](const auto &e) { return e.kind == u"job.retried"_s; });
    EXPECT_EQ(retries, 2);
    const auto &last = details.jobs.at(0);
    EXPECT_EQ(last.attempt, 3);
    EXPECT_EQ(last.exitCode, 3);
    // The waits: 200 ms · 2^n plus up to 100 ms of jitter, plus scheduling slack.
    std::vector<Backend::PipelineJob> attempts(details.earlierAttempts.begin(), details.earlierAttempts.end());
    attempts.push_back(last);
    ASSERT_EQ(attempts.size(), 3u);
    std::sort(attempts.begin(), attempts.end(), [](const auto &a, const auto &b) { return a.attempt < b.attempt; });
    for (std::size_t k = 0; k + 1 < attempts.size(); ++k) {
        const qint64 wait = attempts[k].completedAt.msecsTo(attempts[k + 1].startedAt);
        const qint64 base = 200 << k;
        EXPECT_GE(wait, base) << "retry " << k + 1 << " came too early";
        EXPECT_LE(wait, base + 100 + 700) << "retry " << k + 1 << " came too late";
        EXPECT_EQ(attempts[k].status, JobStatus::Failed);
    }
}

TEST_F(EngineTest, InterruptedJobsAreMarkedAndCanBeRetried)
{
    QTemporaryDir marker(scratchTemplate(u"marker"_s));
    const QString flag = marker.filePath(u"go"_s);
    commit({{u".opsdeck/pipeline.yml"_s,
             QByteArray("version: 1\njobs:\n  wait:\n    script: while [ ! -e ") + flag.toUtf8()
                 + " ]; do sleep 0.1; done\n  after:\n    stage: test\n    script: echo after\n"}},
           u"waits"_s);
    QString runId;
    qint64 jobId = 0;
    {
        auto engine = open(quick());
        ASSERT_TRUE(engine);
        ASSERT_TRUE(await(engine->addRepository(u"app"_s, m_repo)).ok());
        runId = trigger(*engine).id;
        jobId = waitJob(*engine, runId, u"wait"_s, [](const auto &j) { return j.status == JobStatus::Running; }).id;
        // The engine goes away in the middle of the job.
    }
    auto engine = open(quick());
    ASSERT_TRUE(engine);
    auto details = await(engine->runDetails(runId));
    ASSERT_TRUE(details.ok());
    const auto *wait = job(*details, u"wait"_s);
    ASSERT_NE(wait, nullptr);
    EXPECT_EQ(wait->status, JobStatus::Interrupted);
    EXPECT_EQ(job(*details, u"after"_s)->status, JobStatus::Created) << "nothing after it ran or was skipped";
    QFile(flag).open(QIODevice::WriteOnly);
    const auto retried = await(engine->retryJob(jobId));
    ASSERT_TRUE(retried.ok()) << retried.error().toString().toStdString();
    EXPECT_EQ(retried->attempt, 2);
    const auto done = finish(*engine, runId);
    EXPECT_EQ(done.run.status, RunStatus::Success);
    EXPECT_EQ(job(done, u"after"_s)->status, JobStatus::Success);
    const int wanted = std::count_if(done.jobs.begin(), done.jobs.end(), [](const auto &j) { return j.name == u"wait"_s; });
    EXPECT_EQ(wanted, 1) << "the run shows the latest attempt of each job once";
}

TEST_F(EngineTest, RetryingAFailedJobRunsTheJobsItsFailureSkipped)
{
    QTemporaryDir marker(scratchTemplate(u"marker"_s));
    const QString flag = marker.filePath(u"fixed"_s);
    commit({{u".opsdeck/pipeline.yml"_s,
             QByteArray("version: 1\nstages: [build, test, deploy]\njobs:\n"
                        "  build:\n    stage: build\n    script: test -e ") + flag.toUtf8() + "\n"
                 "  lint:\n    stage: build\n    script: echo lint\n"
                 "  unit:\n    stage: test\n    needs: [build]\n    script: echo unit\n"
                 "  ship:\n    stage: deploy\n    script: echo ship\n"}},
           u"fails once"_s);
    auto engine = open(quick());
    ASSERT_TRUE(engine);
    ASSERT_TRUE(await(engine->addRepository(u"app"_s, m_repo)).ok());
    const auto run = trigger(*engine);
    const auto failed = finish(*engine, run.id);
    ASSERT_EQ(failed.run.status, RunStatus::Failed);
    EXPECT_EQ(job(failed, u"lint"_s)->status, JobStatus::Success);
    EXPECT_EQ(job(failed, u"unit"_s)->status, JobStatus::Skipped);
    EXPECT_EQ(job(failed, u"ship"_s)->status, JobStatus::Skipped);

    QFile(flag).open(QIODevice::WriteOnly);
    const auto retried = await(engine->retryJob(job(failed, u"build"_s)->id));
    ASSERT_TRUE(retried.ok()) << retried.error().toString().toStdString();
    const auto done = finish(*engine, run.id);
    EXPECT_EQ(done.run.status, RunStatus::Success);
    EXPECT_EQ(job(done, u"build"_s)->attempt, 2);
    EXPECT_EQ(job(done, u"unit"_s)->status, JobStatus::Success) << "the job that needs the retried one ran";
    EXPECT_EQ(job(done, u"ship"_s)->status, JobStatus::Success) << "the later stage ran";
    EXPECT_EQ(job(done, u"lint"_s)->attempt, 1) << "a job that had succeeded did not run again";
    const auto events = await(engine->events(run.id, 100));
    ASSERT_TRUE(events.ok());
    const auto it = std::find_if(events->begin(), events->end(), [](const auto &e) { return e.kind == u"job.retried"_s; });
    ASSERT_NE(it, events->end());
    EXPECT_TRUE(it->message.contains(u"2 skipped job(s) wait for it again"_s)) << it->message.toStdString();
}

TEST_F(EngineTest, ADelayedJobWaitsItsStartInOnceItIsReady)
{
    commit({{u".gitlab-ci.yml"_s, "stages: [build, deploy]\n"
                                  "build:\n  stage: build\n  script: echo build\n"
                                  "later:\n  stage: deploy\n  when: delayed\n  start_in: 2 seconds\n  script: echo later\n"}},
           u"delayed"_s);
    auto engine = open(quick());
    ASSERT_TRUE(engine);
    ASSERT_TRUE(await(engine->addRepository(u"app"_s, m_repo)).ok());
    const auto run = trigger(*engine);
    // While it waits, the job says until when.
    const auto waiting = waitJob(*engine, run.id, u"later"_s,
                                 [](const auto &j) { return j.status == JobStatus::Pending && j.notBefore.isValid(); });
    EXPECT_TRUE(waiting.notBefore.isValid());
    const auto done = finish(*engine, run.id);
    EXPECT_EQ(done.run.status, RunStatus::Success);
    const auto *build = job(done, u"build"_s);
    const auto *later = job(done, u"later"_s);
    ASSERT_TRUE(build && later);
    const qint64 gap = build->completedAt.msecsTo(later->startedAt);
    EXPECT_GE(gap, 2000) << "start_in: 2 seconds, counted from when the job became ready";
    EXPECT_LE(gap, 2000 + 1500) << "the wake-up timer, not only the half-second queue poll, starts it";
    EXPECT_FALSE(later->notBefore.isValid()) << "a started job no longer waits";
}

TEST_F(EngineTest, AllowFailureExitCodesAreJudgedByTheExitCode)
{
    commit({{u".gitlab-ci.yml"_s, "stages: [test, deploy]\n"
                                  "allowed:\n  stage: test\n  script: exit 3\n  allow_failure:\n    exit_codes: [3, 4]\n"
                                  "after:\n  stage: deploy\n  script: echo after\n"}},
           u"allowed exit code"_s);
    auto engine = open(quick());
    ASSERT_TRUE(engine);
    ASSERT_TRUE(await(engine->addRepository(u"app"_s, m_repo)).ok());
    auto run = trigger(*engine);
    auto done = finish(*engine, run.id);
    EXPECT_EQ(done.run.status, RunStatus::Success) << "exit code 3 is allowed";
    EXPECT_EQ(job(done, u"allowed"_s)->status, JobStatus::Failed);
    EXPECT_TRUE(job(done, u"allowed"_s)->allowFailure);
    EXPECT_EQ(job(done, u"after"_s)->status, JobStatus::Success);
    EXPECT_TRUE(logOf(*engine, job(done, u"allowed"_s)->id).contains("the failure is allowed"));

    commit({{u".gitlab-ci.yml"_s, "stages: [test, deploy]\n"
                                  "allowed:\n  stage: test\n  script: exit 5\n  allow_failure:\n    exit_codes: [3, 4]\n"
                                  "after:\n  stage: deploy\n  script: echo after\n"}},
           u"another exit code"_s);
    run = trigger(*engine);
    done = finish(*engine, run.id);
    EXPECT_EQ(done.run.status, RunStatus::Failed) << "exit code 5 is not in the list";
    EXPECT_FALSE(job(done, u"allowed"_s)->allowFailure);
    EXPECT_EQ(job(done, u"after"_s)->status, JobStatus::Skipped);
    EXPECT_TRUE(logOf(*engine, job(done, u"allowed"_s)->id).contains("Exit code 5 is not in allow_failure: exit_codes [3, 4]"));
}

TEST_F(EngineTest, JobsDoNotSeeEachOthersWorkspaces)
{
    if (!Pipelines::sandboxAvailable())
        GTEST_SKIP() << "workspaces are hidden from each other by the bubblewrap sandbox, which does not work here";
    commit({{u".opsdeck/pipeline.yml"_s, R"(version: 1
jobs:
  writer:
    script:
      - echo secret > mine.txt
      - sleep 3
  reader:
    script:
      - sleep 1
      - ls -la ../.. || true
      - for f in ../../*/workspace/mine.txt; do if [ -e "$f" ]; then echo "saw $f"; exit 1; fi; done
      - test ! -e mine.txt
)"}},
           u"two jobs"_s);
    auto engine = open(quick());
    ASSERT_TRUE(engine);
    ASSERT_TRUE(await(engine->addRepository(u"app"_s, m_repo)).ok());
    const auto details = finish(*engine, trigger(*engine).id);
    EXPECT_EQ(details.run.status, RunStatus::Success);
    for (const auto &j : details.jobs)
        EXPECT_EQ(j.status, JobStatus::Success) << j.name.toStdString() << ": " << logOf(*engine, j.id).toStdString();
}

TEST_F(EngineTest, BlueGreenWithAFailingSmokeTestRollsBackByItself)
{
    const QByteArray server = R"(import http.server, os, sys
VERSION = open("version.txt").read().strip()
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/health":
            self.send_response(200 if VERSION != "broken" else 500)
        else:
            self.send_response(200)
        self.end_headers()
        self.wfile.write(VERSION.encode())
    def log_message(self, *a):
        pass
http.server.HTTPServer(("127.0.0.1", int(os.environ["PORT"])), H).serve_forever()
)";
    const QByteArray pipeline = R"(version: 1
jobs:
  release:
    stage: deploy
    script: test -s version.txt
    environment:
      name: staging
    deploy:
      strategy: blue-green
      service: python3 server.py
      keep_previous: 0s
      smoke_test:
        url: /health
        timeout: 5s
)";
    commit({{u".opsdeck/pipeline.yml"_s, pipeline}, {u"server.py"_s, server}, {u"version.txt"_s, "v1\n"}}, u"v1"_s);
    auto engine = open(quick());
    ASSERT_TRUE(engine);
    ASSERT_TRUE(await(engine->addRepository(u"app"_s, m_repo)).ok());
    const auto good = finish(*engine, trigger(*engine).id, 60'000);
    ASSERT_EQ(good.run.status, RunStatus::Success) << logOf(*engine, good.jobs.at(0).id).toStdString();

    commit({{u"version.txt"_s, "broken\n"}}, u"broken"_s);
    const auto bad = finish(*engine, trigger(*engine).id, 60'000);
    EXPECT_EQ(bad.run.status, RunStatus::Failed);
    const auto deployments = await(engine->deployments(u"staging"_s, 10));
    ASSERT_TRUE(deployments.ok());
    ASSERT_EQ(deployments->size(), 2);
    EXPECT_EQ(deployments->at(0).status, Backend::DeploymentStatus::RolledBack) << deployments->at(0).note.toStdString();
    const auto envs = await(engine->environments());
    ASSERT_TRUE(envs.ok());
    const auto staging = std::find_if(envs->begin(), envs->end(), [](const auto &e) { return e.name == u"staging"_s; });
    ASSERT_TRUE(staging->live.has_value());
    EXPECT_EQ(staging->live->commit, good.run.commit) << "v1 keeps serving";
}

TEST_F(EngineTest, SignedPushDeliveriesStartRunsAndForgeriesDoNot)
{
    commit({{u".opsdeck/pipeline.yml"_s, "version: 1\njobs:\n  only:\n    script: echo from webhook\n"}}, u"hook"_s);
    QProcess revParse;
    revParse.setWorkingDirectory(m_repo);
    revParse.start(u"git"_s, {u"rev-parse"_s, u"HEAD"_s});
    ASSERT_TRUE(revParse.waitForFinished());
    const QString head = QString::fromLatin1(revParse.readAllStandardOutput()).trimmed();

    // A real GitHub push payload (octokit/webhooks), pointed at our repository and commit.
    QFile sample(OpsDeck::Test::sharedDataDir() + u"/ci/webhooks/github/push/payload.json"_s);
    if (!sample.open(QIODevice::ReadOnly))
        GTEST_SKIP() << "the shared webhook samples are not next to the source tree";
    QJsonObject payload = QJsonDocument::fromJson(sample.readAll()).object();
    QJsonObject repository = payload.value(u"repository"_s).toObject();
    repository.insert(u"name"_s, u"app"_s);
    repository.insert(u"full_name"_s, u"ops/app"_s);
    payload.insert(u"repository"_s, repository);
    payload.insert(u"ref"_s, u"refs/heads/main"_s);
    payload.insert(u"after"_s, head);
    payload.insert(u"deleted"_s, false);
    const QByteArray body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    const QByteArray signature = "sha256="
        + QMessageAuthenticationCode::hash(body, "s3cret", QCryptographicHash::Sha256).toHex();

    EngineOptions options = quick();
    options.webhookGithubSecrets = {u"s3cret"_s};
    auto engine = open(options);
    ASSERT_TRUE(engine);
    ASSERT_TRUE(await(engine->addRepository(u"app"_s, m_repo)).ok());
    auto deliver = [&](const QByteArray &sig, const QString &delivery) {
        QMap<QString, QString> headers{{u"X-GitHub-Event"_s, u"push"_s}, {u"X-GitHub-Delivery"_s, delivery},
                                       {u"X-Hub-Signature-256"_s, QString::fromLatin1(sig)},
                                       {u"Content-Type"_s, u"application/json"_s}};
        return await(engine->deliverWebhook(headers, body));
    };

    QByteArray forged = signature;
    forged[forged.size() - 1] = forged.back() == '0' ? '1' : '0';
    const auto refused = deliver(forged, u"d-1"_s);
    EXPECT_TRUE(refused.httpStatus == 401 || refused.httpStatus == 403) << refused.httpStatus;
    EXPECT_TRUE(refused.runId.isEmpty());
    const auto unsigned_ = deliver({}, u"d-2"_s);
    EXPECT_TRUE(unsigned_.httpStatus == 401 || unsigned_.httpStatus == 403);
    ASSERT_TRUE(await(engine->listRuns({})).value().isEmpty()) << "nothing ran for a bad signature";

    const auto accepted = deliver(signature, u"d-3"_s);
    ASSERT_EQ(accepted.httpStatus, 202) << accepted.message.toStdString();
    const auto details = finish(*engine, accepted.runId);
    EXPECT_EQ(details.run.status, RunStatus::Success);
    EXPECT_EQ(details.run.trigger, u"webhook"_s);
    EXPECT_EQ(details.run.commit, head);
    EXPECT_EQ(details.run.branch, u"main"_s);
    EXPECT_EQ(deliver(signature, u"d-3"_s).httpStatus, 200) << "a redelivery of the same id is ignored";
}
