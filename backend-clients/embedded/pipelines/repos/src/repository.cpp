// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "repository_p.h"

#include <algorithm>
#include <filesystem>
#include <set>

namespace OpsDeck::Pipelines {

using namespace Git;

namespace {

constexpr std::string_view kHeads = "refs/heads/";
constexpr std::string_view kTags = "refs/tags/";

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.substr(0, prefix.size()) == prefix;
}

std::string shortRefName(const std::string &full)
{
    if (startsWith(full, kHeads))
        return full.substr(kHeads.size());
    if (startsWith(full, kTags))
        return full.substr(kTags.size());
    return full;
}

/** The commit \a id stands for (a tag object peeled), or \a id itself when it cannot be peeled. */
std::string peeledCommitId(git_repository *repo, const std::string &id)
{
    git_oid oid;
    if (id.empty() || git_oid_fromstr(&oid, id.c_str()) != 0)
        return id;
    git_object *raw = nullptr;
    if (git_object_lookup(&raw, repo, &oid, GIT_OBJECT_ANY) != 0)
        return id;
    ObjectPtr object(raw);
    git_object *peeled = nullptr;
    if (git_object_peel(&peeled, object.get(), GIT_OBJECT_COMMIT) != 0)
        return id;
    ObjectPtr peeledPtr(peeled);
    return oidString(git_object_id(peeled));
}

RepoStatus listRefs(git_repository *repo, const std::string &repoName, std::string_view prefix, bool tags,
                    std::vector<RefInfo> *out)
{
    std::map<std::string, std::string> refs;
    if (RepoStatus status = readRefs(repo, repoName, {prefix}, &refs); !status.ok())
        return status;
    out->clear();
    for (const auto &[full, id] : refs) {
        RefInfo info;
        info.fullName = full;
        info.name = shortRefName(full);
        git_oid oid;
        git_oid_fromstr(&oid, id.c_str());
        git_object *raw = nullptr;
        int rc = git_object_lookup(&raw, repo, &oid, GIT_OBJECT_ANY);
        if (rc != 0) {
            return failure(rc, "repository '" + repoName + "': " + (tags ? "tag '" : "branch '") + info.name +
                                   "' points to object " + id + ", which cannot be read",
                           RepoErrorCode::Corrupt);
        }
        ObjectPtr object(raw);
        info.annotated = git_object_type(object.get()) == GIT_OBJECT_TAG;
        git_object *peeled = nullptr;
        rc = git_object_peel(&peeled, object.get(), GIT_OBJECT_COMMIT);
        if (rc != 0) {
            // A tag of a tree or a blob (git's own history has one): no commit to build.
            if (tags)
                continue;
            return failure(rc, "repository '" + repoName + "': branch '" + info.name + "' does not point to a commit",
                           RepoErrorCode::Corrupt);
        }
        ObjectPtr peeledPtr(peeled);
        info.commitId = oidString(git_object_id(peeled));
        out->push_back(std::move(info));
    }
    return {};
}

/**
 * Walks from \a from, hiding \a hide, newest first; keeps at most \a max
 * commits and returns them oldest first.
 */
RepoStatus newCommits(git_repository *repo, const std::string &repoName, const std::string &from,
                      const std::vector<std::string> &hide, std::size_t max, std::vector<CommitInfo> *out,
                      bool *truncated)
{
    out->clear();
    *truncated = false;
    git_revwalk *rawWalk = nullptr;
    int rc = git_revwalk_new(&rawWalk, repo);
    if (rc != 0)
        return failure(rc, "repository '" + repoName + "': cannot walk history");
    RevwalkPtr walk(rawWalk);
    git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME);
    git_oid oid;
    git_oid_fromstr(&oid, from.c_str());
    rc = git_revwalk_push(walk.get(), &oid);
    if (rc != 0)
        return failure(rc, "repository '" + repoName + "': cannot read commit " + from, RepoErrorCode::Corrupt);
    for (const std::string &id : hide) {
        git_oid hidden;
        // A commit that is gone (pruned after a force push) hides nothing.
        if (git_oid_fromstr(&hidden, id.c_str()) == 0 && git_revwalk_hide(walk.get(), &hidden) != 0)
            git_error_clear();
    }
    while ((rc = git_revwalk_next(&oid, walk.get())) == 0) {
        if (out->size() == max) {
            *truncated = true;
            break;
        }
        git_commit *rawCommit = nullptr;
        rc = git_commit_lookup(&rawCommit, repo, &oid);
        if (rc != 0)
            return failure(rc, "repository '" + repoName + "': cannot read commit " + oidString(&oid),
                           RepoErrorCode::Corrupt);
        CommitPtr commit(rawCommit);
        CommitInfo info;
        fillCommitInfo(commit.get(), &info);
        out->push_back(std::move(info));
    }
    if (rc != 0 && rc != GIT_ITEROVER)
        return failure(rc, "repository '" + repoName + "': cannot walk history from " + from, RepoErrorCode::Corrupt);
    std::reverse(out->begin(), out->end());
    return {};
}

} // namespace

