// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

/**
 * \file
 * One git repository as the CI engine sees it (docs/pipeline-repositories.md):
 * branches, tags, history, refs resolved to commits, fetches of mirrors,
 * cheap ref snapshots for polling, and checkouts of a commit's tree into a
 * fresh job folder. Plain C++ over libgit2; no Qt.
 *
 * Threads: a Repository may be called from several threads at once. libgit2
 * objects are never shared between threads: each call borrows a
 * git_repository handle of its own from a small pool (opening one when none
 * is free) and gives it back when it returns, so two workers checking out
 * two commits run side by side. CommitFiles (files()) holds a handle of its
 * own and is used by one thread at a time.
 *
 * \code
 * RepoStatus status;
 * auto repo = Repository::open("/home/me/src/app", "app", &status);
 * std::string id;
 * status = repo->resolve("main", &id);
 * CheckoutReport report;
 * status = repo->checkout(id, jobDir + "/src", {}, &report);
 * auto files = repo->files(id, &status);
 * Plan plan = readPipeline(*files, ".gitlab-ci.yml", {.branch = "main"});
 *
 * RefSnapshot before = repo->snapshot(&status);
 * // ... later, every poll:
 * RefSnapshot after = repo->snapshot(&status);
 * for (const RefChange &change : repo->changes(before, after))
 *     trigger(change.name, change.newId, change.commits);
 * \endcode
 */

#include <opsdeck/pipelines/pipelinereader.h>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace OpsDeck::Pipelines {

/** Why a repository call failed; the message is one line for a person. */
enum class RepoErrorCode {
    None,
    InvalidArgument, ///< a bad name, an empty ref, a target folder that is not empty
    NotFound,        ///< no repository at the path, no such registered name
    NotARepository,  ///< the path exists but is no git repository (or a clone source is none)
    RefNotFound,     ///< a branch, tag or commit id that does not exist
    Corrupt,         ///< a missing or damaged object, an unreadable registry
    Exists,          ///< add() of a name already registered
    Io,              ///< the file system refused (permissions, disk full)
    Git,             ///< any other libgit2 failure (the message carries libgit2's text)
};

struct RepoStatus
{
    RepoErrorCode code = RepoErrorCode::None;
    std::string message;
    bool ok() const { return code == RepoErrorCode::None; }
};

/** A branch or a tag and the commit it stands for. */
struct RefInfo
{
    std::string name;      ///< short: "main", "feature/x", "v1.0"
    std::string fullName;  ///< "refs/heads/main", "refs/tags/v1.0"
    std::string commitId;  ///< 40 hex digits; an annotated tag is peeled to its commit
    bool annotated = false; ///< tags: an annotated tag object (not a lightweight tag)
    friend bool operator==(const RefInfo &, const RefInfo &) = default;
};

struct CommitInfo
{
    std::string id;        ///< 40 hex digits
    std::string shortId;   ///< the shortest unambiguous prefix, at least 7 digits (like %h)
    std::string authorName;
    std::string authorEmail;
    std::int64_t authorTime = 0;   ///< seconds since the epoch
    int authorOffsetMinutes = 0;   ///< the author's time zone
    std::string committerName;
    std::string committerEmail;
    std::int64_t commitTime = 0;
    std::string summary;   ///< the first paragraph on one line (like %s)
    std::string message;   ///< the whole message as stored
    std::vector<std::string> parents;
};

/**
 * The branch and tag refs of a repository at one moment: full ref name to
 * the id the ref names directly (for an annotated tag the tag object's id).
 * Taking one reads refs only, never objects, so polling is cheap.
 */
struct RefSnapshot
{
    std::map<std::string, std::string> refs;
    friend bool operator==(const RefSnapshot &, const RefSnapshot &) = default;
};

/** A branch or tag that appeared, moved or went away between two snapshots. */
struct RefChange
{
    enum class Kind { Created, Moved, Deleted };
    Kind kind = Kind::Moved;
    std::string fullName;  ///< "refs/heads/main"
    std::string name;      ///< "main"
    bool isTag = false;
    std::string oldId;     ///< commit before (empty when created)
    std::string newId;     ///< commit after (empty when deleted)
    /**
     * The commits the change brought, oldest first: for a moved ref those
     * reachable from newId but not from oldId; for a created one those not
     * reachable from any ref of the earlier snapshot. At most
     * ChangeOptions::maxCommits (the newest ones); see truncated.
     */
    std::vector<CommitInfo> commits;
    bool truncated = false; ///< more commits than maxCommits came in
    bool forced = false;    ///< moved to a commit that does not contain oldId (a force push)
};

struct ChangeOptions
{
    std::size_t maxCommits = 100;
};

/** One ref a fetch() moved. */
struct FetchedRef
{
    std::string fullName;
    std::string oldId; ///< empty: the ref is new
    std::string newId; ///< empty: the ref was deleted at the source (pruned)
    friend bool operator==(const FetchedRef &, const FetchedRef &) = default;
};

struct CheckoutOptions
{
    /**
     * A file written beside the tree, so the job knows its commit:
     * "commit=<id>\ntree=<id>\n". Empty: none. When the tree has a file of
     * that name the tree's file wins and a warning says so.
     */
    std::string metadataFile = ".opsdeck-commit";
};

