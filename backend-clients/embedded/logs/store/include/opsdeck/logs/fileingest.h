// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace OpsDeck::Logs {

class LogEngine;

struct FileIngestOptions
{
    std::string service;                 ///< overrides the lines' own, when not empty
    std::string host;
    bool joinIndented = false;           ///< lines starting with whitespace continue the record before
    std::size_t commitBytes = 16u << 20; ///< fdatasync (and count as committed) at least this often
    /** Called now and then with bytes read so far and in total; false cancels. */
    std::function<bool(std::uint64_t done, std::uint64_t total)> progress;
};

struct FileIngestResult
{
    std::uint64_t committed = 0;         ///< records durable in the store
    std::uint64_t files = 0;
    std::uint64_t bytes = 0;             ///< bytes read (after gunzip)
    bool cancelled = false;
    std::vector<std::string> skipped;    ///< "path: reason" for files left out (binary, unreadable)
    std::string error;                   ///< set when the store failed; committed says how far it got
};

/** Files whose content starts like this are gzip; read through zlib. */
bool isGzipMagic(const unsigned char *data, std::size_t size);

/**
 * Every file to read for \a paths: files as given, folders walked (sorted,
 * hidden entries skipped). \a problems gets "path: reason" for paths that do
 * not exist.
 */
std::vector<std::string> expandLogPaths(const std::vector<std::string> &paths, std::vector<std::string> &problems);

/** Reads plain or gzip files line by line into \a engine. */
FileIngestResult ingestFiles(LogEngine &engine, const std::vector<std::string> &paths,
                             const FileIngestOptions &options);

} // namespace OpsDeck::Logs
