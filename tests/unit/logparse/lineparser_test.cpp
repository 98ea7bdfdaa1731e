// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include <opsdeck/logs/lineparser.h>

#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>
#include <string_view>

using OpsDeck::Logs::Field;
using OpsDeck::Logs::kNoTime;
using OpsDeck::Logs::Level;
using OpsDeck::Logs::LineParser;
using OpsDeck::Logs::ParsedLine;

namespace {

// 2026-01-01T00:00:00Z: `date -u -d 2026-01-01 +%s` = 1767225600
constexpr std::int64_t kNow = 1767225600000;

// A fresh parser per line, so stickiness never hides a detection bug.
ParsedLine parseOne(std::string_view text, std::int64_t now = kNow)
{
    LineParser parser({.nowMs = now});
    ParsedLine out;
    parser.parse(text, out);
    return out;
}

std::int64_t ts(std::string_view text, std::int64_t now = kNow)
{
    return parseOne(text, now).timestampMs;
}

const Field *findField(const ParsedLine &line, std::string_view key)
{
    for (const Field &f : line.fields) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

std::string fieldValue(const ParsedLine &line, std::string_view key)
{
    const Field *f = findField(line, key);
    return f ? f->value : std::string("<missing>");
}

} // namespace

// --- timestamps ----------------------------------------------------------------

TEST(LineParserTime, Rfc3339Variants)
{
    // 2024-05-01T10:20:30Z: `date -u -d 2024-05-01T10:20:30Z +%s` = 1714558830
    constexpr std::int64_t base = 1714558830000;
    EXPECT_EQ(ts("2024-05-01T10:20:30Z started"), base);
    EXPECT_EQ(ts("2024-05-01T10:20:30.123Z started"), base + 123);
    EXPECT_EQ(ts("2024-05-01T10:20:30,5Z started"), base + 500);
    EXPECT_EQ(ts("2024-05-01T10:20:30.123456789Z started"), base + 123);
    EXPECT_EQ(ts("2024-05-01 10:20:30 started"), base);            // no zone: UTC
    EXPECT_EQ(ts("2024-05-01t10:20:30z started"), base);
    EXPECT_EQ(ts("2024-05-01T12:20:30+02:00 started"), base);      // 12:20 at +2 is 10:20Z
    EXPECT_EQ(ts("2024-05-01T12:20:30+0200 started"), base);
    EXPECT_EQ(ts("2024-05-01T05:20:30-05:00 started"), base);
    EXPECT_EQ(ts("2024-05-01T05:20:30.250-0500 started"), base + 250);
    EXPECT_EQ(ts("2024-05-01 12:50:30 +0230 started"), base);       // zone after a space
    EXPECT_EQ(ts("[2024-05-01T10:20:30Z] ERROR boom"), base);
    EXPECT_EQ(ts("2024/05/01 10:20:30 [error] 7#7: *1 open() failed"), base); // nginx error log
    EXPECT_EQ(ts("2024-05-01T10:20 short form"), base - 30000);
}

TEST(LineParserTime, InvalidDatesAreNotTimestamps)
{
    EXPECT_EQ(ts("2024-13-01T10:20:30Z month thirteen"), kNoTime);
    EXPECT_EQ(ts("2023-02-29T10:20:30Z not a leap year"), kNoTime);
    EXPECT_EQ(ts("2024-02-30 10:20:30 feb thirty"), kNoTime);
    EXPECT_EQ(ts("2024-04-31 10:20:30 april has 30"), kNoTime);
    EXPECT_EQ(ts("2024-05-01T24:00:00Z hour 24"), kNoTime);
    EXPECT_EQ(ts("2024-05-01T10:60:00Z minute 60"), kNoTime);
    EXPECT_EQ(ts("2024-13-45T99:"), kNoTime);
    EXPECT_EQ(ts("2024-05-01T1"), kNoTime);
    EXPECT_EQ(ts("2024-05-"), kNoTime);
    EXPECT_EQ(ts("2024"), kNoTime);
    EXPECT_EQ(ts("Feb 30 10:00:00 host app: x"), kNoTime);
    EXPECT_EQ(ts("Foo 12 10:00:00 host app: x"), kNoTime);
    // 2024-02-29 is real: `date -u -d 2024-02-29T00:00:00Z +%s` = 1709164800
    EXPECT_EQ(ts("2024-02-29T00:00:00Z leap day"), 1709164800000);
}

TEST(LineParserTime, SyslogYearInference)
{
    // now = 2026-01-01T00:00Z. "Jun 14" would be in the future for 2026: 2025.
    // `date -u -d '2025-06-14 15:16:01' +%s` = 1749914161
    EXPECT_EQ(ts("Jun 14 15:16:01 combo sshd[1]: x"), 1749914161000);
    // `date -u -d '2025-07-01 09:00:55' +%s` = 1751360455 (space-padded day)
    EXPECT_EQ(ts("Jul  1 09:00:55 host kernel[0]: x"), 1751360455000);
    EXPECT_EQ(ts("Jul 1 09:00:55 host kernel[0]: x"), 1751360455000);
    // Less than a day after now stays in now's year: 2026-01-01 10:00 → 1767261600
    EXPECT_EQ(ts("Jan  1 10:00:00 host app: x"), 1767261600000);
    // More than a day after now goes back a year: 2025-01-03 → 1735862400
    EXPECT_EQ(ts("Jan  3 00:00:00 host app: x"), 1735862400000);
    // With now = 2024-12-31T12:00Z (1735646400), "Dec 31 11:00:00" is 2024: 1735642800
    EXPECT_EQ(ts("Dec 31 11:00:00 host app: x", 1735646400000), 1735642800000);
    // Feb 29 with now in 2026 goes back to 2024: `date -u -d 2024-02-29T08:00:00 +%s` = 1709193600
    EXPECT_EQ(ts("Feb 29 08:00:00 host app: x"), 1709193600000);
    // Fractions (rsyslog high precision without year)
    EXPECT_EQ(ts("Jun 14 15:16:01.250 combo app: x"), 1749914161250);
}

TEST(LineParserTime, ApacheErrorAndAccessLogs)
{
    // `date -u -d '2005-12-04 04:47:44' +%s` = 1133671664
    const ParsedLine e = parseOne("[Sun Dec 04 04:47:44 2005] [notice] workerEnv.init() ok");
    EXPECT_EQ(e.timestampMs, 1133671664000);
    EXPECT_EQ(e.level, Level::Notice);
    EXPECT_EQ(e.format, "apache");
    // Apache 2.4: microseconds and [module:level]; `date -u -d '2000-10-11 14:32:52' +%s` = 971274772
    const ParsedLine e24 = parseOne(
        "[Wed Oct 11 14:32:52.123456 2000] [core:error] [pid 35708:tid 4328636416] File does not exist");
    EXPECT_EQ(e24.timestampMs, 971274772123);
    EXPECT_EQ(e24.level, Level::Error);
    EXPECT_EQ(e24.service, "core");
    // CLF: 13:55:36 at -0700 is 20:55:36Z; `date -u -d '2000-10-10 20:55:36' +%s` = 971211336
    const ParsedLine a = parseOne(
        "127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] \"GET /error.gif HTTP/1.0\" 200 2326");
    EXPECT_EQ(a.timestampMs, 971211336000);
    EXPECT_EQ(a.format, "clf");
    EXPECT_EQ(a.level, Level::Unknown); // "/error.gif" is a path, not a level
    // nginx combined with an IPv6 client and a user agent
    EXPECT_EQ(ts("2001:db8::1 - - [10/Oct/2000:20:55:36 +0000] \"GET / HTTP/1.1\" 404 0 \"-\" \"curl/8\""),
              971211336000);
}

TEST(LineParserTime, EpochFirstToken)
{
    // `date -u -d @1700000000` = 2023-11-14 22:13:20
    EXPECT_EQ(ts("1700000000 job done"), 1700000000000);
    EXPECT_EQ(ts("1700000000.5 job done"), 1700000000500);
    EXPECT_EQ(ts("1700000000123 job done"), 1700000000123);
    EXPECT_EQ(parseOne("1700000000 job done").format, "epoch");
    EXPECT_EQ(ts("17000000001 eleven digits"), kNoTime);
    EXPECT_EQ(ts("170000000 nine digits"), kNoTime);
    EXPECT_EQ(ts("1700000000abc"), kNoTime);
}

TEST(LineParserTime, GlogAndLogcatBrief)
{
    // klog, year-less: 2025-06-14 15:16:01.123 (June is after now's Jan 1 → 2025)
    const ParsedLine g = parseOne("E0614 15:16:01.123456    1234 server.go:123] cannot bind");
    EXPECT_EQ(g.timestampMs, 1749914161123);
    EXPECT_EQ(g.level, Level::Error);
    EXPECT_EQ(g.format, "glog");
    const ParsedLine b = parseOne("W/ActivityManager(  123): slow operation");
    EXPECT_EQ(b.timestampMs, kNoTime);
    EXPECT_EQ(b.level, Level::Warning);
}

// --- levels --------------------------------------------------------------------

TEST(LineParserLevel, TypicalPositions)
{
    EXPECT_EQ(parseOne("2024-05-01T10:20:30Z INFO started").level, Level::Info);
    EXPECT_EQ(parseOne("2024-05-01T10:20:30Z warn disk low").level, Level::Warning);
    EXPECT_EQ(parseOne("2024-05-01T10:20:30Z [ERROR] failed").level, Level::Error);
    EXPECT_EQ(parseOne("2024-05-01 10:20:30,123 - INFO  [main] - x").level, Level::Info);
    EXPECT_EQ(parseOne("2024-05-01 10:20:30.123 [http-nio-8080-exec-1] WARN c.f.Bar - slow").level,
              Level::Warning);
    EXPECT_EQ(parseOne("2024-05-01 10:20:30,123 - myapp.db - CRITICAL - down").level, Level::Critical);
    EXPECT_EQ(parseOne("2024-05-01T10:20:30Z 1234 FATAL boom").level, Level::Critical);
    EXPECT_EQ(parseOne("2024-05-01T10:20:30Z <notice> x").level, Level::Notice);
    EXPECT_EQ(parseOne("2024-05-01T10:20:30Z Trace entering").level, Level::Trace);
    EXPECT_EQ(parseOne("2024-05-01T10:20:30Z dbg x").level, Level::Debug);
    EXPECT_EQ(parseOne("2024-05-01T10:20:30Z [err] x").level, Level::Error);
    EXPECT_EQ(parseOne("2024-05-01T10:20:30Z [emerg] x").level, Level::Critical);
    EXPECT_EQ(parseOne("2024-05-01T10:20:30Z alert: x").level, Level::Critical);
    EXPECT_EQ(parseOne("2024-05-01T10:20:30Z SEVERE: x").level, Level::Error);
    EXPECT_EQ(parseOne("ERROR 2024-05-01T10:20:30Z level first").level, Level::Error);
    EXPECT_EQ(parseOne("ERROR: no timestamp at all").level, Level::Error);
    EXPECT_EQ(parseOne("[warning] no timestamp").level, Level::Warning);
    // After a syslog tag: "error:" at the start of the message.
    EXPECT_EQ(parseOne("Jun 14 15:16:01 h sshd[1]: error: kex failed").level, Level::Error);
    EXPECT_EQ(parseOne("Jun 14 15:16:01 h kernel: WARNING: hibernate").level, Level::Warning);
}

TEST(LineParserLevel, FreeTextIsNotALevel)
{
    EXPECT_EQ(parseOne("Jun 14 15:16:01 combo app[1]: connection error while reading").level,
              Level::Unknown);
    EXPECT_EQ(parseOne("Jun 14 15:16:01 combo app[1]: saw ERROR in the reply").level, Level::Unknown);
    EXPECT_EQ(parseOne("2024-05-01T10:20:30Z request failed with error 500").level, Level::Unknown);
    EXPECT_EQ(parseOne("2024-05-01T10:20:30Z user info updated").level, Level::Unknown);
    EXPECT_EQ(parseOne("2024-05-01T10:20:30Z GET /api/errors 200").level, Level::Unknown);
    EXPECT_EQ(parseOne("2024-05-01T10:20:30Z errors=3 warnings=0 done=1").level, Level::Unknown);
    EXPECT_EQ(parseOne("2024-05-01T10:20:30Z informative message").level, Level::Unknown);
    // A capitalised level word far from the start does not count.
    std::string late = "2024-05-01T10:20:30Z processing";
    late.append(100, 'x');
    late += " ERROR";
    EXPECT_EQ(parseOne(late).level, Level::Unknown);
}

// --- syslog-style headers ------------------------------------------------------

TEST(LineParserHeader, SyslogHostAndService)
{
    ParsedLine l = parseOne("Jun 14 15:16:01 combo sshd(pam_unix)[19939]: authentication failure");
    EXPECT_EQ(l.host, "combo");
    EXPECT_EQ(l.service, "sshd");
    EXPECT_EQ(l.format, "syslog");

    l = parseOne("Jun 14 15:16:01 combo kernel: Linux agpgart");
    EXPECT_EQ(l.host, "combo");
    EXPECT_EQ(l.service, "kernel");

    l = parseOne("Jun 14 15:16:01 sshd[42]: no host here");
    EXPECT_EQ(l.host, "");
    EXPECT_EQ(l.service, "sshd");

    l = parseOne("Jul  4 23:22:09 mac-1 Microsoft Word[14463]: Cocoa scripting error");
    EXPECT_EQ(l.host, "mac-1");
    EXPECT_EQ(l.service, "Microsoft Word");
    EXPECT_EQ(l.level, Level::Unknown);

    l = parseOne("Jul  1 09:29:02 mac-1 sandboxd[129] ([31211]): deny network-outbound");
    EXPECT_EQ(l.service, "sandboxd");

    l = parseOne("Nov  9 12:01:01 dn228/dn228 /usr/sbin/crond[2916]: (root) CMD (run-parts)");
    EXPECT_EQ(l.host, "dn228");
    EXPECT_EQ(l.service, "crond");

    // journald short-iso output
    l = parseOne("2024-05-01T10:20:30+0000 web-1 nginx[812]: GET / 200");
    EXPECT_EQ(l.timestampMs, 1714558830000);
    EXPECT_EQ(l.host, "web-1");
    EXPECT_EQ(l.service, "nginx");

    // Prose after an ISO stamp is not a header.
    l = parseOne("2024-05-01 10:20:30 Starting server: port 80");
    EXPECT_EQ(l.host, "");
    EXPECT_EQ(l.service, "");
    l = parseOne("2024-05-01 10:20:30 ERROR: boom");
    EXPECT_EQ(l.service, "");
    EXPECT_EQ(l.level, Level::Error);
}

TEST(LineParserHeader, LoggerNameAfterLevel)
{
    EXPECT_EQ(parseOne("17/06/09 20:10:40 INFO spark.SecurityManager: Changing view acls").service,
              "spark.SecurityManager");
    EXPECT_EQ(parseOne("2015-10-18 18:01:47,978 INFO [main] org.apache.hadoop.App: Created").service,
              "org.apache.hadoop.App");
    EXPECT_EQ(parseOne("2024-05-01 10:20:30 INFO Connected: db up").service, "");
}

// --- JSON lines ----------------------------------------------------------------

TEST(LineParserJson, FieldsAndWellKnownMembers)
{
    const ParsedLine l = parseOne(
        R"(  {"ts":"2024-05-01T10:20:30.5Z","level":"warn","host":"web-1","service":"api",)"
        R"("msg":"slow \"query\"\n","took_ms":1234.5,"ok":false,"nothing":null,)"
        R"("req":{"id":"r-1","headers":{"ua":"curl"}},"tags":["a","b"],"unicode":"\u00e9\ud83d\ude00"})");
    EXPECT_EQ(l.format, "json");
    EXPECT_EQ(l.timestampMs, 1714558830500);
    EXPECT_EQ(l.level, Level::Warning);
    EXPECT_EQ(l.host, "web-1");
    EXPECT_EQ(l.service, "api");
    EXPECT_EQ(fieldValue(l, "msg"), "slow \"query\"\n");
    EXPECT_EQ(fieldValue(l, "took_ms"), "1234.5");
    EXPECT_EQ(fieldValue(l, "ok"), "false");
    EXPECT_EQ(fieldValue(l, "req.id"), "r-1");
    EXPECT_EQ(fieldValue(l, "req.headers.ua"), "curl");
    EXPECT_EQ(fieldValue(l, "unicode"), "\xC3\xA9\xF0\x9F\x98\x80");
    EXPECT_EQ(findField(l, "tags"), nullptr);    // arrays skipped
    EXPECT_EQ(findField(l, "nothing"), nullptr); // nulls skipped
    EXPECT_EQ(l.fields.size(), 10u);
}

