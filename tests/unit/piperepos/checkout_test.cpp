// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// Job checkouts compared, entry by entry, with `git archive <commit> | tar -x`
// of the same commit: contents, executable bits, symlinks, names with
// spaces, nested folders, a large file (streamed from a loose object, read
// whole from a pack). Symlinks leaving the folder are skipped with a
// warning; two threads check out two commits at once without sharing.
#include "repotestutil.h"

#include <thread>

using namespace OpsDeck::Pipelines;
using namespace OpsDeck::Pipelines::Test;

namespace {

/**
 * Our checkout against git's archive: every entry of the archive is in the
 * checkout unchanged, except \a skipped (links we refuse), and the checkout
 * holds nothing else but \a extra.
 */
void expectSameAsArchive(const GitRepo &git, const std::string &commit, const std::string &ours,
                         const std::set<std::string> &skipped, const std::set<std::string> &extra)
{
    const std::string theirs = ours + "-git-archive";
    gitArchive(git, commit, theirs);
    auto expected = treeOf(theirs);
    auto actual = treeOf(ours);
    for (const std::string &path : skipped) {
        EXPECT_TRUE(expected.count(path)) << "git has no " << path;
        EXPECT_FALSE(actual.count(path)) << path << " should have been skipped";
        expected.erase(path);
    }
    for (const std::string &path : extra) {
        EXPECT_TRUE(actual.count(path)) << path;
        actual.erase(path);
    }
    ASSERT_EQ(actual.size(), expected.size());
    for (const auto &[path, what] : expected) {
        ASSERT_TRUE(actual.count(path)) << "missing " << path;
        // Compare the kind and the first bytes (a mismatch in a 3 MB file would print it whole).
        EXPECT_EQ(actual[path].size(), what.size()) << path;
        EXPECT_TRUE(actual[path] == what) << path << ": " << actual[path].substr(0, 40) << " vs " << what.substr(0, 40);
    }
}

std::string metadataOf(const std::string &dir)
{
    return readFile(dir + "/.opsdeck-commit");
}

} // namespace

TEST(Checkout, WritesTheTreeAsGitArchiveDoes)
{
    TempDir tmp;
    GitRepo git(tmp.sub("src"));
    RichRepo rich(git);
    auto repo = openRepo(git.path());
    ASSERT_TRUE(repo);

    const std::string job = tmp.sub("jobs/1/src");
    CheckoutReport report;
    const RepoStatus status = repo->checkout("main", job, {}, &report);
    ASSERT_TRUE(status.ok()) << status.message;
    EXPECT_EQ(report.commitId, rich.merge);
    EXPECT_EQ(report.treeId, trimmed(git.git({"rev-parse", "main^{tree}"})));

    expectSameAsArchive(git, rich.merge, job, {"link-outside", "link-absolute"}, {".opsdeck-commit"});

    // Counts against git ls-tree of the same commit.
    std::size_t files = 0, links = 0;
    std::uint64_t bytes = 0;
    for (const std::string &line : splitLines(git.git({"ls-tree", "-r", "-l", rich.merge}))) {
        std::istringstream in(line);
        std::string mode, type, id, size;
        in >> mode >> type >> id >> size;
        if (mode == "120000")
            ++links;
        else if (type == "blob") {
            ++files;
            bytes += std::stoull(size);
        }
    }
    EXPECT_EQ(report.files, files);
    EXPECT_EQ(report.bytes, bytes);
    EXPECT_EQ(report.symlinks, links - 2);
    EXPECT_EQ(fs::file_size(job + "/big.bin"), RichRepo::kLargeSize);

    ASSERT_EQ(report.warnings.size(), 2u);
    std::string warnings = report.warnings[0] + "\n" + report.warnings[1];
    EXPECT_NE(warnings.find("'link-outside' -> '../../etc/passwd' points outside"), std::string::npos) << warnings;
    EXPECT_NE(warnings.find("'link-absolute' -> '/etc/passwd' points outside"), std::string::npos) << warnings;

    ASSERT_EQ(report.submodules.size(), 1u);
    EXPECT_EQ(report.submodules[0].first, "vendor/lib");
    EXPECT_EQ(report.submodules[0].second, rich.first);
    EXPECT_TRUE(fs::is_directory(job + "/vendor/lib"));
    EXPECT_TRUE(fs::is_empty(job + "/vendor/lib"));

    EXPECT_EQ(metadataOf(job), "commit=" + rich.merge + "\ntree=" + report.treeId + "\n");
    EXPECT_EQ(fs::status(job + "/run.sh").permissions() & fs::perms::all, fs::perms(0755));
    EXPECT_EQ(fs::status(job + "/README.md").permissions() & fs::perms::all, fs::perms(0644));
    EXPECT_FALSE(fs::exists(job + "/.git"));

    // The source's working tree and .git are as they were.
    EXPECT_EQ(trimmed(git.git({"status", "--porcelain"})), "");
}

