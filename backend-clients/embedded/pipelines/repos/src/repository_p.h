// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "gitutil.h"

#include <optional>
#include <string>
#include <vector>

namespace OpsDeck::Pipelines {

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