TEST(LineParserJson, EpochNumbersAndOtherKeys)
{
    ParsedLine l = parseOne(R"({"time":1700000000,"severity":"ERROR","hostname":"h","logger":"x.y"})");
    EXPECT_EQ(l.timestampMs, 1700000000000);
    EXPECT_EQ(l.level, Level::Error);
    EXPECT_EQ(l.host, "h");
    EXPECT_EQ(l.service, "x.y");
    l = parseOne(R"({"@timestamp":1700000000123,"lvl":"debug","app":"pay"})");
    EXPECT_EQ(l.timestampMs, 1700000000123);
    EXPECT_EQ(l.level, Level::Debug);
    EXPECT_EQ(l.service, "pay");
    l = parseOne(R"({"timestamp":"1700000000.25","loglevel":"INFO","component":"c"})");
    EXPECT_EQ(l.timestampMs, 1700000000250);
    EXPECT_EQ(l.level, Level::Info);
    EXPECT_EQ(l.service, "c");
    // pino/bunyan numeric levels; ECS nested names
    l = parseOne(R"({"level":50,"time":1700000000000,"host":{"name":"n1"},"service":{"name":"s1"}})");
    EXPECT_EQ(l.level, Level::Error);
    EXPECT_EQ(l.host, "n1");
    EXPECT_EQ(l.service, "s1");
    // Escaped host: the view points into the unescaped field value.
    l = parseOne(R"({"host":"a\u002db","ts":"2024-05-01T10:20:30Z"})");
    EXPECT_EQ(l.host, "a-b");
    // No timestamp member: still JSON, but no time.
    l = parseOne(R"({"msg":"hi"})");
    EXPECT_EQ(l.format, "json");
    EXPECT_EQ(l.timestampMs, kNoTime);
}

