// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "lexer_p.h"

namespace OpsDeck::Logs::Detail {

bool isQuerySpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool endsWord(char c)
{
    return isQuerySpace(c) || c == '(' || c == ')' || c == '"';
}

int countColumns(std::string_view bytes)
{
    // Every byte that is not a UTF-8 continuation byte starts a code point;
    // invalid UTF-8 therefore still counts each stray lead byte once.
    int columns = 0;
    for (const char c : bytes)
        columns += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return columns;
}

namespace {

bool isFieldNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool isFieldNameChar(char c)
{
    return isFieldNameStart(c) || (c >= '0' && c <= '9') || c == '.' || c == '-';
}

/** "user_id", "http.status", "x-request-id": what may stand before ':' in field:value. */
bool isFieldName(std::string_view s)
{
    if (s.empty() || !isFieldNameStart(s.front()))
        return false;
    for (const char c : s) {
        if (!isFieldNameChar(c))
            return false;
    }
    return true;
}

QueryError makeError(QueryError::Code code, int column, std::string detail)
{
    return QueryError{code, column, std::move(detail)};
}

} // namespace

void Lexer::skipSpace()
{
    while (m_pos < m_text.size() && isQuerySpace(m_text[m_pos]))
        advance(1);
}

void Lexer::advance(std::size_t bytes)
{
    m_column += countColumns(m_text.substr(m_pos, bytes));
    m_pos += bytes;
}

int Lexer::columnAt(std::size_t offset) const
{
    return m_column + countColumns(m_text.substr(m_pos, offset - m_pos));
}

bool Lexer::next(Lexeme &out, QueryError &error)
{
    const bool afterMinus = m_afterMinus;
    m_afterMinus = false;
    skipSpace();
    out = Lexeme{};
    out.column = m_column;
    if (m_pos >= m_text.size()) {
        out.type = Lexeme::Type::End;
        return true;
    }
    const char c = m_text[m_pos];
    if (c == '(' || c == ')') {
        out.type = c == '(' ? Lexeme::Type::LParen : Lexeme::Type::RParen;
        advance(1);
        return true;
    }
    if (c == '"') {
        out.type = Lexeme::Type::Phrase;
        return lexQuoted(out.text, error);
    }
    if (c == '/')
        return lexRegex(out, error);
    if (c == '-' && m_pos + 1 < m_text.size()) {
        // '-' negates only when a term follows at once: "-foo", "-(a b)",
        // "-/re/". "--verbose" stays a word and "a - b" leaves '-' as a word
        // that has no tokens (an error that says so).
        const char n = m_text[m_pos + 1];
        if (!isQuerySpace(n) && n != ')' && n != '-') {
            out.type = Lexeme::Type::Not;
            out.minus = true;
            m_afterMinus = true;
            advance(1);
            return true;
        }
    }
    if (!lexWord(out, error))
        return false;
    // OR, AND and NOT are keywords only in capitals and not right after '-'
    // ("-OR" excludes the word "or").
    if (out.type == Lexeme::Type::Word && !afterMinus) {
        if (out.text == "OR")
            out.type = Lexeme::Type::Or;
        else if (out.text == "AND")
            out.type = Lexeme::Type::And;
        else if (out.text == "NOT")
            out.type = Lexeme::Type::Not;
    }
    return true;
}

bool Lexer::lexQuoted(std::string &out, QueryError &error)
{
    // At the opening quote. \" and \\ are escapes; any other backslash is kept.
    const int quoteColumn = m_column;
    std::size_t i = m_pos + 1;
    while (i < m_text.size()) {
        const char c = m_text[i];
        if (c == '"') {
            advance(i + 1 - m_pos);
            return true;
        }
        if (c == '\\' && i + 1 < m_text.size() && (m_text[i + 1] == '"' || m_text[i + 1] == '\\')) {
            out.push_back(m_text[i + 1]);
            i += 2;
            continue;
        }
        out.push_back(c);
        ++i;
    }
    error = makeError(QueryError::Code::UnterminatedQuote, quoteColumn,
                      "unterminated quote: expected a closing '\"'");
    return false;
}

bool Lexer::lexRegex(Lexeme &out, QueryError &error)
{
    // At the opening slash. "\/" is a slash inside the pattern; any other
    // escape goes to Hyperscan untouched (and "\\/" therefore ends the regex).
    out.type = Lexeme::Type::Regex;
    const int slashColumn = m_column;
    std::size_t i = m_pos + 1;
    bool closed = false;
    while (i < m_text.size()) {
        const char c = m_text[i];
        if (c == '/') {
            closed = true;
            ++i;
            break;
        }
        if (c == '\\' && i + 1 < m_text.size()) {
            if (m_text[i + 1] != '/')
                out.text.push_back('\\');
            out.text.push_back(m_text[i + 1]);
            i += 2;
            continue;
        }
        out.text.push_back(c);
        ++i;
    }
    if (!closed) {
        error = makeError(QueryError::Code::UnterminatedRegex, slashColumn,
                          "unterminated regex: expected a closing '/'");
        return false;
    }
    // What follows the closing slash up to the next space: flags ("i"), or
    // the rest of something that only looked like a regex ("/var/log").
    std::size_t end = i;
    bool letters = true;
    while (end < m_text.size() && !endsWord(m_text[end])) {
        const char c = m_text[end];
        letters = letters && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
        ++end;
    }
    if (end > i && (!letters || end - i > 2)) {
        error = makeError(QueryError::Code::Unexpected, columnAt(i),
                          "expected a space or ')' after the regex (to search for a path, "
                          "quote it: \"/var/log\")");
        return false;
    }
    for (; i < end; ++i) {
        const char c = m_text[i];
        if (c == 'i' && !out.caseless) {
            out.caseless = true;
            continue;
        }
        error = makeError(QueryError::Code::Unexpected, columnAt(i),
                          c == 'i' ? std::string("regex flag 'i' given twice")
                                   : std::string("unknown regex flag '") + c + "': only /i is supported");
        return false;
    }
    advance(i - m_pos);
    return true;
}

bool Lexer::lexWord(Lexeme &out, QueryError &error)
{
    const std::size_t start = m_pos;
    std::size_t i = start;
    while (i < m_text.size() && !endsWord(m_text[i]) && m_text[i] != ':')
        ++i;
    const std::string_view head = m_text.substr(start, i - start);

    if (i < m_text.size() && m_text[i] == ':' && isFieldName(head)) {
        out.type = Lexeme::Type::Field;
        out.name = std::string(head);
        const std::size_t valueStart = i + 1;
        out.valueColumn = columnAt(valueStart);
        if (valueStart >= m_text.size() || isQuerySpace(m_text[valueStart]) || m_text[valueStart] == '('
            || m_text[valueStart] == ')') {
            error = makeError(QueryError::Code::MissingValue, out.valueColumn,
                              "expected a value after '" + out.name + ":'");
            return false;
        }
        if (m_text[valueStart] == '"') {
            out.quoted = true;
            advance(valueStart - m_pos);
            return lexQuoted(out.text, error);
        }
        std::size_t end = valueStart;
        while (end < m_text.size() && !endsWord(m_text[end]))
            ++end;
        out.text = std::string(m_text.substr(valueStart, end - valueStart));
        advance(end - m_pos);
        return true;
    }

    // A bare word runs on through any ':' that does not follow a field name
    // ("10:32:01", "http://x" is a field though: see docs/log-query.md).
    while (i < m_text.size() && !endsWord(m_text[i]))
        ++i;
    out.text = std::string(m_text.substr(start, i - start));
    out.type = Lexeme::Type::Word;
    advance(i - m_pos);
    return true;
}

} // namespace OpsDeck::Logs::Detail
