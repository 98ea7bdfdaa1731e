// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "rawsearch.h"

#include <hs/hs.h>

#include <algorithm>
#include <limits>
#include <map>
#include <queue>

namespace OpsDeck::Logs::RawFile {

namespace {

constexpr std::uint64_t kPartBytes = 32u << 20; // one scan task; two cores share a big file
constexpr std::size_t kMinLiteral = 2;          // shorter literals select nearly every line
constexpr std::size_t kCancelEvery = 1u << 14;

// --- the candidate plan ------------------------------------------------------------

struct Plan
{
    bool usable = false;
    std::vector<std::string> literals;
    std::vector<std::size_t> regexes;
};

/** Better plans first: literals only, the longest shortest literal, fewest patterns. */
std::tuple<int, std::size_t, long> score(const Plan &plan)
{
    std::size_t shortest = 64;
    for (const auto &l : plan.literals)
        shortest = std::min(shortest, l.size());
    return {plan.regexes.empty() ? 1 : 0, std::min<std::size_t>(shortest, 16),
            -static_cast<long>(plan.literals.size() + plan.regexes.size())};
}

Plan planFor(const QueryNode &node, const std::map<const QueryNode *, std::size_t> &regexIds)
{
    Plan plan;
    switch (node.kind) {
    case QueryNode::Kind::Term:
    case QueryNode::Kind::Prefix: {
        // Every token of the term appears in a matching line (the last one of a prefix at least as
        // its start): the longest is the rarest guess.
        const std::string *best = nullptr;
        for (const auto &t : node.tokens) {
            if (!best || t.size() > best->size())
                best = &t;
        }
        if (best && best->size() >= kMinLiteral) {
            plan.usable = true;
            plan.literals.push_back(*best);
        }
        return plan;
    }
    case QueryNode::Kind::Regex: {
        const auto it = regexIds.find(&node);
        if (it != regexIds.end()) {
            plan.usable = true;
            plan.regexes.push_back(it->second);
        }
        return plan;
    }
    case QueryNode::Kind::And:
        for (const auto &child : node.children) {
            Plan candidate = planFor(child, regexIds);
            if (candidate.usable && (!plan.usable || score(candidate) > score(plan)))
                plan = std::move(candidate);
        }
        return plan;
    case QueryNode::Kind::Or:
        plan.usable = true;
        for (const auto &child : node.children) {
            Plan part = planFor(child, regexIds);
            if (!part.usable)
                return Plan{};
            plan.literals.insert(plan.literals.end(), part.literals.begin(), part.literals.end());
            plan.regexes.insert(plan.regexes.end(), part.regexes.begin(), part.regexes.end());
        }
        std::sort(plan.literals.begin(), plan.literals.end());
        plan.literals.erase(std::unique(plan.literals.begin(), plan.literals.end()),
                            plan.literals.end());
        return plan;
    default:
        return plan; // NOT, fields and levels say nothing about the bytes
    }
}

bool readsParsedFields(const QueryNode &node)
{
    if (node.kind == QueryNode::Kind::Field || node.kind == QueryNode::Kind::FieldPrefix
        || node.kind == QueryNode::Kind::LevelRange)
        return true;
    return std::any_of(node.children.begin(), node.children.end(), readsParsedFields);
}

// --- scanning ----------------------------------------------------------------------------

/** Finds the line holding each match end; matches arrive in increasing order. */
struct ScanContext
{
    const FileView *view = nullptr;
    std::uint64_t base = 0;    ///< absolute offset of the scanned bytes
    std::uint64_t lineEnd = 0; ///< absolute start of the line after the last candidate
    std::size_t block = 0;
    std::size_t index = 0;
    std::vector<std::uint32_t> *out = nullptr;
};

int onLiteral(unsigned int, unsigned long long, unsigned long long to, unsigned int, void *context)
{
    auto *c = static_cast<ScanContext *>(context);
    const std::uint64_t at = c->base + to - 1;
    if (at < c->lineEnd)
        return 0; // the line is a candidate already
    const FileView &v = *c->view;
    while (at >= v.blocks[c->block]->endOffset) {
        ++c->block;
        c->index = 0;
    }
    const IndexBlock &b = *v.blocks[c->block];
    const auto rel = static_cast<std::uint32_t>(at - b.baseOffset);
    // Gallop forward from the last candidate: the next one is usually a few lines on.
    std::size_t lo = c->index;
    std::size_t step = 1;
    std::size_t hi = lo + 1;
    while (hi < b.size() && b.starts[hi] <= rel) {
        lo = hi;
        step *= 2;
        hi = lo + step;
    }
    hi = std::min(hi, b.size());
    const auto it = std::upper_bound(b.starts.begin() + static_cast<std::ptrdiff_t>(lo),
                                     b.starts.begin() + static_cast<std::ptrdiff_t>(hi), rel);
    c->index = static_cast<std::size_t>(it - b.starts.begin()) - 1;
    c->out->push_back(static_cast<std::uint32_t>(v.firstLine[c->block] + c->index));
    c->lineEnd = b.next(c->index);
    return 0;
}

std::uint64_t byteStart(const FileView &v, std::uint64_t line)
{
    return line < v.lines ? v.start(line) : v.indexedEnd();
}

struct Part
{
    std::size_t file = 0;
    std::uint64_t first = 0;
    std::uint64_t last = 0;
    std::vector<std::uint32_t> lines;
};

} // namespace

// --- CompiledSearch -----------------------------------------------------------------------

CompiledSearch::~CompiledSearch()
{
    hs_free_database(static_cast<hs_database_t *>(m_database));
}

std::variant<std::shared_ptr<const CompiledSearch>, QueryError> CompiledSearch::compile(
    std::string_view text, std::int64_t nowMs)
{
    auto parsed = parseQuery(text, nowMs);
    if (auto *error = std::get_if<QueryError>(&parsed))
        return *error;
    std::shared_ptr<CompiledSearch> search(new CompiledSearch);
    search->m_parsed = std::move(std::get<ParsedQuery>(parsed));
    auto matcher = Matcher::compile(search->m_parsed.root);
    if (auto *error = std::get_if<QueryError>(&matcher))
        return *error;
    search->m_matcher.emplace(std::move(std::get<Matcher>(matcher)));
    search->m_nowMs = nowMs;
    search->m_needsParse = readsParsedFields(search->m_parsed.root);
    if (search->matchesEverything())
        return std::shared_ptr<const CompiledSearch>(std::move(search));

    std::vector<const QueryNode *> regexNodes;
    collectRegexes(search->m_parsed.root, regexNodes);
    std::map<const QueryNode *, std::size_t> regexIds;
    for (std::size_t i = 0; i < regexNodes.size(); ++i)
        regexIds.emplace(regexNodes[i], i);
    Plan plan = planFor(search->m_parsed.root, regexIds);
    if (plan.usable && !plan.literals.empty()) {
        std::vector<const char *> expressions;
        std::vector<std::size_t> lengths;
        std::vector<unsigned> flags;
        std::vector<unsigned> ids;
        for (const auto &l : plan.literals) {
            expressions.push_back(l.data());
            lengths.push_back(l.size());
            flags.push_back(HS_FLAG_CASELESS);
            ids.push_back(static_cast<unsigned>(ids.size()));
        }
        hs_database_t *db = nullptr;
        hs_compile_error_t *error = nullptr;
        if (hs_compile_lit_multi(expressions.data(), flags.data(), ids.data(), lengths.data(),
                                 static_cast<unsigned>(expressions.size()), HS_MODE_BLOCK, nullptr,
                                 &db, &error)
            != HS_SUCCESS) {
            hs_free_compile_error(error);
            plan.usable = false; // no fast path: verify every line
        } else {
            search->m_database = db;
        }
    }
    if (plan.usable) {
        search->m_plan = true;
        search->m_literals = std::move(plan.literals);
        search->m_regexes = std::move(plan.regexes);
        if (search->m_literals.empty() && search->m_regexes.size() == 1) {
            search->m_provenRegex.assign(search->m_matcher->regexCount(), RegexVerdict::Unknown);
            search->m_provenRegex[search->m_regexes.front()] = RegexVerdict::Match;
        }
    }
    return std::shared_ptr<const CompiledSearch>(std::move(search));
}

bool CompiledSearch::verify(const RecordView &record, bool regexCandidate) const
{
    // A pure-regex plan's block scan already proved the regex on this line: do not scan it again.
    if (regexCandidate && !m_provenRegex.empty())
        return m_matcher->matches(record, m_provenRegex);
    return m_matcher->matches(record);
}

bool CompiledSearch::candidates(const FileView &view, std::uint64_t firstLine,
                                std::uint64_t lastLine, std::vector<std::uint32_t> &out,
                                const std::atomic_bool *cancel) const
{
    if (firstLine >= lastLine)
        return true;
    const std::uint64_t begin = view.start(firstLine);
    const std::uint64_t end = byteStart(view, lastLine);
    const std::string_view bytes = view.buffer->bytes().substr(begin, end - begin);
    int sources = 0;
    if (m_database) {
        ++sources;
        hs_scratch_t *scratch = nullptr;
        if (hs_alloc_scratch(static_cast<hs_database_t *>(m_database), &scratch) != HS_SUCCESS)
            return false;
        ScanContext context;
        context.view = &view;
        context.base = begin;
        const FileView::Position first = view.locate(firstLine);
        context.block = first.blockIndex;
        context.index = first.index;
        context.out = &out;
        // Hyperscan takes 32-bit lengths: scan in slices cut at line ends.
        std::uint64_t at = 0;
        while (at < bytes.size()) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                break;
            std::uint64_t stop = std::min<std::uint64_t>(bytes.size(), at + (1u << 30));
            if (stop < bytes.size()) {
                const auto nl = bytes.rfind('\n', static_cast<std::size_t>(stop - 1));
                stop = nl == std::string_view::npos || nl < at ? stop : nl + 1;
            }
            context.base = begin + at;
            hs_scan(static_cast<hs_database_t *>(m_database), bytes.data() + at,
                    static_cast<unsigned>(stop - at), 0, scratch, &onLiteral, &context);
            at = stop;
        }
        hs_free_scratch(scratch);
    }
    for (const std::size_t regex : m_regexes) {
        ++sources;
        m_matcher->scanRegexBlock(regex, bytes, [&](std::size_t line) {
            out.push_back(static_cast<std::uint32_t>(firstLine + line));
        });
    }
    if (sources > 1) {
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
    }
    return !(cancel && cancel->load(std::memory_order_relaxed));
}

