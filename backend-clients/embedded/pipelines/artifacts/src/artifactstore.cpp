// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/pipelines/artifactstore.h"

#include "blobio.h"
#include "manifestcodec.h"
#include "pathsafety.h"
#include "storefolder.h"

#include "opsdeck/embedded/fileutil.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <map>
#include <set>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace OpsDeck::Pipelines {

using namespace Internal;

namespace {

constexpr std::string_view kFormatLine = "opsdeck-artifacts 1\n";
// Pending blobs keep their descriptors open until the batch is committed.
constexpr std::size_t kMaxPending = 256;
// From this many fan-out folders on, one syncfs instead of one fsync each.
constexpr std::size_t kBatchSyncDirs = 8;

// Restores on several threads may write into the same folder.
std::atomic<std::uint64_t> s_restoreCounter{0};

double ratio(std::uint64_t a, std::uint64_t b)
{
    return b == 0 ? 1.0 : static_cast<double>(a) / static_cast<double>(b);
}

} // namespace

std::uint64_t ArtifactManifest::logicalBytes() const
{
    std::uint64_t total = 0;
    for (const ArtifactFile &file : files)
        total += file.size;
    return total;
}

double ArtifactStats::dedupeRatio() const
{
    return ratio(logicalBytes, uniqueBytes);
}

double ArtifactStats::compressionRatio() const
{
    return ratio(uniqueBytes, storedBytes);
}

double ArtifactStats::totalRatio() const
{
    return ratio(logicalBytes, storedBytes);
}

// No per-object state beyond the folder and the options: every call has its
// own blob area (buffers, zstd contexts) and its own LOCK descriptor, so calls
// on several threads run side by side like calls from several processes.
struct ArtifactStore::Private : StoreFolder
{
    ArtifactStoreOptions options;

    Private(std::string d, ArtifactStoreOptions o)
        : StoreFolder(std::move(d))
        , options(std::move(o))
    {
    }

    std::int64_t expiresAt(const ArtifactManifest &manifest) const
    {
        ExpireIn keep{false, options.lifecycle.defaultSeconds};
        if (!manifest.expireIn.empty()) {
            if (auto parsed = parseExpireIn(manifest.expireIn, nullptr))
                keep = *parsed;
        }
        if (keep.never)
            return 0;
        std::int64_t seconds = keep.seconds;
        if (manifest.production)
            seconds = std::max(seconds, options.lifecycle.productionSeconds);
        // At least one second, so 0 keeps meaning "never".
        return std::max<std::int64_t>(1, manifest.createdAt + seconds);
    }
};

ArtifactStore::ArtifactStore(std::unique_ptr<Private> dd)
    : d(std::move(dd))
{
}

ArtifactStore::~ArtifactStore() = default;

const std::string &ArtifactStore::directory() const
{
    return d->dir;
}

