// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include <opsdeck/metrics/downsample.h>

#include <gtest/gtest.h>

#include <QSet>

#include <cmath>
#include <random>
#include <vector>

using namespace OpsDeck::Metrics;

namespace {

std::vector<QPointF> noisySeries(std::size_t n, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> noise(0, 1);
    std::uniform_int_distribution<int> spike(0, 9999);
    std::vector<QPointF> points;
    points.reserve(n);
    double y = 0;
    double x = 0;
    std::uniform_real_distribution<double> gap(0.5, 1.5); // irregular spacing
    for (std::size_t i = 0; i < n; ++i) {
        y += noise(rng);
        const double v = spike(rng) == 0 ? y + 500 : y; // rare spikes must survive
        points.emplace_back(x, v);
        x += gap(rng);
    }
    return points;
}

} // namespace

TEST(MinMaxPerPixel, EveryBucketKeepsItsFirstLastMinAndMax)
{
    constexpr int kWidth = 1600;
    const std::vector<QPointF> points = noisySeries(1'000'000, 7);
    const QList<QPointF> out = minMaxPerPixel(points, kWidth);
    ASSERT_LE(out.size(), 4 * kWidth);
    ASSERT_GE(out.size(), kWidth); // every pixel has points in this series
    EXPECT_EQ(out.first(), points.front());
    EXPECT_EQ(out.last(), points.back());
    for (qsizetype i = 1; i < out.size(); ++i)
        ASSERT_LT(out[i - 1].x(), out[i].x()) << "output not in time order at " << i;

    // Recompute the buckets independently and look each extreme up.
    QSet<QPair<double, double>> kept;
    for (const QPointF &p : out)
        kept.insert({p.x(), p.y()});
    const double x0 = points.front().x();
    const double span = points.back().x() - x0;
    std::vector<double> minY(kWidth, INFINITY), maxY(kWidth, -INFINITY);
    std::vector<QPointF> minP(kWidth), maxP(kWidth);
    for (const QPointF &p : points) {
        const int b = std::min(int((p.x() - x0) / span * kWidth), kWidth - 1);
        if (p.y() < minY[b]) { minY[b] = p.y(); minP[b] = p; }
        if (p.y() > maxY[b]) { maxY[b] = p.y(); maxP[b] = p; }
    }
    int checked = 0;
    for (int b = 0; b < kWidth; ++b) {
        if (std::isinf(minY[b]))
            continue;
        ASSERT_TRUE(kept.contains({minP[b].x(), minP[b].y()})) << "bucket " << b << " lost its minimum";
        ASSERT_TRUE(kept.contains({maxP[b].x(), maxP[b].y()})) << "bucket " << b << " lost its maximum";
        ++checked;
    }
    EXPECT_GT(checked, kWidth / 2);
    // The global extremes are in there too.
    const auto [lo, hi] = std::minmax_element(points.cbegin(), points.cend(),
                                              [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); });
    EXPECT_TRUE(kept.contains({lo->x(), lo->y()}));
    EXPECT_TRUE(kept.contains({hi->x(), hi->y()}));
}

TEST(MinMaxPerPixel, ShortInputAndNaNGaps)
{
    const std::vector<QPointF> few{{0, 1}, {1, 2}, {2, 3}};
    EXPECT_EQ(minMaxPerPixel(few, 100).size(), 3);
    EXPECT_EQ(minMaxPerPixel(few, 0).size(), 3);
    std::vector<QPointF> withNaN = noisySeries(10'000, 3);
    withNaN[500].setY(std::nan(""));
    const QList<QPointF> out = minMaxPerPixel(withNaN, 100);
    for (const QPointF &p : out)
        ASSERT_FALSE(std::isnan(p.y()));
    EXPECT_LE(out.size(), 400);
}

TEST(Lttb, KeepsEndsCountAndASpike)
{
    std::vector<QPointF> flat;
    for (int i = 0; i < 100'000; ++i)
        flat.emplace_back(i, i == 54'321 ? 1000.0 : 0.0);
    const QList<QPointF> out = lttb(flat, 1600);
    ASSERT_EQ(out.size(), 1600);
    EXPECT_EQ(out.first(), flat.front());
    EXPECT_EQ(out.last(), flat.back());
    EXPECT_TRUE(out.contains(QPointF(54'321, 1000.0))) << "the only spike was dropped";
    for (qsizetype i = 1; i < out.size(); ++i)
        ASSERT_LT(out[i - 1].x(), out[i].x());
}

TEST(Lttb, SmallInputsComeBackUnchanged)
{
    const std::vector<QPointF> few{{0, 1}, {1, 5}, {2, 3}};
    EXPECT_EQ(lttb(few, 10), QList<QPointF>(few.cbegin(), few.cend()));
    EXPECT_EQ(lttb(few, 2).size(), 3);
    const std::vector<QPointF> many = noisySeries(1'000'000, 11);
    EXPECT_EQ(lttb(many, 1600).size(), 1600);
}
