// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

/**
 * \file
 * Joins continuation lines (stack traces, wrapped messages) into the record
 * they belong to, for sources configured with a multi-line rule.
 *
 * \code
 * OpsDeck::Logs::MultilineJoiner joiner(OpsDeck::Logs::MultilineJoiner::Rule::Indent);
 * for (std::string_view line : lines)
 *     joiner.push(line, [&](std::string_view record) { ingest(record); });
 * joiner.flush([&](std::string_view record) { ingest(record); });   // at end of input / idle
 * \endcode
 */

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace OpsDeck::Logs {

class MultilineJoiner
{
public:
    enum class Rule {
        None,   ///< every line is a record
        Indent, ///< a line starting with a space or a tab continues the previous record
    };
    /// Receives a finished record; the view is valid only during the call.
    using Callback = std::function<void(std::string_view record)>;

    /// A joined record never grows past this: one runaway stack trace must
    /// not eat memory. The line that would cross it starts a new record.
    static constexpr std::size_t kMaxRecordBytes = std::size_t{1} << 20;

    explicit MultilineJoiner(Rule rule = Rule::None);

    Rule rule() const { return m_rule; }

    /// Adds one line (without its terminator). Emits the previous record once
    /// \a line shows it is complete; with Rule::None emits \a line at once.
    void push(std::string_view line, const Callback &emit);

    /// Emits the record still being joined, if any (end of input, or the
    /// source went quiet: a live tail should flush after a short idle time).
    void flush(const Callback &emit);

    /// True when a record is waiting for flush().
    bool hasPending() const { return m_pending; }

private:
    Rule m_rule;
    bool m_pending = false;
    std::string m_record; ///< reused across records
};

} // namespace OpsDeck::Logs
