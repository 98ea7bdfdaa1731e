// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "queryexec.h"

#include "opsdeck/logs/matcher.h"
#include "opsdeck/logs/query.h"
#include "opsdeck/logs/tokenizer.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <limits>

namespace OpsDeck::Logs {

namespace {

constexpr std::size_t kMaxPrefixKeys = 50'000;
/** Below this many candidate lines, verifying them beats narrowing further. */
constexpr std::uint64_t kEnoughToVerify = 8192;

/** Posting numbers a query may match in one segment; exact = no verification needed. */
struct Candidates
{
    Postings bits;
    bool exact = true;
};

class SegmentPlanner
{
public:
    explicit SegmentPlanner(const SegmentReader &segment)
        : m_segment(segment), m_universe(segment.lineCount())
    {
    }

    /** The lines that may match \a node; exact when they all do. */
    Candidates lines(const QueryNode &node) { return eval(node); }

private:
    Candidates all(bool exact) { return {Postings::range(0, m_universe), exact}; }

    Candidates lookup(const std::string &key)
    {
        Candidates c;
        c.bits = m_segment.lookup(key, &c.exact);
        c.exact = c.exact && key.size() < kMaxTokenBytes;
        return c;
    }

    Candidates eval(const QueryNode &node)
    {
        using Kind = QueryNode::Kind;
        switch (node.kind) {
        case Kind::All:
            return all(true);
        case Kind::Term: {
            if (node.tokens.empty())
                return all(false);
            if (node.tokens.size() > 1) {
                // A phrase: the templates decide it when all its tokens are words.
                Candidates phrase;
                if (m_segment.phraseLines(node.tokens, phrase.bits))
                    return phrase;
            }
            if (node.tokens.size() == 1)
                return lookup(node.tokens.front());
            // Several tokens (a phrase with a variable, or "req-1234"): the
            // result is verified anyway, so narrow with the rarest tokens first
            // (variables) and stop once a few blocks' worth of lines remain;
            // a common word would cost more to look up than it saves.
            std::vector<const std::string *> order;
            for (const auto &t : node.tokens)
                order.push_back(&t);
            std::stable_partition(order.begin(), order.end(),
                                  [](const std::string *t) { return isVariableToken(*t); });
            Candidates c = lookup(*order.front());
            for (std::size_t i = 1; i < order.size() && !c.bits.empty() && c.bits.cardinality() > kEnoughToVerify; ++i)
                c.bits.andWith(lookup(*order[i]).bits);
            c.exact = false;
            return c;
        }
        case Kind::Prefix: {
            // Whole words for all but the last token, which only has to start with its key.
            if (node.tokens.empty())
                return all(false);
            Candidates c{Postings{}, node.tokens.size() == 1 && node.tokens.back().size() < kMaxTokenBytes};
            if (!m_segment.lookupPrefix(node.tokens.back(), c.bits, kMaxPrefixKeys, &c.exact))
                return all(false);
            for (std::size_t i = 0; i + 1 < node.tokens.size() && !c.bits.empty(); ++i)
                c.bits.andWith(lookup(node.tokens[i]).bits);
            return c;
        }
        case Kind::Field: {
            Candidates c = lookup(fieldKey(node.field, node.value));
            c.exact = c.exact && node.value.size() < kMaxTokenBytes;
            return c;
        }
        case Kind::FieldPrefix: {
            Candidates c{Postings{}, node.value.size() < kMaxTokenBytes};
            if (!m_segment.lookupPrefix(fieldKey(node.field, node.value), c.bits, kMaxPrefixKeys, &c.exact))
                return all(false);
            return c;
        }
        case Kind::LevelRange: {
            Candidates c{Postings{}, true};
            for (int l = static_cast<int>(node.levelMin); l <= static_cast<int>(node.levelMax); ++l)
                c.bits.orWith(m_segment.lookup(levelKey(static_cast<Level>(l))));
            return c;
        }
        case Kind::Regex:
            return all(false);
        case Kind::And: {
            Candidates c = eval(node.children.front());
            for (std::size_t i = 1; i < node.children.size(); ++i) {
                if (c.bits.empty())
                    return {Postings{}, true};
                Candidates next = eval(node.children[i]);
                c.bits.andWith(next.bits);
                c.exact = c.exact && next.exact;
            }
            return c;
        }
        case Kind::Or: {
            Candidates c = eval(node.children.front());
            for (std::size_t i = 1; i < node.children.size(); ++i) {
                Candidates next = eval(node.children[i]);
                c.bits.orWith(next.bits);
                c.exact = c.exact && next.exact;
            }
            return c;
        }
        case Kind::Not: {
            Candidates inner = eval(node.children.front());
            if (!inner.exact)
                return all(false);
            Candidates c = all(true);
            c.bits.andNot(inner.bits);
            return c;
        }
        }
        return all(false);
    }

