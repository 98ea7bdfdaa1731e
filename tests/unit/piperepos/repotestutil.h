// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Real repositories for the repository layer's tests, made and questioned
// with the real `git` command, so every answer of ours is checked against
// git's own answer for the same repository.

#include "opsdeck/pipelines/repository.h"
#include "opsdeck/pipelines/repositorystore.h"

#include "filebytes.h"

#include <gtest/gtest.h>

#include <cerrno>
#include <cstring>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace OpsDeck::Pipelines::Test {

namespace fs = std::filesystem;

/** A fresh folder under the system's temp folder, removed at the end. */
class TempDir
{
public:
    TempDir()
    {
        std::string pattern = (fs::temp_directory_path() / "opsdeck-repos-XXXXXX").string();
        if (!::mkdtemp(pattern.data()))
            ADD_FAILURE() << "mkdtemp failed";
        m_path = pattern;
    }
    ~TempDir()
    {
        std::error_code ec;
        fs::remove_all(m_path, ec);
    }
    TempDir(const TempDir &) = delete;
    TempDir &operator=(const TempDir &) = delete;
    std::string path() const { return m_path.string(); }
    std::string sub(const std::string &name) const { return (m_path / name).string(); }

private:
    fs::path m_path;
};

struct ProcessResult
{
    int exitCode = -1;
    std::string out;
    std::string err;
};

/**
 * Runs \a argv (searched in PATH) with \a extraEnv added, and collects its
 * stdout and stderr. The git configuration of the machine and the user is
 * kept out (GIT_CONFIG_NOSYSTEM, GIT_CONFIG_GLOBAL=/dev/null).
 */
inline ProcessResult runProcess(const std::vector<std::string> &argv,
                                const std::map<std::string, std::string> &extraEnv = {})
{
    std::map<std::string, std::string> env;
    for (char **e = environ; *e; ++e) {
        const std::string entry = *e;
        const auto eq = entry.find('=');
        if (eq != std::string::npos)
            env[entry.substr(0, eq)] = entry.substr(eq + 1);
    }
    env["GIT_CONFIG_NOSYSTEM"] = "1";
    env["GIT_CONFIG_GLOBAL"] = "/dev/null";
    env["LC_ALL"] = "C";
    for (const auto &[k, v] : extraEnv)
        env[k] = v;
    std::vector<std::string> envStrings;
    for (const auto &[k, v] : env)
        envStrings.push_back(k + "=" + v);
    std::vector<char *> envp;
    for (std::string &s : envStrings)
        envp.push_back(s.data());
    envp.push_back(nullptr);
    std::vector<std::string> args = argv;
    std::vector<char *> argp;
    for (std::string &s : args)
        argp.push_back(s.data());
    argp.push_back(nullptr);

    ProcessResult result;
    int outPipe[2], errPipe[2];
    if (::pipe2(outPipe, O_CLOEXEC) != 0 || ::pipe2(errPipe, O_CLOEXEC) != 0) {
        ADD_FAILURE() << "pipe failed";
        return result;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1);
    posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2);
    pid_t pid = 0;
    const int rc = ::posix_spawnp(&pid, argp[0], &actions, nullptr, argp.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    ::close(outPipe[1]);
    ::close(errPipe[1]);
    if (rc != 0) {
        ::close(outPipe[0]);
        ::close(errPipe[0]);
        ADD_FAILURE() << "cannot start " << argv[0] << ": " << std::strerror(rc);
        return result;
    }
    pollfd fds[2] = {{outPipe[0], POLLIN, 0}, {errPipe[0], POLLIN, 0}};
    std::string *sinks[2] = {&result.out, &result.err};
    int open = 2;
    char buffer[65536];
    while (open > 0) {
        if (::poll(fds, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
            if (n > 0) {
                sinks[i]->append(buffer, static_cast<std::size_t>(n));
            } else if (n == 0 || errno != EINTR) {
                ::close(fds[i].fd);
                fds[i].fd = -1;
                --open;
            }
        }
    }
    int wstatus = 0;
    while (::waitpid(pid, &wstatus, 0) < 0 && errno == EINTR) {
    }
    result.exitCode = WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : -1;
    return result;
}

/**
 * \a prefix followed by \a n. Appended rather than "literal" + to_string():
 * GCC 12 at -O2 and above reports that as a memcpy beyond any object size
 * (-Wstringop-overflow, a false positive).
 */
inline std::string numbered(std::string prefix, std::uint64_t n)
{
    prefix += std::to_string(n);
    return prefix;
}

inline std::string trimmed(std::string s)
{
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' '))
        s.pop_back();
    return s;
}

using OpsDeck::Test::randomBytes;
using OpsDeck::Test::readFile;
using OpsDeck::Test::writeFile;

inline std::vector<std::string> splitLines(const std::string &text)
{
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        out.push_back(line);
    return out;
}

/**
 * A repository driven by the real git command. Every commit gets its own
 * time (one minute after the previous), so history order is unambiguous.
 */
class GitRepo
{
public:
    explicit GitRepo(std::string path, bool bare = false) : m_path(std::move(path))
    {
        fs::create_directories(m_path);
        std::vector<std::string> args = {"init", "-q", "-b", "main"};
        if (bare)
            args.push_back("--bare");
        git(args);
    }

    const std::string &path() const { return m_path; }

