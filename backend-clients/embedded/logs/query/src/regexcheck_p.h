// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

struct hs_database;
struct hs_scratch;

namespace OpsDeck::Logs::Detail {

/**
 * Checks \a pattern as the matcher will compile it (Hyperscan syntax, ^ and $
 * at line ends, /i caseless); false with Hyperscan's \a message if invalid.
 * Cheap: no database is built.
 */
bool checkRegex(std::string_view pattern, bool caseless, std::string &message);

/**
 * One /regex/ compiled twice: a single-match database for one text, and one
 * reporting every match for block scans (absent for patterns anchored on the
 * data, \A \z \Z, which block scans run line by line).
 */
class CompiledRegex
{
public:
    /** nullptr and \a message when Hyperscan refuses the pattern. */
    static std::unique_ptr<CompiledRegex> build(std::string_view pattern, bool caseless, std::string &message);
    ~CompiledRegex();
    CompiledRegex(const CompiledRegex &) = delete;
    CompiledRegex &operator=(const CompiledRegex &) = delete;

    /** Makes \a scratch fit both databases (it only ever grows). */
    bool fitScratch(hs_scratch *&scratch) const;

    bool matches(std::string_view text, hs_scratch *scratch) const;

    /** Appends the indexes of the '\n'-separated lines of \a block that match, in order. */
    void scanBlock(std::string_view block, hs_scratch *scratch, std::vector<std::uint32_t> &lines) const;

private:
    CompiledRegex() = default;
    void scanLines(std::string_view block, std::span<const std::size_t> starts, hs_scratch *scratch,
                   std::vector<std::uint32_t> &lines) const;

    hs_database *m_single = nullptr;
    hs_database *m_block = nullptr;  ///< may be null
    bool m_blockExact = false;       ///< no match can span a '\n': block hits need no verification
    bool m_ordered = true;           ///< matches arrive by end offset: a scan may stop early
};

/**
 * The calling thread's Hyperscan scratch, grown to fit every database of the
 * compiled query with serial \a serial (remembered per thread, so the common
 * case is a lookup, not an hs_alloc_scratch call).
 */
hs_scratch *threadScratch(std::uint64_t serial, std::span<const std::unique_ptr<CompiledRegex>> regexes);

} // namespace OpsDeck::Logs::Detail
