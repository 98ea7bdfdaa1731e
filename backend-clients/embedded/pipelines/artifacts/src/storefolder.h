// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// The store's folder: paths, the LOCK, manifest files (read, written
// atomically, removed) and mark-and-sweep garbage collection. Internal.

#include "opsdeck/pipelines/artifactstore.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace OpsDeck::Pipelines::Internal {

ArtifactStatus failure(ArtifactErrorCode code, std::string message);
/** Io, "<what>: <strerror(errno)>". */
ArtifactStatus ioFailure(const std::string &what);

/**
 * flock for the length of one call: writers share, gc is alone. Each call
 * opens LOCK itself: flock belongs to an open file description, so calls on
 * several threads sharing one descriptor would convert each other's locks
 * instead of waiting for them.
 */
class FileLock
{
public:
    FileLock(const std::string &path, int operation);
    ~FileLock();
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;
    bool ok() const { return m_fd >= 0; }
    ArtifactStatus failure() const;

private:
    std::string m_path;
    int m_fd;
    int m_errno = 0;
};

bool readWholeFile(const std::string &path, std::string *out);
/** Names in \a dir (not "." or ".."), sorted; empty when it does not exist. */
std::vector<std::string> listDir(const std::string &dir);
/** lstat size, 0 when missing. */
std::uint64_t fileSize(const std::string &path);

using ManifestList = std::vector<std::pair<std::string, ArtifactManifest>>;

class StoreFolder
{
public:
    explicit StoreFolder(std::string root)
        : dir(std::move(root))
    {
    }

    std::string dir;

    std::string lockPath() const { return dir + "/LOCK"; }
    std::string blobsDir() const { return dir + "/blobs"; }
    std::string tmpDir() const { return dir + "/tmp"; }
    std::string manifestsDir() const { return dir + "/manifests"; }
    std::string runDir(std::string_view runId) const { return manifestsDir() + "/" + std::string(runId); }
    std::string manifestPath(std::string_view runId, std::string_view jobName) const;
    /** \a path relative to the store, for messages. */
    std::string relative(const std::string &path) const;

    ArtifactStatus readManifest(const std::string &path, ArtifactManifest *out) const;
    /** Every manifest with its path; a damaged one fails the whole call, so gc never frees what it might name. */
    ArtifactStatus readAllManifests(ManifestList *out) const;
    /** Temp file in tmp/, fdatasync, rename into place, fsync the folder(s). */
    ArtifactStatus writeManifest(const ArtifactManifest &manifest) const;
    /** Unlink, fsync the run folder; an emptied run folder goes too. */
    ArtifactStatus removeManifest(const std::string &path) const;
    /** Mark and sweep; the caller holds LOCK exclusively. */
    ArtifactStatus collectGarbageLocked(GcReport *report) const;
};

} // namespace OpsDeck::Pipelines::Internal
