// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "lexer_p.h"
#include "regexcheck_p.h"
#include "timespec_p.h"

#include <opsdeck/logs/query.h>
#include <opsdeck/logs/tokenizer.h>

#include <utility>

namespace OpsDeck::Logs {

namespace {

using Detail::Lexeme;
using Code = QueryError::Code;
using Kind = QueryNode::Kind;

std::string lowerAscii(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        c = OpsDeck::Logs::lowerAscii(c);
    return out;
}

/** And/Or with flattening; a single child stands for itself, no children for All. */
QueryNode makeJunction(Kind kind, std::vector<QueryNode> parts)
{
    std::vector<QueryNode> children;
    children.reserve(parts.size());
    for (auto &part : parts) {
        if (part.kind == Kind::All && kind == Kind::And)
            continue; // since:/until: leave an All behind; it constrains nothing here
        if (part.kind == kind) {
            for (auto &grandchild : part.children)
                children.push_back(std::move(grandchild));
        } else {
            children.push_back(std::move(part));
        }
    }
    if (children.empty())
        return QueryNode{};
    if (children.size() == 1)
        return std::move(children.front());
    QueryNode node;
    node.kind = kind;
    node.column = children.front().column;
    node.children = std::move(children);
    return node;
}

QueryNode makeNot(QueryNode inner, int column)
{
    if (inner.kind == Kind::Not)
        return std::move(inner.children.front()); // NOT NOT x is x
    QueryNode node;
    node.kind = Kind::Not;
    node.column = column;
    node.children.push_back(std::move(inner));
    return node;
}

bool startsTerm(Lexeme::Type t)
{
    switch (t) {
    case Lexeme::Type::Word:
    case Lexeme::Type::Phrase:
    case Lexeme::Type::Regex:
    case Lexeme::Type::Field:
    case Lexeme::Type::Not:
    case Lexeme::Type::LParen:
        return true;
    default:
        return false;
    }
}

const char *spelling(const Lexeme &l)
{
    switch (l.type) {
    case Lexeme::Type::Or: return "OR";
    case Lexeme::Type::And: return "AND";
    case Lexeme::Type::Not: return l.minus ? "'-'" : "NOT";
    default: return "";
    }
}

class Parser
{
public:
    Parser(std::string_view text, std::int64_t nowMs) : m_lexer(text), m_nowMs(nowMs) {}

    std::variant<ParsedQuery, QueryError> run()
    {
        if (!take())
            return m_error;
        ParsedQuery result;
        if (m_peek.type != Lexeme::Type::End) {
            auto root = parseOr(0, false);
            if (!root)
                return m_error;
            if (m_peek.type == Lexeme::Type::RParen)
                return QueryError{Code::UnbalancedParen, m_peek.column, "unmatched ')'"};
            result.root = std::move(*root);
        }
        if (m_since && m_until && m_since->ms >= m_until->ms) {
            const TimeSpec &later = m_since->column > m_until->column ? *m_since : *m_until;
            return QueryError{Code::BadTime, later.column, "since: must be earlier than until:"};
        }
        result.sinceMs = m_since ? m_since->ms : kNoTime;
        result.untilMs = m_until ? m_until->ms : kNoTime;
        return result;
    }

private:
    struct TimeSpec
    {
        std::int64_t ms;
        int column;
    };

    bool take()
    {
        return m_lexer.next(m_peek, m_error);
    }

    std::nullopt_t fail(Code code, int column, std::string detail)
    {
        m_error = QueryError{code, column, std::move(detail)};
        return std::nullopt;
    }

    /** Column of the lexeme at hand (the end of the query for End). */
    int here() const { return m_peek.column; }

    std::nullopt_t expectedTermAfter(const Lexeme &op)
    {
        return fail(Code::ExpectedTerm, here(), std::string("expected a term after ") + spelling(op));
    }

    // or := and (OR and)*
    std::optional<QueryNode> parseOr(int depth, bool negated)
    {
        std::vector<QueryNode> alternatives;
        auto first = parseAnd(depth, negated);
        if (!first)
            return std::nullopt;
        alternatives.push_back(std::move(*first));
        while (m_peek.type == Lexeme::Type::Or) {
            const Lexeme op = m_peek;
            if (depth == 0 && !negated) {
                if (m_since || m_until)
                    return timeNotTopLevel(m_firstTimeColumn, "they cannot be part of an OR");
                m_topLevelOr = true;
            }
            if (!take())
                return std::nullopt;
            if (!startsTerm(m_peek.type))
                return expectedTermAfter(op);
            auto next = parseAnd(depth, negated);
            if (!next)
                return std::nullopt;
            alternatives.push_back(std::move(*next));
        }
        return makeJunction(Kind::Or, std::move(alternatives));
    }

