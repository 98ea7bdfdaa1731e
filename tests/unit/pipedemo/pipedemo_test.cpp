// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// The pipelines demo end to end: the repository fillPipelineDemo() writes is
// read back through the real engine (and the git command where it is
// installed), its runs really build, test and deploy python3 services
// blue-green, and a second start changes nothing.
#include <opsdeck/pipelines/embeddedpipelineengine.h>
#include <opsdeck/pipelines/pipelinedemo.h>

#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

#include <algorithm>
#include <thread>

using namespace Qt::StringLiterals;
using namespace OpsDeck;
using Backend::DeploymentStatus;
using Backend::JobStatus;
using Backend::RunStatus;
using Pipelines::EmbeddedPipelineEngine;
using Pipelines::EngineOptions;
using Pipelines::PipelineDemoReport;

namespace {

template<typename T>
T await(QFuture<T> future, int timeoutMs = 30'000)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    if (!future.isFinished()) {
        ADD_FAILURE() << "a future did not finish in " << timeoutMs << " ms";
        return T(fail(ErrorCode::Timeout, u"test timeout"_s));
    }
    return future.result();
}

std::string text(const Error &e)
{
    return e.toString().toStdString();
}

/** Scratch folders in the build tree: job sandboxes have a private /tmp. */
QString scratchTemplate(const QString &name)
{
    const QByteArray build = qgetenv("OPSDECK_BUILD_DIR");
    const QString base = build.isEmpty() ? QDir::currentPath() : QString::fromLocal8Bit(build);
    QDir().mkpath(base + u"/test-scratch"_s);
    return base + u"/test-scratch/"_s + name + u"-XXXXXX"_s;
}

/** What a python3 client reads from \a url: "<status> <body>". */
QString httpGet(const QString &url)
{
    QProcess python;
    python.start(u"python3"_s,
                 {u"-c"_s, u"import sys, urllib.request, urllib.error\n"
                           "try:\n"
                           "    r = urllib.request.urlopen(sys.argv[1], timeout=5)\n"
                           "    print(r.status, r.read().decode(), end='')\n"
                           "except urllib.error.HTTPError as e:\n"
                           "    print(e.code, e.read().decode(), end='')\n"_s,
                  url});
    if (!python.waitForFinished(10'000))
        return u"python3 did not finish"_s;
    return QString::fromUtf8(python.readAllStandardOutput() + python.readAllStandardError()).trimmed();
}

class PipelineDemoTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()) << m_dir.errorString().toStdString(); }

    std::unique_ptr<EmbeddedPipelineEngine> open(const QString &workspace)
    {
        EngineOptions options;
        options.directory = QDir(workspace).filePath(u"pipelines"_s);
        options.user = u"oncall"_s;
        options.pollInterval = std::chrono::milliseconds(0);
        options.workers = 2;
        options.keepPrevious = std::chrono::milliseconds(0);
        auto engine = EmbeddedPipelineEngine::open(options);
        EXPECT_TRUE(engine.ok()) << (engine.ok() ? std::string() : text(engine.error()));
        return engine ? std::move(*engine) : nullptr;
    }

    QString workspace() const { return m_dir.path(); }

    QTemporaryDir m_dir{scratchTemplate(u"pipedemo"_s)};
};

const Backend::PipelineJob *jobNamed(const Backend::RunDetails &details, const QString &name)
{
    const auto it = std::find_if(details.jobs.begin(), details.jobs.end(), [&](const auto &j) { return j.name == name; });
    return it == details.jobs.end() ? nullptr : &*it;
}

} // namespace

