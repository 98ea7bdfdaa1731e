// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// The repository registry on a real folder: local repositories used in
// place (and left untouched), bare mirrors cloned from a bare path and a
// file:// URL, the registry kept across opens, removal, and every refusal:
// bad names, duplicates, a source that is no repository, a broken
// registry, an unreadable folder.
#include "repotestutil.h"

#include <set>
#include <thread>

#include <sys/stat.h>

using namespace OpsDeck::Pipelines;
using namespace OpsDeck::Pipelines::Test;

namespace {

/** Every file under \a dir with its size and modification time: to prove nothing was written. */
std::map<std::string, std::string> fingerprint(const std::string &dir)
{
    std::map<std::string, std::string> out;
    for (const auto &entry : fs::recursive_directory_iterator(dir)) {
        struct stat st;
        if (::lstat(entry.path().c_str(), &st) != 0)
            continue;
        out[entry.path().string()] = std::to_string(st.st_size) + "@" + std::to_string(st.st_mtim.tv_sec) + "." +
                                     std::to_string(st.st_mtim.tv_nsec);
    }
    return out;
}

std::set<std::string> branchNames(Repository &repo)
{
    std::vector<RefInfo> branches;
    EXPECT_TRUE(repo.branches(&branches).ok());
    std::set<std::string> out;
    for (const RefInfo &b : branches)
        out.insert(b.name + "=" + b.commitId);
    return out;
}

std::set<std::string> gitBranches(const GitRepo &git)
{
    std::set<std::string> out;
    for (const std::string &line :
         splitLines(git.git({"for-each-ref", "--format=%(refname:short)=%(objectname)", "refs/heads"})))
        out.insert(line);
    return out;
}

} // namespace

TEST(RepositoryStore, UsesALocalRepositoryInPlaceAndNeverWritesToIt)
{
    TempDir tmp;
    GitRepo git(tmp.sub("work"));
    RichRepo rich(git);
    const auto before = fingerprint(git.path());

    auto store = openStore(tmp.sub("store"));
    ASSERT_TRUE(store);
    RepositoryEntry entry;
    RepoStatus status = store->add("app", git.path(), {}, &entry);
    ASSERT_TRUE(status.ok()) << status.message;
    EXPECT_EQ(entry.kind, RepositoryEntry::Kind::Local);
    EXPECT_EQ(entry.path, git.path());
    EXPECT_FALSE(fs::exists(tmp.sub("store/mirrors/app.git")));

    auto repo = store->repository("app", &status);
    ASSERT_TRUE(repo) << status.message;
    EXPECT_EQ(branchNames(*repo), gitBranches(git));
    std::vector<CommitInfo> log;
    ASSERT_TRUE(repo->log("main", 50, &log).ok());
    ASSERT_TRUE(repo->checkout("main", tmp.sub("job")).ok());
    auto files = repo->files("main", &status);
    ASSERT_TRUE(files) << status.message;
    EXPECT_TRUE(files->read("README.md"));
    repo->snapshot();

    EXPECT_EQ(fingerprint(git.path()), before);

    ASSERT_TRUE(store->remove("app").ok());
    EXPECT_TRUE(fs::exists(git.path() + "/.git/HEAD"));
    EXPECT_EQ(fingerprint(git.path()), before);
}

