// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// A commit's tree written into a job's fresh folder. Every file, folder and
// symlink is created relative to its parent folder's descriptor, with
// O_EXCL and O_NOFOLLOW, so nothing the tree contains (a symlink named like
// a folder, two entries of one name in a crafted tree) can make us write
// outside the folder. No fsync: a job workspace that a crash interrupts is
// thrown away and checked out again.
#include "repository_p.h"

#include <opsdeck/embedded/fileutil.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include <dirent.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace OpsDeck::Pipelines::Git {

namespace {

/** Blobs above this size are streamed from a loose object when libgit2 can; smaller ones are read whole. */
constexpr git_object_size_t kStreamAbove = 1 << 20;
constexpr std::size_t kChunk = 1 << 16;

class Fd
{
public:
    explicit Fd(int fd = -1) : m_fd(fd) {}
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

std::string errnoText(int error)
{
    return std::strerror(error);
}

struct Writer
{
    git_repository *repo;
    const std::string &repoName;
    CheckoutReport *report;
    git_odb *odb = nullptr;
    std::vector<std::string> links; ///< created symlinks, checked once the whole tree is there
    std::vector<char> buffer;

    RepoStatus io(int error, const std::string &what, const std::string &path) const
    {
        if (error == EEXIST)
            return failure(RepoErrorCode::Corrupt, "repository '" + repoName + "': commit " + report->commitId +
                                                       ": the tree names '" + path + "' twice");
        return failure(RepoErrorCode::Io, "checkout of '" + repoName + "' at " + report->commitId.substr(0, 12) +
                                              ": cannot " + what + " '" + path + "': " + errnoText(error));
    }

    RepoStatus writeBlob(int dirFd, const char *name, const std::string &path, const git_oid *oid, bool executable)
    {
        const mode_t mode = executable ? 0755 : 0644;
        Fd fd(::openat(dirFd, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode));
        if (fd.get() < 0)
            return io(errno, "create", path);
        // The exact mode, whatever the umask: jobs see the same bits everywhere.
        if (::fchmod(fd.get(), mode) != 0)
            return io(errno, "set the mode of", path);

        std::size_t size = 0;
        git_object_t type = GIT_OBJECT_INVALID;
        if (odb && git_odb_read_header(&size, &type, odb, oid) == 0 && size > kStreamAbove) {
            // Large files: streamed in chunks when the object is loose; packed
            // objects cannot be streamed by libgit2 1.5 and are read whole below.
            git_odb_stream *stream = nullptr;
            std::size_t length = 0;
            if (git_odb_open_rstream(&stream, &length, &type, odb, oid) == 0) {
                buffer.resize(kChunk);
                std::size_t received = 0;
                int n = 0;
                while (received < length && (n = git_odb_stream_read(stream, buffer.data(), buffer.size())) > 0) {
                    if (!Embedded::writeFully(fd.get(), std::string_view(buffer.data(), static_cast<std::size_t>(n)))) {
                        const int error = errno;
                        git_odb_stream_free(stream);
                        return io(error, "write", path);
                    }
                    received += static_cast<std::size_t>(n);
                }
                git_odb_stream_free(stream);
                if (n < 0 || received != length)
                    return failure(n, "repository '" + repoName + "': cannot read the content of '" + path + "' (" +
                                          oidString(oid) + ")",
                                   RepoErrorCode::Corrupt);
                report->files += 1;
                report->bytes += received;
                return {};
            }
            git_error_clear();
        }
        git_blob *raw = nullptr;
        const int rc = git_blob_lookup(&raw, repo, oid);
        if (rc != 0)
            return failure(rc, "repository '" + repoName + "': cannot read the content of '" + path + "' (" +
                                   oidString(oid) + ")",
                           RepoErrorCode::Corrupt);
        BlobPtr blob(raw);
        const auto *data = static_cast<const char *>(git_blob_rawcontent(blob.get()));
        const auto length = static_cast<std::size_t>(git_blob_rawsize(blob.get()));
        if (!Embedded::writeFully(fd.get(), std::string_view(data, length)))
            return io(errno, "write", path);
        report->files += 1;
        report->bytes += length;
        return {};
    }

    RepoStatus writeLink(int dirFd, const char *name, const std::string &path, const git_oid *oid)
    {
        git_blob *raw = nullptr;
        const int rc = git_blob_lookup(&raw, repo, oid);
        if (rc != 0)
            return failure(rc, "repository '" + repoName + "': cannot read symlink '" + path + "'",
                           RepoErrorCode::Corrupt);
        BlobPtr blob(raw);
        const std::string target(static_cast<const char *>(git_blob_rawcontent(blob.get())),
                                 static_cast<std::size_t>(git_blob_rawsize(blob.get())));
        std::string resolved;
        if (target.find('\0') != std::string::npos || !resolveInside(path, target, &resolved)) {
            report->warnings.push_back("symlink '" + path + "' -> '" + target +
                                       "' points outside the checkout; not created");
            return {};
        }
        if (::symlinkat(target.c_str(), dirFd, name) != 0)
            return io(errno, "create symlink", path);
        report->symlinks += 1;
        links.push_back(path);
        return {};
    }