    const SegmentReader &m_segment;
    std::uint32_t m_universe;
};

/** Keeps the last decoded block of one segment, so neighbouring lines decode once. */
class BlockCursor
{
public:
    explicit BlockCursor(const SegmentReader &segment) : m_segment(segment) {}

    /** The block holding \a line, decoded with text; nullptr (and \a error) if damaged. */
    const DecodedBlock *blockFor(std::uint32_t line, std::size_t &index, std::string *error)
    {
        const std::size_t b = m_segment.blockOfLine(line);
        if (b != m_block) {
            if (!m_segment.decodeBlock(b, true, m_decoded, error)) {
                m_block = std::size_t(-1);
                return nullptr;
            }
            m_block = b;
        }
        index = line - m_segment.blocks()[b].firstLine;
        return &m_decoded;
    }

    StoredRecord record(const DecodedBlock &block, std::size_t i) const
    {
        StoredRecord r;
        r.id = block.ids[i];
        r.ts = block.ts[i];
        r.ingested = block.ingested[i];
        r.level = block.levels[i];
        r.host = m_segment.hostName(block.hosts[i]);
        r.service = m_segment.serviceName(block.services[i]);
        r.source = m_segment.sourceName(block.sources[i]);
        r.message.assign(block.text, block.textOffsets[i], block.textOffsets[i + 1] - block.textOffsets[i] - 1);
        r.extra = block.extra[i];
        return r;
    }

private:
    const SegmentReader &m_segment;
    std::size_t m_block = std::size_t(-1);
    DecodedBlock m_decoded;
};

struct Histogram
{
    std::int64_t from = 0;
    std::int64_t bucketMs = 0;
    std::vector<std::uint64_t> counts;

    void add(std::int64_t ts)
    {
        if (counts.empty() || ts < from)
            return;
        const auto i = static_cast<std::size_t>((ts - from) / bucketMs);
        if (i < counts.size())
            ++counts[i];
    }
};

struct Hit
{
    std::int64_t ts;
    std::int64_t id;
    StoredRecord record;
};

bool newerThan(std::int64_t ts, std::int64_t id, std::int64_t otherTs, std::int64_t otherId)
{
    return ts != otherTs ? ts > otherTs : id > otherId;
}

class Search
{
public:
    Search(const SearchRequest &request, SearchResult &result, std::string *error)
        : m_request(request), m_result(result), m_error(error)
    {
        if (request.buckets > 0 && request.toMs > request.fromMs) {
            const std::int64_t span = request.toMs - request.fromMs;
            m_histogram.from = request.fromMs;
            m_histogram.bucketMs = std::max<std::int64_t>(1, (span + request.buckets - 1) / request.buckets);
            m_histogram.counts.assign(static_cast<std::size_t>((span + m_histogram.bucketMs - 1) / m_histogram.bucketMs), 0);
        }
    }

    /** Verifies one line of a decoded block without copying it. */
    bool matchesLine(const SegmentReader &segment, const DecodedBlock &block, std::size_t i,
                     std::string_view message) const
    {
        if (!m_request.matcher)
            return true;
        if (m_request.needsDerivedFields) {
            StoredRecord meta;
            meta.level = block.levels[i];
            meta.host = segment.hostName(block.hosts[i]);
            meta.service = segment.serviceName(block.services[i]);
            meta.source = segment.sourceName(block.sources[i]);
            meta.extra = block.extra[i];
            return matches(meta, message);
        }
        const RecordView view{message,
                              segment.hostName(block.hosts[i]),
                              segment.serviceName(block.services[i]),
                              segment.sourceName(block.sources[i]),
                              block.levels[i],
                              &block.extra[i]};
        return m_request.matcher->matches(view);
    }

