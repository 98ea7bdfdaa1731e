// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// Watching a mirror: snapshot, commits and branch changes in the source
// repository, fetch, and the changes that come out, each checked against
// git's own view (rev-parse, rev-list) of the source.
#include "repotestutil.h"

#include <chrono>
#include <thread>

using namespace OpsDeck::Pipelines;
using namespace OpsDeck::Pipelines::Test;

namespace {

struct WatchFixture : ::testing::Test
{
    TempDir tmp;
    GitRepo source{tmp.sub("source")};
    std::unique_ptr<RepositoryStore> store;
    std::unique_ptr<Repository> mirror;

    void SetUp() override
    {
        source.write("a.txt", "1");
        source.commit("one");
        source.git({"branch", "old-feature"});
        source.git({"tag", "v0.1"});
        store = openStore(tmp.sub("store"));
        ASSERT_TRUE(store);
        ASSERT_TRUE(store->add("app", "file://" + source.path()).ok());
        RepoStatus status;
        mirror = store->repository("app", &status);
        ASSERT_TRUE(mirror) << status.message;
    }

    RefSnapshot snap() const
    {
        RepoStatus status;
        RefSnapshot s = mirror->snapshot(&status);
        EXPECT_TRUE(status.ok()) << status.message;
        return s;
    }

    std::vector<std::string> revList(const std::string &range) const
    {
        return splitLines(source.git({"rev-list", "--reverse", range}));
    }

    static const RefChange *find(const std::vector<RefChange> &changes, const std::string &fullName)
    {
        for (const RefChange &c : changes) {
            if (c.fullName == fullName)
                return &c;
        }
        return nullptr;
    }
};

std::vector<std::string> idsOf(const std::vector<CommitInfo> &commits)
{
    std::vector<std::string> ids;
    for (const CommitInfo &c : commits)
        ids.push_back(c.id);
    return ids;
}

} // namespace

TEST_F(WatchFixture, NewCommitsInTheSourceShowAfterAFetch)
{
    const RefSnapshot before = snap();
    EXPECT_EQ(before.refs.at("refs/heads/main"), source.head());
    EXPECT_EQ(before.refs.size(), 3u); // main, old-feature, v0.1

    const std::string oldMain = source.head();
    for (int i = 2; i <= 4; ++i) {
        source.write("a.txt", std::to_string(i));
        source.commit(numbered("commit ", static_cast<std::uint64_t>(i)));
    }
    source.git({"branch", "topic"});
    source.git({"branch", "-D", "old-feature"});
    source.git({"tag", "-a", "v0.2", "-m", "second release"});

    // Nothing moves until the fetch: polling reads the mirror only.
    EXPECT_EQ(snap(), before);

    std::vector<FetchedRef> moved;
    const RepoStatus status = mirror->fetch(&moved);
    ASSERT_TRUE(status.ok()) << status.message;
    const std::string newMain = source.head();
    const std::string tagObject = trimmed(source.git({"rev-parse", "refs/tags/v0.2"}));
    const std::vector<FetchedRef> expectedMoved = {
        {"refs/heads/main", oldMain, newMain},
        {"refs/heads/old-feature", oldMain, ""},
        {"refs/heads/topic", "", newMain},
        {"refs/tags/v0.2", "", tagObject},
    };
    EXPECT_EQ(moved, expectedMoved);

    const RefSnapshot after = snap();
    const auto changes = mirror->changes(before, after);
    ASSERT_EQ(changes.size(), 4u);

    const RefChange *mainChange = find(changes, "refs/heads/main");
    ASSERT_TRUE(mainChange);
    EXPECT_EQ(mainChange->kind, RefChange::Kind::Moved);
    EXPECT_EQ(mainChange->oldId, oldMain);
    EXPECT_EQ(mainChange->newId, newMain);
    EXPECT_FALSE(mainChange->forced);
    EXPECT_FALSE(mainChange->truncated);
    EXPECT_EQ(idsOf(mainChange->commits), revList(oldMain + ".." + newMain));
    ASSERT_EQ(mainChange->commits.size(), 3u);
    EXPECT_EQ(mainChange->commits.front().summary, "commit 2"); // oldest first
    EXPECT_EQ(mainChange->commits.back().summary, "commit 4");

    const RefChange *deleted = find(changes, "refs/heads/old-feature");
    ASSERT_TRUE(deleted);
    EXPECT_EQ(deleted->kind, RefChange::Kind::Deleted);
    EXPECT_EQ(deleted->oldId, oldMain);
    EXPECT_TRUE(deleted->newId.empty());

    // A new branch brings the commits no ref had before.
    const RefChange *topic = find(changes, "refs/heads/topic");
    ASSERT_TRUE(topic);
    EXPECT_EQ(topic->kind, RefChange::Kind::Created);
    EXPECT_EQ(idsOf(topic->commits), revList(oldMain + ".." + newMain));

    const RefChange *tag = find(changes, "refs/tags/v0.2");
    ASSERT_TRUE(tag);
    EXPECT_TRUE(tag->isTag);
    EXPECT_EQ(tag->name, "v0.2");
    EXPECT_EQ(tag->newId, newMain); // peeled to the commit

    // A second fetch with nothing new moves nothing.
    ASSERT_TRUE(mirror->fetch(&moved).ok());
    EXPECT_TRUE(moved.empty());
    EXPECT_TRUE(mirror->changes(after, snap()).empty());
}

