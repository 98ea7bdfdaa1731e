// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include <opsdeck/logs/syslog.h>

#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

using namespace std::string_literals;
using OpsDeck::Logs::Field;
using OpsDeck::Logs::kNoTime;
using OpsDeck::Logs::Level;
using OpsDeck::Logs::parseSyslogMessage;
using OpsDeck::Logs::RecordInput;
using OpsDeck::Logs::SyslogFrameDecoder;

namespace {

// The captures below were sent at 2026-11-28T04:01:17Z (the test machine's
// clock): `date -u -d 2026-11-28T04:01:17Z +%s` = 1795838477.
constexpr std::int64_t kSent = 1795838477000;
constexpr std::int64_t kNow = kSent + 1000;

// Bytes util-linux `logger` 2.38.1 really sent to a UDP/TCP listener on
// 127.0.0.1 (captured with a python3 socket), e.g.
//   logger -n 127.0.0.1 -P PORT -d --rfc5424 "hello"
const std::string kLogger5424 =
    R"(<13>1 2026-11-28T04:01:17.536344+00:00 vm root - - [timeQuality tzKnown="1" isSynced="0"] hello)";
//   logger -n 127.0.0.1 -P PORT -d --rfc3164 "hello 3164"
const std::string kLogger3164 = "<13>Nov 28 04:01:17 vm root: hello 3164";
//   logger ... --rfc5424=notq,notime "no time"
const std::string kLoggerNoTime = "<13>1 - vm root - - - no time";
//   logger ... --rfc3164 -t tagonly -p auth.err "err msg"
const std::string kLoggerAuthErr = "<35>Nov 28 04:01:17 vm tagonly: err msg";
//   logger ... --rfc5424 -t myapp -p local3.warning --id=4242 --msgid REQ1 --sd-id meta@32473
//          --sd-param 'k1="v \"q\" \\ \]"' "structured msg"
const std::string kLoggerSd =
    R"(<156>1 2026-11-28T04:01:25.322983+00:00 vm myapp 4242 REQ1 [timeQuality tzKnown="1" isSynced="0"][meta@32473 k1="v \"q\" \\ \]"] structured msg)";
//   logger ... --rfc3164 --id=777 -t daemon1 -p daemon.debug "with pid"
const std::string kLoggerPid = "<31>Nov 28 04:01:25 vm daemon1[777]: with pid";
//   logger ... --rfc5424 -p kern.emerg "emerg utf8 ünï" (logger turns kern into user)
const std::string kLoggerEmerg =
    "<8>1 2026-11-28T04:01:25.333977+00:00 vm root - - [timeQuality tzKnown=\"1\" isSynced=\"0\"] emerg utf8 \xc3\xbcn\xc3\xaf";
//   logger -T -n 127.0.0.1 -P PORT --octet-count --rfc5424 (two lines on stdin, -t multi)
const std::string kLoggerOctetStream =
    R"(99 <13>1 2026-11-28T04:01:17.566223+00:00 vm multi - - [timeQuality tzKnown="1" isSynced="0"] line one)"
    R"(99 <13>1 2026-11-28T04:01:17.566325+00:00 vm multi - - [timeQuality tzKnown="1" isSynced="0"] line two)";
//   logger -T -n 127.0.0.1 -P PORT --rfc5424 "tcp lf one"  (one connection each; joined here)
const std::string kLoggerLfStream =
    "<13>1 2026-11-28T04:01:17.558530+00:00 vm root - - [timeQuality tzKnown=\"1\" isSynced=\"0\"] tcp lf one\n"
    "<13>Nov 28 04:01:17 vm root: tcp lf 3164\n";

std::string field(const RecordInput &r, std::string_view key)
{
    for (const Field &f : r.fields) {
        if (f.key == key)
            return f.value;
    }
    return "<missing>";
}

bool hasField(const RecordInput &r, std::string_view key)
{
    return field(r, key) != "<missing>";
}

RecordInput parse(std::string_view datagram, std::int64_t now = kNow)
{
    RecordInput r;
    r.source = "syslog://udp/127.0.0.1:5514";
    EXPECT_TRUE(parseSyslogMessage(datagram, now + 5, now, r)) << datagram;
    EXPECT_EQ(r.ingestedMs, now + 5);
    EXPECT_EQ(r.source, "syslog://udp/127.0.0.1:5514"); // left alone
    return r;
}