    /** git -C path args...; fails the test when git fails. */
    std::string git(const std::vector<std::string> &args, bool mustSucceed = true) const
    {
        std::vector<std::string> argv = {"git", "-C", m_path, "-c", "user.name=OpsDeck Test", "-c",
                                         "user.email=test@opsdeck.dev", "-c", "core.autocrlf=false",
                                         "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false"};
        argv.insert(argv.end(), args.begin(), args.end());
        const std::string date = std::to_string(m_clock) + " +0100";
        const ProcessResult r = runProcess(argv, {{"GIT_AUTHOR_DATE", date}, {"GIT_COMMITTER_DATE", date}});
        if (mustSucceed) {
            EXPECT_EQ(r.exitCode, 0) << "git " << args.front() << " failed: " << r.err;
        }
        return r.out;
    }

    void write(const std::string &file, const std::string &content, bool executable = false) const
    {
        const std::string full = m_path + "/" + file;
        writeFile(full, content);
        fs::permissions(full, executable ? fs::perms(0755) : fs::perms(0644));
    }
    void symlink(const std::string &file, const std::string &target) const
    {
        const std::string full = m_path + "/" + file;
        fs::create_directories(fs::path(full).parent_path());
        fs::create_symlink(target, full);
    }

    /** Stages everything and commits; returns the new commit id. */
    std::string commit(const std::string &message)
    {
        git({"add", "-A"});
        return commitStaged(message);
    }
    /** Commits what is staged, as it is. */
    std::string commitStaged(const std::string &message)
    {
        m_clock += 60;
        git({"commit", "-q", "--allow-empty", "-m", message});
        return head();
    }
    std::string head() const { return revParse("HEAD"); }
    std::string revParse(const std::string &ref) const
    {
        return trimmed(git({"rev-parse", "--verify", "-q", ref + "^{commit}"}));
    }
    void tick() { m_clock += 60; }

private:
    std::string m_path;
    std::int64_t m_clock = 1'760'000'000;
};

/** What a folder holds: path -> "f<x>:<content>", "l:<target>" or "d". */
inline std::map<std::string, std::string> treeOf(const std::string &dir)
{
    std::map<std::string, std::string> out;
    for (auto it = fs::recursive_directory_iterator(dir); it != fs::recursive_directory_iterator(); ++it) {
        const fs::path p = it->path();
        // Lexical: fs::relative would follow a symlink to its target.
        const std::string rel = p.lexically_relative(dir).string();
        const fs::file_status st = fs::symlink_status(p);
        if (fs::is_symlink(st)) {
            out[rel] = "l:" + fs::read_symlink(p).string();
        } else if (fs::is_directory(st)) {
            out[rel] = "d";
        } else {
            const bool exec = (st.permissions() & fs::perms::owner_exec) != fs::perms::none;
            out[rel] = std::string(exec ? "fx:" : "f:") + readFile(p.string());
        }
    }
    return out;
}

/** `git archive <commit> | tar -x` into \a dir (through a file: no shell). */
inline void gitArchive(const GitRepo &repo, const std::string &commit, const std::string &dir)
{
    fs::create_directories(dir);
    const std::string tar = dir + ".tar";
    repo.git({"archive", "--format=tar", "-o", tar, commit});
    const ProcessResult r = runProcess({"tar", "-xf", tar, "-C", dir});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    fs::remove(tar);
}

/**
 * The repository most tests use: an executable, symlinks (inside, to a
 * folder, outside, absolute), a name with spaces, a nested folder, a large
 * file, a submodule entry, two tags, a feature branch merged back.
 */
struct RichRepo
{
    std::string first, second, feature, merge;
    static constexpr std::size_t kLargeSize = 3 * 1024 * 1024 + 123;

    explicit RichRepo(GitRepo &repo)
    {
        repo.write("README.md", "# demo\n");
        repo.write("src/main.c", "int main(void) { return 0; }\n");
        repo.write("dir with space/file name.txt", "spaces\n");
        repo.write("nested/a/b/c/deep.txt", "deep\n");
        repo.write("run.sh", "#!/bin/sh\necho hi\n", true);
        repo.write("big.bin", randomBytes(kLargeSize, 42));
        repo.symlink("link-inside", "src/main.c");
        repo.symlink("nested/a/up", "../../README.md");
        repo.symlink("link-dir", "nested/a");
        repo.symlink("link-outside", "../../etc/passwd");
        repo.symlink("link-absolute", "/etc/passwd");
        first = repo.commit("First commit\n\nWith a body line.");
        repo.git({"tag", "v1.0"});
        repo.tick();
        repo.git({"tag", "-a", "v1.1", "-m", "release 1.1"});

        repo.write("README.md", "# demo\n\nmore\n");
        repo.write("docs/guide.md", "guide\n");
        repo.git({"add", "-A"});
        // A submodule entry (gitlink) without a real submodule behind it.
        repo.git({"update-index", "--add", "--cacheinfo", "160000," + first + ",vendor/lib"});
        second = repo.commitStaged("Second: docs and\na vendored submodule");

        repo.git({"checkout", "-q", "-b", "feature/x", first});
        repo.write("feature.txt", "feature\n");
        feature = repo.commit("Feature work");
        repo.git({"checkout", "-q", "main"});
        repo.tick();
        repo.git({"merge", "-q", "--no-ff", "-m", "Merge feature/x", "feature/x"});
        merge = repo.head();
    }
};

inline std::unique_ptr<Repository> openRepo(const std::string &path, const std::string &name = "demo")
{
    RepoStatus status;
    auto repo = Repository::open(path, name, &status);
    EXPECT_TRUE(repo) << status.message;
    return repo;
}

inline std::unique_ptr<RepositoryStore> openStore(const std::string &dir)
{
    RepoStatus status;
    auto store = RepositoryStore::open(dir, &status);
    EXPECT_TRUE(store) << status.message;
    return store;
}

} // namespace OpsDeck::Pipelines::Test
