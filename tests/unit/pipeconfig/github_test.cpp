// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// The GitHub Actions subset through readPipeline on real files.
#include "pipeconfigtestutil.h"

#include <opsdeck/pipelines/pipelinereader.h>

#include <gtest/gtest.h>

using namespace OpsDeck::Pipelines;
using PipeTest::TempRepo;

namespace {
const char *kWorkflow = R"(name: CI
on:
  push:
    branches: [main, "release/**"]
    tags: ["v*"]
  pull_request:
env:
  GLOBAL: g
jobs:
  test:
    runs-on: ${{ matrix.os }}
    timeout-minutes: 20
    strategy:
      matrix:
        os: [ubuntu, macos]
        node: [18, 20]
        exclude:
          - os: macos
            node: 18
        include:
          - os: ubuntu
            node: 20
            experimental: true
          - os: windows
            node: 20
    steps:
      - uses: actions/checkout@v4
      - name: Test
        run: npm test
        shell: bash
        working-directory: app
        env: {CI: "1"}
        if: ${{ matrix.os != 'windows' }}
        continue-on-error: true
  deploy:
    needs: test
    if: github.ref == 'refs/heads/main' && github.event_name == 'push'
    environment: {name: production, url: https://example.com}
    continue-on-error: true
    runs-on: ubuntu-latest
    steps:
      - run: ./deploy.sh
  notify:
    needs: [test, deploy]
    if: failure()
    runs-on: ubuntu-latest
    steps:
      - run: echo failed
  cleanup:
    if: ${{ always() }}
    runs-on: ubuntu-latest
    steps:
      - run: echo bye
)";
} // namespace

TEST(GitHubReader, MatrixNamesIncludeExcludeAndSteps)
{
    TempRepo repo;
    repo.write(".github/workflows/ci.yml", kWorkflow);
    Plan plan = repo.read(".github/workflows/ci.yml");
    ASSERT_TRUE(plan.ok()) << planToText(plan);
    EXPECT_EQ(plan.format, PipelineFormat::GitHub);
    std::vector<std::string> names;
    for (const JobPlan &j : plan.jobs)
        names.push_back(j.name);
    EXPECT_EQ(names, (std::vector<std::string>{"test (ubuntu, 18)", "test (ubuntu, 20, true)", "test (macos, 20)",
                                               "test (windows, 20)", "deploy", "notify", "cleanup"}));
    const JobPlan *t = plan.job("test (macos, 20)");
    EXPECT_EQ(t->runsOn, "macos");
    EXPECT_EQ(t->timeoutSeconds, 1200);
    ASSERT_EQ(t->steps.size(), 2u);
    EXPECT_EQ(t->steps[0].uses, "actions/checkout@v4");
    EXPECT_FALSE(t->steps[0].unresolvedReason.empty());
    EXPECT_EQ(t->steps[1].run, "npm test");
    EXPECT_EQ(t->steps[1].shell, "bash");
    EXPECT_EQ(t->steps[1].workingDirectory, "app");
    EXPECT_TRUE(t->steps[1].continueOnError);
    EXPECT_EQ(t->steps[1].env[0], (std::pair<std::string, std::string>{"CI", "1"}));
    EXPECT_EQ(t->steps[1].where.line, 28); // the "- name: Test" line
    EXPECT_EQ(t->variables[0].first, "GLOBAL");
    // Every checkout is listed as unresolved, once per matrix instance.
    EXPECT_EQ(plan.unresolved.size(), 4u);
    EXPECT_EQ(plan.unresolved[0].what, "uses: actions/checkout@v4");
}

TEST(GitHubReader, IfDecidesWhenForTheEventAndRef)
{
    TempRepo repo;
    repo.write(".github/workflows/ci.yml", kWorkflow);
    Plan main = repo.read(".github/workflows/ci.yml", {.branch = "main"});
    EXPECT_EQ(main.job("deploy")->when, When::OnSuccess);
    EXPECT_TRUE(main.job("deploy")->allowFailure);
    EXPECT_EQ(main.job("deploy")->environment->name, "production");
    EXPECT_EQ(main.job("notify")->when, When::OnFailure);
    EXPECT_EQ(main.job("cleanup")->when, When::Always);
    ASSERT_TRUE(main.job("deploy")->needs);
    EXPECT_EQ((*main.job("deploy")->needs)[0].job, "test");
    EXPECT_TRUE(main.job("cleanup")->needs->empty());

    Plan release = repo.read(".github/workflows/ci.yml", {.branch = "release/2.x/rc"});
    EXPECT_TRUE(release.pipelineRuns);
    EXPECT_EQ(release.job("deploy")->when, When::Never);
    EXPECT_NE(release.job("deploy")->whenReason.find("github.ref"), std::string::npos);
}