    /** A query that is one regex: one Hyperscan scan per block instead of one per line. */
    bool scanRegexBlocks(const SegmentReader &segment, std::uint32_t lo, std::uint32_t hi, Postings &out,
                         Histogram &histogram, std::string *error) const
    {
        DecodedBlock block;
        for (std::size_t b = segment.blockOfLine(lo); b < segment.blocks().size(); ++b) {
            const BlockInfo &info = segment.blocks()[b];
            if (info.firstLine >= hi)
                break;
            if (!segment.decodeBlock(b, true, block, error))
                return false;
            if (static_cast<std::size_t>(std::count(block.text.begin(), block.text.end(), '\n')) != block.ids.size()) {
                // A multi-line record: text lines are not records here, check each record.
                for (std::size_t i = 0; i < block.ids.size(); ++i) {
                    const std::uint32_t l = info.firstLine + static_cast<std::uint32_t>(i);
                    const std::string_view message(block.text.data() + block.textOffsets[i],
                                                   block.textOffsets[i + 1] - block.textOffsets[i] - 1);
                    if (l >= lo && l < hi && block.ids[i] <= m_maxId && matchesLine(segment, block, i, message)) {
                        out.add(l);
                        histogram.add(block.ts[i]);
                    }
                }
                continue;
            }
            m_request.matcher->scanRegexBlock(0, block.text, [&](std::size_t line) {
                const std::uint32_t l = info.firstLine + static_cast<std::uint32_t>(line);
                if (l >= lo && l < hi && line < block.ids.size() && block.ids[line] <= m_maxId) {
                    out.add(l);
                    histogram.add(block.ts[line]);
                }
            });
        }
        return true;
    }

    bool singleRegex() const
    {
        return m_request.query && m_request.query->kind == QueryNode::Kind::Regex && m_request.matcher
               && m_request.matcher->regexCount() == 1;
    }

    /** The lines of \a segment inside the time range; false when none. */
    bool lineRange(const SegmentReader &segment, std::uint32_t &lo, std::uint32_t &hi) const
    {
        if (segment.maxTs() < m_request.fromMs || segment.minTs() >= m_request.toMs || segment.minId() > m_maxId)
            return false;
        lo = m_request.fromMs <= segment.minTs() ? 0 : segment.lowerBoundTs(m_request.fromMs);
        hi = m_request.toMs > segment.maxTs() ? segment.lineCount() : segment.lowerBoundTs(m_request.toMs);
        return lo < hi;
    }

    /**
     * A query that is one regex reads every block in range: scan the segments
     * on every core first (decompression and Hyperscan are CPU-bound), then
     * runSegment takes the results in order.
     */
    bool prescanRegex(const std::vector<std::shared_ptr<SegmentReader>> &segments)
    {
        if (!singleRegex() || segments.size() < 2)
            return true;
        m_prescans.clear();
        m_prescans.resize(segments.size());
        std::atomic<std::size_t> next{0};
        auto work = [&] {
            for (std::size_t k = next++; k < segments.size(); k = next++) {
                Prescan &p = m_prescans[k];
                p.segment = segments[k].get();
                std::uint32_t lo = 0, hi = 0;
                if (!lineRange(*segments[k], lo, hi))
                    continue;
                p.histogram.from = m_histogram.from;
                p.histogram.bucketMs = m_histogram.bucketMs;
                p.histogram.counts.assign(m_histogram.counts.size(), 0);
                p.ok = scanRegexBlocks(*segments[k], lo, hi, p.lines, p.histogram, &p.error);
            }
        };
        const std::size_t threads = std::min<std::size_t>(segments.size(), std::max(1u, std::thread::hardware_concurrency()));
        std::vector<std::thread> pool;
        for (std::size_t t = 1; t < threads; ++t)
            pool.emplace_back(work);
        work();
        for (auto &t : pool)
            t.join();
        for (const Prescan &p : m_prescans) {
            if (!p.ok) {
                if (m_error)
                    *m_error = p.error;
                return false;
            }
        }
        return true;
    }

