// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace OpsDeck::Planner {

/** Seconds of downtime \a availability (0..1) allows in \a periodSeconds. */
double allowedDowntime(double availability, double periodSeconds);

/** Components in series (all must be up): the product of their availabilities. */
double serialAvailability(const QList<double> &availabilities);

/** Independent copies in parallel (one must be up): 1 − Π(1 − aᵢ). */
double parallelAvailability(const QList<double> &availabilities);
/** \a copies identical copies of availability \a a in parallel: 1 − (1 − a)ⁿ. */
double parallelAvailability(double a, int copies);

/** How fast the error budget burns: observed error rate / (1 − SLO). 1 spends it exactly over the window. */
double burnRate(double errorRate, double slo);

/**
 * One multi-window burn-rate alert rule, as plain data for the alerting part:
 * fire when the error rate over BOTH the long and the short window exceeds
 * \c errorRateThreshold (= burnRate × (1 − SLO)).
 */
struct BurnRateAlertRule
{
    QString name;            ///< "slo-burn-1h", stable
    QString severity;        ///< "page" or "ticket"
    double slo = 0;          ///< 0..1
    double burnRate = 0;     ///< 14.4, 6, 1
    double longWindowS = 0;  ///< 3600, 21600, 259200
    double shortWindowS = 0; ///< 300, 1800, 21600
    double errorRateThreshold = 0;   ///< share of failing requests, 0..1
    double budgetConsumed = 0;       ///< share of the window's budget spent when it fires (burnRate × long / window)
};

/**
 * The SRE Workbook's recommended multi-window, multi-burn-rate alerts
 * (The Site Reliability Workbook, ch. 5 "Alerting on SLOs", table 5-8):
 * page at 14.4× over 1 h with a 5 min short window (2 % of a 30-day budget),
 * page at 6× over 6 h with 30 min (5 %), ticket at 1× over 3 d with 6 h (10 %).
 * \a windowSeconds is the SLO window (30 days there); budgetConsumed follows from it.
 */
QList<BurnRateAlertRule> burnRateAlertRules(double slo, double windowSeconds = 30 * 86400.0);

} // namespace OpsDeck::Planner
