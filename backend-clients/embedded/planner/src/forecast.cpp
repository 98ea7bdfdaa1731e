// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include <opsdeck/planner/forecast.h>

#include <cmath>
#include <limits>

namespace OpsDeck::Planner {

namespace {

/// Two-sided 95 % quantiles of Student's t for 1 … 30 degrees of freedom
/// (the standard table); beyond 30 the normal 1.96 is within 2 %.
double studentT95(int df)
{
    static const double table[] = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
                                   2.201,  2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
                                   2.080,  2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042};
    if (df < 1)
        return std::numeric_limits<double>::infinity();
    if (df <= 30)
        return table[df - 1];
    if (df <= 60)
        return 2.000 + (2.042 - 2.000) * (60 - df) / 30.0;
    return 1.96;
}

std::optional<TrendFit> fit(const std::vector<double> &x, const std::vector<double> &yIn, bool logLinear)
{
    if (x.size() != yIn.size() || x.size() < 3)
        return std::nullopt;
    std::vector<double> y(yIn.size());
    for (std::size_t i = 0; i < y.size(); ++i) {
        if (!std::isfinite(x[i]) || !std::isfinite(yIn[i]))
            return std::nullopt;
        if (logLinear && yIn[i] <= 0)
            return std::nullopt;
        y[i] = logLinear ? std::log(yIn[i]) : yIn[i];
    }
    const double n = static_cast<double>(x.size());
    double mx = 0;
    double my = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        mx += x[i];
        my += y[i];
    }
    mx /= n;
    my /= n;
    double sxx = 0;
    double sxy = 0;
    double syy = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        sxx += (x[i] - mx) * (x[i] - mx);
        sxy += (x[i] - mx) * (y[i] - my);
        syy += (y[i] - my) * (y[i] - my);
    }
    if (sxx <= 0)
        return std::nullopt;
    TrendFit f;
    f.logLinear = logLinear;
    f.slope = sxy / sxx;
    f.intercept = my - f.slope * mx;
    double sse = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        const double r = y[i] - (f.intercept + f.slope * x[i]);
        sse += r * r;
    }
    f.n = static_cast<int>(x.size());
    f.residualStd = std::sqrt(sse / (n - 2));
    f.r2 = syy > 0 ? 1 - sse / syy : 1;
    f.xMean = mx;
    f.sxx = sxx;
    f.t95 = studentT95(f.n - 2);
    return f;
}

} // namespace

double TrendFit::predict(double x) const
{
    const double v = intercept + slope * x;
    return logLinear ? std::exp(v) : v;
}

std::pair<double, double> TrendFit::band(double x) const
{
    const double centre = intercept + slope * x;
    const double half = t95 * residualStd * std::sqrt(1 + 1.0 / n + (x - xMean) * (x - xMean) / sxx);
    if (logLinear)
        return {std::exp(centre - half), std::exp(centre + half)};
    return {centre - half, centre + half};
}

double TrendFit::growthPerUnit() const
{
    return logLinear ? std::exp(slope) - 1 : 0;
}

std::optional<TrendFit> fitLinear(const std::vector<double> &x, const std::vector<double> &y)
{
    return fit(x, y, false);
}

std::optional<TrendFit> fitLogLinear(const std::vector<double> &x, const std::vector<double> &y)
{
    return fit(x, y, true);
}

std::optional<Crossing> crossing(const TrendFit &fit, double limit, double fromX, double horizon)
{
    // Flat means the slope is not distinguishable from zero: within its own
    // 95 % confidence interval (slope ± t·s/√Sxx). Noise alone must not
    // produce a "full on" date.
    const double slopeError = fit.residualStd / std::sqrt(fit.sxx);
    if (!(fit.slope > 0) || fit.slope <= fit.t95 * slopeError)
        return std::nullopt;
    if (fit.logLinear && limit <= 0)
        return std::nullopt;
    const double target = fit.logLinear ? std::log(limit) : limit;
    const double x = (target - fit.intercept) / fit.slope;
    Crossing c;
    c.x = std::max(x, fromX);
    if (c.x - fromX > horizon)
        return std::nullopt;
    // Band edges: solve by bisection on the monotone part after fromX.
    auto solve = [&](bool upper) -> std::optional<double> {
        auto edge = [&](double at) {
            const auto [lo, hi] = fit.band(at);
            return upper ? hi : lo;
        };
        double a = fromX;
        if (edge(a) >= limit)
            return a;
        double b = std::max(c.x, fromX + 1e-9);
        double span = std::max(b - a, 1.0);
        int expand = 0;
        while (edge(b) < limit) {
            b += span;
            span *= 2;
            if (++expand > 200 || b - fromX > horizon * 4)
                return std::nullopt;
        }
        for (int i = 0; i < 200; ++i) {
            const double m = (a + b) / 2;
            if (edge(m) >= limit)
                b = m;
            else
                a = m;
        }
        return b;
    };
    c.earliest = solve(true).value_or(c.x);
    c.latest = solve(false);
    return c;
}

std::optional<FullOn> fullOn(const QList<QPair<QDateTime, double>> &series, double limit, bool logLinear)
{
    if (series.size() < 3)
        return std::nullopt;
    const QDateTime origin = series.first().first;
    std::vector<double> x;
    std::vector<double> y;
    for (const auto &[when, value] : series) {
        x.push_back(static_cast<double>(origin.msecsTo(when)) / 1000.0);
        y.push_back(value);
    }
    const std::optional<TrendFit> f = logLinear ? fitLogLinear(x, y) : fitLinear(x, y);
    if (!f)
        return std::nullopt;
    const std::optional<Crossing> c = crossing(*f, limit, x.back(), 100.0 * 365 * 86400);
    if (!c)
        return std::nullopt;
    FullOn out;
    out.fit = *f;
    out.when = origin.addMSecs(static_cast<qint64>(c->x * 1000));
    out.earliest = origin.addMSecs(static_cast<qint64>(c->earliest * 1000));
    if (c->latest)
        out.latest = origin.addMSecs(static_cast<qint64>(*c->latest * 1000));
    return out;
}

} // namespace OpsDeck::Planner