    bool matches(const StoredRecord &r, std::string_view message) const
    {
        if (!m_request.matcher)
            return true;
        std::vector<Field> fields;
        const std::vector<Field> *fieldsPtr = &r.extra;
        if (m_request.needsDerivedFields) {
            StoredRecord copy;
            copy.message = std::string(message);
            deriveFields(copy);
            fields = r.extra;
            fields.insert(fields.end(), copy.derived.begin(), copy.derived.end());
            if (!r.derived.empty())
                fields.insert(fields.end(), r.derived.begin(), r.derived.end());
            fieldsPtr = &fields;
        }
        RecordView view{message, r.host, r.service, r.source, r.level, fieldsPtr};
        return m_request.matcher->matches(view);
    }

    bool beforeCursor(std::int64_t ts, std::int64_t id) const
    {
        return !m_request.hasCursor || newerThan(m_request.cursorTs, m_request.cursorId, ts, id);
    }

    /** Worst (oldest) hit kept so far when we hold more than `limit`; segments entirely older can skip. */
    bool canSkipMaterialising(std::int64_t segmentMaxTs) const
    {
        return m_hits.size() > m_request.limit && m_worstKept.first > segmentMaxTs;
    }

    void keep(Hit &&hit)
    {
        m_hits.push_back(std::move(hit));
        if (m_hits.size() > 4 * (m_request.limit + 1))
            trim();
        else if (m_hits.size() > m_request.limit)
            updateWorst();
    }

    void trim()
    {
        std::sort(m_hits.begin(), m_hits.end(),
                  [](const Hit &a, const Hit &b) { return newerThan(a.ts, a.id, b.ts, b.id); });
        m_hits.resize(m_request.limit + 1);
        updateWorst();
    }

    void updateWorst()
    {
        // The (limit+1)-th newest: anything older can never make the page.
        std::vector<std::pair<std::int64_t, std::int64_t>> keys;
        keys.reserve(m_hits.size());
        for (const auto &h : m_hits)
            keys.emplace_back(h.ts, h.id);
        std::nth_element(keys.begin(), keys.begin() + static_cast<std::ptrdiff_t>(m_request.limit), keys.end(),
                         [](const auto &a, const auto &b) { return newerThan(a.first, a.second, b.first, b.second); });
        m_worstKept = keys[m_request.limit];
    }

    bool runTable(const Memtable &table, std::size_t count)
    {
        for (std::size_t i = 0; i < count; ++i) {
            const StoredRecord &r = table.at(i);
            if (r.ts < m_request.fromMs || r.ts >= m_request.toMs || r.id > m_maxId)
                continue;
            if (!matches(r, r.message))
                continue;
            ++m_result.total;
            m_histogram.add(r.ts);
            if (!m_request.countOnly && beforeCursor(r.ts, r.id))
                keep(Hit{r.ts, r.id, r});
        }
        return true;
    }