TEST(RepositoryStore, ClonesMirrorsFromABarePathAndAFileUrl)
{
    TempDir tmp;
    GitRepo git(tmp.sub("work"));
    RichRepo rich(git);
    const ProcessResult clone = runProcess({"git", "clone", "-q", "--bare", git.path(), tmp.sub("shared.git")});
    ASSERT_EQ(clone.exitCode, 0) << clone.err;

    auto store = openStore(tmp.sub("store"));
    ASSERT_TRUE(store);
    RepositoryEntry bare, url;
    RepoStatus status = store->add("bare", tmp.sub("shared.git"), {}, &bare);
    ASSERT_TRUE(status.ok()) << status.message;
    EXPECT_EQ(bare.kind, RepositoryEntry::Kind::Mirror);
    EXPECT_EQ(bare.path, store->directory() + "/mirrors/bare.git");
    status = store->add("url", "file://" + git.path(), {}, &url);
    ASSERT_TRUE(status.ok()) << status.message;
    EXPECT_EQ(url.kind, RepositoryEntry::Kind::Mirror);

    for (const std::string name : {"bare", "url"}) {
        auto repo = store->repository(name, &status);
        ASSERT_TRUE(repo) << status.message;
        EXPECT_TRUE(repo->isBare());
        EXPECT_EQ(branchNames(*repo), gitBranches(git)) << name;
        std::vector<RefInfo> tags;
        ASSERT_TRUE(repo->tags(&tags).ok());
        EXPECT_EQ(tags.size(), 2u);
        EXPECT_EQ(repo->headBranch(), "main");
        // git itself reads the mirror as a complete repository.
        const ProcessResult fsck = runProcess({"git", "-C", repo->path(), "fsck", "--no-progress"});
        EXPECT_EQ(fsck.exitCode, 0) << fsck.err;
        const ProcessResult mirrorFlag = runProcess({"git", "-C", repo->path(), "config", "remote.origin.mirror"});
        EXPECT_EQ(trimmed(mirrorFlag.out), "true");
    }
    // Nothing is left in tmp/ after the clones.
    EXPECT_TRUE(fs::is_empty(tmp.sub("store/tmp")));
}

TEST(RepositoryStore, TheRegistryOutlivesTheObjectAndRemovalDeletesMirrorsOnly)
{
    TempDir tmp;
    GitRepo git(tmp.sub("work"));
    git.write("a", "a");
    git.commit("one");
    {
        auto store = openStore(tmp.sub("store"));
        ASSERT_TRUE(store);
        ASSERT_TRUE(store->add("local", git.path()).ok());
        ASSERT_TRUE(store->add("copy", git.path(), {.mode = AddOptions::Mode::Mirror}).ok());
    }
    auto store = openStore(tmp.sub("store"));
    ASSERT_TRUE(store);
    std::vector<RepositoryEntry> entries;
    ASSERT_TRUE(store->list(&entries).ok());
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(entries[0].name, "copy");
    EXPECT_EQ(entries[0].kind, RepositoryEntry::Kind::Mirror);
    EXPECT_EQ(entries[1].name, "local");
    EXPECT_EQ(entries[1].source, git.path());
    EXPECT_GT(entries[1].addedAt, 0);
    // A second object on the same folder sees what the first wrote.
    auto other = openStore(tmp.sub("store"));
    ASSERT_TRUE(other->remove("copy").ok());
    EXPECT_FALSE(fs::exists(tmp.sub("store/mirrors/copy.git")));
    ASSERT_TRUE(store->list(&entries).ok());
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(store->remove("copy").code, RepoErrorCode::NotFound);
    RepoStatus status;
    EXPECT_FALSE(store->repository("copy", &status));
    EXPECT_EQ(status.code, RepoErrorCode::NotFound);
    EXPECT_NE(status.message.find("'copy'"), std::string::npos);
}

