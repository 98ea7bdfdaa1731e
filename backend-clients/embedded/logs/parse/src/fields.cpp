// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "fields_p.h"

#include "parseutil_p.h"

#include <array>
#include <cstring>

namespace OpsDeck::Logs::Detail {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(std::string &out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

constexpr std::array<bool, 256> makeStringSpecial()
{
    std::array<bool, 256> table{};
    for (int c = 0; c < 0x20; ++c)
        table[static_cast<std::size_t>(c)] = true;
    table['"'] = true;
    table['\\'] = true;
    return table;
}
// The bytes that end the plain run of a JSON string: quote, backslash, controls.
constexpr auto kStringSpecial = makeStringSpecial();

std::uint32_t hex4At(std::string_view s, std::size_t p)
{
    std::uint32_t value = 0;
    for (std::size_t k = 0; k < 4; ++k)
        value = value * 16 + static_cast<std::uint32_t>(hexValue(s[p + k]));
    return value;
}

// Appends the unescaped form of \a raw, a string body JsonReader::scanString() accepted.
void unescapeInto(std::string_view raw, std::string &out)
{
    std::size_t i = 0;
    while (i < raw.size()) {
        const std::size_t next = raw.find('\\', i);
        out.append(raw.substr(i, next == std::string_view::npos ? std::string_view::npos : next - i));
        if (next == std::string_view::npos)
            return;
        i = next + 1;
        const char e = raw[i++];
        switch (e) {
        case 'b':
            out.push_back('\b');
            break;
        case 'f':
            out.push_back('\f');
            break;
        case 'n':
            out.push_back('\n');
            break;
        case 'r':
            out.push_back('\r');
            break;
        case 't':
            out.push_back('\t');
            break;
        case 'u': {
            std::uint32_t cp = hex4At(raw, i);
            i += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF && raw.size() - i >= 6 && raw[i] == '\\' && raw[i + 1] == 'u') {
                const std::uint32_t low = hex4At(raw, i + 2);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    i += 6;
                }
            }
            if (cp >= 0xD800 && cp <= 0xDFFF)
                cp = 0xFFFD; // a lone surrogate
            appendUtf8(out, cp);
            break;
        }
        default: // '"', '\\', '/'
            out.push_back(e);
            break;
        }
    }
}

// A strict JSON reader (RFC 8259 grammar) that flattens while it validates.
class JsonReader
{
public:
    JsonReader(std::string_view text, std::size_t pos, ParsedLine &out, std::string &key)
        : m_s(text)
        , m_i(pos)
        , m_out(out)
        , m_key(key)
    {
    }

    bool run()
    {
        m_key.clear();
        if (!object(1, true))
            return false;
        skipWs();
        return m_i == m_s.size();
    }

private:
    bool at(char c) const { return m_i < m_s.size() && m_s[m_i] == c; }

    void skipWs()
    {
        while (m_i < m_s.size()) {
            const char c = m_s[m_i];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_i;
        }
    }

    bool collecting() const { return m_out.fields.size() < kMaxFieldsPerLine; }

    bool object(int depth, bool collect)
    {
        ++m_i; // '{'
        skipWs();
        if (at('}')) {
            ++m_i;
            return true;
        }
        while (true) {
            if (!at('"'))
                return false;
            const std::size_t keyLength = m_key.size();
            std::string_view raw;
            bool escaped = false;
            if (!scanString(raw, escaped))
                return false;
            if (collect) {
                if (keyLength > 0)
                    m_key.push_back('.');
                if (escaped)
                    unescapeInto(raw, m_key);
                else
                    m_key.append(raw);
            }
            skipWs();
            if (!at(':'))
                return false;
            ++m_i;
            skipWs();
            if (!value(depth, collect))
                return false;
            m_key.resize(keyLength);
            skipWs();
            if (at(',')) {
                ++m_i;
                skipWs();
                continue;
            }
            if (at('}')) {
                ++m_i;
                return true;
            }
            return false;
        }
    }