    bool runSegment(const SegmentReader &segment)
    {
        std::uint32_t lo = 0, hi = 0;
        if (!lineRange(segment, lo, hi))
            return true;
        SegmentPlanner planner(segment);
        Candidates c = m_request.query ? planner.lines(*m_request.query) : Candidates{Postings::range(0, segment.lineCount()), true};
        c.bits.keepRange(lo, hi);
        if (segment.maxId() > m_maxId)
            c.exact = false; // records newer than the snapshot must be filtered one by one

        BlockCursor cursor(segment);
        if (!c.exact && singleRegex()) {
            const auto pre = std::find_if(m_prescans.begin(), m_prescans.end(),
                                          [&](const Prescan &p) { return p.segment == &segment; });
            if (pre != m_prescans.end()) {
                c.bits = std::move(pre->lines);
                for (std::size_t b = 0; b < pre->histogram.counts.size() && b < m_histogram.counts.size(); ++b)
                    m_histogram.counts[b] += pre->histogram.counts[b];
            } else {
                Postings verified;
                if (!scanRegexBlocks(segment, lo, hi, verified, m_histogram, m_error))
                    return false;
                c.bits = std::move(verified);
            }
            c.exact = true;
        } else if (!c.exact) {
            // Verify every candidate; what remains is exact.
            Postings verified;
            for (std::uint32_t line : c.bits.values()) {
                std::size_t i = 0;
                const DecodedBlock *block = cursor.blockFor(line, i, m_error);
                if (!block)
                    return false;
                if (block->ids[i] > m_maxId)
                    continue;
                const std::string_view message(block->text.data() + block->textOffsets[i],
                                               block->textOffsets[i + 1] - block->textOffsets[i] - 1);
                if (!matchesLine(segment, *block, i, message))
                    continue;
                verified.add(line);
                m_histogram.add(block->ts[i]);
            }
            c.bits = std::move(verified);
            c.exact = true;
        } else if (!m_histogram.counts.empty()) {
            // Buckets from line boundaries: lines are sorted by time.
            std::uint32_t start = lo;
            for (std::size_t b = 0; b < m_histogram.counts.size(); ++b) {
                const std::int64_t bucketEnd = m_histogram.from + std::int64_t(b + 1) * m_histogram.bucketMs;
                std::uint32_t end = hi;
                if (bucketEnd <= segment.minTs())
                    end = lo;
                else if (bucketEnd <= segment.maxTs())
                    end = std::clamp(segment.lowerBoundTs(bucketEnd), lo, hi);
                if (end > start)
                    m_histogram.counts[b] += c.bits.cardinalityIn(start, end);
                start = std::max(start, end);
                if (start >= hi)
                    break;
            }
        }
        m_result.total += c.bits.cardinality();

        if (m_request.countOnly || canSkipMaterialising(segment.maxTs()))
            return true;
        std::uint32_t below = hi;
        if (m_request.hasCursor && m_request.cursorTs < segment.maxTs())
            below = std::min(below, segment.lowerBoundTs(m_request.cursorTs + 1));
        std::size_t kept = 0;
        while (kept <= m_request.limit) {
            const auto batch = c.bits.lastBelow(below, 256);
            if (batch.empty())
                break;
            for (std::uint32_t line : batch) {
                std::size_t i = 0;
                const DecodedBlock *block = cursor.blockFor(line, i, m_error);
                if (!block)
                    return false;
                if (!beforeCursor(block->ts[i], block->ids[i]) || block->ids[i] > m_maxId)
                    continue;
                if (canSkipMaterialising(block->ts[i]))
                    return true;
                keep(Hit{block->ts[i], block->ids[i], cursor.record(*block, i)});
                if (++kept > m_request.limit)
                    break;
            }
            below = batch.back();
        }
        return true;
    }

    void finish()
    {
        std::sort(m_hits.begin(), m_hits.end(),
                  [](const Hit &a, const Hit &b) { return newerThan(a.ts, a.id, b.ts, b.id); });
        m_result.more = m_hits.size() > m_request.limit;
        if (m_hits.size() > m_request.limit)
            m_hits.resize(m_request.limit);
        m_result.records.clear();
        m_result.records.reserve(m_hits.size());
        for (auto &h : m_hits)
            m_result.records.push_back(std::move(h.record));
        m_result.bucketMs = m_histogram.bucketMs;
        m_result.histogram = std::move(m_histogram.counts);
    }

    std::int64_t m_maxId = 0;

private:
    const SearchRequest &m_request;
    SearchResult &m_result;
    std::string *m_error;
    struct Prescan
    {
        const SegmentReader *segment = nullptr;
        Postings lines;
        Histogram histogram;
        bool ok = true;
        std::string error;
    };

