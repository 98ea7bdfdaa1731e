// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// The GitLab subset through readPipeline on real files in a temporary folder.
#include "pipeconfigtestutil.h"

#include <opsdeck/pipelines/pipelinereader.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace OpsDeck::Pipelines;
using PipeTest::TempRepo;

namespace {

std::vector<std::string> names(const Plan &plan)
{
    std::vector<std::string> out;
    for (const JobPlan &j : plan.jobs)
        out.push_back(j.name);
    return out;
}

} // namespace

TEST(GitLabReader, InvalidYamlSaysFileLineAndColumn)
{
    TempRepo repo;
    repo.write(".gitlab-ci.yml", "build:\n  script:\n    - make\n  stage: [unclosed\n");
    Plan plan = repo.read(".gitlab-ci.yml");
    ASSERT_FALSE(plan.ok());
    EXPECT_EQ(plan.errors[0].where.file, ".gitlab-ci.yml");
    EXPECT_GE(plan.errors[0].where.line, 4);
    EXPECT_GT(plan.errors[0].where.column, 0);
    EXPECT_NE(plan.errors[0].message.find("invalid YAML"), std::string::npos) << plan.errors[0].message;
    EXPECT_EQ(planToText(plan).rfind(".gitlab-ci.yml:", 0), 0u) << planToText(plan);
}

TEST(GitLabReader, UnknownKeysAreWarningsWithTheirLine)
{
    TempRepo repo;
    repo.write(".gitlab-ci.yml", "lint:\n  script: make lint\n  tgas: [docker]\n");
    Plan plan = repo.read(".gitlab-ci.yml");
    ASSERT_TRUE(plan.ok()) << planToText(plan);
    ASSERT_EQ(plan.warnings.size(), 1u);
    EXPECT_EQ(plan.warnings[0].where.line, 3);
    EXPECT_EQ(plan.warnings[0].where.column, 3);
    EXPECT_NE(plan.warnings[0].message.find("tgas"), std::string::npos);
}

TEST(GitLabReader, ExtendsMergesDeeplyOverSeveralLevelsAndHiddenJobsDoNotRun)
{
    TempRepo repo;
    repo.write(".gitlab-ci.yml", R"(
.base:
  variables: {A: base, B: base}
  script: [echo base]
  retry: {max: 2, when: [runner_system_failure]}
.middle:
  extends: .base
  variables: {B: middle}
  timeout: 1h 30m
job:
  extends: [.middle]
  variables: {C: job}
)");
    Plan plan = repo.read(".gitlab-ci.yml");
    ASSERT_TRUE(plan.ok()) << planToText(plan);
    ASSERT_EQ(names(plan), std::vector<std::string>{"job"});
    const JobPlan &job = plan.jobs[0];
    auto var = [&](const std::string &k) {
        for (const auto &[n, v] : job.variables)
            if (n == k)
                return v;
        return std::string("<unset>");
    };
    EXPECT_EQ(var("A"), "base");
    EXPECT_EQ(var("B"), "middle");
    EXPECT_EQ(var("C"), "job");
    EXPECT_EQ(job.script, std::vector<std::string>{"echo base"});
    EXPECT_EQ(job.timeoutSeconds, 5400);
    EXPECT_EQ(job.retry.max, 2);
    EXPECT_EQ(job.retry.when, std::vector<std::string>{"runner_system_failure"});
}

TEST(GitLabReader, ExtendsCycleIsAnErrorNotAHang)
{
    TempRepo repo;
    repo.write(".gitlab-ci.yml", ".a:\n  extends: .b\n  script: x\n.b:\n  extends: .a\njob:\n  extends: .a\n");
    Plan plan = repo.read(".gitlab-ci.yml");
    EXPECT_FALSE(plan.ok());
}

TEST(GitLabReader, ReferenceSplicesListsAndIndexes)
{
    TempRepo repo;
    repo.write(".gitlab-ci.yml", R"(
.setup:
  script: [apt-get update, apt-get install -y make]
  services: [postgres, redis]
job:
  script:
    - !reference [.setup, script]
    - make
  variables:
    FIRST: !reference [.setup, services, 0]
)");
    Plan plan = repo.read(".gitlab-ci.yml");
    ASSERT_TRUE(plan.ok()) << planToText(plan);
    EXPECT_EQ(plan.jobs[0].script, (std::vector<std::string>{"apt-get update", "apt-get install -y make", "make"}));
    EXPECT_EQ(plan.jobs[0].variables[0], (std::pair<std::string, std::string>{"FIRST", "postgres"}));
}

