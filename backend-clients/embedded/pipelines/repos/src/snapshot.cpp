// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// Ref snapshots for polling. Reading 100 loose refs costs about a
// millisecond here (libgit2 opens each file), which an engine polling every
// few hundred ms per repository pays for nothing almost every time. Every
// ref update git or libgit2 makes is a lockfile renamed into the ref's
// folder (or packed-refs replaced, or a ref file unlinked), and each of
// those changes the folder's mtime and ctime. So a snapshot remembers the
// stat of packed-refs and of every folder under refs/heads and refs/tags,
// and the next poll that finds them all unchanged returns the same snapshot
// after a few stat calls.
//
// Racy timestamps (the problem git's index has): file system times come
// from a coarse clock, so a rename in the same tick as the one we saw
// leaves the mtime unchanged. The cache is therefore only trusted when every
// recorded time is at least kQuietSeconds older than the moment the refs
// were read; a repository that changed just before is read in full again.
#include "repository_p.h"

#include <algorithm>
#include <chrono>
#include <string_view>

#include <dirent.h>
#include <sys/stat.h>

namespace OpsDeck::Pipelines::Git {

namespace {

constexpr long long kQuietSeconds = 2;

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.substr(0, prefix.size()) == prefix;
}

RefCache::Key keyOf(const std::string &path)
{
    RefCache::Key key;
    key.path = path;
    struct stat st;
    if (::stat(path.c_str(), &st) != 0)
        return key;
    key.exists = true;
    key.inode = st.st_ino;
    key.size = static_cast<unsigned long long>(st.st_size);
    key.mtimeSec = st.st_mtim.tv_sec;
    key.mtimeNsec = st.st_mtim.tv_nsec;
    key.ctimeSec = st.st_ctim.tv_sec;
    key.ctimeNsec = st.st_ctim.tv_nsec;
    return key;
}

/** \a dir and every folder below it. */
void collectFolders(const std::string &dir, std::vector<RefCache::Key> *keys)
{
    keys->push_back(keyOf(dir));
    DIR *handle = ::opendir(dir.c_str());
    if (!handle)
        return;
    while (const dirent *entry = ::readdir(handle)) {
        const std::string_view name(entry->d_name);
        if (name == "." || name == "..")
            continue;
        const std::string path = dir + "/" + entry->d_name;
        bool folder = entry->d_type == DT_DIR;
        if (entry->d_type == DT_UNKNOWN) {
            struct stat st;
            folder = ::lstat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
        }
        if (folder)
            collectFolders(path, keys);
    }
    ::closedir(handle);
}

std::vector<RefCache::Key> currentKeys(const std::vector<RefCache::Key> &recorded)
{
    std::vector<RefCache::Key> keys;
    keys.reserve(recorded.size());
    for (const RefCache::Key &key : recorded)
        keys.push_back(keyOf(key.path));
    return keys;
}

} // namespace

/**
 * Every direct ref whose name starts with one of \a prefixes (all when
 * empty): name -> target id. Reads the refdb only, never objects.
 */
RepoStatus readRefs(git_repository *repo, const std::string &repoName, const std::vector<std::string_view> &prefixes,
                    std::map<std::string, std::string> *out)
{
    git_reference_iterator *rawIter = nullptr;
    int rc = git_reference_iterator_new(&rawIter, repo);
    if (rc != 0)
        return failure(rc, "repository '" + repoName + "': cannot list refs", RepoErrorCode::Corrupt);
    RefIterPtr iter(rawIter);
    git_reference *rawRef = nullptr;
    while ((rc = git_reference_next(&rawRef, iter.get())) == 0) {
        RefPtr ref(rawRef);
        if (git_reference_type(ref.get()) != GIT_REFERENCE_DIRECT)
            continue;
        const char *name = git_reference_name(ref.get());
        if (!prefixes.empty()
            && std::none_of(prefixes.begin(), prefixes.end(), [&](std::string_view p) { return startsWith(name, p); }))
            continue;
        (*out)[name] = oidString(git_reference_target(ref.get()));
    }
    if (rc != GIT_ITEROVER)
        return failure(rc, "repository '" + repoName + "': cannot read refs", RepoErrorCode::Corrupt);
    return {};
}

RepoStatus cachedSnapshot(git_repository *repo, const std::string &repoName, RefCache *cache, RefSnapshot *out)
{
    std::lock_guard lock(cache->mutex);
    if (cache->valid && currentKeys(cache->keys) == cache->keys) {
        *out = cache->snapshot;
        return {};
    }
    // The folders are stat'ed before the refs are read: a change after the
    // stat shows as a different key next time, never as a stale snapshot.
    const long long readAt =
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
    std::string common = git_repository_commondir(repo);
    while (!common.empty() && common.back() == '/')
        common.pop_back();
    std::vector<RefCache::Key> keys;
    keys.push_back(keyOf(common + "/packed-refs"));
    collectFolders(common + "/refs/heads", &keys);
    collectFolders(common + "/refs/tags", &keys);

    out->refs.clear();
    cache->valid = false;
    cache->fullReads += 1;
    static constexpr std::string_view kPrefixes[] = {"refs/heads/", "refs/tags/"};
    if (RepoStatus status = readRefs(repo, repoName, {kPrefixes[0], kPrefixes[1]}, &out->refs); !status.ok())
        return status;
    bool quiet = true;
    for (const RefCache::Key &key : keys) {
        if (key.exists && (key.mtimeSec > readAt - kQuietSeconds || key.ctimeSec > readAt - kQuietSeconds))
            quiet = false;
    }
    if (quiet) {
        cache->keys = std::move(keys);
        cache->snapshot = *out;
        cache->valid = true;
    }
    return {};
}

} // namespace OpsDeck::Pipelines::Git
