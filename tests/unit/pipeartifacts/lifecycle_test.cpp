// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// expire_in as GitLab writes it (every value in the shared .gitlab-ci.yml
// samples parses), and the lifecycle on a real store with an injected
// clock: defaults, explicit expiry, never, production kept longer, and gc
// of what expired sets leave behind.
#include "artifacttestutil.h"

#include "testsupport.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QFile>
#include <QRegularExpression>

#include <atomic>
#include <map>

using namespace OpsDeck::Pipelines;
using namespace OpsDeck::Pipelines::Test;

namespace {
constexpr std::int64_t kDay = 86'400;
}

TEST(ExpireIn, ParsesGitLabDurations)
{
    const auto seconds = [](std::string_view text) {
        std::string error;
        const auto parsed = parseExpireIn(text, &error);
        EXPECT_TRUE(parsed) << text << ": " << error;
        return parsed ? (parsed->never ? -1 : parsed->seconds) : -2;
    };
    EXPECT_EQ(seconds("30 days"), 30 * kDay);
    EXPECT_EQ(seconds("1 week"), 7 * kDay);
    EXPECT_EQ(seconds("7d"), 7 * kDay);
    EXPECT_EQ(seconds("2 hrs"), 7200);
    EXPECT_EQ(seconds("2h20min"), 2 * 3600 + 20 * 60);
    EXPECT_EQ(seconds("2 hrs 20 min"), 2 * 3600 + 20 * 60);
    EXPECT_EQ(seconds("3 weeks and 2 days"), 23 * kDay);
    EXPECT_EQ(seconds("6 mos 1 day"), 181 * kDay);
    EXPECT_EQ(seconds("1 yr"), 365 * kDay);
    EXPECT_EQ(seconds("42"), 42);
    EXPECT_EQ(seconds("\"1 week\""), 7 * kDay);
    EXPECT_EQ(seconds("  1 Day  "), kDay);
    EXPECT_EQ(seconds("never"), -1);
    EXPECT_EQ(seconds("Never"), -1);
}

TEST(ExpireIn, SaysWhatIsWrongAndWhere)
{
    std::string error;
    EXPECT_FALSE(parseExpireIn("3 fortnights", &error));
    EXPECT_EQ(error, "column 3: unknown unit \"fortnights\" (use seconds, minutes, hours, days, weeks, months or years)");
    EXPECT_FALSE(parseExpireIn("1 day 30", &error));
    EXPECT_EQ(error, "column 9: missing unit after 30 (use seconds, minutes, hours, days, weeks, months or years)");
    EXPECT_FALSE(parseExpireIn("soon", &error));
    EXPECT_EQ(error, "column 1: expected a number, found \"soon\"");
    EXPECT_FALSE(parseExpireIn("", &error));
    EXPECT_EQ(error, "column 1: empty duration (write e.g. \"30 days\", \"1 week\" or \"never\")");
    EXPECT_FALSE(parseExpireIn("99999999999999999999 days", &error));
    EXPECT_EQ(error, "column 1: number too large");
    EXPECT_FALSE(parseExpireIn("9999999999999999 years", &error));
    EXPECT_EQ(error, "column 1: duration too long");
    EXPECT_FALSE(parseExpireIn("-1 day", &error));
}

TEST(ExpireIn, FormatsTheShortestExactSpelling)
{
    EXPECT_EQ(formatExpireIn({false, 14 * kDay}), "2 weeks");
    EXPECT_EQ(formatExpireIn({false, 3 * kDay}), "3 days");
    EXPECT_EQ(formatExpireIn({false, 90 * 60}), "90 minutes");
    EXPECT_EQ(formatExpireIn({false, 1}), "1 second");
    EXPECT_EQ(formatExpireIn({true, 0}), "never");
    for (const std::int64_t s : {std::int64_t{7 * kDay}, std::int64_t{3661}, std::int64_t{kDay + 60}})
        EXPECT_EQ(parseExpireIn(formatExpireIn({false, s}), nullptr)->seconds, s);
}

TEST(ExpireIn, ParsesEveryValueInTheSharedGitLabSamples)
{
    const QString root = OpsDeck::Test::sharedDataDir() + QStringLiteral("/ci/gitlab");
    if (!QFileInfo::exists(root))
        GTEST_SKIP() << "no shared data at " << root.toStdString();
    const QRegularExpression line(QStringLiteral("^\\s*expire_in:\\s*(.+?)\\s*(#.*)?$"));
    int found = 0;
    QDirIterator it(root, {QStringLiteral("*.yml"), QStringLiteral("*.yaml")}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        int number = 0;
        while (!file.atEnd()) {
            ++number;
            const QString text = QString::fromUtf8(file.readLine()).trimmed();
            const auto match = line.match(text);
            if (!match.hasMatch() || match.captured(1).startsWith(QLatin1Char('$')))
                continue; // $VARIABLES are expanded by the runner first
            std::string error;
            EXPECT_TRUE(parseExpireIn(match.captured(1).toStdString(), &error))
                << path.toStdString() << ":" << number << ": " << error;
            ++found;
        }
    }
    EXPECT_GE(found, 100) << "the samples hold over a hundred expire_in values";
}

