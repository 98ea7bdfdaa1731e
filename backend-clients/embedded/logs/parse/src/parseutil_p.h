// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Byte-level helpers shared by the line parser and the syslog wire parser:
// calendar arithmetic, the timestamp grammars both need, and level words.
// Everything here is bounds-checked against the string_view it is given, so
// a truncated timestamp at the end of a buffer fails instead of reading past it.

#include "opsdeck/logs/record.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace OpsDeck::Logs::Detail {

inline constexpr std::int64_t kMsPerDay = 86'400'000;

constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

constexpr bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

constexpr bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}

constexpr bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

/// True when s[pos, pos+count) exists and is all digits.
constexpr bool digitsAt(std::string_view s, std::size_t pos, std::size_t count)
{
    if (pos > s.size() || s.size() - pos < count)
        return false;
    for (std::size_t i = 0; i < count; ++i) {
        if (!isDigit(s[pos + i]))
            return false;
    }
    return true;
}

/// The value of \a count digits at \a pos; the caller checked them with digitsAt().
constexpr int digitsValue(std::string_view s, std::size_t pos, std::size_t count)
{
    int v = 0;
    for (std::size_t i = 0; i < count; ++i)
        v = v * 10 + (s[pos + i] - '0');
    return v;
}

/// Reads 1..maxCount digits at \a pos into \a value; returns how many were read.
constexpr std::size_t readDigits(std::string_view s, std::size_t pos, std::size_t maxCount, int &value)
{
    std::size_t n = 0;
    value = 0;
    while (n < maxCount && pos + n < s.size() && isDigit(s[pos + n])) {
        value = value * 10 + (s[pos + n] - '0');
        ++n;
    }
    return n;
}

constexpr bool isLeapYear(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

constexpr int daysInMonth(int y, int m)
{
    constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeapYear(y) ? 29 : kDays[m - 1];
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
constexpr std::int64_t daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<std::int64_t>(era) * 146097 + doe - 719468;
}

/// The year (UTC) that \a ms falls in.
int yearOf(std::int64_t ms);

struct DateTime
{
    int year = 0;
    int month = 0;
    int day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int millis = 0;
    int offsetMinutes = 0; ///< east of UTC; subtracted to get UTC
};

/// Milliseconds since the epoch, or kNoTime when a field is out of range
/// (month 13, Feb 30, hour 24...). Years outside 1900..2999 are refused:
/// no log line is from then, and it keeps "12345-..." noise out.
std::int64_t toEpochMs(const DateTime &dt);

/**
 * Resolves year-less timestamps (syslog "Jun 14 15:16:01", Android, Proxifier,
 * glog) against a reference time: the reference's year, unless that puts the
 * stamp more than a day after the reference, then the year before. Feb 29 in a
 * non-leap year walks back to the previous leap year. The year is chosen by
 * comparing month/day/time with a precomputed key: one date computation per line.
 */
class YearGuesser
{
public:
    explicit YearGuesser(std::int64_t nowMs);
    /// From the values of an earlier YearGuesser(nowMs) (LineParser keeps them).
    YearGuesser(int nowYear, std::int64_t limitKey)
        : m_limitKey(limitKey)
        , m_year(nowYear)
    {
    }
    std::int64_t resolve(DateTime dt) const;

    int nowYear() const { return m_year; }
    std::int64_t limitKey() const { return m_limitKey; }

private:
    std::int64_t m_limitKey; ///< key of now + 1 day within now's year (max if that is next year)
    int m_year;
};

/// "Jan".."Dec" (any case) at \a pos → 1..12, else 0.
int monthFromName(std::string_view s, std::size_t pos);

/// Reads a fraction of a second (the digits after '.' or ','); returns digits consumed.
std::size_t readFraction(std::string_view s, std::size_t pos, int &millis);

/**
 * RFC 3339 / ISO 8601 at \a pos: `YYYY-MM-DD[T ]HH:MM[:SS[.,frac]][Z|±hh[:mm]|±hhmm]`,
 * also with '/' between the date parts (Go, nginx error log), and " +hhmm"
 * after a space. Returns the end position (> pos) or 0 when there is none.
 */
std::size_t parseIso(std::string_view s, std::size_t pos, std::int64_t &ms);

/// Syslog `Mmm dd HH:MM:SS[.frac]` (day space-padded or not) at \a pos.
std::size_t parseSyslogTime(std::string_view s, std::size_t pos, const YearGuesser &years,
                            std::int64_t &ms);

/// Epoch numbers (JSON members, logfmt values): seconds (optionally with a
/// fraction), milliseconds, microseconds or nanoseconds told apart by size.
bool epochNumberToMs(std::string_view text, std::int64_t &ms);

/// The level a word names (trace, debug, info, notice, warn(ing), err(or),
/// crit(ical), fatal, severe, alert, emerg, panic ... any case), else Unknown.
Level levelFromWord(std::string_view word);

/// Single-letter levels of Android logcat and glog: V D I W E F A.
Level levelFromLetter(char c);

/// ASCII case-insensitive equality.
constexpr bool equalsNoCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i];
        char y = b[i];
        if (x >= 'A' && x <= 'Z')
            x = static_cast<char>(x + ('a' - 'A'));
        if (y >= 'A' && y <= 'Z')
            y = static_cast<char>(y + ('a' - 'A'));
        if (x != y)
            return false;
    }
    return true;
}

inline std::size_t skipSpaces(std::string_view s, std::size_t p)
{
    while (p < s.size() && isSpace(s[p]))
        ++p;
    return p;
}

inline std::size_t tokenEnd(std::string_view s, std::size_t p)
{
    while (p < s.size() && !isSpace(s[p]))
        ++p;
    return p;
}

// tokenEnd() that gives up after \a max bytes (returns p + max + 1 then), so a
// 1 MB line without spaces costs nothing in a matcher wanting a short column.
inline std::size_t shortTokenEnd(std::string_view s, std::size_t p, std::size_t max)
{
    const std::size_t start = p;
    while (p < s.size() && !isSpace(s[p])) {
        if (p - start > max)
            return p;
        ++p;
    }
    return p;
}

inline bool allDigits(std::string_view t)
{
    if (t.empty())
        return false;
    for (const char c : t) {
        if (!isDigit(c))
            return false;
    }
    return true;
}

inline bool allUpper(std::string_view t)
{
    for (const char c : t) {
        if (!isUpper(c))
            return false;
    }
    return true;
}

inline bool hasChar(std::string_view t, char c)
{
    return t.find(c) != std::string_view::npos;
}

} // namespace OpsDeck::Logs::Detail
