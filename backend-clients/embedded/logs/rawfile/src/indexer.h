// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "lineindex.h"

#include <QThreadPool>

#include <functional>

namespace OpsDeck::Logs::RawFile {

/** One file to index, as open() found it. */
struct IndexInput
{
    std::shared_ptr<FileView>
        view; ///< slot, path, gzip, diskBytes, fallbackTs, inode; buffer unless gzip
};

/**
 * Indexes files on a thread pool without ever blocking a thread on another:
 * each plain file is cut into chunks of kChunkBytes at line ends, one pool
 * task per chunk; a gzip file is inflated by one task that then queues its
 * chunks. The task that finishes a file's last chunk finalises the file, and
 * the one that finishes the last file calls \c finished. Every task polls
 * \c cancel, so the owner can stop and join the work in its destructor.
 */
class Indexer
{
public:
    struct Callbacks
    {
        std::function<void(std::uint64_t done, std::uint64_t total)> progress;
        /// A gzip file's bytes are in memory (the first screen can use them).
        std::function<void(std::size_t file, std::shared_ptr<const FileBuffer> buffer)> inflated;
        /// A file could not be read completely (kept what was read).
        std::function<void(std::size_t file, const std::string &problem)> problem;
        /// Every file is indexed, in the order given. Not called when cancelled.
        std::function<void(std::vector<std::shared_ptr<const FileView>> views)> finished;
    };

    static constexpr std::uint64_t kChunkBytes = 16u << 20;

    static void start(QThreadPool &pool, std::vector<IndexInput> inputs, std::int64_t nowMs,
                      std::shared_ptr<std::atomic_bool> cancel, Callbacks callbacks);

    /** Indexes one buffer on the calling thread (a file re-read after truncation). */
    static std::shared_ptr<FileView> indexNow(std::shared_ptr<FileView> view, std::int64_t nowMs,
                                              const std::atomic_bool *cancel);
};

} // namespace OpsDeck::Logs::RawFile
