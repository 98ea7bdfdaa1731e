// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// One immutable segment file: the records of one day, sorted by (time, id),
// in zstd-compressed blocks, with an index built around message templates.
// A line's template is its message with every variable token (one holding a
// digit, or very long) replaced by a placeholder. Words point at templates,
// templates at their lines (exact); variables point at blocks (candidates to
// verify); host, service, source, level and field values point at lines. Byte layout: docs/log-store-format.md.

#include "opsdeck/logs/storedrecord.h"
#include "postings.h"

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

struct ZSTD_DDict_s;

namespace OpsDeck::Logs {

enum class Tier : std::uint8_t { Hot = 0, Cold = 1 };

struct SegmentWriteOptions
{
    Tier tier = Tier::Hot;
    int zstdLevel = 3;
    std::size_t blockTextBytes = 128 * 1024;
    std::size_t blockMaxLines = 2048;
    /** A word in more templates than this also gets its own line list, so a lookup stays one read. */
    std::size_t materializeAboveTemplates = 256;
};

/** True for a token the index treats as a variable: it holds a digit or a 0xff byte, or is very long. */
bool isVariableToken(std::string_view token);

/** The placeholder byte that stands for a variable token in a template. */
inline constexpr char kTemplateVariable = '\xff';

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

/** How an index key's posting list is stored, which decides whether it is exact. */
enum class KeyKind : std::uint8_t {
    Templates = 0,     ///< a message word: the templates holding it (exact)
    Lines = 1,         ///< a field value or level: its lines (exact)
    Blocks = 2,        ///< a variable: the blocks holding it (candidates)
    TemplatesAndLines = 3, ///< a word in many templates: both lists
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
    std::uint32_t lineCount() const { return m_lines; }
    std::int64_t minTs() const { return m_minTs; }
    std::int64_t maxTs() const { return m_maxTs; }
    std::int64_t minId() const { return m_minId; }
    std::int64_t maxId() const { return m_maxId; }
    std::uint64_t rawBytes() const { return m_rawBytes; }
    std::uint64_t fileBytes() const { return m_size; }
    const std::vector<BlockInfo> &blocks() const { return m_blocks; }
    /** Bytes of the posting lists, of the templates and of the dictionary (for stats and benchmarks). */
    std::uint64_t postingsBytes() const { return m_templatesOffset - m_postingsOffset; }
    std::uint64_t templateBytes() const { return m_dictOffsets.empty() ? 0 : m_dictOffsets.front() - m_templatesOffset; }
    std::uint64_t dictionaryBytes() const { return m_dictOffsets.empty() ? 0 : m_dictOffsets.back() - m_dictOffsets.front(); }
    std::size_t dictionaryKeys() const { return m_dictFirstKeys.size() * 128; }
    std::uint32_t templateCount() const { return m_templateIndex.empty() ? 0 : static_cast<std::uint32_t>(m_templateIndex.size() - 1); }
    /** Template \a t: its text (variables as kTemplateVariable) and its lines. */
    bool readTemplate(std::uint32_t t, std::string &text, Postings &lines) const;
    const std::string &hostName(std::uint32_t i) const { return m_hosts.at(i); }
    const std::string &serviceName(std::uint32_t i) const { return m_services.at(i); }
    const std::string &sourceName(std::uint32_t i) const { return m_sources.at(i); }
    const std::vector<std::string> &sources() const { return m_sources; }

    /**
     * The lines that may hold index key \a key; empty when the key is absent.
     * \a exact (if given) is set to whether every one of them does (false for
     * a variable, whose blocks are widened to their lines).
     */
    Postings lookup(std::string_view key, bool *exact = nullptr) const;
    /**
     * Union of the lines of every key starting with \a prefix (at most \a maxKeys
     * keys; false when cut); \a exact is cleared when any of them is a variable.
     */
    bool lookupPrefix(std::string_view prefix, Postings &out, std::size_t maxKeys, bool *exact = nullptr) const;
    /**
     * The lines holding the words \a keys one after another, decided on the
     * templates alone. False when that cannot be decided there (a key is a
     * variable or cut, or too many templates): then the caller verifies.
     */
    bool phraseLines(const std::vector<std::string> &keys, Postings &out) const;
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
    struct Entry;
    /** The last decompressed frame of template texts, so neighbours decompress once. */
    struct TemplateFrame
    {
        std::uint32_t index = 0xffffffffu;
        std::string bytes;
        std::vector<std::string_view> texts;
    };
    bool load(std::string *error);
    bool readTemplateLines(std::uint32_t t, Postings &lines) const;
    bool readTemplateText(std::uint32_t t, TemplateFrame &frame, std::string_view &text) const;
    bool decompressText(std::string_view frame, std::size_t rawSize, std::string &out, std::string *error) const;
    bool readAt(std::uint64_t offset, std::size_t length, std::string &out) const;
    bool findDictBlock(std::string_view key, std::size_t &block) const;
    bool readDictBlock(std::size_t block, std::string &out) const;
    bool findEntry(std::string_view key, Entry &entry) const;
    Postings entryLines(const Entry &entry, bool *exact) const;
    Postings readPostings(std::uint64_t offset, std::uint64_t length) const;
    Postings templateList(const Entry &entry) const;

    std::string m_path;
    int m_fd = -1;
    std::size_t m_size = 0;
    Tier m_tier = Tier::Hot;
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
    std::uint64_t m_templatesOffset = 0;
    std::vector<std::uint64_t> m_templateIndex; // offset of every template record, and the end
    std::vector<std::uint64_t> m_textFrames;    // offset of every frame of template texts, and the end
    std::string m_textDictionary;               // zstd dictionary of the text frames (may be empty)
    mutable std::once_flag m_ddictOnce;
    mutable ZSTD_DDict_s *m_ddict = nullptr;
};

/** The index key of a field value: "\x01" name "=" value, lowercased and cut like tokens. */
std::string fieldKey(std::string_view name, std::string_view value);
/** The key prefix of every value of field \a name. */
std::string fieldKeyPrefix(std::string_view name);
/** The key under which a record's level is indexed. */
std::string levelKey(Level level);

} // namespace OpsDeck::Logs
