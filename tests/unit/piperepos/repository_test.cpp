// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// Branches, tags, history, ref resolution and changed files of a real
// repository, each compared with what the git command says about it; and
// the failures: a missing folder, a folder that is no repository, a
// damaged HEAD, a branch whose commit is gone, a ref that does not exist.
#include "repotestutil.h"

#include <set>

using namespace OpsDeck::Pipelines;
using namespace OpsDeck::Pipelines::Test;

namespace {

struct RepoFixture : ::testing::Test
{
    TempDir tmp;
    GitRepo git{tmp.sub("src")};
    RichRepo rich{git};
};

/** git for-each-ref: full name -> (peeled commit, annotated?). */
std::map<std::string, std::pair<std::string, bool>> gitRefs(const GitRepo &git, const std::string &prefix)
{
    std::map<std::string, std::pair<std::string, bool>> out;
    const std::string text = git.git({"for-each-ref", "--format=%(refname) %(objecttype) %(objectname) %(*objectname)",
                                      prefix});
    for (const std::string &line : splitLines(text)) {
        std::istringstream in(line);
        std::string name, type, id, peeled;
        in >> name >> type >> id >> peeled;
        out[name] = {peeled.empty() ? id : peeled, type == "tag"};
    }
    return out;
}

} // namespace

TEST_F(RepoFixture, BranchesAndTagsAgreeWithGitForEachRef)
{
    auto repo = openRepo(git.path());
    ASSERT_TRUE(repo);
    EXPECT_FALSE(repo->isBare());
    EXPECT_EQ(repo->headBranch(), "main");

    std::vector<RefInfo> branches;
    ASSERT_TRUE(repo->branches(&branches).ok());
    const auto expectedBranches = gitRefs(git, "refs/heads");
    ASSERT_EQ(branches.size(), expectedBranches.size());
    for (const RefInfo &b : branches) {
        ASSERT_TRUE(expectedBranches.count(b.fullName)) << b.fullName;
        EXPECT_EQ(b.commitId, expectedBranches.at(b.fullName).first) << b.fullName;
        EXPECT_EQ("refs/heads/" + b.name, b.fullName);
    }
    EXPECT_TRUE(std::is_sorted(branches.begin(), branches.end(),
                               [](const RefInfo &a, const RefInfo &b) { return a.name < b.name; }));

    std::vector<RefInfo> tags;
    ASSERT_TRUE(repo->tags(&tags).ok());
    const auto expectedTags = gitRefs(git, "refs/tags");
    ASSERT_EQ(tags.size(), expectedTags.size());
    for (const RefInfo &t : tags) {
        ASSERT_TRUE(expectedTags.count(t.fullName)) << t.fullName;
        EXPECT_EQ(t.commitId, expectedTags.at(t.fullName).first) << t.fullName;
        EXPECT_EQ(t.annotated, expectedTags.at(t.fullName).second) << t.fullName;
    }
}

TEST_F(RepoFixture, LogAgreesWithGitLog)
{
    auto repo = openRepo(git.path());
    ASSERT_TRUE(repo);
    for (const std::string ref : {"main", "feature/x", "v1.1"}) {
        std::vector<CommitInfo> log;
        RepoStatus status = repo->log(ref, 100, &log);
        ASSERT_TRUE(status.ok()) << status.message;
        // Fields separated by 0x1f, commits by 0x1e: messages hold newlines.
        const std::string text =
            git.git({"log", "--format=%H%x1f%h%x1f%an%x1f%ae%x1f%at%x1f%ct%x1f%s%x1f%P%x1f%B%x1e", ref});
        std::vector<std::vector<std::string>> expected;
        std::size_t start = 0;
        for (std::size_t end = text.find('\x1e'); end != std::string::npos; end = text.find('\x1e', start)) {
            std::string record = text.substr(start, end - start);
            start = end + 1;
            if (!record.empty() && record.front() == '\n')
                record.erase(0, 1);
            std::vector<std::string> fields;
            std::size_t f = 0;
            for (std::size_t e = record.find('\x1f'); e != std::string::npos; e = record.find('\x1f', f)) {
                fields.push_back(record.substr(f, e - f));
                f = e + 1;
            }
            fields.push_back(record.substr(f));
            expected.push_back(fields);
        }
        ASSERT_EQ(log.size(), expected.size()) << ref;
        for (std::size_t i = 0; i < log.size(); ++i) {
            const auto &e = expected[i];
            const CommitInfo &c = log[i];
            EXPECT_EQ(c.id, e[0]);
            EXPECT_EQ(c.shortId, e[1]);
            EXPECT_EQ(c.authorName, e[2]);
            EXPECT_EQ(c.authorEmail, e[3]);
            EXPECT_EQ(std::to_string(c.authorTime), e[4]);
            EXPECT_EQ(std::to_string(c.commitTime), e[5]);
            EXPECT_EQ(c.authorOffsetMinutes, 60);
            EXPECT_EQ(c.summary, e[6]);
            std::string parents;
            for (const std::string &p : c.parents)
                parents += (parents.empty() ? "" : " ") + p;
            EXPECT_EQ(parents, e[7]);
            // %B is the message without its final newline handling; compare trimmed.
            EXPECT_EQ(trimmed(c.message), trimmed(e[8]));
        }
    }
    std::vector<CommitInfo> limited;
    ASSERT_TRUE(repo->log("main", 2, &limited).ok());
    ASSERT_EQ(limited.size(), 2u);
    EXPECT_EQ(limited[0].id, rich.merge);
    EXPECT_EQ(limited[0].parents.size(), 2u);
}

