// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

/**
 * \file
 * The one definition of a "word" that the log index, the query parser and the
 * record matcher share. If two of them disagreed, the index would miss records
 * the matcher accepts; so nothing else in the log store splits text.
 *
 * A token is a maximal run of bytes that are ASCII letters, digits, '_' or any
 * byte >= 0x80 (so UTF-8 words stay whole). Everything else separates tokens.
 * Tokens compare case-insensitively for ASCII; non-ASCII bytes compare as-is.
 * The index keys a token by its first kMaxTokenBytes bytes, lowercased.
 */

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace OpsDeck::Logs {

inline constexpr std::size_t kMaxTokenBytes = 64;

namespace Detail {
constexpr std::array<std::uint8_t, 256> makeTokenTable()
{
    std::array<std::uint8_t, 256> table{};
    for (int c = 0; c < 256; ++c) {
        const bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                          || (c >= '0' && c <= '9') || c == '_' || c >= 0x80;
        table[static_cast<std::size_t>(c)] = word ? 1 : 0;
    }
    return table;
}
constexpr std::array<char, 256> makeLowerTable()
{
    std::array<char, 256> table{};
    for (int c = 0; c < 256; ++c) {
        const int lowered = (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
        table[static_cast<std::size_t>(c)] = static_cast<char>(static_cast<unsigned char>(lowered));
    }
    return table;
}
inline constexpr auto kTokenTable = makeTokenTable();
inline constexpr auto kLowerTable = makeLowerTable();
} // namespace Detail

constexpr bool isTokenByte(char c)
{
    return Detail::kTokenTable[static_cast<unsigned char>(c)] != 0;
}

constexpr char lowerAscii(char c)
{
    return Detail::kLowerTable[static_cast<unsigned char>(c)];
}

/**
 * Calls \a f(std::string_view token, std::size_t offset) for every token of
 * \a text, in order, as it appears in the text (not lowercased).
 */
template<typename F>
constexpr void forEachToken(std::string_view text, F &&f)
{
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        while (i < n && !isTokenByte(text[i]))
            ++i;
        const std::size_t start = i;
        while (i < n && isTokenByte(text[i]))
            ++i;
        if (i > start)
            f(text.substr(start, i - start), start);
    }
}

/** The index key of \a token: ASCII-lowercased, cut to kMaxTokenBytes. */
inline std::string tokenKey(std::string_view token)
{
    const std::size_t n = token.size() < kMaxTokenBytes ? token.size() : kMaxTokenBytes;
    std::string key(n, '\0');
    for (std::size_t i = 0; i < n; ++i)
        key[i] = lowerAscii(token[i]);
    return key;
}

/** Writes the index key of \a token into \a out (no allocation when it fits). */
inline void tokenKeyInto(std::string_view token, std::string &out)
{
    const std::size_t n = token.size() < kMaxTokenBytes ? token.size() : kMaxTokenBytes;
    out.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        out[i] = lowerAscii(token[i]);
}

/** True when \a a and \a b are the same token, ignoring ASCII case. */
constexpr bool tokenEquals(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (lowerAscii(a[i]) != lowerAscii(b[i]))
            return false;
    }
    return true;
}

/** True when \a token starts with \a prefix, ignoring ASCII case. */
constexpr bool tokenStartsWith(std::string_view token, std::string_view prefix)
{
    return token.size() >= prefix.size() && tokenEquals(token.substr(0, prefix.size()), prefix);
}

} // namespace OpsDeck::Logs
