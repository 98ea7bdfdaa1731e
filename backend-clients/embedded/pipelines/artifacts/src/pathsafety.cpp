// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "pathsafety.h"

#include "opsdeck/pipelines/artifactstore.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <set>

#include <dirent.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace OpsDeck::Pipelines {

bool normaliseArtifactPath(std::string_view path, std::string *normalised, std::string *error)
{
    const auto fail = [&](const std::string &why) {
        if (error)
            *error = "artifact path \"" + std::string(path) + "\": " + why;
        return false;
    };
    if (path.empty())
        return fail("empty path");
    if (path.front() == '/')
        return fail("absolute paths are not allowed (paths are relative to the job workspace)");
    std::string out;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = path.find('/', start);
        if (end == std::string_view::npos)
            end = path.size();
        const std::string_view name = path.substr(start, end - start);
        start = end + 1;
        if (name.empty() || name == ".")
            continue;
        if (name == "..")
            return fail("\"..\" is not allowed (paths must stay inside the job workspace)");
        for (const char c : name) {
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
                return fail("control characters are not allowed");
        }
        if (!out.empty())
            out += '/';
        out += name;
    }
    if (out.empty())
        return fail("names no file");
    if (normalised)
        *normalised = std::move(out);
    return true;
}

namespace Internal {

namespace {

bool fail(std::string *error, const std::string &what)
{
    if (error)
        *error = what;
    return false;
}

std::string quoted(const std::string &path)
{
    return "\"" + path + "\"";
}

struct Walker
{
    int workspaceFd;
    std::vector<SourceFile> *files;
    std::vector<std::string> *warnings;
    std::set<std::string> seen;
    std::string *error;

    bool addFile(const std::string &path, const struct stat &st)
    {
        if (seen.insert(path).second)
            files->push_back({path, static_cast<std::uint32_t>(st.st_mode & 07777)});
        return true;
    }