TEST_F(RepoFixture, ResolveAgreesWithGitRevParse)
{
    auto repo = openRepo(git.path());
    ASSERT_TRUE(repo);
    const std::vector<std::string> refs = {"main", "feature/x", "v1.0", "v1.1", "HEAD", "HEAD~1", "main^2",
                                           "refs/heads/main", "refs/tags/v1.1", rich.second,
                                           rich.first.substr(0, 7), rich.feature.substr(0, 10)};
    for (const std::string &ref : refs) {
        std::string id;
        const RepoStatus status = repo->resolve(ref, &id);
        ASSERT_TRUE(status.ok()) << ref << ": " << status.message;
        EXPECT_EQ(id, git.revParse(ref)) << ref;
    }
    CommitInfo info;
    ASSERT_TRUE(repo->commit("v1.1", &info).ok());
    EXPECT_EQ(info.id, rich.first);
    EXPECT_EQ(info.summary, "First commit");
}

TEST_F(RepoFixture, UnknownRefsAreNamedInTheError)
{
    auto repo = openRepo(git.path());
    ASSERT_TRUE(repo);
    for (const std::string ref : {"no-such-branch", "v9.9", "deadbeefdeadbeef", "main~40"}) {
        std::string id;
        const RepoStatus status = repo->resolve(ref, &id);
        EXPECT_EQ(status.code, RepoErrorCode::RefNotFound) << ref << ": " << status.message;
        EXPECT_NE(status.message.find("'" + ref + "'"), std::string::npos) << status.message;
        EXPECT_NE(status.message.find("repository 'demo'"), std::string::npos) << status.message;
        EXPECT_NE(status.message.find("libgit2:"), std::string::npos) << status.message;
        EXPECT_EQ(git.git({"rev-parse", "--verify", "-q", ref + "^{commit}"}, false), ""); // git agrees it is not there
    }
    std::string id;
    EXPECT_EQ(repo->resolve("", &id).code, RepoErrorCode::InvalidArgument);
    // A blob is not a commit.
    const RepoStatus blob = repo->resolve("main:README.md", &id);
    EXPECT_EQ(blob.code, RepoErrorCode::RefNotFound);
    EXPECT_NE(blob.message.find("not a commit"), std::string::npos) << blob.message;
    std::vector<CommitInfo> log;
    EXPECT_EQ(repo->log("gone", 5, &log).code, RepoErrorCode::RefNotFound);
}

TEST_F(RepoFixture, ChangedFilesAgreeWithGitDiff)
{
    auto repo = openRepo(git.path());
    ASSERT_TRUE(repo);
    const std::vector<std::pair<std::string, std::string>> pairs = {
        {rich.first, rich.second}, {rich.second, rich.merge}, {rich.first, rich.feature}, {rich.merge, rich.first}};
    for (const auto &[from, to] : pairs) {
        std::vector<std::string> changed;
        const RepoStatus status = repo->changedFiles(from, to, &changed);
        ASSERT_TRUE(status.ok()) << status.message;
        const auto expected = splitLines(git.git({"diff", "--no-renames", "--name-only", from, to}));
        std::set<std::string> expectedSet(expected.begin(), expected.end());
        EXPECT_EQ(std::set<std::string>(changed.begin(), changed.end()), expectedSet) << from << ".." << to;
        EXPECT_FALSE(changed.empty());
    }
    // No earlier commit (a new branch's first push): every file of the commit.
    for (const std::string &none : {std::string(), std::string(40, '0')}) {
        std::vector<std::string> all;
        ASSERT_TRUE(repo->changedFiles(none, rich.second, &all).ok());
        const auto expected = splitLines(git.git({"ls-tree", "-r", "--name-only", rich.second}));
        EXPECT_EQ(all, expected);
    }
    std::vector<std::string> none;
    EXPECT_EQ(repo->changedFiles("nope", "main", &none).code, RepoErrorCode::RefNotFound);
}

