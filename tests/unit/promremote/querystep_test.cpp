// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include <opsdeck/remote/querystep.h>

#include <QTimeZone>

#include <gtest/gtest.h>

#include <algorithm>

using namespace std::chrono_literals;
using OpsDeck::Remote::chooseStep;
using OpsDeck::Remote::kMaxPointsPerSeries;
using OpsDeck::Remote::pointsPerSeries;
using std::chrono::milliseconds;

namespace {

const QDateTime kStart = QDateTime::fromSecsSinceEpoch(1'780'000'000, Qt::UTC);

milliseconds step(qint64 rangeMs, int px, milliseconds minStep = 0ms, milliseconds scrape = 0ms)
{
    const auto result = chooseStep(kStart, kStart.addMSecs(rangeMs), px, minStep, scrape);
    EXPECT_TRUE(result.ok()) << qPrintable(result.ok() ? QString() : result.error().toString());
    return result.ok() ? *result : 0ms;
}

// The ladder from the header's documentation, written out independently.
const QList<qint64> kLadder = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10'000, 15'000, 30'000,
                               60'000, 120'000, 300'000, 600'000, 900'000, 1'800'000, 3'600'000, 7'200'000,
                               10'800'000, 21'600'000, 43'200'000, 86'400'000, 172'800'000, 604'800'000,
                               1'209'600'000, 2'592'000'000, 7'776'000'000, 15'552'000'000, 31'536'000'000};

} // namespace

TEST(ChooseStep, ExactlyElevenThousandPointsFitsAndOneMoreDoesNot)
{
    // 10,999 s at 1 s steps: floor(10999/1) + 1 = 11,000 points, the limit itself.
    EXPECT_EQ(step(10'999'000, 20'000), 1s);
    EXPECT_EQ(pointsPerSeries(kStart, kStart.addSecs(10'999), 1s), kMaxPointsPerSeries);
    // One second more would be 11,001 points at 1 s: the next nice step, 2 s.
    EXPECT_EQ(step(11'000'000, 20'000), 2s);
    EXPECT_EQ(pointsPerSeries(kStart, kStart.addSecs(11'000), 2s), 5'501);
    // The pixel width is capped at 11,000 as well: 0 (no width) and 50,000 px agree.
    EXPECT_EQ(step(11'000'000, 0), 2s);
    EXPECT_EQ(step(11'000'000, 50'000), 2s);
}

TEST(ChooseStep, OneYearAtOnePixelIsOnePoint)
{
    const qint64 year = 365LL * 24 * 3600 * 1000;
    const milliseconds s = step(year, 1);
    EXPECT_EQ(pointsPerSeries(kStart, kStart.addMSecs(year), s), 1);
    EXPECT_GT(s.count(), year);              // one point needs a step longer than the range
    EXPECT_EQ(s.count(), 2 * year);          // and the next nice one is two years
    // Two pixels: the step may equal the range (points at start and end).
    EXPECT_EQ(step(year, 2).count(), year);
    EXPECT_EQ(pointsPerSeries(kStart, kStart.addMSecs(year), milliseconds(year)), 2);
}

TEST(ChooseStep, OneHourAt1600Pixels)
{
    // 3,600 s over 1,599 gaps needs 2.25 s; the next nice step is 5 s: 721 points.
    EXPECT_EQ(step(3'600'000, 1600), 5s);
    EXPECT_EQ(pointsPerSeries(kStart, kStart.addSecs(3600), 5s), 721);
    // With Prometheus' default 15 s scrape interval the step is never finer.
    EXPECT_EQ(step(3'600'000, 1600, 0ms, 15s), 15s);
    // And with a 1 s scrape interval the pixel width decides again.
    EXPECT_EQ(step(3'600'000, 1600, 0ms, 1s), 5s);
}

TEST(ChooseStep, NeverBelowScrapeIntervalOrMinStepAndRoundsToNiceValues)
{
    EXPECT_EQ(step(60'000, 1600, 0ms, 7s), 10s);      // 7 s is not nice: 10 s
    EXPECT_EQ(step(60'000, 1600, 20s, 1s), 30s);      // the caller's floor, rounded up
    EXPECT_EQ(step(0, 1600, 0ms, 0ms), 1ms);          // an empty range: the smallest step
    EXPECT_EQ(step(0, 1, 0ms, 15s), 15s);
    EXPECT_EQ(step(30LL * 24 * 3600 * 1000, 0), 5min); // 30 days, no width: 8,641 points
}

TEST(ChooseStep, IsTheSmallestNiceStepThatFitsForManyRanges)
{
    // Every combination: the step fits all constraints, and the nice step
    // just below it would break one of them (so it is the smallest).
    const QList<qint64> ranges = {0, 1, 999, 60'000, 3'599'999, 3'600'000, 86'400'000, 7LL * 86'400'000,
                                  90LL * 86'400'000, 400LL * 86'400'000, 3000LL * 86'400'000};
    const QList<int> widths = {0, 1, 2, 3, 100, 1600, 3840, 10'999, 11'000, 11'001, 100'000};
    const QList<milliseconds> scrapes = {0ms, 1s, 15s, 60s};
    for (qint64 range : ranges) {
        for (int px : widths) {
            for (milliseconds scrape : scrapes) {
                const QDateTime end = kStart.addMSecs(range);
                const auto result = chooseStep(kStart, end, px, 0ms, scrape);
                ASSERT_TRUE(result.ok());
                const milliseconds s = *result;
                const qint64 limit = px == 0 ? kMaxPointsPerSeries : std::min(px, kMaxPointsPerSeries);
                SCOPED_TRACE(QStringLiteral("range %1 ms, %2 px, scrape %3 ms, step %4 ms")
                                 .arg(range).arg(px).arg(scrape.count()).arg(s.count()).toStdString());
                EXPECT_LE(pointsPerSeries(kStart, end, s), limit);
                EXPECT_GE(s, scrape);
                const bool onLadder = kLadder.contains(s.count()) || s.count() % kLadder.last() == 0;
                EXPECT_TRUE(onLadder);
                // The next smaller ladder step must break a constraint.
                const auto below = std::find_if(kLadder.rbegin(), kLadder.rend(),
                                                [&](qint64 v) { return v < s.count(); });
                if (below != kLadder.rend() && s.count() <= kLadder.last()) {
                    const milliseconds smaller(*below);
                    EXPECT_TRUE(pointsPerSeries(kStart, end, smaller) > limit || smaller < scrape);
                }
            }
        }
    }
}

TEST(ChooseStep, BadInputSaysWhich)
{
    const QDateTime end = kStart.addSecs(60);
    auto reversed = chooseStep(end, kStart, 100, 0ms, 0ms);
    ASSERT_FALSE(reversed.ok());
    EXPECT_EQ(reversed.error().code, OpsDeck::ErrorCode::InvalidArgument);
    EXPECT_TRUE(reversed.error().message.contains(QStringLiteral("ends before it starts")));

    auto noStart = chooseStep(QDateTime(), end, 100, 0ms, 0ms);
    ASSERT_FALSE(noStart.ok());
    EXPECT_EQ(noStart.error().detail, QStringLiteral("start"));

    auto negativeWidth = chooseStep(kStart, end, -5, 0ms, 0ms);
    ASSERT_FALSE(negativeWidth.ok());
    EXPECT_TRUE(negativeWidth.error().detail.contains(QStringLiteral("pixelWidth -5")));

    auto negativeScrape = chooseStep(kStart, end, 5, 0ms, -1s);
    ASSERT_FALSE(negativeScrape.ok());
    EXPECT_TRUE(negativeScrape.error().detail.contains(QStringLiteral("scrapeInterval")));
}
