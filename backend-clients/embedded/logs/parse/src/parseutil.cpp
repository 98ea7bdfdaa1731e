// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "parseutil_p.h"

#include <limits>

namespace OpsDeck::Logs::Detail {

namespace {

struct Civil
{
    int year;
    int month;
    int day;
};

// civil_from_days, Howard Hinnant.
Civil civilFromDays(std::int64_t days)
{
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const std::int64_t doe = days - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const std::int64_t day = doy - (153 * mp + 2) / 5 + 1;
    const std::int64_t month = mp < 10 ? mp + 3 : mp - 9;
    return {static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0)), static_cast<int>(month),
            static_cast<int>(day)};
}

std::int64_t floorDays(std::int64_t ms)
{
    std::int64_t days = ms / kMsPerDay;
    if (ms % kMsPerDay < 0)
        --days;
    return days;
}

// Orders (month, day, time) within a year; second 60 (leap) included.
std::int64_t yearKey(int month, int day, int hour, int minute, int second, int millis)
{
    return ((((static_cast<std::int64_t>(month) * 32 + day) * 24 + hour) * 60 + minute) * 61 + second)
               * 1000
           + millis;
}

} // namespace

int yearOf(std::int64_t ms)
{
    return civilFromDays(floorDays(ms)).year;
}

std::int64_t toEpochMs(const DateTime &dt)
{
    if (dt.year < 1900 || dt.year > 2999 || dt.month < 1 || dt.month > 12 || dt.day < 1
        || dt.day > daysInMonth(dt.year, dt.month) || dt.hour < 0 || dt.hour > 23
        || dt.minute < 0 || dt.minute > 59 || dt.second < 0 || dt.second > 60 || dt.millis < 0
        || dt.millis > 999 || dt.offsetMinutes < -24 * 60 || dt.offsetMinutes > 24 * 60)
        return kNoTime;
    const std::int64_t days = daysFromCivil(dt.year, dt.month, dt.day);
    const std::int64_t seconds = days * 86400 + dt.hour * 3600 + dt.minute * 60 + dt.second
                                 - static_cast<std::int64_t>(dt.offsetMinutes) * 60;
    return seconds * 1000 + dt.millis;
}

YearGuesser::YearGuesser(std::int64_t nowMs)
    : m_limitKey(0)
    , m_year(yearOf(nowMs))
{
    const std::int64_t limit = nowMs + kMsPerDay;
    const std::int64_t days = floorDays(limit);
    const Civil c = civilFromDays(days);
    if (c.year > m_year) {
        m_limitKey = std::numeric_limits<std::int64_t>::max(); // every date of now's year is early enough
    } else {
        const std::int64_t msOfDay = limit - days * kMsPerDay;
        const int seconds = static_cast<int>(msOfDay / 1000);
        m_limitKey = yearKey(c.month, c.day, seconds / 3600, seconds / 60 % 60, seconds % 60,
                             static_cast<int>(msOfDay % 1000));
    }
}

std::int64_t YearGuesser::resolve(DateTime dt) const
{
    const std::int64_t key = yearKey(dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.millis);
    dt.year = key <= m_limitKey ? m_year : m_year - 1;
    const std::int64_t ms = toEpochMs(dt);
    if (ms != kNoTime || !(dt.month == 2 && dt.day == 29))
        return ms;
    // Feb 29 of a common year: the last leap year before it (eight years
    // back always reach one, 2100 not being leap).
    for (int year = dt.year - 1; year >= m_year - 8; --year) {
        if (isLeapYear(year)) {
            dt.year = year;
            return toEpochMs(dt);
        }
    }
    return kNoTime;
}

int monthFromName(std::string_view s, std::size_t pos)
{
    if (pos > s.size() || s.size() - pos < 3)
        return 0;
    const auto lower = [](char c) { return static_cast<char>(c | 0x20); };
    const char a = lower(s[pos]);
    const char b = lower(s[pos + 1]);
    const char c = lower(s[pos + 2]);
    switch (a) {
    case 'j':
        if (b == 'a' && c == 'n')
            return 1;
        if (b == 'u' && c == 'n')
            return 6;
        if (b == 'u' && c == 'l')
            return 7;
        return 0;
    case 'f':
        return b == 'e' && c == 'b' ? 2 : 0;
    case 'm':
        if (b == 'a' && c == 'r')
            return 3;
        if (b == 'a' && c == 'y')
            return 5;
        return 0;
    case 'a':
        if (b == 'p' && c == 'r')
            return 4;
        if (b == 'u' && c == 'g')
            return 8;
        return 0;
    case 's':
        return b == 'e' && c == 'p' ? 9 : 0;
    case 'o':
        return b == 'c' && c == 't' ? 10 : 0;
    case 'n':
        return b == 'o' && c == 'v' ? 11 : 0;
    case 'd':
        return b == 'e' && c == 'c' ? 12 : 0;
    default:
        return 0;
    }
}

