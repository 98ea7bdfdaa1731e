// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// Every system of the loghub samples (../shared/data/loghub): at least 99 % of
// the lines get a timestamp, and the first and last line of each file parse to
// the values worked out by hand below (`date -u -d '...' +%s`).
#include "testsupport.h"

#include <opsdeck/logs/lineparser.h>

#include <gtest/gtest.h>

#include <cstdint>
#include <fstream>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

using OpsDeck::Logs::kNoTime;
using OpsDeck::Logs::Level;
using OpsDeck::Logs::LineParser;
using OpsDeck::Logs::ParsedLine;

namespace {

// 2026-01-01T00:00:00Z. Year-less files (Android, Linux, Mac, OpenSSH,
// Proxifier) land in 2025 because every one of their dates is after Jan 2.
constexpr std::int64_t kNow = 1767225600000;

struct Expected
{
    const char *file;
    const char *format;
    std::int64_t firstMs;
    std::int64_t lastMs;
    Level firstLevel;
    const char *firstHost;
    const char *firstService;
};

// Names the file in failure messages instead of dumping the struct's bytes.
[[maybe_unused]] void PrintTo(const Expected &e, std::ostream *os)
{
    *os << e.file;
}

std::vector<std::string> readLines(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::vector<std::string> lines;
    std::string line;
    while (std::getline(in, line))
        lines.push_back(line);
    return lines;
}

std::string loghubPath(const char *file)
{
    return OpsDeck::Test::sharedDataDir().toStdString() + "/loghub/" + file;
}

// clang-format off
const Expected kSystems[] = {
    // 03-17 16:13:38.811 → 2025-03-17 16:13:38 = 1742228018; last 03-17 16:16:09.141 = 1742228169
    {"Android_2k.log", "android", 1742228018811, 1742228169141, Level::Debug, "", "WindowManager"},
    // [Sun Dec 04 04:47:44 2005] = 1133671664; last [Mon Dec 05 19:15:57 2005] = 1133810157
    {"Apache_2k.log", "apache", 1133671664000, 1133810157000, Level::Notice, "", ""},
    // epoch column 1117838570 + .675 from the same second of the fine-grained column;
    // last 1136301189 + .127 (its column says 07.13.09, and 1136301189 % 60 == 9)
    {"BGL_2k.log", "bgl", 1117838570675, 1136301189127, Level::Info, "R02-M1-N0-C:J12-U11", "KERNEL"},
    // 081109 203615 = 2008-11-09 20:36:15 = 1226262975; last 081111 102017 = 1226398817
    {"HDFS_2k.log", "hdfs", 1226262975000, 1226398817000, Level::Info, "", "dfs.DataNode$PacketResponder"},
    // epoch column: 1077804742 first, 1134671139 last
    {"HPC_2k.log", "hpc", 1077804742000, 1134671139000, Level::Unknown, "node-246", "unix.hw"},
    // 2015-10-18 18:01:47,978 = 1445191307; last 2015-10-18 18:10:55,202 = 1445191855
    {"Hadoop_2k.log", "rfc3339", 1445191307978, 1445191855202, Level::Info, "",
     "org.apache.hadoop.mapreduce.v2.app.MRAppMaster"},
    // 20171223-22:15:29:606 = 1514067329; last 20171224-1:2:35:789 = 2017-12-24 01:02:35 = 1514077355
    {"HealthApp_2k.log", "healthapp", 1514067329606, 1514077355789, Level::Unknown, "", "Step_LSC"},
    // Jun 14 15:16:01 → 2025 = 1749914161; last Jul 27 14:42:00 = 1753627320
    {"Linux_2k.log", "syslog", 1749914161000, 1753627320000, Level::Unknown, "combo", "sshd"},
    // Jul  1 09:00:55 = 1751360455; last Jul  8 08:10:46 = 1751962246
    {"Mac_2k.log", "syslog", 1751360455000, 1751962246000, Level::Unknown, "calvisitor-10-105-160-95", "kernel"},
    // Dec 10 06:55:46 = 1765349746; last Dec 10 11:04:45 = 1765364685
    {"OpenSSH_2k.log", "syslog", 1765349746000, 1765364685000, Level::Unknown, "LabSZ", "sshd"},
    // second stamp 2017-05-16 00:00:00.008 = 1494892800; last 00:14:47.687 = 1494892800 + 887
    {"OpenStack_2k.log", "openstack", 1494892800008, 1494893687687, Level::Info, "",
     "nova.osapi_compute.wsgi.server"},
    // [10.30 16:49:06] → 2025-10-30 = 1761842946; last [07.27 10:23:42] = 1753611822
    {"Proxifier_2k.log", "proxifier", 1761842946000, 1753611822000, Level::Unknown, "", "chrome.exe"},
    // 17/06/09 20:10:40 = 1497039040; last 17/06/09 20:11:11 = 1497039071
    {"Spark_2k.log", "spark", 1497039040000, 1497039071000, Level::Info, "",
     "executor.CoarseGrainedExecutorBackend"},
    // epoch column 1131566461 first, 1131567332 last; host = the node column
    {"Thunderbird_2k.log", "thunderbird", 1131566461000, 1131567332000, Level::Unknown, "dn228", "crond"},
    // 2016-09-28 04:30:30 = 1475037030; last 2016-09-29 02:04:40 = 1475114680
    {"Windows_2k.log", "rfc3339", 1475037030000, 1475114680000, Level::Info, "", ""},
    // 2015-07-29 17:41:44,747 = 1438191704; last 2015-08-10 18:12:34,004 = 1439230354
    {"Zookeeper_2k.log", "rfc3339", 1438191704747, 1439230354004, Level::Info, "", ""},
};
// clang-format on

class LoghubSystem : public ::testing::TestWithParam<Expected>
{
};

} // namespace