TEST_F(WatchFixture, AForcePushIsMarkedAndCommitsAreBounded)
{
    const RefSnapshot before = snap();
    const std::string base = source.head();
    for (int i = 0; i < 6; ++i) {
        source.write("b.txt", std::to_string(i));
        source.commit(numbered("work ", static_cast<std::uint64_t>(i)));
    }
    ASSERT_TRUE(mirror->fetch().ok());
    const RefSnapshot middle = snap();
    auto changes = mirror->changes(before, middle, {.maxCommits = 2});
    const RefChange *mainChange = find(changes, "refs/heads/main");
    ASSERT_TRUE(mainChange);
    EXPECT_TRUE(mainChange->truncated);
    const auto all = revList(base + "..main");
    ASSERT_EQ(all.size(), 6u);
    // The newest two, oldest first.
    EXPECT_EQ(idsOf(mainChange->commits), (std::vector<std::string>{all[4], all[5]}));

    // Rewrite history: main goes back two commits and gets a new one.
    source.git({"reset", "-q", "--hard", "HEAD~2"});
    source.write("c.txt", "rewritten");
    const std::string rewritten = source.commit("rewritten");
    ASSERT_TRUE(mirror->fetch().ok());
    changes = mirror->changes(middle, snap());
    mainChange = find(changes, "refs/heads/main");
    ASSERT_TRUE(mainChange);
    EXPECT_TRUE(mainChange->forced);
    EXPECT_EQ(mainChange->newId, rewritten);
    EXPECT_EQ(idsOf(mainChange->commits), std::vector<std::string>{rewritten});
}

TEST_F(WatchFixture, ALocalRepositoryIsNeverFetchedInto)
{
    ASSERT_TRUE(store->add("inplace", source.path()).ok());
    RepoStatus status;
    auto local = store->repository("inplace", &status);
    ASSERT_TRUE(local) << status.message;
    const std::string config = readFile(source.path() + "/.git/config");
    status = local->fetch();
    EXPECT_EQ(status.code, RepoErrorCode::InvalidArgument);
    EXPECT_NE(status.message.find("'inplace'"), std::string::npos) << status.message;
    EXPECT_EQ(readFile(source.path() + "/.git/config"), config);
}

TEST_F(WatchFixture, AFetchFromASourceThatWentAwayNamesIt)
{
    fs::rename(source.path(), tmp.sub("moved"));
    const RepoStatus status = mirror->fetch();
    EXPECT_FALSE(status.ok());
    EXPECT_NE(status.message.find("repository 'app'"), std::string::npos) << status.message;
    EXPECT_NE(status.message.find(source.path()), std::string::npos) << status.message;
    EXPECT_NE(status.message.find("libgit2:"), std::string::npos) << status.message;
}

