// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "filebuffer.h"

#include <opsdeck/logs/lineparser.h>
#include <opsdeck/logs/record.h>

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace OpsDeck::Logs::RawFile {

/**
 * Line starts and times of a run of consecutive lines of one file; immutable
 * once a FileView holds it. Compact: a u32 start per line relative to the
 * block (a block never spans 4 GiB) and the time as an i32 delta in ms from
 * the block's base (±24 days), or an i64 when a block's times spread wider:
 * 8 bytes per line, 12 at worst.
 */
struct IndexBlock
{
    std::uint64_t baseOffset = 0;
    std::uint64_t endOffset = 0; ///< just past the last line (its '\n' included)
    std::int64_t baseTs = 0;
    std::vector<std::uint32_t> starts; ///< relative to baseOffset
    std::vector<std::int32_t> narrow;  ///< ts - baseTs (when every delta fits)
    std::vector<std::int64_t> wide;    ///< absolute ts (otherwise)
    // Summary, from summarise():
    std::int64_t minTs = 0;
    std::int64_t maxTs = 0;
    bool sorted = true; ///< times never decrease within the block

    std::size_t size() const { return starts.size(); }
    std::uint64_t start(std::size_t i) const { return baseOffset + starts[i]; }
    std::uint64_t next(std::size_t i) const
    {
        return i + 1 < starts.size() ? baseOffset + starts[i + 1] : endOffset;
    }
    std::int64_t ts(std::size_t i) const { return wide.empty() ? baseTs + narrow[i] : wide[i]; }
    /** Sets line \a i's time, widening the block when the delta does not fit. */
    void setTs(std::size_t i, std::int64_t ts);
    /** Stores \a times (one per line) as compactly as they allow. */
    void setTimes(const std::vector<std::int64_t> &times);
    /** Recomputes minTs, maxTs and sorted. */
    void summarise();
    std::size_t memoryBytes() const;
};

/**
 * The lines starting in [begin, end) of a buffer, indexed by one thread. A
 * line without a timestamp inherits the one before it (so a stack trace stays
 * with its event); the \c lead lines before the chunk's first timestamp get
 * \a carryTs, or kNoTime until the file is finalised.
 */
struct ChunkIndex
{
    IndexBlock block;
    std::size_t lead = 0;     ///< leading lines that had nothing to inherit within the chunk
    bool anyTs = false;       ///< some line of the chunk had its own timestamp
    bool crlf = false;        ///< some line ends in "\r\n"
    bool partialTail = false; ///< the last line has no '\n' (the end of the file)
    bool cancelled = false;
};

/** The timestamp a line says it has (the store's one definition), kNoTime if none. */
std::int64_t lineTimestamp(std::string_view line, std::int64_t nowMs);

namespace Detail {
/** The RFC 3339 stamp starting \a line, read as LineParser does; kNoTime: ask LineParser. */
std::int64_t fastIsoTimestamp(std::string_view line);
} // namespace Detail

/**
 * Everything \a line says about itself (LineParser on a per-thread parser).
 * Valid until the next call on this thread.
 */
const ParsedLine &parseLine(std::string_view line, std::int64_t nowMs);

/**
 * Where the chunk of nominal start \a nominal really starts: just after the
 * first '\n' at or after nominal - 1 (0 for 0; bytes.size() if there is none).
 */
std::uint64_t chunkStart(std::string_view bytes, std::uint64_t nominal);

/** Indexes the lines that start in [begin, end) of \a bytes. */
ChunkIndex indexChunk(std::string_view bytes, std::uint64_t begin, std::uint64_t end,
                      std::int64_t nowMs, std::int64_t carryTs, const std::atomic_bool *cancel);

/** An indexed snapshot of one file: what searches, context and the follow read. Immutable. */
struct FileView
{
    int slot = 0;     ///< the file's number in this store (part of every record id)
    std::string path; ///< absolute path
    std::shared_ptr<const FileBuffer> buffer;
    std::vector<std::shared_ptr<const IndexBlock>> blocks;
    std::vector<std::uint64_t> firstLine; ///< first line number of each block, then the line count
    std::uint64_t lines = 0;
    std::int64_t minTs = kNoTime;
    std::int64_t maxTs = kNoTime;
    std::int64_t fallbackTs = 0; ///< for a file without any timestamp: its modification time
    std::uint64_t diskBytes = 0; ///< size on disk (compressed for gzip)
    std::uint64_t device = 0; ///< st_dev and st_ino when opened: a follow notices a replaced file
    std::uint64_t inode = 0;
    std::string endSample; ///< the last bytes indexed: a follow tells a rewrite from growth
    bool sorted = true;    ///< line order is time order
    bool crlf = false;
    bool partialTail = false;
    bool gzip = false;

    struct Position
    {
        const IndexBlock *block = nullptr;
        std::size_t index = 0;      ///< line within the block
        std::size_t blockIndex = 0; ///< the block within blocks
    };
    Position locate(std::uint64_t line) const;
    std::int64_t ts(std::uint64_t line) const;
    std::uint64_t start(std::uint64_t line) const;
    /** Line \a line without its "\n" / "\r\n". */
    std::string_view text(std::uint64_t line) const;
    /** The line that starts exactly at \a offset, or -1. */
    std::int64_t lineAt(std::uint64_t offset) const;
    /** The line that contains byte \a offset (offset < indexed end). */
    std::uint64_t lineContaining(std::uint64_t offset) const;
    /** First line with ts >= \a ts (only meaningful when sorted). */
    std::uint64_t lowerBoundTs(std::int64_t ts) const;
    /** End of the indexed bytes. */
    std::uint64_t indexedEnd() const { return blocks.empty() ? 0 : blocks.back()->endOffset; }
    std::size_t indexBytes() const;

    /** Walks lines in increasing order without a binary search per line. */
    class Reader
    {
    public:
        explicit Reader(const FileView &view)
            : m_view(view)
        {}
        Position at(std::uint64_t line)
        {
            while (m_view.firstLine[m_block + 1] <= line)
                ++m_block;
            return {m_view.blocks[m_block].get(),
                    static_cast<std::size_t>(line - m_view.firstLine[m_block]), m_block};
        }

    private:
        const FileView &m_view;
        std::size_t m_block = 0;
    };

    /** Fills firstLine, lines, minTs, maxTs and sorted from the blocks. */
    void computeSummary();
};

/**
 * Turns a file's chunks (in order) into its blocks: patches inherited times
 * across chunk borders, gives the lines before the file's first timestamp
 * that first timestamp, and a file without any the \a view's fallbackTs.
 */
void finaliseChunks(std::vector<ChunkIndex> &chunks, FileView &view);

/**
 * A new view of \a old over \a buffer, which holds the same file grown. The
 * old partial last line (if any) is indexed again with the bytes that
 * completed it. \a firstNewLine receives the first line that is new or changed.
 */
std::shared_ptr<FileView> extendView(const FileView &old, std::shared_ptr<const FileBuffer> buffer,
                                     std::int64_t nowMs, std::uint64_t &firstNewLine);

} // namespace OpsDeck::Logs::RawFile