TEST(LineParserJson, InvalidJsonFallsBackToPlainParsing)
{
    for (const std::string_view bad :
         {R"({"a":1)", R"({"a":01})", R"({"a":tru})", R"({"a":"x" "b":1})", R"({a:1})",
          R"({"a":"\x"})", R"({"a":1} trailing)", R"({"a":[1,2})", R"({"a":"unterminated)",
          "{\"a\":\"raw\ttab\"}", R"({"a":1,})", R"({"a":-})", R"({"a":1.})", R"({"a":1e})"}) {
        const ParsedLine l = parseOne(bad);
        EXPECT_NE(l.format, "json") << bad;
        EXPECT_TRUE(l.fields.empty() || l.format == "logfmt") << bad;
    }
    // Deep nesting is refused without recursion trouble.
    std::string deep(100000, '[');
    deep = "{\"a\":" + deep;
    EXPECT_NE(parseOne(deep).format, "json");
    std::string deepObjects;
    for (int i = 0; i < 70; ++i)
        deepObjects += "{\"k\":";
    deepObjects += "1";
    deepObjects.append(70, '}');
    EXPECT_NE(parseOne(deepObjects).format, "json");
}

TEST(LineParserJson, JsonAfterSyslogHeader)
{
    const ParsedLine l =
        parseOne(R"(Jun 14 15:16:01 h app[1]: {"level":"error","user":"bob"})");
    EXPECT_EQ(l.format, "syslog");
    EXPECT_EQ(l.level, Level::Error);
    EXPECT_EQ(fieldValue(l, "user"), "bob");
    EXPECT_EQ(l.service, "app");
}