// --- findMatches --------------------------------------------------------------------------

std::optional<MatchSet> findMatches(const std::vector<std::shared_ptr<const FileView>> &files,
                                    const CompiledSearch &search, std::int64_t fromMs,
                                    std::int64_t toMs, const Parallel &parallel,
                                    const std::atomic_bool *cancel)
{
    MatchSet result(files.size());
    std::vector<Part> parts;
    for (std::size_t f = 0; f < files.size(); ++f) {
        const FileView &v = *files[f];
        result[f].file = files[f];
        if (v.lines == 0 || v.maxTs < fromMs || v.minTs >= toMs)
            continue;
        std::uint64_t lo = 0;
        std::uint64_t hi = v.lines;
        if (v.sorted) {
            lo = v.lowerBoundTs(fromMs);
            hi = v.lowerBoundTs(toMs);
            if (search.matchesEverything()) {
                result[f].range = true;
                result[f].lo = lo;
                result[f].hi = hi;
                continue;
            }
        }
        if (lo >= hi)
            continue;
        // Parts of about kPartBytes, cut at lines, so two threads share one big file.
        const std::uint64_t begin = v.start(lo);
        const std::uint64_t span = byteStart(v, hi) - begin;
        const std::uint64_t count = std::max<std::uint64_t>(1, span / kPartBytes);
        std::uint64_t first = lo;
        for (std::uint64_t k = 1; k <= count; ++k) {
            std::uint64_t last = k == count
                                     ? hi
                                     : std::max(first, v.lineContaining(begin + span * k / count));
            if (last > first) {
                parts.push_back(Part{f, first, last, {}});
                first = last;
            }
        }
    }

    const bool useCandidates = search.hasPlan() && !search.matchesEverything();
    parallel(parts.size(), [&](std::size_t p) {
        Part &part = parts[p];
        const FileView &v = *files[part.file];
        // Regex block scans read "\r" as part of the line: verify every line of a CRLF file
        // instead.
        const bool scan = useCandidates && !(v.crlf && !search.regexes().empty());
        std::vector<std::uint32_t> candidates;
        if (scan && !search.candidates(v, part.first, part.last, candidates, cancel))
            return;
        const std::string_view source = v.path;
        FileView::Reader reader(v);
        auto check = [&](std::uint64_t line) {
            const FileView::Position at = reader.at(line);
            const std::int64_t ts = at.block->ts(at.index);
            if (ts < fromMs || ts >= toMs)
                return;
            if (!search.matchesEverything()) {
                std::uint64_t b = at.block->start(at.index);
                std::uint64_t e = std::min<std::uint64_t>(at.block->next(at.index),
                                                          v.buffer->size());
                const std::string_view bytes = v.buffer->bytes();
                if (e > b && bytes[e - 1] == '\n')
                    --e;
                if (e > b && bytes[e - 1] == '\r')
                    --e;
                const std::string_view text = bytes.substr(b, e - b);
                RecordView record;
                record.message = text;
                record.source = source;
                if (search.needsParse()) {
                    const ParsedLine &parsed = parseLine(text, search.nowMs());
                    record.host = parsed.host;
                    record.service = parsed.service;
                    record.level = parsed.level;
                    record.fields = &parsed.fields;
                    if (!search.verify(record, scan))
                        return;
                } else if (!search.verify(record, scan)) {
                    return;
                }
            }
            part.lines.push_back(static_cast<std::uint32_t>(line));
        };
        if (scan) {
            for (std::size_t i = 0; i < candidates.size(); ++i) {
                if ((i % kCancelEvery) == 0 && cancel && cancel->load(std::memory_order_relaxed))
                    return;
                check(candidates[i]);
            }
        } else {
            for (std::uint64_t line = part.first; line < part.last; ++line) {
                if (((line - part.first) % kCancelEvery) == 0 && cancel
                    && cancel->load(std::memory_order_relaxed))
                    return;
                check(line);
            }
        }
    });
    if (cancel && cancel->load(std::memory_order_relaxed))
        return std::nullopt;

    for (Part &part : parts) {
        auto &lines = result[part.file].lines;
        if (lines.empty())
            lines = std::move(part.lines);
        else
            lines.insert(lines.end(), part.lines.begin(), part.lines.end());
    }
    for (MatchList &list : result) {
        if (list.range || list.file->sorted || list.lines.size() < 2)
            continue;
        // Out-of-order file: the list must follow time for the merge and the cursor.
        std::vector<std::pair<std::int64_t, std::uint32_t>> keyed;
        keyed.reserve(list.lines.size());
        FileView::Reader reader(*list.file);
        for (const std::uint32_t line : list.lines) {
            const auto at = reader.at(line);
            keyed.emplace_back(at.block->ts(at.index), line);
        }
        std::sort(keyed.begin(), keyed.end());
        for (std::size_t i = 0; i < keyed.size(); ++i)
            list.lines[i] = keyed[i].second;
    }
    return result;
}