std::vector<std::string> decodeAll(const std::vector<std::string_view> &chunks)
{
    SyslogFrameDecoder decoder;
    std::vector<std::string> frames;
    const auto collect = [&frames](std::string_view f) { frames.emplace_back(f); };
    for (const std::string_view chunk : chunks)
        decoder.feed(chunk, collect);
    decoder.flush(collect);
    return frames;
}

} // namespace

TEST(SyslogMessage, LoggerRfc5424)
{
    const RecordInput r = parse(kLogger5424);
    EXPECT_EQ(r.timestampMs, kSent + 536);
    EXPECT_EQ(r.host, "vm");
    EXPECT_EQ(r.service, "root");
    EXPECT_EQ(r.level, Level::Notice); // <13> = user.notice
    EXPECT_EQ(r.message, "hello");
    EXPECT_EQ(field(r, "facility"), "user");
    EXPECT_EQ(field(r, "timeQuality.tzKnown"), "1");
    EXPECT_EQ(field(r, "timeQuality.isSynced"), "0");
    EXPECT_FALSE(hasField(r, "pid"));
    EXPECT_FALSE(hasField(r, "msgid"));
}

TEST(SyslogMessage, LoggerRfc3164)
{
    RecordInput r = parse(kLogger3164);
    EXPECT_EQ(r.timestampMs, kSent);
    EXPECT_EQ(r.host, "vm");
    EXPECT_EQ(r.service, "root");
    EXPECT_EQ(r.level, Level::Notice);
    EXPECT_EQ(r.message, "hello 3164");

    r = parse(kLoggerAuthErr);
    EXPECT_EQ(r.level, Level::Error); // 35 = auth(4) * 8 + err(3)
    EXPECT_EQ(field(r, "facility"), "auth");
    EXPECT_EQ(r.service, "tagonly");
    EXPECT_EQ(r.message, "err msg");

    r = parse(kLoggerPid);
    EXPECT_EQ(r.level, Level::Debug); // 31 = daemon(3) * 8 + debug(7)
    EXPECT_EQ(field(r, "facility"), "daemon");
    EXPECT_EQ(field(r, "pid"), "777");
    EXPECT_EQ(r.service, "daemon1");
    EXPECT_EQ(r.message, "with pid");
    // 2026-11-28T04:01:25Z
    EXPECT_EQ(r.timestampMs, kSent + 8000);
}

TEST(SyslogMessage, LoggerNilTimestampAndStructuredData)
{
    RecordInput r = parse(kLoggerNoTime);
    EXPECT_EQ(r.timestampMs, kNoTime);
    EXPECT_EQ(r.host, "vm");
    EXPECT_EQ(r.message, "no time");
    EXPECT_EQ(r.fields.size(), 1u); // facility only

    r = parse(kLoggerSd);
    EXPECT_EQ(r.level, Level::Warning); // 156 = local3(19) * 8 + warning(4)
    EXPECT_EQ(field(r, "facility"), "local3");
    EXPECT_EQ(field(r, "pid"), "4242");
    EXPECT_EQ(field(r, "msgid"), "REQ1");
    EXPECT_EQ(field(r, "meta@32473.k1"), R"(v "q" \ ])");
    EXPECT_EQ(r.service, "myapp");
    EXPECT_EQ(r.message, "structured msg");
    EXPECT_EQ(r.timestampMs, kSent + 8322);

    r = parse(kLoggerEmerg);
    EXPECT_EQ(r.level, Level::Critical);
    EXPECT_EQ(r.message, "emerg utf8 \xc3\xbcn\xc3\xaf");
}