// --- logfmt --------------------------------------------------------------------

TEST(LineParserLogfmt, PairsAndQuoting)
{
    const ParsedLine l = parseOne(
        R"(ts=2024-05-01T10:20:30Z level=warn msg="disk \"sda\" almost full" host=db-2 pct=93 empty=)");
    EXPECT_EQ(l.format, "logfmt");
    EXPECT_EQ(l.timestampMs, 1714558830000);
    EXPECT_EQ(l.level, Level::Warning);
    EXPECT_EQ(l.host, "db-2");
    EXPECT_EQ(fieldValue(l, "msg"), "disk \"sda\" almost full");
    EXPECT_EQ(fieldValue(l, "pct"), "93");
    EXPECT_EQ(fieldValue(l, "empty"), "");
    EXPECT_EQ(l.fields.size(), 6u);
}

TEST(LineParserLogfmt, OnePairIsNotLogfmt)
{
    EXPECT_TRUE(parseOne("2024-05-01T10:20:30Z set x=1 now").fields.empty());
    EXPECT_TRUE(parseOne("a == b").fields.empty());
    EXPECT_TRUE(parseOne("--port=80 --host=x").fields.empty()); // flags, not keys
}

TEST(LineParserLogfmt, PairsInsideOtherFormats)
{
    const ParsedLine l = parseOne(
        "Jun 14 15:16:01 combo sshd(pam_unix)[19939]: authentication failure; logname= uid=0 "
        "euid=0 tty=NODEVssh ruser= rhost=218.188.2.4 ");
    EXPECT_EQ(l.format, "syslog");
    EXPECT_EQ(fieldValue(l, "uid"), "0");
    EXPECT_EQ(fieldValue(l, "rhost"), "218.188.2.4");
    const ParsedLine a = parseOne("2024-05-01T10:20:30Z acquire lock=233, flags=0x1, tag=\"View Lock\"");
    EXPECT_EQ(fieldValue(a, "lock"), "233");
    EXPECT_EQ(fieldValue(a, "tag"), "View Lock");
    // The time field does not override the line's own timestamp.
    EXPECT_EQ(parseOne("2024-05-01T10:20:30Z job ts=1700000000 time=5").timestampMs, 1714558830000);
}