Repository::Repository(std::unique_ptr<Private> p) : d(std::move(p)) {}
Repository::~Repository() = default;

std::unique_ptr<Repository> Repository::open(const std::string &path, const std::string &name, RepoStatus *status)
{
    RepoStatus local;
    RepoStatus &st = status ? *status : local;
    st = {};
    if (path.empty()) {
        st = failure(RepoErrorCode::InvalidArgument, "repository '" + name + "': empty path");
        return nullptr;
    }
    std::error_code ec;
    const auto kind = std::filesystem::status(path, ec).type();
    if (kind == std::filesystem::file_type::not_found) {
        st = failure(RepoErrorCode::NotFound, "repository '" + name + "': " + path + " does not exist");
        return nullptr;
    }
    RepoPtr handle = HandlePool::openHandle(path, name, &st);
    if (!handle)
        return nullptr;
    auto p = std::make_unique<Private>(name, path);
    p->bare = git_repository_is_bare(handle.get()) != 0;
    std::unique_ptr<Repository> repo(new Repository(std::move(p)));
    // The handle that proved the path goes into the pool: the first call needs no second open.
    repo->d->pool.adopt(std::move(handle));
    return repo;
}

const std::string &Repository::name() const
{
    return d->name;
}

const std::string &Repository::path() const
{
    return d->path;
}

bool Repository::isBare() const
{
    return d->bare;
}

std::string Repository::headBranch(RepoStatus *status) const
{
    RepoStatus local;
    RepoStatus &st = status ? *status : local;
    st = {};
    auto lease = d->pool.lease(d->name, &st);
    if (!lease)
        return {};
    git_reference *raw = nullptr;
    const int rc = git_reference_lookup(&raw, lease.get(), "HEAD");
    if (rc != 0) {
        st = failure(rc, "repository '" + d->name + "': cannot read HEAD", RepoErrorCode::Corrupt);
        return {};
    }
    RefPtr head(raw);
    if (git_reference_type(head.get()) != GIT_REFERENCE_SYMBOLIC)
        return {};
    const std::string target = git_reference_symbolic_target(head.get());
    return startsWith(target, kHeads) ? target.substr(kHeads.size()) : std::string();
}

RepoStatus Repository::branches(std::vector<RefInfo> *out) const
{
    RepoStatus status;
    auto lease = d->pool.lease(d->name, &status);
    if (!lease)
        return status;
    return listRefs(lease.get(), d->name, kHeads, false, out);
}

RepoStatus Repository::tags(std::vector<RefInfo> *out) const
{
    RepoStatus status;
    auto lease = d->pool.lease(d->name, &status);
    if (!lease)
        return status;
    return listRefs(lease.get(), d->name, kTags, true, out);
}

