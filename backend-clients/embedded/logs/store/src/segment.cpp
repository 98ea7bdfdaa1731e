// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "segment.h"

#include "bytes.h"
#include "fileutil.h"
#include "tokentable.h"

#include "opsdeck/logs/tokenizer.h"

#include <zlib.h>
#include <zstd.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <unordered_map>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace OpsDeck::Logs {

namespace {

constexpr char kMagic[8] = {'O', 'P', 'S', 'D', 'L', 'O', 'G', 'S'};
constexpr char kTrailerMagic[4] = {'O', 'D', 'S', 'E'};
constexpr std::uint32_t kVersion = 1;
constexpr std::size_t kHeaderBytes = 12;
constexpr std::size_t kTrailerBytes = 24;
constexpr std::size_t kDictBlockKeys = 32;
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

void indexRecord(TokenTable &table, const StoredRecord &r, std::uint32_t posting, std::string &scratch)
{
    forEachToken(r.message, [&](std::string_view token, std::size_t) {
        tokenKeyInto(token, scratch);
        table.add(scratch, posting);
    });
    table.add(fieldKey("host", r.host), posting);
    table.add(fieldKey("service", r.service), posting);
    table.add(fieldKey("source", r.source), posting);
    table.add(levelKey(r.level), posting);
    for (const auto &f : r.extra)
        table.add(fieldKey(f.key, f.value), posting);
    for (const auto &f : r.derived)
        table.add(fieldKey(f.key, f.value), posting);
}

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
    std::string key = fieldKeyPrefix("level");
    key.push_back(static_cast<char>('0' + static_cast<int>(level)));
    return key;
}

bool writeSegment(const std::string &path, const std::vector<const StoredRecord *> &records,
                  const SegmentWriteOptions &options, std::string *error)
{
    if (records.empty()) {
        if (error)
            *error = "no records";
        return false;
    }
    std::unique_ptr<ZSTD_CCtx, decltype(&ZSTD_freeCCtx)> cctx(ZSTD_createCCtx(), &ZSTD_freeCCtx);
    const bool blockPostings = options.tier == Tier::Cold;

    std::string file;
    file.append(kMagic, sizeof kMagic);
    Bytes::putU32(file, kVersion);

    StringTable hosts, services, sources;
    TokenTable tokens;
    std::string scratch, meta, text, packed;
    std::string blockTable;
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
        for (std::size_t k = i; k < end; ++k)
            Bytes::putSigned(meta, records[k]->ingested - records[k]->ts);
        for (std::size_t k = i; k < end; ++k)
            meta.push_back(static_cast<char>(records[k]->level));
        for (std::size_t k = i; k < end; ++k) {
            Bytes::putVarint(meta, hosts.id(records[k]->host));
            Bytes::putVarint(meta, services.id(records[k]->service));
            Bytes::putVarint(meta, sources.id(records[k]->source));
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
            const auto posting = blockPostings ? blockCount : static_cast<std::uint32_t>(k);
            indexRecord(tokens, *records[k], posting, scratch);
        }
        rawBytes += text.size();

        if (!compress(cctx.get(), meta, options.zstdLevel, packed, error))
            return false;
        const std::size_t metaBytes = packed.size();
        file.append(packed);
        if (!compress(cctx.get(), text, options.zstdLevel, packed, error))
            return false;
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

    // Postings area, then the front-coded dictionary.
    const std::uint64_t postingsOffset = file.size();
    const std::vector<std::uint32_t> order = tokens.sortedOrder();
    std::string dict;
    std::vector<std::pair<std::string, std::uint64_t>> dictBlocks;
    std::string_view previous;
    for (std::size_t k = 0; k < order.size(); ++k) {
        const std::string_view key = tokens.key(order[k]);
        const std::vector<std::uint32_t> &list = tokens.list(order[k]);
        if (k % kDictBlockKeys == 0) {
            dictBlocks.emplace_back(std::string(key), dict.size());
            previous = {};
        }
        std::size_t shared = 0;
        while (shared < previous.size() && shared < key.size() && previous[shared] == key[shared])
            ++shared;
        Bytes::putVarint(dict, shared);
        Bytes::putString(dict, key.substr(shared));
        previous = key;
        Bytes::putVarint(dict, list.size());
        if (list.size() <= kInlinePostings) {
            std::uint32_t last = 0;
            for (std::uint32_t v : list) {
                Bytes::putVarint(dict, v - last);
                last = v;
            }
        } else {
            Postings p(roaring_bitmap_of_ptr(list.size(), list.data()));
            roaring_bitmap_run_optimize(p.get());
            packed.resize(roaring_bitmap_portable_size_in_bytes(p.get()));
            roaring_bitmap_portable_serialize(p.get(), packed.data());
            Bytes::putVarint(dict, file.size() - postingsOffset);
            Bytes::putVarint(dict, packed.size());
            file.append(packed);
        }
    }
    const std::uint64_t dictOffset = file.size();
    file.append(dict);

    std::string footer;
    Bytes::putVarint(footer, static_cast<std::uint64_t>(options.tier));
    Bytes::putVarint(footer, blockPostings ? 1 : 0);
    Bytes::putVarint(footer, records.size());
    Bytes::putVarint(footer, rawBytes);
    hosts.write(footer);
    services.write(footer);
    sources.write(footer);
    Bytes::putVarint(footer, blockCount);
    footer.append(blockTable);
    Bytes::putVarint(footer, postingsOffset);
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
    if (m_data)
        munmap(const_cast<char *>(m_data), m_size);
}