std::uint64_t totalOf(const MatchSet &matches)
{
    std::uint64_t total = 0;
    for (const auto &list : matches)
        total += list.size();
    return total;
}

// --- merging --------------------------------------------------------------------------------

namespace {

MergeKey keyOf(const MatchList &list, std::uint64_t i)
{
    const FileView &v = *list.file;
    const auto at = v.locate(list.line(i));
    return MergeKey{at.block->ts(at.index), v.slot, at.block->start(at.index)};
}

} // namespace

std::vector<Hit> mergePage(const MatchSet &matches, const std::optional<MergeKey> &before,
                           std::size_t limit, bool &more)
{
    struct Head
    {
        MergeKey key;
        std::size_t list = 0;
        std::uint64_t pos = 0; ///< the head is element pos - 1
        bool operator<(const Head &other) const { return key < other.key; }
    };
    std::priority_queue<Head> heap;
    for (std::size_t l = 0; l < matches.size(); ++l) {
        const MatchList &list = matches[l];
        std::uint64_t pos = list.size();
        if (before) {
            // Elements [0, pos) are older than the cursor.
            std::uint64_t lo = 0;
            std::uint64_t hi = list.size();
            while (lo < hi) {
                const std::uint64_t mid = lo + (hi - lo) / 2;
                if (keyOf(list, mid) < *before)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            pos = lo;
        }
        if (pos > 0)
            heap.push(Head{keyOf(list, pos - 1), l, pos});
    }
    std::vector<Hit> page;
    page.reserve(std::min<std::size_t>(limit, 4096));
    while (!heap.empty() && page.size() < limit) {
        Head head = heap.top();
        heap.pop();
        const MatchList &list = matches[head.list];
        page.push_back(Hit{list.file.get(), list.line(head.pos - 1), head.key});
        if (--head.pos > 0) {
            head.key = keyOf(list, head.pos - 1);
            heap.push(head);
        }
    }
    more = !heap.empty();
    return page;
}

std::vector<std::uint64_t> histogram(const MatchSet &matches, std::int64_t fromMs,
                                     std::int64_t toMs, int buckets, std::int64_t &bucketMs)
{
    bucketMs = 0;
    if (buckets <= 0 || toMs <= fromMs)
        return {};
    const std::int64_t span = toMs - fromMs;
    bucketMs = std::max<std::int64_t>(1, (span + buckets - 1) / buckets);
    std::vector<std::uint64_t> counts(static_cast<std::size_t>((span + bucketMs - 1) / bucketMs),
                                      0);
    auto bucketOf = [&](std::int64_t ts) {
        return std::min(counts.size() - 1, static_cast<std::size_t>((ts - fromMs) / bucketMs));
    };
    for (const MatchList &list : matches) {
        const FileView &v = *list.file;
        if (list.size() == 0)
            continue;
        if (list.range) {
            // A sorted file: bucket borders by binary search instead of a walk over every line.
            std::uint64_t at = list.lo;
            for (std::size_t b = 0; b < counts.size() && at < list.hi; ++b) {
                const std::int64_t border = fromMs + static_cast<std::int64_t>(b + 1) * bucketMs;
                const std::uint64_t end = std::clamp(v.lowerBoundTs(border), at, list.hi);
                counts[b] += end - at;
                at = end;
            }
            continue;
        }
        if (v.sorted) {
            FileView::Reader reader(v);
            for (const std::uint32_t line : list.lines) {
                const auto p = reader.at(line);
                ++counts[bucketOf(p.block->ts(p.index))];
            }
        } else {
            for (const std::uint32_t line : list.lines)
                ++counts[bucketOf(v.ts(line))];
        }
    }
    return counts;
}

} // namespace OpsDeck::Logs::RawFile
