// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "lineindex.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace OpsDeck::Logs::RawFile {

namespace {

// Every non-JSON format puts its time near the start (BGL's, the furthest in loghub, ends
// before byte 96); the rest of a long line only costs the parser time.
constexpr std::size_t kTimestampWindow = 128;
constexpr std::size_t kJsonWindow = 64u << 10;
constexpr std::uint64_t kExtendChunk = 16u << 20;
constexpr std::size_t kMergeLines = 1u << 16; // appended lines join a block up to this size

bool fitsNarrow(std::int64_t delta)
{
    return delta >= std::numeric_limits<std::int32_t>::min()
           && delta <= std::numeric_limits<std::int32_t>::max();
}

bool digits(std::string_view s, std::size_t p, std::size_t n)
{
    for (std::size_t i = 0; i < n; ++i) {
        if (s[p + i] < '0' || s[p + i] > '9')
            return false;
    }
    return true;
}

int value(std::string_view s, std::size_t p, std::size_t n)
{
    int v = 0;
    for (std::size_t i = 0; i < n; ++i)
        v = v * 10 + (s[p + i] - '0');
    return v;
}

// "±hh[:mm]" / "±hhmm" exactly as the line parser reads a zone (needMinutes after a space).
std::size_t zoneOffset(std::string_view s, std::size_t pos, bool needMinutes, int &minutes)
{
    if (pos >= s.size() || (s[pos] != '+' && s[pos] != '-'))
        return 0;
    const int sign = s[pos] == '-' ? -1 : 1;
    std::size_t p = pos + 1;
    if (p + 2 > s.size() || !digits(s, p, 2))
        return 0;
    const int hh = value(s, p, 2);
    p += 2;
    int mm = 0;
    if (p + 3 <= s.size() && s[p] == ':' && digits(s, p + 1, 2)) {
        mm = value(s, p + 1, 2);
        p += 3;
    } else if (p + 2 <= s.size() && digits(s, p, 2)) {
        mm = value(s, p, 2);
        p += 2;
    } else if (needMinutes) {
        return 0;
    }
    if (p < s.size() && s[p] >= '0' && s[p] <= '9')
        return 0;
    if (hh > 23 || mm > 59)
        return 0;
    minutes = sign * (hh * 60 + mm);
    return p;
}

constexpr std::int64_t civilDays(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<std::int64_t>(era) * 146097 + doe - 719468;
}

int monthDays(int y, int m)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : kDays[m - 1];
}

} // namespace

std::int64_t Detail::fastIsoTimestamp(std::string_view s)
{
    // The RFC 3339 / ISO 8601 stamp at the start of a line ("2026-11-28T03:28:00.123Z",
    // "[2015-10-18 18:01:47,978]"), read exactly as LineParser reads it, so most modern logs
    // index without the general parser. Anything unusual returns kNoTime: the caller then
    // asks LineParser, which stays the one definition.
    const std::size_t pos = !s.empty() && s[0] == '[' ? 1 : 0;
    if (s.size() < pos + 19 || !digits(s, pos, 4) || s[pos + 4] != '-' || !digits(s, pos + 5, 2)
        || s[pos + 7] != '-' || !digits(s, pos + 8, 2)
        || (s[pos + 10] != 'T' && s[pos + 10] != 't' && s[pos + 10] != ' ')
        || !digits(s, pos + 11, 2) || s[pos + 13] != ':' || !digits(s, pos + 14, 2)
        || s[pos + 16] != ':' || !digits(s, pos + 17, 2))
        return kNoTime;
    const int year = value(s, pos, 4);
    const int month = value(s, pos + 5, 2);
    const int day = value(s, pos + 8, 2);
    const int hour = value(s, pos + 11, 2);
    const int minute = value(s, pos + 14, 2);
    const int second = value(s, pos + 17, 2);
    std::size_t p = pos + 19;
    int millis = 0;
    if (p < s.size() && (s[p] == '.' || s[p] == ',')) {
        std::size_t n = 0;
        int ms = 0;
        while (p + 1 + n < s.size() && s[p + 1 + n] >= '0' && s[p + 1 + n] <= '9') {
            if (n < 3)
                ms = ms * 10 + (s[p + 1 + n] - '0');
            ++n;
        }
        if (n > 0) {
            for (std::size_t k = n; k < 3; ++k)
                ms *= 10;
            millis = ms;
            p += 1 + n;
        }
    }
    int offset = 0;
    if (p < s.size()) {
        const char c = s[p];
        if (c == '+' || c == '-') {
            zoneOffset(s, p, false, offset);
        } else if (c == ' ' && p + 1 < s.size() && (s[p + 1] == '+' || s[p + 1] == '-')) {
            zoneOffset(s, p + 1, true, offset);
        }
    }
    if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1
        || day > monthDays(year, month) || hour > 23 || minute > 59 || second > 60)
        return kNoTime;
    const std::int64_t seconds = civilDays(year, month, day) * 86400 + hour * 3600 + minute * 60
                                 + second - static_cast<std::int64_t>(offset) * 60;
    return seconds * 1000 + millis;
}