std::shared_ptr<SegmentReader> SegmentReader::open(const std::string &path, std::string *error)
{
    std::shared_ptr<SegmentReader> reader(new SegmentReader);
    reader->m_path = path;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (error)
            *error = path + ": " + std::strerror(errno);
        return nullptr;
    }
    struct stat st{};
    if (fstat(fd, &st) != 0 || st.st_size < static_cast<off_t>(kHeaderBytes + kTrailerBytes)) {
        ::close(fd);
        if (error)
            *error = path + ": too short for a segment file";
        return nullptr;
    }
    reader->m_size = static_cast<std::size_t>(st.st_size);
    void *map = mmap(nullptr, reader->m_size, PROT_READ, MAP_SHARED, fd, 0);
    ::close(fd);
    if (map == MAP_FAILED) {
        if (error)
            *error = path + ": mmap: " + std::strerror(errno);
        return nullptr;
    }
    reader->m_data = static_cast<const char *>(map);
    if (!reader->load(error)) {
        if (error)
            *error = path + ": " + *error;
        return nullptr;
    }
    return reader;
}

bool SegmentReader::load(std::string *error)
{
    if (std::memcmp(m_data, kMagic, sizeof kMagic) != 0 || Bytes::getU32(m_data + 8) != kVersion) {
        *error = "not a segment file of version 1";
        return false;
    }
    const char *trailer = m_data + m_size - kTrailerBytes;
    if (std::memcmp(trailer + 20, kTrailerMagic, 4) != 0) {
        *error = "the trailer is missing (file cut short?)";
        return false;
    }
    const std::uint64_t footerOffset = Bytes::getU64(trailer);
    const std::uint32_t footerPacked = Bytes::getU32(trailer + 8);
    const std::uint32_t footerRaw = Bytes::getU32(trailer + 12);
    const std::uint32_t footerCrc = Bytes::getU32(trailer + 16);
    if (footerOffset < kHeaderBytes || footerOffset + footerPacked + kTrailerBytes != m_size) {
        *error = "the footer position is out of range";
        return false;
    }
    const std::string_view packed(m_data + footerOffset, footerPacked);
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
    m_blockPostings = r.varint() != 0;
    m_lines = static_cast<std::uint32_t>(r.varint());
    m_rawBytes = r.varint();
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
    std::uint64_t offset = kHeaderBytes;
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
    const std::uint64_t dictOffset = r.varint();
    const auto dictBlocks = r.varint();
    if (dictBlocks > footer.size())
        r.fail();
    for (std::uint64_t b = 0; r.ok() && b < dictBlocks; ++b) {
        m_dictFirstKeys.emplace_back(r.string());
        m_dictOffsets.push_back(dictOffset + r.varint());
    }
    m_dictOffsets.push_back(dictOffset + r.varint());
    if (!r.ok() || line != m_lines || offset > m_postingsOffset || m_postingsOffset > dictOffset
        || m_dictOffsets.back() > footerOffset) {
        *error = "the footer is damaged";
        return false;
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

namespace {
/** Walks one front-coded dictionary block. */
template<typename F>
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
        const auto count = r.varint();
        std::uint32_t inlineValues[kInlinePostings];
        std::uint64_t postingOffset = 0, postingBytes = 0;
        if (count <= kInlinePostings) {
            std::uint32_t last = 0;
            for (std::uint64_t k = 0; k < count; ++k) {
                last += static_cast<std::uint32_t>(r.varint());
                inlineValues[k] = last;
            }
        } else {
            postingOffset = r.varint();
            postingBytes = r.varint();
        }
        if (!r.ok())
            return false;
        if (!visit(std::string_view(key), count, inlineValues, postingOffset, postingBytes))
            return true;
    }
    return r.ok();
}
} // namespace