    bool array(int depth)
    {
        ++m_i; // '['
        skipWs();
        if (at(']')) {
            ++m_i;
            return true;
        }
        while (true) {
            if (!value(depth, false))
                return false;
            skipWs();
            if (at(',')) {
                ++m_i;
                skipWs();
                continue;
            }
            if (at(']')) {
                ++m_i;
                return true;
            }
            return false;
        }
    }

    bool value(int depth, bool collect)
    {
        if (m_i >= m_s.size())
            return false;
        const char c = m_s[m_i];
        switch (c) {
        case '"': {
            std::string_view raw;
            bool escaped = false;
            if (!scanString(raw, escaped))
                return false;
            if (collect && collecting()) {
                // raw's size bounds the unescaped size: addField picks a buffer that fits.
                Field &field = m_out.addField(m_key, raw);
                if (escaped) {
                    field.value.clear();
                    unescapeInto(raw, field.value);
                }
            }
            return true;
        }
        case '{':
            if (depth >= kMaxJsonDepth)
                return false;
            return object(depth + 1, collect);
        case '[':
            if (depth >= kMaxJsonDepth)
                return false;
            return array(depth + 1);
        case 't':
            return literal("true", collect);
        case 'f':
            return literal("false", collect);
        case 'n':
            return literal("null", false);
        default:
            if (c == '-' || isDigit(c))
                return number(collect);
            return false;
        }
    }

    bool literal(std::string_view word, bool collect)
    {
        if (m_s.substr(m_i, word.size()) != word)
            return false;
        m_i += word.size();
        if (collect && collecting())
            m_out.addField(m_key, word);
        return true;
    }

    bool number(bool collect)
    {
        const std::size_t start = m_i;
        if (at('-'))
            ++m_i;
        if (at('0')) {
            ++m_i;
        } else {
            if (m_i >= m_s.size() || !isDigit(m_s[m_i]))
                return false;
            while (m_i < m_s.size() && isDigit(m_s[m_i]))
                ++m_i;
        }
        if (at('.')) {
            ++m_i;
            if (m_i >= m_s.size() || !isDigit(m_s[m_i]))
                return false;
            while (m_i < m_s.size() && isDigit(m_s[m_i]))
                ++m_i;
        }
        if (at('e') || at('E')) {
            ++m_i;
            if (at('+') || at('-'))
                ++m_i;
            if (m_i >= m_s.size() || !isDigit(m_s[m_i]))
                return false;
            while (m_i < m_s.size() && isDigit(m_s[m_i]))
                ++m_i;
        }
        if (collect && collecting())
            m_out.addField(m_key, m_s.substr(start, m_i - start));
        return true;
    }

    // At '"': validates the string and sets \a raw to its content (between
    // the quotes) and \a escaped when it holds backslash escapes. Bytes >= 0x80
    // are taken as they are: invalid UTF-8 is the store's to keep, not ours to judge.
    bool scanString(std::string_view &raw, bool &escaped)
    {
        const std::size_t n = m_s.size();
        const std::size_t start = ++m_i;
        escaped = false;
        while (m_i < n) {
            const auto c = static_cast<unsigned char>(m_s[m_i]);
            if (!kStringSpecial[c]) {
                ++m_i;
                continue;
            }
            if (c == '"') {
                raw = m_s.substr(start, m_i - start);
                ++m_i;
                return true;
            }
            if (c != '\\' || m_i + 1 >= n)
                return false; // raw control character, or a backslash at the end
            escaped = true;
            switch (m_s[m_i + 1]) {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                m_i += 2;
                break;
            case 'u':
                if (n - m_i < 6)
                    return false;
                for (std::size_t k = 2; k < 6; ++k) {
                    if (hexValue(m_s[m_i + k]) < 0)
                        return false;
                }
                m_i += 6;
                break;
            default:
                return false;
            }
        }
        return false;
    }

