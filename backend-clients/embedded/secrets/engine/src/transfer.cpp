// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/vault/transfer.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstring>
#include <map>

namespace OpsDeck::Vault {

namespace {

bool fail(std::string *error, std::string what)
{
    if (error)
        *error = std::move(what);
    return false;
}

bool keyChar(char c, bool first)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || (!first && c >= '0' && c <= '9');
}

/** Appends bytes to a growing secure buffer (doubling; the old one is wiped). */
class SecureWriter
{
public:
    void append(std::string_view s)
    {
        if (m_size + s.size() > m_buffer.size()) {
            SecureBuffer bigger(std::max<std::size_t>(64, 2 * (m_size + s.size())));
            if (m_size)
                std::memcpy(bigger.data(), m_buffer.data(), m_size);
            m_buffer = std::move(bigger);
        }
        if (!s.empty())
            std::memcpy(m_buffer.data() + m_size, s.data(), s.size());
        m_size += s.size();
    }
    void push(char c) { append(std::string_view(&c, 1)); }
    SecureBuffer take()
    {
        m_buffer.truncate(m_size);
        if (m_size == 0)
            return {};
        m_size = 0;
        return std::move(m_buffer);
    }

private:
    SecureBuffer m_buffer;
    std::size_t m_size = 0;
};

} // namespace

bool parseDotEnv(std::string_view text, std::string_view prefix, std::vector<PutItem> &items, std::string *error)
{
    items.clear();
    std::size_t lineNo = 0;
    std::size_t at = 0;
    std::map<std::string, std::size_t> seen;
    while (at < text.size()) {
        ++lineNo;
        const std::size_t lineEnd = std::min(text.find('\n', at), text.size());
        std::string_view line = text.substr(at, lineEnd - at);
        const std::size_t lineStart = at;
        at = lineEnd + 1;
        auto where = [&](std::size_t column) { return "line " + std::to_string(lineNo) + ", column " + std::to_string(column) + ": "; };
        std::size_t i = 0;
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
            ++i;
        if (i == line.size() || line[i] == '#' || (line.back() == '\r' && i == line.size() - 1))
            continue;
        if (line.substr(i).starts_with("export ")) {
            i += 7;
            while (i < line.size() && line[i] == ' ')
                ++i;
        }
        const std::size_t keyStart = i;
        while (i < line.size() && keyChar(line[i], i == keyStart))
            ++i;
        if (i == keyStart)
            return fail(error, where(i + 1) + "expected a name (letters, digits, _) before '='");
        const std::string key(line.substr(keyStart, i - keyStart));
        if (i >= line.size() || line[i] != '=')
            return fail(error, where(i + 1) + "expected '=' after " + key);
        ++i;
        SecureWriter value;
        if (i < line.size() && (line[i] == '"' || line[i] == '\'')) {
            const char quote = line[i];
            const std::size_t open = i + 1;
            ++i;
            // A double-quoted value may span lines.
            std::string_view rest = text.substr(lineStart + i);
            std::size_t j = 0;
            bool closed = false;
            std::size_t extraLines = 0;
            for (; j < rest.size(); ++j) {
                const char c = rest[j];
                if (c == quote) {
                    closed = true;
                    break;
                }
                if (c == '\n') {
                    if (quote == '\'')
                        break;
                    ++extraLines;
                }
                if (quote == '"' && c == '\\' && j + 1 < rest.size()) {
                    const char e = rest[++j];
                    switch (e) {
                    case 'n': value.push('\n'); break;
                    case 't': value.push('\t'); break;
                    case 'r': value.push('\r'); break;
                    case '"': value.push('"'); break;
                    case '\\': value.push('\\'); break;
                    case '$': value.push('$'); break;
                    default:
                        return fail(error, where(i + j + 1) + "unknown escape \\" + std::string(1, e));
                    }
                    continue;
                }
                value.push(c);
            }
            if (!closed)
                return fail(error, where(open) + "the quote opened here is not closed");
            std::size_t after = lineStart + i + j + 1;
            const std::size_t endOfLine = std::min(text.find('\n', after), text.size());
            std::string_view tail = text.substr(after, endOfLine - after);
            const std::size_t extra = tail.find_first_not_of(" \t\r");
            if (extra != std::string_view::npos && tail[extra] != '#')
                return fail(error, "line " + std::to_string(lineNo + extraLines) + ": text after the closing quote");
            lineNo += extraLines;
            at = endOfLine + 1;
        } else {
            std::string_view raw = line.substr(i);
            if (const std::size_t hash = raw.find(" #"); hash != std::string_view::npos)
                raw = raw.substr(0, hash);
            while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\t' || raw.back() == '\r'))
                raw.remove_suffix(1);
            value.append(raw);
        }
        const std::string path = prefix.empty() ? key : std::string(prefix) + "/" + key;
        if (const auto [it, fresh] = seen.emplace(path, lineNo); !fresh)
            return fail(error, where(keyStart + 1) + key + " was already set on line " + std::to_string(it->second));
        SecureBuffer v = value.take();
        const bool multi = v.view().find('\n') != std::string_view::npos;
        items.push_back(PutItem{path, std::move(v), multi ? ValueKind::MultiLine : ValueKind::String});
    }
    return true;
}

