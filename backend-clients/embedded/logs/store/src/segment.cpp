// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "segment.h"

#include "bytes.h"
#include "opsdeck/embedded/fileutil.h"
#include "tokentable.h"

#include "opsdeck/logs/tokenizer.h"

#include <zlib.h>
#include <zstd.h>
#define ZDICT_STATIC_LINKING_ONLY
#include <zdict.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <unordered_map>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace OpsDeck::Logs {

using Embedded::writeFileAtomically;

namespace {

constexpr char kMagic[8] = {'O', 'P', 'S', 'D', 'L', 'O', 'G', 'S'};
constexpr char kTrailerMagic[4] = {'O', 'D', 'S', 'E'};
constexpr std::uint32_t kVersion = 2;
constexpr std::size_t kHeaderBytes = 12;
constexpr std::size_t kTrailerBytes = 24;
constexpr std::size_t kDictBlockKeys = 128;
constexpr std::uint32_t kTemplatesPerFrame = 64;
constexpr std::uint64_t kInlinePostings = 4;

struct StringTable
{
    std::unordered_map<std::string, std::uint32_t> ids;
    std::vector<std::string_view> names;
    std::uint32_t id(const std::string &s)
    {
        auto [it, inserted] = ids.try_emplace(s, static_cast<std::uint32_t>(names.size()));
        if (inserted)
            names.push_back(it->first);
        return it->second;
    }
    void write(std::string &out) const
    {
        Bytes::putVarint(out, names.size());
        for (auto n : names)
            Bytes::putString(out, n);
    }
};

bool compress(ZSTD_CCtx *cctx, std::string_view in, int level, std::string &out, std::string *error)
{
    out.resize(ZSTD_compressBound(in.size()));
    const std::size_t n = ZSTD_compressCCtx(cctx, out.data(), out.size(), in.data(), in.size(), level);
    if (ZSTD_isError(n)) {
        if (error)
            *error = std::string("zstd: ") + ZSTD_getErrorName(n);
        return false;
    }
    out.resize(n);
    return true;
}

bool decompress(std::string_view in, std::size_t rawSize, std::string &out, std::string *error)
{
    out.resize(rawSize);
    const std::size_t n = ZSTD_decompress(out.data(), out.size(), in.data(), in.size());
    if (ZSTD_isError(n) || n != rawSize) {
        if (error)
            *error = ZSTD_isError(n) ? std::string("zstd: ") + ZSTD_getErrorName(n)
                                     : std::string("block has the wrong size");
        return false;
    }
    return true;
}

std::size_t frameContentSize(std::string_view frame)
{
    const unsigned long long n = ZSTD_getFrameContentSize(frame.data(), frame.size());
    if (n == ZSTD_CONTENTSIZE_ERROR || n == ZSTD_CONTENTSIZE_UNKNOWN || n > (std::size_t(1) << 31))
        return std::size_t(-1);
    return static_cast<std::size_t>(n);
}

/**
 * Builds the index while the blocks are written: templates with their lines,
 * words with their templates, field values with their lines, variables with
 * their blocks.
 */
class IndexBuilder
{
public:
    /** \a host, \a service, \a source: the record's numbers in the segment's string tables. */
    void addLine(const StoredRecord &r, std::uint32_t line, std::uint32_t block, std::uint32_t host,
                 std::uint32_t service, std::uint32_t source)
    {
        // The template: the message with each variable token replaced.
        m_template.clear();
        std::size_t copied = 0;
        const std::string_view message = r.message;
        forEachToken(message, [&](std::string_view token, std::size_t offset) {
            if (!isVariableToken(token))
                return;
            m_template.append(message.substr(copied, offset - copied));
            m_template.push_back(kTemplateVariable);
            copied = offset + token.size();
            tokenKeyInto(token, m_scratch);
            m_variables.add(m_scratch, block);
        });
        m_template.append(message.substr(copied));
        bool created = false;
        const std::uint32_t t = m_templates.add(m_template, line, &created);
        if (created) {
            forEachToken(m_template, [&](std::string_view token, std::size_t) {
                if (token.size() == 1 && token[0] == kTemplateVariable)
                    return;
                tokenKeyInto(token, m_scratch);
                m_words.add(m_scratch, t);
            });
        }
        // The same few names on every line: hash each once, then append by entry.
        addKnown(m_hostEntries, host, "host", r.host, line);
        addKnown(m_serviceEntries, service, "service", r.service, line);
        addKnown(m_sourceEntries, source, "source", r.source, line);
        const auto level = static_cast<std::size_t>(r.level) & 7;
        if (m_levelEntries[level] == kNone)
            m_levelEntries[level] = m_fields.add(levelKey(r.level), line);
        else
            m_fields.addTo(m_levelEntries[level], line);
        for (const auto &f : r.extra)
            addField(f.key, f.value, line);
        for (const auto &f : r.derived)
            addField(f.key, f.value, line);
    }

