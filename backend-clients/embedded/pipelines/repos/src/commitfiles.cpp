// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// A commit's tree as IRepositoryFiles, so the pipeline reader reads
// .gitlab-ci.yml and its includes at the commit being built, not from
// whatever the working tree holds now.
#include "repository_p.h"

#include <algorithm>

namespace OpsDeck::Pipelines {

using namespace Git;

namespace {

constexpr int kMaxLinkHops = 8;

void collectPaths(git_repository *repo, git_tree *tree, const std::string &prefix, std::vector<std::string> *out)
{
    const std::size_t count = git_tree_entrycount(tree);
    for (std::size_t i = 0; i < count; ++i) {
        const git_tree_entry *entry = git_tree_entry_byindex(tree, i);
        const std::string path = prefix + git_tree_entry_name(entry);
        switch (git_tree_entry_filemode(entry)) {
        case GIT_FILEMODE_TREE: {
            git_tree *raw = nullptr;
            if (git_tree_lookup(&raw, repo, git_tree_entry_id(entry)) != 0) {
                git_error_clear(); // a missing folder lists as empty; read() of a file in it says nothing either
                break;
            }
            TreePtr sub(raw);
            collectPaths(repo, sub.get(), path + "/", out);
            break;
        }
        case GIT_FILEMODE_BLOB:
        case GIT_FILEMODE_BLOB_EXECUTABLE:
        case GIT_FILEMODE_LINK:
            out->push_back(path);
            break;
        default:
            break;
        }
    }
}

} // namespace

CommitFiles::CommitFiles(std::unique_ptr<Private> p) : d(std::move(p)) {}
CommitFiles::~CommitFiles() = default;

const std::string &CommitFiles::commitId() const
{
    return d->commitId;
}

std::optional<std::string> CommitFiles::read(const std::string &path) const
{
    std::string current = path;
    while (current.starts_with("./"))
        current.erase(0, 2);
    for (int hop = 0; hop <= kMaxLinkHops; ++hop) {
        if (current.empty() || current.front() == '/')
            return std::nullopt;
        git_tree_entry *raw = nullptr;
        if (git_tree_entry_bypath(&raw, d->tree.get(), current.c_str()) != 0) {
            git_error_clear();
            return std::nullopt;
        }
        TreeEntryPtr entry(raw);
        const git_filemode_t mode = git_tree_entry_filemode(entry.get());
        if (mode != GIT_FILEMODE_BLOB && mode != GIT_FILEMODE_BLOB_EXECUTABLE && mode != GIT_FILEMODE_LINK)
            return std::nullopt;
        git_blob *rawBlob = nullptr;
        if (git_blob_lookup(&rawBlob, d->repo.get(), git_tree_entry_id(entry.get())) != 0) {
            git_error_clear();
            return std::nullopt;
        }
        BlobPtr blob(rawBlob);
        std::string content(static_cast<const char *>(git_blob_rawcontent(blob.get())),
                            static_cast<std::size_t>(git_blob_rawsize(blob.get())));
        if (mode != GIT_FILEMODE_LINK)
            return content;
        std::string next;
        if (!resolveInside(current, content, &next))
            return std::nullopt; // never read outside the commit
        current = next;
    }
    return std::nullopt;
}

std::vector<std::string> CommitFiles::list(const std::string &glob) const
{
    if (!d->all) {
        std::vector<std::string> all;
        collectPaths(d->repo.get(), d->tree.get(), "", &all);
        std::sort(all.begin(), all.end());
        d->all = std::move(all);
    }
    std::vector<std::string> out;
    for (const std::string &path : *d->all) {
        if (globMatch(glob, path))
            out.push_back(path);
    }
    return out;
}

} // namespace OpsDeck::Pipelines
