// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// `opsctl pipelines` as scripts use it: validate and artifacts stats on real
// pipeline files and a real artifact store; run, list, logs, show, retry on a
// real git repository, including a kill -9 in the middle of a run.
#include "clifixture.h"

#include <opsdeck/pipelines/artifactstore.h>

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <csignal>

using namespace OpsDeck::Test;
using namespace Qt::StringLiterals;

namespace {

class PipelinesCli : public Cli
{
protected:
    void SetUp() override
    {
        Cli::SetUp();
        m_repo = path(u"repo"_s);
        ASSERT_TRUE(QDir().mkpath(m_repo + u"/ci"_s));
        ASSERT_EQ(run(u"git"_s, {u"init"_s, u"-q"_s, u"-b"_s, u"main"_s, m_repo}).exitCode, 0);
    }
    void write(const QString &relative, const QByteArray &text)
    {
        QFile f(m_repo + u'/' + relative);
        ASSERT_TRUE(QDir().mkpath(QFileInfo(f).absolutePath()));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
    }
    static QJsonObject job(const QJsonObject &plan, const QString &name)
    {
        for (const QJsonValue &j : plan.value(u"jobs"_s).toArray()) {
            if (j.toObject().value(u"name"_s).toString() == name)
                return j.toObject();
        }
        ADD_FAILURE() << "no job " << name.toStdString();
        return {};
    }
    QString m_repo;
};

const QByteArray kGitLab = R"(stages: [build, test, deploy]
include:
  - local: ci/templates.yml
  - project: other/group
    file: ci.yml
.defaults:
  before_script: [echo setup]
build:
  stage: build
  extends: .defaults
  script: [make]
  parallel:
    matrix:
      - ARCH: [amd64, arm64]
unit:
  stage: test
  needs: ["build: [amd64]"]
  script: [make test]
lint:
  stage: test
  needs: []
  allow_failure: true
  script: [make lint]
deploy-prod:
  stage: deploy
  script: [./deploy]
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
      when: manual
    - when: never
)";

} // namespace

TEST_F(PipelinesCli, ValidateJsonListsEveryJobAfterMatrixExpansion)
{
    write(u".gitlab-ci.yml"_s, kGitLab);
    write(u"ci/templates.yml"_s, "docs:\n  stage: test\n  script: [make docs]\n  colour: blue\n");
    const ProcessRun r = opsctl({u"pipelines"_s, u"validate"_s, m_repo + u"/.gitlab-ci.yml"_s, u"--json"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject plan = json(r);
    QStringList names;
    for (const QJsonValue &j : plan.value(u"jobs"_s).toArray())
        names << j.toObject().value(u"name"_s).toString();
    names.sort();
    EXPECT_EQ(names, QStringList({u"build: [amd64]"_s, u"build: [arm64]"_s, u"deploy-prod"_s, u"docs"_s, u"lint"_s,
                                  u"unit"_s}));
    EXPECT_EQ(job(plan, u"build: [arm64]"_s).value(u"stage"_s).toString(), u"build"_s);
    EXPECT_EQ(job(plan, u"deploy-prod"_s).value(u"when"_s).toString(), u"manual"_s);
    EXPECT_TRUE(job(plan, u"lint"_s).value(u"allow_failure"_s).toBool());
    EXPECT_TRUE(job(plan, u"lint"_s).value(u"needs"_s).toArray().isEmpty());
    EXPECT_EQ(job(plan, u"unit"_s).value(u"needs"_s).toArray().first().toObject().value(u"job"_s).toString(), u"build: [amd64]"_s);
    // The included file's unknown key is a warning with its line; the project include is unresolved.
    const QString warnings = QString::fromUtf8(QJsonDocument(plan.value(u"warnings"_s).toArray()).toJson());
    EXPECT_TRUE(warnings.contains(u"ci/templates.yml:4"_s)) << warnings.toStdString();
    const QString unresolved = QString::fromUtf8(QJsonDocument(plan.value(u"unresolved"_s).toArray()).toJson());
    EXPECT_TRUE(unresolved.contains(u"other/group"_s)) << unresolved.toStdString();

    // Another branch: the rule says never.
    const ProcessRun feature = opsctl({u"pipelines"_s, u"validate"_s, m_repo + u"/.gitlab-ci.yml"_s, u"--json"_s,
                                       u"--ref"_s, u"feature/x"_s});
    ASSERT_EQ(feature.exitCode, 0);
    EXPECT_EQ(job(json(feature), u"deploy-prod"_s).value(u"when"_s).toString(), u"never"_s);

    // Text form: a table, nothing run.
    const ProcessRun text = opsctl({u"pipelines"_s, u"validate"_s, m_repo + u"/.gitlab-ci.yml"_s});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(u"6 job(s) in 3 stage(s)"_s)) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(u"not run offline"_s)) << text.out.toStdString();
}

