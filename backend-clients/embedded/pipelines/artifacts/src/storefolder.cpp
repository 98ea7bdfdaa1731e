// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "storefolder.h"

#include "blobio.h"
#include "manifestcodec.h"

#include "opsdeck/embedded/fileutil.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <set>

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace OpsDeck::Pipelines::Internal {

ArtifactStatus failure(ArtifactErrorCode code, std::string message)
{
    return {code, std::move(message)};
}

ArtifactStatus ioFailure(const std::string &what)
{
    return failure(ArtifactErrorCode::Io, what + ": " + std::strerror(errno));
}

FileLock::FileLock(const std::string &path, int operation)
    : m_path(path)
    , m_fd(::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644))
{
    if (m_fd < 0) {
        m_errno = errno;
        return;
    }
    while (::flock(m_fd, operation) != 0) {
        if (errno != EINTR) {
            m_errno = errno;
            ::close(m_fd);
            m_fd = -1;
            return;
        }
    }
}

FileLock::~FileLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases the lock
}

ArtifactStatus FileLock::failure() const
{
    return {ArtifactErrorCode::Io, m_path + ": " + std::strerror(m_errno)};
}

bool readWholeFile(const std::string &path, std::string *out)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return false;
    out->clear();
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int saved = errno;
            ::close(fd);
            errno = saved;
            return false;
        }
        if (n == 0)
            break;
        out->append(buffer, static_cast<std::size_t>(n));
    }
    ::close(fd);
    return true;
}

/** Names in \a dir (not "." or ".."), sorted; empty when it does not exist. */
std::vector<std::string> listDir(const std::string &dir)
{
    std::vector<std::string> names;
    if (DIR *d = ::opendir(dir.c_str())) {
        while (const dirent *entry = ::readdir(d)) {
            const std::string_view name = entry->d_name;
            if (name != "." && name != "..")
                names.emplace_back(name);
        }
        ::closedir(d);
    }
    std::sort(names.begin(), names.end());
    return names;
}

std::uint64_t fileSize(const std::string &path)
{
    struct stat st{};
    return ::lstat(path.c_str(), &st) == 0 ? static_cast<std::uint64_t>(st.st_size) : 0;
}

std::string StoreFolder::manifestPath(std::string_view runId, std::string_view jobName) const
{
    return runDir(runId) + "/" + manifestFileName(jobName);
}

std::string StoreFolder::relative(const std::string &path) const
{
    return path.compare(0, dir.size() + 1, dir + "/") == 0 ? path.substr(dir.size() + 1) : path;
}

ArtifactStatus StoreFolder::readManifest(const std::string &path, ArtifactManifest *out) const
{
    std::string text;
    if (!readWholeFile(path, &text)) {
        if (errno == ENOENT)
            return failure(ArtifactErrorCode::NotFound, relative(path) + ": no such manifest");
        return ioFailure(path);
    }
    std::string error;
    if (!decodeManifest(text, relative(path), out, &error))
        return failure(ArtifactErrorCode::Corrupt, error);
    return {};
}

ArtifactStatus StoreFolder::readAllManifests(ManifestList *out) const
{
    for (const std::string &run : listDir(manifestsDir())) {
        for (const std::string &name : listDir(runDir(run))) {
            const std::string path = runDir(run) + "/" + name;
            if (name.size() < 5 || name.compare(name.size() - 5, 5, ".json") != 0)
                return failure(ArtifactErrorCode::Corrupt, relative(path) + ": unexpected file among the manifests");
            ArtifactManifest manifest;
            if (ArtifactStatus status = readManifest(path, &manifest); !status.ok())
                return status;
            if (manifest.runId != run || manifestFileName(manifest.jobName) != name)
                return failure(ArtifactErrorCode::Corrupt, relative(path) + ": names run \"" + manifest.runId
                                   + "\", job \"" + manifest.jobName + "\", which belongs in another file");
            out->emplace_back(path, std::move(manifest));
        }
    }
    return {};
}