TEST(Watch, SnapshotReadsOneHundredBranches)
{
    TempDir tmp;
    GitRepo git(tmp.sub("repo"));
    git.write("a", "a");
    git.commit("one");
    for (int i = 0; i < 100; ++i)
        git.git({"branch", numbered("b", static_cast<std::uint64_t>(i))});
    auto repo = openRepo(git.path());
    ASSERT_TRUE(repo);
    RepoStatus status;
    const RefSnapshot s = repo->snapshot(&status);
    ASSERT_TRUE(status.ok()) << status.message;
    EXPECT_EQ(s.refs.size(), 101u);
    const auto refs = splitLines(git.git({"for-each-ref", "--format=%(refname) %(objectname)"}));
    for (const std::string &line : refs) {
        const auto space = line.find(' ');
        EXPECT_EQ(s.refs.at(line.substr(0, space)), line.substr(space + 1));
    }
    // Packed refs read the same.
    git.git({"pack-refs", "--all"});
    EXPECT_EQ(repo->snapshot(&status), s);
}

namespace {

std::map<std::string, std::string> gitBranchAndTagRefs(const GitRepo &git)
{
    std::map<std::string, std::string> out;
    for (const std::string &line :
         splitLines(git.git({"for-each-ref", "--format=%(refname) %(objectname)", "refs/heads", "refs/tags"}))) {
        const auto space = line.find(' ');
        out[line.substr(0, space)] = line.substr(space + 1);
    }
    return out;
}

} // namespace

TEST(Watch, AQuietRepositoryIsPolledFromTheCacheAndEveryChangeIsSeen)
{
    TempDir tmp;
    GitRepo git(tmp.sub("repo"));
    git.write("a", "a");
    const std::string first = git.commit("one");
    for (int i = 0; i < 20; ++i)
        git.git({"branch", numbered("feature/b", static_cast<std::uint64_t>(i))});
    git.git({"tag", "v1"});
    auto repo = openRepo(git.path());
    ASSERT_TRUE(repo);

    // Just written: folder times are too fresh to trust (racy), every poll reads in full.
    RepoStatus status;
    EXPECT_EQ(repo->snapshot(&status).refs, gitBranchAndTagRefs(git));
    EXPECT_EQ(repo->snapshot(&status).refs, gitBranchAndTagRefs(git));
    EXPECT_EQ(repo->snapshotFullReads(), 2u);

    // Not a wait for something to happen: the ref folders must age past the
    // 2 s quiet window before a snapshot of them may be reused.
    std::this_thread::sleep_for(std::chrono::milliseconds(2200));
    const RefSnapshot quiet = repo->snapshot(&status);
    ASSERT_TRUE(status.ok()) << status.message;
    EXPECT_EQ(quiet.refs, gitBranchAndTagRefs(git));
    const auto reads = repo->snapshotFullReads();
    for (int i = 0; i < 10; ++i)
        EXPECT_EQ(repo->snapshot(&status), quiet);
    EXPECT_EQ(repo->snapshotFullReads(), reads); // served from the cache

    // Every kind of ref change right after a cached snapshot is seen at the next poll.
    git.write("a", "b");
    git.commit("two"); // main moves: a rename into refs/heads
    EXPECT_EQ(repo->snapshot(&status).refs, gitBranchAndTagRefs(git));
    git.git({"update-ref", "refs/heads/feature/b3", git.head()}); // a nested folder
    EXPECT_EQ(repo->snapshot(&status).refs, gitBranchAndTagRefs(git));
    git.git({"branch", "-D", "feature/b4"});
    EXPECT_EQ(repo->snapshot(&status).refs, gitBranchAndTagRefs(git));
    git.git({"tag", "v2"});
    EXPECT_EQ(repo->snapshot(&status).refs, gitBranchAndTagRefs(git));
    git.git({"pack-refs", "--all"}); // loose refs folded into packed-refs: same values
    EXPECT_EQ(repo->snapshot(&status).refs, gitBranchAndTagRefs(git));
    git.git({"update-ref", "refs/heads/feature/b5", git.head(), first}); // a loose ref over a packed one
    EXPECT_EQ(repo->snapshot(&status).refs, gitBranchAndTagRefs(git));
    EXPECT_EQ(repo->snapshot(&status).refs.at("refs/heads/feature/b5"), git.head());
    EXPECT_GT(repo->snapshotFullReads(), reads + 4);
}
