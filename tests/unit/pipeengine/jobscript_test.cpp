// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// What a planned job runs, checked by running the produced command lines
// through the real shells.
#include "jobscript.h"

#include <opsdeck/pipelines/pipelinereader.h>

#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <fstream>

using namespace OpsDeck::Pipelines;

namespace {

Plan readText(const QTemporaryDir &dir, const std::string &path, const std::string &text)
{
    const std::string full = dir.path().toStdString() + "/" + path;
    std::filesystem::create_directories(std::filesystem::path(full).parent_path());
    std::ofstream(full) << text;
    FolderFiles files(dir.path().toStdString());
    PipelineContext context;
    context.branch = "main";
    return readPipeline(files, path, context);
}

struct Ran
{
    int exitCode = -1;
    QByteArray out;
};

Ran run(const StepScript &step, const EnvList &env)
{
    QProcess process;
    QStringList args;
    for (std::size_t i = 1; i < step.argv.size(); ++i)
        args << QString::fromStdString(step.argv[i]);
    QStringList environment;
    for (const auto &[n, v] : env)
        environment << QString::fromStdString(n + "=" + v);
    process.setEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QString::fromStdString(step.argv[0]), args);
    process.waitForFinished(10'000);
    return {process.exitCode(), process.readAll()};
}

const std::string &value(const EnvList &env, const std::string &name)
{
    static const std::string none;
    for (const auto &[n, v] : env) {
        if (n == name)
            return v;
    }
    return none;
}

} // namespace

TEST(JobScript, GitLabScriptStopsAtTheFirstFailingCommandAndEchoesCommands)
{
    QTemporaryDir dir;
    const Plan plan = readText(dir, ".gitlab-ci.yml", R"(
variables:
  GREETING: hello
build:
  before_script: [echo before]
  script:
    - echo "$GREETING $CI_JOB_NAME"
    - "false"
    - echo never
  after_script: [echo after]
)");
    ASSERT_TRUE(plan.ok());
    const JobPlan &job = plan.jobs.at(0);
    const auto steps = stepsFor(plan, job);
    ASSERT_EQ(steps.size(), 2u);
    EXPECT_EQ(steps[0].name, "script");
    EXPECT_EQ(steps[1].name, "after_script");
    EXPECT_TRUE(steps[1].always);
    RunFacts facts;
    facts.runId = "r1";
    facts.jobId = 9;
    facts.commit = "0123456789abcdef0123456789abcdef01234567";
    facts.branch = "main";
    facts.workspace = dir.path().toStdString();
    facts.home = facts.workspace;
    facts.tmp = facts.workspace;
    const EnvList env = jobEnvironment(plan, job, facts);
    EXPECT_EQ(value(env, "CI_COMMIT_SHORT_SHA"), "01234567");
    EXPECT_EQ(value(env, "CI_COMMIT_BRANCH"), "main");
    EXPECT_EQ(value(env, "GREETING"), "hello");
    const Ran ran = run(steps[0], env);
    EXPECT_NE(ran.exitCode, 0);
    EXPECT_TRUE(ran.out.contains("before\n"));
    EXPECT_TRUE(ran.out.contains("hello build\n"));
    EXPECT_TRUE(ran.out.contains("\033[32;1m$ echo never\033[0;m") == false);
    EXPECT_TRUE(ran.out.contains("\033[32;1m$ false\033[0;m")) << ran.out.toStdString();
    EXPECT_FALSE(ran.out.contains("never\n"));
    EXPECT_EQ(run(steps[1], env).out, QByteArray("\033[32;1m$ echo after\033[0;m\nafter\n"));
}

TEST(JobScript, TheEngineEnvironmentDoesNotLeakIntoJobs)
{
    qputenv("OPSDECK_VAULT_PASSPHRASE", "do-not-leak");
    QTemporaryDir dir;
    const Plan plan = readText(dir, ".gitlab-ci.yml", "build:\n  script: [env]\n");
    const EnvList env = jobEnvironment(plan, plan.jobs.at(0), RunFacts{});
    for (const auto &[name, v] : env)
        EXPECT_NE(name, "OPSDECK_VAULT_PASSPHRASE");
    qunsetenv("OPSDECK_VAULT_PASSPHRASE");
}

TEST(JobScript, GitHubStepsKeepShellsConditionsAndSkippedActions)
{
    QTemporaryDir dir;
    const Plan plan = readText(dir, ".github/workflows/ci.yml", R"(
on: push
jobs:
  test:
    runs-on: ubuntu-latest
    env:
      MODE: ci
    steps:
      - uses: actions/checkout@v4
      - name: pipefail
        run: |
          false | true
          echo unreachable
      - name: sh step
        shell: sh
        run: echo "$MODE from sh"
      - name: on failure
        if: failure()
        run: echo cleanup
      - name: python
        shell: python
        run: print(6 * 7)
)");
    ASSERT_TRUE(plan.ok()) << plan.errors.at(0).toString();
    const JobPlan &job = plan.jobs.at(0);
    const auto steps = stepsFor(plan, job);
    ASSERT_EQ(steps.size(), 5u);
    EXPECT_FALSE(steps[0].skippedReason.empty());
    EXPECT_TRUE(steps[0].argv.empty());
    EXPECT_EQ(steps[3].condition, "failure()");
    const EnvList env = jobEnvironment(plan, job, RunFacts{});
    EXPECT_EQ(value(env, "GITHUB_ACTIONS"), "true");
    EXPECT_NE(run(steps[1], env).exitCode, 0) << "bash runs with -o pipefail";
    EXPECT_EQ(run(steps[4], env).out, QByteArray("42\n"));
}

TEST(JobScript, VariablesExpandLikeGitLab)
{
    const EnvList env{{"A", "1"}, {"B", "x"}};
    EXPECT_EQ(expandVariables("$A-${B}-$$A-$C-$", env), "1-x-$A--$");
    EXPECT_EQ(expandVariables("${A", env), "${A");
}
