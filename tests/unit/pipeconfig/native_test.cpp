// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// The native .opsdeck/pipeline.yml format as docs/pipeline-files.md describes it.
#include "pipeconfigtestutil.h"

#include <opsdeck/pipelines/pipelinereader.h>

#include <gtest/gtest.h>

using namespace OpsDeck::Pipelines;
using PipeTest::TempRepo;

TEST(NativeReader, TheDocumentedExampleReadsAsDocumented)
{
    TempRepo repo;
    repo.write(".opsdeck/pipeline.yml", R"(version: 1
stages: [build, test, deploy]
variables:
  APP: shop
jobs:
  build:
    stage: build
    script: [make]
    artifacts: {paths: [out/], expire_in: 7d}
    resource_class: medium
    timeout: 30m
    retry: {max: 2, when: [script_failure]}
  test:
    stage: test
    needs: [build]
    matrix:
      OS: [linux, mac]
      NODE: ["18", "20"]
    script: ./run-tests.sh
  deploy:
    stage: deploy
    when: manual
    branches: [main, "release/*"]
    environment: {name: production-$APP, url: https://shop.example.com}
    deploy:
      strategy: blue-green
      smoke_test: {url: "http://127.0.0.1:8080/health", timeout: 45s}
    script: ./deploy.sh
)");
    Plan plan = repo.read(".opsdeck/pipeline.yml");
    ASSERT_TRUE(plan.ok()) << planToText(plan);
    EXPECT_EQ(plan.format, PipelineFormat::Native);
    ASSERT_EQ(plan.jobs.size(), 6u);
    const JobPlan *build = plan.job("build");
    EXPECT_EQ(build->resourceClass, "medium");
    EXPECT_EQ(build->timeoutSeconds, 1800);
    EXPECT_EQ(build->retry.max, 2);
    EXPECT_EQ(build->artifactsExpireIn, "7d");
    EXPECT_NE(plan.job("test: [mac, 20]"), nullptr);
    const JobPlan *deploy = plan.job("deploy");
    EXPECT_EQ(deploy->when, When::Manual);
    EXPECT_EQ(deploy->environment->name, "production-shop");
    EXPECT_EQ(deploy->deploy.strategy, "blue-green");
    EXPECT_EQ(deploy->deploy.smokeTestUrl, "http://127.0.0.1:8080/health");
    EXPECT_EQ(deploy->deploy.smokeTestTimeoutSeconds, 45);
    EXPECT_EQ(deploy->resourceGroup, "environment:production-shop");

    EXPECT_EQ(repo.read(".opsdeck/pipeline.yml", {.branch = "release/3"}).job("deploy")->when, When::Manual);
    Plan feature = repo.read(".opsdeck/pipeline.yml", {.branch = "feature/x"});
    EXPECT_EQ(feature.job("deploy")->when, When::Never);
    EXPECT_EQ(feature.job("deploy")->whenReason, "branches: does not include feature/x");
}

TEST(NativeReader, EveryRuleBreaksWithItsPosition)
{
    TempRepo repo;
    repo.write(".opsdeck/pipeline.yml", R"(version: 2
stages: [build]
jobs:
  a:
    stage: nope
    script: x
    resource_class: huge
    timeout: soon
    retry: 9
    needs: [a, ghost]
  b:
    script: x
    deploy: {strategy: blue-green}
    whenn: manual
)");
    Plan plan = repo.read(".opsdeck/pipeline.yml");
    std::string text = planToText(plan);
    for (const char *expected : {
             ".opsdeck/pipeline.yml:1:10: version: 1 is required",
             ".opsdeck/pipeline.yml:5:12: job 'a': stage 'nope' is not in stages",
             ".opsdeck/pipeline.yml:7:21: job 'a': resource_class must be small, medium or large, not 'huge'",
             ".opsdeck/pipeline.yml:8:14: job 'a': timeout 'soon' is not a duration",
             ".opsdeck/pipeline.yml:9:12: job 'a': retry must be a number from 0 to 5",
             "job 'a' needs itself",
             "job 'a' needs 'ghost', which is not defined",
             ".opsdeck/pipeline.yml:13:13: job 'b': deploy needs an environment",
             "job 'b': a blue-green deploy needs smoke_test.url or smoke_test.command",
             ".opsdeck/pipeline.yml:14:5: warning: unknown key 'whenn' in job 'b'"})
        EXPECT_NE(text.find(expected), std::string::npos) << "missing: " << expected << "\nin:\n" << text;
}

TEST(NativeReader, FormatFollowsThePath)
{
    TempRepo repo;
    repo.write(".opsdeck/pipeline.yml", "version: 1\njobs:\n  a:\n    script: x\n");
    repo.write("ci/workflow.yml", "on: push\njobs:\n  a:\n    runs-on: x\n    steps: [{run: x}]\n");
    repo.write(".gitlab-ci.yml", "a:\n  script: x\n");
    EXPECT_EQ(repo.read(".opsdeck/pipeline.yml").format, PipelineFormat::Native);
    EXPECT_EQ(repo.read("ci/workflow.yml").format, PipelineFormat::GitHub);
    EXPECT_EQ(repo.read(".gitlab-ci.yml").format, PipelineFormat::GitLab);
    Plan missing = repo.read("nothing.yml");
    EXPECT_FALSE(missing.ok());
}

TEST(FolderFiles, GlobsCoverDotFoldersAndDoubleStars)
{
    TempRepo repo;
    repo.write(".gitlab/ci/a.yml", "").write(".gitlab/ci/deep/b.yml", "").write("x.yaml", "");
    OpsDeck::Pipelines::FolderFiles files(repo.root());
    EXPECT_EQ(files.list(".gitlab/ci/*.yml"), std::vector<std::string>{".gitlab/ci/a.yml"});
    EXPECT_EQ(files.list("**/*.yml"), (std::vector<std::string>{".gitlab/ci/a.yml", ".gitlab/ci/deep/b.yml"}));
    EXPECT_EQ(files.list("/x.{yml,yaml}"), std::vector<std::string>{"x.yaml"});
    EXPECT_FALSE(files.read("../etc/passwd").has_value());
    EXPECT_TRUE(globMatch("release/*", "release/1"));
    EXPECT_FALSE(globMatch("release/*", "release/1/2"));
    EXPECT_TRUE(globMatch("release/**", "release/1/2"));
    EXPECT_TRUE(globMatch("v[0-9]*", "v1.2"));
}