TEST(RepositoryStore, RefusesBadNamesDuplicatesAndSourcesThatAreNoRepository)
{
    TempDir tmp;
    GitRepo git(tmp.sub("work"));
    git.write("a", "a");
    git.commit("one");
    auto store = openStore(tmp.sub("store"));
    ASSERT_TRUE(store);
    for (const std::string &bad : std::vector<std::string>{"", ".hidden", "a/b", "sp ace", "../up", std::string(101, 'x')}) {
        const RepoStatus status = store->add(bad, git.path());
        EXPECT_EQ(status.code, RepoErrorCode::InvalidArgument) << bad;
        EXPECT_NE(status.message.find("repository name"), std::string::npos) << status.message;
    }
    ASSERT_TRUE(store->add("app", git.path()).ok());
    EXPECT_EQ(store->add("app", git.path()).code, RepoErrorCode::Exists);

    // A folder that is no repository, as a path and as a file:// URL: nothing is left behind.
    fs::create_directories(tmp.sub("plain"));
    writeFile(tmp.sub("plain/readme"), "not a repo");
    for (const std::string &source : {tmp.sub("plain"), "file://" + tmp.sub("plain")}) {
        const RepoStatus status = store->add("plain", source);
        EXPECT_EQ(status.code, RepoErrorCode::NotARepository) << status.message;
        EXPECT_NE(status.message.find(tmp.sub("plain") + " is not a git repository"), std::string::npos)
            << status.message;
        EXPECT_NE(status.message.find("libgit2:"), std::string::npos) << status.message;
    }
    const RepoStatus missing = store->add("ghost", tmp.sub("nowhere"));
    EXPECT_EQ(missing.code, RepoErrorCode::NotFound);
    EXPECT_NE(missing.message.find(tmp.sub("nowhere")), std::string::npos);
    // A mirror of something that is no repository fails in the clone; no leftovers.
    // A crashed clone's leftover goes at the next add.
    writeFile(tmp.sub("store/tmp/crashed-123-0/objects/pack/half.pack"), "half a pack");
    const RepoStatus clone =
        store->add("broken", tmp.sub("plain"), {.mode = AddOptions::Mode::Mirror});
    EXPECT_FALSE(clone.ok());
    EXPECT_FALSE(fs::exists(tmp.sub("store/mirrors/broken.git")));
    EXPECT_TRUE(!fs::exists(tmp.sub("store/tmp")) || fs::is_empty(tmp.sub("store/tmp")));
    std::vector<RepositoryEntry> entries;
    ASSERT_TRUE(store->list(&entries).ok());
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].name, "app");
}

TEST(RepositoryStore, ABrokenRegistrySaysWhereAndWhat)
{
    TempDir tmp;
    const std::string dir = tmp.sub("store");
    fs::create_directories(dir);
    const std::string registry = dir + "/repositories.json";
    RepoStatus status;

    writeFile(registry, "{\n  \"format\": 1,\n  \"repositories\": [ {\"name\": \"a\",, } ]\n}\n");
    EXPECT_FALSE(RepositoryStore::open(dir, &status));
    EXPECT_EQ(status.code, RepoErrorCode::Corrupt);
    EXPECT_NE(status.message.find(registry + ": line 3, column"), std::string::npos) << status.message;

    writeFile(registry, R"({"format": 1, "repositories": [{"name": "a", "source": "/x", "path": "/x"}]})");
    EXPECT_FALSE(RepositoryStore::open(dir, &status));
    EXPECT_NE(status.message.find("repository 1: field 'kind' missing"), std::string::npos) << status.message;

    writeFile(registry, R"({"format": 1, "repositories": [{"name": "a", "source": "/x", "path": "/x", "kind": "fork"}]})");
    EXPECT_FALSE(RepositoryStore::open(dir, &status));
    EXPECT_NE(status.message.find("field 'kind' is 'fork'"), std::string::npos) << status.message;

    writeFile(registry,
              R"({"format": 1, "repositories": [{"name": "a", "source": "/x", "path": "../../etc", "kind": "mirror"}]})");
    EXPECT_FALSE(RepositoryStore::open(dir, &status));
    EXPECT_NE(status.message.find("must lie inside the store"), std::string::npos) << status.message;

    writeFile(registry, R"({"format": 7, "repositories": []})");
    EXPECT_FALSE(RepositoryStore::open(dir, &status));
    EXPECT_NE(status.message.find("format 7"), std::string::npos) << status.message;
    // Refused, not rewritten.
    EXPECT_EQ(readFile(registry), R"({"format": 7, "repositories": []})");
}

