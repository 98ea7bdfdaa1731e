// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "formats_p.h"

#include <algorithm>
#include <cstring>

namespace OpsDeck::Logs::Detail {

namespace {

constexpr std::size_t kMaxTagLength = 128;

// "HH:MM:SS" at p (two digits each).
bool hms(std::string_view s, std::size_t p, DateTime &dt)
{
    if (!digitsAt(s, p, 2) || p + 8 > s.size() || s[p + 2] != ':' || !digitsAt(s, p + 3, 2)
        || s[p + 5] != ':' || !digitsAt(s, p + 6, 2))
        return false;
    dt.hour = digitsValue(s, p, 2);
    dt.minute = digitsValue(s, p + 3, 2);
    dt.second = digitsValue(s, p + 6, 2);
    return true;
}

// --- the formats ---------------------------------------------------------

bool matchRfc3339(std::string_view s, Match &m)
{
    const bool bracket = !s.empty() && s[0] == '[';
    const std::size_t start = bracket ? 1 : 0;
    std::size_t end = parseIso(s, start, m.ts);
    if (end == 0)
        return false;
    if (bracket && end < s.size() && s[end] == ']')
        ++end;
    m.rest = end;
    m.header = bracket ? Header::None : Header::SyslogStrict;
    m.name = "rfc3339";
    return true;
}

bool matchSyslog(std::string_view s, const YearGuesser &years, Match &m)
{
    const std::size_t end = parseSyslogTime(s, 0, years, m.ts);
    if (end == 0)
        return false;
    m.rest = end;
    m.header = Header::Syslog;
    m.name = "syslog";
    return true;
}

// "03-17 16:13:38.811  1702  2395 D WindowManager: msg" (logcat threadtime)
// or "03-17 16:13:38.811 D/WindowManager( 1702): msg" (logcat time).
bool matchAndroid(std::string_view s, const YearGuesser &years, Match &m)
{
    if (!digitsAt(s, 0, 2) || s.size() < 14 || s[2] != '-' || !digitsAt(s, 3, 2) || s[5] != ' ')
        return false;
    DateTime dt;
    if (!hms(s, 6, dt))
        return false;
    dt.month = digitsValue(s, 0, 2);
    dt.day = digitsValue(s, 3, 2);
    std::size_t p = 14;
    if (p < s.size() && s[p] == '.') {
        const std::size_t n = readFraction(s, p + 1, dt.millis);
        if (n > 0)
            p += 1 + n;
    }
    m.ts = years.resolve(dt);
    if (m.ts == kNoTime)
        return false;
    m.name = "android";
    m.rest = p;
    std::size_t q = skipSpaces(s, p);
    std::size_t tagStart = std::string_view::npos;
    char letter = 0;
    if (q < s.size() && isDigit(s[q])) { // threadtime: pid tid L tag:
        q = skipSpaces(s, tokenEnd(s, q));
        if (q < s.size() && isDigit(s[q]))
            q = skipSpaces(s, tokenEnd(s, q));
        if (q + 2 < s.size() && isUpper(s[q]) && s[q + 1] == ' ') {
            letter = s[q];
            tagStart = q + 2;
        }
    } else if (q + 2 < s.size() && isUpper(s[q]) && s[q + 1] == '/') { // time: L/tag(pid):
        letter = s[q];
        tagStart = q + 2;
    }
    if (tagStart == std::string_view::npos || levelFromLetter(letter) == Level::Unknown)
        return true;
    m.level = levelFromLetter(letter);
    m.levelKnown = true;
    const std::size_t window = std::min(s.size() - tagStart, kMaxTagLength);
    const void *colon = std::memchr(s.data() + tagStart, ':', window);
    std::size_t tagEnd = colon ? static_cast<std::size_t>(static_cast<const char *>(colon) - s.data())
                               : tokenEnd(s, tagStart);
    m.rest = colon ? tagEnd + 1 : tagEnd;
    if (letter != 0 && s[tagStart - 1] == '/') {
        const std::size_t paren = s.substr(tagStart, tagEnd - tagStart).find('(');
        if (paren != std::string_view::npos)
            tagEnd = tagStart + paren;
    }
    while (tagEnd > tagStart && isSpace(s[tagEnd - 1]))
        --tagEnd;
    m.service = s.substr(tagStart, tagEnd - tagStart);
    return true;
}

int twoDigitYear(int yy)
{
    return yy < 70 ? 2000 + yy : 1900 + yy;
}

// "081109 203615 148 INFO dfs.DataNode$PacketResponder: ..."
bool matchHdfs(std::string_view s, Match &m)
{
    if (!digitsAt(s, 0, 6) || s.size() < 13 || s[6] != ' ' || !digitsAt(s, 7, 6)
        || (s.size() > 13 && !isSpace(s[13])))
        return false;
    DateTime dt;
    dt.year = twoDigitYear(digitsValue(s, 0, 2));
    dt.month = digitsValue(s, 2, 2);
    dt.day = digitsValue(s, 4, 2);
    dt.hour = digitsValue(s, 7, 2);
    dt.minute = digitsValue(s, 9, 2);
    dt.second = digitsValue(s, 11, 2);
    m.ts = toEpochMs(dt);
    if (m.ts == kNoTime)
        return false;
    m.rest = 13;
    m.name = "hdfs";
    return true;
}

// "17/06/09 20:10:40 INFO ..."
bool matchSpark(std::string_view s, Match &m)
{
    if (!digitsAt(s, 0, 2) || s.size() < 17 || s[2] != '/' || !digitsAt(s, 3, 2) || s[5] != '/'
        || !digitsAt(s, 6, 2) || s[8] != ' ')
        return false;
    DateTime dt;
    if (!hms(s, 9, dt))
        return false;
    dt.year = twoDigitYear(digitsValue(s, 0, 2));
    dt.month = digitsValue(s, 3, 2);
    dt.day = digitsValue(s, 6, 2);
    std::size_t p = 17;
    if (p < s.size() && (s[p] == '.' || s[p] == ',')) {
        const std::size_t n = readFraction(s, p + 1, dt.millis);
        if (n > 0)
            p += 1 + n;
    }
    m.ts = toEpochMs(dt);
    if (m.ts == kNoTime)
        return false;
    m.rest = p;
    m.name = "spark";
    return true;
}

// "20171223-22:15:29:606|Step_LSC|30002312|..." (fields not zero-padded:
// "20171224-1:2:35:789", and the last one is whole milliseconds: ":7:6" is 6 ms).
bool matchHealthApp(std::string_view s, Match &m)
{
    if (!digitsAt(s, 0, 8) || s.size() < 16 || s[8] != '-')
        return false;
    DateTime dt;
    dt.year = digitsValue(s, 0, 4);
    dt.month = digitsValue(s, 4, 2);
    dt.day = digitsValue(s, 6, 2);
    std::size_t p = 9;
    int *parts[] = {&dt.hour, &dt.minute, &dt.second, &dt.millis};
    for (int k = 0; k < 4; ++k) {
        const std::size_t n = readDigits(s, p, k == 3 ? 3 : 2, *parts[k]);
        if (n == 0)
            return false;
        p += n;
        const char want = k == 3 ? '|' : ':';
        if (p >= s.size() || s[p] != want)
            return false;
        ++p;
    }
    m.ts = toEpochMs(dt);
    if (m.ts == kNoTime)
        return false;
    const std::size_t window = std::min(s.size() - p, kMaxTagLength);
    if (const void *bar = std::memchr(s.data() + p, '|', window)) {
        const std::size_t end = static_cast<std::size_t>(static_cast<const char *>(bar) - s.data());
        m.service = s.substr(p, end - p);
        m.rest = end + 1;
    } else {
        m.rest = p;
    }
    m.name = "healthapp";
    return true;
}

// "[10.30 16:49:06] chrome.exe - proxy.cse.cuhk.edu.hk:5070 open through ..."
bool matchProxifier(std::string_view s, const YearGuesser &years, Match &m)
{
    if (s.size() < 16 || s[0] != '[' || !digitsAt(s, 1, 2) || s[3] != '.' || !digitsAt(s, 4, 2)
        || s[6] != ' ' || s[15] != ']')
        return false;
    DateTime dt;
    if (!hms(s, 7, dt))
        return false;
    dt.month = digitsValue(s, 1, 2);
    dt.day = digitsValue(s, 4, 2);
    m.ts = years.resolve(dt);
    if (m.ts == kNoTime)
        return false;
    m.rest = 16;
    const std::size_t p = skipSpaces(s, 16);
    const std::size_t e = tokenEnd(s, p);
    if (e > p && e - p <= 64 && p > 16)
        m.service = s.substr(p, e - p);
    m.name = "proxifier";
    return true;
}

// "[Sun Dec 04 04:47:44 2005] [notice] msg", also Apache 2.4's
// "[Wed Oct 11 14:32:52.123456 2000] [core:error] [pid 35708] msg".
bool matchApacheError(std::string_view s, Match &m)
{
    if (s.size() < 26 || s[0] != '[' || !isAlpha(s[1]) || !isAlpha(s[2]) || !isAlpha(s[3])
        || s[4] != ' ' || s[8] != ' ')
        return false;
    DateTime dt;
    dt.month = monthFromName(s, 5);
    if (dt.month == 0)
        return false;
    std::size_t p = 9;
    if (s[p] == ' ')
        ++p;
    const std::size_t nd = readDigits(s, p, 2, dt.day);
    if (nd == 0)
        return false;
    p += nd;
    if (p >= s.size() || s[p] != ' ' || !hms(s, p + 1, dt))
        return false;
    p += 9;
    if (p < s.size() && s[p] == '.') {
        const std::size_t n = readFraction(s, p + 1, dt.millis);
        if (n > 0)
            p += 1 + n;
    }
    if (p >= s.size() || s[p] != ' ' || !digitsAt(s, p + 1, 4) || p + 5 >= s.size()
        || s[p + 5] != ']')
        return false;
    dt.year = digitsValue(s, p + 1, 4);
    m.ts = toEpochMs(dt);
    if (m.ts == kNoTime)
        return false;
    m.rest = p + 6;
    m.name = "apache";
    // "[level]" or "[module:level]" right after the time.
    const std::size_t b = skipSpaces(s, m.rest);
    if (b < s.size() && s[b] == '[') {
        const std::size_t window = std::min(s.size() - b, std::size_t{48});
        if (const void *close = std::memchr(s.data() + b, ']', window)) {
            const std::size_t e = static_cast<std::size_t>(static_cast<const char *>(close) - s.data());
            std::string_view inside = s.substr(b + 1, e - b - 1);
            const std::size_t colon = inside.find(':');
            if (colon != std::string_view::npos) {
                const Level level = levelFromWord(inside.substr(colon + 1));
                if (level != Level::Unknown) {
                    m.service = inside.substr(0, colon);
                    inside = inside.substr(colon + 1);
                }
            }
            const Level level = levelFromWord(inside);
            if (level != Level::Unknown) {
                m.level = level;
                m.levelKnown = true;
                m.rest = e + 1;
            }
        }
    }
    return true;
}

// BGL:         "- 1117838570 2005.06.03 R02-M1-N0-C:J12-U11 2005-06-03-15.42.50.675872
//               R02-M1-N0-C:J12-U11 RAS KERNEL INFO msg"
// Thunderbird: "- 1131566461 2005.11.09 dn228 Nov 9 12:01:01 dn228/dn228 crond[2915]: msg"
// Both: alert label, epoch seconds, date, node; then either format's own columns.
bool matchBgl(std::string_view s, Match &m)
{
    const std::size_t labelEnd = shortTokenEnd(s, 0, 32);
    if (labelEnd == 0 || labelEnd > 32 || labelEnd + 24 > s.size() || s[labelEnd] != ' ')
        return false;
    std::size_t p = labelEnd + 1;
    if (!digitsAt(s, p, 10) || s[p + 10] != ' ' || !digitsAt(s, p + 11, 4) || s[p + 15] != '.'
        || !digitsAt(s, p + 16, 2) || s[p + 18] != '.' || !digitsAt(s, p + 19, 2))
        return false;
    std::int64_t seconds = 0;
    for (std::size_t k = 0; k < 10; ++k)
        seconds = seconds * 10 + (s[p + k] - '0');
    m.ts = seconds * 1000;
    p += 21;
    m.name = "bgl";
    m.rest = p;
    if (p >= s.size() || s[p] != ' ')
        return true;
    const std::size_t nodeStart = p + 1;
    const std::size_t nodeEnd = tokenEnd(s, nodeStart);
    if (nodeEnd == nodeStart)
        return true;
    m.host = s.substr(nodeStart, nodeEnd - nodeStart);
    m.rest = nodeEnd;
    p = nodeEnd + 1;
    if (p >= s.size())
        return true;
    if (monthFromName(s, p) != 0) {
        // Thunderbird: the syslog stamp repeats the epoch in local time; skip it
        // by shape (its date may not even be valid in the guessed year).
        std::size_t q = p + 3;
        while (q < s.size() && s[q] == ' ')
            ++q;
        q = tokenEnd(s, q); // day
        q = skipSpaces(s, q);
        DateTime ignored;
        if (hms(s, q, ignored)) {
            m.name = "thunderbird";
            m.rest = q + 8;
            m.header = Header::Syslog;
        }
        return true;
    }
    // BGL: YYYY-MM-DD-HH.MM.SS.ffffff node type component level
    if (digitsAt(s, p, 4) && p + 26 <= s.size() && s[p + 4] == '-' && s[p + 10] == '-') {
        if (digitsAt(s, p + 17, 2) && s[p + 19] == '.'
            && digitsValue(s, p + 17, 2) == static_cast<int>(seconds % 60)) {
            int millis = 0;
            if (readFraction(s, p + 20, millis) > 0)
                m.ts += millis; // same second as the epoch column: its fraction refines it
        }
        std::size_t columns[4][2] = {};
        std::size_t q = tokenEnd(s, p);
        for (auto &column : columns) {
            if (q >= s.size() || s[q] != ' ')
                return true;
            column[0] = q + 1;
            q = tokenEnd(s, q + 1);
            column[1] = q;
        }
        // columns: node, type (RAS), component (KERNEL), level (INFO)
        m.service = s.substr(columns[2][0], columns[2][1] - columns[2][0]);
        m.level = levelFromWord(s.substr(columns[3][0], columns[3][1] - columns[3][0]));
        m.levelKnown = true;
        m.rest = q;
    }
    return true;
}

// Epoch seconds (10 digits, optional fraction) or milliseconds (13) first.
bool matchEpoch(std::string_view s, Match &m)
{
    std::size_t n = 0;
    while (n < s.size() && n < 14 && isDigit(s[n]))
        ++n;
    if (n != 10 && n != 13)
        return false;
    std::int64_t value = 0;
    for (std::size_t k = 0; k < n; ++k)
        value = value * 10 + (s[k] - '0');
    std::size_t p = n;
    int millis = 0;
    if (n == 10 && p < s.size() && s[p] == '.') {
        const std::size_t f = readFraction(s, p + 1, millis);
        if (f > 0)
            p += 1 + f;
    }
    if (p < s.size() && (isAlpha(s[p]) || isDigit(s[p]) || s[p] == '.' || s[p] == '-' || s[p] == ':'))
        return false;
    m.ts = n == 10 ? value * 1000 + millis : value;
    m.rest = p;
    m.name = "epoch";
    return true;
}

// HPC: "134681 node-246 unix.hw state_change.unavailable 1077804742 1 msg"
bool matchHpc(std::string_view s, Match &m)
{
    std::size_t start[6] = {};
    std::size_t end[6] = {};
    std::size_t p = 0;
    if (s.empty() || !isDigit(s[0]))
        return false;
    for (int k = 0; k < 6; ++k) {
        start[k] = p;
        end[k] = shortTokenEnd(s, p, 64);
        if (end[k] == p || end[k] - p > 64 || (k == 0 && !allDigits(s.substr(p, end[k] - p))))
            return false;
        if (k < 5) {
            if (end[k] >= s.size() || s[end[k]] != ' ')
                return false;
            p = end[k] + 1;
        }
    }
    const auto column = [&](int k) { return s.substr(start[k], end[k] - start[k]); };
    const std::string_view epoch = column(4);
    std::string_view flag = column(5); // 1, 0 or -1
    if (!flag.empty() && flag.front() == '-')
        flag.remove_prefix(1);
    if (!allDigits(column(0)) || epoch.size() != 10 || !allDigits(epoch) || !allDigits(flag)
        || flag.size() > 3)
        return false;
    std::int64_t seconds = 0;
    for (const char c : epoch)
        seconds = seconds * 10 + (c - '0');
    m.ts = seconds * 1000;
    m.host = column(1);
    m.service = column(2);
    m.rest = end[5];
    m.name = "hpc";
    return true;
}

// glog / klog: "I0614 15:16:01.123456    1234 server.go:123] msg"
bool matchGlog(std::string_view s, const YearGuesser &years, Match &m)
{
    if (s.size() < 14 || levelFromLetter(s[0]) == Level::Unknown || !digitsAt(s, 1, 4) || s[5] != ' ')
        return false;
    DateTime dt;
    if (!hms(s, 6, dt))
        return false;
    dt.month = digitsValue(s, 1, 2);
    dt.day = digitsValue(s, 3, 2);
    std::size_t p = 14;
    if (p < s.size() && s[p] == '.') {
        const std::size_t n = readFraction(s, p + 1, dt.millis);
        if (n > 0)
            p += 1 + n;
    }
    m.ts = years.resolve(dt);
    if (m.ts == kNoTime)
        return false;
    m.level = levelFromLetter(s[0]);
    m.levelKnown = true;
    m.rest = p;
    m.name = "glog";
    return true;
}

// An ISO stamp as the second word: OpenStack's
// "nova-api.log.1.2017-05-16_13:53:08 2017-05-16 00:00:00.008 25746 INFO ...",
// or "ERROR 2024-05-01T10:00:00Z ...".
bool matchPrefixedIso(std::string_view s, Match &m)
{
    const std::size_t first = shortTokenEnd(s, 0, 128);
    if (first == 0 || first > 128 || first >= s.size())
        return false;
    const std::size_t p = skipSpaces(s, first);
    if (p - first > 4)
        return false;
    const std::size_t end = parseIso(s, p, m.ts);
    if (end == 0)
        return false;
    m.rest = end;
    m.header = Header::SyslogStrict;
    const std::string_view prefix = s.substr(0, first);
    m.name = prefix.find(".log") != std::string_view::npos ? "openstack" : "rfc3339";
    std::string_view word = prefix;
    if (word.size() > 2 && word.front() == '[' && word.back() == ']')
        word = word.substr(1, word.size() - 2);
    else if (!word.empty() && word.back() == ':')
        word.remove_suffix(1);
    if (const Level level = levelFromWord(word); level != Level::Unknown) {
        m.level = level; // "ERROR 2024-05-01T10:00:00Z ..."
        m.levelKnown = true;
        m.header = Header::None;
    }
    return true;
}

// Common/combined log format, anywhere early:
// '127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326'
bool matchClf(std::string_view s, Match &m)
{
    const std::size_t window = std::min(s.size(), std::size_t{200});
    std::size_t from = 0;
    while (from < window) {
        const void *hit = std::memchr(s.data() + from, '[', window - from);
        if (!hit)
            return false;
        const std::size_t b = static_cast<std::size_t>(static_cast<const char *>(hit) - s.data());
        from = b + 1;
        const std::size_t p = b + 1;
        if (!digitsAt(s, p, 2) || p + 20 > s.size() || s[p + 2] != '/' || s[p + 6] != '/'
            || !digitsAt(s, p + 7, 4) || s[p + 11] != ':')
            continue;
        DateTime dt;
        dt.day = digitsValue(s, p, 2);
        dt.month = monthFromName(s, p + 3);
        dt.year = digitsValue(s, p + 7, 4);
        if (dt.month == 0 || !hms(s, p + 12, dt))
            continue;
        std::size_t q = p + 20;
        if (q < s.size() && s[q] == '.') {
            const std::size_t n = readFraction(s, q + 1, dt.millis);
            if (n > 0)
                q += 1 + n;
        }
        if (q + 6 < s.size() && s[q] == ' ' && (s[q + 1] == '+' || s[q + 1] == '-')
            && digitsAt(s, q + 2, 4)) {
            const int hh = digitsValue(s, q + 2, 2);
            const int mm = digitsValue(s, q + 4, 2);
            if (hh > 23 || mm > 59)
                continue;
            dt.offsetMinutes = (s[q + 1] == '-' ? -1 : 1) * (hh * 60 + mm);
            q += 6;
        }
        if (q >= s.size() || s[q] != ']')
            continue;
        m.ts = toEpochMs(dt);
        if (m.ts == kNoTime)
            continue;
        m.rest = q + 1;
        m.name = "clf";
        return true;
    }
    return false;
}

constexpr std::uint32_t bit(Format f)
{
    return std::uint32_t{1} << f;
}

// Bgl's label, PrefixedIso's first word and Clf's search can start with anything.
constexpr std::uint32_t kAnyStart = bit(Bgl) | bit(PrefixedIso) | bit(Clf);
constexpr std::uint32_t kDigitStart = kAnyStart | bit(Rfc3339) | bit(Android) | bit(Hdfs) | bit(Spark)
                                      | bit(HealthApp) | bit(Epoch) | bit(Hpc);
constexpr std::uint32_t kBracketStart = kAnyStart | bit(Rfc3339) | bit(Proxifier) | bit(ApacheError);
constexpr std::uint32_t kLetterStart = kAnyStart | bit(Syslog) | bit(Glog);

} // namespace

std::uint32_t candidateFormats(char first)
{
    if (isDigit(first))
        return kDigitStart;
    if (isAlpha(first))
        return kLetterStart;
    if (first == '[')
        return kBracketStart;
    if (isSpace(first))
        return bit(Clf);
    return kAnyStart;
}

bool tryFormat(std::uint8_t format, std::string_view s, const YearGuesser &years, Match &m)
{
    switch (format) {
    case Rfc3339:
        return matchRfc3339(s, m);
    case Syslog:
        return matchSyslog(s, years, m);
    case Android:
        return matchAndroid(s, years, m);
    case Hdfs:
        return matchHdfs(s, m);
    case Spark:
        return matchSpark(s, m);
    case HealthApp:
        return matchHealthApp(s, m);
    case Proxifier:
        return matchProxifier(s, years, m);
    case ApacheError:
        return matchApacheError(s, m);
    case Bgl:
        return matchBgl(s, m);
    case Epoch:
        return matchEpoch(s, m);
    case Hpc:
        return matchHpc(s, m);
    case Glog:
        return matchGlog(s, years, m);
    case PrefixedIso:
        return matchPrefixedIso(s, m);
    case Clf:
        return matchClf(s, m);
    default:
        return false;
    }
}

} // namespace OpsDeck::Logs::Detail
