// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

/**
 * \file
 * The embedded artifact store (docs/artifact-store.md): what CI jobs leave
 * behind, kept in one folder (the workspace's `pipelines/artifacts`):
 *
 *   FORMAT                       "opsdeck-artifacts 1"
 *   LOCK                         flock: writers share it, gc takes it alone
 *   blobs/<h0h1>/<sha256 hex>    file contents, addressed by the SHA-256 of
 *                                the uncompressed bytes, zstd-compressed
 *                                unless that does not pay
 *   manifests/<run>/<job>.json   per (run id, job name): the files the job
 *                                produced (path, mode, size, blob)
 *   tmp/                         files being written; leftovers are garbage
 *
 * The same content is stored once however many jobs and runs produce it.
 * Blobs are durable (fsync, rename, fsync folder) before the manifest that
 * names them is written the same way, so a crash at any point leaves a
 * manifest whole or absent and never one naming a missing blob. Blobs no
 * manifest names, and temporary files, are removed by collectGarbage()
 * (mark and sweep under the exclusive lock).
 *
 * Plain C++ (OpenSSL for SHA-256, libzstd); every call blocks on disk, so
 * the Qt side runs it off the GUI thread. Calls may run on several threads
 * at once (say, one per CI worker): each has its own buffers and its own
 * LOCK descriptor, exactly as if it came from another process.
 *
 * \code
 * ArtifactStatus status;
 * auto store = ArtifactStore::open(workspace + "/pipelines/artifacts", {}, &status);
 * StoreRequest request{.runId = "1042", .jobName = "build", .workspaceDir = jobDir,
 *                      .paths = {"build/app", "build/docs"}, .expireIn = "1 week"};
 * status = store->storeJob(request);
 * status = store->restoreJob("1042", "build", nextJobDir);
 * LifecycleReport report;
 * status = store->applyLifecycle(nowSeconds, &report);
 * \endcode
 */

#include "opsdeck/pipelines/expirein.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace OpsDeck::Pipelines {

/** Why a request failed; the message is one line for a person. */
enum class ArtifactErrorCode { None, InvalidArgument, UnsafePath, NotFound, Corrupt, Io, NewerFormat };

struct ArtifactStatus
{
    ArtifactErrorCode code = ArtifactErrorCode::None;
    std::string message;
    bool ok() const { return code == ArtifactErrorCode::None; }
};

/** One file a job produced. */
struct ArtifactFile
{
    std::string path;        ///< relative, '/'-separated, normalised, never ".." or absolute
    std::uint32_t mode = 0;  ///< permission bits (0777 mask) restored on the file
    std::uint64_t size = 0;  ///< uncompressed bytes
    std::string blob;        ///< SHA-256 of the content, 64 lowercase hex digits
    friend bool operator==(const ArtifactFile &, const ArtifactFile &) = default;
};

/** The artifact set of one (run id, job name). */
struct ArtifactManifest
{
    std::string runId;
    std::string jobName;
    std::int64_t createdAt = 0;  ///< seconds since the epoch
    std::string expireIn;        ///< as the job said it; empty: the store's default
    bool production = false;     ///< deployed to production: kept at least LifecyclePolicy::productionSeconds
    std::vector<ArtifactFile> files; ///< sorted by path
    std::uint64_t logicalBytes() const;
};

/** Retention: what GitLab's expire_in does, plus longer life for production. */
struct LifecyclePolicy
{
    std::int64_t defaultSeconds = 30 * 86400;    ///< when a set names no expire_in
    std::int64_t productionSeconds = 90 * 86400; ///< the least a production set is kept
};

struct ArtifactStoreOptions
{
    /** The clock (seconds since the epoch) for createdAt; tests pass a fake one. */
    std::function<std::int64_t()> now;
    LifecyclePolicy lifecycle;
    /** zstd level (1..19). 3 is zstd's default: fast, and most of the gain. */
    int compressionLevel = 3;
    /**
     * A blob is stored compressed only when that saves at least this share
     * of its size (per mille); otherwise raw (already-compressed input).
     */
    int minSavingPerMille = 30;
    /**
     * Whether open() makes a new store where there is none. Reading commands
     * (list, stats) pass false, so they never leave an empty store behind.
     */
    bool createIfMissing = true;
    /** Called between chunks while writing a blob; tests use it to crash mid-write. */
    std::function<void(std::uint64_t bytesWritten)> onChunkWritten;
};

/** What storeJob() should take from a job's workspace. */
struct StoreRequest
{
    std::string runId;   ///< [A-Za-z0-9._-], 1..128 characters, not "." or ".."
    std::string jobName; ///< any text of 1..200 bytes without control characters
    std::string workspaceDir; ///< the job's workspace; nothing outside it is read
    /** Files or folders (taken whole), relative to workspaceDir. */
    std::vector<std::string> paths;
    std::string expireIn; ///< GitLab syntax; empty: the store's default
    bool production = false;
};

struct StoreReport
{
    std::size_t files = 0;
    std::uint64_t logicalBytes = 0;
    std::size_t newBlobs = 0;        ///< blobs written by this call
    std::size_t dedupedFiles = 0;    ///< files whose content was already stored
    std::uint64_t writtenBytes = 0;  ///< bytes of new blob files on disk
    std::size_t rawBlobs = 0;        ///< new blobs stored uncompressed (compression did not pay)
    std::vector<std::string> warnings; ///< e.g. a symlink to a folder that was not followed
};

