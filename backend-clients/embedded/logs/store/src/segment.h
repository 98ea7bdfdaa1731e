// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// One immutable segment file: the records of one day, sorted by (time, id),
// in zstd-compressed blocks, with a token index whose posting lists name
// segment-local line numbers (or, in the cold tier, block numbers).
// Byte layout: docs/log-store-format.md.

#include "opsdeck/logs/storedrecord.h"
#include "postings.h"

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace OpsDeck::Logs {

enum class Tier : std::uint8_t { Hot = 0, Cold = 1 };

struct SegmentWriteOptions
{
    Tier tier = Tier::Hot;
    int zstdLevel = 3;
    std::size_t blockTextBytes = 64 * 1024;
    std::size_t blockMaxLines = 1024;
};

/**
 * Writes \a records (sorted by ts then id) to \a path atomically: a temporary
 * file, fsync, rename, fsync of the folder. Returns false with \a error set.
 */
bool writeSegment(const std::string &path, const std::vector<const StoredRecord *> &records,
                  const SegmentWriteOptions &options, std::string *error);

/** What the block table says about one block, kept in memory. */
struct BlockInfo
{
    std::uint64_t metaOffset = 0;
    std::uint32_t metaBytes = 0;
    std::uint32_t textBytes = 0;     ///< compressed; text follows meta
    std::uint32_t rawTextBytes = 0;
    std::uint32_t firstLine = 0;
    std::uint32_t lines = 0;
    std::int64_t minTs = 0;
    std::int64_t maxTs = 0;
    std::int64_t minId = 0;
    std::int64_t maxId = 0;
};

/** A decoded block: columns for every line, text on demand. */
struct DecodedBlock
{
    std::vector<std::int64_t> ts;
    std::vector<std::int64_t> ids;
    std::vector<std::int64_t> ingested;
    std::vector<Level> levels;
    std::vector<std::uint32_t> hosts;    ///< index into the segment's string tables
    std::vector<std::uint32_t> services;
    std::vector<std::uint32_t> sources;
    std::vector<std::uint32_t> textOffsets; ///< line i is text[off[i], off[i+1]-1) (a '\n' follows each)
    std::vector<std::vector<Field>> extra;
    std::string text;                    ///< empty unless asked for
};

class SegmentReader
{
public:
    ~SegmentReader();
    SegmentReader(const SegmentReader &) = delete;
    SegmentReader &operator=(const SegmentReader &) = delete;

    /** Maps and checks \a path; nullptr with \a error when it is damaged. */
    static std::shared_ptr<SegmentReader> open(const std::string &path, std::string *error);

    const std::string &path() const { return m_path; }
    Tier tier() const { return m_tier; }
    bool blockPostings() const { return m_blockPostings; }
    std::uint32_t lineCount() const { return m_lines; }
    std::int64_t minTs() const { return m_minTs; }
    std::int64_t maxTs() const { return m_maxTs; }
    std::int64_t minId() const { return m_minId; }
    std::int64_t maxId() const { return m_maxId; }
    std::uint64_t rawBytes() const { return m_rawBytes; }
    std::uint64_t fileBytes() const { return m_size; }
    const std::vector<BlockInfo> &blocks() const { return m_blocks; }
    /** Bytes of the posting lists and of the dictionary (for stats and benchmarks). */
    std::uint64_t postingsBytes() const { return m_dictOffsets.empty() ? 0 : m_dictOffsets.front() - m_postingsOffset; }
    std::uint64_t dictionaryBytes() const { return m_dictOffsets.empty() ? 0 : m_dictOffsets.back() - m_dictOffsets.front(); }
    std::size_t dictionaryKeys() const { return m_dictFirstKeys.size() * 32; }
    const std::string &hostName(std::uint32_t i) const { return m_hosts.at(i); }
    const std::string &serviceName(std::uint32_t i) const { return m_services.at(i); }
    const std::string &sourceName(std::uint32_t i) const { return m_sources.at(i); }
    const std::vector<std::string> &sources() const { return m_sources; }

    /** The posting list of an index key; empty when the key is absent. */
    Postings lookup(std::string_view key) const;
    /** Union of the posting lists of every key starting with \a prefix (at most \a maxKeys keys; false when cut). */
    bool lookupPrefix(std::string_view prefix, Postings &out, std::size_t maxKeys) const;
    /** Every key that starts with \a prefix (field names for completion), at most \a max. */
    std::vector<std::string> keysWithPrefix(std::string_view prefix, std::size_t max) const;

    /** Decodes block \a b: metadata always, text when \a withText. */
    bool decodeBlock(std::size_t b, bool withText, DecodedBlock &out, std::string *error) const;
    /** Index of the block holding line \a line. */
    std::size_t blockOfLine(std::uint32_t line) const;
    /** First line whose timestamp is >= \a ts (lineCount() if none). */
    std::uint32_t lowerBoundTs(std::int64_t ts) const;

private:
    SegmentReader() = default;
    bool load(std::string *error);
    bool findDictBlock(std::string_view key, std::size_t &block) const;

    std::string m_path;
    const char *m_data = nullptr;
    std::size_t m_size = 0;
    Tier m_tier = Tier::Hot;
    bool m_blockPostings = false;
    std::uint32_t m_lines = 0;
    std::int64_t m_minTs = 0, m_maxTs = 0, m_minId = 0, m_maxId = 0;
    std::uint64_t m_rawBytes = 0;
    std::vector<BlockInfo> m_blocks;
    std::vector<std::string> m_hosts, m_services, m_sources;
    // Dictionary: sorted keys in blocks of kDictBlockKeys, front-coded; the
    // first key and offset of every dictionary block stay in memory.
    std::vector<std::string> m_dictFirstKeys;
    std::vector<std::uint64_t> m_dictOffsets; // one more than blocks: the end
    std::uint64_t m_postingsOffset = 0;
};

/** The index key of a field value: "\x01" name "=" value, lowercased and cut like tokens. */
std::string fieldKey(std::string_view name, std::string_view value);
/** The key prefix of every value of field \a name. */
std::string fieldKeyPrefix(std::string_view name);
/** The key under which a record's level is indexed. */
std::string levelKey(Level level);

} // namespace OpsDeck::Logs