RepoStatus Repository::log(const std::string &ref, std::size_t limit, std::vector<CommitInfo> *out) const
{
    out->clear();
    RepoStatus status;
    auto lease = d->pool.lease(d->name, &status);
    if (!lease)
        return status;
    CommitPtr start;
    if (status = resolveCommit(lease.get(), d->name, ref, &start); !status.ok())
        return status;
    git_revwalk *rawWalk = nullptr;
    int rc = git_revwalk_new(&rawWalk, lease.get());
    if (rc != 0)
        return failure(rc, "repository '" + d->name + "': cannot walk history");
    RevwalkPtr walk(rawWalk);
    git_revwalk_sorting(walk.get(), GIT_SORT_TIME);
    rc = git_revwalk_push(walk.get(), git_commit_id(start.get()));
    if (rc != 0)
        return failure(rc, "repository '" + d->name + "': cannot walk history of '" + ref + "'", RepoErrorCode::Corrupt);
    git_oid oid;
    while (out->size() < limit && (rc = git_revwalk_next(&oid, walk.get())) == 0) {
        git_commit *raw = nullptr;
        rc = git_commit_lookup(&raw, lease.get(), &oid);
        if (rc != 0)
            return failure(rc, "repository '" + d->name + "': history of '" + ref + "': cannot read commit " +
                                   oidString(&oid),
                           RepoErrorCode::Corrupt);
        CommitPtr commit(raw);
        CommitInfo info;
        fillCommitInfo(commit.get(), &info);
        out->push_back(std::move(info));
    }
    if (out->size() < limit && rc != GIT_ITEROVER && rc != 0)
        return failure(rc, "repository '" + d->name + "': history of '" + ref + "' cannot be read", RepoErrorCode::Corrupt);
    return {};
}

RepoStatus Repository::commit(const std::string &ref, CommitInfo *out) const
{
    RepoStatus status;
    auto lease = d->pool.lease(d->name, &status);
    if (!lease)
        return status;
    CommitPtr commit;
    if (status = resolveCommit(lease.get(), d->name, ref, &commit); !status.ok())
        return status;
    fillCommitInfo(commit.get(), out);
    return {};
}

RepoStatus Repository::resolve(const std::string &ref, std::string *commitId) const
{
    RepoStatus status;
    auto lease = d->pool.lease(d->name, &status);
    if (!lease)
        return status;
    CommitPtr commit;
    if (status = resolveCommit(lease.get(), d->name, ref, &commit); !status.ok())
        return status;
    *commitId = oidString(git_commit_id(commit.get()));
    return {};
}

RepoStatus Repository::fetch(std::vector<FetchedRef> *moved)
{
    if (moved)
        moved->clear();
    if (!d->mirror) {
        return failure(RepoErrorCode::InvalidArgument,
                       "repository '" + d->name + "' is used in place: only mirrors are fetched (the source "
                           "repository itself is never written to)");
    }
    RepoStatus status;
    auto lease = d->pool.lease(d->name, &status);
    if (!lease)
        return status;
    std::string url;
    RemotePtr remote = originRemote(lease.get(), d->name, &url, &status);
    if (!remote)
        return status;

    std::map<std::string, std::string> before;
    if (status = readRefs(lease.get(), d->name, {}, &before); !status.ok())
        return status;
    git_fetch_options options = GIT_FETCH_OPTIONS_INIT;
    options.prune = GIT_FETCH_PRUNE;
    options.update_fetchhead = 0;
    options.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_NONE; // the refspec takes every tag already
    char *refspec = const_cast<char *>(kMirrorRefspec);
    const git_strarray refspecs = {&refspec, 1};
    const int rc = git_remote_fetch(remote.get(), &refspecs, &options, "opsdeck: fetch");
    if (rc != 0)
        return failure(rc, "repository '" + d->name + "': fetch from " + url + " failed");
    std::map<std::string, std::string> after;
    if (status = readRefs(lease.get(), d->name, {}, &after); !status.ok())
        return status;
    if (moved) {
        std::set<std::string> names;
        for (const auto &[name, id] : before)
            names.insert(name);
        for (const auto &[name, id] : after)
            names.insert(name);
        for (const std::string &name : names) {
            const auto b = before.find(name);
            const auto a = after.find(name);
            FetchedRef ref{name, b == before.end() ? std::string() : b->second,
                           a == after.end() ? std::string() : a->second};
            if (ref.oldId != ref.newId)
                moved->push_back(std::move(ref));
        }
    }
    return {};
}

