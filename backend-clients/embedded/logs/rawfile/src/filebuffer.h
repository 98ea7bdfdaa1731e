// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace OpsDeck::Logs::RawFile {

/**
 * The immutable bytes of one log file: a read-only mmap of a plain file, or
 * a gzip file inflated to memory. Shared by every snapshot that reads it, so
 * a follow that maps the grown file never pulls bytes from under a running
 * search.
 *
 * A mapped file that someone truncates would raise SIGBUS on the next read
 * past its new end (the follow notices truncation only at its next poll, up
 * to 250 ms later). Every mapping is therefore registered with a SIGBUS
 * handler that puts a zero page over the faulting page instead: the stale
 * lines read as NUL bytes until the re-index replaces them, and the console
 * keeps running.
 */
class FileBuffer
{
public:
    ~FileBuffer();
    FileBuffer(const FileBuffer &) = delete;
    FileBuffer &operator=(const FileBuffer &) = delete;

    /** Maps the first \a size bytes of \a path (0 bytes: an empty buffer). */
    static std::shared_ptr<const FileBuffer> map(const std::string &path, std::uint64_t size,
                                                 std::string &error);
    /** Takes ownership of bytes already in memory (an inflated gzip file). */
    static std::shared_ptr<const FileBuffer> fromBytes(std::string bytes);

    std::string_view bytes() const { return {m_data, m_size}; }
    std::uint64_t size() const { return m_size; }
    bool mapped() const { return m_mapped; }

private:
    FileBuffer() = default;
    const char *m_data = nullptr;
    std::size_t m_size = 0;
    bool m_mapped = false;
    std::string m_owned;
};

/** True when \a head (the first bytes of a file) holds a NUL: an image, an archive, a core file. */
bool looksBinary(std::string_view head);
/** True for the gzip magic bytes. */
bool isGzip(std::string_view head);

/**
 * Inflates gzip file \a path (all members) into \a out. \a maxBytes > 0 stops
 * after that many inflated bytes (to sniff the head). \a cancel is polled.
 */
bool inflateGzip(const std::string &path, std::string &out, std::uint64_t maxBytes,
                 const std::atomic_bool *cancel, std::string &error);

namespace Detail {
/** The number of times the SIGBUS guard replaced a page (for tests). */
std::uint64_t sigbusRescues();
} // namespace Detail

} // namespace OpsDeck::Logs::RawFile