    // and := unary ((AND)? unary)*
    std::optional<QueryNode> parseAnd(int depth, bool negated)
    {
        std::vector<QueryNode> parts;
        for (;;) {
            if (m_peek.type == Lexeme::Type::And || m_peek.type == Lexeme::Type::Or) {
                if (parts.empty())
                    return fail(Code::ExpectedTerm, here(),
                                std::string("expected a term before ") + spelling(m_peek));
                if (m_peek.type == Lexeme::Type::Or)
                    break;
                const Lexeme op = m_peek;
                if (!take())
                    return std::nullopt;
                if (!startsTerm(m_peek.type))
                    return expectedTermAfter(op);
                continue;
            }
            if (!startsTerm(m_peek.type)) {
                if (parts.empty()) {
                    if (m_peek.type == Lexeme::Type::RParen && depth == 0)
                        return fail(Code::UnbalancedParen, here(), "unmatched ')'");
                    return fail(Code::ExpectedTerm, here(), "expected a term");
                }
                break;
            }
            auto part = parseUnary(depth, negated);
            if (!part)
                return std::nullopt;
            parts.push_back(std::move(*part));
        }
        return makeJunction(Kind::And, std::move(parts));
    }

    // unary := (NOT | '-')* primary, read iteratively: "NOT NOT ... x" never recurses.
    std::optional<QueryNode> parseUnary(int depth, bool negated)
    {
        std::vector<int> notColumns;
        while (m_peek.type == Lexeme::Type::Not) {
            const Lexeme op = m_peek;
            notColumns.push_back(op.column);
            if (!take())
                return std::nullopt;
            if (!startsTerm(m_peek.type))
                return expectedTermAfter(op);
        }
        auto node = parsePrimary(depth, negated || !notColumns.empty());
        if (!node)
            return std::nullopt;
        for (auto it = notColumns.rbegin(); it != notColumns.rend(); ++it)
            node = makeNot(std::move(*node), *it);
        return node;
    }

    std::optional<QueryNode> parsePrimary(int depth, bool negated)
    {
        Lexeme lexeme = std::move(m_peek);
        if (lexeme.type == Lexeme::Type::LParen) {
            if (depth + 1 > kMaxQueryDepth)
                return fail(Code::TooDeep, lexeme.column,
                            "parentheses nested deeper than " + std::to_string(kMaxQueryDepth));
            if (!take())
                return std::nullopt;
            if (m_peek.type == Lexeme::Type::RParen)
                return fail(Code::EmptyGroup, lexeme.column, "empty parentheses: expected a term inside");
            auto inner = parseOr(depth + 1, negated);
            if (!inner)
                return std::nullopt;
            if (m_peek.type != Lexeme::Type::RParen)
                return fail(Code::UnbalancedParen, here(),
                            "expected ')' to close the '(' at column " + std::to_string(lexeme.column));
            if (!take())
                return std::nullopt;
            return inner;
        }
        // Build the node before reading on, so that its error (the leftmost)
        // wins over a lexical error further right.
        std::optional<QueryNode> node;
        switch (lexeme.type) {
        case Lexeme::Type::Word:
            node = wordNode(lexeme);
            break;
        case Lexeme::Type::Phrase:
            node = tokensNode(Kind::Term, lexeme.text, lexeme.column, "the phrase");
            break;
        case Lexeme::Type::Regex:
            node = regexNode(lexeme);
            break;
        case Lexeme::Type::Field:
            node = fieldNode(lexeme, depth, negated);
            break;
        default:
            return fail(Code::ExpectedTerm, lexeme.column, "expected a term");
        }
        if (!node || !take())
            return std::nullopt;
        return node;
    }

    std::optional<QueryNode> tokensNode(Kind kind, std::string_view text, int column, const char *what)
    {
        QueryNode node;
        node.kind = kind;
        node.column = column;
        forEachToken(text, [&](std::string_view token, std::size_t) { node.tokens.push_back(tokenKey(token)); });
        if (node.tokens.empty())
            return fail(Code::NoTokens, column,
                        std::string(what) + " has no letters or digits to search for "
                                            "(use a /regex/ to find punctuation)");
        return node;
    }

    std::optional<QueryNode> wordNode(const Lexeme &lexeme)
    {
        std::string_view text = lexeme.text;
        if (text.empty() || text.back() != '*')
            return tokensNode(Kind::Term, text, lexeme.column, ("'" + lexeme.text + "'").c_str());
        text.remove_suffix(1);
        const std::string tooShort = "a prefix needs at least " + std::to_string(kMinPrefixChars)
                                     + " letters or digits right before '*'";
        if (text.empty() || !isTokenByte(text.back()))
            return fail(Code::PrefixTooShort, lexeme.column, tooShort);
        std::string_view last;
        forEachToken(text, [&](std::string_view token, std::size_t) { last = token; });
        // Characters as columns count them; 8 bytes hold at least 2 characters
        // of valid UTF-8 whatever they are (and keep a 64-byte index key, which
        // may end inside a character, a valid prefix when written back).
        if (Detail::countColumns(last) < kMinPrefixChars && last.size() < 4 * kMinPrefixChars)
            return fail(Code::PrefixTooShort, lexeme.column, tooShort);
        return tokensNode(Kind::Prefix, text, lexeme.column, "the prefix");
    }