// --- IndexBlock ----------------------------------------------------------------

void IndexBlock::setTimes(const std::vector<std::int64_t> &times)
{
    narrow.clear();
    wide.clear();
    if (times.empty()) {
        baseTs = 0;
        summarise();
        return;
    }
    const auto [lo, hi] = std::minmax_element(times.begin(), times.end());
    if (*hi - *lo <= std::numeric_limits<std::int32_t>::max()) {
        baseTs = *lo;
        narrow.resize(times.size());
        for (std::size_t i = 0; i < times.size(); ++i)
            narrow[i] = static_cast<std::int32_t>(times[i] - baseTs);
    } else {
        baseTs = 0;
        wide = times;
    }
    summarise();
}

void IndexBlock::setTs(std::size_t i, std::int64_t value)
{
    if (wide.empty() && fitsNarrow(value - baseTs)) {
        narrow[i] = static_cast<std::int32_t>(value - baseTs);
        return;
    }
    if (wide.empty()) {
        wide.resize(narrow.size());
        for (std::size_t k = 0; k < narrow.size(); ++k)
            wide[k] = baseTs + narrow[k];
        narrow.clear();
        narrow.shrink_to_fit();
    }
    wide[i] = value;
}

void IndexBlock::summarise()
{
    sorted = true;
    if (starts.empty()) {
        minTs = maxTs = 0;
        return;
    }
    std::int64_t previous = ts(0);
    minTs = maxTs = previous;
    for (std::size_t i = 1; i < starts.size(); ++i) {
        const std::int64_t t = ts(i);
        sorted = sorted && t >= previous;
        minTs = std::min(minTs, t);
        maxTs = std::max(maxTs, t);
        previous = t;
    }
}

std::size_t IndexBlock::memoryBytes() const
{
    return sizeof(IndexBlock) + starts.capacity() * sizeof(std::uint32_t)
           + narrow.capacity() * sizeof(std::int32_t) + wide.capacity() * sizeof(std::int64_t);
}

// --- indexing ------------------------------------------------------------------

std::int64_t lineTimestamp(std::string_view line, std::int64_t nowMs)
{
    // One parser per thread (it is sticky about the last format, and not thread-safe).
    thread_local LineParser parser(LineParser::Options{nowMs});
    thread_local std::int64_t parserNow = nowMs;
    thread_local ParsedLine parsed;
    if (parserNow != nowMs) {
        parser.setNow(nowMs);
        parserNow = nowMs;
    }
    if (line.empty())
        return kNoTime;
    if (const std::int64_t fast = Detail::fastIsoTimestamp(line); fast != kNoTime)
        return fast;
    std::size_t lead = 0;
    while (lead < line.size() && (line[lead] == ' ' || line[lead] == '\t'))
        ++lead;
    const bool json = lead < line.size() && line[lead] == '{';
    parser.parse(line.substr(0, json ? kJsonWindow : kTimestampWindow), parsed);
    return parsed.timestampMs;
}

