// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "querytestsupport.h"

#include <atomic>
#include <thread>

using namespace OpsDeck::Logs;
using OpsDeck::Logs::Test::compiled;
using OpsDeck::Logs::Test::parsed;

namespace {

struct Rec
{
    std::string message;
    std::string host;
    std::string service;
    std::string source;
    Level level = Level::Unknown;
    std::vector<Field> fields;

    RecordView view() const { return {message, host, service, source, level, &fields}; }
};

bool hit(std::string_view query, const Rec &record)
{
    return compiled(query).matches(record.view());
}

bool hit(std::string_view query, std::string message)
{
    return hit(query, Rec{std::move(message)});
}

std::vector<std::size_t> blockLines(const Matcher &m, std::size_t id, std::string_view block)
{
    std::vector<std::size_t> lines;
    m.scanRegexBlock(id, block, [&](std::size_t line) { lines.push_back(line); });
    return lines;
}

std::vector<std::size_t> perLine(const Matcher &m, std::size_t id, std::string_view block)
{
    std::vector<std::size_t> lines;
    std::size_t index = 0;
    std::size_t start = 0;
    while (start < block.size()) {
        std::size_t end = block.find('\n', start);
        if (end == std::string_view::npos)
            end = block.size();
        if (m.regexMatches(id, block.substr(start, end - start)))
            lines.push_back(index);
        ++index;
        start = end + 1;
    }
    return lines;
}

} // namespace

TEST(Matcher, EmptyQueryMatchesEverything)
{
    const Matcher m = compiled("");
    EXPECT_TRUE(m.matchesEverything());
    EXPECT_TRUE(m.matches(Rec{}.view()));
    EXPECT_TRUE(m.matches(RecordView{}));
    EXPECT_FALSE(compiled("x1").matchesEverything());
}

TEST(Matcher, TermsAreWholeWordsIgnoringAsciiCase)
{
    EXPECT_TRUE(hit("error", "ERROR: disk full"));
    EXPECT_TRUE(hit("error", "an Error occurred"));
    EXPECT_FALSE(hit("error", "errors everywhere"));
    EXPECT_FALSE(hit("error", "no_error here")); // '_' is part of the word
    EXPECT_TRUE(hit("error", "code=error;"));
    EXPECT_FALSE(hit("err", "error"));
    EXPECT_TRUE(hit("grüße", "Viele Grüße"));
    EXPECT_FALSE(hit("grüße", "GRÜSSE")); // non-ASCII compares as bytes
    EXPECT_FALSE(hit("x1", ""));
}

TEST(Matcher, MultiTokenTermsArePhrases)
{
    EXPECT_TRUE(hit("blk_-1608999687919862906", "Receiving block blk_-1608999687919862906 src"));
    EXPECT_TRUE(hit("blk_-1608999687919862906", "block BLK_+1608999687919862906")); // same tokens
    EXPECT_FALSE(hit("blk_-1608999687919862906", "block BLK_1608999687919862906")); // one token
    EXPECT_FALSE(hit("blk_-1608999687919862906", "blk_-16089996879198629060"));
    EXPECT_TRUE(hit("10.0.0.1", "from 10.0.0.1:22"));
    EXPECT_FALSE(hit("10.0.0.1", "from 10.0.0.12"));
    EXPECT_FALSE(hit("10.0.0.1", "from 110.0.0.1"));
    EXPECT_FALSE(hit("10.0.0.1", "10 0 x 0 1"));
    EXPECT_TRUE(hit(R"("connection refused")", "Connection   refused"));
    EXPECT_TRUE(hit(R"("connection refused")", "connection: refused!"));
    EXPECT_FALSE(hit(R"("connection refused")", "refused connection"));
    EXPECT_FALSE(hit(R"("connection refused")", "connection was refused"));
    // Overlapping starts: KMP must not skip the real occurrence.
    EXPECT_TRUE(hit(R"("a a b")", "a a a b"));
    EXPECT_TRUE(hit(R"("a b a c")", "a b a b a c"));
    EXPECT_FALSE(hit(R"("a b a c")", "a b a b a"));
}

