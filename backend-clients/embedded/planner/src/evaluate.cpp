// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// The models: the seed's back-of-the-envelope arithmetic, each output with its
// formula and the inputs it came from (docs/capacity-scenarios.md lists them).
#include "evaluate_p.h"

#include "plannertr.h"

#include <opsdeck/planner/availability.h>
#include <opsdeck/planner/queueing.h>

#include <QHash>
#include <QMutex>

#include <cmath>
#include <limits>
#include <string_view>

namespace OpsDeck::Planner {

using Internal::Context;

namespace {

constexpr double kDay = 86400.0;
constexpr double kMonth = 30 * kDay;
constexpr double kYear = 365 * kDay;
const double kNaN = std::numeric_limits<double>::quiet_NaN();

QString k(const char *key)
{
    return QString::fromUtf8(key);
}

void traffic(Context &c)
{
    const double perSecond = *c.in(k("traffic.events_per_day"));
    const double peakFactor = *c.in(k("traffic.peak_factor"));
    c.out(k("traffic.average_rate"), Tr::tr("Average rate"), perSecond, Dimension::Rate, k("/s"),
          k("traffic.events_per_day ÷ 86400 s/day"), {k("traffic.events_per_day")});
    c.out(k("traffic.peak_rate"), Tr::tr("Peak rate"), perSecond * peakFactor, Dimension::Rate, k("/s"),
          k("traffic.average_rate × traffic.peak_factor"), {k("traffic.average_rate"), k("traffic.peak_factor")});
    c.out(k("traffic.events_per_month"), Tr::tr("Events per month"), perSecond * kMonth, Dimension::Count, {},
          k("traffic.average_rate × 30 d"), {k("traffic.average_rate")});
}

void storage(Context &c)
{
    const QString objects = c.source(k("storage.objects_per_day"));
    const double rate = *c.in(k("storage.objects_per_day"));
    const double size = *c.in(k("storage.object_size"));
    const double retention = *c.in(k("storage.retention"));
    const double replication = *c.in(k("storage.replication"));
    const double compression = *c.in(k("storage.compression_saving_percent"));
    const double dedupe = *c.in(k("storage.dedupe_saving_percent"));
    const double coldAfter = c.in(k("storage.cold_after")).value_or(retention);
    const double perDay = rate * size; // bytes per second
    c.out(k("storage.raw_per_day"), Tr::tr("Raw data per day"), perDay, Dimension::ByteRate,
          Internal::byteRateUnit(perDay, "day"), objects + k(" × storage.object_size"),
          {objects, k("storage.object_size")});
    c.out(k("storage.raw_total"), Tr::tr("Raw data kept"), perDay * retention, Dimension::Bytes, {},
          k("storage.raw_per_day × storage.retention"), {k("storage.raw_per_day"), k("storage.retention")});
    c.out(k("storage.replicated_total"), Tr::tr("Raw data kept, with replication"), perDay * retention * replication,
          Dimension::Bytes, {}, k("storage.raw_total × storage.replication"),
          {k("storage.raw_total"), k("storage.replication")});
    const double remaining = (1 - compression) * (1 - dedupe);
    c.out(k("storage.remaining_percent"), Tr::tr("Share left after compression and dedupe"), remaining,
          Dimension::Percent, k("%"), k("(1 − storage.compression_saving_percent) × (1 − storage.dedupe_saving_percent)"),
          {k("storage.compression_saving_percent"), k("storage.dedupe_saving_percent")});
    c.out(k("storage.reduction_percent"), Tr::tr("Size reduction by compression and dedupe"), 1 - remaining,
          Dimension::Percent, k("%"), k("1 − storage.remaining_percent"), {k("storage.remaining_percent")});
    const double stored = perDay * remaining;
    c.out(k("storage.stored_per_day"), Tr::tr("Stored per day"), stored, Dimension::ByteRate,
          Internal::byteRateUnit(stored, "day"), k("storage.raw_per_day × storage.remaining_percent"),
          {k("storage.raw_per_day"), k("storage.remaining_percent")});
    const double hotDays = std::min(coldAfter, retention);
    c.out(k("storage.hot_size"), Tr::tr("Hot tier"), stored * hotDays, Dimension::Bytes, {},
          k("storage.stored_per_day × min(storage.cold_after, storage.retention)"),
          {k("storage.stored_per_day"), k("storage.cold_after"), k("storage.retention")});
    c.out(k("storage.cold_size"), Tr::tr("Cold tier"), stored * (retention - hotDays), Dimension::Bytes, {},
          k("storage.stored_per_day × (storage.retention − min(storage.cold_after, storage.retention))"),
          {k("storage.stored_per_day"), k("storage.cold_after"), k("storage.retention")});
    c.out(k("storage.stored_total"), Tr::tr("Stored, all tiers"), stored * retention, Dimension::Bytes, {},
          k("storage.hot_size + storage.cold_size"), {k("storage.hot_size"), k("storage.cold_size")});
    c.out(k("storage.stored_replicated"), Tr::tr("Stored, all tiers, with replication"),
          stored * retention * replication, Dimension::Bytes, {}, k("storage.stored_total × storage.replication"),
          {k("storage.stored_total"), k("storage.replication")});
}

void compute(Context &c)
{
    const double concurrency = *c.in(k("compute.peak_concurrency"));
    const double vcpu = *c.in(k("compute.vcpu_per_job"));
    const double memory = *c.in(k("compute.memory_per_job"));
    c.out(k("compute.total_vcpu"), Tr::tr("vCPUs at peak"), concurrency * vcpu, Dimension::Vcpu, k("vCPU"),
          k("compute.peak_concurrency × compute.vcpu_per_job"),
          {k("compute.peak_concurrency"), k("compute.vcpu_per_job")});
    c.out(k("compute.total_memory"), Tr::tr("Memory at peak"), concurrency * memory, Dimension::Bytes, {},
          k("compute.peak_concurrency × compute.memory_per_job"),
          {k("compute.peak_concurrency"), k("compute.memory_per_job")});
    if (const auto duration = c.in(k("compute.job_duration")); duration && c.has(k("traffic"))) {
        const double peak = *c.value(k("traffic.peak_rate"));
        const double average = *c.value(k("traffic.average_rate"));
        c.out(k("compute.average_concurrency"), Tr::tr("Jobs running at once on average (Little's law)"),
              average * *duration, Dimension::Count, {}, k("traffic.average_rate × compute.job_duration"),
              {k("traffic.average_rate"), k("compute.job_duration")});
        c.out(k("compute.peak_concurrency_littles_law"), Tr::tr("Jobs running at once at peak (Little's law)"),
              peak * *duration, Dimension::Count, {}, k("traffic.peak_rate × compute.job_duration"),
              {k("traffic.peak_rate"), k("compute.job_duration")});
        c.out(k("compute.vcpu_littles_law"), Tr::tr("vCPUs at peak by Little's law"), peak * *duration * vcpu,
              Dimension::Vcpu, k("vCPU"), k("compute.peak_concurrency_littles_law × compute.vcpu_per_job"),
              {k("compute.peak_concurrency_littles_law"), k("compute.vcpu_per_job")});
    }
    // Resource classes (small, medium, large): the peak's jobs split by share.
    QStringList classes;
    for (const InputValue &v : c.scenario().inputs)
        if (v.key.startsWith(k("compute.classes.")) && !classes.contains(v.key.section(QLatin1Char('.'), 2, 2)))
            classes.append(v.key.section(QLatin1Char('.'), 2, 2));
    if (classes.isEmpty())
        return;
    double totalVcpu = 0;
    double totalMemory = 0;
    QStringList vcpuNames;
    QStringList memoryNames;
    for (const QString &cls : classes) {
        const QString p = k("compute.classes.") + cls;
        const double share = *c.in(p + k(".share"));
        const double jobs = concurrency * share;
        const double v = jobs * *c.in(p + k(".vcpu"));
        const double m = jobs * *c.in(p + k(".memory"));
        totalVcpu += v;
        totalMemory += m;
        c.out(p + k(".vcpu_total"), Tr::tr("vCPUs at peak, class %1").arg(cls), v, Dimension::Vcpu, k("vCPU"),
              QStringLiteral("compute.peak_concurrency × %1.share × %1.vcpu").arg(p),
              {k("compute.peak_concurrency"), p + k(".share"), p + k(".vcpu")});
        c.out(p + k(".memory_total"), Tr::tr("Memory at peak, class %1").arg(cls), m, Dimension::Bytes, {},
              QStringLiteral("compute.peak_concurrency × %1.share × %1.memory").arg(p),
              {k("compute.peak_concurrency"), p + k(".share"), p + k(".memory")});
        vcpuNames.append(p + k(".vcpu_total"));
        memoryNames.append(p + k(".memory_total"));
    }
    c.out(k("compute.classes_vcpu"), Tr::tr("vCPUs at peak, by class"), totalVcpu, Dimension::Vcpu, k("vCPU"),
          vcpuNames.join(k(" + ")), vcpuNames);
    c.out(k("compute.classes_memory"), Tr::tr("Memory at peak, by class"), totalMemory, Dimension::Bytes, {},
          memoryNames.join(k(" + ")), memoryNames);
}

void logs(Context &c)
{
    const double servers = *c.in(k("logs.servers"));
    const double volume = *c.in(k("logs.volume_per_server"));
    const double spike = *c.in(k("logs.spike_factor"));
    const double hot = *c.in(k("logs.hot_days"));
    const double cold = *c.in(k("logs.cold_days"));
    const double replication = *c.in(k("logs.replication"));
    const double remaining = (1 - *c.in(k("logs.compression_saving_percent")))
                             * (1 - *c.in(k("logs.dedupe_saving_percent")));
    const double daily = servers * volume; // bytes per second
    c.out(k("logs.daily"), Tr::tr("Log volume per day"), daily, Dimension::ByteRate,
          Internal::byteRateUnit(daily, "day"), k("logs.servers × logs.volume_per_server"),
          {k("logs.servers"), k("logs.volume_per_server")});
    c.out(k("logs.hourly"), Tr::tr("Log volume per hour"), daily, Dimension::ByteRate,
          Internal::byteRateUnit(daily, "h"), k("logs.daily ÷ 24"), {k("logs.daily")});
    c.out(k("logs.ingest_rate"), Tr::tr("Ingest rate"), daily, Dimension::ByteRate, {}, k("logs.daily ÷ 86400 s"),
          {k("logs.daily")});
    c.out(k("logs.spike_hourly"), Tr::tr("Log volume per hour during a spike"), daily * spike, Dimension::ByteRate,
          Internal::byteRateUnit(daily * spike, "h"), k("logs.hourly × logs.spike_factor"),
          {k("logs.hourly"), k("logs.spike_factor")});
    c.out(k("logs.monthly"), Tr::tr("Log volume per month"), daily, Dimension::ByteRate,
          Internal::byteRateUnit(daily, "month"), k("logs.daily × 30"), {k("logs.daily")});
    if (const auto buffer = c.in(k("logs.buffer_retention")))
        c.out(k("logs.buffer_size"), Tr::tr("Message buffer (Kafka) size"), daily * *buffer, Dimension::Bytes, {},
              k("logs.daily × logs.buffer_retention"), {k("logs.daily"), k("logs.buffer_retention")});
    c.out(k("logs.hot_size"), Tr::tr("Hot tier (searchable)"), daily * remaining * hot * replication,
          Dimension::Bytes, {},
          k("logs.daily × (1 − compression) × (1 − dedupe) × logs.hot_days × logs.replication"),
          {k("logs.daily"), k("logs.compression_saving_percent"), k("logs.dedupe_saving_percent"),
           k("logs.hot_days"), k("logs.replication")});
    c.out(k("logs.cold_size"), Tr::tr("Cold tier (archive)"), daily * remaining * cold, Dimension::Bytes, {},
          k("logs.daily × (1 − compression) × (1 − dedupe) × logs.cold_days"),
          {k("logs.daily"), k("logs.compression_saving_percent"), k("logs.dedupe_saving_percent"),
           k("logs.cold_days")});
}

/// One data set priced by tier, with each optimisation switched on alone and together.
struct DataSet
{
    QString name;       // "storage", "logs"
    double perDay;      // logical bytes per second before compression and dedupe
    double hotDays;     // seconds kept hot with the lifecycle policy
    double coldDays;    // seconds kept cold with the lifecycle policy
    double allHotDays;  // seconds kept hot without it
    double hotCopies;   // billed copies in the hot tier
    double compression;
    double dedupe;
    QStringList inputs;
};

void priceDataSet(Context &c, const DataSet &d)
{
    const QString p = k("cost.") + d.name + QLatin1Char('.');
    const double hotPrice = *c.in(p + k("hot_price"));
    const double coldPrice = *c.in(p + k("cold_price"));
    auto cost = [&](bool compression, bool dedupe, bool lifecycle) {
        const double f = (compression ? 1 - d.compression : 1) * (dedupe ? 1 - d.dedupe : 1);
        if (!lifecycle)
            return d.perDay * f * d.allHotDays * d.hotCopies * hotPrice;
        return d.perDay * f * (d.hotDays * d.hotCopies * hotPrice + d.coldDays * coldPrice);
    };
    QStringList in = d.inputs;
    in << p + k("hot_price") << p + k("cold_price");
    const double baseline = cost(false, false, false);
    c.out(p + k("baseline"), Tr::tr("%1: monthly cost, all hot, no optimisation").arg(d.name), baseline,
          Dimension::Money, k("USD/month"), QStringLiteral("%1 data kept × %2hot_price").arg(d.name, p), in);
    struct Option
    {
        const char *id;
        QString label;
        bool compression, dedupe, lifecycle;
    };
    const Option options[] = {
        {"compression", Tr::tr("with compression only"), true, false, false},
        {"dedupe", Tr::tr("with dedupe only"), false, true, false},
        {"lifecycle", Tr::tr("with the lifecycle tiers only"), false, false, true},
        {"optimised", Tr::tr("with all optimisations"), true, true, true},
    };
    for (const Option &o : options) {
        const double v = cost(o.compression, o.dedupe, o.lifecycle);
        const QString id = QString::fromLatin1(o.id);
        c.out(p + id, Tr::tr("%1: monthly cost %2").arg(d.name, o.label), v, Dimension::Money, k("USD/month"),
              QStringLiteral("%1 data kept, %2, priced per tier").arg(d.name, id), in);
        c.out(p + k("saving_") + id, Tr::tr("%1: saving %2").arg(d.name, o.label), baseline - v, Dimension::Money,
              k("USD/month"), p + k("baseline − ") + p + id, {p + k("baseline"), p + id});
        c.out(p + k("saving_") + id + k("_percent"), Tr::tr("%1: saving %2, share").arg(d.name, o.label),
              baseline > 0 ? (baseline - v) / baseline : 0, Dimension::Percent, k("%"),
              QStringLiteral("%1saving_%2 ÷ %1baseline").arg(p, id), {p + k("saving_") + id, p + k("baseline")});
    }
    const double f = (1 - d.compression) * (1 - d.dedupe);
    c.out(p + k("hot"), Tr::tr("%1: hot tier cost, optimised").arg(d.name), d.perDay * f * d.hotDays * d.hotCopies * hotPrice,
          Dimension::Money, k("USD/month"), QStringLiteral("%1 hot tier × %2hot_price").arg(d.name, p), in);
    c.out(p + k("cold"), Tr::tr("%1: cold tier cost, optimised").arg(d.name), d.perDay * f * d.coldDays * coldPrice,
          Dimension::Money, k("USD/month"), QStringLiteral("%1 cold tier × %2cold_price").arg(d.name, p), in);
}

void cost(Context &c)
{
    QStringList totals;
    double total = 0;
    if (c.has(k("storage"))) {
        const double retention = *c.in(k("storage.retention"));
        const double hot = std::min(c.in(k("storage.cold_after")).value_or(retention), retention);
        // Object stores bill the logical bytes; their redundancy is in the price.
        const DataSet d{k("storage"), *c.value(k("storage.raw_per_day")), hot, retention - hot, retention, 1,
                        *c.in(k("storage.compression_saving_percent")), *c.in(k("storage.dedupe_saving_percent")),
                        {k("storage.raw_per_day"), k("storage.retention"), k("storage.cold_after"),
                         k("storage.compression_saving_percent"), k("storage.dedupe_saving_percent")}};
        priceDataSet(c, d);
        totals << k("cost.storage.optimised");
        total += *c.value(k("cost.storage.optimised"));
    }
    if (c.has(k("logs"))) {
        const double hot = *c.in(k("logs.hot_days"));
        const double cold = *c.in(k("logs.cold_days"));
        // Logs are archived on arrival, so the tiers overlap; without the
        // lifecycle every log stays hot for as long as it is kept at all.
        const DataSet d{k("logs"), *c.value(k("logs.daily")), hot, cold, std::max(hot, cold),
                        *c.in(k("logs.replication")), *c.in(k("logs.compression_saving_percent")),
                        *c.in(k("logs.dedupe_saving_percent")),
                        {k("logs.daily"), k("logs.hot_days"), k("logs.cold_days"), k("logs.replication"),
                         k("logs.compression_saving_percent"), k("logs.dedupe_saving_percent")}};
        priceDataSet(c, d);
        totals << k("cost.logs.optimised");
        total += *c.value(k("cost.logs.optimised"));
    }
    if (!totals.isEmpty())
        c.out(k("cost.total"), Tr::tr("Monthly storage cost, optimised"), total, Dimension::Money, k("USD/month"),
              totals.join(k(" + ")), totals);
}

void growth(Context &c)
{
    const double g = *c.in(k("growth.monthly_growth_percent"));
    const int months = static_cast<int>(std::lround(*c.in(k("growth.months"))));
    struct Target
    {
        const char *output;
        const char *limit;
    };
    const Target targets[] = {
        {"traffic.peak_rate", "growth.peak_rate_limit"},
        {"storage.replicated_total", "growth.storage_limit"},
        {"compute.total_vcpu", "growth.vcpu_limit"},
        {"compute.total_memory", "growth.memory_limit"},
        {"logs.hot_size", "growth.logs_hot_limit"},
    };
    for (const Target &t : targets) {
        const Quantity *found = c.get(k(t.output));
        if (!found || !found->isNumber())
            continue;
        // A copy: c.out() below appends to the outputs, which may move them.
        const Quantity quantity = *found;
        const Quantity *q = &quantity;
        Projection p;
        p.name = q->name;
        p.label = q->label;
        p.dimension = q->dimension;
        p.values.reserve(months + 1);
        for (int m = 0; m <= months; ++m)
            p.values.append(q->base * std::pow(1 + g, m));
        const QString resource = QString(q->name).replace(QLatin1Char('.'), QLatin1Char('_'));
        const QString unit = q->unit;
        c.out(k("growth.") + resource + k("_at_end"), Tr::tr("%1 after %2 months").arg(q->label).arg(months),
              p.values.last(), q->dimension, unit,
              QStringLiteral("%1 × (1 + growth.monthly_growth_percent)^growth.months").arg(q->name),
              {q->name, k("growth.monthly_growth_percent"), k("growth.months")});
        if (const auto limit = c.in(k(t.limit))) {
            p.limit = *limit;
            for (int m = 0; m <= months; ++m) {
                if (p.values[m] > *limit) {
                    p.crossesAtMonth = m;
                    break;
                }
            }
            const QString name = k("growth.") + resource + k("_limit_month");
            const QString formula = QStringLiteral("first month m with %1 × (1 + growth.monthly_growth_percent)^m > %2")
                                        .arg(q->name, k(t.limit));
            const QStringList inputs{q->name, k("growth.monthly_growth_percent"), k(t.limit)};
            if (p.crossesAtMonth)
                c.out(name, Tr::tr("Month %1 crosses its limit").arg(q->label), *p.crossesAtMonth, Dimension::Count,
                      k("month"), formula, inputs);
            else
                c.notAvailable(name, Tr::tr("Month %1 crosses its limit").arg(q->label), Dimension::Count, k("month"),
                               formula, inputs, Tr::tr("stays under the limit for %1 months").arg(months));
        }
        c.evaluation().projections.append(p);
    }
}

void queueing(Context &c)
{
    const QStringList used{c.source(k("queueing.arrival_rate")), c.source(k("queueing.service_time")),
                           c.source(k("queueing.workers"))};
    const double lambda = *c.in(k("queueing.arrival_rate"));
    const double service = *c.in(k("queueing.service_time"));
    const int workers = static_cast<int>(std::lround(*c.in(k("queueing.workers"))));
    const MmcQueue q{lambda, service, workers};
    c.out(k("queueing.offered_load"), Tr::tr("Offered load"), q.load(), Dimension::Count, k("erlangs"),
          used[0] + k(" × ") + used[1], {used[0], used[1]});
    c.out(k("queueing.utilisation"), Tr::tr("Worker utilisation"), q.utilisation(), Dimension::Percent, k("%"),
          k("queueing.offered_load ÷ ") + used[2], {k("queueing.offered_load"), used[2]});
    c.out(k("queueing.min_stable_workers"), Tr::tr("Fewest workers that keep the queue finite"),
          std::floor(q.load()) + 1, Dimension::Count, {}, k("⌊queueing.offered_load⌋ + 1"), {k("queueing.offered_load")});
    const QString unstable = Tr::tr("the queue grows without bound: offered load %1 erlangs ≥ %2 workers")
                                 .arg(formatNumber(q.load()))
                                 .arg(workers);
    c.out(k("queueing.probability_of_waiting"), Tr::tr("Probability a job waits (Erlang C)"),
          q.probabilityOfWaiting(), Dimension::Percent, k("%"), k("ErlangC(workers, offered_load)"),
          {used[2], k("queueing.offered_load")});
    const double pct = *c.in(k("queueing.target_percentile"));
    if (q.stable()) {
        c.out(k("queueing.mean_wait"), Tr::tr("Mean wait in the queue"), q.meanWait(), Dimension::Duration, {},
              k("C ÷ (workers ÷ service_time − arrival_rate)"), used);
        c.out(k("queueing.wait_percentile"), Tr::tr("Wait at the target percentile"), q.waitPercentile(pct),
              Dimension::Duration, {}, k("ln(C ÷ (1 − target_percentile)) ÷ (workers ÷ service_time − arrival_rate)"),
              used + QStringList{k("queueing.target_percentile")});
        c.out(k("queueing.mean_queue_length"), Tr::tr("Jobs waiting on average"), q.meanQueueLength(), Dimension::Count,
              {}, k("arrival_rate × queueing.mean_wait (Little's law)"), {used[0], k("queueing.mean_wait")});
        c.out(k("queueing.jobs_in_system"), Tr::tr("Jobs waiting or running on average"),
              littlesLaw(lambda, service + q.meanWait()), Dimension::Count, {},
              k("arrival_rate × (service_time + queueing.mean_wait) (Little's law)"),
              {used[0], used[1], k("queueing.mean_wait")});
    } else {
        c.notAvailable(k("queueing.mean_wait"), Tr::tr("Mean wait in the queue"), Dimension::Duration, k("s"),
                       k("C ÷ (workers ÷ service_time − arrival_rate)"), used, unstable);
        c.notAvailable(k("queueing.wait_percentile"), Tr::tr("Wait at the target percentile"), Dimension::Duration,
                       k("s"), k("ln(C ÷ (1 − target_percentile)) ÷ (workers ÷ service_time − arrival_rate)"), used,
                       unstable);
    }
    if (const auto target = c.in(k("queueing.target_wait"))) {
        const QStringList in = used.mid(0, 2) + QStringList{k("queueing.target_wait")};
        if (const auto n = serversForMeanWait(lambda, service, *target))
            c.out(k("queueing.workers_for_mean_wait"), Tr::tr("Fewest workers for the target mean wait"), *n,
                  Dimension::Count, {}, k("smallest c with MeanWait(c) ≤ target_wait"), in);
        else
            c.notAvailable(k("queueing.workers_for_mean_wait"), Tr::tr("Fewest workers for the target mean wait"),
                           Dimension::Count, {}, k("smallest c with MeanWait(c) ≤ target_wait"), in,
                           Tr::tr("more than a million workers"));
        const QStringList inP = in + QStringList{k("queueing.target_percentile")};
        if (const auto n = serversForPercentile(lambda, service, *target, pct))
            c.out(k("queueing.workers_for_percentile"), Tr::tr("Fewest workers for the target percentile"), *n,
                  Dimension::Count, {}, k("smallest c with P(wait ≤ target_wait) ≥ target_percentile"), inP);
        else
            c.notAvailable(k("queueing.workers_for_percentile"), Tr::tr("Fewest workers for the target percentile"),
                           Dimension::Count, {}, k("smallest c with P(wait ≤ target_wait) ≥ target_percentile"), inP,
                           Tr::tr("more than a million workers"));
    }
}

void autoscaling(Context &c)
{
    const QString serviceName = c.source(k("autoscaling.service_time"));
    const double service = *c.in(k("autoscaling.service_time"));
    const double minR = *c.in(k("autoscaling.min_replicas"));
    const double maxR = *c.in(k("autoscaling.max_replicas"));
    const double perWorker = *c.in(k("autoscaling.target_jobs_per_worker"));
    c.out(k("autoscaling.max_throughput"), Tr::tr("Most jobs the pool finishes per second"), maxR / service,
          Dimension::Rate, k("/s"), k("autoscaling.max_replicas ÷ ") + serviceName,
          {k("autoscaling.max_replicas"), serviceName});
    c.out(k("autoscaling.min_throughput"), Tr::tr("Jobs the smallest pool finishes per second"), minR / service,
          Dimension::Rate, k("/s"), k("autoscaling.min_replicas ÷ ") + serviceName,
          {k("autoscaling.min_replicas"), serviceName});
    c.out(k("autoscaling.target_queue_at_max"), Tr::tr("Queue depth the target allows at max replicas"),
          maxR * perWorker, Dimension::Count, {}, k("autoscaling.max_replicas × autoscaling.target_jobs_per_worker"),
          {k("autoscaling.max_replicas"), k("autoscaling.target_jobs_per_worker")});
    if (c.has(k("traffic"))) {
        const double peak = *c.value(k("traffic.peak_rate"));
        c.out(k("autoscaling.peak_utilisation_at_max"), Tr::tr("Utilisation at peak with max replicas"),
              peak * service / maxR, Dimension::Percent, k("%"),
              k("traffic.peak_rate × ") + serviceName + k(" ÷ autoscaling.max_replicas"),
              {k("traffic.peak_rate"), serviceName, k("autoscaling.max_replicas")});
        const double drain = peak - maxR / service;
        if (drain > 0)
            c.out(k("autoscaling.backlog_growth_at_peak"), Tr::tr("Queue growth at peak with max replicas"), drain,
                  Dimension::Rate, k("/h"), k("traffic.peak_rate − autoscaling.max_throughput"),
                  {k("traffic.peak_rate"), k("autoscaling.max_throughput")});
    }
}

void availability(Context &c)
{
    const double sla = *c.in(k("availability.sla"));
    c.out(k("availability.downtime_per_month"), Tr::tr("Downtime the SLA allows per month"),
          allowedDowntime(sla, kMonth), Dimension::Duration, {}, k("(1 − availability.sla) × 30 d"),
          {k("availability.sla")});
    c.out(k("availability.downtime_per_year"), Tr::tr("Downtime the SLA allows per year"), allowedDowntime(sla, kYear),
          Dimension::Duration, {}, k("(1 − availability.sla) × 365 d"), {k("availability.sla")});
    std::optional<double> composite;
    QStringList parts;
    if (const auto one = c.in(k("availability.component"))) {
        const int copies = static_cast<int>(std::lround(*c.in(k("availability.parallel_copies"))));
        composite = parallelAvailability(*one, copies);
        c.out(k("availability.parallel"), Tr::tr("Availability of the copies in parallel"), *composite,
              Dimension::Percent, k("%"), k("1 − (1 − availability.component)^availability.parallel_copies"),
              {k("availability.component"), k("availability.parallel_copies")});
        parts << k("availability.parallel");
    }
    QList<double> serial;
    for (const InputValue &v : c.scenario().inputs) {
        if (v.key.startsWith(k("availability.dependencies."))) {
            serial.append(v.base);
            parts << v.key;
        }
    }
    if (!serial.isEmpty()) {
        const double product = serialAvailability(serial) * composite.value_or(1);
        composite = product;
    }
    if (composite) {
        c.out(k("availability.composite"), Tr::tr("Availability of the whole service"), *composite, Dimension::Percent,
              k("%"), parts.join(k(" × ")), parts);
        c.out(k("availability.composite_downtime_per_year"), Tr::tr("Expected downtime of the whole service per year"),
              allowedDowntime(*composite, kYear), Dimension::Duration, {}, k("(1 − availability.composite) × 365 d"),
              {k("availability.composite")});
    }
    const QString sloName = c.source(k("availability.slo"));
    const double slo = *c.in(k("availability.slo"));
    const double window = *c.in(k("availability.slo_window"));
    c.out(k("availability.error_budget"), Tr::tr("Error budget"), 1 - slo, Dimension::Percent, k("%"),
          k("1 − ") + sloName, {sloName});
    c.out(k("availability.error_budget_time"), Tr::tr("Error budget per window, as full downtime"),
          (1 - slo) * window, Dimension::Duration, {}, k("availability.error_budget × availability.slo_window"),
          {k("availability.error_budget"), k("availability.slo_window")});
    if (const auto errors = c.in(k("availability.observed_error_rate"))) {
        const double burn = burnRate(*errors, slo);
        c.out(k("availability.burn_rate"), Tr::tr("Burn rate"), burn, Dimension::Count, k("×"),
              k("availability.observed_error_rate ÷ availability.error_budget"),
              {k("availability.observed_error_rate"), k("availability.error_budget")});
        if (burn > 0)
            c.out(k("availability.budget_exhausted_in"), Tr::tr("Budget spent in"), window / burn, Dimension::Duration,
                  {}, k("availability.slo_window ÷ availability.burn_rate"),
                  {k("availability.slo_window"), k("availability.burn_rate")});
        else
            c.notAvailable(k("availability.budget_exhausted_in"), Tr::tr("Budget spent in"), Dimension::Duration, k("d"),
                           k("availability.slo_window ÷ availability.burn_rate"),
                           {k("availability.slo_window"), k("availability.burn_rate")},
                           Tr::tr("nothing fails, the budget is not spent"));
    }
    c.evaluation().alertRules = burnRateAlertRules(slo, window);
}

} // namespace

namespace Internal {

std::optional<double> Context::in(const QString &key)
{
    if (const InputValue *v = m_scenario.find(key))
        return v->base;
    const InputSpec *spec = findInputSpec(key);
    if (!spec)
        return std::nullopt;
    if (!spec->fallbackKey.isEmpty()) {
        if (spec->fallbackKey.startsWith(QLatin1Char('=')))
            return value(spec->fallbackKey.mid(1));
        if (const auto v = in(spec->fallbackKey))
            return v;
    }
    if (spec->defaultText.isEmpty())
        return std::nullopt;
    // Defaults are constants: read each once per process, not per recompute.
    static QHash<QString, InputValue> defaults;
    static QMutex lock;
    InputValue v;
    {
        QMutexLocker locker(&lock);
        auto it = defaults.constFind(key);
        if (it == defaults.constEnd()) {
            Result<InputValue> parsed = makeInput(key, spec->defaultText);
            if (!parsed)
                return std::nullopt;
            it = defaults.insert(key, *parsed);
        }
        v = *it;
    }
    if (!m_recorded.contains(key)) {
        m_recorded.append(key);
        m_eval.inputs.append(v);
    }
    return v.base;
}

QString Context::source(const QString &key)
{
    if (m_scenario.find(key))
        return key;
    const InputSpec *spec = findInputSpec(key);
    if (spec && !spec->fallbackKey.isEmpty()) {
        if (spec->fallbackKey.startsWith(QLatin1Char('=')))
            return spec->fallbackKey.mid(1);
        if (m_scenario.find(spec->fallbackKey))
            return spec->fallbackKey;
        return source(spec->fallbackKey);
    }
    return key;
}

QString Context::textOf(const QString &key)
{
    if (const InputValue *v = m_scenario.find(key))
        return v->text;
    for (const InputValue &v : std::as_const(m_eval.inputs))
        if (v.key == key)
            return v.text;
    return {};
}

const Quantity &Context::out(const QString &name, const QString &label, double base, Dimension dimension,
                             const QString &unit, const QString &formula, const QStringList &inputs,
                             const QString &note)
{
    Quantity q;
    q.name = name;
    q.label = label;
    const Shown s = show(base, dimension, unit);
    q.value = s.value;
    q.unit = s.unit;
    q.formula = formula;
    q.inputs = inputs;
    q.base = base;
    q.dimension = dimension;
    q.note = note;
    m_eval.outputs.append(q);
    return m_eval.outputs.last();
}

const Quantity &Context::notAvailable(const QString &name, const QString &label, Dimension dimension,
                                      const QString &unit, const QString &formula, const QStringList &inputs,
                                      const QString &why)
{
    const Quantity &q = out(name, label, kNaN, dimension, unit, formula, inputs, why);
    m_eval.outputs.last().value = kNaN;
    return q;
}

void Context::finding(Finding::Kind kind, const QString &id, const QString &message, const QString &arithmetic,
                      const QStringList &inputs)
{
    m_eval.findings.append(Finding{kind, id, message, arithmetic, inputs});
}

QString byteRateUnit(double bytesPerSecond, const char *per)
{
    const double seconds = std::string_view(per) == "day" ? kDay
                           : std::string_view(per) == "h" ? 3600.0
                           : std::string_view(per) == "month" ? kMonth
                                                              : 1.0;
    const Shown bytes = show(bytesPerSecond * seconds, Dimension::Bytes);
    return bytes.unit + QLatin1Char('/') + QString::fromLatin1(per);
}

} // namespace Internal

QString Quantity::text() const
{
    if (!isNumber())
        return note.isEmpty() ? QStringLiteral("n/a") : QStringLiteral("n/a (%1)").arg(note);
    return formatShown(value, unit);
}

QString formatShown(double value, const QString &unit)
{
    QString number = formatNumber(value);
    if (unit == QLatin1String("%") && value > 99 && value < 100) {
        // Keep the nines: 99.999999 %, not 100 %.
        const int decimals = static_cast<int>(std::ceil(-std::log10(100 - value))) + 1;
        number = QString::number(value, 'f', std::min(decimals, 12));
        while (number.endsWith(QLatin1Char('0')))
            number.chop(1);
    }
    if (unit.isEmpty())
        return number;
    return number + QLatin1Char(' ') + unit;
}

const Quantity *Evaluation::output(const QString &name) const
{
    for (const Quantity &q : outputs)
        if (q.name == name)
            return &q;
    return nullptr;
}

QList<Finding> Evaluation::problems() const
{
    QList<Finding> out;
    for (const Finding &f : findings)
        if (f.kind != Finding::Kind::Consistent)
            out.append(f);
    return out;
}

Result<Evaluation> evaluate(const Scenario &scenario)
{
    const QList<Diagnostic> incomplete = checkComplete(scenario);
    if (!incomplete.isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("The capacity scenario is incomplete"),
                    incomplete.first().toString());
    Evaluation e;
    e.scenarioName = scenario.name;
    e.description = scenario.description;
    e.inputs = scenario.inputs;
    Context c(scenario, e);
    // Model order matters: later models read earlier outputs (cost reads
    // storage and logs, growth reads all of them).
    if (c.has(k("traffic")))
        traffic(c);
    if (c.has(k("storage")))
        storage(c);
    if (c.has(k("compute")))
        compute(c);
    if (c.has(k("logs")))
        logs(c);
    if (c.has(k("cost")))
        cost(c);
    if (c.has(k("queueing")))
        queueing(c);
    if (c.has(k("autoscaling")))
        autoscaling(c);
    if (c.has(k("availability")))
        availability(c);
    if (c.has(k("growth")))
        growth(c);
    Internal::evaluateChecks(c);
    return e;
}

} // namespace OpsDeck::Planner