struct RestoreReport
{
    std::size_t files = 0;
    std::uint64_t bytes = 0;
};

struct GcReport
{
    std::size_t blobsRemoved = 0;
    std::uint64_t bytesFreed = 0;       ///< on-disk bytes of removed blobs and temporary files
    std::size_t tempFilesRemoved = 0;
    std::size_t blobsKept = 0;
};

struct ManifestId
{
    std::string runId;
    std::string jobName;
    friend bool operator==(const ManifestId &, const ManifestId &) = default;
};

struct LifecycleReport
{
    std::vector<ManifestId> expired; ///< manifests deleted
    GcReport gc;
};

/** One manifest in a listing. */
struct ManifestSummary
{
    ManifestId id;
    std::int64_t createdAt = 0;
    std::int64_t expiresAt = 0; ///< seconds since the epoch under the current policy; 0: never
    bool production = false;
    std::size_t files = 0;
    std::uint64_t logicalBytes = 0;
};

/** The figures behind `opsctl pipelines artifacts stats`. */
struct ArtifactStats
{
    std::size_t manifests = 0;
    std::size_t files = 0;            ///< entries in all manifests
    std::uint64_t logicalBytes = 0;   ///< sum of the sizes of all files in all manifests
    std::size_t blobs = 0;            ///< referenced blobs
    std::uint64_t uniqueBytes = 0;    ///< uncompressed size of the referenced blobs (after dedupe)
    std::uint64_t storedBytes = 0;    ///< on-disk size of the referenced blob files
    std::size_t rawBlobs = 0;         ///< referenced blobs kept uncompressed
    std::uint64_t manifestBytes = 0;  ///< on-disk size of the manifest files
    std::size_t garbageBlobs = 0;     ///< blobs no manifest names (gc removes them)
    std::uint64_t garbageBytes = 0;   ///< their on-disk bytes plus temporary files
    double dedupeRatio() const;       ///< logical / unique (1 when empty)
    double compressionRatio() const;  ///< unique / stored (1 when empty)
    double totalRatio() const;        ///< logical / stored (1 when empty)
};

/** One finding of verify(). */
struct IntegrityProblem
{
    std::string blob;     ///< hash, or empty for a manifest problem
    std::string path;     ///< the file on disk
    std::string message;  ///< what is wrong, naming the artifacts that use the blob
};

class ArtifactStore
{
public:
    ~ArtifactStore();
    ArtifactStore(const ArtifactStore &) = delete;
    ArtifactStore &operator=(const ArtifactStore &) = delete;

    /**
     * Opens the store in \a dir, creating it when missing (unless
     * ArtifactStoreOptions::createIfMissing is false: NotFound). A store
     * written in another format version is refused (NewerFormat), untouched.
     */
    static std::unique_ptr<ArtifactStore> open(const std::string &dir, ArtifactStoreOptions options,
                                               ArtifactStatus *status);

    const std::string &directory() const;

    /**
     * Stores the files of \a request as the artifacts of (runId, jobName),
     * replacing an earlier set of the same job (a retry). Content already
     * stored is not written again. Nothing is visible until every blob is
     * durable; then the manifest appears atomically.
     */
    ArtifactStatus storeJob(const StoreRequest &request, StoreReport *report = nullptr);

    /**
     * Writes the artifacts of (runId, jobName) into \a targetDir (created
     * when missing), replacing files of the same name. Every blob is checked
     * against its hash after decompression; a bad one fails the restore with
     * the blob and the artifact path named, and leaves no partial file.
     */
    ArtifactStatus restoreJob(std::string_view runId, std::string_view jobName, const std::string &targetDir,
                              RestoreReport *report = nullptr);

    ArtifactStatus manifest(std::string_view runId, std::string_view jobName, ArtifactManifest *out) const;
    /** Every manifest, ordered by run id then job name. */
    ArtifactStatus list(std::vector<ManifestSummary> *out) const;

    /** Deletes the manifest of one job (its blobs go at the next gc). */
    ArtifactStatus deleteJob(std::string_view runId, std::string_view jobName);
    /** Deletes every manifest of a run. */
    ArtifactStatus deleteRun(std::string_view runId, std::size_t *deleted = nullptr);
    /** Marks every job of a run as deployed to production (or not), which keeps it longer. */
    ArtifactStatus setProduction(std::string_view runId, bool production);

    /** Removes blobs no manifest names and leftovers of interrupted writes. */
    ArtifactStatus collectGarbage(GcReport *report = nullptr);
    /** Deletes the manifests expired at \a now (seconds since the epoch), then collects garbage. */
    ArtifactStatus applyLifecycle(std::int64_t now, LifecycleReport *report = nullptr);
    /** When the set expires under the current policy (0: never). */
    std::int64_t expiresAt(const ArtifactManifest &manifest) const;

    ArtifactStatus stats(ArtifactStats *out) const;
    /**
     * Reads every referenced blob and checks its hash; reports missing,
     * truncated and corrupt blobs and unreadable manifests. ok() means the
     * check ran, not that nothing was found.
     */
    ArtifactStatus verify(std::vector<IntegrityProblem> *problems) const;

private:
    struct Private;
    explicit ArtifactStore(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

/**
 * Checks and normalises an artifact path: relative, '/'-separated, no ".."
 * component, no empty name, no NUL or control characters. "./a//b/" becomes
 * "a/b". On failure sets \a error to a sentence naming the path.
 */
bool normaliseArtifactPath(std::string_view path, std::string *normalised, std::string *error);

} // namespace OpsDeck::Pipelines