TEST(GitLabReader, MissingReferenceIsAPositionedError)
{
    TempRepo repo;
    repo.write(".gitlab-ci.yml", "job:\n  script:\n    - !reference [.nope, script]\n");
    Plan plan = repo.read(".gitlab-ci.yml");
    ASSERT_FALSE(plan.ok());
    EXPECT_EQ(plan.errors[0].where.line, 3);
    EXPECT_NE(plan.errors[0].message.find(".nope"), std::string::npos);
}

TEST(GitLabReader, LocalIncludesWithGlobsAndInputs)
{
    TempRepo repo;
    repo.write(".gitlab-ci.yml", R"(
include:
  - local: /ci/*.yml
  - local: templates/deploy.yml
    inputs:
      env: staging
  - project: other/group
    file: x.yml
  - remote: https://example.com/ci.yml
stages: [build, deploy]
)");
    repo.write("ci/a.yml", "build-a:\n  stage: build\n  script: make a\n");
    repo.write("ci/b.yml", "build-b:\n  stage: build\n  script: make b\n");
    repo.write("templates/deploy.yml", R"(spec:
  inputs:
    env:
    region:
      default: eu
---
deploy-$[[ inputs.env ]]:
  stage: deploy
  script: ./deploy $[[ inputs.env ]] $[[ inputs.region ]]
)");
    Plan plan = repo.read(".gitlab-ci.yml");
    ASSERT_TRUE(plan.ok()) << planToText(plan);
    EXPECT_EQ(names(plan), (std::vector<std::string>{"build-a", "build-b", "deploy-staging"}));
    EXPECT_EQ(plan.job("deploy-staging")->script, std::vector<std::string>{"./deploy staging eu"});
    ASSERT_EQ(plan.unresolved.size(), 2u);
    EXPECT_EQ(plan.unresolved[0].what, "include:project other/group (x.yml)");
    EXPECT_EQ(plan.unresolved[1].what, "include:remote https://example.com/ci.yml");
}

TEST(GitLabReader, IncludeOfAMissingFileIsAnError)
{
    TempRepo repo;
    repo.write(".gitlab-ci.yml", "include: ci/missing.yml\njob:\n  script: x\n");
    Plan plan = repo.read(".gitlab-ci.yml");
    ASSERT_FALSE(plan.ok());
    EXPECT_EQ(plan.errors[0].where.line, 1);
    EXPECT_NE(plan.errors[0].message.find("ci/missing.yml"), std::string::npos);
}

TEST(GitLabReader, InputWithoutDefaultOrValueIsAnError)
{
    TempRepo repo;
    repo.write(".gitlab-ci.yml", "spec:\n  inputs:\n    env:\n---\njob:\n  script: echo $[[ inputs.env ]]\n");
    EXPECT_FALSE(repo.read(".gitlab-ci.yml").ok());
}

TEST(GitLabReader, ParallelMatrixNamesJobsAsGitLabDoes)
{
    TempRepo repo;
    repo.write(".gitlab-ci.yml", R"(
build:
  script: make
  parallel:
    matrix:
      - OS: [linux, windows]
        ARCH: amd64
      - OS: mac
        ARCH: [arm64]
shard:
  script: test
  parallel: 3
)");
    Plan plan = repo.read(".gitlab-ci.yml");
    ASSERT_TRUE(plan.ok()) << planToText(plan);
    EXPECT_EQ(names(plan), (std::vector<std::string>{"build: [linux, amd64]", "build: [windows, amd64]",
                                                     "build: [mac, arm64]", "shard 1/3", "shard 2/3", "shard 3/3"}));
    EXPECT_EQ(plan.jobs[1].matrix, (std::vector<std::pair<std::string, std::string>>{{"OS", "windows"}, {"ARCH", "amd64"}}));
}

TEST(GitLabReader, RulesDecideWhenAndAllowFailure)
{
    TempRepo repo;
    repo.write(".gitlab-ci.yml", R"(
variables:
  DEPLOY_BRANCH: main
only-main:
  script: x
  rules:
    - if: '$CI_COMMIT_BRANCH == $DEPLOY_BRANCH && ($CI_PIPELINE_SOURCE == "push" || $FORCE)'
      when: manual
      allow_failure: true
release:
  script: x
  rules:
    - if: $CI_COMMIT_TAG =~ /^v\d+\.\d+/
mr-only:
  script: x
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
    - if: $CI_COMMIT_BRANCH !~ /^feature\//i
      when: never
    - when: always
has-docs:
  script: x
  rules:
    - exists: [docs/**/*.md]
)");
    repo.write("docs/guide/intro.md", "# hi\n");
    Plan onMain = repo.read(".gitlab-ci.yml", {.branch = "main"});
    ASSERT_TRUE(onMain.ok()) << planToText(onMain);
    EXPECT_EQ(onMain.job("only-main")->when, When::Manual);
    EXPECT_TRUE(onMain.job("only-main")->allowFailure);
    EXPECT_EQ(onMain.job("release")->when, When::Never);
    EXPECT_EQ(onMain.job("release")->whenReason, "rules: no rule matched");
    EXPECT_EQ(onMain.job("mr-only")->when, When::Never);
    EXPECT_EQ(onMain.job("has-docs")->when, When::OnSuccess);

    Plan feature = repo.read(".gitlab-ci.yml", {.branch = "Feature/x"});
    EXPECT_EQ(feature.job("only-main")->when, When::Never);
    EXPECT_EQ(feature.job("mr-only")->when, When::Always);

    Plan tag = repo.read(".gitlab-ci.yml", {.tag = "v1.2.0"});
    EXPECT_EQ(tag.job("release")->when, When::OnSuccess);

    Plan mr = repo.read(".gitlab-ci.yml", {.branch = "x", .source = "merge_request_event"});
    EXPECT_EQ(mr.job("mr-only")->when, When::OnSuccess);

    PipelineContext forced{.branch = "main", .source = "web"};
    forced.variables["FORCE"] = "1";
    EXPECT_EQ(repo.read(".gitlab-ci.yml", forced).job("only-main")->when, When::Manual);
    EXPECT_EQ(repo.read(".gitlab-ci.yml", {.branch = "main", .source = "web"}).job("only-main")->when, When::Never);
}