TEST(Matcher, LongWordsCompareByTheirIndexKey)
{
    const std::string word(80, 'q');
    EXPECT_TRUE(hit(word, "x " + word + " y"));
    EXPECT_TRUE(hit(word, std::string(70, 'q')));               // same 64-byte key
    EXPECT_FALSE(hit(word, std::string(63, 'q')));
    EXPECT_TRUE(hit(std::string(64, 'q'), std::string(90, 'Q')));
}

TEST(Matcher, Prefixes)
{
    EXPECT_TRUE(hit("conn*", "Connection reset"));
    EXPECT_TRUE(hit("conn*", "conn"));
    EXPECT_FALSE(hit("conn*", "disconnect"));
    EXPECT_TRUE(hit("blk_-16*", "blk_-1608999687919862906 ok"));
    EXPECT_FALSE(hit("blk_-16*", "blk_-2608999687919862906 16"));
    EXPECT_TRUE(hit("a_b.c.de*", "x a_b c a_b c deep"));
    EXPECT_FALSE(hit("a_b.c.de*", "a_b c x deep"));
}

TEST(Matcher, BooleanTruthTables)
{
    struct Case
    {
        bool a, b, c;
    };
    const Case cases[] = {{false, false, false}, {false, false, true}, {false, true, false}, {false, true, true},
                          {true, false, false},  {true, false, true},  {true, true, false},  {true, true, true}};
    for (const Case &k : cases) {
        std::string msg = "start";
        if (k.a)
            msg += " alpha";
        if (k.b)
            msg += " beta";
        if (k.c)
            msg += " gamma";
        const auto &[a, b, c] = k;
        SCOPED_TRACE(msg);
        EXPECT_EQ(hit("alpha beta", msg), a && b);
        EXPECT_EQ(hit("alpha OR beta", msg), a || b);
        EXPECT_EQ(hit("-alpha", msg), !a);
        EXPECT_EQ(hit("NOT alpha beta", msg), !a && b);
        EXPECT_EQ(hit("alpha beta OR gamma", msg), (a && b) || c);
        EXPECT_EQ(hit("alpha (beta OR gamma)", msg), a && (b || c));
        EXPECT_EQ(hit("-(alpha OR beta) gamma", msg), !(a || b) && c);
        EXPECT_EQ(hit("alpha OR beta -gamma", msg), a || (b && !c));
        EXPECT_EQ(hit("NOT NOT alpha", msg), a);
        EXPECT_EQ(hit("/alp/ -/gam/ OR beta", msg), (a && !c) || b);
    }
}

TEST(Matcher, BuiltInFieldsCompareWholeValues)
{
    const Rec r{"msg", "WEB-1", "Api", "/var/log/app.log", Level::Warning, {}};
    EXPECT_TRUE(hit("host:web-1", r));
    EXPECT_FALSE(hit("host:web", r));
    EXPECT_FALSE(hit("host:web-10", r));
    EXPECT_TRUE(hit("host:web*", r));
    EXPECT_TRUE(hit("host:*", r));
    EXPECT_TRUE(hit("service:API", r));
    EXPECT_TRUE(hit(R"(source:"/var/log/app.log")", r));
    EXPECT_TRUE(hit("-host:web-2", r));
    EXPECT_FALSE(hit("host:*", Rec{"msg"}));
    EXPECT_TRUE(hit(R"(host:"")", Rec{"msg"}));
}

TEST(Matcher, ExtractedFields)
{
    const Rec r{"msg", "", "", "", Level::Info, {{"user_id", "U-42"}, {"HTTP.Status", "500"}, {"tag", "a"}, {"tag", "b"}}};
    EXPECT_TRUE(hit("user_id:u-42", r));
    EXPECT_FALSE(hit("user_id:u-4", r));
    EXPECT_TRUE(hit("user_id:u-4*", r));
    EXPECT_TRUE(hit("http.status:500", r));       // keys compare ignoring ASCII case
    EXPECT_TRUE(hit("tag:b", r));                  // any of a repeated key
    EXPECT_TRUE(hit("user_id:*", r));
    EXPECT_FALSE(hit("session:*", r));
    EXPECT_FALSE(hit("user_id:u-42", Rec{"user_id=u-42"})); // not in the message text
    Rec none{"msg"};
    EXPECT_FALSE(compiled("user_id:x").matches(RecordView{none.message, {}, {}, {}, Level::Info, nullptr}));
}

