// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// Every CI file of the shared corpus (../shared/data/ci), dot-folders, the
// _testsuites and the path with spaces included, is read without a crash
// or a hang: each gives a plan or errors that say file:line:column.
#include "pipeconfigtestutil.h"

#include <opsdeck/pipelines/pipelinereader.h>

#include <gtest/gtest.h>

#include <chrono>

using namespace OpsDeck::Pipelines;
namespace fs = std::filesystem;

namespace {

// The repository a corpus file belongs to: the nearest folder above it with
// a .gitlab-ci.yml or a .github folder, so include:local paths resolve.
fs::path repositoryRoot(const fs::path &file, const fs::path &setRoot)
{
    for (fs::path dir = file.parent_path(); dir.string().size() >= setRoot.string().size(); dir = dir.parent_path()) {
        if (fs::exists(dir / ".gitlab-ci.yml") || fs::is_directory(dir / ".github"))
            return dir;
        if (dir == dir.parent_path())
            break;
    }
    return file.parent_path();
}

void walkSet(const std::string &set, PipelineFormat format, int &files, int &withPlan, int &withErrors,
             double &slowestMs, std::string &slowest)
{
    const fs::path root = PipeTest::ciDataDir() / set;
    ASSERT_TRUE(fs::is_directory(root)) << root << " is missing: the shared test data is needed";
    for (auto it = fs::recursive_directory_iterator(root); it != fs::recursive_directory_iterator(); ++it) {
        const fs::path &p = it->path();
        if (!it->is_regular_file() || (p.extension() != ".yml" && p.extension() != ".yaml"))
            continue;
        const fs::path repo = repositoryRoot(p, root);
        const std::string rel = p.lexically_relative(repo).generic_string();
        FolderFiles folder(repo);
        auto start = std::chrono::steady_clock::now();
        Plan plan = readPipeline(folder, rel, {.branch = "main"}, format);
        const std::string json = planToJson(plan); // the JSON path must not throw either
        double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        if (ms > slowestMs) {
            slowestMs = ms;
            slowest = p.lexically_relative(root).generic_string();
        }
        ++files;
        EXPECT_FALSE(json.empty());
        if (plan.ok()) {
            ++withPlan;
            EXPECT_TRUE(!plan.jobs.empty() || !plan.unresolved.empty() || !plan.pipelineRuns)
                << p << ": a plan without jobs, unresolved parts or a reason";
        } else {
            ++withErrors;
            for (const Diagnostic &d : plan.errors) {
                EXPECT_FALSE(d.where.file.empty()) << p << ": " << d.message;
                EXPECT_GT(d.where.line, 0) << p << ": error without a line: " << d.toString();
                EXPECT_GT(d.where.column, 0) << p << ": error without a column: " << d.toString();
            }
        }
        for (const Diagnostic &w : plan.warnings)
            EXPECT_GT(w.where.line, 0) << p << ": warning without a line: " << w.toString();
        EXPECT_LT(ms, 5000.0) << p << " took " << ms << " ms";
    }
}

} // namespace

TEST(PipelineCorpus, EveryGitLabFileGivesAPlanOrPositionedErrors)
{
    int files = 0, ok = 0, bad = 0;
    double slowestMs = 0;
    std::string slowest;
    walkSet("gitlab", PipelineFormat::GitLab, files, ok, bad, slowestMs, slowest);
    EXPECT_GE(files, 360) << "the corpus shrank: dot-folders or _testsuites were skipped?";
    std::cout << "gitlab corpus: " << files << " files, " << ok << " plans, " << bad
              << " with positioned errors; slowest " << slowestMs << " ms (" << slowest << ")\n";
}

TEST(PipelineCorpus, EveryGitHubFileGivesAPlanOrPositionedErrors)
{
    int files = 0, ok = 0, bad = 0;
    double slowestMs = 0;
    std::string slowest;
    walkSet("github-actions", PipelineFormat::GitHub, files, ok, bad, slowestMs, slowest);
    EXPECT_GE(files, 260) << "the corpus shrank: dot-folders or _testsuites were skipped?";
    std::cout << "github corpus: " << files << " files, " << ok << " plans, " << bad
              << " with positioned errors; slowest " << slowestMs << " ms (" << slowest << ")\n";
}

TEST(PipelineCorpus, ThePathWithSpacesIsRead)
{
    const fs::path repo = PipeTest::ciDataDir() / "github-actions/_testsuites/nektos__act/pkg/runner/testdata";
    FolderFiles folder(repo);
    Plan plan = readPipeline(folder, "dir with spaces/push.yml", {.branch = "main"}, PipelineFormat::GitHub);
    ASSERT_TRUE(plan.ok()) << planToText(plan);
    EXPECT_FALSE(plan.jobs.empty());
    EXPECT_EQ(folder.list("dir with spaces/*.yml").size(), 1u);
}