TEST(GitLabReader, RulesChangesUseTheChangedFilesWhenGiven)
{
    TempRepo repo;
    repo.write(".gitlab-ci.yml", "docs:\n  script: x\n  rules:\n    - changes: [docs/**/*]\n");
    EXPECT_EQ(repo.read(".gitlab-ci.yml").job("docs")->when, When::OnSuccess); // no diff: run
    PipelineContext ctx{.branch = "main"};
    ctx.changedFiles = std::vector<std::string>{"src/main.cpp"};
    EXPECT_EQ(repo.read(".gitlab-ci.yml", ctx).job("docs")->when, When::Never);
    ctx.changedFiles = std::vector<std::string>{"docs/a/b.md"};
    EXPECT_EQ(repo.read(".gitlab-ci.yml", ctx).job("docs")->when, When::OnSuccess);
}

TEST(GitLabReader, OnlyAndExceptOnRefsAndVariables)
{
    TempRepo repo;
    repo.write(".gitlab-ci.yml", R"(
tags-only:
  script: x
  only: [tags]
not-on-main:
  script: x
  except: [main]
release-branches:
  script: x
  only:
    refs: [/^release-.*$/]
    variables: [$RELEASE == "yes"]
default:
  image: alpine
plain:
  script: x
)");
    PipelineContext ctx{.branch = "release-1"};
    ctx.variables["RELEASE"] = "yes";
    Plan plan = repo.read(".gitlab-ci.yml", ctx);
    ASSERT_TRUE(plan.ok()) << planToText(plan);
    EXPECT_EQ(plan.job("tags-only")->when, When::Never);
    EXPECT_EQ(plan.job("not-on-main")->when, When::OnSuccess);
    EXPECT_EQ(plan.job("release-branches")->when, When::OnSuccess);
    EXPECT_EQ(plan.job("plain")->image, "alpine");
    Plan main = repo.read(".gitlab-ci.yml", {.branch = "main"});
    EXPECT_EQ(main.job("not-on-main")->when, When::Never);
    EXPECT_EQ(main.job("release-branches")->when, When::Never);
    // The default only: [branches, tags] leaves merge request pipelines out.
    EXPECT_EQ(repo.read(".gitlab-ci.yml", {.branch = "x", .source = "merge_request_event"}).job("plain")->when, When::Never);
}