    // \a path is relative to the workspace; "" is the workspace itself.
    bool visitDir(const std::string &path, int depth)
    {
        if (depth > 256)
            return fail(error, "artifact path " + quoted(path) + ": folders nested too deep");
        const int fd = path.empty() ? ::openat(workspaceFd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                                    : openBeneath(workspaceFd, path, O_RDONLY | O_DIRECTORY);
        if (fd < 0)
            return fail(error, "artifact path " + quoted(path) + ": " + std::strerror(errno));
        DIR *dir = ::fdopendir(fd);
        if (!dir) {
            ::close(fd);
            return fail(error, "artifact path " + quoted(path) + ": " + std::strerror(errno));
        }
        std::vector<std::string> names;
        while (const dirent *entry = ::readdir(dir)) {
            const std::string_view name = entry->d_name;
            if (name != "." && name != "..")
                names.emplace_back(name);
        }
        std::sort(names.begin(), names.end());
        bool ok = true;
        for (const std::string &name : names) {
            const std::string child = path.empty() ? name : path + "/" + name;
            struct stat st{};
            if (::fstatat(::dirfd(dir), name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
                ok = fail(error, "artifact path " + quoted(child) + ": " + std::strerror(errno));
                break;
            }
            if (!visitEntry(child, st, depth)) {
                ok = false;
                break;
            }
        }
        ::closedir(dir);
        return ok;
    }

    bool visitEntry(const std::string &path, const struct stat &st, int depth)
    {
        if (S_ISREG(st.st_mode))
            return addFile(path, st);
        if (S_ISDIR(st.st_mode))
            return visitDir(path, depth + 1);
        if (S_ISLNK(st.st_mode)) {
            const int fd = openBeneath(workspaceFd, path, O_PATH);
            if (fd < 0) {
                if (errno == EXDEV || errno == ELOOP)
                    return fail(error, "artifact path " + quoted(path)
                                           + ": symlink points outside the job workspace (not followed)");
                if (errno == ENOENT) {
                    warnings->push_back(path + ": dangling symlink skipped");
                    return true;
                }
                return fail(error, "artifact path " + quoted(path) + ": " + std::strerror(errno));
            }
            struct stat target{};
            const bool statted = ::fstat(fd, &target) == 0;
            ::close(fd);
            if (!statted)
                return fail(error, "artifact path " + quoted(path) + ": " + std::strerror(errno));
            if (S_ISREG(target.st_mode))
                return addFile(path, target);
            if (S_ISDIR(target.st_mode)) {
                warnings->push_back(path + ": symlink to a folder not followed");
                return true;
            }
        }
        warnings->push_back(path + ": not a regular file, skipped");
        return true;
    }
};

} // namespace

int openBeneath(int dirFd, const std::string &path, int flags)
{
    open_how how{};
    how.flags = static_cast<std::uint64_t>(flags | O_CLOEXEC);
    how.resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS;
    const long fd = ::syscall(SYS_openat2, dirFd, path.c_str(), &how, sizeof how);
    if (fd >= 0 || errno != ENOSYS)
        return static_cast<int>(fd);
    // Kernels before 5.6: walk one component at a time without following
    // any symlink (stricter: a symlink to a file inside is refused too).
    int current = ::dup(dirFd);
    std::size_t start = 0;
    while (current >= 0) {
        std::size_t end = path.find('/', start);
        const bool last = end == std::string::npos;
        const std::string name = path.substr(start, last ? std::string::npos : end - start);
        const int next = ::openat(current, name.c_str(),
                                  last ? (flags | O_NOFOLLOW | O_CLOEXEC) : (O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
        const int saved = errno;
        ::close(current);
        errno = saved;
        if (next < 0 && errno == ELOOP)
            errno = EXDEV;
        if (last || next < 0)
            return next;
        current = next;
        start = end + 1;
    }
    return -1;
}

bool collectFiles(int workspaceFd, const std::vector<std::string> &requested, std::vector<SourceFile> *files,
                  std::vector<std::string> *warnings, std::string *error)
{
    if (requested.empty())
        return fail(error, "no artifact paths given");
    Walker walker{workspaceFd, files, warnings, {}, error};
    for (const std::string &raw : requested) {
        if (raw == "." || raw == "./") {
            if (!walker.visitDir({}, 0))
                return false;
            continue;
        }
        std::string path;
        if (!normaliseArtifactPath(raw, &path, error))
            return false;
        const int fd = openBeneath(workspaceFd, path, O_PATH);
        if (fd < 0) {
            if (errno == EXDEV || errno == ELOOP)
                return fail(error, "artifact path " + quoted(raw) + ": leads outside the job workspace through a symlink");
            if (errno == ENOENT)
                return fail(error, "artifact path " + quoted(raw) + ": no such file or folder in the job workspace");
            return fail(error, "artifact path " + quoted(raw) + ": " + std::strerror(errno));
        }
        struct stat st{};
        const bool statted = ::fstat(fd, &st) == 0;
        ::close(fd);
        if (!statted)
            return fail(error, "artifact path " + quoted(raw) + ": " + std::strerror(errno));
        if (S_ISDIR(st.st_mode)) {
            if (!walker.visitDir(path, 0))
                return false;
        } else if (S_ISREG(st.st_mode)) {
            walker.addFile(path, st);
        } else {
            return fail(error, "artifact path " + quoted(raw) + ": not a regular file or folder");
        }
    }
    std::sort(files->begin(), files->end(), [](const SourceFile &a, const SourceFile &b) { return a.path < b.path; });
    return true;
}

RestoreTree::RestoreTree(int rootFd)
    : m_root(rootFd)
{
}

RestoreTree::~RestoreTree()
{
    for (const auto &[path, fd] : m_dirs)
        ::close(fd);
}

int RestoreTree::parentOf(const std::string &path, std::string *error)
{
    const std::size_t slash = path.rfind('/');
    if (slash == std::string::npos)
        return m_root;
    const std::string parent = path.substr(0, slash);
    if (const auto it = m_dirs.find(parent); it != m_dirs.end())
        return it->second;
    const int above = parentOf(parent, error);
    if (above < 0)
        return -1;
    const std::string name = parent.substr(parent.rfind('/') == std::string::npos ? 0 : parent.rfind('/') + 1);
    int fd = ::openat(above, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0 && errno == ENOENT) {
        if (::mkdirat(above, name.c_str(), 0755) != 0 && errno != EEXIST) {
            fail(error, "cannot create folder " + quoted(parent) + " in the restore folder: " + std::strerror(errno));
            return -1;
        }
        fd = ::openat(above, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    }
    if (fd < 0) {
        if (errno == ELOOP || errno == ENOTDIR)
            fail(error, quoted(parent) + " in the restore folder is a symlink or not a folder; refusing to write through it");
        else
            fail(error, "cannot open folder " + quoted(parent) + " in the restore folder: " + std::strerror(errno));
        return -1;
    }
    m_dirs.emplace(parent, fd);
    return fd;
}

} // namespace Internal
} // namespace OpsDeck::Pipelines