TEST(Checkout, OlderCommitsAndTagsCheckOutTheirOwnTrees)
{
    TempDir tmp;
    GitRepo git(tmp.sub("src"));
    RichRepo rich(git);
    auto repo = openRepo(git.path());
    ASSERT_TRUE(repo);
    for (const std::string ref : {"v1.1", "feature/x"}) {
        const std::string job = tmp.sub(numbered("job-", std::hash<std::string>{}(ref)));
        CheckoutReport report;
        ASSERT_TRUE(repo->checkout(ref, job, {.metadataFile = ""}, &report).ok());
        expectSameAsArchive(git, git.revParse(ref), job, {"link-outside", "link-absolute"}, {});
        EXPECT_FALSE(fs::exists(job + "/docs"));
    }
}

TEST(Checkout, FromAPackedMirrorTheLargeFileIsWholeToo)
{
    TempDir tmp;
    GitRepo git(tmp.sub("src"));
    RichRepo rich(git);
    auto store = openStore(tmp.sub("store"));
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->add("mirror", git.path(), {.mode = AddOptions::Mode::Mirror}).ok());
    RepoStatus status;
    auto repo = store->repository("mirror", &status);
    ASSERT_TRUE(repo) << status.message;
    EXPECT_TRUE(repo->isBare());
    // A local clone copies loose objects as they are: pack them, as a
    // network clone or a gc would, so the large blob is read from a pack.
    git.git({"-C", repo->path(), "repack", "-adq"});
    const std::string counts = git.git({"-C", repo->path(), "count-objects", "-v"});
    ASSERT_EQ(counts.find("count: 0\n"), 0u) << counts;
    ASSERT_EQ(counts.find("\nin-pack: 0\n"), std::string::npos) << counts;
    const std::string job = tmp.sub("job");
    CheckoutReport report;
    ASSERT_TRUE(repo->checkout(rich.second, job, {}, &report).ok());
    expectSameAsArchive(git, rich.second, job, {"link-outside", "link-absolute"}, {".opsdeck-commit"});
}

TEST(Checkout, TwoThreadsCheckOutTwoCommitsAtOnce)
{
    TempDir tmp;
    GitRepo git(tmp.sub("src"));
    RichRepo rich(git);
    auto repo = openRepo(git.path());
    ASSERT_TRUE(repo);
    const std::vector<std::string> commits = {rich.first, rich.merge};
    constexpr int kRounds = 5;
    std::vector<RepoStatus> results(commits.size() * kRounds);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < commits.size(); ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < kRounds; ++round) {
                const std::string dir = tmp.sub(numbered(numbered("t", t) + "-", static_cast<std::uint64_t>(round)));
                results[t * kRounds + static_cast<std::size_t>(round)] = repo->checkout(commits[t], dir);
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (const RepoStatus &s : results)
        EXPECT_TRUE(s.ok()) << s.message;
    for (std::size_t t = 0; t < commits.size(); ++t) {
        for (int round = 0; round < kRounds; ++round) {
            const std::string dir = tmp.sub(numbered(numbered("t", t) + "-", static_cast<std::uint64_t>(round)));
            expectSameAsArchive(git, commits[t], dir, {"link-outside", "link-absolute"}, {".opsdeck-commit"});
            EXPECT_EQ(metadataOf(dir).substr(7, 40), commits[t]);
        }
    }
    // The first commit has no docs/, the merge has: the two never mixed.
    EXPECT_FALSE(fs::exists(tmp.sub("t0-0/docs")));
    EXPECT_TRUE(fs::exists(tmp.sub("t1-0/docs/guide.md")));
}