std::unique_ptr<ArtifactStore> ArtifactStore::open(const std::string &dir, ArtifactStoreOptions options,
                                                   ArtifactStatus *status)
{
    const auto fail = [&](ArtifactStatus s) -> std::unique_ptr<ArtifactStore> {
        if (status)
            *status = std::move(s);
        return nullptr;
    };
    if (dir.empty())
        return fail(failure(ArtifactErrorCode::InvalidArgument, "no artifact store folder given"));
    if (options.compressionLevel < 1 || options.compressionLevel > 19)
        return fail(failure(ArtifactErrorCode::InvalidArgument,
                            "compression level " + std::to_string(options.compressionLevel) + ": must be 1 to 19"));
    if (!options.now) {
        options.now = [] {
            return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
                .count();
        };
    }
    std::string root = dir;
    while (root.size() > 1 && root.back() == '/')
        root.pop_back();
    auto d = std::make_unique<Private>(root, std::move(options));
    std::string error;
    // FORMAT first: a store of another version is refused before anything
    // in it is created or changed.
    const std::string formatPath = root + "/FORMAT";
    std::string format;
    if (readWholeFile(formatPath, &format)) {
        if (format != kFormatLine) {
            if (format.rfind("opsdeck-artifacts ", 0) == 0)
                return fail(failure(ArtifactErrorCode::NewerFormat,
                                    formatPath + ": the store was written in format \""
                                        + format.substr(18, format.find('\n') - 18)
                                        + "\" by another OpsDeck version; this one reads format 1"));
            return fail(failure(ArtifactErrorCode::Corrupt, formatPath + ": not an OpsDeck artifact store"));
        }
    } else if (errno != ENOENT) {
        return fail(ioFailure(formatPath));
    } else if (!d->options.createIfMissing) {
        return fail(failure(ArtifactErrorCode::NotFound, "no artifact store in " + root));
    }
    for (const std::string &sub : {root, d->blobsDir(), d->manifestsDir(), d->tmpDir()}) {
        if (!Embedded::makeDirectories(sub, &error))
            return fail(failure(ArtifactErrorCode::Io, "cannot create the artifact store: " + error));
    }
    // Two processes creating the same store race on FORMAT.tmp; the loser
    // is fine as long as the winner's FORMAT is there.
    if (format.empty() && !Embedded::writeFileAtomically(formatPath, kFormatLine, &error)
        && !(readWholeFile(formatPath, &format) && format == kFormatLine))
        return fail(failure(ArtifactErrorCode::Io, "cannot create the artifact store: " + error));
    if (const FileLock probe(d->lockPath(), LOCK_SH); !probe.ok())
        return fail(probe.failure());
    if (status)
        *status = {};
    return std::unique_ptr<ArtifactStore>(new ArtifactStore(std::move(d)));
}