RefSnapshot Repository::snapshot(RepoStatus *status) const
{
    RepoStatus local;
    RepoStatus &st = status ? *status : local;
    st = {};
    RefSnapshot snapshot;
    auto lease = d->pool.lease(d->name, &st);
    if (!lease)
        return snapshot;
    st = cachedSnapshot(lease.get(), d->name, &d->refCache, &snapshot);
    return snapshot;
}

std::uint64_t Repository::snapshotFullReads() const
{
    std::lock_guard lock(d->refCache.mutex);
    return d->refCache.fullReads;
}

std::vector<RefChange> Repository::changes(const RefSnapshot &before, const RefSnapshot &after,
                                           const ChangeOptions &options, RepoStatus *status) const
{
    RepoStatus local;
    RepoStatus &st = status ? *status : local;
    st = {};
    std::vector<RefChange> out;
    if (before == after)
        return out;
    auto lease = d->pool.lease(d->name, &st);
    if (!lease)
        return out;
    git_repository *repo = lease.get();

    std::vector<std::string> beforeCommits; // what a created ref's commits are measured against
    std::set<std::string> names;
    for (const auto &[name, id] : before.refs)
        names.insert(name);
    for (const auto &[name, id] : after.refs)
        names.insert(name);

    for (const std::string &name : names) {
        const auto b = before.refs.find(name);
        const auto a = after.refs.find(name);
        if (b != before.refs.end() && a != after.refs.end() && b->second == a->second)
            continue;
        RefChange change;
        change.fullName = name;
        change.name = shortRefName(name);
        change.isTag = startsWith(name, kTags);
        if (b != before.refs.end())
            change.oldId = peeledCommitId(repo, b->second);
        if (a != after.refs.end())
            change.newId = peeledCommitId(repo, a->second);
        if (a == after.refs.end()) {
            change.kind = RefChange::Kind::Deleted;
            out.push_back(std::move(change));
            continue;
        }
        std::vector<std::string> hide;
        if (b == before.refs.end()) {
            change.kind = RefChange::Kind::Created;
            if (beforeCommits.empty()) {
                for (const auto &[n, id] : before.refs)
                    beforeCommits.push_back(peeledCommitId(repo, id));
            }
            hide = beforeCommits;
        } else {
            change.kind = RefChange::Kind::Moved;
            hide = {change.oldId};
            git_oid newOid, oldOid;
            if (change.oldId != change.newId && git_oid_fromstr(&newOid, change.newId.c_str()) == 0
                && git_oid_fromstr(&oldOid, change.oldId.c_str()) == 0) {
                change.forced = git_graph_descendant_of(repo, &newOid, &oldOid) != 1;
                git_error_clear();
            }
        }
        st = newCommits(repo, d->name, change.newId, hide, options.maxCommits, &change.commits, &change.truncated);
        if (!st.ok())
            return out;
        out.push_back(std::move(change));
    }
    return out;
}

RepoStatus Repository::checkout(const std::string &ref, const std::string &targetDir, const CheckoutOptions &options,
                                CheckoutReport *report) const
{
    CheckoutReport local;
    CheckoutReport &rep = report ? *report : local;
    rep = {};
    RepoStatus status;
    auto lease = d->pool.lease(d->name, &status);
    if (!lease)
        return status;
    CommitPtr commit;
    if (status = resolveCommit(lease.get(), d->name, ref, &commit); !status.ok())
        return status;
    return checkoutCommit(lease.get(), d->name, commit.get(), targetDir, options, &rep);
}

