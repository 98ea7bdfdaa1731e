// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/logs/syslog.h"

#include "parseutil_p.h"

#include <algorithm>
#include <cstring>

namespace OpsDeck::Logs {

using namespace Detail;

namespace {

constexpr std::string_view kFacilities[24] = {
    "kern",  "user",   "mail",   "daemon", "auth",   "syslog", "lpr",    "news",
    "uucp",  "cron",   "authpriv", "ftp",  "ntp",    "audit",  "alert",  "clock",
    "local0", "local1", "local2", "local3", "local4", "local5", "local6", "local7"};

constexpr Level kSeverityLevels[8] = {Level::Critical, Level::Critical, Level::Critical,
                                      Level::Error,    Level::Warning,  Level::Notice,
                                      Level::Info,     Level::Debug};

constexpr std::size_t kMaxTagLength = 128;

void addField(RecordInput &out, std::string_view key, std::string_view value)
{
    out.fields.push_back(Field{std::string(key), std::string(value)});
}

// The next SP-terminated header field of RFC 5424; advances past the space.
std::string_view nextHeaderField(std::string_view s, std::size_t &p)
{
    const std::size_t start = p;
    while (p < s.size() && s[p] != ' ')
        ++p;
    const std::string_view field = s.substr(start, p - start);
    if (p < s.size())
        ++p;
    return field;
}

std::string_view cleanMessage(std::string_view msg)
{
    if (msg.size() >= 3 && static_cast<unsigned char>(msg[0]) == 0xEF
        && static_cast<unsigned char>(msg[1]) == 0xBB && static_cast<unsigned char>(msg[2]) == 0xBF)
        msg.remove_prefix(3);
    while (!msg.empty() && (msg.back() == '\n' || msg.back() == '\r' || msg.back() == '\0'))
        msg.remove_suffix(1);
    return msg;
}

// Structured data: one or more [SD-ID SP PARAM="value" ...]. Returns the
// position after it, or the start of the first malformed element (which then
// counts as message text; its fields are withdrawn).
std::size_t parseStructuredData(std::string_view s, std::size_t p, RecordInput &out)
{
    const std::size_t n = s.size();
    std::string value;
    while (p < n && s[p] == '[') {
        const std::size_t elementStart = p;
        const std::size_t fieldsBefore = out.fields.size();
        std::size_t q = p + 1;
        while (q < n && s[q] != ' ' && s[q] != ']' && s[q] != '=' && s[q] != '"')
            ++q;
        const std::string_view id = s.substr(p + 1, q - p - 1);
        bool ok = !id.empty();
        while (ok && q < n && s[q] == ' ') {
            ++q;
            const std::size_t nameStart = q;
            while (q < n && s[q] != '=' && s[q] != ' ' && s[q] != ']' && s[q] != '"')
                ++q;
            const std::string_view name = s.substr(nameStart, q - nameStart);
            if (name.empty() || q + 1 >= n || s[q] != '=' || s[q + 1] != '"') {
                ok = false;
                break;
            }
            q += 2;
            value.clear();
            bool closed = false;
            while (q < n) {
                const char c = s[q];
                if (c == '\\' && q + 1 < n && (s[q + 1] == '"' || s[q + 1] == '\\' || s[q + 1] == ']')) {
                    value.push_back(s[q + 1]);
                    q += 2;
                } else if (c == '"') {
                    ++q;
                    closed = true;
                    break;
                } else {
                    value.push_back(c);
                    ++q;
                }
            }
            if (!closed) {
                ok = false;
                break;
            }
            std::string key;
            key.reserve(id.size() + 1 + name.size());
            key.append(id).push_back('.');
            key.append(name);
            out.fields.push_back(Field{std::move(key), value});
        }
        if (!ok || q >= n || s[q] != ']') {
            out.fields.resize(fieldsBefore);
            return elementStart;
        }
        p = q + 1;
    }
    return p;
}

void parse5424(std::string_view s, std::size_t p, RecordInput &out)
{
    const std::string_view stamp = nextHeaderField(s, p);
    if (stamp != "-") {
        std::int64_t ms = kNoTime;
        if (parseIso(stamp, 0, ms) == stamp.size())
            out.timestampMs = ms;
    }
    const std::string_view host = nextHeaderField(s, p);
    const std::string_view app = nextHeaderField(s, p);
    const std::string_view procid = nextHeaderField(s, p);
    const std::string_view msgid = nextHeaderField(s, p);
    if (host != "-")
        out.host.assign(host);
    if (app != "-")
        out.service.assign(app);
    if (!procid.empty() && procid != "-")
        addField(out, "pid", procid);
    if (!msgid.empty() && msgid != "-")
        addField(out, "msgid", msgid);
    if (p < s.size() && s[p] == '-' && (p + 1 == s.size() || s[p + 1] == ' '))
        ++p;
    else
        p = parseStructuredData(s, p, out);
    if (p < s.size() && s[p] == ' ')
        ++p;
    out.message.assign(cleanMessage(s.substr(std::min(p, s.size()))));
}

bool isTagChar(char c)
{
    return c != ' ' && c != '\t' && c != '[' && c != ':';
}

void parse3164(std::string_view s, std::size_t p, std::int64_t nowMs, RecordInput &out)
{
    const std::size_t n = s.size();
    const YearGuesser years(nowMs);
    std::int64_t ms = kNoTime;
    std::size_t end = parseSyslogTime(s, p, years, ms);
    if (end == 0)
        end = parseIso(s, p, ms); // rsyslog's forwarding format with an RFC 3339 stamp
    const bool haveTime = end != 0;
    if (haveTime) {
        out.timestampMs = ms;
        p = end;
        while (p < n && s[p] == ' ')
            ++p;
        // HOSTNAME, unless the first word already is the tag ("tag[pid]:" / "tag:").
        std::size_t a = p;
        while (a < n && s[a] != ' ')
            ++a;
        const std::string_view word = s.substr(p, a - p);
        const bool isTag = !word.empty() && word.back() == ':';
        if (!word.empty() && !isTag && a < n) {
            out.host.assign(word);
            p = a;
            while (p < n && s[p] == ' ')
                ++p;
        }
    }
    std::size_t k = p;
    while (k < n && k - p < kMaxTagLength && isTagChar(s[k]))
        ++k;
    const std::string_view tag = s.substr(p, k - p);
    std::string_view pid;
    if (k < n && s[k] == '[') {
        std::size_t close = k + 1;
        while (close < n && close - k <= 32 && s[close] != ']' && s[close] != ' ')
            ++close;
        if (close < n && s[close] == ']') {
            pid = s.substr(k + 1, close - k - 1);
            k = close + 1;
        }
    }
    if (!tag.empty() && k < n && s[k] == ':') {
        out.service.assign(tag);
        if (!pid.empty())
            addField(out, "pid", pid);
        p = k + 1;
        if (p < n && s[p] == ' ')
            ++p;
    }
    out.message.assign(cleanMessage(s.substr(std::min(p, n))));
}

} // namespace

std::string_view syslogFacilityName(int facility)
{
    if (facility < 0 || facility >= 24)
        return {};
    return kFacilities[facility];
}

bool parseSyslogMessage(std::string_view datagram, std::int64_t receivedMs, std::int64_t nowMs,
                        RecordInput &out)
{
    out.message.clear();
    out.host.clear();
    out.service.clear();
    out.fields.clear();
    out.timestampMs = kNoTime;
    out.ingestedMs = receivedMs;
    out.level = Level::Unknown;

    const std::string_view s = datagram;
    int pri = 0;
    const std::size_t digits = s.empty() || s[0] != '<' ? 0 : readDigits(s, 1, 3, pri);
    if (digits == 0 || 1 + digits >= s.size() || s[1 + digits] != '>' || pri > 191) {
        out.message.assign(datagram);
        return false;
    }
    out.level = kSeverityLevels[pri & 7];
    addField(out, "facility", kFacilities[pri >> 3]);
    std::size_t p = 2 + digits;

    int version = 0;
    const std::size_t versionDigits = readDigits(s, p, 2, version);
    if (versionDigits > 0 && version >= 1 && p + versionDigits < s.size()
        && s[p + versionDigits] == ' ')
        parse5424(s, p + versionDigits + 1, out);
    else
        parse3164(s, p, nowMs, out);
    return true;
}

// --- framing ---------------------------------------------------------------

void SyslogFrameDecoder::feed(std::string_view bytes, const Callback &onFrame)
{
    while (!bytes.empty()) {
        if (m_framing == Framing::Unknown) {
            const char c = bytes.front();
            if (c == '\n' || c == '\r' || c == '\0') { // nothing to decide on yet
                bytes.remove_prefix(1);
                continue;
            }
            m_framing = isDigit(c) ? Framing::OctetCounting : Framing::LineFeed;
        }
        if (m_framing == Framing::OctetCounting) {
            feedOctet(bytes, onFrame); // consumes all, or switches to LF framing
            continue;
        }
        feedLine(bytes, onFrame);
        return;
    }
}

void SyslogFrameDecoder::feedOctet(std::string_view &bytes, const Callback &onFrame)
{
    while (!bytes.empty()) {
        if (m_skip > 0) {
            const std::size_t k = std::min(m_skip, bytes.size());
            bytes.remove_prefix(k);
            m_skip -= k;
            continue;
        }
        if (!m_inMessage) {
            const char c = bytes.front();
            if (m_buffer.empty() && (c == '\n' || c == '\r' || c == '\0')) {
                bytes.remove_prefix(1); // a stray terminator between frames
                continue;
            }
            if (isDigit(c) && m_buffer.size() < 10 && !(m_buffer.empty() && c == '0')) {
                m_buffer.push_back(c);
                bytes.remove_prefix(1);
                continue;
            }
            if (c == ' ' && !m_buffer.empty()) {
                std::size_t length = 0;
                for (const char d : m_buffer)
                    length = length * 10 + static_cast<std::size_t>(d - '0');
                bytes.remove_prefix(1);
                m_buffer.clear();
                m_inMessage = true;
                m_expected = length;
                continue;
            }
            // Not a length prefix: this stream is newline-framed after all. The
            // digits read so far stay in m_buffer as the start of the frame.
            m_framing = Framing::LineFeed;
            return;
        }
        if (m_buffer.empty() && bytes.size() >= m_expected && m_expected <= kMaxFrameBytes) {
            onFrame(bytes.substr(0, m_expected)); // whole frame in this chunk: no copy
            bytes.remove_prefix(m_expected);
            m_inMessage = false;
            m_expected = 0;
            continue;
        }
        const std::size_t take = std::min({m_expected, bytes.size(), kMaxFrameBytes - m_buffer.size()});
        m_buffer.append(bytes.data(), take);
        bytes.remove_prefix(take);
        m_expected -= take;
        if (m_expected == 0 || m_buffer.size() >= kMaxFrameBytes) {
            onFrame(m_buffer);
            m_buffer.clear();
            m_skip = m_expected; // what did not fit
            m_expected = 0;
            m_inMessage = false;
        }
    }
}

void SyslogFrameDecoder::feedLine(std::string_view bytes, const Callback &onFrame)
{
    const auto emit = [&onFrame](std::string_view frame) {
        if (!frame.empty() && frame.back() == '\r')
            frame.remove_suffix(1);
        if (!frame.empty())
            onFrame(frame);
    };
    while (!bytes.empty()) {
        std::size_t end = bytes.size();
        if (const void *lf = std::memchr(bytes.data(), '\n', bytes.size()))
            end = static_cast<std::size_t>(static_cast<const char *>(lf) - bytes.data());
        if (const void *nul = std::memchr(bytes.data(), '\0', end))
            end = static_cast<std::size_t>(static_cast<const char *>(nul) - bytes.data());
        if (end == bytes.size()) { // no terminator yet
            if (m_discarding)
                return;
            const std::size_t take = std::min(bytes.size(), kMaxFrameBytes - m_buffer.size());
            m_buffer.append(bytes.data(), take);
            if (m_buffer.size() >= kMaxFrameBytes) {
                emit(m_buffer);
                m_buffer.clear();
                m_discarding = true;
            }
            return;
        }
        const std::string_view chunk = bytes.substr(0, end);
        bytes.remove_prefix(end + 1);
        if (m_discarding) {
            m_discarding = false;
            continue;
        }
        if (m_buffer.empty()) {
            emit(chunk.substr(0, kMaxFrameBytes));
        } else {
            m_buffer.append(chunk.data(), std::min(chunk.size(), kMaxFrameBytes - m_buffer.size()));
            emit(m_buffer);
            m_buffer.clear();
        }
    }
}

void SyslogFrameDecoder::flush(const Callback &onFrame)
{
    std::string_view rest = m_buffer;
    if (m_framing == Framing::LineFeed && !rest.empty() && rest.back() == '\r')
        rest.remove_suffix(1);
    if (!rest.empty() && !m_discarding)
        onFrame(rest);
    m_buffer.clear();
    m_framing = Framing::Unknown;
    m_expected = 0;
    m_skip = 0;
    m_inMessage = false;
    m_discarding = false;
}

} // namespace OpsDeck::Logs