const ParsedLine &parseLine(std::string_view line, std::int64_t nowMs)
{
    thread_local LineParser parser(LineParser::Options{nowMs});
    thread_local std::int64_t parserNow = nowMs;
    thread_local ParsedLine parsed;
    if (parserNow != nowMs) {
        parser.setNow(nowMs);
        parserNow = nowMs;
    }
    parser.parse(line, parsed);
    return parsed;
}

std::uint64_t chunkStart(std::string_view bytes, std::uint64_t nominal)
{
    if (nominal == 0)
        return 0;
    if (nominal > bytes.size())
        return bytes.size();
    const char *from = bytes.data() + (nominal - 1);
    const void *nl = std::memchr(from, '\n', bytes.size() - (nominal - 1));
    if (!nl)
        return bytes.size();
    return static_cast<std::uint64_t>(static_cast<const char *>(nl) - bytes.data()) + 1;
}

ChunkIndex indexChunk(std::string_view bytes, std::uint64_t begin, std::uint64_t end,
                      std::int64_t nowMs, std::int64_t carryTs, const std::atomic_bool *cancel)
{
    ChunkIndex c;
    c.block.baseOffset = begin;
    std::vector<std::int64_t> times;
    // About 130 bytes per line in typical logs; reserving avoids most regrowth.
    const auto estimate = static_cast<std::size_t>((end - begin) / 96 + 16);
    c.block.starts.reserve(estimate);
    times.reserve(estimate);
    std::int64_t last = carryTs;
    const char *data = bytes.data();
    const std::uint64_t size = bytes.size();
    std::uint64_t pos = begin;
    std::size_t counter = 0;
    while (pos < end) {
        if ((++counter & 0x3FFF) == 0 && cancel && cancel->load(std::memory_order_relaxed)) {
            c.cancelled = true;
            break;
        }
        // A line that starts in the chunk may end beyond it: search to the end of the buffer.
        const void *nl = std::memchr(data + pos, '\n', static_cast<std::size_t>(size - pos));
        const std::uint64_t lineEnd = nl ? static_cast<std::uint64_t>(static_cast<const char *>(nl)
                                                                      - data)
                                         : size;
        c.block.starts.push_back(static_cast<std::uint32_t>(pos - begin));
        std::string_view line(data + pos, static_cast<std::size_t>(lineEnd - pos));
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
            c.crlf = true;
        }
        const std::int64_t ts = lineTimestamp(line, nowMs);
        if (ts != kNoTime) {
            c.anyTs = true;
            last = ts;
        } else if (last == kNoTime) {
            ++c.lead;
        }
        times.push_back(last);
        if (!nl)
            c.partialTail = true;
        pos = nl ? lineEnd + 1 : size;
    }
    c.block.endOffset = pos;
    // Lines that had nothing to inherit hold a placeholder until finaliseChunks();
    // the chunk's first own time keeps the block narrow.
    const std::int64_t placeholder = c.lead < times.size() ? times[c.lead] : 0;
    for (std::size_t i = 0; i < c.lead; ++i)
        times[i] = placeholder;
    c.block.starts
        .shrink_to_fit(); // the reserve guessed short lines: give back what long ones left
    c.block.setTimes(times);
    return c;
}

void finaliseChunks(std::vector<ChunkIndex> &chunks, FileView &view)
{
    std::int64_t first = kNoTime;
    for (const ChunkIndex &c : chunks) {
        if (c.anyTs) {
            first = c.block.ts(c.lead);
            break;
        }
    }
    if (first == kNoTime)
        first = view.fallbackTs;
    std::int64_t carry = kNoTime;
    for (ChunkIndex &c : chunks) {
        if (c.lead > 0) {
            const std::int64_t value = carry != kNoTime ? carry : first;
            for (std::size_t i = 0; i < c.lead; ++i)
                c.block.setTs(i, value);
            c.block.summarise();
        }
        if (c.block.size() > 0) {
            carry = c.block.ts(c.block.size() - 1);
            view.crlf = view.crlf || c.crlf;
            view.partialTail = c.partialTail;
            view.blocks.push_back(std::make_shared<IndexBlock>(std::move(c.block)));
        }
    }
    view.computeSummary();
}