TEST_F(PipelineDemoTest, WritesTheRepositoryAndRunsItsHistory)
{
    auto engine = open(workspace());
    ASSERT_TRUE(engine);
    QElapsedTimer clock;
    clock.start();
    QFuture<Result<PipelineDemoReport>> future = Pipelines::fillPipelineDemo(*engine, workspace());
    EXPECT_LT(clock.elapsed(), 200) << "the call returns at once; the work happens later";
    EXPECT_FALSE(future.isFinished());

    const Result<PipelineDemoReport> report = await(future, 90'000);
    ASSERT_TRUE(report.ok()) << text(report.error());
    const qint64 took = clock.elapsed();
    RecordProperty("demo_ms", QString::number(took).toStdString());
    std::cout << "[ figures  ] the demo history took " << took << " ms\n";
    EXPECT_TRUE(report->created);
    EXPECT_EQ(report->repository, u"shop"_s);
    EXPECT_EQ(QFileInfo(report->path).canonicalFilePath(), QDir(workspace()).canonicalPath() + u"/demo/shop"_s);
    ASSERT_EQ(report->commits.size(), 5);
    ASSERT_EQ(report->runIds.size(), 3);
    EXPECT_TRUE(QFileInfo::exists(report->path + u"/.opsdeck/pipeline.yml"_s));
    EXPECT_TRUE(QFileInfo::exists(report->path + u"/.git/HEAD"_s));

    // The repository as the engine reads it: registered, with history by several authors.
    const auto repos = await(engine->repositories());
    ASSERT_TRUE(repos.ok());
    ASSERT_EQ(repos->size(), 1);
    EXPECT_EQ(repos->at(0).name, u"shop"_s);
    EXPECT_EQ(repos->at(0).kind, u"local"_s);
    const auto commits = await(engine->commits(u"shop"_s, u"main"_s, 20));
    ASSERT_TRUE(commits.ok()) << text(commits.error());
    ASSERT_GE(commits->size(), 4);
    EXPECT_EQ(commits->size(), 5);
    QSet<QString> authors;
    for (const Backend::CommitInfo &c : *commits) {
        authors.insert(c.author);
        EXPECT_FALSE(c.summary.isEmpty());
        EXPECT_LT(c.time, QDateTime::currentDateTimeUtc()) << "the history lies in the past";
    }
    EXPECT_GE(authors.size(), 3);
    EXPECT_EQ(commits->first().id, report->commits.last()) << "newest first, and main is the last commit";
    const auto refs = await(engine->refs(u"shop"_s));
    ASSERT_TRUE(refs.ok());
    QStringList tags;
    for (const Backend::RefInfo &r : *refs) {
        if (r.isTag)
            tags.append(r.name);
    }
    tags.sort();
    EXPECT_EQ(tags, (QStringList{u"v1.1.0"_s, u"v1.2.0"_s, u"v1.2.1"_s}));

    // git itself, where it is installed, agrees the repository is sound.
    if (!QStandardPaths::findExecutable(u"git"_s).isEmpty()) {
        QProcess git;
        git.setWorkingDirectory(report->path);
        git.start(u"git"_s, {u"fsck"_s, u"--strict"_s});
        ASSERT_TRUE(git.waitForFinished(20'000));
        EXPECT_EQ(git.exitCode(), 0) << git.readAllStandardError().toStdString();
        git.start(u"git"_s, {u"status"_s, u"--porcelain"_s});
        ASSERT_TRUE(git.waitForFinished(20'000));
        EXPECT_EQ(git.readAllStandardOutput(), QByteArray()) << "the work tree matches the last commit";
    }

    // The runs: a success, the broken release, the fix.
    const auto runs = await(engine->listRuns({}));
    ASSERT_TRUE(runs.ok());
    ASSERT_EQ(runs->size(), 3);
    QList<Backend::RunDetails> details;
    for (const QString &id : report->runIds) {
        const auto d = await(engine->runDetails(id));
        ASSERT_TRUE(d.ok()) << text(d.error());
        details.append(*d);
    }
    for (const Backend::RunDetails &d : details) {
        std::cout << "[ figures  ] run " << d.run.branch.toStdString() << ": "
                  << d.run.createdAt.msecsTo(d.run.completedAt) << " ms;";
        for (const auto &j : d.jobs)
            std::cout << ' ' << j.name.toStdString() << ' ' << j.startedAt.msecsTo(j.completedAt) << " ms";
        std::cout << '\n';
    }
    const QList<RunStatus> expected{RunStatus::Success, RunStatus::Failed, RunStatus::Success};
    for (int i = 0; i < 3; ++i) {
        std::string jobs;
        for (const auto &j : details[i].jobs)
            jobs += j.name.toStdString() + "=" + Backend::jobStatusName(j.status).toStdString() + " " + j.failureReason.toStdString() + "; ";
        EXPECT_EQ(details[i].run.status, expected[i]) << "run " << i << " (" << details[i].run.branch.toStdString() << "): " << jobs;
        EXPECT_EQ(details[i].jobs.size(), 4);
    }
    EXPECT_EQ(details[0].run.branch, u"v1.1.0"_s);
    EXPECT_EQ(details[0].run.createdBy, u"mei"_s);
    EXPECT_EQ(jobNamed(details[0], u"deploy-production"_s)->approvedBy, u"oncall"_s);
    // The broken release passed its tests, failed in staging, never reached production.
    const Backend::RunDetails &broken = details[1];
    EXPECT_EQ(broken.run.branch, u"v1.2.0"_s);
    ASSERT_NE(jobNamed(broken, u"test"_s), nullptr);
    EXPECT_EQ(jobNamed(broken, u"test"_s)->status, JobStatus::Success);
    EXPECT_EQ(jobNamed(broken, u"deploy-staging"_s)->status, JobStatus::Failed);
    EXPECT_EQ(jobNamed(broken, u"deploy-production"_s)->status, JobStatus::Skipped);
    EXPECT_EQ(details[2].run.commit, report->commits.last());

    // Its staging deployment was rolled back by itself; staging and production serve the fix.
    const auto staging = await(engine->deployments(u"staging"_s, 10));
    ASSERT_TRUE(staging.ok());
    ASSERT_EQ(staging->size(), 3);
    const auto rolledBack = std::find_if(staging->begin(), staging->end(), [&](const auto &d) { return d.runId == broken.run.id; });
    ASSERT_NE(rolledBack, staging->end());
    EXPECT_EQ(rolledBack->status, DeploymentStatus::RolledBack) << rolledBack->note.toStdString();
    EXPECT_EQ(rolledBack->strategy, u"blue-green"_s);
    const auto production = await(engine->deployments(u"production"_s, 10));
    ASSERT_TRUE(production.ok());
    EXPECT_EQ(production->size(), 2);
    const auto envs = await(engine->environments());
    ASSERT_TRUE(envs.ok());
    for (const QString &name : {u"staging"_s, u"production"_s}) {
        const auto env = std::find_if(envs->begin(), envs->end(), [&](const auto &e) { return e.name == name; });
        ASSERT_NE(env, envs->end()) << name.toStdString();
        ASSERT_TRUE(env->live.has_value()) << name.toStdString() << " has a live deployment";
        EXPECT_EQ(env->live->commit, report->commits.last()) << name.toStdString();
        EXPECT_EQ(env->live->status, DeploymentStatus::Success);
    }

    // And it really serves: staging's public port (from the target's state file) answers 1.2.1.
    QFile state(workspace() + u"/pipelines/deploy/local-service/staging/state.json"_s);
    ASSERT_TRUE(state.open(QIODevice::ReadOnly)) << state.fileName().toStdString();
    const int port = QJsonDocument::fromJson(state.readAll()).object().value(u"public_port"_s).toInt();
    ASSERT_GT(port, 0);
    EXPECT_EQ(httpGet(u"http://127.0.0.1:%1/"_s.arg(port)), u"200 shop 1.2.1: 3 products"_s);
    EXPECT_EQ(httpGet(u"http://127.0.0.1:%1/health"_s.arg(port)), u"200 ok"_s);

    // A second start of the demo workspace adds nothing, with or without the empty-engine rule.
    for (const bool onlyIntoEmpty : {true, false}) {
        Pipelines::PipelineDemoOptions options;
        options.onlyIntoEmptyEngine = onlyIntoEmpty;
        const auto again = await(Pipelines::fillPipelineDemo(*engine, workspace(), options));
        ASSERT_TRUE(again.ok()) << text(again.error());
        EXPECT_FALSE(again->created);
        EXPECT_TRUE(again->runIds.isEmpty());
        EXPECT_TRUE(again->skippedBecause.contains(u"exists"_s)) << again->skippedBecause.toStdString();
    }
    EXPECT_EQ(await(engine->listRuns({}))->size(), 3);
    EXPECT_EQ(await(engine->repositories())->size(), 1);
    EXPECT_EQ(await(engine->commits(u"shop"_s, u"main"_s, 20))->size(), 5);
}

TEST_F(PipelineDemoTest, AnEngineWithRepositoriesIsLeftAlone)
{
    // A workspace whose engine already knows a repository (here: a demo made
    // in another workspace, registered under another name).
    QTemporaryDir other(scratchTemplate(u"pipedemo-other"_s));
    ASSERT_TRUE(other.isValid());
    {
        auto first = open(other.path());
        ASSERT_TRUE(first);
        Pipelines::PipelineDemoOptions options;
        options.runTimeout = std::chrono::milliseconds(60'000);
        // Only the repository is needed: the engine closes at once, which
        // also shows that closing it in the middle reports Cancelled.
        auto future = Pipelines::fillPipelineDemo(*first, other.path(), options);
        ASSERT_TRUE(OpsDeck::Test::waitUntil([&] { return QFileInfo::exists(other.path() + u"/demo/shop/.git"_s); },
                                    std::chrono::seconds(20)));
        first.reset();
        ASSERT_TRUE(future.isFinished()) << "the engine's end finishes the future";
        const auto result = future.result();
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().code, ErrorCode::Cancelled) << text(result.error());
    }
    auto engine = open(workspace());
    ASSERT_TRUE(engine);
    const auto added = await(engine->addRepository(u"mine"_s, other.path() + u"/demo/shop"_s));
    ASSERT_TRUE(added.ok()) << text(added.error());

    const auto report = await(Pipelines::fillPipelineDemo(*engine, workspace()));
    ASSERT_TRUE(report.ok()) << text(report.error());
    EXPECT_FALSE(report->created);
    EXPECT_TRUE(report->skippedBecause.endsWith(u": mine"_s)) << report->skippedBecause.toStdString();
    EXPECT_FALSE(QFileInfo::exists(workspace() + u"/demo"_s));
    EXPECT_TRUE(await(engine->listRuns({}))->isEmpty());
}

TEST_F(PipelineDemoTest, AnExistingDemoFolderIsNeverTouched)
{
    // Whatever is at demo/shop (a user's own edits, or another process's
    // demo) stays as it is, and the engine stays empty.
    ASSERT_TRUE(QDir().mkpath(workspace() + u"/demo/shop"_s));
    QFile mine(workspace() + u"/demo/shop/notes.txt"_s);
    ASSERT_TRUE(mine.open(QIODevice::WriteOnly));
    mine.write("mine\n");
    mine.close();
    auto engine = open(workspace());
    ASSERT_TRUE(engine);
    const auto report = await(Pipelines::fillPipelineDemo(*engine, workspace()));
    ASSERT_TRUE(report.ok()) << text(report.error());
    EXPECT_FALSE(report->created);
    EXPECT_EQ(QDir(workspace() + u"/demo/shop"_s).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
              QStringList{u"notes.txt"_s});
    EXPECT_TRUE(await(engine->repositories())->isEmpty());
    EXPECT_TRUE(QDir(workspace() + u"/demo"_s).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                == QStringList{u"shop"_s})
        << "no temporary folder left beside it";
}

TEST_F(PipelineDemoTest, RefusesToStartFromAnotherThread)
{
    auto engine = open(workspace());
    ASSERT_TRUE(engine);
    Result<PipelineDemoReport> result = fail(ErrorCode::Unknown, u"not called"_s);
    std::thread other([&] { result = Pipelines::fillPipelineDemo(*engine, workspace()).result(); });
    other.join();
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::InvalidArgument) << text(result.error());
    EXPECT_FALSE(QFileInfo::exists(workspace() + u"/demo"_s));
}
