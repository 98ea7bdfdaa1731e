// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include <opsdeck/planner/availability.h>

#include <cmath>
#include <limits>

namespace OpsDeck::Planner {

double allowedDowntime(double availability, double periodSeconds)
{
    return (1 - availability) * periodSeconds;
}

double serialAvailability(const QList<double> &availabilities)
{
    double a = 1;
    for (double x : availabilities)
        a *= x;
    return a;
}

double parallelAvailability(const QList<double> &availabilities)
{
    double down = 1;
    for (double x : availabilities)
        down *= 1 - x;
    return 1 - down;
}

double parallelAvailability(double a, int copies)
{
    return 1 - std::pow(1 - a, copies);
}

double burnRate(double errorRate, double slo)
{
    const double budget = 1 - slo;
    if (budget <= 0)
        return std::numeric_limits<double>::infinity();
    return errorRate / budget;
}

QList<BurnRateAlertRule> burnRateAlertRules(double slo, double windowSeconds)
{
    struct Row
    {
        const char *name;
        const char *severity;
        double burn;
        double longS;
        double shortS;
    };
    static const Row rows[] = {
        {"slo-burn-1h", "page", 14.4, 3600, 300},
        {"slo-burn-6h", "page", 6, 6 * 3600, 1800},
        {"slo-burn-3d", "ticket", 1, 3 * 86400, 6 * 3600},
    };
    QList<BurnRateAlertRule> out;
    for (const Row &r : rows) {
        BurnRateAlertRule rule;
        rule.name = QString::fromLatin1(r.name);
        rule.severity = QString::fromLatin1(r.severity);
        rule.slo = slo;
        rule.burnRate = r.burn;
        rule.longWindowS = r.longS;
        rule.shortWindowS = r.shortS;
        rule.errorRateThreshold = std::min(1.0, r.burn * (1 - slo));
        rule.budgetConsumed = windowSeconds > 0 ? r.burn * r.longS / windowSeconds : 0;
        out.append(rule);
    }
    return out;
}

} // namespace OpsDeck::Planner