bool parseJsonSecrets(std::string_view text, std::vector<PutItem> &items, std::string *error)
{
    items.clear();
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error &e) {
        // Turn the byte offset into a line and column.
        const std::size_t offset = std::min<std::size_t>(e.byte > 0 ? e.byte - 1 : 0, text.size());
        std::size_t line = 1, column = 1;
        for (std::size_t i = 0; i < offset; ++i) {
            if (text[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        const std::string what = e.what();
        const std::size_t colon = what.rfind(": ");
        return fail(error, "line " + std::to_string(line) + ", column " + std::to_string(column) + ": "
                               + (colon == std::string::npos ? what : what.substr(colon + 2)));
    } catch (const nlohmann::json::exception &) {
        // out_of_range: a number no type can hold (1e999). Found by the fuzzer.
        return fail(error, "not valid JSON (a number is out of range)");
    }
    if (!j.is_object())
        return fail(error, "line 1, column 1: expected an object {\"path\": \"value\", …}");
    for (const auto &[path, value] : j.items()) {
        if (value.is_string()) {
            const std::string &s = value.get_ref<const std::string &>();
            items.push_back(PutItem{path, SecureBuffer(s.data(), s.size()),
                                    s.find('\n') != std::string::npos ? ValueKind::MultiLine : ValueKind::String});
        } else if (value.is_object()) {
            for (const auto &[k, v] : value.items()) {
                if (!v.is_string())
                    return fail(error, "\"" + path + "\": the value of \"" + k + "\" is not a string");
            }
            const std::string s = value.dump();
            items.push_back(PutItem{path, SecureBuffer(s.data(), s.size()), ValueKind::Map});
        } else {
            return fail(error, "\"" + path + "\": a value is a string or an object of strings");
        }
    }
    // nlohmann's json holds copies of the values; clear its strings before it goes.
    for (auto &[path, value] : j.items()) {
        if (value.is_string()) {
            auto &s = value.get_ref<std::string &>();
            std::fill(s.begin(), s.end(), '\0');
        }
    }
    return true;
}

bool formatDotEnv(const std::vector<std::pair<std::string, SecureBuffer>> &values, std::string_view prefix,
                  SecureBuffer &out, std::string *error)
{
    SecureWriter w;
    std::map<std::string, std::string> keys;
    for (const auto &[path, value] : values) {
        std::string_view rel = path;
        if (!prefix.empty() && rel.size() > prefix.size() && rel.substr(0, prefix.size()) == prefix && rel[prefix.size()] == '/')
            rel.remove_prefix(prefix.size() + 1);
        std::string key(rel);
        for (char &c : key) {
            if (!keyChar(c, false))
                c = '_';
        }
        if (!key.empty() && key[0] >= '0' && key[0] <= '9')
            key.insert(key.begin(), '_');
        if (const auto [it, fresh] = keys.emplace(key, path); !fresh)
            return fail(error, "both " + it->second + " and " + path + " become " + key + " in a .env file");
        w.append(key);
        w.append("=\"");
        for (const char c : value.view()) {
            switch (c) {
            case '\n': w.append("\\n"); break;
            case '\r': w.append("\\r"); break;
            case '\t': w.append("\\t"); break;
            case '"': w.append("\\\""); break;
            case '\\': w.append("\\\\"); break;
            case '$': w.append("\\$"); break;
            default: w.push(c);
            }
        }
        w.append("\"\n");
    }
    out = w.take();
    return true;
}

bool formatJsonSecrets(const std::vector<std::pair<std::string, SecureBuffer>> &values,
                       const std::vector<ValueKind> &kinds, SecureBuffer &out, std::string *error)
{
    (void)error;
    SecureWriter w;
    w.append("{");
    for (std::size_t i = 0; i < values.size(); ++i) {
        w.append(i == 0 ? "\n  " : ",\n  ");
        w.append(nlohmann::json(values[i].first).dump());
        w.append(": ");
        if (i < kinds.size() && kinds[i] == ValueKind::Map) {
            w.append(values[i].second.view()); // already a JSON object (checked when written)
            continue;
        }
        w.push('"');
        for (const unsigned char c : values[i].second.view()) {
            switch (c) {
            case '"': w.append("\\\""); break;
            case '\\': w.append("\\\\"); break;
            case '\n': w.append("\\n"); break;
            case '\r': w.append("\\r"); break;
            case '\t': w.append("\\t"); break;
            default:
                if (c < 0x20) {
                    char esc[8];
                    std::snprintf(esc, sizeof esc, "\\u%04x", c);
                    w.append(esc);
                } else {
                    w.push(static_cast<char>(c));
                }
            }
        }
        w.push('"');
    }
    w.append(values.empty() ? "}\n" : "\n}\n");
    out = w.take();
    return true;
}

} // namespace OpsDeck::Vault