TEST_P(LoghubSystem, TimestampsOnEveryLineAndExactEnds)
{
    const Expected &e = GetParam();
    const std::vector<std::string> lines = readLines(loghubPath(e.file));
    ASSERT_EQ(lines.size(), 2000u) << loghubPath(e.file);

    LineParser parser({.nowMs = kNow});
    ParsedLine out;
    std::size_t stamped = 0;
    std::string firstMiss;
    for (const std::string &line : lines) {
        if (parser.parse(line, out))
            ++stamped;
        else if (firstMiss.empty())
            firstMiss = line;
    }
    EXPECT_GE(stamped * 100, lines.size() * 99) << e.file << ": first line without a timestamp: " << firstMiss;

    LineParser fresh({.nowMs = kNow});
    ASSERT_TRUE(fresh.parse(lines.front(), out)) << lines.front();
    EXPECT_EQ(out.timestampMs, e.firstMs) << lines.front();
    EXPECT_EQ(out.format, e.format);
    EXPECT_EQ(out.level, e.firstLevel);
    EXPECT_EQ(out.host, e.firstHost);
    EXPECT_EQ(out.service, e.firstService);

    ASSERT_TRUE(fresh.parse(lines.back(), out)) << lines.back();
    EXPECT_EQ(out.timestampMs, e.lastMs) << lines.back();
}

INSTANTIATE_TEST_SUITE_P(Loghub, LoghubSystem, ::testing::ValuesIn(kSystems),
                         [](const ::testing::TestParamInfo<Expected> &param) {
                             std::string name = param.param.file;
                             return name.substr(0, name.find('_'));
                         });

TEST(Loghub, LevelsFromTheirColumns)
{
    LineParser parser({.nowMs = kNow});
    ParsedLine out;
    const struct
    {
        const char *line;
        Level level;
    } cases[] = {
        {"03-17 16:13:38.811  1702  2395 E WindowManager: x", Level::Error},
        {"03-17 16:13:38.811  1702  2395 V WindowManager: x", Level::Trace},
        {"- 1117838570 2005.06.03 R02-M1-N0-C:J12-U11 2005-06-03-15.42.50.675872 R02-M1-N0-C:J12-U11 RAS KERNEL FATAL data TLB error interrupt",
         Level::Critical},
        {"KERNDTLB 1117838570 2005.06.03 R02-M1-N0-C:J12-U11 2005-06-03-15.42.50.675872 R02-M1-N0-C:J12-U11 RAS KERNEL SEVERE x",
         Level::Error},
        {"081109 203615 148 WARN dfs.DataNode: x", Level::Warning},
        {"2015-10-18 18:01:47,978 FATAL [main] org.apache.App: x", Level::Critical},
        {"2015-07-29 19:04:29,071 - WARN  [SendWorker:188978561024:QuorumCnxManager$SendWorker@688] - x",
         Level::Warning},
        {"2016-09-28 04:30:30, Error                 CSI    x", Level::Error},
        {"[Mon Dec 05 19:15:57 2005] [error] mod_jk child workerEnv in error state 6", Level::Error},
        {"Dec 10 11:03:53 LabSZ sshd[25457]: fatal: Write failed", Level::Critical},
        {"Dec 10 11:03:53 LabSZ sshd[25457]: Failed password for invalid user error", Level::Unknown},
    };
    for (const auto &c : cases) {
        parser.parse(c.line, out);
        EXPECT_EQ(out.level, c.level) << c.line;
    }
}

TEST(Loghub, ThunderbirdAndMacHeaders)
{
    LineParser parser({.nowMs = kNow});
    ParsedLine out;
    parser.parse("- 1131566461 2005.11.09 tbird-admin1 Nov 9 12:01:01 local@tbird-admin1 "
                 "/apps/x86_64/system/ganglia-3.0.1/sbin/gmetad[1682]: data_thread() got not answer",
                 out);
    EXPECT_EQ(out.host, "tbird-admin1");
    EXPECT_EQ(out.service, "gmetad");
    parser.parse("Jul  2 16:55:53 calvisitor-10-105-163-202 com.apple.xpc.launchd[1] "
                 "(com.apple.xpc.launchd.domain.pid.WebContent.32502): Path not allowed",
                 out);
    EXPECT_EQ(out.host, "calvisitor-10-105-163-202");
    EXPECT_EQ(out.service, "com.apple.xpc.launchd");
    parser.parse("20171223-22:53:7:6|Step_LSC|30002312|onExtend", out);
    // ":7:6" is 7 s and 6 ms (the neighbours read 22:53:7:299): 2017-12-23 22:53:07 = 1514069587
    EXPECT_EQ(out.timestampMs, 1514069587006);
}
