// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

/**
 * \file
 * Evaluates a parsed query on log records: the verification step after the
 * index has narrowed the candidates, and the live-tail filter.
 *
 * \code
 * using namespace OpsDeck::Logs;
 * auto compiled = Matcher::compile(parsed.root);        // once per query
 * const Matcher &matcher = std::get<Matcher>(compiled);
 * RecordView record{message, host, service, source, level, &fields};
 * if (matcher.matches(record)) { ... }                  // from any thread
 *
 * // One Hyperscan scan over a block of '\n'-separated messages:
 * matcher.scanRegexBlock(0, blockText, [&](std::size_t line) { hits.add(line); });
 * \endcode
 */

#include <opsdeck/logs/query.h>
#include <opsdeck/logs/record.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

namespace OpsDeck::Logs {

/** One record as the matcher sees it; nothing is copied. */
struct RecordView
{
    std::string_view message;
    std::string_view host;
    std::string_view service;
    std::string_view source;
    Level level = Level::Unknown;
    const std::vector<Field> *fields = nullptr; ///< extracted fields; nullptr = none
};

/** What the caller already knows about one regex node on the record at hand. */
enum class RegexVerdict : std::uint8_t { Unknown, Match, NoMatch };

namespace Detail {
struct CompiledQuery;
}

/**
 * A compiled query. Compiling builds the Hyperscan databases; afterwards a
 * Matcher is immutable and every const member may be called from many
 * threads at once (each thread keeps its own Hyperscan scratch space).
 * Copies are cheap and share the compiled state.
 */
class Matcher
{
public:
    /**
     * Compiles \a root (any tree, normalised or not). Fails only for a regex
     * Hyperscan cannot build (Code::InvalidRegex, e.g. "Pattern is too large").
     */
    static std::variant<Matcher, QueryError> compile(const QueryNode &root);

    /** True when the query matches \a record. No allocation. */
    bool matches(const RecordView &record) const;

    /**
     * As matches(), but regex node i (see collectRegexes()) is taken from
     * \a verdicts[i] when that is Match or NoMatch, so a store that has
     * already block-scanned the regexes does not scan each line again.
     * Missing or Unknown entries are scanned as usual.
     */
    bool matches(const RecordView &record, std::span<const RegexVerdict> verdicts) const;

    /** True for the empty query: every record matches. */
    bool matchesEverything() const;

    /** Number of Regex nodes; ids are 0..regexCount()-1 in collectRegexes() order. */
    std::size_t regexCount() const;

    /** True when regex \a regexId matches somewhere in \a text (one line or a whole message). */
    bool regexMatches(std::size_t regexId, std::string_view text) const;

    /**
     * Runs regex \a regexId over \a block, a buffer of messages separated by
     * '\n' (a final '\n' does not start another line), with one Hyperscan scan
     * for the whole block, and calls \a onMatch(lineIndex) once for every
     * line where regexMatches() would be true, in increasing order. A match
     * that would only exist across a line break is not reported. onMatch is
     * called after scanning, so it may itself use this Matcher.
     */
    template<typename F>
    void scanRegexBlock(std::size_t regexId, std::string_view block, F &&onMatch) const
    {
        using Fn = std::remove_reference_t<F>;
        scanRegexBlockImpl(regexId, block,
                           [](void *context, std::size_t line) { (*static_cast<Fn *>(context))(line); },
                           const_cast<void *>(static_cast<const void *>(std::addressof(onMatch))));
    }

private:
    using LineCallback = void (*)(void *context, std::size_t line);
    void scanRegexBlockImpl(std::size_t regexId, std::string_view block, LineCallback callback,
                            void *context) const;

    explicit Matcher(std::shared_ptr<const Detail::CompiledQuery> compiled);
    std::shared_ptr<const Detail::CompiledQuery> m_compiled;
};

/**
 * Appends the Regex nodes of \a root to \a out in pre-order (the order of
 * their ids in a Matcher compiled from \a root).
 */
void collectRegexes(const QueryNode &root, std::vector<const QueryNode *> &out);

} // namespace OpsDeck::Logs