    /**
     * Writes posting lists into \a file (from \a postingsOffset on), then the
     * template records; returns the template index, the compressed template
     * texts with their index, and the dictionary, for the caller to place.
     */
    bool write(std::string &file, std::uint64_t postingsOffset, const SegmentWriteOptions &options,
               ZSTD_CCtx *cctx, std::uint64_t &templatesOffset, std::string &templateIndex, std::string &textFrames,
               std::string &textIndex, std::string &dict, std::vector<std::pair<std::string, std::uint64_t>> &dictBlocks,
               std::string *error)
    {
        // Template line lists first: words in many templates need them.
        std::vector<std::uint32_t> list;
        std::vector<Postings> templateLines(m_templates.size());
        std::string templates, texts, packed;
        Bytes::putU64(templateIndex, 0);
        Bytes::putU64(textIndex, 0);
        for (std::uint32_t t = 0; t < m_templates.size(); ++t) {
            m_templates.list(t, list);
            Bytes::putVarint(templates, list.size());
            putList(file, postingsOffset, list, templates, &templateLines[t]);
            Bytes::putU64(templateIndex, templates.size());
            // Texts go in zstd frames of kTemplatesPerFrame: only phrases read them.
            Bytes::putString(texts, m_templates.key(t));
            if ((t + 1) % kTemplatesPerFrame == 0 || t + 1 == m_templates.size()) {
                if (!compress(cctx, texts, options.zstdLevel, packed, error))
                    return false;
                textFrames.append(packed);
                Bytes::putU64(textIndex, textFrames.size());
                texts.clear();
            }
        }
        // Keys in one sorted dictionary, whatever their kind.
        struct Key
        {
            std::string_view key;
            KeyKind kind;
            std::uint32_t entry;
            std::uint64_t head = 0; // the first 8 bytes, big-endian: most comparisons end here
        };
        std::vector<Key> keys;
        keys.reserve(m_words.size() + m_fields.size() + m_variables.size());
        for (std::uint32_t e = 0; e < m_words.size(); ++e)
            keys.push_back({m_words.key(e), m_words.count(e) > options.materializeAboveTemplates
                                                ? KeyKind::TemplatesAndLines : KeyKind::Templates, e});
        for (std::uint32_t e = 0; e < m_fields.size(); ++e)
            keys.push_back({m_fields.key(e), KeyKind::Lines, e});
        for (std::uint32_t e = 0; e < m_variables.size(); ++e)
            keys.push_back({m_variables.key(e), KeyKind::Blocks, e});
        for (Key &k : keys) {
            for (std::size_t b = 0; b < 8; ++b)
                k.head = (k.head << 8) | (b < k.key.size() ? static_cast<unsigned char>(k.key[b]) : 0u);
        }
        // Bytewise order: the head orders by the first 8 bytes (a shorter key
        // pads with 0, which sorts first, as it must); ties compare the rest.
        std::sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
            if (a.head != b.head)
                return a.head < b.head;
            return a.key < b.key;
        });

        // Words, field keys ("\x01" name "=" value) and the level key ("\x02")
        // cannot collide, and a token is a word or a variable by its own bytes.
        // Each dictionary block is its own zstd frame: ids and numbers share
        // long runs of bytes that front coding alone leaves on disk.
        std::string_view previous;
        std::size_t written = 0;
        std::string block;
        auto closeBlock = [&] {
            if (block.empty())
                return true;
            if (!compress(cctx, block, options.zstdLevel, packed, error))
                return false;
            dict.append(packed);
            block.clear();
            return true;
        };
        for (std::size_t k = 0; k < keys.size(); ++k) {
            const Key &key = keys[k];
            if (written % kDictBlockKeys == 0) {
                if (!closeBlock())
                    return false;
                dictBlocks.emplace_back(std::string(key.key), dict.size());
                previous = {};
            }
            std::size_t shared = 0;
            while (shared < previous.size() && shared < key.key.size() && previous[shared] == key.key[shared])
                ++shared;
            Bytes::putVarint(block, shared);
            Bytes::putString(block, key.key.substr(shared));
            previous = key.key;
            ++written;
            const TokenTable &table = key.kind == KeyKind::Lines ? m_fields
                                      : key.kind == KeyKind::Blocks ? m_variables : m_words;
            table.list(key.entry, list);
            Bytes::putVarint(block, (std::uint64_t(list.size()) << 2) | static_cast<std::uint64_t>(key.kind));
            putList(file, postingsOffset, list, block, nullptr);
            if (key.kind == KeyKind::TemplatesAndLines) {
                std::vector<const roaring_bitmap_t *> parts;
                parts.reserve(list.size());
                for (std::uint32_t t : list)
                    parts.push_back(templateLines[t].get());
                Postings lines(roaring_bitmap_or_many(parts.size(), parts.data()));
                putBitmap(file, postingsOffset, lines, block);
            }
        }
        if (!closeBlock())
            return false;
        templatesOffset = file.size();
        file.append(templates);
        return true;
    }

private:
    static constexpr std::uint64_t kInline = 4;
    static constexpr std::uint32_t kNone = 0xffffffffu;

    void addKnown(std::vector<std::uint32_t> &entries, std::uint32_t id, std::string_view name, std::string_view value,
                  std::uint32_t line)
    {
        if (id >= entries.size())
            entries.resize(id + 1, kNone);
        if (entries[id] == kNone)
            entries[id] = m_fields.add(fieldKey(name, value), line);
        else
            m_fields.addTo(entries[id], line);
    }

    // Field values always get line lists: a field filter is exact and needs
    // no text, and a value costs one entry per line that has the field.
    void addField(std::string_view name, std::string_view value, std::uint32_t line)
    {
        m_fields.add(fieldKey(name, value), line);
    }

    /** A list: inline deltas when short, else a Roaring bitmap in the postings area. */
    static void putList(std::string &file, std::uint64_t postingsOffset, const std::vector<std::uint32_t> &list,
                        std::string &out, Postings *keep)
    {
        if (list.size() <= kInline) {
            std::uint32_t last = 0;
            for (std::uint32_t v : list) {
                Bytes::putVarint(out, v - last);
                last = v;
            }
            if (keep)
                *keep = Postings(roaring_bitmap_of_ptr(list.size(), list.data()));
            return;
        }
        Postings p(roaring_bitmap_of_ptr(list.size(), list.data()));
        putBitmap(file, postingsOffset, p, out);
        if (keep)
            *keep = std::move(p);
    }

    static void putBitmap(std::string &file, std::uint64_t postingsOffset, Postings &p, std::string &out)
    {
        roaring_bitmap_run_optimize(p.get());
        const std::size_t bytes = roaring_bitmap_portable_size_in_bytes(p.get());
        const std::size_t at = file.size();
        file.resize(at + bytes);
        roaring_bitmap_portable_serialize(p.get(), file.data() + at);
        Bytes::putVarint(out, at - postingsOffset);
        Bytes::putVarint(out, bytes);
    }

    TokenTable m_templates; // template text -> lines
    TokenTable m_words;     // word -> templates
    TokenTable m_fields;    // field key -> lines
    TokenTable m_variables; // variable (or variable field key) -> blocks
    std::vector<std::uint32_t> m_hostEntries, m_serviceEntries, m_sourceEntries;
    std::uint32_t m_levelEntries[8] = {kNone, kNone, kNone, kNone, kNone, kNone, kNone, kNone};
    std::string m_template, m_scratch;
};

} // namespace