TEST_F(PipelinesCli, ValidateReadsGitHubWorkflowsByTheirPath)
{
    write(u".github/workflows/ci.yml"_s, R"(on:
  push:
    branches: [main]
jobs:
  test:
    strategy:
      matrix:
        os: [ubuntu, debian]
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: make test
  release:
    needs: test
    if: github.ref == 'refs/heads/main'
    runs-on: ubuntu-latest
    steps:
      - run: ./release
)");
    const ProcessRun r = opsctl({u"pipelines"_s, u"validate"_s, m_repo + u"/.github/workflows/ci.yml"_s, u"--json"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject plan = json(r);
    EXPECT_EQ(plan.value(u"format"_s).toString(), u"github"_s);
    // needs: test names the matrix job, so both of its instances.
    const QJsonArray needs = job(plan, u"release"_s).value(u"needs"_s).toArray();
    ASSERT_EQ(needs.size(), 1);
    EXPECT_EQ(needs.first().toObject().value(u"job"_s).toString(), u"test"_s);
    QStringList names;
    for (const QJsonValue &j : plan.value(u"jobs"_s).toArray())
        names << j.toObject().value(u"name"_s).toString();
    EXPECT_TRUE(names.contains(u"test (ubuntu)"_s) && names.contains(u"test (debian)"_s)) << names.join(u", "_s).toStdString();
    const QString unresolved = QString::fromUtf8(QJsonDocument(plan.value(u"unresolved"_s).toArray()).toJson());
    EXPECT_TRUE(unresolved.contains(u"actions/checkout@v4"_s)) << unresolved.toStdString();
}

TEST_F(PipelinesCli, AnInvalidFileExitsNonZeroWithFileLineColumn)
{
    write(u".gitlab-ci.yml"_s, "build:\n  script: [make\n  stage: build\n");
    const ProcessRun r = opsctl({u"pipelines"_s, u"validate"_s, m_repo + u"/.gitlab-ci.yml"_s});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QRegularExpression(u"\\.gitlab-ci\\.yml:\\d+:\\d+: "_s))) << r.err.toStdString();
    const ProcessRun missing = opsctl({u"pipelines"_s, u"validate"_s, m_repo + u"/nope.yml"_s});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_EQ(missing.err.count(u'\n'), 1) << missing.err.toStdString();
    EXPECT_EQ(opsctl({u"pipelines"_s, u"validate"_s}).exitCode, 2);
    EXPECT_EQ(opsctl({u"pipelines"_s, u"frobnicate"_s}).exitCode, 2);
}

