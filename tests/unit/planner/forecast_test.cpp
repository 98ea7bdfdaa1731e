// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// Trend fits with prediction bands and the "full on <date>" readout.
#include "plannertestutil.h"

#include <opsdeck/planner/forecast.h>

#include <QTimeZone>

#include <cmath>
#include <random>

using namespace OpsDeck::Planner;
using OpsDeck::Result;

TEST(PlannerForecast, LinearFitRecoversALineAndWhenItCrosses)
{
    std::vector<double> x;
    std::vector<double> y;
    for (int i = 0; i < 10; ++i) {
        x.push_back(i);
        y.push_back(1 + 2 * i);
    }
    const auto fit = fitLinear(x, y);
    ASSERT_TRUE(fit.has_value());
    EXPECT_NEAR(fit->slope, 2, 1e-12);
    EXPECT_NEAR(fit->intercept, 1, 1e-12);
    EXPECT_NEAR(fit->r2, 1, 1e-12);
    const auto c = crossing(*fit, 101, 9);
    ASSERT_TRUE(c.has_value());
    EXPECT_NEAR(c->x, 50, 1e-9);
}

TEST(PlannerForecast, BandWidensAwayFromTheDataAndBracketsTheCrossing)
{
    std::mt19937_64 rng(5);
    std::normal_distribution<double> noise(0, 3);
    std::vector<double> x;
    std::vector<double> y;
    for (int i = 0; i < 60; ++i) {
        x.push_back(i);
        y.push_back(100 + 1.5 * i + noise(rng));
    }
    const auto fit = fitLinear(x, y);
    ASSERT_TRUE(fit.has_value());
    EXPECT_NEAR(fit->slope, 1.5, 0.1);
    const auto near = fit->band(30);
    const auto far = fit->band(200);
    EXPECT_LT(near.first, fit->predict(30));
    EXPECT_GT(near.second, fit->predict(30));
    EXPECT_GT(far.second - far.first, near.second - near.first);
    // About 95 % of fresh observations fall inside the band.
    int inside = 0;
    for (int i = 0; i < 1000; ++i) {
        const double xi = 60 + i % 20;
        const double yi = 100 + 1.5 * xi + noise(rng);
        const auto [lo, hi] = fit->band(xi);
        inside += (yi >= lo && yi <= hi) ? 1 : 0;
    }
    EXPECT_GT(inside, 900);
    const auto c = crossing(*fit, 400, 59);
    ASSERT_TRUE(c.has_value());
    EXPECT_LE(c->earliest, c->x);
    ASSERT_TRUE(c->latest.has_value());
    EXPECT_GE(*c->latest, c->x);
    EXPECT_NEAR(c->x, 200, 15);
}

TEST(PlannerForecast, FlatOrFallingSeriesNeverFills)
{
    std::mt19937_64 rng(9);
    std::normal_distribution<double> noise(0, 1);
    std::vector<double> x;
    std::vector<double> flat;
    std::vector<double> falling;
    for (int i = 0; i < 50; ++i) {
        x.push_back(i);
        flat.push_back(50 + noise(rng));
        falling.push_back(80 - 0.5 * i + noise(rng));
    }
    EXPECT_FALSE(crossing(*fitLinear(x, flat), 100, 49).has_value());
    EXPECT_FALSE(crossing(*fitLinear(x, falling), 100, 49).has_value());
    EXPECT_FALSE(fitLinear({1, 2}, {1, 2}).has_value());        // too few points
    EXPECT_FALSE(fitLinear({1, 1, 1}, {1, 2, 3}).has_value());  // no spread in x
    EXPECT_FALSE(fitLogLinear({1, 2, 3}, {1, 0, 3}).has_value()); // log of zero
}

TEST(PlannerForecast, LogLinearFitFindsMonthlyGrowth)
{
    std::vector<double> x;
    std::vector<double> y;
    for (int m = 0; m < 12; ++m) {
        x.push_back(m);
        y.push_back(90 * std::pow(1.05, m));
    }
    const auto fit = fitLogLinear(x, y);
    ASSERT_TRUE(fit.has_value());
    EXPECT_NEAR(fit->growthPerUnit(), 0.05, 1e-12);
    // 90 × 1.05^m = 200 at m = ln(200/90) / ln 1.05 = 16.37.
    const auto c = crossing(*fit, 200, 11);
    ASSERT_TRUE(c.has_value());
    EXPECT_NEAR(c->x, std::log(200.0 / 90) / std::log(1.05), 1e-9);
}

TEST(PlannerForecast, FullOnDate)
{
    // Disk usage 50 % on 1 March 2026, +1 point a day: 90 % on 10 April.
    const QDateTime start(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());
    QList<QPair<QDateTime, double>> series;
    for (int d = 0; d < 14; ++d)
        series.append({start.addDays(d), 50.0 + d});
    const auto full = fullOn(series, 90);
    ASSERT_TRUE(full.has_value());
    EXPECT_EQ(full->when, start.addDays(40));
    QList<QPair<QDateTime, double>> falling;
    for (int d = 0; d < 14; ++d)
        falling.append({start.addDays(d), 50.0 - d});
    EXPECT_FALSE(fullOn(falling, 90).has_value());
}