namespace {

std::atomic<std::int64_t> g_now{1'800'000'000};

ArtifactStoreOptions fakeClock()
{
    ArtifactStoreOptions options;
    options.now = [] { return g_now.load(); };
    options.lifecycle.defaultSeconds = 30 * kDay;
    options.lifecycle.productionSeconds = 90 * kDay;
    return options;
}

} // namespace

TEST(ArtifactLifecycle, ExpiresSetsOnTheirOwnScheduleAndKeepsProductionLonger)
{
    TempDir tmp;
    const std::string ws = tmp.sub("ws");
    writeFile(ws + "/shared.bin", randomBytes(40'000, 1));
    writeFile(ws + "/weekly.txt", "weekly\n");
    writeFile(ws + "/default.txt", "default\n");
    writeFile(ws + "/forever.txt", "forever\n");
    writeFile(ws + "/release.txt", "release\n");
    auto store = openStore(tmp.sub("store"), fakeClock());
    ASSERT_TRUE(store);
    const std::int64_t t0 = g_now.load();
    const auto put = [&](const char *run, const char *file, const char *expire, bool production = false) {
        const ArtifactStatus s = store->storeJob({.runId = run, .jobName = "build", .workspaceDir = ws,
                                                  .paths = {"shared.bin", file}, .expireIn = expire,
                                                  .production = production});
        ASSERT_TRUE(s.ok()) << s.message;
    };
    put("weekly", "weekly.txt", "1 week");
    put("default", "default.txt", "");
    put("forever", "forever.txt", "never");
    put("release", "release.txt", "1 week");      // deployed later, see below
    put("hotfix", "weekly.txt", "120 days", true); // production, and asks for more than 90 days
    ASSERT_TRUE(store->setProduction("release", true).ok());

    std::vector<ManifestSummary> listed;
    ASSERT_TRUE(store->list(&listed).ok());
    std::map<std::string, std::int64_t> expires;
    for (const ManifestSummary &s : listed)
        expires[s.id.runId] = s.expiresAt;
    EXPECT_EQ(expires["weekly"], t0 + 7 * kDay);
    EXPECT_EQ(expires["default"], t0 + 30 * kDay);
    EXPECT_EQ(expires["forever"], 0);
    EXPECT_EQ(expires["release"], t0 + 90 * kDay);
    EXPECT_EQ(expires["hotfix"], t0 + 120 * kDay);

    LifecycleReport report;
    ASSERT_TRUE(store->applyLifecycle(t0 + 7 * kDay - 1, &report).ok());
    EXPECT_TRUE(report.expired.empty());
    EXPECT_EQ(report.gc.blobsRemoved, 0u);

    ASSERT_TRUE(store->applyLifecycle(t0 + 7 * kDay, &report).ok());
    ASSERT_EQ(report.expired.size(), 1u);
    EXPECT_EQ(report.expired[0], (ManifestId{"weekly", "build"}));
    EXPECT_EQ(report.gc.blobsRemoved, 0u) << "weekly.txt's content is still used by the hotfix";

    ASSERT_TRUE(store->applyLifecycle(t0 + 30 * kDay, &report).ok());
    ASSERT_EQ(report.expired.size(), 1u);
    EXPECT_EQ(report.expired[0].runId, "default");
    EXPECT_EQ(report.gc.blobsRemoved, 1u); // default.txt
    EXPECT_EQ(report.gc.bytesFreed, 16u + 8u) << "a tiny text is stored raw: header + 8 bytes";

    ASSERT_TRUE(store->applyLifecycle(t0 + 90 * kDay, &report).ok());
    ASSERT_EQ(report.expired.size(), 1u);
    EXPECT_EQ(report.expired[0].runId, "release");

    ASSERT_TRUE(store->applyLifecycle(t0 + 120 * kDay, &report).ok());
    ASSERT_EQ(report.expired.size(), 1u);
    EXPECT_EQ(report.expired[0].runId, "hotfix");

    ASSERT_TRUE(store->applyLifecycle(t0 + 100 * 365 * kDay, &report).ok());
    EXPECT_TRUE(report.expired.empty());
    ASSERT_TRUE(store->list(&listed).ok());
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed[0].id.runId, "forever");
    ArtifactStats stats;
    ASSERT_TRUE(store->stats(&stats).ok());
    EXPECT_EQ(stats.blobs, 2u);
    EXPECT_EQ(stats.blobs, filesUnder(tmp.sub("store/blobs")));
    ASSERT_TRUE(store->restoreJob("forever", "build", tmp.sub("out")).ok());
    EXPECT_EQ(readFile(tmp.sub("out/shared.bin")), readFile(ws + "/shared.bin"));
}

TEST(ArtifactLifecycle, ThePolicyInForceDecidesNotTheOneAtStoreTime)
{
    TempDir tmp;
    const std::string ws = tmp.sub("ws");
    writeFile(ws + "/a.txt", "a\n");
    const std::int64_t t0 = g_now.load();
    {
        auto store = openStore(tmp.sub("store"), fakeClock());
        ASSERT_TRUE(store);
        ASSERT_TRUE(store->storeJob({.runId = "1", .jobName = "j", .workspaceDir = ws, .paths = {"a.txt"}}).ok());
    }
    ArtifactStoreOptions shorter = fakeClock();
    shorter.lifecycle.defaultSeconds = 3 * kDay;
    auto store = openStore(tmp.sub("store"), shorter);
    ASSERT_TRUE(store);
    LifecycleReport report;
    ASSERT_TRUE(store->applyLifecycle(t0 + 3 * kDay, &report).ok());
    EXPECT_EQ(report.expired.size(), 1u);
    EXPECT_EQ(report.gc.blobsRemoved, 1u);
    EXPECT_EQ(filesUnder(tmp.sub("store/blobs")), 0u);
    EXPECT_EQ(filesUnder(tmp.sub("store/manifests")), 0u);
}
