// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "querytestsupport.h"

#include <opsdeck/logs/tokenizer.h>

using namespace OpsDeck::Logs;
using OpsDeck::Logs::Test::kNowMs;
using OpsDeck::Logs::Test::parsed;
using OpsDeck::Logs::Test::sexp;

TEST(QueryParser, EmptyAndBlankMatchEverything)
{
    EXPECT_EQ(sexp(""), "(all)");
    EXPECT_EQ(sexp("   \t "), "(all)");
    const ParsedQuery q = parsed("");
    EXPECT_EQ(q.sinceMs, kNoTime);
    EXPECT_EQ(q.untilMs, kNoTime);
}

TEST(QueryParser, BareTermsAreLowercasedAndImplicitlyAnded)
{
    EXPECT_EQ(sexp("Error"), "(term error)");
    EXPECT_EQ(sexp("connection REFUSED"), "(and (term connection) (term refused))");
    EXPECT_EQ(sexp("a1 AND b2"), "(and (term a1) (term b2))");
}

TEST(QueryParser, TermsSplitLikeTheTokenizerIntoPhrases)
{
    EXPECT_EQ(sexp("blk_-1608999687919862906"), "(term blk_ 1608999687919862906)");
    EXPECT_EQ(sexp("10.0.0.1"), "(term 10 0 0 1)");
    EXPECT_EQ(sexp("user@host"), "(term user host)");
    EXPECT_EQ(sexp("10:32:01"), "(term 10 32 01)");
    EXPECT_EQ(sexp("--verbose"), "(term verbose)");
    EXPECT_EQ(sexp("Grüße"), "(term grüße)");  // UTF-8 stays one token; only ASCII is lowercased
    EXPECT_EQ(sexp("ÄRGER"), "(term \xC3\x84rger)");
}

TEST(QueryParser, LongTokensBecomeIndexKeys)
{
    const std::string word(100, 'x');
    const ParsedQuery q = parsed(word);
    ASSERT_EQ(q.root.tokens.size(), 1u);
    EXPECT_EQ(q.root.tokens.front(), std::string(kMaxTokenBytes, 'x'));
}