std::size_t readFraction(std::string_view s, std::size_t pos, int &millis)
{
    std::size_t n = 0;
    int ms = 0;
    while (pos + n < s.size() && isDigit(s[pos + n])) {
        if (n < 3)
            ms = ms * 10 + (s[pos + n] - '0');
        ++n;
    }
    if (n == 0)
        return 0;
    for (std::size_t k = n; k < 3; ++k)
        ms *= 10;
    millis = ms;
    return n;
}

namespace {

// ±hh[:mm] / ±hhmm at pos. With \a needMinutes (after a space) a bare "±hh"
// is not taken: " -12 " is far more often text than a zone.
std::size_t parseOffset(std::string_view s, std::size_t pos, bool needMinutes, int &minutes)
{
    if (pos >= s.size() || (s[pos] != '+' && s[pos] != '-'))
        return 0;
    const int sign = s[pos] == '-' ? -1 : 1;
    std::size_t p = pos + 1;
    if (!digitsAt(s, p, 2))
        return 0;
    const int hh = digitsValue(s, p, 2);
    p += 2;
    int mm = 0;
    if (p < s.size() && s[p] == ':' && digitsAt(s, p + 1, 2)) {
        mm = digitsValue(s, p + 1, 2);
        p += 3;
    } else if (digitsAt(s, p, 2)) {
        mm = digitsValue(s, p, 2);
        p += 2;
    } else if (needMinutes) {
        return 0;
    }
    if (p < s.size() && isDigit(s[p]))
        return 0;
    if (hh > 23 || mm > 59)
        return 0;
    minutes = sign * (hh * 60 + mm);
    return p;
}

} // namespace

std::size_t parseIso(std::string_view s, std::size_t pos, std::int64_t &ms)
{
    if (!digitsAt(s, pos, 4) || pos + 4 >= s.size())
        return 0;
    const char sep = s[pos + 4];
    if (sep != '-' && sep != '/')
        return 0;
    DateTime dt;
    dt.year = digitsValue(s, pos, 4);
    std::size_t p = pos + 5;
    if (!digitsAt(s, p, 2) || p + 2 >= s.size() || s[p + 2] != sep)
        return 0;
    dt.month = digitsValue(s, p, 2);
    p += 3;
    if (!digitsAt(s, p, 2) || p + 2 >= s.size())
        return 0;
    dt.day = digitsValue(s, p, 2);
    p += 2;
    if (s[p] != 'T' && s[p] != 't' && s[p] != ' ')
        return 0;
    ++p;
    if (!digitsAt(s, p, 2) || p + 2 >= s.size() || s[p + 2] != ':' || !digitsAt(s, p + 3, 2))
        return 0;
    dt.hour = digitsValue(s, p, 2);
    dt.minute = digitsValue(s, p + 3, 2);
    p += 5;
    if (p < s.size() && s[p] == ':' && digitsAt(s, p + 1, 2)) {
        dt.second = digitsValue(s, p + 1, 2);
        p += 3;
        if (p < s.size() && (s[p] == '.' || s[p] == ',')) {
            const std::size_t n = readFraction(s, p + 1, dt.millis);
            if (n > 0)
                p += 1 + n;
        }
    }
    if (p < s.size()) {
        const char c = s[p];
        if (c == 'Z' || c == 'z') {
            ++p;
        } else if (c == '+' || c == '-') {
            if (const std::size_t q = parseOffset(s, p, false, dt.offsetMinutes))
                p = q;
        } else if (c == ' ' && p + 1 < s.size() && (s[p + 1] == '+' || s[p + 1] == '-')) {
            if (const std::size_t q = parseOffset(s, p + 1, true, dt.offsetMinutes))
                p = q;
        }
    }
    const std::int64_t value = toEpochMs(dt);
    if (value == kNoTime)
        return 0;
    ms = value;
    return p;
}