TEST(GitHubReader, OnFiltersSelectBranchesTagsAndEvents)
{
    TempRepo repo;
    repo.write(".github/workflows/ci.yml", kWorkflow);
    EXPECT_FALSE(repo.read(".github/workflows/ci.yml", {.branch = "feature/x"}).pipelineRuns);
    EXPECT_TRUE(repo.read(".github/workflows/ci.yml", {.tag = "v1.0"}).pipelineRuns);
    EXPECT_FALSE(repo.read(".github/workflows/ci.yml", {.tag = "nightly"}).pipelineRuns);
    EXPECT_TRUE(repo.read(".github/workflows/ci.yml", {.branch = "feature/x", .source = "merge_request_event"}).pipelineRuns);
    Plan scheduled = repo.read(".github/workflows/ci.yml", {.branch = "main", .source = "schedule"});
    EXPECT_FALSE(scheduled.pipelineRuns);
    EXPECT_EQ(scheduled.notRunReason, "on: does not include the schedule event");
    EXPECT_EQ(scheduled.jobs[0].when, When::Never);

    repo.write(".github/workflows/ignore.yml",
               "on:\n  push:\n    branches-ignore: ['docs/**']\njobs:\n  a:\n    runs-on: x\n    steps: [{run: a}]\n");
    EXPECT_FALSE(repo.read(".github/workflows/ignore.yml", {.branch = "docs/a/b"}).pipelineRuns);
    EXPECT_TRUE(repo.read(".github/workflows/ignore.yml", {.branch = "main"}).pipelineRuns);
}

TEST(GitHubReader, ErrorsAndWarningsArePositioned)
{
    TempRepo repo;
    repo.write(".github/workflows/bad.yml",
               "on: push\njobs:\n  a:\n    runs-on: x\n    needs: ghost\n    stepz: []\n    steps:\n      - name: nothing\n");
    Plan plan = repo.read(".github/workflows/bad.yml");
    std::string text = planToText(plan);
    EXPECT_NE(text.find("needs 'ghost', which is not defined"), std::string::npos) << text;
    EXPECT_NE(text.find(".github/workflows/bad.yml:8:9: job 'a': a step needs run: or uses:"), std::string::npos) << text;
    EXPECT_NE(text.find(".github/workflows/bad.yml:6:5: warning: unknown key 'stepz'"), std::string::npos) << text;
}

TEST(GitHubCondition, ExpressionsAsGitHubEvaluatesThem)
{
    GitHubExpressionContext ctx;
    ctx.values = {{"github.ref", "refs/heads/main"}, {"github.event_name", "push"}, {"env.MODE", "Fast"},
                  {"matrix.node", "20"}};
    EXPECT_TRUE(evaluateGitHubCondition("${{ github.ref == 'refs/heads/main' }}", ctx));
    EXPECT_TRUE(evaluateGitHubCondition("env.MODE == 'fast'", ctx)); // case-insensitive
    EXPECT_TRUE(evaluateGitHubCondition("matrix.node >= 18 && matrix.node < 22", ctx));
    EXPECT_TRUE(evaluateGitHubCondition("startsWith(github.ref, 'refs/heads/') && !contains(env.MODE, 'slow')", ctx));
    EXPECT_TRUE(evaluateGitHubCondition("endsWith(github.ref, '/MAIN')", ctx));
    EXPECT_FALSE(evaluateGitHubCondition("github.event_name != 'push' || env.MISSING", ctx));
    EXPECT_FALSE(evaluateGitHubCondition("failure()", ctx));
    EXPECT_TRUE(evaluateGitHubCondition("always()", ctx));
    ctx.jobStatus = "failure";
    EXPECT_FALSE(evaluateGitHubCondition("github.event_name == 'push'", ctx)); // implicit success()
    EXPECT_TRUE(evaluateGitHubCondition("failure() && github.event_name == 'push'", ctx));
    EXPECT_EQ(expandGitHubExpressions("node-${{ matrix.node }}-${{ format('{0}/{1}', env.MODE, 'x') }}", ctx),
              "node-20-Fast/x");
    EXPECT_THROW(evaluateGitHubCondition("github.ref == ", ctx), std::invalid_argument);
    EXPECT_THROW(evaluateGitHubCondition("nosuch(1)", ctx), std::invalid_argument);
}
