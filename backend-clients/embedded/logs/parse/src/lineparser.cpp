// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/logs/lineparser.h"

#include "fields_p.h"
#include "formats_p.h"
#include "parseutil_p.h"

#include "opsdeck/logs/tokenizer.h"

#include <cstring>

namespace OpsDeck::Logs {

using namespace Detail;

void ParsedLine::clear()
{
    timestampMs = kNoTime;
    level = Level::Unknown;
    host = {};
    service = {};
    format = {};
    truncateFields(0);
}

namespace {
// Strings up to this size live inside std::string (no heap buffer to keep).
const std::size_t kInlineCapacity = std::string().capacity();
} // namespace

Field &ParsedLine::addField(std::string_view key, std::string_view value)
{
    if ((key.size() > kInlineCapacity || value.size() > kInlineCapacity) && !m_spare.empty()) {
        // A long value: reuse a spare field's heap buffers instead of allocating.
        fields.push_back(std::move(m_spare.back()));
        m_spare.pop_back();
    } else {
        fields.emplace_back();
    }
    Field &field = fields.back();
    field.key.assign(key);
    field.value.assign(value);
    return field;
}

void ParsedLine::truncateFields(std::size_t count)
{
    while (fields.size() > count) {
        Field &field = fields.back();
        // Only heap buffers are worth keeping; short strings cost nothing to rebuild.
        if (field.key.capacity() > kInlineCapacity || field.value.capacity() > kInlineCapacity)
            m_spare.push_back(std::move(field));
        fields.pop_back();
    }
}

namespace {

// Level words are looked for this far after the timestamp (or the line start).
constexpr std::size_t kLevelWindow = 64;
constexpr std::size_t kMaxTagLength = 128;

// --- what follows the timestamp ------------------------------------------

bool isHostChar(char c)
{
    return isAlpha(c) || isDigit(c) || c == '.' || c == '-' || c == '_' || c == ':' || c == '/'
           || c == '@';
}

bool isTagChar(char c)
{
    return c != ' ' && c != '\t' && c != '[' && c != ':' && c != '(';
}

/**
 * "host tag[pid]: msg", "tag[pid]: msg", "host tag: msg", "host/host tag(x)[pid]: msg",
 * "host sandboxd[129] ([31211]): msg", "host Microsoft Word[14463]: msg".
 * Sets host and service when \a m has none yet; returns where the message
 * starts, or npos when \a strict and it is not clearly a syslog header.
 */
std::size_t parseSyslogHeader(std::string_view s, std::size_t p, bool strict, Match &m)
{
    constexpr std::size_t npos = std::string_view::npos;
    const std::size_t n = s.size();
    std::size_t q = skipSpaces(s, p);
    if (q >= n || (strict && q == p))
        return npos;
    const std::size_t aEnd = tokenEnd(s, q);
    const std::string_view tokenA = s.substr(q, aEnd - q);
    std::string_view host;
    if (tokenA.back() != ':') {
        if (!isAlpha(tokenA[0]) && !isDigit(tokenA[0]))
            return strict ? npos : q;
        for (const char c : tokenA) {
            if (!isHostChar(c) || (strict && isUpper(c)))
                return strict ? npos : q;
        }
        if (strict && (allDigits(tokenA) || levelFromWord(tokenA) != Level::Unknown))
            return npos;
        host = tokenA;
        q = skipSpaces(s, aEnd);
        if (q >= n)
            return strict ? npos : q;
    }
    const std::size_t tagStart = q;
    std::size_t tagEnd = q;
    while (tagEnd < n && tagEnd - tagStart < kMaxTagLength && isTagChar(s[tagEnd]))
        ++tagEnd;
    // A tag with spaces ("Microsoft Word[14463]:") when a "[pid]:" follows the words.
    if (tagEnd < n && s[tagEnd] == ' ') {
        std::size_t k = tagEnd;
        while (k < n && k - tagStart < 48 && (isAlpha(s[k]) || isDigit(s[k]) || s[k] == ' '))
            ++k;
        if (k < n && s[k] == '[' && k + 1 < n && isDigit(s[k + 1]) && s[k - 1] != ' ')
            tagEnd = k;
    }
    std::size_t k = tagEnd;
    bool pid = false;
    if (k < n && s[k] == '(') { // sshd(pam_unix)
        const std::size_t close = s.substr(k, 64).find(')');
        if (close != npos)
            k += close + 1;
    }
    if (k < n && s[k] == '[') {
        std::size_t d = k + 1;
        while (d < n && isDigit(s[d]))
            ++d;
        if (d < n && s[d] == ']' && d > k + 1) {
            k = d + 1;
            pid = true;
        }
    }
    if (k + 1 < n && s[k] == ' ' && s[k + 1] == '(') { // launchd[1] (com.apple...):
        const std::size_t close = s.substr(k, kMaxTagLength).find("):");
        if (close != npos)
            k += close + 1;
    }
    std::size_t message = npos;
    if (k < n && s[k] == ':' && (k + 1 == n || s[k + 1] == ' '))
        message = k + 1 < n ? k + 2 : n;
    std::string_view tag = s.substr(tagStart, tagEnd - tagStart);
    if (strict) {
        if (message == npos || tag.empty() || levelFromWord(tag) != Level::Unknown
            || (!pid && host.empty()))
            return npos;
        for (const char c : tag) {
            if (!pid && isUpper(c))
                return npos;
        }
    }
    if (message == npos)
        message = tag.empty() ? tagStart : tagEnd;
    if (const std::size_t slash = tag.rfind('/'); slash != npos && slash + 1 < tag.size())
        tag.remove_prefix(slash + 1); // "/usr/sbin/cron" is "cron"
    if (const std::size_t slash = host.find('/'); slash != npos && slash > 0)
        host = host.substr(0, slash); // Thunderbird's "dn228/dn228"
    if (m.host.empty())
        m.host = host;
    if (m.service.empty())
        m.service = tag;
    return message;
}

bool isOpenBracket(char c)
{
    return c == '[' || c == '<' || c == '(';
}

bool isCloseBracket(char c)
{
    return c == ']' || c == '>' || c == ')';
}

// The message's first word as a level: "error: ...", "[warn] ...", "ERROR ...".
Level levelAtMessageStart(std::string_view s, std::size_t p)
{
    p = skipSpaces(s, p);
    if (p >= s.size())
        return Level::Unknown;
    const bool bracketed = isOpenBracket(s[p]);
    const std::size_t a = bracketed ? p + 1 : p;
    std::size_t b = a;
    while (b < s.size() && b - a < 14 && isAlpha(s[b]))
        ++b;
    const Level level = levelFromWord(s.substr(a, b - a));
    if (level == Level::Unknown)
        return level;
    const char next = b < s.size() ? s[b] : ' ';
    if (bracketed ? isCloseBracket(next) : (next == ':' || (isSpace(next) && b - a >= 4 && allUpper(s.substr(a, b - a)))))
        return level;
    return Level::Unknown;
}

bool isLoggerChar(char c)
{
    return isAlpha(c) || isDigit(c) || c == '_' || c == '.' || c == '$' || c == '-';
}

// After "INFO": an optional "[thread]", then a dotted logger name ending in
// ':' ("dfs.DataNode$PacketResponder:") or followed by " [" / " - "
// (OpenStack's "nova.osapi_compute.wsgi.server [req-...").
std::string_view loggerAfterLevel(std::string_view s, std::size_t p)
{
    const std::size_t n = s.size();
    if (p < n && isCloseBracket(s[p]))
        ++p;
    if (p >= n || !isSpace(s[p]))
        return {};
    p = skipSpaces(s, p);
    if (p < n && s[p] == '[') {
        const std::size_t close = s.substr(p, kMaxTagLength).find(']');
        if (close == std::string_view::npos)
            return {};
        p = skipSpaces(s, p + close + 1);
    }
    const std::size_t start = p;
    while (p < n && p - start <= kMaxTagLength && isLoggerChar(s[p]))
        ++p;
    const std::string_view name = s.substr(start, p - start);
    if (name.size() < 3 || name.size() > kMaxTagLength || !hasChar(name, '.') || name.front() == '.')
        return {};
    const std::string_view after = s.substr(p, 3);
    if ((after.size() == 1 && after[0] == ':') || after.substr(0, 2) == ": " || after.substr(0, 2) == " ["
        || after == " - ")
        return name;
    return {};
}

/**
 * The level word near the start of the line. Conservative, so that "error"
 * in free text is not taken: a level word counts when it is the first word
 * after the timestamp (numbers like a pid and punctuation skipped), or when,
 * within 64 bytes of the timestamp, it is bracketed ("[notice]", "<warn>") or
 * written in capitals ("[main] INFO", "- name - ERROR -").
 */
void scanLevel(std::string_view s, std::size_t from, Match &m)
{
    const std::size_t n = s.size();
    const std::size_t limit = std::min(n, from + kLevelWindow);
    std::size_t p = from;
    // The first word that is not a number, in any case.
    while (p < limit) {
        while (p < limit && !isTokenByte(s[p]))
            ++p;
        const std::size_t a = p;
        while (p < n && isTokenByte(s[p]))
            ++p;
        if (a >= limit)
            return;
        const std::string_view token = s.substr(a, p - a);
        if (allDigits(token))
            continue;
        if (token.size() >= 3 && token.size() <= 13 && isAlpha(token[0])) {
            const char prev = a == 0 ? ' ' : s[a - 1];
            const char next = p == n ? ' ' : s[p];
            const bool prevOk = a == 0 || isSpace(prev) || isOpenBracket(prev) || prev == '|';
            const bool nextOk = p == n || isSpace(next) || isCloseBracket(next) || next == ':'
                                || next == '|' || next == ',' || next == ';';
            if (prevOk && nextOk) {
                const Level level = levelFromWord(token);
                if (level != Level::Unknown) {
                    m.level = level;
                    if (m.service.empty())
                        m.service = loggerAfterLevel(s, p);
                    return;
                }
            }
        }
        break;
    }
    // Then only "[word]"-style brackets and capitalised words can count: look
    // at the bytes that can start one instead of splitting every token.
    const std::size_t windowEnd = std::min(n, from + kLevelWindow);
    while (p < windowEnd) {
        const char c = s[p];
        if (isOpenBracket(c)) {
            const std::size_t a = p + 1;
            std::size_t b = a;
            while (b < n && b - a <= 13 && isAlpha(s[b]))
                ++b;
            if (b < n && b - a >= 3 && isCloseBracket(s[b])) {
                const Level level = levelFromWord(s.substr(a, b - a));
                if (level != Level::Unknown) {
                    m.level = level;
                    return;
                }
            }
            ++p;
        } else if (isUpper(c)) {
            const char prev = p == 0 ? ' ' : s[p - 1];
            const std::size_t a = p;
            while (p < n && p - a <= 13 && isUpper(s[p]))
                ++p;
            if (p - a >= 4 && (isSpace(prev) || prev == '|')) {
                const char next = p == n ? ' ' : s[p];
                if (p == n || isSpace(next) || next == ':' || next == '|' || next == ',' || next == ';') {
                    const Level level = levelFromWord(s.substr(a, p - a));
                    if (level != Level::Unknown) {
                        m.level = level;
                        if (m.service.empty())
                            m.service = loggerAfterLevel(s, p);
                        return;
                    }
                }
            }
            while (p < n && isTokenByte(s[p])) // rest of the word ("ERRORS", "INFO_X")
                ++p;
        } else {
            ++p;
        }
    }
}

} // namespace

LineParser::LineParser(Options options)
{
    setNow(options.nowMs);
}

void LineParser::setNow(std::int64_t nowMs)
{
    const YearGuesser years(nowMs);
    m_nowMs = nowMs;
    m_nowYear = years.nowYear();
    m_yearLimitKey = years.limitKey();
}

bool LineParser::parse(std::string_view line, ParsedLine &out)
{
    out.clear();
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);

