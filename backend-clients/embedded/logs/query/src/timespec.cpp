// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "timespec_p.h"

#include <cstdio>

namespace OpsDeck::Logs::Detail {

namespace {

constexpr std::int64_t kDayMs = 86'400'000;

// Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian, UTC).
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2 ? 1 : 0;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

void civilFromDays(std::int64_t z, std::int64_t &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2 ? 1 : 0;
}

bool isLeap(std::int64_t y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

unsigned daysInMonth(std::int64_t y, unsigned m)
{
    static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

/** Reads exactly \a count digits at \a pos. */
bool digits(std::string_view s, std::size_t &pos, std::size_t count, int &value)
{
    if (pos + count > s.size())
        return false;
    value = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const char c = s[pos + i];
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    pos += count;
    return true;
}

bool expect(std::string_view s, std::size_t &pos, char c)
{
    if (pos < s.size() && s[pos] == c) {
        ++pos;
        return true;
    }
    return false;
}

} // namespace

std::optional<std::int64_t> parseDuration(std::string_view text)
{
    if (text.empty())
        return std::nullopt;
    std::int64_t total = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        std::int64_t n = 0;
        const std::size_t start = i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
            n = n * 10 + (text[i] - '0');
            if (n > kMaxDurationMs)
                return std::nullopt;
            ++i;
        }
        if (i == start || i >= text.size())
            return std::nullopt;
        std::int64_t unit = 0;
        switch (text[i]) {
        case 's': unit = 1000; break;
        case 'm': unit = 60'000; break;
        case 'h': unit = 3'600'000; break;
        case 'd': unit = kDayMs; break;
        case 'w': unit = 7 * kDayMs; break;
        default: return std::nullopt;
        }
        ++i;
        if (n > kMaxDurationMs / unit)
            return std::nullopt;
        total += n * unit;
        if (total > kMaxDurationMs)
            return std::nullopt;
    }
    return total;
}

std::optional<std::int64_t> parseTimestamp(std::string_view s)
{
    std::size_t pos = 0;
    int year = 0, month = 0, day = 0;
    if (!digits(s, pos, 4, year) || !expect(s, pos, '-') || !digits(s, pos, 2, month)
        || !expect(s, pos, '-') || !digits(s, pos, 2, day))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1
        || static_cast<unsigned>(day) > daysInMonth(year, static_cast<unsigned>(month)))
        return std::nullopt;
    std::int64_t ms = daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) * kDayMs;
    if (pos == s.size())
        return ms; // a bare date: midnight UTC

    if (!(expect(s, pos, 'T') || expect(s, pos, 't')))
        return std::nullopt;
    int hour = 0, minute = 0, second = 0;
    if (!digits(s, pos, 2, hour) || !expect(s, pos, ':') || !digits(s, pos, 2, minute))
        return std::nullopt;
    if (expect(s, pos, ':') && !digits(s, pos, 2, second))
        return std::nullopt;
    // 60 is a leap second; it reads as the last millisecond of the minute's end.
    if (hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    int millis = 0;
    if (expect(s, pos, '.')) {
        const std::size_t start = pos;
        int scale = 100;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
            millis += (s[pos] - '0') * scale;
            scale /= 10;
            ++pos;
        }
        if (pos == start)
            return std::nullopt;
    }
    ms += ((hour * 60LL + minute) * 60LL + (second == 60 ? 59 : second)) * 1000 + (second == 60 ? 999 : millis);

    // Without an offset the time is UTC, as with opsctl's --since.
    if (pos == s.size())
        return ms;
    if (expect(s, pos, 'Z') || expect(s, pos, 'z'))
        return pos == s.size() ? std::optional<std::int64_t>(ms) : std::nullopt;
    const bool plus = pos < s.size() && s[pos] == '+';
    if (!(expect(s, pos, '+') || expect(s, pos, '-')))
        return std::nullopt;
    int offH = 0, offM = 0;
    if (!digits(s, pos, 2, offH) || !expect(s, pos, ':') || !digits(s, pos, 2, offM) || offH > 23
        || offM > 59 || pos != s.size())
        return std::nullopt;
    const std::int64_t offset = (offH * 60LL + offM) * 60'000;
    return plus ? ms - offset : ms + offset;
}

std::string formatTimestamp(std::int64_t ms)
{
    std::int64_t days = ms / kDayMs;
    std::int64_t rest = ms % kDayMs;
    if (rest < 0) {
        rest += kDayMs;
        --days;
    }
    std::int64_t y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(days, y, m, d);
    const auto secs = rest / 1000;
    const auto millis = rest % 1000;
    char buf[64];
    if (millis != 0)
        std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02lld:%02lld:%02lld.%03lldZ", static_cast<long long>(y),
                      m, d, static_cast<long long>(secs / 3600), static_cast<long long>(secs / 60 % 60),
                      static_cast<long long>(secs % 60), static_cast<long long>(millis));
    else
        std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02lld:%02lld:%02lldZ", static_cast<long long>(y), m, d,
                      static_cast<long long>(secs / 3600), static_cast<long long>(secs / 60 % 60),
                      static_cast<long long>(secs % 60));
    return buf;
}

} // namespace OpsDeck::Logs::Detail