TEST(Checkout, RefusesAFolderThatIsNotEmpty)
{
    TempDir tmp;
    GitRepo git(tmp.sub("src"));
    git.write("a.txt", "a");
    git.commit("one");
    auto repo = openRepo(git.path());
    ASSERT_TRUE(repo);
    writeFile(tmp.sub("job/leftover.txt"), "from another job");
    const RepoStatus status = repo->checkout("main", tmp.sub("job"));
    EXPECT_EQ(status.code, RepoErrorCode::InvalidArgument);
    EXPECT_NE(status.message.find("not empty"), std::string::npos) << status.message;
    EXPECT_EQ(readFile(tmp.sub("job/leftover.txt")), "from another job");
    EXPECT_FALSE(fs::exists(tmp.sub("job/a.txt")));
    // An existing empty folder is fine.
    fs::create_directories(tmp.sub("empty"));
    EXPECT_TRUE(repo->checkout("main", tmp.sub("empty")).ok());
    EXPECT_EQ(readFile(tmp.sub("empty/a.txt")), "a");
}

TEST(Checkout, SymlinkChainsThatLeaveTheFolderAreRemoved)
{
    TempDir tmp;
    GitRepo git(tmp.sub("src"));
    git.write("file.txt", "inside");
    git.symlink("self", ".");               // inside on its own
    git.symlink("escape", "self/..");       // lexically ".", really the parent of the checkout
    git.symlink("deep/ok", "../file.txt");  // inside
    git.symlink("dangling", "missing/file"); // inside, points at nothing: kept
    const std::string id = git.commit("links");
    auto repo = openRepo(git.path());
    ASSERT_TRUE(repo);
    CheckoutReport report;
    ASSERT_TRUE(repo->checkout(id, tmp.sub("job"), {}, &report).ok());
    EXPECT_TRUE(fs::is_symlink(tmp.sub("job/self")));
    EXPECT_FALSE(fs::exists(fs::symlink_status(tmp.sub("job/escape"))));
    EXPECT_TRUE(fs::is_symlink(fs::symlink_status(tmp.sub("job/dangling"))));
    EXPECT_EQ(readFile(tmp.sub("job/deep/ok")), "inside");
    ASSERT_EQ(report.warnings.size(), 1u);
    EXPECT_NE(report.warnings[0].find("'escape'"), std::string::npos) << report.warnings[0];
    EXPECT_EQ(report.symlinks, 3u);
}

TEST(Checkout, TheTreesOwnMetadataFileWins)
{
    TempDir tmp;
    GitRepo git(tmp.sub("src"));
    git.write(".opsdeck-commit", "mine\n");
    git.commit("one");
    auto repo = openRepo(git.path());
    ASSERT_TRUE(repo);
    CheckoutReport report;
    ASSERT_TRUE(repo->checkout("main", tmp.sub("job"), {}, &report).ok());
    EXPECT_EQ(readFile(tmp.sub("job/.opsdeck-commit")), "mine\n");
    ASSERT_EQ(report.warnings.size(), 1u);
    EXPECT_NE(report.warnings[0].find(".opsdeck-commit"), std::string::npos);
    EXPECT_EQ(repo->checkout("main", tmp.sub("job2"), {.metadataFile = "../x"}).code, RepoErrorCode::InvalidArgument);
}