    const std::size_t lead = skipSpaces(line, 0);
    if (lead < line.size() && line[lead] == '{'
        && parseJsonObject(line, lead, out, m_keyPrefix)) {
        out.format = "json";
        applyKnownFields(out, 0, true);
        return out.timestampMs != kNoTime;
    }

    const YearGuesser years(m_nowYear, m_yearLimitKey);
    Match m;
    const std::uint32_t candidates = candidateFormats(line.empty() ? '\0' : line.front());
    bool matched = (candidates >> m_lastFormat & 1U) != 0 && tryFormat(m_lastFormat, line, years, m);
    for (std::uint8_t f = 0; !matched && f < kFormatCount; ++f) {
        if (f == m_lastFormat || (candidates >> f & 1U) == 0)
            continue;
        m = Match{};
        if (tryFormat(f, line, years, m)) {
            m_lastFormat = f;
            matched = true;
        }
    }
    if (!matched)
        m = Match{};

    std::size_t message = std::string_view::npos;
    if (m.header != Header::None)
        message = parseSyslogHeader(line, m.rest, m.header == Header::SyslogStrict, m);
    if (!m.levelKnown) {
        if (message != std::string_view::npos)
            m.level = levelAtMessageStart(line, message);
        else
            scanLevel(line, m.rest, m);
        // logcat "brief": "E/Tag( 123): msg"
        if (m.level == Level::Unknown && !matched && line.size() > 2 && line[1] == '/'
            && isUpper(line[0]))
            m.level = levelFromLetter(line[0]);
    }

    out.timestampMs = m.ts;
    out.level = m.level;
    out.host = m.host;
    out.service = m.service;
    out.format = m.name;

    // JSON after a syslog header ("... app[1]: {"level":"warn",...}").
    if (message != std::string_view::npos && message < line.size() && line[message] == '{'
        && parseJsonObject(line, message, out, m_keyPrefix)) {
        applyKnownFields(out, 0, true);
    } else if (!line.empty() && std::memchr(line.data(), '=', line.size()) != nullptr
               && parseLogfmt(line, out) > 0) {
        if (out.format.empty())
            out.format = "logfmt";
        applyKnownFields(out, 0, false);
    }
    return out.timestampMs != kNoTime;
}

} // namespace OpsDeck::Logs