    std::string_view m_s;
    std::size_t m_i;
    ParsedLine &m_out;
    std::string &m_key;
};

// Longer "keys" are not keys (and the look-back before '=' stays bounded).
constexpr std::size_t kMaxKeyLength = 128;

constexpr bool isKeyStart(char c)
{
    return isAlpha(c) || c == '_' || c == '@';
}

constexpr bool isKeyChar(char c)
{
    return isAlpha(c) || isDigit(c) || c == '_' || c == '.' || c == '-' || c == '@';
}

enum class KnownKey { None, Time, Level, Host, Service };

// The keys that carry a record's own metadata, any case.
KnownKey classifyKey(std::string_view key)
{
    if (key.size() < 2 || key.size() > 13)
        return KnownKey::None;
    char buf[13];
    for (std::size_t i = 0; i < key.size(); ++i) {
        const char c = key[i];
        buf[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c;
    }
    const std::string_view k(buf, key.size());
    switch (k.size()) {
    case 2:
        if (k == "ts" || k == "@t")
            return KnownKey::Time;
        return k == "@l" ? KnownKey::Level : KnownKey::None;
    case 3:
        if (k == "lvl")
            return KnownKey::Level;
        return k == "app" ? KnownKey::Service : KnownKey::None;
    case 4:
        if (k == "time")
            return KnownKey::Time;
        return k == "host" ? KnownKey::Host : KnownKey::None;
    case 5:
        return k == "level" ? KnownKey::Level : KnownKey::None;
    case 6:
        return k == "logger" ? KnownKey::Service : KnownKey::None;
    case 7:
        return k == "service" ? KnownKey::Service : KnownKey::None;
    case 8:
        if (k == "loglevel" || k == "severity")
            return KnownKey::Level;
        if (k == "datetime")
            return KnownKey::Time;
        return k == "hostname" ? KnownKey::Host : KnownKey::None;
    case 9:
        if (k == "timestamp")
            return KnownKey::Time;
        if (k == "log.level" || k == "levelname")
            return KnownKey::Level;
        if (k == "host.name")
            return KnownKey::Host;
        return k == "component" ? KnownKey::Service : KnownKey::None;
    case 10:
        return k == "@timestamp" ? KnownKey::Time : KnownKey::None;
    case 11:
        return k == "logger_name" ? KnownKey::Service : KnownKey::None;
    case 12:
        return k == "service.name" ? KnownKey::Service : KnownKey::None;
    case 13:
        return k == "host.hostname" ? KnownKey::Host : KnownKey::None;
    default:
        return KnownKey::None;
    }
}

std::string_view trimmed(std::string_view v)
{
    while (!v.empty() && isSpace(v.front()))
        v.remove_prefix(1);
    while (!v.empty() && isSpace(v.back()))
        v.remove_suffix(1);
    return v;
}

} // namespace

bool parseJsonObject(std::string_view text, std::size_t pos, ParsedLine &out, std::string &keyBuffer)
{
    const std::size_t before = out.fields.size();
    JsonReader reader(text, pos, out, keyBuffer);
    if (reader.run())
        return true;
    out.truncateFields(before);
    return false;
}