TEST(GitLabReader, WorkflowRulesCanStopThePipeline)
{
    TempRepo repo;
    repo.write(".gitlab-ci.yml", R"(
workflow:
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
      variables: {TARGET: prod}
job:
  script: x
  environment:
    name: $TARGET
)");
    Plan main = repo.read(".gitlab-ci.yml", {.branch = "main"});
    ASSERT_TRUE(main.ok()) << planToText(main);
    EXPECT_TRUE(main.pipelineRuns);
    EXPECT_EQ(main.jobs[0].environment->name, "prod");
    Plan other = repo.read(".gitlab-ci.yml", {.branch = "dev"});
    EXPECT_FALSE(other.pipelineRuns);
    EXPECT_EQ(other.jobs[0].when, When::Never);
    EXPECT_EQ(other.jobs[0].whenReason, "workflow:rules: no rule matched");
}

TEST(GitLabReader, NeedsAllowFailureTimeoutArtifactsEnvironment)
{
    TempRepo repo;
    repo.write(".gitlab-ci.yml", R"(
stages: [build, deploy]
variables:
  HOST: example.com
  URL: https://${HOST}/app
build:
  stage: build
  script: make
  artifacts: {paths: [out/], expire_in: 1 week}
  allow_failure: {exit_codes: [3, 4]}
deploy:
  stage: deploy
  script: ./deploy
  needs: [build, {job: lint, optional: true, artifacts: false}]
  when: manual
  timeout: 2 hours
  resource_group: prod
  environment: {name: production, url: $URL, action: start}
)");
    Plan plan = repo.read(".gitlab-ci.yml");
    ASSERT_TRUE(plan.ok()) << planToText(plan);
    const JobPlan *build = plan.job("build");
    EXPECT_TRUE(build->allowFailure);
    EXPECT_EQ(build->allowFailureExitCodes, (std::vector<int>{3, 4}));
    EXPECT_EQ(build->artifactPaths, std::vector<std::string>{"out/"});
    EXPECT_EQ(build->artifactsExpireIn, "1 week");
    EXPECT_FALSE(build->needs.has_value());
    const JobPlan *deploy = plan.job("deploy");
    EXPECT_EQ(deploy->when, When::Manual);
    EXPECT_TRUE(deploy->allowFailure); // manual jobs may fail by default
    ASSERT_TRUE(deploy->needs);
    ASSERT_EQ(deploy->needs->size(), 2u);
    EXPECT_TRUE((*deploy->needs)[1].optional);
    EXPECT_FALSE((*deploy->needs)[1].artifacts);
    EXPECT_EQ(deploy->timeoutSeconds, 7200);
    EXPECT_EQ(deploy->resourceGroup, "prod");
    EXPECT_EQ(deploy->environment->url, "https://example.com/app");
}

TEST(GitLabReader, InvalidReferencesBetweenJobsAreErrors)
{
    TempRepo repo;
    repo.write(".gitlab-ci.yml", R"(
stages: [build, test]
a:
  stage: build
  script: x
  needs: [b]
b:
  stage: test
  script: x
c:
  stage: nope
  script: x
d:
  script: x
  needs: [ghost]
e:
  when: never
  script: x
)");
    Plan plan = repo.read(".gitlab-ci.yml");
    std::string text = planToText(plan);
    EXPECT_NE(text.find("needs 'b', which is in a later stage"), std::string::npos) << text;
    EXPECT_NE(text.find("stage 'nope' is not in stages"), std::string::npos) << text;
    EXPECT_NE(text.find("needs 'ghost', which is not defined"), std::string::npos) << text;
    EXPECT_NE(text.find("when: never can only be used in rules"), std::string::npos) << text;
}