TEST_F(PipelinesCli, ArtifactsStatsReportsStoredAgainstLogicalBytes)
{
    const QString ws = path(u"ws"_s);
    ASSERT_EQ(opsctl({u"--workspace"_s, ws, u"workspace"_s, u"init"_s}).exitCode, 0);
    // Nothing stored yet: zeros, and no store is created by looking.
    ProcessRun empty = opsctl({u"--workspace"_s, ws, u"--json"_s, u"pipelines"_s, u"artifacts"_s, u"stats"_s});
    ASSERT_EQ(empty.exitCode, 0) << empty.err.toStdString();
    EXPECT_EQ(json(empty).value(u"logical_bytes"_s).toInteger(), 0);
    EXPECT_FALSE(QFileInfo::exists(ws + u"/pipelines/artifacts"_s));

    // Two builds of the same tree: one text file that compresses, one random.
    const QString job = path(u"job"_s);
    ASSERT_TRUE(QDir().mkpath(job + u"/out"_s));
    QFile text(job + u"/out/app.log"_s);
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    for (int i = 0; i < 20000; ++i)
        text.write("compile unit " + QByteArray::number(i % 50) + " ok\n");
    text.close();
    QFile random(job + u"/out/app.bin"_s);
    ASSERT_TRUE(random.open(QIODevice::WriteOnly));
    QByteArray noise(200000, '\0');
    QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
    random.write(noise);
    random.close();
    {
        OpsDeck::Pipelines::ArtifactStatus status;
        auto store = OpsDeck::Pipelines::ArtifactStore::open(QString(ws + u"/pipelines/artifacts"_s).toStdString(), {}, &status);
        ASSERT_TRUE(store) << status.message;
        for (const char *run : {"1", "2"}) {
            status = store->storeJob({run, "build", job.toStdString(), {"out"}, "", false});
            ASSERT_TRUE(status.ok()) << status.message;
        }
    }
    const qint64 logical = 2 * (QFileInfo(text).size() + QFileInfo(random).size());
    const ProcessRun r = opsctl({u"--workspace"_s, ws, u"--json"_s, u"pipelines"_s, u"artifacts"_s, u"stats"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject stats = json(r);
    EXPECT_EQ(stats.value(u"manifests"_s).toInteger(), 2);
    EXPECT_EQ(stats.value(u"logical_bytes"_s).toInteger(), logical);
    EXPECT_EQ(stats.value(u"unique_bytes"_s).toInteger(), logical / 2) << "the second build is all duplicates";
    qint64 blobBytes = 0;
    for (QDirIterator it(ws + u"/pipelines/artifacts/blobs"_s, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
        blobBytes += QFileInfo(it.next()).size();
    EXPECT_EQ(stats.value(u"stored_bytes"_s).toInteger(), blobBytes);
    EXPECT_LT(blobBytes, logical / 2) << "the text compressed";
    EXPECT_GT(stats.value(u"total_ratio"_s).toDouble(), 2.0);

    const ProcessRun table = opsctl({u"--workspace"_s, ws, u"pipelines"_s, u"artifacts"_s, u"stats"_s});
    ASSERT_EQ(table.exitCode, 0);
    EXPECT_TRUE(table.out.contains(u"logical / stored"_s)) << table.out.toStdString();
}

// --- running pipelines from opsctl ------------------------------------------------

namespace {

/** Scratch outside /tmp: jobs run with a private /tmp and could not see it. */
QString visibleScratch(const QString &name)
{
    const QString build = OpsDeck::Test::buildDir();
    const QString base = (build.isEmpty() ? QDir::currentPath() : build) + u"/test-scratch"_s;
    QDir().mkpath(base);
    return base + u'/' + name + u"-XXXXXX"_s;
}

class PipelinesRunCli : public PipelinesCli
{
protected:
    void SetUp() override
    {
        PipelinesCli::SetUp();
        m_ws = path(u"ws"_s);
        ASSERT_EQ(opsctl({u"--workspace"_s, m_ws, u"workspace"_s, u"init"_s}).exitCode, 0);
    }
    void commit(const QString &message)
    {
        ASSERT_EQ(run(u"git"_s, {u"-C"_s, m_repo, u"add"_s, u"-A"_s}).exitCode, 0);
        const ProcessRun c = run(u"git"_s, {u"-C"_s, m_repo, u"-c"_s, u"user.name=Ops"_s, u"-c"_s,
                                            u"user.email=ops@example.com"_s, u"commit"_s, u"-q"_s, u"-m"_s, message});
        ASSERT_EQ(c.exitCode, 0) << c.err.toStdString();
    }
    ProcessRun pipelines(const QStringList &args)
    {
        return opsctl(QStringList{u"--workspace"_s, m_ws, u"pipelines"_s} + args);
    }
    QString m_ws;
};

} // namespace

TEST_F(PipelinesRunCli, RunWaitStreamsTheLogAndExitsWithTheOutcome)
{
    write(u".opsdeck/pipeline.yml"_s, R"yaml(version: 1
stages: [build, test]
jobs:
  build:
    stage: build
    script:
      - echo "compiling $OPSDECK_COMMIT"
      - printf '\033[33mwarning - colour\033[0m\n'
  test:
    stage: test
    script: test "$(cat verdict)" = pass
)yaml");
    write(u"verdict"_s, "pass\n");
    commit(u"passing"_s);
    const ProcessRun ok = pipelines({u"run"_s, u"--repo"_s, m_repo, u"--ref"_s, u"main"_s, u"--wait"_s});
    ASSERT_EQ(ok.exitCode, 0) << ok.err.toStdString() << ok.out.toStdString();
    const QString runId = ok.out.section(u'\n', 0, 0);
    EXPECT_EQ(runId.size(), 36) << "the first line is the run id: " << ok.out.toStdString();
    EXPECT_TRUE(ok.out.contains(u"compiling "_s)) << ok.out.toStdString();
    EXPECT_TRUE(ok.out.contains(u"\033[33mwarning - colour\033[0m"_s)) << "ANSI colours pass through";
    EXPECT_TRUE(ok.err.contains(u"registered"_s)) << "a path is registered on first use";

    write(u"verdict"_s, "fail\n");
    commit(u"failing"_s);
    const ProcessRun bad = pipelines({u"run"_s, u"--repo"_s, u"repo"_s, u"--ref"_s, u"main"_s, u"--wait"_s});
    EXPECT_EQ(bad.exitCode, 1) << bad.out.toStdString();
    EXPECT_TRUE(bad.err.contains(u"failed"_s)) << bad.err.toStdString();

    const ProcessRun list = pipelines({u"list"_s, u"--json"_s});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    const QJsonArray runs = QJsonDocument::fromJson(list.out.toUtf8()).array();
    ASSERT_EQ(runs.size(), 2);
    EXPECT_EQ(runs.at(0).toObject().value(u"status"_s).toString(), u"failed"_s) << "newest first";
    EXPECT_EQ(runs.at(1).toObject().value(u"id"_s).toString(), runId);

    const ProcessRun logs = pipelines({u"logs"_s, runId.left(8), u"build"_s});
    ASSERT_EQ(logs.exitCode, 0) << logs.err.toStdString();
    EXPECT_TRUE(logs.out.contains(u"compiling "_s));
    EXPECT_FALSE(logs.out.contains(u"$ test"_s)) << "only the job asked for";

    const ProcessRun show = pipelines({u"show"_s, runs.at(0).toObject().value(u"id"_s).toString(), u"--json"_s});
    ASSERT_EQ(show.exitCode, 0);
    const QJsonObject details = json(show);
    EXPECT_EQ(job(details, u"build"_s).value(u"status"_s).toString(), u"success"_s);
    EXPECT_EQ(job(details, u"test"_s).value(u"status"_s).toString(), u"failed"_s);
    EXPECT_EQ(job(details, u"test"_s).value(u"exit_code"_s).toInt(), 1);

    const ProcessRun unknown = pipelines({u"run"_s, u"--repo"_s, u"nope"_s, u"--ref"_s, u"main"_s});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(u"no repository 'nope'"_s)) << unknown.err.toStdString();
    const ProcessRun badEnv = pipelines({u"run"_s, u"--repo"_s, u"repo"_s, u"--ref"_s, u"main"_s, u"--env"_s, u"prod"_s});
    EXPECT_EQ(badEnv.exitCode, 2);
    EXPECT_TRUE(badEnv.err.contains(u"environment"_s)) << badEnv.err.toStdString();
    const ProcessRun badRef = pipelines({u"run"_s, u"--repo"_s, u"repo"_s, u"--ref"_s, u"no-such-branch"_s});
    EXPECT_EQ(badRef.exitCode, 1);
    EXPECT_TRUE(badRef.err.contains(u"no-such-branch"_s)) << badRef.err.toStdString();
}

TEST_F(PipelinesRunCli, KillNineInTheMiddleOfARunLeavesARetryableInterruptedJob)
{
    QTemporaryDir markers(visibleScratch(u"markers"_s));
    ASSERT_TRUE(markers.isValid());
    const QString go = markers.filePath(u"go"_s);
    write(u".opsdeck/pipeline.yml"_s,
          QByteArray("version: 1\njobs:\n  wait:\n    script:\n      - echo started\n      - while [ ! -e ")
              + go.toUtf8() + " ]; do sleep 0.1; done\n      - echo finished\n");
    commit(u"waits"_s);

    QProcess runner;
    runner.setProcessEnvironment(m_env);
    runner.start(qEnvironmentVariable("OPSDECK_OPSCTL"),
                 {u"--workspace"_s, m_ws, u"pipelines"_s, u"run"_s, u"--repo"_s, m_repo, u"--ref"_s, u"main"_s, u"--wait"_s});
    ASSERT_TRUE(runner.waitForStarted());
    QString output;
    QElapsedTimer clock;
    clock.start();
    while (!output.contains(u"started\n"_s) && clock.elapsed() < 30'000) {
        runner.waitForReadyRead(200);
        output += QString::fromUtf8(runner.readAllStandardOutput());
    }
    ASSERT_TRUE(output.contains(u"started\n"_s)) << output.toStdString();
    const QString runId = output.section(u'\n', 0, 0);
    ::kill(pid_t(runner.processId()), SIGKILL);
    runner.waitForFinished();

    // The next opsctl finds the job interrupted: marked, not lost, not run twice.
    const ProcessRun show = pipelines({u"show"_s, runId, u"--json"_s});
    ASSERT_EQ(show.exitCode, 0) << show.err.toStdString();
    const QJsonObject waiting = job(json(show), u"wait"_s);
    EXPECT_EQ(waiting.value(u"status"_s).toString(), u"interrupted"_s);
    EXPECT_EQ(waiting.value(u"attempt"_s).toInt(), 1);

    QFile(go).open(QIODevice::WriteOnly);
    const ProcessRun retried = pipelines({u"retry"_s, QString::number(waiting.value(u"id"_s).toInteger()), u"--wait"_s});
    ASSERT_EQ(retried.exitCode, 0) << retried.err.toStdString() << retried.out.toStdString();
    EXPECT_TRUE(retried.out.contains(u"finished"_s));
    const QJsonObject done = json(pipelines({u"show"_s, runId, u"--json"_s}));
    EXPECT_EQ(done.value(u"status"_s).toString(), u"success"_s);
    EXPECT_EQ(job(done, u"wait"_s).value(u"attempt"_s).toInt(), 2);
    const ProcessRun events = pipelines({u"events"_s, runId});
    EXPECT_TRUE(events.out.contains(u"job.retried"_s)) << events.out.toStdString();
}
