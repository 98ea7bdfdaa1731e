// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "lineindex.h"

#include <opsdeck/logs/matcher.h>
#include <opsdeck/logs/query.h>

#include <functional>
#include <optional>
#include <variant>

namespace OpsDeck::Logs::RawFile {

/** Runs task(0..n-1), possibly on several threads, and returns when all ran. */
using Parallel = std::function<void(std::size_t n, const std::function<void(std::size_t)> &task)>;

/**
 * A query ready to run over raw files: the parse tree, its Matcher, and the
 * candidate plan. The plan is a set of literals (and /regex/ nodes) of which
 * every matching line must contain at least one, so one Hyperscan scan over
 * the mapped bytes finds the candidate lines and the Matcher only verifies
 * those (klogg's approach). A query without such a set (only NOT, fields or
 * levels) verifies every line in the range.
 */
class CompiledSearch
{
public:
    ~CompiledSearch();
    CompiledSearch(const CompiledSearch &) = delete;
    CompiledSearch &operator=(const CompiledSearch &) = delete;

    static std::variant<std::shared_ptr<const CompiledSearch>, QueryError> compile(
        std::string_view text, std::int64_t nowMs);

    const ParsedQuery &parsed() const { return m_parsed; }
    const Matcher &matcher() const { return *m_matcher; }
    bool matchesEverything() const { return m_matcher->matchesEverything(); }
    /** The query reads host, service, level or extracted fields: lines must be parsed to verify. */
    bool needsParse() const { return m_needsParse; }
    /** The candidate literals (index keys, lowercase) and regex ids; empty when there is no plan.
     */
    const std::vector<std::string> &literals() const { return m_literals; }
    const std::vector<std::size_t> &regexes() const { return m_regexes; }
    bool hasPlan() const { return m_plan; }
    /** The reference time the query was parsed with (for year-less stamps and relative times). */
    std::int64_t nowMs() const { return m_nowMs; }
    /** True when \a record matches (with the regex verdict of a pure-regex plan applied). */
    bool verify(const RecordView &record, bool regexCandidate) const;

    /** Candidate lines of \a view in [firstLine, lastLine), ascending. False when cancelled. */
    bool candidates(const FileView &view, std::uint64_t firstLine, std::uint64_t lastLine,
                    std::vector<std::uint32_t> &out, const std::atomic_bool *cancel) const;

private:
    CompiledSearch() = default;
    ParsedQuery m_parsed;
    std::optional<Matcher> m_matcher;
    std::int64_t m_nowMs = 0;
    bool m_needsParse = false;
    bool m_plan = false;
    std::vector<std::string> m_literals;
    std::vector<std::size_t> m_regexes;
    std::vector<RegexVerdict> m_provenRegex; ///< verdicts for candidates of a pure-regex plan
    void *m_database = nullptr;              ///< hs_database_t of the literals (caseless)
};

/** The matches of one file, in (time, line) order. */
struct MatchList
{
    std::shared_ptr<const FileView> file;
    bool range = false; ///< every line in [lo, hi) (a sorted file, empty query)
    std::uint64_t lo = 0;
    std::uint64_t hi = 0;
    std::vector<std::uint32_t> lines; ///< otherwise

    std::uint64_t size() const { return range ? hi - lo : lines.size(); }
    std::uint64_t line(std::uint64_t i) const
    {
        return range ? lo + i : lines[static_cast<std::size_t>(i)];
    }
    std::size_t memoryBytes() const { return lines.capacity() * sizeof(std::uint32_t); }
};

using MatchSet = std::vector<MatchList>;

/**
 * Every line of \a files that \a search matches with a time in [fromMs, toMs).
 * Work is split into parts of a few tens of MB, run through \a parallel.
 * Returns nullopt when cancelled.
 */
std::optional<MatchSet> findMatches(const std::vector<std::shared_ptr<const FileView>> &files,
                                    const CompiledSearch &search, std::int64_t fromMs,
                                    std::int64_t toMs, const Parallel &parallel,
                                    const std::atomic_bool *cancel);

/** A position in the merged order: newest first by (time, file slot, byte offset). */
struct MergeKey
{
    std::int64_t ts = 0;
    int slot = 0;
    std::uint64_t offset = 0;
    friend auto operator<=>(const MergeKey &, const MergeKey &) = default;
};

struct Hit
{
    const FileView *file = nullptr;
    std::uint64_t line = 0;
    MergeKey key;
};

/**
 * Up to \a limit matches older than \a before (all when nullopt), newest
 * first: a k-way merge over the files' match lists. \a more says whether
 * older matches remain.
 */
std::vector<Hit> mergePage(const MatchSet &matches, const std::optional<MergeKey> &before,
                           std::size_t limit, bool &more);

/** Matches per bucket of [fromMs, toMs) (about \a buckets of them, oldest first). */
std::vector<std::uint64_t> histogram(const MatchSet &matches, std::int64_t fromMs,
                                     std::int64_t toMs, int buckets, std::int64_t &bucketMs);

std::uint64_t totalOf(const MatchSet &matches);

} // namespace OpsDeck::Logs::RawFile