std::string fieldKeyPrefix(std::string_view name)
{
    std::string key;
    key.reserve(name.size() + 2);
    key.push_back('\x01');
    for (char c : name)
        key.push_back(lowerAscii(c));
    key.push_back('=');
    return key;
}

std::string fieldKey(std::string_view name, std::string_view value)
{
    std::string key = fieldKeyPrefix(name);
    const std::size_t n = std::min(value.size(), kMaxTokenBytes);
    for (std::size_t i = 0; i < n; ++i)
        key.push_back(lowerAscii(value[i]));
    return key;
}

std::string levelKey(Level level)
{
    // Its own prefix: a field called "level" with a digit value must not collide.
    return std::string{'\x02', static_cast<char>('0' + static_cast<int>(level))};
}

bool isVariableToken(std::string_view token)
{
    if (token.size() >= 20)
        return true;
    for (char c : token) {
        if ((c >= '0' && c <= '9') || c == kTemplateVariable)
            return true;
    }
    return false;
}

namespace {

/**
 * A zstd dictionary trained on samples spread over the whole segment, so that
 * small blocks (quick to decompress for a rare hit) compress nearly as well as
 * large ones. Empty when the segment is too small to be worth it.
 */
std::string trainTextDictionary(const std::vector<const StoredRecord *> &records)
{
    constexpr std::size_t kMinText = 1u << 20;
    constexpr std::size_t kSampleBytes = 2u << 20;
    constexpr std::size_t kPieceBytes = 4096;
    constexpr std::size_t kDictBytes = 64 * 1024;
    std::size_t total = 0;
    for (const auto *r : records)
        total += r->message.size() + 1;
    if (total < kMinText)
        return {};
    // Runs of consecutive lines, evenly spaced, cut into pieces of ~4 KiB.
    const std::size_t runs = kSampleBytes / kPieceBytes;
    const std::size_t stride = std::max<std::size_t>(1, records.size() / runs);
    std::string samples;
    std::vector<std::size_t> sizes;
    samples.reserve(kSampleBytes + kPieceBytes);
    for (std::size_t start = 0; start < records.size() && samples.size() < kSampleBytes; start += stride) {
        const std::size_t before = samples.size();
        for (std::size_t k = start; k < records.size() && samples.size() - before < kPieceBytes; ++k) {
            samples.append(records[k]->message);
            samples.push_back('\n');
        }
        sizes.push_back(samples.size() - before);
    }
    if (sizes.size() < 16)
        return {};
    std::string dict(kDictBytes, '\0');
    ZDICT_fastCover_params_t params{};
    params.k = 200;
    params.d = 8;
    params.f = 20;
    params.steps = 1;
    params.accel = 4;
    params.splitPoint = 1.0;
    params.zParams.compressionLevel = 3;
    const std::size_t n = ZDICT_trainFromBuffer_fastCover(dict.data(), dict.size(), samples.data(), sizes.data(),
                                                          static_cast<unsigned>(sizes.size()), params);
    if (ZDICT_isError(n))
        return {}; // too few distinct samples: blocks are compressed without one
    dict.resize(n);
    return dict;
}

} // namespace