TEST(RepositoryStore, AnUnreadableRepositoryFolderIsReported)
{
    TempDir tmp;
    GitRepo git(tmp.sub("work"));
    git.write("a", "a");
    git.commit("one");
    // root reads everything: the check runs in a child that gives up root.
    const bool root = ::geteuid() == 0;
    fs::permissions(tmp.path(), fs::perms(0755));
    fs::permissions(git.path(), root ? fs::perms(0700) : fs::perms::none);
    int pipeFds[2];
    ASSERT_EQ(::pipe(pipeFds), 0);
    const pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
        ::close(pipeFds[0]);
        if (root && (::setgid(65534) != 0 || ::setuid(65534) != 0))
            ::_exit(3);
        RepoStatus status;
        auto repo = Repository::open(git.path(), "locked", &status);
        const std::string text = (repo ? std::string("opened") : std::to_string(static_cast<int>(status.code))) +
                                 "|" + status.message;
        (void)!::write(pipeFds[1], text.data(), text.size());
        ::_exit(0);
    }
    ::close(pipeFds[1]);
    std::string text;
    char buffer[4096];
    for (ssize_t n; (n = ::read(pipeFds[0], buffer, sizeof buffer)) > 0;)
        text.append(buffer, static_cast<std::size_t>(n));
    ::close(pipeFds[0]);
    int wstatus = 0;
    ::waitpid(pid, &wstatus, 0);
    fs::permissions(git.path(), fs::perms(0755));
    ASSERT_TRUE(WIFEXITED(wstatus) && WEXITSTATUS(wstatus) == 0) << "the child could not drop root";
    EXPECT_EQ(text.find("opened"), std::string::npos) << text;
    EXPECT_EQ(text.substr(0, text.find('|')), std::to_string(static_cast<int>(RepoErrorCode::Io))) << text;
    EXPECT_NE(text.find("Permission denied"), std::string::npos) << text;
    EXPECT_NE(text.find("'locked'"), std::string::npos) << text;
    EXPECT_NE(text.find(git.path()), std::string::npos) << text;
}

TEST(RepositoryStore, AddsFromManyThreadsAndTwoObjectsLoseNothing)
{
    TempDir tmp;
    GitRepo git(tmp.sub("work"));
    git.write("a", "a");
    git.commit("one");
    // Two objects on one folder stand for the console and opsctl: only LOCK serialises them.
    auto first = openStore(tmp.sub("store"));
    auto second = openStore(tmp.sub("store"));
    ASSERT_TRUE(first && second);
    constexpr int kThreads = 4, kEach = 3;
    std::vector<std::thread> threads;
    std::vector<RepoStatus> results(kThreads * kEach);
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            RepositoryStore &store = (t % 2) ? *second : *first;
            for (int i = 0; i < kEach; ++i) {
                const auto n = static_cast<std::uint64_t>(t * kEach + i);
                // Every third one a mirror clone: a long add while others wait for LOCK.
                results[n] = store.add(numbered("repo", n), git.path(),
                                       {.mode = i == 0 ? AddOptions::Mode::Mirror : AddOptions::Mode::Auto});
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (const RepoStatus &status : results)
        EXPECT_TRUE(status.ok()) << status.message;
    std::vector<RepositoryEntry> entries;
    ASSERT_TRUE(first->list(&entries).ok());
    EXPECT_EQ(entries.size(), static_cast<std::size_t>(kThreads * kEach));
    std::size_t mirrors = 0;
    for (const RepositoryEntry &entry : entries) {
        if (entry.kind == RepositoryEntry::Kind::Mirror) {
            ++mirrors;
            EXPECT_TRUE(fs::exists(entry.path + "/HEAD")) << entry.path;
        }
    }
    EXPECT_EQ(mirrors, static_cast<std::size_t>(kThreads));
}