struct CheckoutReport
{
    std::string commitId;
    std::string treeId;
    std::size_t files = 0;       ///< regular files written (not symlinks)
    std::uint64_t bytes = 0;     ///< their bytes
    std::size_t symlinks = 0;    ///< symlinks created
    std::size_t directories = 0; ///< folders created, the root not counted
    /** Submodules (gitlinks): path and commit; each left as an empty folder, not checked out. */
    std::vector<std::pair<std::string, std::string>> submodules;
    /** What was skipped and why, e.g. a symlink pointing outside the checkout. */
    std::vector<std::string> warnings;
};

class CommitFiles;

class Repository
{
public:
    ~Repository();
    Repository(const Repository &) = delete;
    Repository &operator=(const Repository &) = delete;

    /**
     * Opens the repository at \a path: a working tree's root, its .git, or
     * a bare repository (no search upwards). \a name is how messages call it.
     * Nothing is ever written into it except by fetch() (mirrors only).
     */
    static std::unique_ptr<Repository> open(const std::string &path, const std::string &name,
                                            RepoStatus *status);

    const std::string &name() const;
    const std::string &path() const;
    /** Whether the repository is bare (a mirror in the store, or a user's bare repository). */
    bool isBare() const;

    /** The branch HEAD points at ("main"), or empty for a detached or unborn HEAD. */
    std::string headBranch(RepoStatus *status = nullptr) const;
    /** Local branches (refs/heads), sorted by name. */
    RepoStatus branches(std::vector<RefInfo> *out) const;
    /** Tags (refs/tags), sorted by name, peeled to their commits. */
    RepoStatus tags(std::vector<RefInfo> *out) const;
    /** Up to \a limit commits reachable from \a ref, newest first (commit time), like `git log`. */
    RepoStatus log(const std::string &ref, std::size_t limit, std::vector<CommitInfo> *out) const;
    /** One commit. */
    RepoStatus commit(const std::string &ref, CommitInfo *out) const;
    /**
     * A branch, tag, "HEAD", a full or unambiguous short commit id, or any
     * revision git understands ("main~2") to a 40-digit commit id.
     * RefNotFound names the ref when it does not exist.
     */
    RepoStatus resolve(const std::string &ref, std::string *commitId) const;

    /**
     * Updates a mirror's refs from the source it was cloned from (every ref,
     * forced, pruned) and reports which refs moved, sorted by name. Only a
     * mirror of the store (RepositoryStore::repository() of a "mirror"
     * entry) may be fetched: any other repository belongs to the user and is
     * never written to (InvalidArgument).
     */
    RepoStatus fetch(std::vector<FetchedRef> *moved = nullptr);

    /**
     * The branch and tag refs, read without touching any object. When
     * packed-refs and every folder under refs/heads and refs/tags are as
     * they were at the last snapshot (and had been quiet for 2 s before it),
     * that snapshot is returned after a few stat calls; see
     * docs/pipeline-repositories.md.
     */
    RefSnapshot snapshot(RepoStatus *status = nullptr) const;
    /** How many snapshots read the refs in full (not from the cache): diagnostics and tests. */
    std::uint64_t snapshotFullReads() const;
    /** What moved between two snapshots (see RefChange), sorted by ref name. */
    std::vector<RefChange> changes(const RefSnapshot &before, const RefSnapshot &after,
                                   const ChangeOptions &options = {}, RepoStatus *status = nullptr) const;

    /**
     * Writes the tree of commit \a ref into \a targetDir, which must not
     * exist or be empty (created with its parents). Files get their mode
     * (0644, or 0755 when executable), symlinks stay symlinks unless they
     * point outside targetDir (skipped, with a warning), submodules become
     * empty folders. Nothing is written through a symlink: every file is
     * created anew, relative to its folder's descriptor. No .git folder.
     */
    RepoStatus checkout(const std::string &ref, const std::string &targetDir, const CheckoutOptions &options = {},
                        CheckoutReport *report = nullptr) const;

    /**
     * Paths of files that differ between two commits (added, deleted,
     * modified, type changed; a rename counts as both paths), sorted. An
     * empty \a oldRef or the zero id means "no commit": every file of newRef.
     */
    RepoStatus changedFiles(const std::string &oldRef, const std::string &newRef,
                            std::vector<std::string> *out) const;

    /** The files at commit \a ref, for readPipeline(). Null on failure. */
    std::unique_ptr<CommitFiles> files(const std::string &ref, RepoStatus *status) const;

private:
    friend class RepositoryStore;
    struct Private;
    explicit Repository(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

/**
 * The files of one commit's tree, for readPipeline(): read() gives a
 * regular file's bytes (a symlink inside the tree is followed, at most 8
 * hops; a folder, a submodule or a missing path gives nothing). Holds its
 * own libgit2 handle: use it from one thread at a time.
 */
class CommitFiles final : public IRepositoryFiles
{
public:
    ~CommitFiles() override;
    CommitFiles(const CommitFiles &) = delete;
    CommitFiles &operator=(const CommitFiles &) = delete;

    const std::string &commitId() const;
    std::optional<std::string> read(const std::string &path) const override;
    std::vector<std::string> list(const std::string &glob) const override;

private:
    friend class Repository;
    struct Private;
    explicit CommitFiles(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace OpsDeck::Pipelines
