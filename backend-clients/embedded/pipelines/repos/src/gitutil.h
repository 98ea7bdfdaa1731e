// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// What every file of the repos layer shares: libgit2 set up once, owning
// pointers for libgit2 objects, error texts with libgit2's own message, and
// the pool of repository handles that keeps libgit2 objects on one thread.

#include "opsdeck/pipelines/repository.h"

#include <git2.h>

#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace OpsDeck::Pipelines::Git {

/** git_libgit2_init() once per process (never shut down: handles may outlive main's objects). */
void ensureInitialised();

template <auto Free>
struct Deleter
{
    template <typename T>
    void operator()(T *p) const
    {
        if (p)
            Free(p);
    }
};
template <typename T, auto Free>
using Ptr = std::unique_ptr<T, Deleter<Free>>;

using RepoPtr = Ptr<git_repository, git_repository_free>;
using ObjectPtr = Ptr<git_object, git_object_free>;
using CommitPtr = Ptr<git_commit, git_commit_free>;
using TreePtr = Ptr<git_tree, git_tree_free>;
using TreeEntryPtr = Ptr<git_tree_entry, git_tree_entry_free>;
using BlobPtr = Ptr<git_blob, git_blob_free>;
using RefPtr = Ptr<git_reference, git_reference_free>;
using RefIterPtr = Ptr<git_reference_iterator, git_reference_iterator_free>;
using RevwalkPtr = Ptr<git_revwalk, git_revwalk_free>;
using RemotePtr = Ptr<git_remote, git_remote_free>;
using DiffPtr = Ptr<git_diff, git_diff_free>;
using OdbPtr = Ptr<git_odb, git_odb_free>;

/** libgit2's last error message, or "error <code>" when it left none. */
std::string lastError(int code);
/** RepoStatus with \a message + " (libgit2: ...)". The code follows libgit2's code unless \a code is given. */
RepoStatus failure(int gitCode, const std::string &message, RepoErrorCode code = RepoErrorCode::Git);
RepoStatus failure(RepoErrorCode code, const std::string &message);

std::string oidString(const git_oid *oid);
bool isZeroId(const std::string &id);

/**
 * Repository handles for one path. A call leases one for its duration; a
 * handle is used by one thread at a time and goes back to the pool after,
 * so a poll every few ms does not reopen the repository (config, refdb,
 * odb) each time.
 */
class HandlePool
{
public:
    explicit HandlePool(std::string path) : m_path(std::move(path)) {}
    ~HandlePool();
    HandlePool(const HandlePool &) = delete;
    HandlePool &operator=(const HandlePool &) = delete;

    class Lease
    {
    public:
        Lease(HandlePool *pool, git_repository *repo) : m_pool(pool), m_repo(repo) {}
        Lease(Lease &&other) noexcept : m_pool(other.m_pool), m_repo(other.m_repo) { other.m_repo = nullptr; }
        Lease &operator=(Lease &&) = delete;
        ~Lease();
        git_repository *get() const { return m_repo; }
        explicit operator bool() const { return m_repo != nullptr; }

    private:
        HandlePool *m_pool;
        git_repository *m_repo;
    };

    /** A handle, or an empty lease with \a status set. \a name is used in messages. */
    Lease lease(const std::string &name, RepoStatus *status);

    /** Puts an open handle into the pool (the one open() checked the path with). */
    void adopt(RepoPtr repo) { giveBack(repo.release()); }

    /** Opens \a path as a repository (no upward search). */
    static RepoPtr openHandle(const std::string &path, const std::string &name, RepoStatus *status);

private:
    void giveBack(git_repository *repo);
    static constexpr std::size_t kMaxIdle = 8;
    std::string m_path;
    std::mutex m_mutex;
    std::vector<git_repository *> m_idle;
};

/**
 * A nameless remote for \a repo's "origin" URL (read from its config),
 * fetching every ref under its own name. Not git_remote_lookup(): libgit2
 * 1.5 leaks a PCRE2 match block (about 20 KB) in every remote lookup or
 * creation that reads url.*.insteadOf, once per poll of a mirror.
 */
RemotePtr originRemote(git_repository *repo, const std::string &repoName, std::string *url, RepoStatus *status);
/** The refspec of a mirror: every ref of the source under its own name, forced. */
inline constexpr const char *kMirrorRefspec = "+refs/*:refs/*";

/** Looks up \a ref (see Repository::resolve) and peels it to a commit. */
RepoStatus resolveCommit(git_repository *repo, const std::string &repoName, const std::string &ref,
                         CommitPtr *out);
/** Fills \a out from \a commit. */
void fillCommitInfo(git_commit *commit, CommitInfo *out);

} // namespace OpsDeck::Pipelines::Git
