// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "querytestsupport.h"

using namespace OpsDeck::Logs;
using OpsDeck::Logs::Test::errorOf;
using OpsDeck::Logs::Test::sexp;
using Code = QueryError::Code;

namespace {

/** The error's code, column and message, for one readable comparison per case. */
std::string err(std::string_view text)
{
    const QueryError e = errorOf(text);
    return std::to_string(static_cast<int>(e.code)) + " " + describe(e);
}

std::string expected(Code code, int column, std::string_view detail)
{
    return std::to_string(static_cast<int>(code)) + " 1:" + std::to_string(column) + ": " + std::string(detail);
}

} // namespace

TEST(QueryErrors, UnterminatedQuoteAtTheQuote)
{
    EXPECT_EQ(err(R"(error "connection refused)"),
              expected(Code::UnterminatedQuote, 7, "unterminated quote: expected a closing '\"'"));
    EXPECT_EQ(err(R"("a \")"), expected(Code::UnterminatedQuote, 1, "unterminated quote: expected a closing '\"'"));
    EXPECT_EQ(errorOf(R"(host:"web)").column, 6);
    // Columns count characters, not bytes: "ü" and "日本" are 1 and 2 columns.
    EXPECT_EQ(errorOf("ü \"x").column, 3);
    EXPECT_EQ(errorOf("日本 ü \"x").column, 6);
    EXPECT_EQ(errorOf("\"日本 ü").column, 1);
}

TEST(QueryErrors, UnterminatedRegexAtTheSlash)
{
    EXPECT_EQ(err("a1 /err(or"), expected(Code::UnterminatedRegex, 4, "unterminated regex: expected a closing '/'"));
    EXPECT_EQ(errorOf(R"(ñ /a\/)").code, Code::UnterminatedRegex);
    EXPECT_EQ(errorOf(R"(ñ /a\/)").column, 3);
}

TEST(QueryErrors, InvalidRegexCarriesHyperscansMessage)
{
    const QueryError e = errorOf("ok /a(b/");
    EXPECT_EQ(e.code, Code::InvalidRegex);
    EXPECT_EQ(e.column, 4);
    EXPECT_NE(e.detail.find("invalid regex: Missing close parenthesis"), std::string::npos) << e.detail;
    EXPECT_EQ(errorOf("/(?=a)b/").code, Code::InvalidRegex);  // lookahead: not Hyperscan
    const QueryError empty = errorOf("/a*/");
    EXPECT_EQ(empty.code, Code::InvalidRegex);
    EXPECT_NE(empty.detail.find("empty"), std::string::npos);
    EXPECT_EQ(errorOf("//").code, Code::InvalidRegex);
}

TEST(QueryErrors, AfterARegex)
{
    EXPECT_EQ(err("/var/log/syslog"),
              expected(Code::Unexpected, 6,
                       "expected a space or ')' after the regex (to search for a path, quote it: \"/var/log\")"));
    EXPECT_EQ(err("/x/g"), expected(Code::Unexpected, 4, "unknown regex flag 'g': only /i is supported"));
    EXPECT_EQ(err("/x/ii"), expected(Code::Unexpected, 5, "regex flag 'i' given twice"));
    EXPECT_EQ(errorOf("/x/i/").column, 4);
}

TEST(QueryErrors, FieldWithoutValue)
{
    EXPECT_EQ(err("host:"), expected(Code::MissingValue, 6, "expected a value after 'host:'"));
    EXPECT_EQ(err("a1 Host: web"), expected(Code::MissingValue, 9, "expected a value after 'Host:'"));
    EXPECT_EQ(errorOf("(service:)").column, 10);
    EXPECT_EQ(errorOf("é user_id:").column, 11);
    EXPECT_EQ(err("level:>="), expected(Code::MissingValue, 9, "expected a level after 'level:>='"));
}

TEST(QueryErrors, UnknownLevelAtTheValue)
{
    EXPECT_EQ(err("level:loud"),
              expected(Code::UnknownLevel, 7,
                       "unknown level 'loud': expected trace, debug, info, notice, warning, error or critical"));
    EXPECT_EQ(errorOf("ü level:>=loud").column, 11);
    EXPECT_EQ(errorOf("level:warn*").code, Code::UnknownLevel);
    EXPECT_EQ(err("level:>critical"), expected(Code::UnknownLevel, 8, "no level is above critical"));
    EXPECT_EQ(err("level:<trace"), expected(Code::UnknownLevel, 8, "no level is below trace"));
    EXPECT_EQ(errorOf("level:>=unknown").code, Code::UnknownLevel);
}

TEST(QueryErrors, UnbalancedParentheses)
{
    EXPECT_EQ(err("(a1 OR b2"), expected(Code::UnbalancedParen, 10, "expected ')' to close the '(' at column 1"));
    EXPECT_EQ(err("x1 ((a1) b2"), expected(Code::UnbalancedParen, 12, "expected ')' to close the '(' at column 4"));
    EXPECT_EQ(err("a1)"), expected(Code::UnbalancedParen, 3, "unmatched ')'"));
    EXPECT_EQ(err(")"), expected(Code::UnbalancedParen, 1, "unmatched ')'"));
    EXPECT_EQ(err("(a1)) b2"), expected(Code::UnbalancedParen, 5, "unmatched ')'"));
    EXPECT_EQ(errorOf("(ü").column, 3);
}

TEST(QueryErrors, DanglingOperators)
{
    EXPECT_EQ(err("a1 OR"), expected(Code::ExpectedTerm, 6, "expected a term after OR"));
    EXPECT_EQ(err("a1 OR  "), expected(Code::ExpectedTerm, 8, "expected a term after OR"));
    EXPECT_EQ(err("a1 AND"), expected(Code::ExpectedTerm, 7, "expected a term after AND"));
    EXPECT_EQ(err("a1 NOT"), expected(Code::ExpectedTerm, 7, "expected a term after NOT"));
    EXPECT_EQ(err("NOT"), expected(Code::ExpectedTerm, 4, "expected a term after NOT"));
    EXPECT_EQ(err("OR a1"), expected(Code::ExpectedTerm, 1, "expected a term before OR"));
    EXPECT_EQ(err("AND a1"), expected(Code::ExpectedTerm, 1, "expected a term before AND"));
    EXPECT_EQ(err("a1 OR OR b2"), expected(Code::ExpectedTerm, 7, "expected a term after OR"));
    EXPECT_EQ(err("(a1 OR) b2"), expected(Code::ExpectedTerm, 7, "expected a term after OR"));
    EXPECT_EQ(err("a1 AND OR b2"), expected(Code::ExpectedTerm, 8, "expected a term after AND"));
    EXPECT_EQ(err("NOT OR"), expected(Code::ExpectedTerm, 5, "expected a term after NOT"));
    EXPECT_EQ(err("(NOT)"), expected(Code::ExpectedTerm, 5, "expected a term after NOT"));
    EXPECT_EQ(err("( OR a1)"), expected(Code::ExpectedTerm, 3, "expected a term before OR"));
    EXPECT_EQ(errorOf("ü OR").column, 5);
}

TEST(QueryErrors, EmptyParentheses)
{
    EXPECT_EQ(err("a1 ()"), expected(Code::EmptyGroup, 4, "empty parentheses: expected a term inside"));
    EXPECT_EQ(err("( )"), expected(Code::EmptyGroup, 1, "empty parentheses: expected a term inside"));
    EXPECT_EQ(errorOf("-()").column, 2);
}

TEST(QueryErrors, TermsWithoutTokens)
{
    EXPECT_EQ(err("a1 --"),
              expected(Code::NoTokens, 4,
                       "'--' has no letters or digits to search for (use a /regex/ to find punctuation)"));
    EXPECT_EQ(errorOf("a1 - b2").column, 4);
    EXPECT_EQ(errorOf("a1 -- b2").code, Code::NoTokens);
    EXPECT_EQ(errorOf(R"(ü "--")").column, 3);
    EXPECT_EQ(errorOf(R"("")").code, Code::NoTokens);
    EXPECT_EQ(errorOf("a1 :").column, 4);
}

TEST(QueryErrors, PrefixTooShort)
{
    const std::string detail = "a prefix needs at least 2 letters or digits right before '*'";
    EXPECT_EQ(err("a*"), expected(Code::PrefixTooShort, 1, detail));
    EXPECT_EQ(err("x1 *"), expected(Code::PrefixTooShort, 4, detail));
    EXPECT_EQ(err("foo-*"), expected(Code::PrefixTooShort, 1, detail));
    EXPECT_EQ(err("blk_-1*"), expected(Code::PrefixTooShort, 1, detail));
    EXPECT_EQ(err("ab**"), expected(Code::PrefixTooShort, 1, detail));
    EXPECT_EQ(errorOf("ü*").code, Code::PrefixTooShort); // one character, two bytes
}

TEST(QueryErrors, BadTimes)
{
    const std::string detail =
        "expected a duration (15m, 24h, 7d, 2w) or an RFC 3339 time (2026-11-27T10:00:00Z) after 'since:'";
    EXPECT_EQ(err("since:15x"), expected(Code::BadTime, 7, detail));
    EXPECT_EQ(errorOf("a1 since:yesterday").column, 10);
    EXPECT_EQ(errorOf("since:2026-11-27T10:00:00+1:00").code, Code::BadTime);
    EXPECT_EQ(errorOf("since:2026-11-27T10").code, Code::BadTime);
    EXPECT_EQ(errorOf("since:15").code, Code::BadTime);
    EXPECT_EQ(errorOf("since:2026-02-30").code, Code::BadTime);
    EXPECT_EQ(errorOf("since:2026-11-27T24:00:00Z").code, Code::BadTime);
    EXPECT_EQ(errorOf("since:m").code, Code::BadTime);
    EXPECT_EQ(errorOf("since:99999999999999999999d").code, Code::BadTime);
    EXPECT_EQ(errorOf("since:36501d").code, Code::BadTime);
    EXPECT_EQ(err("until:2h since:1h"), expected(Code::BadTime, 10, "since: must be earlier than until:"));
    EXPECT_EQ(err("since:1h since:2h"), expected(Code::DuplicateTime, 10, "since: is given twice"));
}

TEST(QueryErrors, TimesOnlyAtTopLevel)
{
    EXPECT_EQ(err("(a1 since:1h)"),
              expected(Code::TimeNotTopLevel, 5,
                       "since: and until: apply to the whole query; they cannot be inside parentheses"));
    EXPECT_EQ(err("NOT since:1h"),
              expected(Code::TimeNotTopLevel, 5, "since: and until: apply to the whole query; they cannot be negated"));
    EXPECT_EQ(errorOf("-until:1h").code, Code::TimeNotTopLevel);
    EXPECT_EQ(err("a1 OR since:1h"),
              expected(Code::TimeNotTopLevel, 7,
                       "since: and until: apply to the whole query; they cannot be part of an OR"));
    EXPECT_EQ(err("since:1h a1 OR b2"),
              expected(Code::TimeNotTopLevel, 1,
                       "since: and until: apply to the whole query; they cannot be part of an OR"));
    // An OR in parentheses is fine: the time still applies to everything.
    EXPECT_EQ(sexp("since:1h (a1 OR b2)"), "(or (term a1) (term b2))");
}

TEST(QueryErrors, NestingTooDeepIsAnErrorNotACrash)
{
    std::string deep(100'000, '(');
    const QueryError e = errorOf(deep);
    EXPECT_EQ(e.code, Code::TooDeep);
    EXPECT_EQ(e.column, kMaxQueryDepth + 1);
    EXPECT_EQ(e.detail, "parentheses nested deeper than 64");

    std::string justOver;
    for (int i = 0; i <= kMaxQueryDepth; ++i)
        justOver += "(a1 ";
    EXPECT_EQ(errorOf(justOver).code, Code::TooDeep);

    std::string negatedGroups;
    for (int i = 0; i < 50'000; ++i)
        negatedGroups += "-(";
    EXPECT_EQ(errorOf(negatedGroups).code, Code::TooDeep);
}

TEST(QueryErrors, TheLeftmostErrorWins)
{
    EXPECT_EQ(errorOf(R"(-- "open)").code, Code::NoTokens);
    EXPECT_EQ(errorOf(R"(a1 OR ) "open)").code, Code::ExpectedTerm);
    EXPECT_EQ(errorOf(R"(level:loud /x()").code, Code::UnknownLevel);
}

TEST(QueryErrors, InvalidUtf8AndControlBytesDoNotBreakColumns)
{
    // A stray continuation byte is not a column; a lone lead byte is one.
    EXPECT_EQ(errorOf("\x80\x80 \"x").column, 2);
    EXPECT_EQ(errorOf("\xC3 \"x").column, 3);
    EXPECT_EQ(sexp(std::string_view("a\0b", 3)), "(term a b)");
}

TEST(QueryErrors, TheExamplesInTheDocumentation)
{
    // docs/log-query.md, "Errors": query, column, start of the message.
    const struct
    {
        const char *query;
        int column;
        const char *message;
    } rows[] = {
        {R"(error "conn refused)", 7, "unterminated quote"},
        {"/err(or", 1, "unterminated regex"},
        {"/a(b/", 1, "invalid regex: Missing close parenthesis for group started at index 1."},
        {"/a*/", 1, "invalid regex: it can match empty text"},
        {"/var/log", 6, "expected a space or ')' after the regex"},
        {"/x/g", 4, "unknown regex flag 'g'"},
        {"host: web", 6, "expected a value after 'host:'"},
        {"level:loud", 7, "unknown level 'loud'"},
        {"level:>critical", 8, "no level is above critical"},
        {"(a OR b", 8, "expected ')' to close the '(' at column 1"},
        {"a)", 2, "unmatched ')'"},
        {"a OR", 5, "expected a term after OR"},
        {"NOT", 4, "expected a term after NOT"},
        {"a AND OR b", 7, "expected a term after AND"},
        {"OR a", 1, "expected a term before OR"},
        {"a ()", 3, "empty parentheses"},
        {"a -- b", 3, "'--' has no letters or digits"},
        {"a*", 1, "a prefix needs at least 2"},
        {"foo-*", 1, "a prefix needs at least 2"},
        {"since:yesterday", 7, "expected a duration"},
        {"(a since:1h)", 4, "since: and until: apply to the whole query; they cannot be inside parentheses"},
        {"-since:1h", 2, "since: and until: apply to the whole query; they cannot be negated"},
        {"a OR since:1h", 6, "since: and until: apply to the whole query; they cannot be part of an OR"},
        {"a OR b since:1h", 8, "since: and until: apply to the whole query; they cannot be part of an OR"},
        {"since:1h since:2h", 10, "since: is given twice"},
        {"since:1h until:2h", 10, "since: must be earlier than until:"},
    };
    for (const auto &row : rows) {
        const QueryError e = errorOf(row.query);
        EXPECT_EQ(e.column, row.column) << row.query;
        EXPECT_EQ(e.detail.rfind(row.message, 0), 0u) << row.query << ": " << e.detail;
    }
    // "At a glance" and the other examples parse.
    for (const char *ok : {R"(level:>=warning "connection refused" -host:web-1 since:24h)", "timeout -retry",
                           "(timeout OR refused) db", "service:api*", "user_id:*", R"(/timed? ?out/i)",
                           R"(/HTTP\/1\.[01]" 5\d\d/)", R"(/^\d{4}-\d\d-\d\d/)", R"(-/health ?check/)",
                           "(a OR b) since:1h", R"(-user_id:"Jane \"JD\" Doe")", "10:32:01",
                           "error since:2026-11-27T09:00:00Z until:2026-11-27T10:00:00Z"}) {
        EXPECT_EQ(sexp(ok).rfind("error ", 0), std::string::npos) << ok << ": " << sexp(ok);
    }
}