// --- robustness ----------------------------------------------------------------

TEST(LineParserRobustness, GarbageNeverCrashes)
{
    LineParser parser({.nowMs = kNow});
    ParsedLine out;
    std::mt19937 rng(12345);
    std::string line;
    const std::string_view seeds[] = {"2024-05-01T10:20:30Z ", "Jun 14 15:16:01 ", "{\"a\":", "k=v ",
                                      "[Sun Dec 04 04:47:44 2005] ", "- 1117838570 2005.06.03 ",
                                      "03-17 16:13:38.811 ", "[10.30 16:49:06] "};
    for (int i = 0; i < 20000; ++i) {
        line.clear();
        if (i % 2 == 0)
            line += seeds[static_cast<std::size_t>(i / 2) % std::size(seeds)];
        const int n = static_cast<int>(rng() % 200);
        for (int k = 0; k < n; ++k)
            line.push_back(static_cast<char>(rng() & 0xFF));
        // Truncate at a random point: truncated timestamps must not read past the end.
        line.resize(rng() % (line.size() + 1));
        const std::string exact = line; // a copy of exactly that size (ASan sees overreads)
        parser.parse(exact, out);
        if (out.timestampMs != kNoTime) {
            EXPECT_GT(out.timestampMs, 0);
        }
    }
}

