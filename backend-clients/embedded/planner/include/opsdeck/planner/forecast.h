// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>

#include <optional>
#include <vector>

namespace OpsDeck::Planner {

/**
 * A least-squares trend y = intercept + slope·x (or, log-linear,
 * ln y = intercept + slope·x for compounding growth) with what the 95 %
 * prediction band needs.
 */
struct TrendFit
{
    bool logLinear = false;
    double slope = 0;
    double intercept = 0;
    double residualStd = 0; ///< s, of y (or ln y)
    double r2 = 0;
    int n = 0;
    double xMean = 0;
    double sxx = 0;         ///< Σ(x − x̄)²
    double t95 = 1.96;      ///< Student's t, two-sided 95 %, n − 2 degrees of freedom

    double predict(double x) const;
    /** The 95 % prediction interval for a new observation at \a x (low, high). */
    std::pair<double, double> band(double x) const;
    /** Log-linear only: growth per unit of x (e^slope − 1). */
    double growthPerUnit() const;
};

/** Fits a straight line; nullopt with fewer than 3 points, mismatched sizes, non-finite values or all x equal. */
std::optional<TrendFit> fitLinear(const std::vector<double> &x, const std::vector<double> &y);
/** Fits ln y; nullopt as fitLinear, or when any y ≤ 0. */
std::optional<TrendFit> fitLogLinear(const std::vector<double> &x, const std::vector<double> &y);

/** When the trend reaches a limit: at \c x by the fit, between \c earliest and \c latest by the band. */
struct Crossing
{
    double x = 0;
    double earliest = 0; ///< the band's upper edge reaches the limit
    std::optional<double> latest; ///< the band's lower edge reaches it (nullopt: it may never)
};

/**
 * Where the fitted trend reaches \a limit at or after \a fromX. nullopt when
 * the trend is flat or falling (it never will) or only reaches it more than
 * \a horizon past \a fromX. Already over the limit at fromX: x = fromX.
 */
std::optional<Crossing> crossing(const TrendFit &fit, double limit, double fromX, double horizon = 1e12);

/** "Full on <date>": a series' trend (linear, or log-linear) against a limit. */
struct FullOn
{
    QDateTime when;
    QDateTime earliest;
    std::optional<QDateTime> latest;
    TrendFit fit;
};

/**
 * Fits \a series (time, value) and says when it reaches \a limit after its last
 * point. nullopt when it is flat or decreasing, or has too few points.
 */
std::optional<FullOn> fullOn(const QList<QPair<QDateTime, double>> &series, double limit, bool logLinear = false);

} // namespace OpsDeck::Planner