std::shared_ptr<FileView> extendView(const FileView &old, std::shared_ptr<const FileBuffer> buffer,
                                     std::int64_t nowMs, std::uint64_t &firstNewLine)
{
    auto view = std::make_shared<FileView>(old);
    view->buffer = std::move(buffer);
    std::uint64_t resume = old.indexedEnd();
    if (old.partialTail && old.lines > 0) {
        // The old last line had no '\n': index it again with whatever completed it.
        auto last = std::make_shared<IndexBlock>(*view->blocks.back());
        resume = last->start(last->size() - 1);
        last->starts.pop_back();
        if (last->wide.empty())
            last->narrow.pop_back();
        else
            last->wide.pop_back();
        last->endOffset = resume;
        last->summarise();
        view->blocks.back() = std::move(last);
        if (view->blocks.back()->size() == 0)
            view->blocks.pop_back();
        view->partialTail = false;
        view->computeSummary();
    }
    firstNewLine = view->lines;
    const std::string_view bytes = view->buffer->bytes();
    std::vector<ChunkIndex> chunks;
    std::int64_t carry = view->lines > 0 ? view->ts(view->lines - 1) : kNoTime;
    for (std::uint64_t begin = resume; begin < bytes.size();) {
        const std::uint64_t end = std::max(chunkStart(bytes, begin + kExtendChunk), begin + 1);
        chunks.push_back(indexChunk(bytes, begin, std::min<std::uint64_t>(end, bytes.size()), nowMs,
                                    carry, nullptr));
        if (chunks.back().block.size() > 0)
            carry = chunks.back().block.ts(chunks.back().block.size() - 1);
        begin = chunks.back().block.endOffset;
    }
    if (chunks.empty())
        return view;
    // A few new lines join the last block rather than making thousands of tiny blocks over a long
    // follow.
    ChunkIndex &added = chunks.front();
    if (view->lines > 0 && !view->blocks.empty() && added.lead == 0) {
        const IndexBlock &tail = *view->blocks.back();
        const std::uint64_t span = added.block.endOffset - tail.baseOffset;
        if (tail.size() + added.block.size() <= kMergeLines
            && span <= std::numeric_limits<std::uint32_t>::max()) {
            auto merged = std::make_shared<IndexBlock>();
            merged->baseOffset = tail.baseOffset;
            merged->endOffset = added.block.endOffset;
            merged->starts = tail.starts;
            std::vector<std::int64_t> times;
            times.reserve(tail.size() + added.block.size());
            for (std::size_t i = 0; i < tail.size(); ++i)
                times.push_back(tail.ts(i));
            for (std::size_t i = 0; i < added.block.size(); ++i) {
                merged->starts.push_back(
                    static_cast<std::uint32_t>(added.block.start(i) - tail.baseOffset));
                times.push_back(added.block.ts(i));
            }
            merged->setTimes(times);
            view->blocks.back() = std::move(merged);
            view->crlf = view->crlf || added.crlf;
            view->partialTail = added.partialTail;
            chunks.erase(chunks.begin());
        }
    }
    if (!chunks.empty())
        finaliseChunks(chunks, *view); // lead lines only when the file had no lines before
    else
        view->computeSummary();
    return view;
}

// --- FileView -------------------------------------------------------------------