TEST(SyslogMessage, Rfc5424Examples)
{
    // RFC 5424 section 6.5, example 1 (with the BOM it describes).
    RecordInput r = parse("<34>1 2003-10-11T22:14:15.003Z mymachine.example.com su - ID47 - "
                          "\xEF\xBB\xBF'su root' failed for lonvick on /dev/pts/8");
    // `date -u -d 2003-10-11T22:14:15Z +%s` = 1065910455
    EXPECT_EQ(r.timestampMs, 1065910455003);
    EXPECT_EQ(r.level, Level::Critical); // 34 = auth(4) * 8 + crit(2)
    EXPECT_EQ(r.host, "mymachine.example.com");
    EXPECT_EQ(r.service, "su");
    EXPECT_EQ(field(r, "msgid"), "ID47");
    EXPECT_EQ(r.message, "'su root' failed for lonvick on /dev/pts/8");

    // Example 2: offset -07:00 → 12:14:15Z; `date -u -d 2003-08-24T12:14:15Z +%s` = 1061727255
    r = parse("<165>1 2003-08-24T05:14:15.000003-07:00 192.0.2.1 myproc 8710 - - %% It's time to make the do-nuts.");
    EXPECT_EQ(r.timestampMs, 1061727255000);
    EXPECT_EQ(r.level, Level::Notice);
    EXPECT_EQ(field(r, "facility"), "local4");
    EXPECT_EQ(field(r, "pid"), "8710");
    EXPECT_EQ(r.message, "%% It's time to make the do-nuts.");

    // Example 4: two SD elements and no MSG.
    r = parse(R"(<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 )"
              R"([exampleSDID@32473 iut="3" eventSource="Application" eventID="1011"])"
              R"([examplePriority@32473 class="high"])");
    EXPECT_EQ(field(r, "exampleSDID@32473.iut"), "3");
    EXPECT_EQ(field(r, "exampleSDID@32473.eventSource"), "Application");
    EXPECT_EQ(field(r, "exampleSDID@32473.eventID"), "1011");
    EXPECT_EQ(field(r, "examplePriority@32473.class"), "high");
    EXPECT_EQ(r.message, "");

    // All NILVALUEs; trailing newline and NUL stripped from MSG.
    r = parse("<0>1 - - - - - - kernel panic\r\n\0"s);
    EXPECT_EQ(r.host, "");
    EXPECT_EQ(r.service, "");
    EXPECT_EQ(r.message, "kernel panic");
    EXPECT_EQ(field(r, "facility"), "kern");
    EXPECT_EQ(r.level, Level::Critical);
}

TEST(SyslogMessage, MalformedStructuredDataBecomesMessage)
{
    RecordInput r = parse(R"(<14>1 - h app - - [bad param] text)");
    EXPECT_EQ(r.message, "[bad param] text");
    EXPECT_EQ(r.fields.size(), 1u);
    r = parse(R"(<14>1 - h app - - [ok a="1"][broken a="x)");
    EXPECT_EQ(field(r, "ok.a"), "1");
    EXPECT_FALSE(hasField(r, "broken.a"));
    EXPECT_EQ(r.message, R"([broken a="x)");
    // A truncated header is not an error either.
    r = parse("<14>1 2024-05-01T10:20:30Z");
    EXPECT_EQ(r.timestampMs, 1714558830000);
    EXPECT_EQ(r.message, "");
}

TEST(SyslogMessage, Rfc3164Variants)
{
    // rsyslog forwarding with an RFC 3339 stamp in the legacy layout.
    RecordInput r = parse("<30>2024-05-01T10:20:30.123+00:00 web-1 nginx[812]: GET / 200");
    EXPECT_EQ(r.timestampMs, 1714558830123);
    EXPECT_EQ(r.host, "web-1");
    EXPECT_EQ(r.service, "nginx");
    EXPECT_EQ(field(r, "pid"), "812");
    EXPECT_EQ(r.message, "GET / 200");
    EXPECT_EQ(r.level, Level::Info);

    // No hostname: "tag[pid]:" right after the stamp (local /dev/log style).
    r = parse("<13>Nov 28 04:01:17 cron[99]: job done");
    EXPECT_EQ(r.host, "");
    EXPECT_EQ(r.service, "cron");
    EXPECT_EQ(field(r, "pid"), "99");
    EXPECT_EQ(r.message, "job done");

    // No timestamp at all (some embedded senders).
    r = parse("<13>myprog: hi there");
    EXPECT_EQ(r.timestampMs, kNoTime);
    EXPECT_EQ(r.service, "myprog");
    EXPECT_EQ(r.message, "hi there");
    r = parse("<13>just some text");
    EXPECT_EQ(r.service, "");
    EXPECT_EQ(r.message, "just some text");

    // Space-padded day and year inference (sent in December, received in January).
    // now = 2026-01-01T00:00:05Z (1767225605); Dec 31 23:59:59 is 2025: 1767225599
    r = parse("<13>Dec 31 23:59:59 h app: late", 1767225605000);
    EXPECT_EQ(r.timestampMs, 1767225599000);
    r = parse("<13>Nov  8 04:01:17 vm root: padded");
    EXPECT_EQ(r.timestampMs, kSent - 20LL * 86400 * 1000);
}