bool writeSegment(const std::string &path, const std::vector<const StoredRecord *> &records,
                  const SegmentWriteOptions &options, std::string *error)
{
    if (records.empty()) {
        if (error)
            *error = "no records";
        return false;
    }
    std::unique_ptr<ZSTD_CCtx, decltype(&ZSTD_freeCCtx)> cctx(ZSTD_createCCtx(), &ZSTD_freeCCtx);

    std::string file;
    file.append(kMagic, sizeof kMagic);
    Bytes::putU32(file, kVersion);
    const std::string textDictionary = trainTextDictionary(records);
    file.append(textDictionary);
    std::unique_ptr<ZSTD_CDict, decltype(&ZSTD_freeCDict)> cdict(
        textDictionary.empty() ? nullptr
                               : ZSTD_createCDict(textDictionary.data(), textDictionary.size(), options.zstdLevel),
        &ZSTD_freeCDict);

    StringTable hosts, services, sources;
    IndexBuilder index;
    std::string meta, text, packed;
    std::string blockTable;
    std::vector<std::uint32_t> ids;
    std::uint32_t blockCount = 0;
    std::uint64_t rawBytes = 0;

    std::size_t i = 0;
    while (i < records.size()) {
        // One block: up to blockTextBytes of text or blockMaxLines lines.
        std::size_t end = i;
        std::size_t textBytes = 0;
        while (end < records.size() && (end == i || (textBytes < options.blockTextBytes
                                                     && end - i < options.blockMaxLines))) {
            textBytes += records[end]->message.size() + 1;
            ++end;
        }
        meta.clear();
        text.clear();
        text.reserve(textBytes);
        const std::size_t n = end - i;
        Bytes::putVarint(meta, n);
        std::int64_t minTs = records[i]->ts, maxTs = records[i]->ts;
        std::int64_t minId = records[i]->id, maxId = records[i]->id;
        for (std::size_t k = i; k < end; ++k) {
            minTs = std::min(minTs, records[k]->ts);
            maxTs = std::max(maxTs, records[k]->ts);
            minId = std::min(minId, records[k]->id);
            maxId = std::max(maxId, records[k]->id);
        }
        std::int64_t prev = minTs;
        for (std::size_t k = i; k < end; ++k) {
            Bytes::putSigned(meta, records[k]->ts - prev);
            prev = records[k]->ts;
        }
        prev = minId;
        for (std::size_t k = i; k < end; ++k) {
            Bytes::putSigned(meta, records[k]->id - prev);
            prev = records[k]->id;
        }
        // Ingest times repeat (a batch shares one): deltas from the previous one.
        prev = minTs;
        for (std::size_t k = i; k < end; ++k) {
            Bytes::putSigned(meta, records[k]->ingested - prev);
            prev = records[k]->ingested;
        }
        for (std::size_t k = i; k < end; ++k)
            meta.push_back(static_cast<char>(records[k]->level));
        ids.clear();
        for (std::size_t k = i; k < end; ++k) {
            ids.push_back(hosts.id(records[k]->host));
            ids.push_back(services.id(records[k]->service));
            ids.push_back(sources.id(records[k]->source));
            Bytes::putVarint(meta, ids[ids.size() - 3]);
            Bytes::putVarint(meta, ids[ids.size() - 2]);
            Bytes::putVarint(meta, ids[ids.size() - 1]);
        }
        for (std::size_t k = i; k < end; ++k)
            Bytes::putVarint(meta, records[k]->message.size());
        for (std::size_t k = i; k < end; ++k) {
            Bytes::putVarint(meta, records[k]->extra.size());
            for (const auto &f : records[k]->extra) {
                Bytes::putString(meta, f.key);
                Bytes::putString(meta, f.value);
            }
        }
        for (std::size_t k = i; k < end; ++k) {
            text.append(records[k]->message);
            text.push_back('\n');
            const std::size_t at = 3 * (k - i);
            index.addLine(*records[k], static_cast<std::uint32_t>(k), blockCount, ids[at], ids[at + 1], ids[at + 2]);
        }
        rawBytes += text.size();

        if (!compress(cctx.get(), meta, options.zstdLevel, packed, error))
            return false;
        const std::size_t metaBytes = packed.size();
        file.append(packed);
        if (cdict) {
            packed.resize(ZSTD_compressBound(text.size()));
            const std::size_t c = ZSTD_compress_usingCDict(cctx.get(), packed.data(), packed.size(), text.data(),
                                                           text.size(), cdict.get());
            if (ZSTD_isError(c)) {
                if (error)
                    *error = std::string("zstd: ") + ZSTD_getErrorName(c);
                return false;
            }
            packed.resize(c);
        } else if (!compress(cctx.get(), text, options.zstdLevel, packed, error)) {
            return false;
        }
        file.append(packed);

        Bytes::putVarint(blockTable, metaBytes);
        Bytes::putVarint(blockTable, packed.size());
        Bytes::putVarint(blockTable, text.size());
        Bytes::putVarint(blockTable, n);
        Bytes::putSigned(blockTable, minTs);
        Bytes::putSigned(blockTable, maxTs - minTs);
        Bytes::putSigned(blockTable, minId);
        Bytes::putSigned(blockTable, maxId - minId);
        ++blockCount;
        i = end;
    }

    // Postings, template records and index, template texts and index, dictionary.
    const std::uint64_t postingsOffset = file.size();
    std::uint64_t templatesOffset = 0;
    std::string templateIndex, textFrames, textIndex, dict;
    std::vector<std::pair<std::string, std::uint64_t>> dictBlocks;
    if (!index.write(file, postingsOffset, options, cctx.get(), templatesOffset, templateIndex, textFrames, textIndex,
                     dict, dictBlocks, error))
        return false;
    const std::uint64_t templateIndexOffset = file.size();
    file.append(templateIndex);
    const std::uint64_t textFramesOffset = file.size();
    file.append(textFrames);
    const std::uint64_t textIndexOffset = file.size();
    file.append(textIndex);
    const std::uint64_t dictOffset = file.size();
    file.append(dict);

    std::string footer;
    Bytes::putVarint(footer, static_cast<std::uint64_t>(options.tier));
    Bytes::putVarint(footer, records.size());
    Bytes::putVarint(footer, rawBytes);
    Bytes::putVarint(footer, textDictionary.size());
    hosts.write(footer);
    services.write(footer);
    sources.write(footer);
    Bytes::putVarint(footer, blockCount);
    footer.append(blockTable);
    Bytes::putVarint(footer, postingsOffset);
    Bytes::putVarint(footer, templatesOffset);
    Bytes::putVarint(footer, templateIndexOffset);
    Bytes::putVarint(footer, templateIndex.size() / 8 - 1);
    Bytes::putVarint(footer, textFramesOffset);
    Bytes::putVarint(footer, textIndexOffset);
    Bytes::putVarint(footer, textIndex.size() / 8 - 1);
    Bytes::putVarint(footer, dictOffset);
    Bytes::putVarint(footer, dictBlocks.size());
    for (const auto &[first, offset] : dictBlocks) {
        Bytes::putString(footer, first);
        Bytes::putVarint(footer, offset);
    }
    Bytes::putVarint(footer, dict.size());

    if (!compress(cctx.get(), footer, 3, packed, error))
        return false;
    const std::uint64_t footerOffset = file.size();
    file.append(packed);
    Bytes::putU64(file, footerOffset);
    Bytes::putU32(file, static_cast<std::uint32_t>(packed.size()));
    Bytes::putU32(file, static_cast<std::uint32_t>(footer.size()));
    Bytes::putU32(file, static_cast<std::uint32_t>(
                            crc32(0, reinterpret_cast<const Bytef *>(packed.data()),
                                  static_cast<uInt>(packed.size()))));
    file.append(kTrailerMagic, sizeof kTrailerMagic);
    return writeFileAtomically(path, file, error);
}

// --- reading -----------------------------------------------------------------

SegmentReader::~SegmentReader()
{
    if (m_ddict)
        ZSTD_freeDDict(m_ddict);
    if (m_fd >= 0)
        ::close(m_fd);
}