std::size_t parseLogfmt(std::string_view s, ParsedLine &out)
{
    const std::size_t first = out.fields.size();
    const std::size_t n = s.size();
    std::size_t count = 0;
    std::size_t i = 0; // always at a word start, or right after a value
    while (i < n && out.fields.size() < kMaxFieldsPerLine) {
        // Jump from '=' to '=' (memchr speed over prose) and look back for the key.
        const void *hit = std::memchr(s.data() + i, '=', n - i);
        if (!hit)
            break;
        const std::size_t eq = static_cast<std::size_t>(static_cast<const char *>(hit) - s.data());
        std::size_t keyStart = eq;
        while (keyStart > i && eq - keyStart < kMaxKeyLength && isKeyChar(s[keyStart - 1]))
            --keyStart;
        const bool wordStart = keyStart == i || isSpace(s[keyStart - 1]);
        if (keyStart == eq || !wordStart || !isKeyStart(s[keyStart])) {
            // Not a pair ("a==b", "(uid=0)", "--flag=x"): go on after this word.
            i = eq + 1;
            while (i < n && !isSpace(s[i]))
                ++i;
            continue;
        }
        const std::string_view key = s.substr(keyStart, eq - keyStart);
        i = eq + 1;
        if (i < n && s[i] == '"') {
            ++i;
            Field &field = out.addField(key, {});
            while (i < n && s[i] != '"') {
                const std::size_t runStart = i;
                while (i < n && s[i] != '"' && s[i] != '\\')
                    ++i;
                field.value.append(s.data() + runStart, i - runStart);
                if (i < n && s[i] == '\\') {
                    if (i + 1 >= n) {
                        field.value.push_back('\\');
                        ++i;
                        break;
                    }
                    const char e = s[i + 1];
                    switch (e) {
                    case '"':
                    case '\\':
                        field.value.push_back(e);
                        break;
                    case 'n':
                        field.value.push_back('\n');
                        break;
                    case 't':
                        field.value.push_back('\t');
                        break;
                    case 'r':
                        field.value.push_back('\r');
                        break;
                    default:
                        field.value.push_back('\\');
                        field.value.push_back(e);
                        break;
                    }
                    i += 2;
                }
            }
            if (i < n)
                ++i; // closing quote; an unterminated value runs to the end
        } else {
            const std::size_t valueStart = i;
            while (i < n && !isSpace(s[i]))
                ++i;
            std::string_view value = s.substr(valueStart, i - valueStart);
            // "uid=10037, pid=2227": prose separates pairs with commas; the
            // comma is not part of the value anyone searches for.
            if (!value.empty() && (value.back() == ',' || value.back() == ';'))
                value.remove_suffix(1);
            out.addField(key, value);
        }
        ++count;
    }
    if (count < 2) {
        out.truncateFields(first);
        return 0;
    }
    return count;
}

void applyKnownFields(ParsedLine &out, std::size_t first, bool numericLevels)
{
    bool haveTime = out.timestampMs != kNoTime;
    bool haveLevel = false;
    for (std::size_t i = first; i < out.fields.size(); ++i) {
        const Field &field = out.fields[i];
        const std::string_view value = field.value;
        switch (classifyKey(field.key)) {
        case KnownKey::None:
            break;
        case KnownKey::Time:
            if (!haveTime) {
                std::int64_t ms = kNoTime;
                const std::string_view v = trimmed(value);
                if (parseIso(v, 0, ms) != 0 || epochNumberToMs(v, ms)) {
                    out.timestampMs = ms;
                    haveTime = true;
                }
            }
            break;
        case KnownKey::Level:
            if (!haveLevel) {
                const std::string_view v = trimmed(value);
                Level level = levelFromWord(v);
                if (level == Level::Unknown && numericLevels && v.size() == 2 && isDigit(v[0])
                    && v[1] == '0') {
                    // bunyan / pino: 10 trace, 20 debug, 30 info, 40 warn, 50 error, 60 fatal
                    constexpr Level kBunyan[] = {Level::Unknown, Level::Trace, Level::Debug,
                                                 Level::Info,    Level::Warning, Level::Error,
                                                 Level::Critical};
                    const int tens = v[0] - '0';
                    if (tens >= 1 && tens <= 6)
                        level = kBunyan[tens];
                }
                if (level != Level::Unknown) {
                    out.level = level;
                    haveLevel = true;
                }
            }
            break;
        case KnownKey::Host:
            if (out.host.empty())
                out.host = value;
            break;
        case KnownKey::Service:
            if (out.service.empty())
                out.service = value;
            break;
        }
    }
}

} // namespace OpsDeck::Logs::Detail