TEST(SyslogMessage, NoPriKeepsTheDatagramVerbatim)
{
    for (const std::string &bad : {"hello"s, ""s, "<>x"s, "<1234>x"s, "<192>x"s, "<13"s,
                                   "\0\xFF\xFE"s, " <13>leading space"s}) {
        RecordInput r;
        r.host = "stale";
        r.fields.push_back({"stale", "1"});
        EXPECT_FALSE(parseSyslogMessage(bad, 42, kNow, r)) << bad;
        EXPECT_EQ(r.message, bad);
        EXPECT_EQ(r.host, "");
        EXPECT_TRUE(r.fields.empty());
        EXPECT_EQ(r.timestampMs, kNoTime);
        EXPECT_EQ(r.ingestedMs, 42);
    }
}

TEST(SyslogMessage, PriOnly)
{
    const RecordInput r = parse("<13>");
    EXPECT_EQ(r.message, "");
    EXPECT_EQ(r.level, Level::Notice);
}

TEST(SyslogMessage, GarbageNeverCrashes)
{
    std::mt19937 rng(7);
    RecordInput r;
    for (int i = 0; i < 20000; ++i) {
        std::string d = i % 3 == 0 ? "<13>1 " : (i % 3 == 1 ? "<13>Nov 28 " : "<165>1 - h a - - [x ");
        const int n = static_cast<int>(rng() % 120);
        for (int k = 0; k < n; ++k)
            d.push_back(static_cast<char>(rng() & 0xFF));
        d.resize(rng() % (d.size() + 1));
        const std::string exact = d;
        parseSyslogMessage(exact, 0, kNow, r);
    }
    SUCCEED();
}

// --- framing ---------------------------------------------------------------------

TEST(SyslogFrames, OctetCountingFromLogger)
{
    const auto frames = decodeAll({kLoggerOctetStream});
    ASSERT_EQ(frames.size(), 2u);
    EXPECT_EQ(parse(frames[0]).message, "line one");
    EXPECT_EQ(parse(frames[1]).message, "line two");
    EXPECT_EQ(parse(frames[1]).service, "multi");
}

TEST(SyslogFrames, LineFeedFromLogger)
{
    const auto frames = decodeAll({kLoggerLfStream});
    ASSERT_EQ(frames.size(), 2u);
    EXPECT_EQ(parse(frames[0]).message, "tcp lf one");
    EXPECT_EQ(parse(frames[1]).message, "tcp lf 3164");
}

TEST(SyslogFrames, SplitAtEveryByteBoundary)
{
    const std::string streams[] = {
        kLoggerOctetStream,
        kLoggerLfStream,
        "<13>a\r\n<13>b\0<13>c\n\n<13>unterminated"s,
        "5 <13>a3 <1>"s,
    };
    for (const std::string &stream : streams) {
        const std::vector<std::string> whole = decodeAll({stream});
        ASSERT_FALSE(whole.empty());
        for (std::size_t cut = 0; cut <= stream.size(); ++cut) {
            const std::string_view s = stream;
            EXPECT_EQ(decodeAll({s.substr(0, cut), s.substr(cut)}), whole) << "cut at " << cut;
        }
        std::vector<std::string_view> bytes;
        for (std::size_t i = 0; i < stream.size(); ++i)
            bytes.push_back(std::string_view(stream).substr(i, 1));
        EXPECT_EQ(decodeAll(bytes), whole);
    }
    EXPECT_EQ(decodeAll({"<13>a\r\n<13>b\0<13>c\n\n<13>unterminated"s}),
              (std::vector<std::string>{"<13>a", "<13>b", "<13>c", "<13>unterminated"}));
    EXPECT_EQ(decodeAll({"5 <13>a3 <1>"}), (std::vector<std::string>{"<13>a", "<1>"}));
}

