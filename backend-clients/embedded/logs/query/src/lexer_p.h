// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/logs/query.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace OpsDeck::Logs::Detail {

/** One lexical element of a query. */
struct Lexeme
{
    enum class Type : std::uint8_t { End, LParen, RParen, Or, And, Not, Word, Phrase, Regex, Field };

    Type type = Type::End;
    int column = 1;         ///< where it starts (1-based, code points)
    bool minus = false;     ///< Not: spelled '-' rather than NOT
    bool quoted = false;    ///< Field: the value was "quoted"
    bool caseless = false;  ///< Regex: /.../i
    std::string text;       ///< Word: as typed; Phrase: unescaped; Regex: pattern; Field: value
    std::string name;       ///< Field: the name as typed
    int valueColumn = 1;    ///< Field: where the value starts
};

/**
 * Splits a query into lexemes on demand, so that the parser reports the
 * leftmost error. Tracks columns as it goes: every byte is looked at a
 * bounded number of times, which keeps parsing linear.
 */
class Lexer
{
public:
    explicit Lexer(std::string_view text) : m_text(text) {}

    /**
     * The next lexeme (End, with the column just past the query, at the end),
     * or false and the lexical error.
     */
    bool next(Lexeme &out, QueryError &error);

private:
    void skipSpace();
    void advance(std::size_t bytes);
    int columnAt(std::size_t offset) const; // offset >= m_pos, within the current lexeme
    bool lexQuoted(std::string &out, QueryError &error);
    bool lexRegex(Lexeme &out, QueryError &error);
    bool lexWord(Lexeme &out, QueryError &error);

    std::string_view m_text;
    std::size_t m_pos = 0;
    int m_column = 1;
    bool m_afterMinus = false; ///< the previous lexeme was a '-' negation
};

bool isQuerySpace(char c);
/** Ends a bare word: whitespace, parentheses, a quote. */
bool endsWord(char c);
/** Columns (code points) in \a bytes. */
int countColumns(std::string_view bytes);

} // namespace OpsDeck::Logs::Detail