TEST(QueryParser, QuotedPhrases)
{
    EXPECT_EQ(sexp(R"("Connection refused")"), "(term connection refused)");
    EXPECT_EQ(sexp(R"("a \"quoted\" word")"), "(term a quoted word)");
    EXPECT_EQ(sexp(R"("OR")"), "(term or)"); // quoted keywords are words
    EXPECT_EQ(sexp(R"(foo"bar baz")"), "(and (term foo) (term bar baz))");
    EXPECT_EQ(sexp(R"("a*")"), "(term a)"); // no wildcards inside quotes
}

TEST(QueryParser, Keywords)
{
    EXPECT_EQ(sexp("a1 OR b2"), "(or (term a1) (term b2))");
    EXPECT_EQ(sexp("a1 or b2"), "(and (term a1) (term or) (term b2))");
    EXPECT_EQ(sexp("NOT a1"), "(not (term a1))");
    EXPECT_EQ(sexp("not a1"), "(and (term not) (term a1))");
    EXPECT_EQ(sexp("-a1"), "(not (term a1))");
    EXPECT_EQ(sexp("-OR"), "(not (term or))");
    EXPECT_EQ(sexp("-NOT"), "(not (term not))");
    EXPECT_EQ(sexp("NOT NOT a1"), "(term a1)");
    EXPECT_EQ(sexp("NOT -a1"), "(term a1)");
    EXPECT_EQ(sexp("NOT NOT NOT a1"), "(not (term a1))");
}

TEST(QueryParser, PrecedenceNotAndOr)
{
    EXPECT_EQ(sexp("a1 b2 OR c3"), "(or (and (term a1) (term b2)) (term c3))");
    EXPECT_EQ(sexp("a1 OR b2 c3"), "(or (term a1) (and (term b2) (term c3)))");
    EXPECT_EQ(sexp("a1 OR b2 AND c3 OR d4"), "(or (term a1) (and (term b2) (term c3)) (term d4))");
    EXPECT_EQ(sexp("NOT a1 b2"), "(and (not (term a1)) (term b2))");
    EXPECT_EQ(sexp("NOT a1 OR b2"), "(or (not (term a1)) (term b2))");
    EXPECT_EQ(sexp("-a1 OR -b2"), "(or (not (term a1)) (not (term b2)))");
}

TEST(QueryParser, ParenthesesGroupAndFlatten)
{
    EXPECT_EQ(sexp("(a1 OR b2) c3"), "(and (or (term a1) (term b2)) (term c3))");
    EXPECT_EQ(sexp("NOT (a1 OR b2)"), "(not (or (term a1) (term b2)))");
    EXPECT_EQ(sexp("-(a1 b2)"), "(not (and (term a1) (term b2)))");
    EXPECT_EQ(sexp("((a1))"), "(term a1)");
    EXPECT_EQ(sexp("a1 (b2 c3) d4"), "(and (term a1) (term b2) (term c3) (term d4))");
    EXPECT_EQ(sexp("a1 OR (b2 OR c3)"), "(or (term a1) (term b2) (term c3))");
    EXPECT_EQ(sexp("(a1)(b2)"), "(and (term a1) (term b2))");
}

TEST(QueryParser, Prefixes)
{
    EXPECT_EQ(sexp("conn*"), "(prefix conn)");
    EXPECT_EQ(sexp("Ab*"), "(prefix ab)");
    EXPECT_EQ(sexp("blk_-16*"), "(prefix blk_ 16)");
    EXPECT_EQ(sexp("-err*"), "(not (prefix err))");
    EXPECT_EQ(sexp("fü*"), "(prefix f\xC3\xBC)"); // two characters, three bytes
    EXPECT_EQ(sexp("foo*bar"), "(term foo bar)"); // '*' only at the end is a wildcard
}

TEST(QueryParser, Fields)
{
    EXPECT_EQ(sexp("host:WEB-1"), R"((field host "web-1"))");
    EXPECT_EQ(sexp("Service:api"), R"((field service "api"))");
    EXPECT_EQ(sexp("source:/var/log/syslog"), R"((field source "/var/log/syslog"))");
    EXPECT_EQ(sexp(R"(user_id:"Jane Doe")"), R"((field user_id "jane doe"))");
    EXPECT_EQ(sexp("http.status:500"), R"((field http.status "500"))");
    EXPECT_EQ(sexp("x-request-id:abc-1"), R"((field x-request-id "abc-1"))");
    EXPECT_EQ(sexp("host:web*"), R"((fieldprefix host "web"))");
    EXPECT_EQ(sexp("user_id:*"), R"((fieldprefix user_id ""))");
    EXPECT_EQ(sexp(R"(path:"a*")"), R"((field path "a*"))");
    EXPECT_EQ(sexp(R"(path:"C:\\logs\x")"), R"((field path "c:\\logs\\x"))");
    EXPECT_EQ(sexp("-host:web-1"), R"((not (field host "web-1")))");
    EXPECT_EQ(sexp("url:http://x"), R"((field url "http://x"))");
    EXPECT_EQ(sexp("10:00"), "(term 10 00)"); // a name cannot start with a digit
}

TEST(QueryParser, Levels)
{
    EXPECT_EQ(sexp("level:error"), "(level error error)");
    EXPECT_EQ(sexp("level:ERR"), "(level error error)");
    EXPECT_EQ(sexp("level:warn"), "(level warning warning)");
    EXPECT_EQ(sexp("level:fatal"), "(level critical critical)");
    EXPECT_EQ(sexp(R"(level:"info")"), "(level info info)");
    EXPECT_EQ(sexp("level:>=warning"), "(level warning critical)");
    EXPECT_EQ(sexp("level:>warning"), "(level error critical)");
    EXPECT_EQ(sexp("level:<=info"), "(level trace info)");
    EXPECT_EQ(sexp("level:<info"), "(level trace debug)");
    EXPECT_EQ(sexp("level:=notice"), "(level notice notice)");
    EXPECT_EQ(sexp("level:unknown"), "(level unknown unknown)");
}

TEST(QueryParser, Regexes)
{
    EXPECT_EQ(sexp("/err(or)?\\s+\\d+/"), R"((regex "err(or)?\\s+\\d+"))");
    EXPECT_EQ(sexp("/timeout/i"), R"((regex/i "timeout"))");
    EXPECT_EQ(sexp(R"(/a\/b/)"), R"((regex "a/b"))");
    EXPECT_EQ(sexp(R"(/a\\/)"), R"((regex "a\\\\"))");
    EXPECT_EQ(sexp("-/debug/"), R"((not (regex "debug")))");
    EXPECT_EQ(sexp("(/x1/)"), R"((regex "x1"))");
    EXPECT_EQ(sexp("a/b"), "(term a b)"); // a slash inside a word is punctuation
}

TEST(QueryParser, RelativeAndAbsoluteTimes)
{
    ParsedQuery q = parsed("since:15m error");
    EXPECT_EQ(q.sinceMs, kNowMs - 15 * 60'000);
    EXPECT_EQ(q.untilMs, kNoTime);
    EXPECT_EQ(toString(q.root), "(term error)");

    q = parsed("error since:24h until:1h");
    EXPECT_EQ(q.sinceMs, kNowMs - 24 * 3'600'000LL);
    EXPECT_EQ(q.untilMs, kNowMs - 3'600'000LL);

    EXPECT_EQ(parsed("since:7d").sinceMs, kNowMs - 7 * 86'400'000LL);
    EXPECT_EQ(parsed("since:2w").sinceMs, kNowMs - 14 * 86'400'000LL);
    EXPECT_EQ(parsed("since:30s").sinceMs, kNowMs - 30'000);
    EXPECT_EQ(parsed("since:1h30m").sinceMs, kNowMs - 90 * 60'000);
    EXPECT_EQ(toString(parsed("since:1h").root), "(all)");

    EXPECT_EQ(parsed("since:2026-11-27T10:00:00Z").sinceMs, kNowMs - 2 * 3'600'000LL);
    EXPECT_EQ(parsed("since:2026-11-27T11:00:00+01:00").sinceMs, kNowMs - 2 * 3'600'000LL);
    EXPECT_EQ(parsed("since:2026-11-27t10:00:00.250z").sinceMs, kNowMs - 2 * 3'600'000LL + 250);
    EXPECT_EQ(parsed("since:2026-11-27T10:00Z").sinceMs, kNowMs - 2 * 3'600'000LL);
    EXPECT_EQ(parsed("since:2026-11-27T10:00:00").sinceMs, kNowMs - 2 * 3'600'000LL); // no offset: UTC
    EXPECT_EQ(parsed("since:2026-11-27T13:30:00-01:30").sinceMs, kNowMs + 3 * 3'600'000LL);
    EXPECT_EQ(parsed("since:2026-11-27").sinceMs, kNowMs - 12 * 3'600'000LL);
    EXPECT_EQ(parsed("until:1970-01-01T00:00:01Z").untilMs, 1000);
    EXPECT_EQ(parsed("until:2024-02-29").untilMs, 1'709'164'800'000);
    // Allowed inside a top-level AND group written with AND.
    EXPECT_EQ(parsed("a1 AND since:1h").sinceMs, kNowMs - 3'600'000LL);
}

TEST(QueryParser, TimeValuesForOptions)
{
    EXPECT_EQ(parseTimeValue("24h", kNowMs), kNowMs - 24 * 3'600'000LL);
    EXPECT_EQ(parseTimeValue("2026-11-27T12:00:00Z", 0), kNowMs);
    EXPECT_EQ(parseTimeValue("yesterday", kNowMs), std::nullopt);
    EXPECT_EQ(parseTimeValue("", kNowMs), std::nullopt);
}

TEST(QueryParser, ColumnsOfNodes)
{
    const ParsedQuery q = parsed("ü a1 (b2 OR -c3)");
    ASSERT_EQ(q.root.kind, QueryNode::Kind::And);
    EXPECT_EQ(q.root.column, 1);
    EXPECT_EQ(q.root.children[1].column, 3);
    const QueryNode &group = q.root.children[2];
    EXPECT_EQ(group.kind, QueryNode::Kind::Or);
    EXPECT_EQ(group.column, 7);
    EXPECT_EQ(group.children[1].column, 13);              // the '-'
    EXPECT_EQ(group.children[1].children[0].column, 14);  // c3
}

TEST(QueryParser, DeepButAllowedNesting)
{
    std::string text;
    for (int i = 0; i < kMaxQueryDepth; ++i)
        text += '(';
    text += "x1";
    for (int i = 0; i < kMaxQueryDepth; ++i)
        text += ')';
    EXPECT_EQ(sexp(text), "(term x1)");
}

TEST(QueryParser, LongQueriesParseInLinearTime)
{
    // 50 000 alternatives, 100 000 NOTs: neither recursion nor quadratic work.
    std::string ors;
    for (int i = 0; i < 50'000; ++i)
        ors += i ? " OR w" + std::to_string(i) : "w0";
    const ParsedQuery q = parsed(ors);
    EXPECT_EQ(q.root.children.size(), 50'000u);
    const std::string last = "w" + std::to_string(50'000 - 1);
    EXPECT_EQ(q.root.children.back().column, static_cast<int>(ors.size() - last.size()) + 1);

    std::string nots;
    for (int i = 0; i < 100'001; ++i)
        nots += "NOT ";
    nots += "x1";
    EXPECT_EQ(sexp(nots), "(not (term x1))");
}

TEST(QueryFormat, RoundTripsThroughTheParser)
{
    const char *queries[] = {
        "",
        "Error",
        "connection refused OR timeout",
        "(a1 OR b2) -(c3 d4) NOT e5",
        "blk_-16* conn*",
        R"(host:WEB-1 user_id:"Jane \"JD\" Doe" path:"C:\\x" service:api*)",
        "level:>=warning level:<info level:err level:unknown",
        R"(/a\/b\\/i -/x+y/)",
        "(a1 OR b2) since:3h until:2026-11-27T11:00:00.5Z",
        "a1 since:2026-11-27",
        "NOT (a1 OR (b2 c3 (d4 OR e5)))",
        "user_id:*",
    };
    for (const char *text : queries) {
        const ParsedQuery first = parsed(text);
        const std::string formatted = formatQuery(first);
        const ParsedQuery second = parsed(formatted);
        EXPECT_EQ(toString(second.root), toString(first.root)) << text << "\n  formatted: " << formatted;
        EXPECT_EQ(second.sinceMs, first.sinceMs) << formatted;
        EXPECT_EQ(second.untilMs, first.untilMs) << formatted;
    }
    EXPECT_EQ(formatQuery(parsed(R"(a1 b2 OR "c3 d4" -host:x)")), R"("a1" "b2" OR "c3 d4" -host:"x")");
}

TEST(QueryFormat, RoundTripsPrefixesCutToTheIndexKey)
{
    // Found by fuzz_query: a prefix longer than an index key, cut inside a
    // (here invalid) UTF-8 sequence, must still be a valid prefix when written back.
    const std::string text = "ab.\xFF" + std::string(80, '\xA1') + "*";
    const ParsedQuery first = parsed(text);
    ASSERT_EQ(first.root.kind, QueryNode::Kind::Prefix);
    EXPECT_EQ(first.root.tokens.back().size(), kMaxTokenBytes);
    EXPECT_EQ(toString(parsed(formatQuery(first)).root), toString(first.root));
}

TEST(QueryFormat, QuoteLiteralMakesAnyValueSearchable)
{
    for (std::string_view value : {"web-1", "a \"b\" c", "back\\slash", "(x) OR y", "\\\""}) {
        const ParsedQuery q = parsed("-host:" + quoteLiteral(value));
        ASSERT_EQ(q.root.kind, QueryNode::Kind::Not);
        std::string lowered(value);
        for (char &c : lowered)
            c = lowerAscii(c);
        EXPECT_EQ(q.root.children.front().value, lowered);
    }
}

TEST(QueryLevels, NamesAndSpellings)
{
    EXPECT_EQ(levelFromName("WARN"), Level::Warning);
    EXPECT_EQ(levelFromName("Critical"), Level::Critical);
    EXPECT_EQ(levelFromName("emerg"), Level::Critical);
    EXPECT_EQ(levelFromName("debug"), Level::Debug);
    EXPECT_EQ(levelFromName("trace"), Level::Trace);
    EXPECT_EQ(levelFromName("notice"), Level::Notice);
    EXPECT_EQ(levelFromName("bogus"), std::nullopt);
    EXPECT_EQ(levelFromName(""), std::nullopt);
    for (int l = 0; l <= static_cast<int>(Level::Critical); ++l)
        EXPECT_EQ(levelFromName(levelName(static_cast<Level>(l))), static_cast<Level>(l));
}