TEST(SyslogFrames, BadLengthPrefixFallsBackToLineFeed)
{
    // Starts with a digit but is not octet counting: no byte may be lost.
    EXPECT_EQ(decodeAll({"2024-05-01 starts with a date\nsecond\n"}),
              (std::vector<std::string>{"2024-05-01 starts with a date", "second"}));
    // Good frames first, then the sender switches to newlines.
    EXPECT_EQ(decodeAll({"3 abc<13>x\n<13>y\n"}),
              (std::vector<std::string>{"abc", "<13>x", "<13>y"}));
    // Too many digits for a length.
    EXPECT_EQ(decodeAll({"12345678901 x\n"}), (std::vector<std::string>{"12345678901 x"}));
    // A leading zero is not a length either.
    EXPECT_EQ(decodeAll({"0 x\n"}), (std::vector<std::string>{"0 x"}));
    // Unterminated digits at close are still delivered.
    EXPECT_EQ(decodeAll({"3 abc12"}), (std::vector<std::string>{"abc", "12"}));
}

TEST(SyslogFrames, OversizedFramesAreCut)
{
    constexpr std::size_t max = SyslogFrameDecoder::kMaxFrameBytes;
    // LF framing: 3 MiB without a newline, then a normal frame.
    std::string big(3 * max, 'x');
    std::vector<std::size_t> sizes;
    std::vector<std::string> small;
    SyslogFrameDecoder lf;
    const auto onFrame = [&](std::string_view f) {
        sizes.push_back(f.size());
        if (f.size() < 100)
            small.emplace_back(f);
    };
    lf.feed("<13>", onFrame);
    for (std::size_t off = 0; off < big.size(); off += 65536)
        lf.feed(std::string_view(big).substr(off, 65536), onFrame);
    lf.feed("\n<13>after\n", onFrame);
    lf.flush(onFrame);
    EXPECT_EQ(sizes, (std::vector<std::size_t>{max, 9}));
    EXPECT_EQ(small, (std::vector<std::string>{"<13>after"}));

    // Octet counting: a 2 MiB message is cut to 1 MiB, the stream continues.
    sizes.clear();
    small.clear();
    SyslogFrameDecoder oc;
    const std::size_t length = 2 * max;
    oc.feed(std::to_string(length) + " ", onFrame);
    std::string payload(length, 'y');
    for (std::size_t off = 0; off < payload.size(); off += 100000)
        oc.feed(std::string_view(payload).substr(off, 100000), onFrame);
    oc.feed("4 <1>z", onFrame);
    oc.flush(onFrame);
    EXPECT_EQ(sizes, (std::vector<std::size_t>{max, 4}));
    EXPECT_EQ(small, (std::vector<std::string>{"<1>z"}));
    EXPECT_EQ(oc.framing(), SyslogFrameDecoder::Framing::Unknown); // flush resets
}

TEST(SyslogFrames, GarbageStreamsNeverCrash)
{
    std::mt19937 rng(99);
    for (int i = 0; i < 2000; ++i) {
        std::string stream;
        const int n = static_cast<int>(rng() % 300);
        for (int k = 0; k < n; ++k) {
            const unsigned v = rng() % 16;
            stream.push_back(v < 4 ? static_cast<char>('0' + v) : v < 6 ? ' ' : v < 7 ? '\n' : static_cast<char>(rng() & 0xFF));
        }
        std::size_t total = 0;
        SyslogFrameDecoder decoder;
        const auto count = [&total](std::string_view f) { total += f.size(); };
        std::size_t off = 0;
        while (off < stream.size()) {
            const std::size_t len = 1 + rng() % 17;
            decoder.feed(std::string_view(stream).substr(off, len), count);
            off += len;
        }
        decoder.flush(count);
        EXPECT_LE(total, stream.size());
    }
}