ArtifactStatus StoreFolder::writeManifest(const ArtifactManifest &manifest) const
{
    const std::string run = runDir(manifest.runId);
    const std::string tmp = uniqueTempPath(tmpDir(), ".manifest");
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        return ioFailure(tmp);
    const bool written = Embedded::writeFully(fd, encodeManifest(manifest)) && ::fdatasync(fd) == 0;
    const int saved = errno;
    ::close(fd);
    if (!written) {
        ::unlink(tmp.c_str());
        errno = saved;
        return ioFailure(tmp);
    }
    const std::string final = manifestPath(manifest.runId, manifest.jobName);
    std::string error;
    // Twice at most: deleting a run's last manifest removes its folder,
    // and a delete of the same run may slip in between mkdir and rename.
    for (int attempt = 0;; ++attempt) {
        const bool newRun = ::access(run.c_str(), F_OK) != 0;
        if (newRun && (!Embedded::makeDirectories(run, &error) || !Embedded::syncDirectory(manifestsDir(), &error))) {
            ::unlink(tmp.c_str());
            return failure(ArtifactErrorCode::Io, error);
        }
        if (::rename(tmp.c_str(), final.c_str()) == 0)
            break;
        if (errno != ENOENT || attempt > 0) {
            const ArtifactStatus status = ioFailure(final);
            ::unlink(tmp.c_str());
            return status;
        }
    }
    if (!Embedded::syncDirectory(run, &error))
        return failure(ArtifactErrorCode::Io, error);
    return {};
}

ArtifactStatus StoreFolder::removeManifest(const std::string &path) const
{
    if (::unlink(path.c_str()) != 0)
        return errno == ENOENT ? failure(ArtifactErrorCode::NotFound, relative(path) + ": no such manifest")
                               : ioFailure(path);
    const std::string run = path.substr(0, path.rfind('/'));
    std::string error;
    if (!Embedded::syncDirectory(run, &error))
        return failure(ArtifactErrorCode::Io, error);
    // An emptied run folder goes too; a concurrent writer re-creates it.
    if (::rmdir(run.c_str()) == 0 && !Embedded::syncDirectory(manifestsDir(), &error))
        return failure(ArtifactErrorCode::Io, error);
    return {};
}

ArtifactStatus StoreFolder::collectGarbageLocked(GcReport *report) const
{
    ManifestList manifests;
    if (ArtifactStatus status = readAllManifests(&manifests); !status.ok())
        return failure(status.code, "garbage collection stopped, nothing deleted: " + status.message);
    std::set<std::string> live;
    for (const auto &[path, manifest] : manifests) {
        for (const ArtifactFile &file : manifest.files)
            live.insert(file.blob);
    }
    GcReport result;
    std::string error;
    for (const std::string &fan : listDir(blobsDir())) {
        const std::string fanDir = blobsDir() + "/" + fan;
        bool removed = false;
        for (const std::string &name : listDir(fanDir)) {
            // Only blob-named files: anything else was not put here by us.
            if (!isBlobHash(name) || name.compare(0, 2, fan) != 0)
                continue;
            if (live.count(name)) {
                ++result.blobsKept;
                continue;
            }
            const std::string path = fanDir + "/" + name;
            const std::uint64_t size = fileSize(path);
            if (::unlink(path.c_str()) != 0)
                return ioFailure(path);
            ++result.blobsRemoved;
            result.bytesFreed += size;
            removed = true;
        }
        if (removed && !Embedded::syncDirectory(fanDir, &error))
            return failure(ArtifactErrorCode::Io, error);
    }
    // Every writer holds the shared lock while its temp files exist, so
    // under the exclusive lock whatever is in tmp/ is a crash's leftover.
    for (const std::string &name : listDir(tmpDir())) {
        const std::string path = tmpDir() + "/" + name;
        const std::uint64_t size = fileSize(path);
        if (::unlink(path.c_str()) != 0)
            return ioFailure(path);
        ++result.tempFilesRemoved;
        result.bytesFreed += size;
    }
    if (report)
        *report = result;
    return {};
}

} // namespace OpsDeck::Pipelines::Internal