RepoStatus Repository::changedFiles(const std::string &oldRef, const std::string &newRef,
                                    std::vector<std::string> *out) const
{
    out->clear();
    RepoStatus status;
    auto lease = d->pool.lease(d->name, &status);
    if (!lease)
        return status;
    git_repository *repo = lease.get();
    CommitPtr newCommit;
    if (status = resolveCommit(repo, d->name, newRef, &newCommit); !status.ok())
        return status;
    CommitPtr oldCommit;
    if (!oldRef.empty() && !isZeroId(oldRef)) {
        if (status = resolveCommit(repo, d->name, oldRef, &oldCommit); !status.ok())
            return status;
    }
    git_tree *rawNew = nullptr;
    int rc = git_commit_tree(&rawNew, newCommit.get());
    if (rc != 0)
        return failure(rc, "repository '" + d->name + "': cannot read the tree of '" + newRef + "'", RepoErrorCode::Corrupt);
    TreePtr newTree(rawNew);
    TreePtr oldTree;
    if (oldCommit) {
        git_tree *rawOld = nullptr;
        rc = git_commit_tree(&rawOld, oldCommit.get());
        if (rc != 0)
            return failure(rc, "repository '" + d->name + "': cannot read the tree of '" + oldRef + "'",
                           RepoErrorCode::Corrupt);
        oldTree.reset(rawOld);
    }
    git_diff_options diffOptions = GIT_DIFF_OPTIONS_INIT;
    git_diff *rawDiff = nullptr;
    rc = git_diff_tree_to_tree(&rawDiff, repo, oldTree.get(), newTree.get(), &diffOptions);
    if (rc != 0)
        return failure(rc, "repository '" + d->name + "': cannot compare '" + oldRef + "' with '" + newRef + "'",
                       RepoErrorCode::Corrupt);
    DiffPtr diff(rawDiff);
    std::set<std::string> paths;
    const std::size_t count = git_diff_num_deltas(diff.get());
    for (std::size_t i = 0; i < count; ++i) {
        const git_diff_delta *delta = git_diff_get_delta(diff.get(), i);
        if (delta->old_file.path && delta->status != GIT_DELTA_ADDED)
            paths.insert(delta->old_file.path);
        if (delta->new_file.path && delta->status != GIT_DELTA_DELETED)
            paths.insert(delta->new_file.path);
    }
    out->assign(paths.begin(), paths.end());
    return {};
}

std::unique_ptr<CommitFiles> Repository::files(const std::string &ref, RepoStatus *status) const
{
    RepoStatus local;
    RepoStatus &st = status ? *status : local;
    st = {};
    // A handle of its own, not a lease: the object may outlive this Repository.
    RepoPtr handle = HandlePool::openHandle(d->path, d->name, &st);
    if (!handle)
        return nullptr;
    CommitPtr commit;
    if (st = resolveCommit(handle.get(), d->name, ref, &commit); !st.ok())
        return nullptr;
    git_tree *rawTree = nullptr;
    const int rc = git_commit_tree(&rawTree, commit.get());
    if (rc != 0) {
        st = failure(rc, "repository '" + d->name + "': cannot read the tree of '" + ref + "'", RepoErrorCode::Corrupt);
        return nullptr;
    }
    auto p = std::make_unique<CommitFiles::Private>();
    p->repoName = d->name;
    p->commitId = oidString(git_commit_id(commit.get()));
    p->tree.reset(rawTree);
    p->repo = std::move(handle); // declared first in Private, so freed after the tree
    return std::unique_ptr<CommitFiles>(new CommitFiles(std::move(p)));
}

} // namespace OpsDeck::Pipelines
