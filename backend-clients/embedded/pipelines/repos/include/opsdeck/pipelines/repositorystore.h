// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

/**
 * \file
 * The repositories the CI engine knows, kept in one folder (the
 * workspace's `pipelines/repos`, docs/pipeline-repositories.md):
 *
 *   repositories.json        the registry: name, source, kind, path
 *   mirrors/<name>.git       bare mirror clones (kind "mirror")
 *   tmp/                     clones in progress; leftovers are garbage
 *   LOCK                     flock: add and remove take it, so opsctl and
 *                            the console can change the registry at once
 *
 * A local repository with a working tree is used in place and never written
 * to; anything else (a bare repository, a file:// or network URL) is cloned
 * as a bare mirror that fetch() keeps up to date. The registry is replaced
 * atomically (fsync, rename, fsync of the folder).
 *
 * Calls may come from several threads at once.
 *
 * \code
 * RepoStatus status;
 * auto store = RepositoryStore::open(workspace + "/pipelines/repos", &status);
 * status = store->add("app", "/home/me/src/app");              // in place
 * status = store->add("lib", "file:///srv/git/lib.git");       // mirror
 * auto repo = store->repository("lib", &status);
 * std::vector<FetchedRef> moved;
 * status = repo->fetch(&moved);
 * \endcode
 */

#include <opsdeck/pipelines/repository.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace OpsDeck::Pipelines {

/** One registered repository. */
struct RepositoryEntry
{
    enum class Kind { Local, Mirror };
    std::string name;    ///< [A-Za-z0-9._-], 1..100 characters, not starting with '.'
    std::string source;  ///< what add() was given
    Kind kind = Kind::Local;
    std::string path;    ///< the repository opened: the local path, or the mirror's absolute path
    std::int64_t addedAt = 0; ///< seconds since the epoch
    friend bool operator==(const RepositoryEntry &, const RepositoryEntry &) = default;
};

struct AddOptions
{
    enum class Mode {
        Auto,    ///< a local repository with a working tree in place; anything else mirrored
        InPlace, ///< use the local repository (bare or not) where it is
        Mirror,  ///< always clone a bare mirror, even of a local working repository
    };
    Mode mode = Mode::Auto;
};

class RepositoryStore
{
public:
    ~RepositoryStore();
    RepositoryStore(const RepositoryStore &) = delete;
    RepositoryStore &operator=(const RepositoryStore &) = delete;

    /** Opens (creating when missing) the store in \a dir. A broken registry is Corrupt, with line and column. */
    static std::unique_ptr<RepositoryStore> open(const std::string &dir, RepoStatus *status);

    const std::string &directory() const;

    /**
     * Registers \a source as \a name. A local path is checked to be a
     * repository; a mirror is cloned completely before the registry names
     * it, so a failed clone leaves nothing behind.
     */
    RepoStatus add(const std::string &name, const std::string &source, const AddOptions &options = {},
                   RepositoryEntry *entry = nullptr);
    /** Forgets \a name; deletes its mirror, never a local repository. */
    RepoStatus remove(const std::string &name);
    /** Every entry, sorted by name, as the registry on disk says now. */
    RepoStatus list(std::vector<RepositoryEntry> *out) const;
    RepoStatus find(const std::string &name, RepositoryEntry *out) const;
    /**
     * Opens a registered repository: a new object at each call. Keep it for
     * as long as you poll or check out from it, since its handle pool and
     * its snapshot cache live in it (a fresh object reads the refs in full).
     */
    std::unique_ptr<Repository> repository(const std::string &name, RepoStatus *status) const;

private:
    struct Private;
    explicit RepositoryStore(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

/** Whether \a name may name a repository; otherwise \a error says why. */
bool isValidRepositoryName(const std::string &name, std::string *error);

} // namespace OpsDeck::Pipelines
