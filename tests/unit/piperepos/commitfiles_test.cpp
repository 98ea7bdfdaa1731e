// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// The pipeline reader over a commit's tree: the file and its local
// includes are read at the commit being built, not from the working tree;
// and every GitLab file of the shared corpus (../shared/data/ci/gitlab),
// committed whole, reads to the same plan as from its folder.
#include "repotestutil.h"

#include "testsupport.h"

#include <algorithm>

using namespace OpsDeck::Pipelines;
using namespace OpsDeck::Pipelines::Test;

namespace {

std::vector<std::string> jobNames(const Plan &plan)
{
    std::vector<std::string> names;
    for (const JobPlan &job : plan.jobs)
        names.push_back(job.name + "@" + job.stage);
    return names;
}

} // namespace

TEST(CommitFiles, PipelineIsReadAtTheCommitWithItsIncludes)
{
    TempDir tmp;
    GitRepo git(tmp.sub("src"));
    git.write(".gitlab-ci.yml", "stages: [build, test]\ninclude:\n  - local: ci/test.yml\n"
                                "build:\n  stage: build\n  script: make\n");
    git.write("ci/test.yml", "unit:\n  stage: test\n  script: make check\n");
    git.write("ci/lint.yml", "lint:\n  stage: test\n  script: make lint\n");
    const std::string first = git.commit("pipeline v1");
    git.write("ci/test.yml", "unit:\n  stage: test\n  script: make check\nintegration:\n  stage: test\n"
                             "  script: make it\n");
    const std::string second = git.commit("pipeline v2");
    // The working tree moves on without a commit: never what a pipeline reads.
    git.write("ci/test.yml", "broken: [\n");

    auto repo = openRepo(git.path());
    ASSERT_TRUE(repo);
    for (const std::string &commit : {first, second}) {
        RepoStatus status;
        auto files = repo->files(commit, &status);
        ASSERT_TRUE(files) << status.message;
        EXPECT_EQ(files->commitId(), commit);
        const Plan plan = readPipeline(*files, ".gitlab-ci.yml", {.branch = "main"});
        EXPECT_TRUE(plan.ok()) << planToText(plan);

        const std::string dir = tmp.sub("archive-" + commit.substr(0, 8));
        gitArchive(git, commit, dir);
        FolderFiles folder(dir);
        const Plan expected = readPipeline(folder, ".gitlab-ci.yml", {.branch = "main"});
        EXPECT_EQ(jobNames(plan), jobNames(expected));
        EXPECT_EQ(planToJson(plan), planToJson(expected));
        EXPECT_EQ(files->list("ci/*.yml"), folder.list("ci/*.yml"));
        EXPECT_EQ(files->list("**"), folder.list("**"));
    }
    auto files = repo->files(first, nullptr);
    ASSERT_TRUE(files);
    // The first commit's include had one job; the second's two.
    const Plan v1 = readPipeline(*files, ".gitlab-ci.yml", {.branch = "main"});
    auto names = jobNames(v1);
    std::sort(names.begin(), names.end());
    EXPECT_EQ(names, (std::vector<std::string>{"build@build", "unit@test"}));
    EXPECT_EQ(readPipeline(*repo->files(second, nullptr), ".gitlab-ci.yml", {.branch = "main"}).jobs.size(), 3u);

    EXPECT_FALSE(files->read("missing.txt"));
    EXPECT_FALSE(files->read("ci")); // a folder is not a file
    EXPECT_EQ(files->read("./ci/lint.yml"), std::optional<std::string>("lint:\n  stage: test\n  script: make lint\n"));
    RepoStatus status;
    EXPECT_FALSE(repo->files("no-such-ref", &status));
    EXPECT_EQ(status.code, RepoErrorCode::RefNotFound);
}

TEST(CommitFiles, SymlinksAreFollowedInsideTheCommitOnly)
{
    TempDir tmp;
    GitRepo git(tmp.sub("src"));
    git.write("ci/real.yml", "job:\n  script: x\n");
    git.symlink(".gitlab-ci.yml", "ci/real.yml");
    git.symlink("ci/up.yml", "../ci/real.yml");
    git.symlink("escape.yml", "../outside.yml");
    writeFile(tmp.sub("outside.yml"), "secret\n");
    const std::string id = git.commit("links");
    auto repo = openRepo(git.path());
    ASSERT_TRUE(repo);
    auto files = repo->files(id, nullptr);
    ASSERT_TRUE(files);
    EXPECT_EQ(files->read(".gitlab-ci.yml"), std::optional<std::string>("job:\n  script: x\n"));
    EXPECT_EQ(files->read("ci/up.yml"), std::optional<std::string>("job:\n  script: x\n"));
    EXPECT_FALSE(files->read("escape.yml"));
}

TEST(CommitFiles, EveryGitLabCorpusFileReadsAsFromItsFolder)
{
    const fs::path corpus = fs::path(OpsDeck::Test::sharedDataDir().toStdString()) / "ci" / "gitlab";
    ASSERT_TRUE(fs::is_directory(corpus)) << corpus;
    TempDir tmp;
    GitRepo git(tmp.sub("corpus"));
    std::vector<std::string> cases;
    for (const auto &entry : fs::directory_iterator(corpus)) {
        if (!entry.is_directory())
            continue;
        cases.push_back(entry.path().filename().string());
        for (const auto &file : fs::recursive_directory_iterator(entry.path())) {
            if (file.is_regular_file())
                git.write(cases.back() + "/" + file.path().lexically_relative(entry.path()).string(),
                          readFile(file.path().string()));
        }
    }
    ASSERT_GE(cases.size(), 10u);
    const std::string id = git.commit("the corpus");
    auto repo = openRepo(git.path());
    ASSERT_TRUE(repo);
    std::size_t jobs = 0;
    for (const std::string &name : cases) {
        // Each case is its own repository root: a subtree of the commit.
        auto files = repo->files(id, nullptr);
        ASSERT_TRUE(files);
        struct Sub final : IRepositoryFiles
        {
            const CommitFiles &all;
            std::string prefix;
            Sub(const CommitFiles &f, std::string p) : all(f), prefix(std::move(p)) {}
            std::optional<std::string> read(const std::string &path) const override { return all.read(prefix + path); }
            std::vector<std::string> list(const std::string &glob) const override
            {
                std::vector<std::string> out;
                for (const std::string &p : all.list(prefix + glob))
                    out.push_back(p.substr(prefix.size()));
                return out;
            }
        } sub(*files, name + "/");
        FolderFiles folder(corpus / name);
        const Plan ours = readPipeline(sub, ".gitlab-ci.yml", {.branch = "main"});
        const Plan theirs = readPipeline(folder, ".gitlab-ci.yml", {.branch = "main"});
        EXPECT_EQ(planToJson(ours), planToJson(theirs)) << name;
        jobs += ours.jobs.size();
    }
    EXPECT_GT(jobs, 100u);
}
