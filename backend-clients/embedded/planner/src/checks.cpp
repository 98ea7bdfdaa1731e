// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// Consistency checks: contradictions between inputs (or between an input and a
// claim), each with the arithmetic that shows it. The seed has several: its
// peak rate × job time by Little's law needs about 700 workers against a cap
// of 100, its storage saving does not follow from its percentages, and its
// two-region availability has two nines too few.
#include "evaluate_p.h"

#include "plannertr.h"

#include <cmath>

namespace OpsDeck::Planner::Internal {

namespace {

QString k(const char *key)
{
    return QString::fromUtf8(key);
}

QString m(double base, Dimension d, const QString &unit = {})
{
    const Shown s = show(base, d, unit);
    return formatShown(s.value, s.unit);
}

void littlesLaw(Context &c)
{
    const auto peak = c.value(k("traffic.peak_rate"));
    const auto duration = c.in(k("compute.job_duration"));
    if (!peak || !duration)
        return;
    const double needed = *peak * *duration;
    const QString base = QStringLiteral("%1 × %2 = %3").arg(m(*peak, Dimension::Rate), m(*duration, Dimension::Duration),
                                                             formatNumber(needed));
    if (const auto cap = c.in(k("compute.peak_concurrency")); cap && c.has(k("compute"))) {
        if (needed > *cap * 1.05)
            c.finding(Finding::Kind::Contradiction, k("littles_law_concurrency"),
                      Tr::tr("By Little's law (L = λ·W) the peak needs %1 jobs running at once, but "
                             "compute.peak_concurrency is %2.")
                          .arg(formatNumber(needed), formatNumber(*cap)),
                      QStringLiteral("traffic.peak_rate × compute.job_duration = %1 > %2").arg(base, formatNumber(*cap)),
                      {k("traffic.peak_rate"), k("compute.job_duration"), k("compute.peak_concurrency")});
        else
            c.finding(Finding::Kind::Consistent, k("littles_law_concurrency"),
                      Tr::tr("compute.peak_concurrency covers the peak by Little's law."),
                      QStringLiteral("%1 ≤ %2").arg(base, formatNumber(*cap)),
                      {k("traffic.peak_rate"), k("compute.job_duration"), k("compute.peak_concurrency")});
    }
    if (const auto maxR = c.in(k("autoscaling.max_replicas")); maxR && c.has(k("autoscaling")) && needed > *maxR) {
        const double service = c.in(k("autoscaling.service_time")).value_or(*duration);
        const double growth = *peak - *maxR / service;
        c.finding(Finding::Kind::Contradiction, k("littles_law_max_replicas"),
                  Tr::tr("The peak needs %1 workers busy at once, but the autoscaler stops at %2: at peak the queue "
                         "grows by %3.")
                      .arg(formatNumber(needed), formatNumber(*maxR), m(growth, Dimension::Rate, k("/h"))),
                  QStringLiteral("%1 > autoscaling.max_replicas = %2; growth %3 − %2 ÷ %4 = %5")
                      .arg(base, formatNumber(*maxR), m(*peak, Dimension::Rate), m(service, Dimension::Duration),
                           m(growth, Dimension::Rate)),
                  {k("traffic.peak_rate"), k("compute.job_duration"), k("autoscaling.max_replicas")});
    }
}

void costClaim(Context &c, const char *claimKey, const char *dataSet, const char *id)
{
    const auto claim = c.in(k(claimKey));
    const QString p = k("cost.") + QString::fromLatin1(dataSet) + QLatin1Char('.');
    const auto optimised = c.value(p + k("optimised"));
    const auto baseline = c.value(p + k("baseline"));
    if (!claim || !optimised || !baseline)
        return;
    const QString model = QString::fromLatin1(dataSet);
    const double compression = c.in(model + k(".compression_saving_percent")).value_or(0);
    const double dedupe = c.in(model + k(".dedupe_saving_percent")).value_or(0);
    const double remaining = (1 - compression) * (1 - dedupe);
    QString arithmetic = QStringLiteral("%1 × (1 − %2) × (1 − %3) = %1 × %4")
                             .arg(m(*baseline, Dimension::Money), m(compression, Dimension::Percent),
                                  m(dedupe, Dimension::Percent), m(remaining, Dimension::Percent));
    arithmetic += QStringLiteral("; with every optimisation: %1 (a %2 reduction); claimed %3 (a %4 reduction)")
                      .arg(m(*optimised, Dimension::Money),
                           m(*baseline > 0 ? 1 - *optimised / *baseline : 0, Dimension::Percent),
                           m(*claim, Dimension::Money),
                           m(*baseline > 0 ? 1 - *claim / *baseline : 0, Dimension::Percent));
    const QStringList inputs{k(claimKey), model + k(".compression_saving_percent"),
                             model + k(".dedupe_saving_percent"), p + k("hot_price"), p + k("cold_price")};
    const double off = std::abs(*claim - *optimised) / std::max(*optimised, 1e-9);
    if (off <= 0.05) {
        c.finding(Finding::Kind::Consistent, QString::fromLatin1(id),
                  Tr::tr("The claimed cost %1 follows from the inputs (%2).")
                      .arg(m(*claim, Dimension::Money), m(*optimised, Dimension::Money)),
                  arithmetic, inputs);
        return;
    }
    QString message = Tr::tr("The claimed cost %1 does not follow from the inputs: they give %2.")
                          .arg(m(*claim, Dimension::Money), m(*optimised, Dimension::Money));
    if (compression > 0 && dedupe > 0)
        message += QLatin1Char(' ')
                   + Tr::tr("Savings multiply, they do not add: %1 and %2 off leave (1 − %1) × (1 − %2) = %3 "
                            "(a %4 reduction); read as the shares that remain, %5 × %6 = %7 remain.")
                         .arg(m(compression, Dimension::Percent), m(dedupe, Dimension::Percent),
                              m(remaining, Dimension::Percent), m(1 - remaining, Dimension::Percent),
                              m(compression, Dimension::Percent), m(dedupe, Dimension::Percent),
                              m(compression * dedupe, Dimension::Percent));
    c.finding(Finding::Kind::Contradiction, QString::fromLatin1(id), message, arithmetic, inputs);
}

void availabilityChecks(Context &c)
{
    const auto composite = c.value(k("availability.composite"));
    const auto sla = c.in(k("availability.sla"));
    if (composite && sla && c.has(k("availability")) && *composite < *sla)
        c.finding(Finding::Kind::Contradiction, k("availability_below_sla"),
                  Tr::tr("The service as composed is less available than its SLA."),
                  QStringLiteral("availability.composite = %1 < availability.sla = %2")
                      .arg(m(*composite, Dimension::Percent), m(*sla, Dimension::Percent)),
                  {k("availability.composite"), k("availability.sla")});
    const auto claim = c.in(k("availability.claimed_composite"));
    if (!claim || !composite)
        return;
    const double ratio = (1 - *claim) / std::max(1 - *composite, 1e-18);
    const auto one = c.in(k("availability.component"));
    const auto copies = c.in(k("availability.parallel_copies"));
    QString arithmetic;
    if (one && copies)
        arithmetic = QStringLiteral("1 − (1 − %1)^%2 = 1 − (%3)^%2 = %4 (unavailability %5); claimed %6 "
                                    "(unavailability %7)")
                         .arg(m(*one, Dimension::Percent), formatNumber(*copies), QString::number(1 - *one, 'g', 4),
                              m(*composite, Dimension::Percent), QString::number(1 - *composite, 'g', 3),
                              m(*claim, Dimension::Percent), QString::number(1 - *claim, 'g', 3));
    else
        arithmetic = QStringLiteral("availability.composite = %1; claimed %2")
                         .arg(m(*composite, Dimension::Percent), m(*claim, Dimension::Percent));
    const QStringList inputs{k("availability.claimed_composite"), k("availability.component"),
                             k("availability.parallel_copies")};
    if (ratio > 0.9 && ratio < 1.1) {
        c.finding(Finding::Kind::Consistent, k("availability_claim"),
                  Tr::tr("The claimed availability follows from the inputs."), arithmetic, inputs);
        return;
    }
    const double nines = -std::log10(std::max(1 - *composite, 1e-18));
    const double claimedNines = -std::log10(std::max(1 - *claim, 1e-18));
    c.finding(Finding::Kind::Contradiction, k("availability_claim"),
              Tr::tr("The claimed availability %1 (%2 nines) does not follow from the inputs: they give %3 (%4 nines).")
                  .arg(m(*claim, Dimension::Percent), formatNumber(claimedNines), m(*composite, Dimension::Percent),
                       formatNumber(nines)),
              arithmetic, inputs);
}

void queueChecks(Context &c)
{
    if (!c.has(k("queueing")))
        return;
    const auto load = c.value(k("queueing.offered_load"));
    const auto workers = c.in(k("queueing.workers"));
    if (load && workers && *load >= *workers)
        c.finding(Finding::Kind::Contradiction, k("queue_unstable"),
                  Tr::tr("The worker pool is overloaded: jobs arrive faster than it finishes them, so the queue "
                         "grows without bound."),
                  QStringLiteral("%1 × %2 = %3 erlangs ≥ %4 workers")
                      .arg(c.source(k("queueing.arrival_rate")), c.source(k("queueing.service_time")),
                           formatNumber(*load), formatNumber(*workers)),
                  {c.source(k("queueing.arrival_rate")), c.source(k("queueing.service_time")),
                   c.source(k("queueing.workers"))});
}

void autoscalingChecks(Context &c)
{
    if (!c.has(k("autoscaling")))
        return;
    const double up = *c.in(k("autoscaling.scale_up_queue"));
    const double down = *c.in(k("autoscaling.scale_down_queue"));
    if (down >= up)
        c.finding(Finding::Kind::Contradiction, k("autoscaling_flapping"),
                  Tr::tr("The scale-down threshold is not below the scale-up threshold, so the pool can scale up and "
                         "down at the same queue depth."),
                  QStringLiteral("scale_down_queue %1 ≥ scale_up_queue %2").arg(formatNumber(down), formatNumber(up)),
                  {k("autoscaling.scale_down_queue"), k("autoscaling.scale_up_queue")});
    const double minR = *c.in(k("autoscaling.min_replicas"));
    const double perWorker = *c.in(k("autoscaling.target_jobs_per_worker"));
    if (up < minR * perWorker * 0.5 || up > minR * perWorker * 2)
        c.finding(Finding::Kind::Warning, k("autoscaling_threshold_vs_target"),
                  Tr::tr("The scale-up threshold is far from the target queue of the smallest pool, so the two rules "
                         "pull apart."),
                  QStringLiteral("min_replicas %1 × target_jobs_per_worker %2 = %3 vs scale_up_queue %4")
                      .arg(formatNumber(minR), formatNumber(perWorker), formatNumber(minR * perWorker),
                           formatNumber(up)),
                  {k("autoscaling.min_replicas"), k("autoscaling.target_jobs_per_worker"),
                   k("autoscaling.scale_up_queue")});
    if (const auto peakUtil = c.value(k("autoscaling.peak_utilisation_at_max")); peakUtil && *peakUtil > 1)
        c.finding(Finding::Kind::Contradiction, k("autoscaling_capacity"),
                  Tr::tr("Even at max replicas the pool cannot keep up with the peak."),
                  QStringLiteral("traffic.peak_rate × service_time ÷ max_replicas = %1 > 100 %")
                      .arg(m(*peakUtil, Dimension::Percent)),
                  {k("traffic.peak_rate"), c.source(k("autoscaling.service_time")), k("autoscaling.max_replicas")});
}

void growthChecks(Context &c)
{
    for (const Projection &p : c.evaluation().projections) {
        if (p.crossesAtMonth && *p.crossesAtMonth == 0)
            c.finding(Finding::Kind::Warning, k("growth_already_over"),
                      Tr::tr("%1 is already above its limit today.").arg(p.label),
                      QStringLiteral("%1 = %2 > %3")
                          .arg(p.name, m(p.values.first(), p.dimension), m(*p.limit, p.dimension)),
                      {p.name});
    }
}

} // namespace

void evaluateChecks(Context &c)
{
    if (c.has(k("cost")) && !c.has(k("storage")) && !c.has(k("logs")))
        c.finding(Finding::Kind::Warning, k("cost_without_data"),
                  Tr::tr("The cost section prices artifact storage and logs, but the scenario models neither, so "
                         "nothing is priced."),
                  k("inputs.storage and inputs.logs are absent"), {});
    littlesLaw(c);
    costClaim(c, "cost.storage.claimed_cost", "storage", "storage_cost_claim");
    costClaim(c, "cost.logs.claimed_cost", "logs", "logs_cost_claim");
    availabilityChecks(c);
    queueChecks(c);
    autoscalingChecks(c);
    growthChecks(c);
}

} // namespace OpsDeck::Planner::Internal