TEST(Matcher, Levels)
{
    auto at = [](Level level) { return Rec{"m", "", "", "", level, {}}; };
    EXPECT_TRUE(hit("level:error", at(Level::Error)));
    EXPECT_FALSE(hit("level:error", at(Level::Critical)));
    EXPECT_TRUE(hit("level:>=warning", at(Level::Critical)));
    EXPECT_TRUE(hit("level:>=warning", at(Level::Warning)));
    EXPECT_FALSE(hit("level:>=warning", at(Level::Notice)));
    EXPECT_FALSE(hit("level:>=warning", at(Level::Unknown)));
    EXPECT_FALSE(hit("level:<=info", at(Level::Unknown)));
    EXPECT_TRUE(hit("level:<=info", at(Level::Trace)));
    EXPECT_TRUE(hit("level:unknown", at(Level::Unknown)));
    EXPECT_TRUE(hit("-level:debug", at(Level::Unknown)));
}

TEST(Matcher, Regexes)
{
    EXPECT_TRUE(hit(R"(/user \d+ logged/)", "user 42 logged in"));
    EXPECT_FALSE(hit(R"(/user \d+ logged/)", "User 42 logged in"));
    EXPECT_TRUE(hit(R"(/user \d+ logged/i)", "User 42 logged in"));
    EXPECT_TRUE(hit(R"(/^start/)", "start here"));
    EXPECT_FALSE(hit(R"(/^here/)", "start here"));
    EXPECT_TRUE(hit(R"(/here$/)", "start here"));
    EXPECT_TRUE(hit(R"(/^second/)", "first line\nsecond line")); // ^ at every line of a record
    EXPECT_TRUE(hit(R"(/a\/b/)", "path a/b/c"));
    EXPECT_TRUE(hit("/\\x00/", std::string("nul\0here", 8)));
}

TEST(Matcher, RegexIdsFollowPreOrder)
{
    const ParsedQuery q = parsed("/r0/ (x1 OR /r1/) -/r2/");
    std::vector<const QueryNode *> regexes;
    collectRegexes(q.root, regexes);
    ASSERT_EQ(regexes.size(), 3u);
    const Matcher m = std::get<Matcher>(Matcher::compile(q.root));
    ASSERT_EQ(m.regexCount(), 3u);
    for (std::size_t i = 0; i < 3; ++i) {
        const std::string probe = "r" + std::to_string(i);
        EXPECT_EQ(regexes[i]->value, probe);
        EXPECT_TRUE(m.regexMatches(i, probe));
        for (std::size_t j = 0; j < 3; ++j) {
            if (j != i) {
                EXPECT_FALSE(m.regexMatches(j, probe));
            }
        }
    }
    EXPECT_FALSE(m.regexMatches(7, "r0")); // out of range: no match, no crash
}

TEST(Matcher, KnownRegexVerdictsSkipTheScan)
{
    const Matcher m = compiled("/alpha/ OR beta");
    const Rec r{"alpha"};
    const RegexVerdict no[] = {RegexVerdict::NoMatch};
    const RegexVerdict yes[] = {RegexVerdict::Match};
    const RegexVerdict unknown[] = {RegexVerdict::Unknown};
    EXPECT_TRUE(m.matches(r.view()));
    EXPECT_FALSE(m.matches(r.view(), no));
    EXPECT_TRUE(m.matches(Rec{"gamma"}.view(), yes));
    EXPECT_TRUE(m.matches(r.view(), unknown));
}

TEST(Matcher, HandBuiltTreesNeedNotBeNormalised)
{
    QueryNode term;
    term.kind = QueryNode::Kind::Term;
    term.tokens = {"HELLO"};
    QueryNode single;
    single.kind = QueryNode::Kind::And;
    single.children = {term};
    QueryNode emptyOr;
    emptyOr.kind = QueryNode::Kind::Or;
    const Matcher m1 = std::get<Matcher>(Matcher::compile(single));
    EXPECT_TRUE(m1.matches(Rec{"say hello"}.view()));
    const Matcher m2 = std::get<Matcher>(Matcher::compile(emptyOr));
    EXPECT_FALSE(m2.matches(Rec{"say hello"}.view()));
}