void FileView::computeSummary()
{
    firstLine.clear();
    firstLine.reserve(blocks.size() + 1);
    lines = 0;
    sorted = true;
    minTs = maxTs = kNoTime;
    std::int64_t previousLast = kNoTime;
    for (const auto &block : blocks) {
        firstLine.push_back(lines);
        lines += block->size();
        if (block->size() == 0)
            continue;
        sorted = sorted && block->sorted
                 && (previousLast == kNoTime || block->ts(0) >= previousLast);
        previousLast = block->ts(block->size() - 1);
        minTs = minTs == kNoTime ? block->minTs : std::min(minTs, block->minTs);
        maxTs = maxTs == kNoTime ? block->maxTs : std::max(maxTs, block->maxTs);
    }
    firstLine.push_back(lines);
    const std::uint64_t end = indexedEnd();
    const std::uint64_t sample = std::min<std::uint64_t>(end, 64);
    if (buffer && end <= buffer->size())
        endSample.assign(buffer->bytes().substr(end - sample, sample));
    else
        endSample.clear();
}

FileView::Position FileView::locate(std::uint64_t line) const
{
    // firstLine has blocks.size() + 1 entries; the block holding `line` is the last one starting at
    // or before it.
    const auto it = std::upper_bound(firstLine.begin(), firstLine.end() - 1, line);
    const auto b = static_cast<std::size_t>(it - firstLine.begin()) - 1;
    return {blocks[b].get(), static_cast<std::size_t>(line - firstLine[b]), b};
}

std::int64_t FileView::ts(std::uint64_t line) const
{
    const Position p = locate(line);
    return p.block->ts(p.index);
}

std::uint64_t FileView::start(std::uint64_t line) const
{
    const Position p = locate(line);
    return p.block->start(p.index);
}

std::string_view FileView::text(std::uint64_t line) const
{
    const Position p = locate(line);
    const std::uint64_t begin = p.block->start(p.index);
    std::uint64_t end = p.block->next(p.index);
    const std::string_view bytes = buffer->bytes();
    end = std::min<std::uint64_t>(end, bytes.size());
    if (end > begin && bytes[end - 1] == '\n')
        --end;
    if (end > begin && bytes[end - 1] == '\r')
        --end;
    return bytes.substr(begin, end - begin);
}

std::uint64_t FileView::lineContaining(std::uint64_t offset) const
{
    // The block whose range holds the offset, then the line within it.
    auto b = std::upper_bound(blocks.begin(), blocks.end(), offset,
                              [](std::uint64_t o, const std::shared_ptr<const IndexBlock> &block) {
                                  return o < block->baseOffset;
                              });
    if (b != blocks.begin())
        --b;
    const IndexBlock &block = **b;
    const auto relative = static_cast<std::uint32_t>(std::min<std::uint64_t>(
        offset - std::min(offset, block.baseOffset), std::numeric_limits<std::uint32_t>::max()));
    auto it = std::upper_bound(block.starts.begin(), block.starts.end(), relative);
    const std::size_t index = it == block.starts.begin()
                                  ? 0
                                  : static_cast<std::size_t>(it - block.starts.begin()) - 1;
    return firstLine[static_cast<std::size_t>(b - blocks.begin())] + index;
}

std::int64_t FileView::lineAt(std::uint64_t offset) const
{
    if (lines == 0 || offset >= indexedEnd())
        return -1;
    const std::uint64_t line = lineContaining(offset);
    return start(line) == offset ? static_cast<std::int64_t>(line) : -1;
}

std::uint64_t FileView::lowerBoundTs(std::int64_t value) const
{
    // Blocks first (their ranges are ordered when the file is sorted), then within the block.
    std::uint64_t lo = 0;
    std::uint64_t hi = lines;
    while (lo < hi) {
        const std::uint64_t mid = lo + (hi - lo) / 2;
        if (ts(mid) < value)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

std::size_t FileView::indexBytes() const
{
    std::size_t total = firstLine.capacity() * sizeof(std::uint64_t);
    for (const auto &block : blocks)
        total += block->memoryBytes();
    return total;
}

} // namespace OpsDeck::Logs::RawFile