ArtifactStatus ArtifactStore::storeJob(const StoreRequest &request, StoreReport *report)
{
    std::string error;
    if (!checkRunId(request.runId, &error) || !checkJobName(request.jobName, &error))
        return failure(ArtifactErrorCode::InvalidArgument, error);
    if (!request.expireIn.empty() && !parseExpireIn(request.expireIn, &error))
        return failure(ArtifactErrorCode::InvalidArgument, "expire_in \"" + request.expireIn + "\": " + error);
    if (request.workspaceDir.empty())
        return failure(ArtifactErrorCode::InvalidArgument, "no job workspace given");

    const int workspaceFd = ::open(request.workspaceDir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (workspaceFd < 0)
        return ioFailure("job workspace " + request.workspaceDir);
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closeWorkspace{workspaceFd};

    StoreReport result;
    std::vector<SourceFile> sources;
    if (!collectFiles(workspaceFd, request.paths, &sources, &result.warnings, &error))
        return failure(error.find("outside") != std::string::npos || error.find("not allowed") != std::string::npos
                           ? ArtifactErrorCode::UnsafePath
                           : ArtifactErrorCode::InvalidArgument,
                       error);

    ArtifactManifest manifest;
    manifest.runId = request.runId;
    manifest.jobName = request.jobName;
    manifest.createdAt = d->options.now();
    manifest.expireIn = request.expireIn;
    manifest.production = request.production;

    const FileLock lock(d->lockPath(), LOCK_SH);
    if (!lock.ok())
        return lock.failure();
    const BlobWriteOptions blobOptions{d->options.compressionLevel, d->options.minSavingPerMille,
                                       d->options.onChunkWritten};
    BlobArea area(d->dir);
    std::set<std::string> dirtyDirs;
    // Whatever way this call ends, no uncommitted blob outlives it.
    struct AbandonPending
    {
        BlobArea &area;
        ~AbandonPending() { area.abandon(); }
    } abandonPending{area};
    for (const SourceFile &source : sources) {
        const int fd = openBeneath(workspaceFd, source.path, O_RDONLY);
        if (fd < 0)
            return errno == EXDEV ? failure(ArtifactErrorCode::UnsafePath,
                                            "artifact path \"" + source.path + "\": leads outside the job workspace")
                                  : ioFailure("artifact path \"" + source.path + "\"");
        struct stat st{};
        BlobWriteResult written;
        bool ok = ::fstat(fd, &st) == 0;
        if (!ok)
            error = source.path + ": " + std::strerror(errno);
        else if (!S_ISREG(st.st_mode))
            ok = false, error = source.path + ": is no longer a regular file";
        else
            ok = area.store(fd, static_cast<std::uint64_t>(st.st_size), source.path, blobOptions, &written,
                               &error);
        ::close(fd);
        if (!ok)
            return failure(ArtifactErrorCode::Io, "artifact path \"" + source.path + "\": " + error);
        manifest.files.push_back({source.path, source.mode & 0777u, written.size, written.hash});
        ++result.files;
        result.logicalBytes += written.size;
        if (written.written) {
            ++result.newBlobs;
            result.writtenBytes += written.onDisk;
            result.rawBlobs += written.raw ? 1 : 0;
        } else {
            ++result.dedupedFiles;
        }
        // Bounded, so a job of 100,000 files does not hold 100,000 descriptors.
        if (area.pendingCount() >= kMaxPending && !area.commit(dirtyDirs, &error))
            return failure(ArtifactErrorCode::Io, error);
    }
    if (!area.commit(dirtyDirs, &error))
        return failure(ArtifactErrorCode::Io, error);
    // The blobs' names must be durable before a manifest can name them.
    if (dirtyDirs.size() >= kBatchSyncDirs) {
        const int fd = ::open(d->dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        const bool synced = fd >= 0 && ::syncfs(fd) == 0;
        if (fd >= 0)
            ::close(fd);
        if (!synced)
            return ioFailure(d->dir + " (syncfs)");
    } else {
        for (const std::string &dir : dirtyDirs) {
            if (!Embedded::syncDirectory(dir, &error))
                return failure(ArtifactErrorCode::Io, error);
        }
    }
    if (ArtifactStatus status = d->writeManifest(manifest); !status.ok())
        return status;
    if (report)
        *report = std::move(result);
    return {};
}

ArtifactStatus ArtifactStore::restoreJob(std::string_view runId, std::string_view jobName,
                                         const std::string &targetDir, RestoreReport *report)
{
    std::string error;
    if (!checkRunId(runId, &error) || !checkJobName(jobName, &error))
        return failure(ArtifactErrorCode::InvalidArgument, error);
    const FileLock lock(d->lockPath(), LOCK_SH);
    if (!lock.ok())
        return lock.failure();
    BlobArea area(d->dir);
    ArtifactManifest manifest;
    if (ArtifactStatus status = d->readManifest(d->manifestPath(runId, jobName), &manifest); !status.ok())
        return status.code == ArtifactErrorCode::NotFound
            ? failure(status.code, "no artifacts for run " + std::string(runId) + ", job \"" + std::string(jobName) + "\"")
            : status;
    if (!Embedded::makeDirectories(targetDir, &error))
        return failure(ArtifactErrorCode::Io, "restore folder: " + error);
    const int rootFd = ::open(targetDir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (rootFd < 0)
        return ioFailure(targetDir);
    RestoreTree tree(rootFd);
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closeRoot{rootFd};

    RestoreReport result;
    for (const ArtifactFile &file : manifest.files) {
        const std::string where = "artifact \"" + file.path + "\" of run " + manifest.runId + ", job \""
            + manifest.jobName + "\"";
        const int parent = tree.parentOf(file.path, &error);
        if (parent < 0)
            return failure(ArtifactErrorCode::UnsafePath, where + ": " + error);
        const std::string name = file.path.substr(file.path.rfind('/') == std::string::npos ? 0 : file.path.rfind('/') + 1);
        // Written beside its final name and renamed over it: a failed or
        // corrupt restore never leaves a half-written file under that name.
        const std::string tmp = ".opsdeck-restore-" + std::to_string(::getpid()) + "-" + std::to_string(++s_restoreCounter);
        const int fd = ::openat(parent, tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd < 0)
            return ioFailure(where + ": " + tmp);
        const auto sink = [fd](const char *data, std::size_t size, std::string *why) {
            if (Embedded::writeFully(fd, std::string_view(data, size)))
                return true;
            *why = std::string("writing the restored file: ") + std::strerror(errno);
            return false;
        };
        const BlobArea::ReadResult read = area.read(file.blob, file.size, sink, &error);
        const bool finished = read == BlobArea::ReadResult::Ok && ::fchmod(fd, file.mode & 0777u) == 0;
        const int saved = errno;
        ::close(fd);
        if (!finished || ::renameat(parent, tmp.c_str(), parent, name.c_str()) != 0) {
            const int renameErrno = errno;
            ::unlinkat(parent, tmp.c_str(), 0);
            if (read == BlobArea::ReadResult::Missing || read == BlobArea::ReadResult::Corrupt)
                return failure(ArtifactErrorCode::Corrupt, where + ": " + error);
            if (read == BlobArea::ReadResult::Io)
                return failure(ArtifactErrorCode::Io, where + ": " + error);
            errno = finished ? renameErrno : saved;
            return ioFailure(where);
        }
        ++result.files;
        result.bytes += file.size;
    }
    if (report)
        *report = result;
    return {};
}

ArtifactStatus ArtifactStore::manifest(std::string_view runId, std::string_view jobName, ArtifactManifest *out) const
{
    std::string error;
    if (!checkRunId(runId, &error) || !checkJobName(jobName, &error))
        return failure(ArtifactErrorCode::InvalidArgument, error);
    return d->readManifest(d->manifestPath(runId, jobName), out);
}

ArtifactStatus ArtifactStore::list(std::vector<ManifestSummary> *out) const
{
    ManifestList manifests;
    if (ArtifactStatus status = d->readAllManifests(&manifests); !status.ok())
        return status;
    out->clear();
    for (const auto &[path, m] : manifests)
        out->push_back({{m.runId, m.jobName}, m.createdAt, d->expiresAt(m), m.production, m.files.size(), m.logicalBytes()});
    std::sort(out->begin(), out->end(), [](const ManifestSummary &a, const ManifestSummary &b) {
        return std::tie(a.id.runId, a.id.jobName) < std::tie(b.id.runId, b.id.jobName);
    });
    return {};
}

ArtifactStatus ArtifactStore::deleteJob(std::string_view runId, std::string_view jobName)
{
    std::string error;
    if (!checkRunId(runId, &error) || !checkJobName(jobName, &error))
        return failure(ArtifactErrorCode::InvalidArgument, error);
    const FileLock lock(d->lockPath(), LOCK_SH);
    if (!lock.ok())
        return lock.failure();
    return d->removeManifest(d->manifestPath(runId, jobName));
}

ArtifactStatus ArtifactStore::deleteRun(std::string_view runId, std::size_t *deleted)
{
    std::string error;
    if (!checkRunId(runId, &error))
        return failure(ArtifactErrorCode::InvalidArgument, error);
    const FileLock lock(d->lockPath(), LOCK_SH);
    if (!lock.ok())
        return lock.failure();
    std::size_t count = 0;
    for (const std::string &name : listDir(d->runDir(runId))) {
        if (ArtifactStatus status = d->removeManifest(d->runDir(runId) + "/" + name); !status.ok())
            return status;
        ++count;
    }
    if (deleted)
        *deleted = count;
    if (count == 0)
        return failure(ArtifactErrorCode::NotFound, "no artifacts for run " + std::string(runId));
    return {};
}

ArtifactStatus ArtifactStore::setProduction(std::string_view runId, bool production)
{
    std::string error;
    if (!checkRunId(runId, &error))
        return failure(ArtifactErrorCode::InvalidArgument, error);
    const FileLock lock(d->lockPath(), LOCK_SH);
    if (!lock.ok())
        return lock.failure();
    const std::vector<std::string> names = listDir(d->runDir(runId));
    if (names.empty())
        return failure(ArtifactErrorCode::NotFound, "no artifacts for run " + std::string(runId));
    for (const std::string &name : names) {
        ArtifactManifest manifest;
        if (ArtifactStatus status = d->readManifest(d->runDir(runId) + "/" + name, &manifest); !status.ok())
            return status;
        if (manifest.production == production)
            continue;
        manifest.production = production;
        if (ArtifactStatus status = d->writeManifest(manifest); !status.ok())
            return status;
    }
    return {};
}

ArtifactStatus ArtifactStore::collectGarbage(GcReport *report)
{
    const FileLock lock(d->lockPath(), LOCK_EX);
    if (!lock.ok())
        return lock.failure();
    return d->collectGarbageLocked(report);
}

ArtifactStatus ArtifactStore::applyLifecycle(std::int64_t now, LifecycleReport *report)
{
    const FileLock lock(d->lockPath(), LOCK_EX);
    if (!lock.ok())
        return lock.failure();
    ManifestList manifests;
    if (ArtifactStatus status = d->readAllManifests(&manifests); !status.ok())
        return failure(status.code, "lifecycle stopped, nothing deleted: " + status.message);
    LifecycleReport result;
    for (const auto &[path, manifest] : manifests) {
        const std::int64_t expires = d->expiresAt(manifest);
        if (expires == 0 || expires > now)
            continue;
        if (ArtifactStatus status = d->removeManifest(path); !status.ok())
            return status;
        result.expired.push_back({manifest.runId, manifest.jobName});
    }
    if (ArtifactStatus status = d->collectGarbageLocked(&result.gc); !status.ok())
        return status;
    if (report)
        *report = std::move(result);
    return {};
}

std::int64_t ArtifactStore::expiresAt(const ArtifactManifest &manifest) const
{
    return d->expiresAt(manifest);
}

ArtifactStatus ArtifactStore::stats(ArtifactStats *out) const
{
    const FileLock lock(d->lockPath(), LOCK_SH);
    if (!lock.ok())
        return lock.failure();
    BlobArea area(d->dir);
    ManifestList manifests;
    if (ArtifactStatus status = d->readAllManifests(&manifests); !status.ok())
        return status;
    ArtifactStats s;
    std::map<std::string, std::uint64_t> live;
    for (const auto &[path, manifest] : manifests) {
        ++s.manifests;
        s.manifestBytes += fileSize(path);
        for (const ArtifactFile &file : manifest.files) {
            ++s.files;
            s.logicalBytes += file.size;
            live.emplace(file.blob, file.size);
        }
    }
    for (const auto &[hash, size] : live) {
        const std::uint64_t onDisk = fileSize(area.blobPath(hash));
        ++s.blobs;
        s.uniqueBytes += size;
        s.storedBytes += onDisk;
        BlobHeader header;
        if (area.looksComplete(hash, size, &header) && header.encoding == BlobEncoding::Raw)
            ++s.rawBlobs;
    }
    for (const std::string &fan : listDir(area.blobsDir())) {
        for (const std::string &name : listDir(area.blobsDir() + "/" + fan)) {
            if (isBlobHash(name) && !live.count(name)) {
                ++s.garbageBlobs;
                s.garbageBytes += fileSize(area.blobPath(name));
            }
        }
    }
    for (const std::string &name : listDir(area.tmpDir()))
        s.garbageBytes += fileSize(area.tmpDir() + "/" + name);
    *out = s;
    return {};
}

ArtifactStatus ArtifactStore::verify(std::vector<IntegrityProblem> *problems) const
{
    const FileLock lock(d->lockPath(), LOCK_SH);
    if (!lock.ok())
        return lock.failure();
    BlobArea area(d->dir);
    problems->clear();
    // Which artifacts use each blob, so a finding names what it breaks.
    std::map<std::string, std::pair<std::uint64_t, std::vector<std::string>>> users;
    for (const std::string &run : listDir(d->manifestsDir())) {
        for (const std::string &name : listDir(d->runDir(run))) {
            const std::string path = d->runDir(run) + "/" + name;
            ArtifactManifest manifest;
            if (ArtifactStatus status = d->readManifest(path, &manifest); !status.ok()) {
                problems->push_back({{}, path, status.message});
                continue;
            }
            for (const ArtifactFile &file : manifest.files) {
                auto &entry = users[file.blob];
                entry.first = file.size;
                entry.second.push_back("\"" + file.path + "\" of run " + manifest.runId + ", job \""
                                       + manifest.jobName + "\"");
            }
        }
    }
    const auto discard = [](const char *, std::size_t, std::string *) { return true; };
    for (const auto &[hash, use] : users) {
        std::string error;
        const BlobArea::ReadResult read = area.read(hash, use.first, discard, &error);
        if (read == BlobArea::ReadResult::Ok)
            continue;
        std::string usedBy = use.second.front();
        if (use.second.size() > 1)
            usedBy += " and " + std::to_string(use.second.size() - 1) + " more";
        problems->push_back({hash, area.blobPath(hash), error + "; used by " + usedBy});
    }
    return {};
}

} // namespace OpsDeck::Pipelines