TEST(LineParserRobustness, EveryPrefixOfRealLines)
{
    LineParser parser({.nowMs = kNow});
    ParsedLine out;
    for (const std::string_view full :
         {"2024-05-01T10:20:30.123+02:00 web-1 nginx[812]: GET / 200",
          "[Wed Oct 11 14:32:52.123456 2000] [core:error] [pid 35708] x",
          "127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] \"GET / HTTP/1.0\" 200 2",
          "- 1117838570 2005.06.03 R02-M1-N0-C:J12-U11 2005-06-03-15.42.50.675872 R02 RAS KERNEL INFO x",
          "- 1131566461 2005.11.09 dn228 Nov 9 12:01:01 dn228/dn228 crond(pam_unix)[2915]: x",
          "134681 node-246 unix.hw state_change.unavailable 1077804742 1 Component",
          "20171224-1:2:35:789|Step_LSC|30002312|x", "03-17 16:13:38.811  1702  2395 D Tag: x",
          "{\"ts\":\"2024-05-01T10:20:30Z\",\"a\":{\"b\":\"\\u00e9\"}}", "a=1 b=\"x\\\"y\" c=3"}) {
        for (std::size_t n = 0; n <= full.size(); ++n) {
            const std::string prefix(full.substr(0, n));
            parser.parse(prefix, out);
        }
    }
    SUCCEED();
}