    Histogram m_histogram;
    std::vector<Prescan> m_prescans;
    std::vector<Hit> m_hits;
    std::pair<std::int64_t, std::int64_t> m_worstKept{std::numeric_limits<std::int64_t>::max(), 0};
};

} // namespace

bool executeSearch(const Snapshot &snapshot, const SearchRequest &request, SearchResult &result,
                   std::string *error)
{
    result = SearchResult{};
    result.maxId = request.maxId > 0 ? std::min(request.maxId, snapshot.maxId) : snapshot.maxId;
    Search search(request, result, error);
    search.m_maxId = result.maxId;
    // Newest data first, so older segments can skip building records.
    for (auto it = snapshot.tables.rbegin(); it != snapshot.tables.rend(); ++it)
        search.runTable(*it->table, it->count);
    std::vector<std::shared_ptr<SegmentReader>> segments = snapshot.segments;
    std::sort(segments.begin(), segments.end(),
              [](const auto &a, const auto &b) { return a->maxTs() > b->maxTs(); });
    if (!search.prescanRegex(segments))
        return false;
    for (const auto &segment : segments) {
        if (!search.runSegment(*segment))
            return false;
    }
    search.finish();
    return true;
}

bool readAllRecords(const SegmentReader &segment, std::vector<StoredRecord> &out, std::string *error)
{
    BlockCursor cursor(segment);
    for (std::uint32_t line = 0; line < segment.lineCount(); ++line) {
        std::size_t i = 0;
        const DecodedBlock *block = cursor.blockFor(line, i, error);
        if (!block)
            return false;
        out.push_back(cursor.record(*block, i));
    }
    return true;
}

bool executeContext(const Snapshot &snapshot, std::int64_t id, int before, int after,
                    std::vector<StoredRecord> &out, std::string *error)
{
    out.clear();
    // Find the record and its source.
    std::optional<StoredRecord> target;
    for (const auto &t : snapshot.tables) {
        for (std::size_t i = 0; i < t.count && !target; ++i) {
            if (t.table->at(i).id == id)
                target = t.table->at(i);
        }
    }
    for (const auto &segment : snapshot.segments) {
        if (target || id < segment->minId() || id > segment->maxId())
            continue;
        BlockCursor cursor(*segment);
        for (std::size_t b = 0; b < segment->blocks().size() && !target; ++b) {
            const BlockInfo &info = segment->blocks()[b];
            if (id < info.minId || id > info.maxId)
                continue;
            DecodedBlock meta;
            if (!segment->decodeBlock(b, false, meta, error))
                return false;
            for (std::size_t i = 0; i < meta.ids.size(); ++i) {
                if (meta.ids[i] != id)
                    continue;
                std::size_t index = 0;
                const DecodedBlock *full = cursor.blockFor(info.firstLine + static_cast<std::uint32_t>(i), index, error);
                if (!full)
                    return false;
                target = cursor.record(*full, index);
                break;
            }
        }
    }
    if (!target) {
        if (error)
            *error = "no record with id " + std::to_string(id);
        return false;
    }
    const std::string source = target->source;
    std::int64_t window = std::int64_t(before + after + 1) * 8 + 64;
    while (true) {
        std::vector<StoredRecord> found;
        const std::int64_t lowId = id - window, highId = id + window;
        for (const auto &t : snapshot.tables) {
            for (std::size_t i = 0; i < t.count; ++i) {
                const StoredRecord &r = t.table->at(i);
                if (r.id >= lowId && r.id <= highId && r.source == source)
                    found.push_back(r);
            }
        }
        for (const auto &segment : snapshot.segments) {
            if (segment->maxId() < lowId || segment->minId() > highId)
                continue;
            BlockCursor cursor(*segment);
            for (std::size_t b = 0; b < segment->blocks().size(); ++b) {
                const BlockInfo &info = segment->blocks()[b];
                if (info.maxId < lowId || info.minId > highId)
                    continue;
                for (std::uint32_t k = 0; k < info.lines; ++k) {
                    std::size_t i = 0;
                    const DecodedBlock *block = cursor.blockFor(info.firstLine + k, i, error);
                    if (!block)
                        return false;
                    if (block->ids[i] < lowId || block->ids[i] > highId
                        || segment->sourceName(block->sources[i]) != source)
                        continue;
                    found.push_back(cursor.record(*block, i));
                }
            }
        }
        std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
        const auto it = std::find_if(found.begin(), found.end(), [id](const auto &r) { return r.id == id; });
        const auto pos = it - found.begin();
        const bool enoughBefore = pos >= before || lowId <= 1;
        const bool enoughAfter = std::ptrdiff_t(found.size()) - pos - 1 >= after || highId >= snapshot.maxId;
        if ((enoughBefore && enoughAfter) || window > (std::int64_t(1) << 26)) {
            const auto first = std::max<std::ptrdiff_t>(0, pos - before);
            const auto last = std::min<std::ptrdiff_t>(std::ptrdiff_t(found.size()), pos + after + 1);
            out.assign(std::make_move_iterator(found.begin() + first), std::make_move_iterator(found.begin() + last));
            return true;
        }
        window *= 4;
    }
}

} // namespace OpsDeck::Logs