std::size_t parseSyslogTime(std::string_view s, std::size_t pos, const YearGuesser &years,
                            std::int64_t &ms)
{
    DateTime dt;
    dt.month = monthFromName(s, pos);
    if (dt.month == 0)
        return 0;
    std::size_t p = pos + 3;
    if (p >= s.size() || s[p] != ' ')
        return 0;
    ++p;
    if (p < s.size() && s[p] == ' ')
        ++p;
    const std::size_t nd = readDigits(s, p, 2, dt.day);
    if (nd == 0)
        return 0;
    p += nd;
    if (p >= s.size() || s[p] != ' ')
        return 0;
    ++p;
    if (!digitsAt(s, p, 2) || p + 2 >= s.size() || s[p + 2] != ':' || !digitsAt(s, p + 3, 2)
        || p + 5 >= s.size() || s[p + 5] != ':' || !digitsAt(s, p + 6, 2))
        return 0;
    dt.hour = digitsValue(s, p, 2);
    dt.minute = digitsValue(s, p + 3, 2);
    dt.second = digitsValue(s, p + 6, 2);
    p += 8;
    if (p < s.size() && s[p] == '.') {
        const std::size_t n = readFraction(s, p + 1, dt.millis);
        if (n > 0)
            p += 1 + n;
    }
    const std::int64_t value = years.resolve(dt);
    if (value == kNoTime)
        return 0;
    ms = value;
    return p;
}

bool epochNumberToMs(std::string_view text, std::int64_t &ms)
{
    std::size_t i = 0;
    std::uint64_t whole = 0;
    while (i < text.size() && isDigit(text[i])) {
        if (i >= 19)
            return false;
        whole = whole * 10 + static_cast<std::uint64_t>(text[i] - '0');
        ++i;
    }
    const std::size_t intDigits = i;
    int millis = 0;
    if (i < text.size() && text[i] == '.') {
        const std::size_t n = readFraction(text, i + 1, millis);
        if (n == 0)
            return false;
        i += 1 + n;
    }
    if (i != text.size() || intDigits == 0)
        return false;
    std::uint64_t result = 0;
    if (intDigits <= 11)
        result = whole * 1000 + static_cast<std::uint64_t>(millis); // seconds
    else if (intDigits <= 14)
        result = whole; // milliseconds
    else if (intDigits <= 17)
        result = whole / 1000; // microseconds
    else
        result = whole / 1000000; // nanoseconds
    // Before March 1973 or after 2999 it is a counter or a duration, not a time.
    if (result < 100'000'000'000ULL || result > 32'503'680'000'000ULL)
        return false;
    ms = static_cast<std::int64_t>(result);
    return true;
}

Level levelFromWord(std::string_view w)
{
    if (w.size() < 3 || w.size() > 13)
        return Level::Unknown;
    switch (w[0] | 0x20) { // every level word starts with one of these
    case 'a': case 'c': case 'd': case 'e': case 'f': case 'i': case 'n':
    case 'p': case 's': case 't': case 'v': case 'w':
        break;
    default:
        return Level::Unknown;
    }
    char buf[13];
    for (std::size_t i = 0; i < w.size(); ++i) {
        const char c = w[i];
        if (!isAlpha(c))
            return Level::Unknown;
        buf[i] = static_cast<char>(c | 0x20);
    }
    const std::string_view l(buf, w.size());
    switch (l.size()) {
    case 3:
        if (l == "err")
            return Level::Error;
        if (l == "dbg")
            return Level::Debug;
        if (l == "inf")
            return Level::Info;
        if (l == "wrn")
            return Level::Warning;
        if (l == "ftl" || l == "crt")
            return Level::Critical;
        if (l == "vrb" || l == "trc")
            return Level::Trace;
        return Level::Unknown;
    case 4:
        if (l == "info")
            return Level::Info;
        if (l == "warn")
            return Level::Warning;
        if (l == "crit")
            return Level::Critical;
        return Level::Unknown;
    case 5:
        if (l == "error")
            return Level::Error;
        if (l == "debug")
            return Level::Debug;
        if (l == "trace")
            return Level::Trace;
        if (l == "fatal" || l == "alert" || l == "emerg" || l == "panic")
            return Level::Critical;
        return Level::Unknown;
    case 6:
        if (l == "notice")
            return Level::Notice;
        // java.util.logging's SEVERE is its error level (it has nothing above).
        if (l == "severe")
            return Level::Error;
        return Level::Unknown;
    case 7:
        if (l == "warning")
            return Level::Warning;
        if (l == "verbose")
            return Level::Trace;
        return Level::Unknown;
    case 8:
        return l == "critical" ? Level::Critical : Level::Unknown;
    case 9:
        return l == "emergency" ? Level::Critical : Level::Unknown;
    case 11:
        return l == "information" ? Level::Info : Level::Unknown;
    case 13:
        return l == "informational" ? Level::Info : Level::Unknown;
    default:
        return Level::Unknown;
    }
}

Level levelFromLetter(char c)
{
    switch (c) {
    case 'V':
        return Level::Trace;
    case 'D':
        return Level::Debug;
    case 'I':
        return Level::Info;
    case 'W':
        return Level::Warning;
    case 'E':
        return Level::Error;
    case 'F':
    case 'A':
        return Level::Critical;
    default:
        return Level::Unknown;
    }
}

} // namespace OpsDeck::Logs::Detail