// Reads go through pread, not a mapping: the page cache serves repeats, and
// the process' resident set stays what it holds on purpose.
bool SegmentReader::readAt(std::uint64_t offset, std::size_t length, std::string &out) const
{
    if (offset > m_size || length > m_size - offset)
        return false;
    out.resize(length);
    std::size_t done = 0;
    while (done < length) {
        const ssize_t n = ::pread(m_fd, out.data() + done, length - done, static_cast<off_t>(offset + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

std::shared_ptr<SegmentReader> SegmentReader::open(const std::string &path, std::string *error)
{
    std::shared_ptr<SegmentReader> reader(new SegmentReader);
    reader->m_path = path;
    reader->m_fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (reader->m_fd < 0) {
        if (error)
            *error = path + ": " + std::strerror(errno);
        return nullptr;
    }
    struct stat st{};
    if (fstat(reader->m_fd, &st) != 0 || st.st_size < static_cast<off_t>(kHeaderBytes + kTrailerBytes)) {
        if (error)
            *error = path + ": too short for a segment file";
        return nullptr;
    }
    reader->m_size = static_cast<std::size_t>(st.st_size);
    if (!reader->load(error)) {
        if (error)
            *error = path + ": " + *error;
        return nullptr;
    }
    return reader;
}

bool SegmentReader::load(std::string *error)
{
    std::string header, trailer;
    if (!readAt(0, kHeaderBytes, header) || !readAt(m_size - kTrailerBytes, kTrailerBytes, trailer)) {
        *error = "cannot read the header or trailer";
        return false;
    }
    if (std::memcmp(header.data(), kMagic, sizeof kMagic) != 0) {
        *error = "not a segment file";
        return false;
    }
    if (Bytes::getU32(header.data() + 8) != kVersion) {
        *error = "segment format version " + std::to_string(Bytes::getU32(header.data() + 8))
                 + " is not version " + std::to_string(kVersion);
        return false;
    }
    if (std::memcmp(trailer.data() + 20, kTrailerMagic, 4) != 0) {
        *error = "the trailer is missing (file cut short?)";
        return false;
    }
    const std::uint64_t footerOffset = Bytes::getU64(trailer.data());
    const std::uint32_t footerPacked = Bytes::getU32(trailer.data() + 8);
    const std::uint32_t footerRaw = Bytes::getU32(trailer.data() + 12);
    const std::uint32_t footerCrc = Bytes::getU32(trailer.data() + 16);
    if (footerOffset < kHeaderBytes || footerOffset + footerPacked + kTrailerBytes != m_size) {
        *error = "the footer position is out of range";
        return false;
    }
    std::string packed;
    if (!readAt(footerOffset, footerPacked, packed)) {
        *error = "cannot read the footer";
        return false;
    }
    if (crc32(0, reinterpret_cast<const Bytef *>(packed.data()), static_cast<uInt>(packed.size()))
        != footerCrc) {
        *error = "the footer checksum does not match";
        return false;
    }
    std::string footer;
    if (!decompress(packed, footerRaw, footer, error))
        return false;
    Bytes::Reader r(footer);
    m_tier = static_cast<Tier>(r.varint());
    m_lines = static_cast<std::uint32_t>(r.varint());
    m_rawBytes = r.varint();
    const std::uint64_t textDictionaryBytes = r.varint();
    if (textDictionaryBytes > footerOffset)
        r.fail();
    for (auto *table : {&m_hosts, &m_services, &m_sources}) {
        const auto count = r.varint();
        if (count > footer.size())
            r.fail();
        for (std::uint64_t k = 0; r.ok() && k < count; ++k)
            table->emplace_back(r.string());
    }
    const auto blockCount = r.varint();
    if (blockCount > footer.size())
        r.fail();
    std::uint64_t offset = kHeaderBytes + textDictionaryBytes;
    std::uint32_t line = 0;
    m_blocks.reserve(static_cast<std::size_t>(r.ok() ? blockCount : 0));
    for (std::uint64_t b = 0; r.ok() && b < blockCount; ++b) {
        BlockInfo info;
        info.metaOffset = offset;
        info.metaBytes = static_cast<std::uint32_t>(r.varint());
        info.textBytes = static_cast<std::uint32_t>(r.varint());
        info.rawTextBytes = static_cast<std::uint32_t>(r.varint());
        info.lines = static_cast<std::uint32_t>(r.varint());
        info.minTs = r.signedVarint();
        info.maxTs = info.minTs + r.signedVarint();
        info.minId = r.signedVarint();
        info.maxId = info.minId + r.signedVarint();
        info.firstLine = line;
        line += info.lines;
        offset += std::uint64_t(info.metaBytes) + info.textBytes;
        m_blocks.push_back(info);
    }
    m_postingsOffset = r.varint();
    m_templatesOffset = r.varint();
    const std::uint64_t templateIndexOffset = r.varint();
    const std::uint64_t templates = r.varint();
    const std::uint64_t textFramesOffset = r.varint();
    const std::uint64_t textIndexOffset = r.varint();
    const std::uint64_t textFrames = r.varint();
    const std::uint64_t dictOffset = r.varint();
    const auto dictBlocks = r.varint();
    if (dictBlocks > footer.size())
        r.fail();
    for (std::uint64_t b = 0; r.ok() && b < dictBlocks; ++b) {
        m_dictFirstKeys.emplace_back(r.string());
        m_dictOffsets.push_back(dictOffset + r.varint());
    }
    m_dictOffsets.push_back(dictOffset + r.varint());
    if (!r.ok() || line != m_lines || offset > m_postingsOffset || m_postingsOffset > m_templatesOffset
        || m_templatesOffset > templateIndexOffset || templates > m_size / 8
        || templateIndexOffset + (templates + 1) * 8 != textFramesOffset || textFramesOffset > textIndexOffset
        || textFrames > m_size / 8 || textIndexOffset + (textFrames + 1) * 8 != dictOffset
        || textFrames != (templates + kTemplatesPerFrame - 1) / kTemplatesPerFrame
        || m_dictOffsets.back() > footerOffset) {
        *error = "the footer is damaged";
        return false;
    }
    if (textDictionaryBytes > 0 && !readAt(kHeaderBytes, textDictionaryBytes, m_textDictionary)) {
        *error = "cannot read the text dictionary";
        return false;
    }
    std::string frames;
    if (!readAt(textIndexOffset, (textFrames + 1) * 8, frames)) {
        *error = "cannot read the template text index";
        return false;
    }
    m_textFrames.resize(textFrames + 1);
    for (std::uint64_t f = 0; f <= textFrames; ++f) {
        m_textFrames[f] = textFramesOffset + Bytes::getU64(frames.data() + f * 8);
        if (m_textFrames[f] > textIndexOffset || (f > 0 && m_textFrames[f] < m_textFrames[f - 1])) {
            *error = "the template text index is damaged";
            return false;
        }
    }
    std::string index;
    if (!readAt(templateIndexOffset, (templates + 1) * 8, index)) {
        *error = "cannot read the template index";
        return false;
    }
    m_templateIndex.resize(templates + 1);
    for (std::uint64_t t = 0; t <= templates; ++t) {
        m_templateIndex[t] = m_templatesOffset + Bytes::getU64(index.data() + t * 8);
        if (m_templateIndex[t] > templateIndexOffset || (t > 0 && m_templateIndex[t] < m_templateIndex[t - 1])) {
            *error = "the template index is damaged";
            return false;
        }
    }
    if (!m_blocks.empty()) {
        m_minTs = m_blocks.front().minTs;
        m_maxTs = m_blocks.front().maxTs;
        m_minId = m_blocks.front().minId;
        m_maxId = m_blocks.front().maxId;
        for (const auto &b : m_blocks) {
            m_minTs = std::min(m_minTs, b.minTs);
            m_maxTs = std::max(m_maxTs, b.maxTs);
            m_minId = std::min(m_minId, b.minId);
            m_maxId = std::max(m_maxId, b.maxId);
        }
    }
    return true;
}

bool SegmentReader::findDictBlock(std::string_view key, std::size_t &block) const
{
    if (m_dictFirstKeys.empty())
        return false;
    auto it = std::upper_bound(m_dictFirstKeys.begin(), m_dictFirstKeys.end(), key,
                               [](std::string_view k, const std::string &first) { return k < first; });
    if (it == m_dictFirstKeys.begin())
        return false;
    block = static_cast<std::size_t>(it - m_dictFirstKeys.begin()) - 1;
    return true;
}

/** One dictionary entry as read: its kind, and its list inline or by position. */
struct SegmentReader::Entry
{
    KeyKind kind = KeyKind::Templates;
    std::uint64_t count = 0;
    std::uint32_t values[kInlinePostings] = {};
    std::uint64_t offset = 0, length = 0;         // the list, when not inline
    std::uint64_t linesOffset = 0, linesLength = 0; // TemplatesAndLines: the materialised lines
};

namespace {
/** Reads a list as written by IndexBuilder::putList. */
void readList(Bytes::Reader &r, std::uint64_t count, std::uint32_t *values, std::uint64_t &offset,
              std::uint64_t &length)
{
    if (count <= kInlinePostings) {
        std::uint32_t last = 0;
        for (std::uint64_t k = 0; k < count; ++k) {
            last += static_cast<std::uint32_t>(r.varint());
            values[k] = last;
        }
    } else {
        offset = r.varint();
        length = r.varint();
    }
}

/** Walks one front-coded dictionary block; \a visit returns false to stop. */
template<typename Entry, typename F>
bool walkDictBlock(std::string_view bytes, F &&visit)
{
    Bytes::Reader r(bytes);
    std::string key;
    while (r.ok() && !r.atEnd()) {
        const auto shared = r.varint();
        const auto suffix = r.string();
        if (!r.ok() || shared > key.size())
            return false;
        key.resize(static_cast<std::size_t>(shared));
        key.append(suffix);
        Entry e;
        const auto head = r.varint();
        e.kind = static_cast<KeyKind>(head & 3);
        e.count = head >> 2;
        readList(r, e.count, e.values, e.offset, e.length);
        if (e.kind == KeyKind::TemplatesAndLines) {
            e.linesOffset = r.varint();
            e.linesLength = r.varint();
        }
        if (!r.ok())
            return false;
        if (!visit(std::string_view(key), e))
            return true;
    }
    return r.ok();
}
} // namespace

bool SegmentReader::readDictBlock(std::size_t block, std::string &out) const
{
    std::string packed;
    if (!readAt(m_dictOffsets[block], m_dictOffsets[block + 1] - m_dictOffsets[block], packed))
        return false;
    const std::size_t raw = frameContentSize(packed);
    std::string ignored;
    return raw != std::size_t(-1) && decompress(packed, raw, out, &ignored);
}

bool SegmentReader::findEntry(std::string_view key, Entry &entry) const
{
    std::size_t block = 0;
    if (!findDictBlock(key, block))
        return false;
    std::string bytes;
    if (!readDictBlock(block, bytes))
        return false;
    bool found = false;
    walkDictBlock<Entry>(bytes, [&](std::string_view k, const Entry &e) {
        if (k < key)
            return true;
        if (k == key) {
            entry = e;
            found = true;
        }
        return false;
    });
    return found;
}

Postings SegmentReader::readPostings(std::uint64_t offset, std::uint64_t length) const
{
    std::string bytes;
    if (length == 0 || !readAt(m_postingsOffset + offset, static_cast<std::size_t>(length), bytes)
        || m_postingsOffset + offset + length > m_templatesOffset)
        return {};
    return Postings(roaring_bitmap_portable_deserialize_safe(bytes.data(), bytes.size()));
}

Postings SegmentReader::templateList(const Entry &entry) const
{
    if (entry.count <= kInlinePostings)
        return Postings(roaring_bitmap_of_ptr(static_cast<std::size_t>(entry.count), entry.values));
    return readPostings(entry.offset, entry.length);
}

bool SegmentReader::readTemplateLines(std::uint32_t t, Postings &lines) const
{
    if (t + 1 >= m_templateIndex.size())
        return false;
    std::string bytes;
    if (!readAt(m_templateIndex[t], static_cast<std::size_t>(m_templateIndex[t + 1] - m_templateIndex[t]), bytes))
        return false;
    Bytes::Reader r(bytes);
    const auto count = r.varint();
    std::uint32_t values[kInlinePostings];
    std::uint64_t offset = 0, length = 0;
    readList(r, count, values, offset, length);
    if (!r.ok())
        return false;
    lines = count <= kInlinePostings ? Postings(roaring_bitmap_of_ptr(static_cast<std::size_t>(count), values))
                                     : readPostings(offset, length);
    return true;
}

bool SegmentReader::readTemplateText(std::uint32_t t, TemplateFrame &frame, std::string_view &text) const
{
    const std::uint32_t f = t / kTemplatesPerFrame;
    if (f + 1 >= m_textFrames.size())
        return false;
    if (frame.index != f) {
        std::string packed;
        const std::size_t size = static_cast<std::size_t>(m_textFrames[f + 1] - m_textFrames[f]);
        if (!readAt(m_textFrames[f], size, packed))
            return false;
        const std::size_t raw = frameContentSize(packed);
        std::string ignored;
        if (raw == std::size_t(-1) || !decompress(packed, raw, frame.bytes, &ignored))
            return false;
        frame.index = f;
        frame.texts.clear();
        Bytes::Reader r(frame.bytes);
        while (r.ok() && !r.atEnd())
            frame.texts.push_back(r.string());
        if (!r.ok())
            return false;
    }
    const std::uint32_t k = t % kTemplatesPerFrame;
    if (k >= frame.texts.size())
        return false;
    text = frame.texts[k];
    return true;
}

bool SegmentReader::readTemplate(std::uint32_t t, std::string &text, Postings &lines) const
{
    TemplateFrame frame;
    std::string_view view;
    if (!readTemplateLines(t, lines) || !readTemplateText(t, frame, view))
        return false;
    text.assign(view);
    return true;
}

Postings SegmentReader::entryLines(const Entry &entry, bool *exact) const
{
    switch (entry.kind) {
    case KeyKind::Lines:
        return templateList(entry); // same encoding, line numbers
    case KeyKind::TemplatesAndLines:
        return readPostings(entry.linesOffset, entry.linesLength);
    case KeyKind::Templates: {
        Postings lines;
        const Postings list = templateList(entry);
        for (std::uint32_t t : list.values()) {
            Postings part;
            if (readTemplateLines(t, part))
                lines.orWith(part);
        }
        return lines;
    }
    case KeyKind::Blocks: {
        if (exact)
            *exact = false;
        Postings lines;
        const Postings blocks = templateList(entry);
        for (std::uint32_t b : blocks.values()) {
            if (b < m_blocks.size())
                roaring_bitmap_add_range(lines.get(), m_blocks[b].firstLine,
                                         std::uint64_t(m_blocks[b].firstLine) + m_blocks[b].lines);
        }
        return lines;
    }
    }
    return {};
}

Postings SegmentReader::lookup(std::string_view key, bool *exact) const
{
    if (exact)
        *exact = true;
    Entry entry;
    if (!findEntry(key, entry))
        return {};
    return entryLines(entry, exact);
}

bool SegmentReader::phraseLines(const std::vector<std::string> &keys, Postings &out) const
{
    constexpr std::uint64_t kMaxTemplates = 20'000;
    if (keys.empty())
        return false;
    Postings templates;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (keys[i].size() >= kMaxTokenBytes)
            return false;
        Entry entry;
        if (!findEntry(keys[i], entry)) {
            out = Postings{}; // a word no line holds: no line holds the phrase
            return true;
        }
        if (entry.kind != KeyKind::Templates && entry.kind != KeyKind::TemplatesAndLines)
            return false;
        Postings list = templateList(entry);
        if (i == 0)
            templates = std::move(list);
        else
            templates.andWith(list);
    }
    if (templates.cardinality() > kMaxTemplates)
        return false;
    out = Postings{};
    TemplateFrame frame;
    std::string_view text;
    std::vector<std::string_view> words;
    for (std::uint32_t t : templates.values()) {
        if (!readTemplateText(t, frame, text))
            return false;
        words.clear();
        forEachToken(text, [&](std::string_view token, std::size_t) { words.push_back(token); });
        bool found = false;
        for (std::size_t start = 0; !found && start + keys.size() <= words.size(); ++start) {
            std::size_t k = 0;
            while (k < keys.size() && words[start + k].size() < kMaxTokenBytes
                   && tokenEquals(words[start + k], keys[k]))
                ++k;
            found = k == keys.size();
        }
        Postings lines;
        if (found && !readTemplateLines(t, lines))
            return false;
        if (found)
            out.orWith(lines);
    }
    return true;
}

bool SegmentReader::lookupPrefix(std::string_view prefix, Postings &out, std::size_t maxKeys, bool *exact) const
{
    std::size_t block = 0;
    if (!findDictBlock(prefix, block))
        block = 0;
    std::size_t keys = 0;
    bool done = false;
    bool complete = true;
    std::string bytes;
    for (; !done && block + 1 < m_dictOffsets.size(); ++block) {
        if (!readDictBlock(block, bytes))
            return false;
        walkDictBlock<Entry>(bytes, [&](std::string_view k, const Entry &e) {
            if (k < prefix)
                return true;
            if (k.substr(0, prefix.size()) != prefix) {
                done = true;
                return false;
            }
            if (++keys > maxKeys) {
                complete = false;
                done = true;
                return false;
            }
            out.orWith(entryLines(e, exact));
            return true;
        });
    }
    return complete;
}

std::vector<std::string> SegmentReader::keysWithPrefix(std::string_view prefix, std::size_t max) const
{
    std::vector<std::string> keys;
    std::size_t block = 0;
    if (!findDictBlock(prefix, block))
        block = 0;
    bool done = false;
    std::string bytes;
    for (; !done && block + 1 < m_dictOffsets.size(); ++block) {
        if (!readDictBlock(block, bytes))
            break;
        walkDictBlock<Entry>(bytes, [&](std::string_view k, const Entry &) {
            if (k < prefix)
                return true;
            if (k.substr(0, prefix.size()) != prefix || keys.size() >= max) {
                done = true;
                return false;
            }
            keys.emplace_back(k);
            return true;
        });
    }
    return keys;
}

std::size_t SegmentReader::blockOfLine(std::uint32_t line) const
{
    auto it = std::upper_bound(m_blocks.begin(), m_blocks.end(), line,
                               [](std::uint32_t l, const BlockInfo &b) { return l < b.firstLine; });
    return it == m_blocks.begin() ? 0 : static_cast<std::size_t>(it - m_blocks.begin()) - 1;
}

std::uint32_t SegmentReader::lowerBoundTs(std::int64_t ts) const
{
    // Lines are sorted by time, so blocks are too: find the first block that
    // can hold ts, then look inside it.
    auto it = std::lower_bound(m_blocks.begin(), m_blocks.end(), ts,
                               [](const BlockInfo &b, std::int64_t t) { return b.maxTs < t; });
    if (it == m_blocks.end())
        return m_lines;
    if (it->minTs >= ts)
        return it->firstLine;
    DecodedBlock block;
    std::string error;
    if (!decodeBlock(static_cast<std::size_t>(it - m_blocks.begin()), false, block, &error))
        return it->firstLine;
    const auto pos = std::lower_bound(block.ts.begin(), block.ts.end(), ts) - block.ts.begin();
    return it->firstLine + static_cast<std::uint32_t>(pos);
}

bool SegmentReader::decodeBlock(std::size_t b, bool withText, DecodedBlock &out, std::string *error) const
{
    const BlockInfo &info = m_blocks.at(b);
    if (info.metaOffset + info.metaBytes + info.textBytes > m_postingsOffset) {
        if (error)
            *error = "block " + std::to_string(b) + " lies outside the file";
        return false;
    }
    std::string frames;
    if (!readAt(info.metaOffset, withText ? info.metaBytes + info.textBytes : info.metaBytes, frames)) {
        if (error)
            *error = "block " + std::to_string(b) + " cannot be read";
        return false;
    }
    const std::string_view metaFrame(frames.data(), info.metaBytes);
    const std::size_t metaRaw = frameContentSize(metaFrame);
    std::string meta;
    if (metaRaw == std::size_t(-1) || !decompress(metaFrame, metaRaw, meta, error))
        return false;
    Bytes::Reader r(meta);
    const auto n = static_cast<std::size_t>(r.varint());
    if (n != info.lines) {
        if (error)
            *error = "block " + std::to_string(b) + " has the wrong line count";
        return false;
    }
    out.ts.resize(n);
    out.ids.resize(n);
    out.ingested.resize(n);
    out.levels.resize(n);
    out.hosts.resize(n);
    out.services.resize(n);
    out.sources.resize(n);
    out.textOffsets.resize(n + 1);
    out.extra.assign(n, {});
    std::int64_t prev = info.minTs;
    for (std::size_t i = 0; i < n; ++i) {
        prev += r.signedVarint();
        out.ts[i] = prev;
    }
    prev = info.minId;
    for (std::size_t i = 0; i < n; ++i) {
        prev += r.signedVarint();
        out.ids[i] = prev;
    }
    for (std::size_t i = 0; i < n; ++i)
        out.ingested[i] = out.ts[i] + r.signedVarint();
    for (std::size_t i = 0; i < n; ++i)
        out.levels[i] = static_cast<Level>(std::min<std::uint8_t>(r.u8(), 7));
    for (std::size_t i = 0; i < n; ++i) {
        out.hosts[i] = static_cast<std::uint32_t>(r.varint());
        out.services[i] = static_cast<std::uint32_t>(r.varint());
        out.sources[i] = static_cast<std::uint32_t>(r.varint());
        if (out.hosts[i] >= m_hosts.size() || out.services[i] >= m_services.size()
            || out.sources[i] >= m_sources.size())
            r.fail();
    }
    std::uint64_t offset = 0;
    for (std::size_t i = 0; i < n; ++i) {
        out.textOffsets[i] = static_cast<std::uint32_t>(offset);
        offset += r.varint() + 1;
    }
    out.textOffsets[n] = static_cast<std::uint32_t>(offset);
    for (std::size_t i = 0; i < n && r.ok(); ++i) {
        const auto count = r.varint();
        if (count > meta.size()) {
            r.fail();
            break;
        }
        for (std::uint64_t k = 0; k < count && r.ok(); ++k) {
            Field f;
            f.key = std::string(r.string());
            f.value = std::string(r.string());
            out.extra[i].push_back(std::move(f));
        }
    }
    if (!r.ok() || offset != info.rawTextBytes) {
        if (error)
            *error = "block " + std::to_string(b) + " metadata is damaged";
        return false;
    }
    out.text.clear();
    if (withText) {
        const std::string_view textFrame(frames.data() + info.metaBytes, info.textBytes);
        if (!decompressText(textFrame, info.rawTextBytes, out.text, error))
            return false;
    }
    return true;
}

bool SegmentReader::decompressText(std::string_view frame, std::size_t rawSize, std::string &out,
                                   std::string *error) const
{
    if (m_textDictionary.empty())
        return decompress(frame, rawSize, out, error);
    std::call_once(m_ddictOnce, [this] {
        m_ddict = ZSTD_createDDict(m_textDictionary.data(), m_textDictionary.size());
    });
    // One decompression context per thread: creating one costs more than a small block.
    thread_local std::unique_ptr<ZSTD_DCtx, decltype(&ZSTD_freeDCtx)> dctx(ZSTD_createDCtx(), &ZSTD_freeDCtx);
    if (!m_ddict) {
        if (error)
            *error = "the text dictionary is damaged";
        return false;
    }
    out.resize(rawSize);
    const std::size_t n = ZSTD_decompress_usingDDict(dctx.get(), out.data(), out.size(), frame.data(), frame.size(),
                                                     m_ddict);
    if (ZSTD_isError(n) || n != rawSize) {
        if (error)
            *error = ZSTD_isError(n) ? std::string("zstd: ") + ZSTD_getErrorName(n)
                                     : std::string("block has the wrong size");
        return false;
    }
    return true;
}

} // namespace OpsDeck::Logs
