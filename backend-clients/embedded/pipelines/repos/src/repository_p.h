// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "gitutil.h"

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string_view>
#include <string>
#include <vector>

namespace OpsDeck::Pipelines {

namespace Git {

/**
 * The last snapshot and what the ref folders looked like when it was read
 * (see snapshot.cpp): a poll that finds them unchanged returns it without
 * opening a single ref file.
 */
struct RefCache
{
    struct Key
    {
        std::string path;
        bool exists = false;
        unsigned long long inode = 0, size = 0;
        long long mtimeSec = 0, mtimeNsec = 0, ctimeSec = 0, ctimeNsec = 0;
        friend bool operator==(const Key &, const Key &) = default;
    };
    std::mutex mutex;
    bool valid = false;
    std::uint64_t fullReads = 0;
    std::vector<Key> keys;
    RefSnapshot snapshot;
};

/** The branch and tag refs of \a repo, from \a cache when the ref folders have not changed. */
RepoStatus cachedSnapshot(git_repository *repo, const std::string &repoName, RefCache *cache, RefSnapshot *out);
/** Every direct ref under one of \a prefixes (all when empty): name -> target id. */
RepoStatus readRefs(git_repository *repo, const std::string &repoName, const std::vector<std::string_view> &prefixes,
                    std::map<std::string, std::string> *out);

} // namespace Git

struct Repository::Private
{
    Private(std::string repoName, std::string repoPath)
        : name(std::move(repoName)), path(std::move(repoPath)), pool(path)
    {
    }
    std::string name;
    std::string path;
    bool bare = false;
    /** A mirror of the store: the only kind fetch() may write to. */
    bool mirror = false;
    mutable Git::HandlePool pool;
    mutable Git::RefCache refCache;
};

struct CommitFiles::Private
{
    Git::RepoPtr repo; // first: freed after the tree that belongs to it
    Git::TreePtr tree;
    std::string repoName;
    std::string commitId;
    mutable std::optional<std::vector<std::string>> all; ///< every file path, sorted (list())
};

namespace Git {

/** Writes the tree of \a commit into \a targetDir (see Repository::checkout). */
RepoStatus checkoutCommit(git_repository *repo, const std::string &repoName, git_commit *commit,
                          const std::string &targetDir, const CheckoutOptions &options, CheckoutReport *report);

/** Lexically resolves symlink \a target found at \a linkPath (both '/'-separated, relative to the root); false when it leaves the root or is absolute. */
bool resolveInside(const std::string &linkPath, const std::string &target, std::string *resolved);

} // namespace Git

} // namespace OpsDeck::Pipelines
