// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "regexcheck_p.h"

#include <hs/hs.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>

namespace OpsDeck::Logs::Detail {

namespace {

unsigned baseFlags(bool caseless)
{
    // MULTILINE: ^ and $ match at every line of a multi-line record, and at
    // the '\n' between messages of a block, so both scans agree. No UTF8:
    // messages may hold invalid UTF-8, which Hyperscan's UTF-8 mode forbids.
    return HS_FLAG_MULTILINE | (caseless ? HS_FLAG_CASELESS : 0u);
}

/** hs_compile wants a C string; a NUL typed into the query becomes \x00. */
std::string cPattern(std::string_view pattern)
{
    std::string out;
    out.reserve(pattern.size());
    for (const char c : pattern) {
        if (c == '\0')
            out += "\\x00";
        else
            out.push_back(c);
    }
    return out;
}

/** \A, \Z and \z anchor at the start or end of the scanned data: of a whole block, not a line. */
bool anchorsOnData(std::string_view pattern)
{
    for (std::size_t i = 0; i + 1 < pattern.size(); ++i) {
        if (pattern[i] != '\\')
            continue;
        const char n = pattern[i + 1];
        if (n == 'A' || n == 'Z' || n == 'z')
            return true;
        ++i; // skip the escaped character ("\\A" is a backslash and an A)
    }
    return false;
}

/**
 * False only when no match of \a pattern can contain a '\n' (conservative:
 * anything not understood counts as "may"). Then a hit in a block scan lies
 * inside one line and needs no verification.
 */
bool mayMatchNewline(std::string_view p)
{
    // Escapes that never match '\n': \w \d \S \h, zero-width \b \B \A \z \Z, \t \r \f \a \e.
    const auto safeEscape = [](char e) {
        if (!((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9')))
            return true; // an escaped punctuation character is itself
        return std::string_view("wdShbBAzZtrfae").find(e) != std::string_view::npos;
    };
    if (p.find('\n') != std::string_view::npos || p.find("(?#") != std::string_view::npos)
        return true;
    // Inline flags with 's' make '.' match '\n': "(?s)", "(?is:...)".
    for (std::size_t at = p.find("(?"); at != std::string_view::npos; at = p.find("(?", at + 2)) {
        for (std::size_t k = at + 2; k < p.size() && p[k] != ')' && p[k] != ':' && p[k] != '-'; ++k) {
            if (p[k] == 's')
                return true;
        }
    }
    for (std::size_t i = 0; i < p.size(); ++i) {
        const char c = p[i];
        if (c == '\\') {
            if (i + 1 >= p.size() || !safeEscape(p[i + 1]))
                return true;
            ++i;
            continue;
        }
        if (c != '[')
            continue;
        // A class: negated, POSIX-named, escaped or spanning 0x0A counts as "may".
        std::size_t k = i + 1;
        if (k < p.size() && p[k] == '^')
            return true;
        bool first = true;
        char previous = 0;
        enum class Prev : std::uint8_t { None, Literal, Escape } prev = Prev::None;
        for (; k < p.size() && (p[k] != ']' || first); ++k) {
            first = false;
            const char d = p[k];
            if (d == '\\') {
                if (k + 1 >= p.size() || !safeEscape(p[k + 1]))
                    return true;
                ++k;
                prev = Prev::Escape;
                continue;
            }
            if (d == '[' && k + 1 < p.size() && p[k + 1] == ':')
                return true;
            if (d == '-' && prev != Prev::None && k + 1 < p.size() && p[k + 1] != ']') {
                const auto lo = static_cast<unsigned char>(previous);
                const auto hi = static_cast<unsigned char>(p[k + 1]);
                if (prev == Prev::Escape || hi == '\\' || (lo <= '\n' && hi >= '\n'))
                    return true;
                ++k;
                prev = Prev::None;
                continue;
            }
            previous = d;
            prev = Prev::Literal;
        }
        i = k;
    }
    return false;
}

hs_database_t *compile(const std::string &pattern, unsigned flags, std::string *message)
{
    hs_database_t *db = nullptr;
    hs_compile_error_t *error = nullptr;
    if (hs_compile(pattern.c_str(), flags, HS_MODE_BLOCK, nullptr, &db, &error) != HS_SUCCESS) {
        if (message)
            *message = error && error->message ? error->message : "Hyperscan could not compile it";
        hs_free_compile_error(error);
        return nullptr;
    }
    return db;
}

int stopAtFirst(unsigned, unsigned long long, unsigned long long, unsigned, void *)
{
    return 1;
}

} // namespace

bool checkRegex(std::string_view pattern, bool caseless, std::string &message)
{
    const std::string c = cPattern(pattern);
    hs_expr_info_t *info = nullptr;
    hs_compile_error_t *error = nullptr;
    if (hs_expression_info(c.c_str(), baseFlags(caseless), &info, &error) != HS_SUCCESS) {
        message = error && error->message ? error->message : "Hyperscan rejected it";
        hs_free_compile_error(error);
        return false;
    }
    const bool empty = info->min_width == 0;
    std::free(info); // hs_expression_info allocates with the default allocator (malloc)
    if (empty) {
        message = "it can match empty text, so it would match every record";
        return false;
    }
    return true;
}

std::unique_ptr<CompiledRegex> CompiledRegex::build(std::string_view pattern, bool caseless,
                                                    std::string &message)
{
    const std::string c = cPattern(pattern);
    const unsigned flags = baseFlags(caseless);
    std::unique_ptr<CompiledRegex> regex(new CompiledRegex);
    regex->m_single = compile(c, flags | HS_FLAG_SINGLEMATCH, &message);
    if (!regex->m_single)
        return nullptr;

    hs_expr_info_t *info = nullptr;
    hs_compile_error_t *error = nullptr;
    if (hs_expression_info(c.c_str(), flags, &info, &error) == HS_SUCCESS) {
        regex->m_ordered = info->unordered_matches == 0;
        std::free(info);
    } else {
        hs_free_compile_error(error);
        regex->m_ordered = false;
    }
    if (anchorsOnData(pattern))
        return regex; // block scans go line by line
    // Without SINGLEMATCH, so that a scan can report the hit in every line.
    // (Start-of-match tracking would also tell hits inside a line from hits
    // spanning a '\n', but costs up to ten times the scan for patterns like
    // \d{3,}; verifying the few lines a "may span" pattern hits is cheaper.)
    regex->m_block = compile(c, flags, nullptr);
    regex->m_blockExact = !mayMatchNewline(pattern);
    return regex;
}

CompiledRegex::~CompiledRegex()
{
    hs_free_database(m_single);
    hs_free_database(m_block);
}

bool CompiledRegex::fitScratch(hs_scratch *&scratch) const
{
    if (hs_alloc_scratch(m_single, &scratch) != HS_SUCCESS)
        return false;
    return !m_block || hs_alloc_scratch(m_block, &scratch) == HS_SUCCESS;
}

bool CompiledRegex::matches(std::string_view text, hs_scratch *scratch) const
{
    if (!scratch)
        return false;
    return hs_scan(m_single, text.data(), static_cast<unsigned>(text.size()), 0, scratch, stopAtFirst, nullptr)
           == HS_SCAN_TERMINATED;
}

namespace {

enum LineState : std::uint8_t { kNone, kMatch, kVerify };

/** Where line \a i of \a block ends (its '\n' excluded, also for a final '\n'). */
std::size_t lineEnd(std::string_view block, std::span<const std::size_t> starts, std::size_t i)
{
    if (i + 1 < starts.size())
        return starts[i + 1] - 1;
    return block.back() == '\n' ? block.size() - 1 : block.size();
}

struct BlockScan
{
    std::string_view block;
    std::span<const std::size_t> starts; // line i is [starts[i], starts[i+1] - 1), the last up to block end
    std::vector<std::uint8_t> *states;
    bool exact;                          // no match can span a '\n': a hit is the line's
    bool stopEarly;
    std::size_t base = 0;                // offset of the scanned data in the block
    std::size_t hint = 0;
    std::size_t resumeLine = 0;          // where to restart after stopping early; 0 = done

    std::size_t lineOf(std::size_t offset)
    {
        if (hint < starts.size() && starts[hint] <= offset
            && (hint + 1 == starts.size() || offset < starts[hint + 1])) {
            return hint;
        }
        if (hint + 1 < starts.size() && starts[hint + 1] <= offset
            && (hint + 2 >= starts.size() || offset < starts[hint + 2])) {
            return ++hint;
        }
        hint = static_cast<std::size_t>(std::upper_bound(starts.begin(), starts.end(), offset) - starts.begin()) - 1;
        return hint;
    }
};

int onBlockMatch(unsigned, unsigned long long, unsigned long long to, unsigned, void *context)
{
    auto &scan = *static_cast<BlockScan *>(context);
    const std::size_t last = scan.base + static_cast<std::size_t>(to - 1);
    if (scan.block[last] == '\n')
        return 0; // ends on the separator: no single line holds this match
    const std::size_t line = scan.lineOf(last);
    auto &state = (*scan.states)[line];
    if (state == kMatch)
        return 0;
    state = scan.exact ? kMatch : kVerify;
    if (scan.stopEarly && line + 1 < scan.starts.size()) {
        // The line is settled (or will be verified): skip the rest of its
        // matches by restarting at the next line. Bounds callbacks for
        // patterns like /./ to one per line.
        scan.resumeLine = line + 1;
        return 1;
    }
    return 0;
}

} // namespace

void CompiledRegex::scanLines(std::string_view block, std::span<const std::size_t> starts, hs_scratch *scratch,
                              std::vector<std::uint32_t> &lines) const
{
    for (std::size_t i = 0; i < starts.size(); ++i) {
        const std::size_t end = lineEnd(block, starts, i);
        if (matches(block.substr(starts[i], end - starts[i]), scratch))
            lines.push_back(static_cast<std::uint32_t>(i));
    }
}

void CompiledRegex::scanBlock(std::string_view block, hs_scratch *scratch, std::vector<std::uint32_t> &lines) const
{
    if (block.empty() || !scratch)
        return;
    std::vector<std::size_t> starts;
    starts.reserve(block.size() / 64 + 1);
    starts.push_back(0);
    for (const char *p = block.data(), *end = block.data() + block.size();;) {
        const void *nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
        if (!nl)
            break;
        p = static_cast<const char *>(nl) + 1;
        if (p == end)
            break; // a final '\n' ends the last line; it does not start another
        starts.push_back(static_cast<std::size_t>(p - block.data()));
    }
    if (!m_block) {
        scanLines(block, starts, scratch, lines);
        return;
    }

    std::vector<std::uint8_t> states(starts.size(), kNone);
    BlockScan scan{block, starts, &states, m_blockExact, m_ordered};
    std::size_t line = 0;
    for (;;) {
        scan.base = starts[line];
        scan.hint = line;
        scan.resumeLine = 0;
        hs_scan(m_block, block.data() + scan.base, static_cast<unsigned>(block.size() - scan.base), 0, scratch,
                onBlockMatch, &scan);
        if (scan.resumeLine == 0)
            break;
        line = scan.resumeLine;
    }

    for (std::size_t i = 0; i < states.size(); ++i) {
        if (states[i] == kMatch) {
            lines.push_back(static_cast<std::uint32_t>(i));
        } else if (states[i] == kVerify) {
            const std::size_t end = lineEnd(block, starts, i);
            if (matches(block.substr(starts[i], end - starts[i]), scratch))
                lines.push_back(static_cast<std::uint32_t>(i));
        }
    }
}

namespace {

/** One thread's scratch, freed when the thread ends. */
struct ThreadScratch
{
    hs_scratch_t *scratch = nullptr;
    // Serials of compiled queries the scratch is known to fit. The scratch
    // only grows, so an entry never goes stale; a collision just costs one
    // more hs_alloc_scratch call.
    std::array<std::uint64_t, 32> fitted{};

    ~ThreadScratch()
    {
        if (scratch)
            hs_free_scratch(scratch);
    }
};

thread_local ThreadScratch t_scratch;

} // namespace

hs_scratch *threadScratch(std::uint64_t serial, std::span<const std::unique_ptr<CompiledRegex>> regexes)
{
    auto &slot = t_scratch.fitted[serial % t_scratch.fitted.size()];
    if (slot == serial && t_scratch.scratch)
        return t_scratch.scratch;
    for (const auto &regex : regexes) {
        if (!regex->fitScratch(t_scratch.scratch))
            return nullptr;
    }
    slot = serial;
    return t_scratch.scratch;
}

} // namespace OpsDeck::Logs::Detail