TEST(LineParserRobustness, HugeLinesNulBytesAndInvalidUtf8)
{
    LineParser parser({.nowMs = kNow});
    ParsedLine out;

    std::string huge = "2024-05-01T10:20:30Z ERROR ";
    huge.append(1 << 20, 'a');
    EXPECT_TRUE(parser.parse(huge, out));
    EXPECT_EQ(out.level, Level::Error);

    std::string spaceless(1 << 20, 'x'); // no spaces: no matcher may scan it per format
    EXPECT_FALSE(parser.parse(spaceless, out));

    std::string manyPairs;
    for (int i = 0; i < 100000; ++i)
        manyPairs += "k" + std::to_string(i) + "=v ";
    parser.parse(manyPairs, out);
    EXPECT_EQ(out.fields.size(), 256u); // capped

    std::string bigJson = "{";
    for (int i = 0; i < 50000; ++i)
        bigJson += "\"k" + std::to_string(i) + "\":" + std::to_string(i) + ",";
    bigJson += "\"end\":1}";
    parser.parse(bigJson, out);
    EXPECT_EQ(out.format, "json");
    EXPECT_EQ(out.fields.size(), 256u);

    using namespace std::string_literals;
    const std::string nul = "2024-05-01T10:20:30Z\0INFO\0x=1\0y=2"s;
    EXPECT_TRUE(parser.parse(nul, out));
    const std::string utf8 = "Jun 14 15:16:01 h\xC3\x28 app\xFF[1]: \xE2\x82 broken \xF0\x9F";
    EXPECT_TRUE(parser.parse(utf8, out));
    const std::string jsonBadUtf8 = "{\"msg\":\"\xFF\xFE\",\"ts\":1700000000}";
    EXPECT_TRUE(parser.parse(jsonBadUtf8, out));
    EXPECT_EQ(fieldValue(out, "msg"), "\xFF\xFE");

    EXPECT_FALSE(parser.parse("", out));
    EXPECT_FALSE(parser.parse("\r", out));
    EXPECT_FALSE(parser.parse("   ", out));
}

TEST(LineParserRobustness, OutOfOrderAndStickyFormats)
{
    LineParser parser({.nowMs = kNow});
    ParsedLine out;
    // Times going backwards are parsed as they are.
    ASSERT_TRUE(parser.parse("2024-05-01T10:20:30Z b", out));
    EXPECT_EQ(out.timestampMs, 1714558830000);
    ASSERT_TRUE(parser.parse("2024-05-01T10:20:29Z a", out));
    EXPECT_EQ(out.timestampMs, 1714558829000);
    // Switching formats mid-stream works both ways (sticky is an optimisation only).
    ASSERT_TRUE(parser.parse("Jun 14 15:16:01 combo kernel: x", out));
    EXPECT_EQ(out.format, "syslog");
    ASSERT_TRUE(parser.parse("081109 203615 148 INFO dfs.DataNode: x", out));
    EXPECT_EQ(out.format, "hdfs");
    ASSERT_TRUE(parser.parse("2024-05-01T10:20:30Z c", out));
    EXPECT_EQ(out.format, "rfc3339");
    // A line without any timestamp after them.
    EXPECT_FALSE(parser.parse("\tat com.example.Foo.bar(Foo.java:12)", out));
    EXPECT_EQ(out.timestampMs, kNoTime);
    EXPECT_EQ(out.format, "");
}

TEST(ParsedLine, ClearKeepsNothingVisible)
{
    LineParser parser({.nowMs = kNow});
    ParsedLine out;
    parser.parse(R"({"ts":1700000000,"level":"info","host":"h","a":"b"})", out);
    ASSERT_FALSE(out.fields.empty());
    out.clear();
    EXPECT_TRUE(out.fields.empty());
    EXPECT_EQ(out.timestampMs, kNoTime);
    EXPECT_EQ(out.level, Level::Unknown);
    EXPECT_TRUE(out.host.empty());
    EXPECT_TRUE(out.format.empty());
    // Reused buffers do not leak old values into new fields.
    parser.parse("x=1 yy=22", out);
    ASSERT_EQ(out.fields.size(), 2u);
    EXPECT_EQ(out.fields[0], (Field{"x", "1"}));
    EXPECT_EQ(out.fields[1], (Field{"yy", "22"}));
}