TEST(Repository, MissingFolderAndNonRepositoryAreReported)
{
    TempDir tmp;
    RepoStatus status;
    EXPECT_FALSE(Repository::open(tmp.sub("absent"), "ghost", &status));
    EXPECT_EQ(status.code, RepoErrorCode::NotFound);
    EXPECT_NE(status.message.find(tmp.sub("absent")), std::string::npos) << status.message;
    EXPECT_NE(status.message.find("'ghost'"), std::string::npos) << status.message;

    fs::create_directories(tmp.sub("plain/sub"));
    EXPECT_FALSE(Repository::open(tmp.sub("plain"), "plain", &status));
    EXPECT_EQ(status.code, RepoErrorCode::NotARepository);
    EXPECT_NE(status.message.find("libgit2:"), std::string::npos) << status.message;

    // A subfolder of a repository is not the repository (no upward search).
    GitRepo git(tmp.sub("repo"));
    git.write("a/b.txt", "x");
    git.commit("one");
    EXPECT_FALSE(Repository::open(tmp.sub("repo/a"), "sub", &status));
    EXPECT_EQ(status.code, RepoErrorCode::NotARepository) << status.message;
}

TEST(Repository, DamagedRepositoriesAreReportedNotCrashedOn)
{
    TempDir tmp;
    GitRepo git(tmp.sub("repo"));
    git.write("a.txt", "a");
    git.commit("one");
    git.write("b.txt", "b");
    const std::string second = git.commit("two");
    git.git({"branch", "keep", "HEAD~1"});

    // The newest commit's object file removed: main points at nothing.
    const std::string object = git.path() + "/.git/objects/" + second.substr(0, 2) + "/" + second.substr(2);
    ASSERT_TRUE(fs::exists(object));
    fs::remove(object);
    auto repo = openRepo(git.path());
    ASSERT_TRUE(repo);
    std::vector<RefInfo> branches;
    RepoStatus status = repo->branches(&branches);
    EXPECT_EQ(status.code, RepoErrorCode::Corrupt) << status.message;
    EXPECT_NE(status.message.find("branch 'main'"), std::string::npos) << status.message;
    EXPECT_NE(status.message.find(second), std::string::npos) << status.message;
    std::vector<CommitInfo> log;
    status = repo->log("main", 10, &log);
    EXPECT_FALSE(status.ok());
    EXPECT_NE(status.message.find("'main'"), std::string::npos) << status.message;
    // The intact branch still works.
    ASSERT_TRUE(repo->log("keep", 10, &log).ok());
    EXPECT_EQ(log.size(), 1u);
    // A checkout of the missing commit fails and leaves nothing behind.
    CheckoutReport report;
    status = repo->checkout(second, tmp.sub("job"), {}, &report);
    EXPECT_FALSE(status.ok());
    EXPECT_TRUE(!fs::exists(tmp.sub("job")) || fs::is_empty(tmp.sub("job")));

    // HEAD overwritten with garbage: what needs HEAD fails and says so.
    writeFile(git.path() + "/.git/HEAD", "garbage\n");
    RepoStatus headStatus;
    auto broken = Repository::open(git.path(), "broken", &headStatus);
    if (broken) {
        std::string id;
        headStatus = broken->resolve("HEAD", &id);
        EXPECT_NE(headStatus.message.find("'HEAD'"), std::string::npos) << headStatus.message;
    }
    EXPECT_FALSE(headStatus.ok());
    EXPECT_NE(headStatus.message.find("'broken'"), std::string::npos) << headStatus.message;
    EXPECT_NE(headStatus.message.find("libgit2:"), std::string::npos) << headStatus.message;

    // The object database gone: no longer a repository at all.
    fs::remove_all(git.path() + "/.git/objects");
    RepoStatus openStatus;
    EXPECT_FALSE(Repository::open(git.path(), "broken", &openStatus));
    EXPECT_EQ(openStatus.code, RepoErrorCode::NotARepository) << openStatus.message;
    EXPECT_NE(openStatus.message.find("'broken'"), std::string::npos) << openStatus.message;
    EXPECT_NE(openStatus.message.find(git.path()), std::string::npos) << openStatus.message;
    EXPECT_NE(openStatus.message.find("libgit2:"), std::string::npos) << openStatus.message;
}

TEST(Repository, ABlobWithAMissingObjectFailsTheCheckoutAndNamesThePath)
{
    TempDir tmp;
    GitRepo git(tmp.sub("repo"));
    git.write("ok.txt", "fine");
    git.write("dir/lost.txt", "this blob goes missing");
    const std::string id = git.commit("one");
    const std::string blob = trimmed(git.git({"rev-parse", id + ":dir/lost.txt"}));
    fs::remove(git.path() + "/.git/objects/" + blob.substr(0, 2) + "/" + blob.substr(2));
    auto repo = openRepo(git.path());
    ASSERT_TRUE(repo);
    CheckoutReport report;
    const RepoStatus status = repo->checkout(id, tmp.sub("job"), {}, &report);
    EXPECT_EQ(status.code, RepoErrorCode::Corrupt) << status.message;
    EXPECT_NE(status.message.find("'dir/lost.txt'"), std::string::npos) << status.message;
    EXPECT_NE(status.message.find(blob), std::string::npos) << status.message;
    EXPECT_TRUE(fs::is_empty(tmp.sub("job")));
}