    RepoStatus writeTree(git_tree *tree, int dirFd, const std::string &prefix)
    {
        const std::size_t count = git_tree_entrycount(tree);
        for (std::size_t i = 0; i < count; ++i) {
            const git_tree_entry *entry = git_tree_entry_byindex(tree, i);
            const char *name = git_tree_entry_name(entry);
            const std::string path = prefix + name;
            const std::string_view n(name);
            if (n.empty() || n == "." || n == ".." || n.find('/') != std::string_view::npos)
                return failure(RepoErrorCode::Corrupt, "repository '" + repoName + "': commit " + report->commitId +
                                                           ": invalid name '" + path + "' in the tree");
            std::string lower(n);
            std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
            if (lower == ".git") {
                report->warnings.push_back("'" + path + "': a .git entry inside the tree; not checked out");
                continue;
            }
            const git_oid *oid = git_tree_entry_id(entry);
            switch (git_tree_entry_filemode(entry)) {
            case GIT_FILEMODE_TREE: {
                if (::mkdirat(dirFd, name, 0755) != 0)
                    return io(errno, "create folder", path);
                report->directories += 1;
                Fd sub(::openat(dirFd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
                if (sub.get() < 0)
                    return io(errno, "open folder", path);
                git_tree *rawTree = nullptr;
                const int rc = git_tree_lookup(&rawTree, repo, oid);
                if (rc != 0)
                    return failure(rc, "repository '" + repoName + "': cannot read folder '" + path + "'",
                                   RepoErrorCode::Corrupt);
                TreePtr subtree(rawTree);
                if (RepoStatus status = writeTree(subtree.get(), sub.get(), path + "/"); !status.ok())
                    return status;
                break;
            }
            case GIT_FILEMODE_BLOB:
            case GIT_FILEMODE_BLOB_EXECUTABLE:
                if (RepoStatus status = writeBlob(dirFd, name, path, oid,
                                                  git_tree_entry_filemode(entry) == GIT_FILEMODE_BLOB_EXECUTABLE);
                    !status.ok())
                    return status;
                break;
            case GIT_FILEMODE_LINK:
                if (RepoStatus status = writeLink(dirFd, name, path, oid); !status.ok())
                    return status;
                break;
            case GIT_FILEMODE_COMMIT:
                // A submodule: an empty folder where it would go, like `git clone` without --recursive.
                if (::mkdirat(dirFd, name, 0755) != 0)
                    return io(errno, "create folder", path);
                report->directories += 1;
                report->submodules.emplace_back(path, oidString(oid));
                break;
            default:
                report->warnings.push_back("'" + path + "': unknown entry type; not checked out");
                break;
            }
        }
        return {};
    }

    /**
     * Each link was checked alone; a chain can still leave the folder (a ->
     * ".", b -> "a/.."). Resolve every link beneath the root as the kernel
     * would and remove those that escape.
     */
    void checkLinkChains(int rootFd)
    {
        for (const std::string &path : links) {
            open_how how{};
            how.flags = O_PATH | O_CLOEXEC;
            how.resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS;
            const long fd = ::syscall(SYS_openat2, rootFd, path.c_str(), &how, sizeof how);
            bool escapes = false;
            if (fd >= 0) {
                ::close(static_cast<int>(fd));
            } else if (errno == EXDEV) {
                escapes = true;
            } else if (errno == ENOSYS) {
                // Kernels before 5.6: without a confined resolver, refuse any
                // ".." in a link target (chains that only descend cannot escape).
                char target[4096];
                const ssize_t n = ::readlinkat(rootFd, path.c_str(), target, sizeof target - 1);
                escapes = n < 0 || std::string_view(target, static_cast<std::size_t>(n)).find("..") != std::string_view::npos;
            }
            // ENOENT: a dangling link whose resolved part stays inside; ELOOP: a loop. Both harmless.
            if (escapes) {
                ::unlinkat(rootFd, path.c_str(), 0);
                report->symlinks -= 1;
                report->warnings.push_back("symlink '" + path +
                                           "' points outside the checkout through another symlink; not created");
            }
        }
    }
};

bool folderIsEmpty(int fd, int *error)
{
    const int copy = ::dup(fd);
    if (copy < 0) {
        *error = errno;
        return false;
    }
    DIR *dir = ::fdopendir(copy);
    if (!dir) {
        *error = errno;
        ::close(copy);
        return false;
    }
    bool empty = true;
    while (const dirent *entry = ::readdir(dir)) {
        const std::string_view n(entry->d_name);
        if (n != "." && n != "..") {
            empty = false;
            break;
        }
    }
    ::closedir(dir);
    *error = 0;
    return empty;
}

void removeContents(const std::string &dir)
{
    std::error_code ec;
    for (const auto &entry : std::filesystem::directory_iterator(dir, ec))
        std::filesystem::remove_all(entry.path(), ec);
}

} // namespace

bool resolveInside(const std::string &linkPath, const std::string &target, std::string *resolved)
{
    if (target.empty() || target.front() == '/')
        return false;
    std::vector<std::string_view> parts;
    const std::string_view link(linkPath);
    std::size_t start = 0;
    // The folder the link is in: every component but the last.
    for (std::size_t slash = link.find('/'); slash != std::string_view::npos; slash = link.find('/', start)) {
        parts.push_back(link.substr(start, slash - start));
        start = slash + 1;
    }
    const std::string_view t(target);
    start = 0;
    while (start <= t.size()) {
        std::size_t end = t.find('/', start);
        if (end == std::string_view::npos)
            end = t.size();
        const std::string_view part = t.substr(start, end - start);
        if (part == "..") {
            if (parts.empty())
                return false;
            parts.pop_back();
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
        start = end + 1;
    }
    resolved->clear();
    for (std::string_view part : parts) {
        if (!resolved->empty())
            *resolved += '/';
        *resolved += part;
    }
    return true;
}

RepoStatus checkoutCommit(git_repository *repo, const std::string &repoName, git_commit *commit,
                          const std::string &targetDir, const CheckoutOptions &options, CheckoutReport *report)
{
    report->commitId = oidString(git_commit_id(commit));
    report->treeId = oidString(git_commit_tree_id(commit));
    if (targetDir.empty())
        return failure(RepoErrorCode::InvalidArgument, "checkout of '" + repoName + "': no target folder given");
    if (!options.metadataFile.empty()
        && (options.metadataFile.find('/') != std::string::npos || options.metadataFile == "."
            || options.metadataFile == ".."))
        return failure(RepoErrorCode::InvalidArgument,
                       "checkout of '" + repoName + "': metadata file '" + options.metadataFile +
                           "' must be a plain file name");
    std::string error;
    if (!Embedded::makeDirectories(targetDir, &error))
        return failure(RepoErrorCode::Io, "checkout of '" + repoName + "': cannot create " + targetDir + ": " + error);
    Fd root(::open(targetDir.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (root.get() < 0)
        return failure(RepoErrorCode::Io,
                       "checkout of '" + repoName + "': cannot open " + targetDir + ": " + errnoText(errno));
    int emptyError = 0;
    if (!folderIsEmpty(root.get(), &emptyError)) {
        if (emptyError)
            return failure(RepoErrorCode::Io,
                           "checkout of '" + repoName + "': cannot read " + targetDir + ": " + errnoText(emptyError));
        return failure(RepoErrorCode::InvalidArgument,
                       "checkout of '" + repoName + "': " + targetDir +
                           " is not empty (every job gets a fresh folder)");
    }

    git_tree *rawTree = nullptr;
    int rc = git_commit_tree(&rawTree, commit);
    if (rc != 0)
        return failure(rc, "repository '" + repoName + "': cannot read the tree of commit " + report->commitId,
                       RepoErrorCode::Corrupt);
    TreePtr tree(rawTree);
    git_odb *rawOdb = nullptr;
    OdbPtr odb(git_repository_odb(&rawOdb, repo) == 0 ? rawOdb : nullptr);

    Writer writer{repo, repoName, report, odb.get(), {}, {}};
    RepoStatus status = writer.writeTree(tree.get(), root.get(), "");
    if (status.ok()) {
        writer.checkLinkChains(root.get());
        if (!options.metadataFile.empty()) {
            struct stat st;
            if (::fstatat(root.get(), options.metadataFile.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0) {
                report->warnings.push_back("the tree has its own '" + options.metadataFile +
                                           "'; the commit metadata file was not written");
            } else {
                const std::string text = "commit=" + report->commitId + "\ntree=" + report->treeId + "\n";
                Fd fd(::openat(root.get(), options.metadataFile.c_str(),
                               O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644));
                if (fd.get() < 0 || !Embedded::writeFully(fd.get(), text))
                    status = writer.io(errno, "write", options.metadataFile);
            }
        }
    }
    if (!status.ok()) {
        // Half a tree is worse than none: a job must not build from it.
        removeContents(targetDir);
        const CheckoutReport keep{report->commitId, report->treeId};
        *report = keep;
    }
    return status;
}

} // namespace OpsDeck::Pipelines::Git