Postings SegmentReader::lookup(std::string_view key) const
{
    std::size_t block = 0;
    if (!findDictBlock(key, block))
        return {};
    const std::string_view bytes(m_data + m_dictOffsets[block], m_dictOffsets[block + 1] - m_dictOffsets[block]);
    Postings result;
    walkDictBlock(bytes, [&](std::string_view k, std::uint64_t count, const std::uint32_t *values,
                             std::uint64_t off, std::uint64_t len) {
        if (k < key)
            return true;
        if (k == key) {
            if (count <= kInlinePostings) {
                roaring_bitmap_add_many(result.get(), count, values);
            } else if (m_postingsOffset + off + len <= m_size) {
                roaring_bitmap_t *bm = roaring_bitmap_portable_deserialize_safe(
                    m_data + m_postingsOffset + off, static_cast<std::size_t>(len));
                if (bm)
                    result = Postings(bm);
            }
        }
        return false;
    });
    return result;
}

bool SegmentReader::lookupPrefix(std::string_view prefix, Postings &out, std::size_t maxKeys) const
{
    std::size_t block = 0;
    if (!findDictBlock(prefix, block))
        block = 0;
    std::size_t keys = 0;
    bool done = false;
    bool complete = true;
    for (; !done && block + 1 < m_dictOffsets.size(); ++block) {
        const std::string_view bytes(m_data + m_dictOffsets[block],
                                     m_dictOffsets[block + 1] - m_dictOffsets[block]);
        walkDictBlock(bytes, [&](std::string_view k, std::uint64_t count, const std::uint32_t *values,
                                 std::uint64_t off, std::uint64_t len) {
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
            if (count <= kInlinePostings) {
                roaring_bitmap_add_many(out.get(), count, values);
            } else if (m_postingsOffset + off + len <= m_size) {
                Postings p(roaring_bitmap_portable_deserialize_safe(m_data + m_postingsOffset + off,
                                                                    static_cast<std::size_t>(len)));
                out.orWith(p);
            }
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
    for (; !done && block + 1 < m_dictOffsets.size(); ++block) {
        const std::string_view bytes(m_data + m_dictOffsets[block],
                                     m_dictOffsets[block + 1] - m_dictOffsets[block]);
        walkDictBlock(bytes, [&](std::string_view k, std::uint64_t, const std::uint32_t *, std::uint64_t,
                                 std::uint64_t) {
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
    const std::string_view metaFrame(m_data + info.metaOffset, info.metaBytes);
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
        const std::string_view textFrame(m_data + info.metaOffset + info.metaBytes, info.textBytes);
        if (!decompress(textFrame, info.rawTextBytes, out.text, error))
            return false;
    }
    return true;
}

} // namespace OpsDeck::Logs