TEST(Matcher, CompileReportsWhatHyperscanCannotBuild)
{
    QueryNode regex;
    regex.kind = QueryNode::Kind::Regex;
    regex.value = "(?=a)b";
    regex.column = 9;
    const auto result = Matcher::compile(regex);
    ASSERT_TRUE(std::holds_alternative<QueryError>(result));
    EXPECT_EQ(std::get<QueryError>(result).code, QueryError::Code::InvalidRegex);
    EXPECT_EQ(std::get<QueryError>(result).column, 9);
}

TEST(MatcherBlockScan, AgreesWithPerLineMatching)
{
    const std::string block = "alpha 1\n"
                              "beta\n"
                              "\n"
                              "alpha alpha 22\n"
                              "gamma alpha\n"
                              "ALPHA\n"
                              "line end\n"
                              "start of line\n"
                              "tail alpha";
    const char *patterns[] = {"/alpha/", "/alpha/i", "/^alpha/", "/alpha$/", R"(/\d+/)",
                              // Only across a line break: never reported, however the
                              // pattern reaches the '\n'.
                              R"(/end\s+start/)", R"(/end\W+start/)", R"(/end[\t-\r]start/)", R"(/end[^a-z]start/)",
                              R"(/end(?s:.)start/)", R"(/end\x0astart/)", R"(/end\nstart/)", R"(/end[[:space:]]start/)",
                              R"(/end[^[:alpha:]]start/)", "/end\nstart/",
                              R"(/[^x]+/)",        // crosses every line break
                              R"(/a.*a/)", R"(/\bof\b/)", R"(/\Aalpha/)", R"(/alpha\z/)", "/./", "/e/"};
    for (const char *pattern : patterns) {
        SCOPED_TRACE(pattern);
        const Matcher m = compiled(pattern);
        EXPECT_EQ(blockLines(m, 0, block), perLine(m, 0, block));
        EXPECT_EQ(blockLines(m, 0, block + "\n"), perLine(m, 0, block));
    }
    for (const char *crossing : {R"(/end\s+start/)", R"(/end[\t-\r]start/)", R"(/end(?s:.)start/)", R"(/end\x0astart/)"}) {
        EXPECT_TRUE(blockLines(compiled(crossing), 0, block).empty()) << crossing;
        EXPECT_TRUE(compiled(crossing).matches(RecordView{"line end\nstart"})) << crossing; // one record: it may
    }
    EXPECT_TRUE(blockLines(compiled("/x1/"), 0, "").empty());
}

TEST(MatcherBlockScan, CallbackMayUseTheSameMatcher)
{
    const Matcher m = compiled("/b[0-9]/");
    std::vector<std::size_t> lines;
    m.scanRegexBlock(0, "b1\nc\nb2", [&](std::size_t line) {
        EXPECT_TRUE(m.matches(RecordView{"b9"}));
        m.scanRegexBlock(0, "b3", [](std::size_t) {});
        lines.push_back(line);
    });
    EXPECT_EQ(lines, (std::vector<std::size_t>{0, 2}));
}

TEST(Matcher, ConcurrentUseFromManyThreads)
{
    const Matcher m = compiled(R"(/fail(ed|ure)/i OR "disk full" -level:debug)");
    const Matcher other = compiled("/ok/");
    const std::vector<std::string> messages = {"Failed to open", "disk full now", "all ok", "FAILURE", "nothing"};
    std::atomic<int> wrong{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 5000; ++i) {
                const std::string &msg = messages[static_cast<std::size_t>(i) % messages.size()];
                const bool expected = msg != "all ok" && msg != "nothing";
                if (m.matches(RecordView{msg, {}, {}, {}, Level::Info, nullptr}) != expected)
                    ++wrong;
                // Alternating matchers on one thread share its scratch space.
                if (other.matches(RecordView{msg}) != (msg == "all ok"))
                    ++wrong;
            }
        });
    }
    for (auto &thread : threads)
        thread.join();
    EXPECT_EQ(wrong.load(), 0);
}