    std::optional<QueryNode> regexNode(const Lexeme &lexeme)
    {
        std::string message;
        if (!Detail::checkRegex(lexeme.text, lexeme.caseless, message))
            return fail(Code::InvalidRegex, lexeme.column, "invalid regex: " + message);
        QueryNode node;
        node.kind = Kind::Regex;
        node.column = lexeme.column;
        node.value = lexeme.text;
        node.caseless = lexeme.caseless;
        return node;
    }

    std::optional<QueryNode> fieldNode(const Lexeme &lexeme, int depth, bool negated)
    {
        const std::string name = lowerAscii(lexeme.name);
        if (name == "since" || name == "until")
            return timeNode(lexeme, name, depth, negated);
        if (name == "level")
            return levelNode(lexeme);
        QueryNode node;
        node.column = lexeme.column;
        node.field = name;
        std::string_view value = lexeme.text;
        node.kind = Kind::Field;
        if (!lexeme.quoted && !value.empty() && value.back() == '*') {
            node.kind = Kind::FieldPrefix; // "user_id:*" (empty prefix) = has the field
            value.remove_suffix(1);
        }
        node.value = lowerAscii(value);
        return node;
    }

    std::optional<QueryNode> levelNode(const Lexeme &lexeme)
    {
        std::string_view value = lexeme.text;
        std::string_view op;
        if (!lexeme.quoted) {
            for (std::string_view candidate : {">=", "<=", ">", "<", "="}) {
                if (value.substr(0, candidate.size()) == candidate) {
                    op = candidate;
                    value.remove_prefix(candidate.size());
                    break;
                }
            }
        }
        const int column = lexeme.valueColumn + static_cast<int>(op.size());
        const auto level = levelFromName(value);
        if (!level || (*level == Level::Unknown && !op.empty() && op != "=")) {
            if (value.empty())
                return fail(Code::MissingValue, column, "expected a level after 'level:" + std::string(op) + "'");
            return fail(Code::UnknownLevel, column,
                        "unknown level '" + std::string(value)
                            + "': expected trace, debug, info, notice, warning, error or critical");
        }
        auto lo = static_cast<int>(*level);
        auto hi = lo;
        constexpr int kLowest = static_cast<int>(Level::Trace);
        constexpr int kHighest = static_cast<int>(Level::Critical);
        if (op == ">=") {
            hi = kHighest;
        } else if (op == ">") {
            lo += 1;
            hi = kHighest;
        } else if (op == "<=") {
            lo = kLowest;
        } else if (op == "<") {
            lo = kLowest;
            hi -= 1;
        }
        if (lo > hi)
            return fail(Code::UnknownLevel, column,
                        "no level is " + std::string(op == ">" ? "above " : "below ") + std::string(levelName(*level)));
        QueryNode node;
        node.kind = Kind::LevelRange;
        node.column = lexeme.column;
        node.field = "level";
        node.levelMin = static_cast<Level>(lo);
        node.levelMax = static_cast<Level>(hi);
        return node;
    }

    std::nullopt_t timeNotTopLevel(int column, const char *why)
    {
        return fail(Code::TimeNotTopLevel, column,
                    std::string("since: and until: apply to the whole query; ") + why);
    }

    std::optional<QueryNode> timeNode(const Lexeme &lexeme, const std::string &name, int depth, bool negated)
    {
        if (depth > 0)
            return timeNotTopLevel(lexeme.column, "they cannot be inside parentheses");
        if (negated)
            return timeNotTopLevel(lexeme.column, "they cannot be negated");
        if (m_topLevelOr)
            return timeNotTopLevel(lexeme.column, "they cannot be part of an OR");
        const std::optional<std::int64_t> ms = parseTimeValue(lexeme.text, m_nowMs);
        if (!ms)
            return fail(Code::BadTime, lexeme.valueColumn,
                        "expected a duration (15m, 24h, 7d, 2w) or an RFC 3339 time "
                        "(2026-11-27T10:00:00Z) after '" + name + ":'");
        auto &slot = name == "since" ? m_since : m_until;
        if (slot)
            return fail(Code::DuplicateTime, lexeme.column, name + ": is given twice");
        slot = TimeSpec{*ms, lexeme.column};
        if (!m_since || !m_until)
            m_firstTimeColumn = lexeme.column;
        return QueryNode{}; // All: dropped by the AND around it
    }

    Detail::Lexer m_lexer;
    std::int64_t m_nowMs;
    Lexeme m_peek;
    QueryError m_error;
    std::optional<TimeSpec> m_since;
    std::optional<TimeSpec> m_until;
    int m_firstTimeColumn = 1;
    bool m_topLevelOr = false;
};

} // namespace

std::optional<std::int64_t> parseTimeValue(std::string_view text, std::int64_t nowMs)
{
    if (const auto ms = Detail::parseTimestamp(text))
        return ms;
    if (const auto duration = Detail::parseDuration(text))
        return nowMs - *duration;
    return std::nullopt;
}

std::variant<ParsedQuery, QueryError> parseQuery(std::string_view text, std::int64_t nowMs)
{
    Parser parser(text, nowMs);
    return parser.run();
}

} // namespace OpsDeck::Logs