TEST(GitLabReader, YamlMergeKeysAreApplied)
{
    TempRepo repo;
    repo.write(".gitlab-ci.yml", ".common: &common\n  stage: build\n  script: [make]\njob:\n  <<: *common\n  stage: test\n");
    Plan plan = repo.read(".gitlab-ci.yml");
    ASSERT_TRUE(plan.ok()) << planToText(plan);
    EXPECT_EQ(plan.jobs[0].stage, "test");
    EXPECT_EQ(plan.jobs[0].script, std::vector<std::string>{"make"});
}

TEST(GitLabReader, ImagesAndServicesAreReportedAsUnresolved)
{
    TempRepo repo;
    repo.write(".gitlab-ci.yml", "job:\n  image: debian:12\n  services: [postgres:16]\n  script: x\n");
    Plan plan = repo.read(".gitlab-ci.yml");
    ASSERT_EQ(plan.unresolved.size(), 2u);
    EXPECT_EQ(plan.unresolved[0].what, "image: debian:12");
    EXPECT_EQ(plan.unresolved[0].job, "job");
    EXPECT_EQ(plan.unresolved[1].where.line, 3);
}

TEST(GitLabReader, ValidateJsonListsJobsAfterMatrixExpansion)
{
    TempRepo repo;
    repo.write(".gitlab-ci.yml", "t:\n  script: x\n  parallel:\n    matrix:\n      - V: [a, b]\n  needs: []\n  foo: 1\n");
    auto json = nlohmann::json::parse(planToJson(repo.read(".gitlab-ci.yml")));
    ASSERT_EQ(json["jobs"].size(), 2u);
    EXPECT_EQ(json["jobs"][1]["name"], "t: [b]");
    EXPECT_EQ(json["jobs"][1]["stage"], "test");
    EXPECT_EQ(json["jobs"][1]["when"], "on_success");
    EXPECT_EQ(json["jobs"][1]["allow_failure"], false);
    EXPECT_TRUE(json["jobs"][1]["needs"].is_array());
    EXPECT_EQ(json["warnings"].size(), 1u);
    EXPECT_EQ(json["warnings"][0]["line"], 7);
    EXPECT_TRUE(json["unresolved"].is_array());
    EXPECT_TRUE(json["valid"].get<bool>());
}

TEST(GitLabCondition, OperatorsAndPrecedence)
{
    std::map<std::string, std::string> v{{"A", "1"}, {"B", "x"}, {"EMPTY", ""}, {"RE", "/^x$/"}};
    EXPECT_TRUE(evaluateGitLabCondition("$A == '1'", v));
    EXPECT_TRUE(evaluateGitLabCondition("$A", v));
    EXPECT_FALSE(evaluateGitLabCondition("$EMPTY", v));
    EXPECT_FALSE(evaluateGitLabCondition("$MISSING", v));
    EXPECT_TRUE(evaluateGitLabCondition("$MISSING == null", v));
    EXPECT_FALSE(evaluateGitLabCondition("$EMPTY == null", v));
    EXPECT_TRUE(evaluateGitLabCondition("$B =~ $RE", v));
    EXPECT_TRUE(evaluateGitLabCondition("$MISSING !~ /x/", v));
    EXPECT_TRUE(evaluateGitLabCondition("$A == '2' || $B == 'x' && $A == '1'", v));
    EXPECT_FALSE(evaluateGitLabCondition("($A == '2' || $B == 'x') && $A == '3'", v));
    EXPECT_TRUE(evaluateGitLabCondition("${B} =~ /X/i", v));
    EXPECT_THROW(evaluateGitLabCondition("$A == ", v), std::invalid_argument);
    EXPECT_THROW(evaluateGitLabCondition("($A", v), std::invalid_argument);
}

TEST(GitLabReader, VariablesExpandIntoEachOtherBeforeRulesAndDollarDollarIsLiteral)
{
    TempRepo repo;
    repo.write(".gitlab-ci.yml", R"(
variables:
  BASE: re
  FULL: ${BASE}lease
  LIT: $$HOME
job:
  variables:
    SELF: x$SELF
  script: x
  rules:
    - if: $FULL == "release" && $LIT == '$HOME' && $SELF == "x"
)");
    Plan plan = repo.read(".gitlab-ci.yml");
    ASSERT_TRUE(plan.ok()) << planToText(plan);
    EXPECT_EQ(plan.jobs[0].when, When::OnSuccess) << plan.jobs[0].whenReason;
}
