// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

/**
 * \file
 * The log query language (docs/log-query.md): parser, syntax tree and the
 * error a malformed query reports. Plain C++ plus Hyperscan (used only to
 * check /regex/ syntax), so it builds for libFuzzer without Qt.
 *
 * \code
 * using namespace OpsDeck::Logs;
 * auto parsed = parseQuery(R"(level:>=warning "connection refused" -host:web-1 since:24h)", nowMs);
 * if (const auto *error = std::get_if<QueryError>(&parsed))
 *     std::cerr << describe(*error) << '\n';           // "1:17: unterminated quote ..."
 * else
 *     std::cout << toString(std::get<ParsedQuery>(parsed).root) << '\n';
 * \endcode
 */

#include <opsdeck/logs/record.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace OpsDeck::Logs {

/**
 * One node of a parsed query. The parser returns it normalised: And/Or have
 * at least two children and never a child of their own kind, Not never wraps
 * a Not, and All appears only as the whole tree (the empty query).
 */
struct QueryNode
{
    enum class Kind : std::uint8_t {
        All,         ///< matches every record (empty query)
        And,         ///< children.size() >= 2
        Or,          ///< children.size() >= 2
        Not,         ///< children.size() == 1
        Term,        ///< tokens adjacent and in order in the message (a word or a phrase)
        Prefix,      ///< tokens adjacent and in order; the last one only has to start with tokens.back()
        Regex,       ///< value: Hyperscan pattern, matched against the message
        Field,       ///< field's value equals value (ASCII case-insensitive, whole)
        FieldPrefix, ///< field's value starts with value; value "" = the field is present
        LevelRange,  ///< levelMin <= record level <= levelMax
    };

    Kind kind = Kind::All;
    std::vector<QueryNode> children;
    /**
     * Term/Prefix: the index keys (tokenKey(): ASCII-lowercased, at most
     * kMaxTokenBytes bytes) of the term's tokens, in order. A key of exactly
     * kMaxTokenBytes bytes may stand for a longer word; the matcher compares
     * words by their keys, as the index does.
     */
    std::vector<std::string> tokens;
    std::string field;                  ///< Field/FieldPrefix/LevelRange: lowercased name ("host", "user_id")
    std::string value;                  ///< Field/FieldPrefix: lowercased value; Regex: the pattern
    bool caseless = false;              ///< Regex: /pattern/i
    Level levelMin = Level::Unknown;    ///< LevelRange: level:warning is min = max = Warning
    Level levelMax = Level::Unknown;
    int column = 1;                     ///< 1-based column (in code points) where it starts in the query

    friend bool operator==(const QueryNode &, const QueryNode &) = default;
};

/** A syntax error: where (1-based column in code points) and what was expected. */
struct QueryError
{
    enum class Code : std::uint8_t {
        UnterminatedQuote,  ///< column of the opening '"'
        UnterminatedRegex,  ///< column of the opening '/'
        InvalidRegex,       ///< column of the opening '/'; detail carries Hyperscan's message
        MissingValue,       ///< "field:" with nothing after it; column where the value belongs
        UnknownLevel,       ///< column of the value
        UnbalancedParen,    ///< an unmatched ')' (its column) or a missing one (end of the query)
        ExpectedTerm,       ///< OR/AND/NOT with nothing to apply to
        EmptyGroup,         ///< "()"; column of the '('
        NoTokens,           ///< a term with no letters or digits ("--"); its column
        PrefixTooShort,     ///< "a*", "*", "foo-*"; column of the term
        BadTime,            ///< since:/until: value is not a duration or RFC 3339 time
        TimeNotTopLevel,    ///< since:/until: inside parentheses, OR or NOT
        DuplicateTime,      ///< since: (or until:) given twice
        TooDeep,            ///< parentheses nested deeper than kMaxQueryDepth
        Unexpected,         ///< a character that cannot appear here (e.g. after a /regex/)
    };

    Code code = Code::Unexpected;
    int column = 1;
    std::string detail;                 ///< English, e.g. "expected ')' to close the '(' at column 3"

    friend bool operator==(const QueryError &, const QueryError &) = default;
};

/** A parsed query: the tree plus the time range the query itself names. */
struct ParsedQuery
{
    QueryNode root;
    std::int64_t sinceMs = kNoTime;     ///< since:, in ms since the epoch; kNoTime if absent
    std::int64_t untilMs = kNoTime;     ///< until:, likewise (the caller treats it as exclusive)
};

/** How deep parentheses may nest; deeper queries fail with Code::TooDeep. */
inline constexpr int kMaxQueryDepth = 64;
/** The shortest prefix "abc*" may have, in characters. */
inline constexpr int kMinPrefixChars = 2;

/**
 * Parses \a text. \a nowMs (ms since the epoch) resolves relative times such
 * as since:15m. Linear in the length of \a text; never recurses deeper than
 * kMaxQueryDepth. An empty or blank query parses to Kind::All.
 */
std::variant<ParsedQuery, QueryError> parseQuery(std::string_view text, std::int64_t nowMs);

/**
 * A since:/until: value in ms since the epoch: a duration back from \a nowMs
 * ("30s", "15m", "24h", "7d", "2w", "1h30m"; at most 100 years) or an RFC 3339
 * time ("2026-11-27T10:00:00Z", "...+01:00", no offset = UTC, or a bare date
 * "2026-11-27" = midnight UTC). nullopt if it is neither. For options such as
 * opsctl's --since, so that they read times exactly as the query does.
 */
std::optional<std::int64_t> parseTimeValue(std::string_view text, std::int64_t nowMs);

/** "1:COL: detail" (line 1: queries are one line). */
std::string describe(const QueryError &error);

/**
 * A compact, canonical S-expression of \a node, for tests and logs:
 * `(and (term connection refused) (not (field host "web-1")) (regex/i "err.*"))`.
 */
std::string toString(const QueryNode &node);

/**
 * Query text that parses back to exactly \a query (at the same \a nowMs or
 * any other: times are written as absolute RFC 3339). Terms come out
 * lowercased and as phrases.
 */
std::string formatQuery(const ParsedQuery &query);

/**
 * \a text as a quoted query literal: `"` and `\` escaped. For building
 * queries from values (an "exclude this value" action: `-host:` + quoteLiteral(host)).
 */
std::string quoteLiteral(std::string_view text);

/** The level a query or a log line spells as \a name ("warn", "ERR", "fatal"...); nullopt if unknown. */
std::optional<Level> levelFromName(std::string_view name);
/** The canonical lowercase name of \a level ("warning"); "unknown" for Level::Unknown. */
std::string_view levelName(Level level);

} // namespace OpsDeck::Logs
