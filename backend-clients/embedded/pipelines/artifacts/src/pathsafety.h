// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Reading from a job workspace and writing into a restore folder without
// ever leaving them, whatever symlinks a job leaves behind. Internal.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace OpsDeck::Pipelines::Internal {

/** A regular file found in the workspace. */
struct SourceFile
{
    std::string path; ///< normalised, relative to the workspace
    std::uint32_t mode = 0;
};

/**
 * Opens \a path below the folder \a dirFd, refusing any resolution that
 * leaves it (absolute symlinks, "..", symlinks pointing out). openat2 with
 * RESOLVE_BENEATH where the kernel has it (Linux 5.6+), so the check and
 * the open are one step a job cannot race. Returns -1 with errno set; EXDEV
 * means "would leave the folder".
 */
int openBeneath(int dirFd, const std::string &path, int flags);

/**
 * Expands \a requested (files or folders relative to the workspace, "."
 * for all of it) into regular files, sorted and without duplicates.
 * Symlinks to files inside the workspace are followed; a symlink leading
 * out is an error; a symlink to a folder is not followed (a warning), nor
 * are sockets, FIFOs and devices.
 */
bool collectFiles(int workspaceFd, const std::vector<std::string> &requested, std::vector<SourceFile> *files,
                  std::vector<std::string> *warnings, std::string *error);

/**
 * Folders of one restore, opened one component at a time with O_NOFOLLOW
 * below the target folder, so a symlink planted there (say bin -> /etc)
 * is refused instead of written through.
 */
class RestoreTree
{
public:
    explicit RestoreTree(int rootFd);
    ~RestoreTree();
    RestoreTree(const RestoreTree &) = delete;
    RestoreTree &operator=(const RestoreTree &) = delete;

    /** The folder holding \a path (normalised), created as needed; -1 with \a error set. */
    int parentOf(const std::string &path, std::string *error);

private:
    int m_root;
    std::map<std::string, int> m_dirs;
};

} // namespace OpsDeck::Pipelines::Internal
