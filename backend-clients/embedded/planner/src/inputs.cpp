// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// The table of inputs: names, kinds, defaults and the ranges outside which a
// value is refused as absurd (1e30 events a day is a typo, not a plan).
#include <opsdeck/planner/scenario.h>

#include "plannertr.h"

#include <QHash>

namespace OpsDeck::Planner {

namespace {

constexpr double kDay = 86400.0;
constexpr double kCentury = 100 * 365 * kDay;

InputSpec spec(const char *key, Dimension dimension, bool required, const char *defaultText, double minBase,
               bool zeroAllowed, double maxBase, QString description, const char *fallback = "")
{
    InputSpec s;
    s.key = QString::fromLatin1(key);
    s.dimension = dimension;
    s.required = required;
    s.defaultText = QString::fromUtf8(defaultText);
    s.fallbackKey = QString::fromLatin1(fallback);
    s.minBase = minBase;
    s.zeroAllowed = zeroAllowed;
    s.maxBase = maxBase;
    s.description = std::move(description);
    return s;
}

QList<InputSpec> buildSpecs()
{
    using D = Dimension;
    const bool req = true;
    const bool opt = false;
    const double maxRate = 1e9;        // a billion events per second
    const double maxBytes = 1e21;      // a zettabyte
    const double maxSaving = 0.99;     // a saving of 100 % would store nothing
    const double maxNines = 1 - 1e-12; // availability strictly below 100 %
    return {
        // traffic
        spec("traffic.events_per_day", D::Rate, req, "", 0, false, maxRate,
             Tr::tr("Events (deployments, requests) per day")),
        spec("traffic.peak_factor", D::Count, opt, "1", 1, true, 1e4,
             Tr::tr("Peak rate over average rate")),
        // storage
        spec("storage.objects_per_day", D::Rate, req, "", 0, false, maxRate,
             Tr::tr("Objects (artifacts) stored per day; defaults to traffic.events_per_day"),
             "traffic.events_per_day"),
        spec("storage.object_size", D::Bytes, req, "", 0, false, 1e15, Tr::tr("Average size of one object")),
        spec("storage.retention", D::Duration, req, "", 0, false, kCentury,
             Tr::tr("How long an object is kept before it is deleted")),
        spec("storage.replication", D::Count, opt, "1", 1, true, 100,
             Tr::tr("Copies kept of every object (redundancy)")),
        spec("storage.compression_saving_percent", D::Percent, opt, "0 %", 0, true, maxSaving,
             Tr::tr("Size reduction by compression (60 % leaves 40 %)")),
        spec("storage.dedupe_saving_percent", D::Percent, opt, "0 %", 0, true, maxSaving,
             Tr::tr("Size reduction by deduplication, applied after compression")),
        spec("storage.cold_after", D::Duration, opt, "", 0, true, kCentury,
             Tr::tr("Age at which an object moves to the cold tier; absent: never")),
        // compute
        spec("compute.peak_concurrency", D::Count, req, "", 0, false, 1e7,
             Tr::tr("Jobs running at the same time at peak")),
        spec("compute.vcpu_per_job", D::Vcpu, req, "", 0, false, 1e4, Tr::tr("vCPUs one job needs")),
        spec("compute.memory_per_job", D::Bytes, req, "", 0, false, 1e14, Tr::tr("Memory one job needs")),
        spec("compute.job_duration", D::Duration, opt, "", 0, false, kCentury,
             Tr::tr("Average time one job runs (for Little's law)")),
        spec("compute.classes.*.vcpu", D::Vcpu, req, "", 0, false, 1e4, Tr::tr("vCPUs of a job of this class")),
        spec("compute.classes.*.memory", D::Bytes, req, "", 0, false, 1e14,
             Tr::tr("Memory of a job of this class")),
        spec("compute.classes.*.share", D::Percent, req, "", 0, true, 1,
             Tr::tr("Share of the jobs in this class; the shares add up to 100 %")),
        // logs
        spec("logs.servers", D::Count, req, "", 0, false, 1e8, Tr::tr("Servers that send logs")),
        spec("logs.volume_per_server", D::ByteRate, req, "", 0, false, 1e12,
             Tr::tr("Log volume one server sends")),
        spec("logs.spike_factor", D::Count, opt, "1", 1, true, 1e4,
             Tr::tr("Log rate during a spike over the normal rate")),
        spec("logs.buffer_retention", D::Duration, opt, "", 0, false, kCentury,
             Tr::tr("How long the message buffer (Kafka) keeps messages")),
        spec("logs.hot_days", D::Duration, req, "", 0, false, kCentury,
             Tr::tr("How long logs stay searchable in the hot tier")),
        spec("logs.cold_days", D::Duration, opt, "0 d", 0, true, kCentury,
             Tr::tr("How long logs are kept in the cold tier (archived on arrival)")),
        spec("logs.replication", D::Count, opt, "1", 1, true, 100, Tr::tr("Copies kept in the hot tier")),
        spec("logs.compression_saving_percent", D::Percent, opt, "0 %", 0, true, maxSaving,
             Tr::tr("Size reduction by compression")),
        spec("logs.dedupe_saving_percent", D::Percent, opt, "0 %", 0, true, maxSaving,
             Tr::tr("Size reduction by deduplication")),
        // cost, per data set
        spec("cost.storage.hot_price", D::Price, req, "", 0, false, 1e-6,
             Tr::tr("Price of the artifact storage's hot tier")),
        spec("cost.storage.cold_price", D::Price, req, "", 0, false, 1e-6,
             Tr::tr("Price of the artifact storage's cold tier")),
        spec("cost.storage.claimed_cost", D::Money, opt, "", 0, true, 1e10,
             Tr::tr("A monthly artifact storage cost claimed after all optimisations, to check")),
        spec("cost.logs.hot_price", D::Price, req, "", 0, false, 1e-6, Tr::tr("Price of the hot log tier")),
        spec("cost.logs.cold_price", D::Price, req, "", 0, false, 1e-6, Tr::tr("Price of the cold log tier")),
        spec("cost.logs.claimed_cost", D::Money, opt, "", 0, true, 1e10,
             Tr::tr("A monthly log storage cost claimed with the tiers, to check")),
        // growth
        spec("growth.monthly_growth_percent", D::Percent, req, "", 0, true, 10,
             Tr::tr("Growth per month, compounded")),
        spec("growth.months", D::Count, opt, "24", 1, true, 600, Tr::tr("Months to project")),
        spec("growth.peak_rate_limit", D::Rate, opt, "", 0, false, maxRate,
             Tr::tr("Peak rate the system can take (e.g. the database's limit)")),
        spec("growth.storage_limit", D::Bytes, opt, "", 0, false, maxBytes,
             Tr::tr("Artifact storage available (replicated)")),
        spec("growth.vcpu_limit", D::Vcpu, opt, "", 0, false, 1e9, Tr::tr("vCPUs available")),
        spec("growth.memory_limit", D::Bytes, opt, "", 0, false, maxBytes, Tr::tr("Memory available")),
        spec("growth.logs_hot_limit", D::Bytes, opt, "", 0, false, maxBytes,
             Tr::tr("Hot log storage available")),
        // queueing
        spec("queueing.arrival_rate", D::Rate, req, "", 0, false, maxRate,
             Tr::tr("Jobs arriving per second; defaults to the traffic model's peak rate"), "=traffic.peak_rate"),
        spec("queueing.service_time", D::Duration, req, "", 0, false, kCentury,
             Tr::tr("Average time one job takes; defaults to compute.job_duration"), "compute.job_duration"),
        spec("queueing.workers", D::Count, req, "", 0, false, 1e7,
             Tr::tr("Workers serving the queue; defaults to compute.peak_concurrency"), "compute.peak_concurrency"),
        spec("queueing.target_wait", D::Duration, opt, "", 0, false, kCentury,
             Tr::tr("Wait to size the pool for (mean, and at the percentile)")),
        spec("queueing.target_percentile", D::Percent, opt, "95 %", 0, false, 0.99999,
             Tr::tr("Share of jobs that must start within target_wait")),
        // autoscaling
        spec("autoscaling.min_replicas", D::Count, req, "", 1, true, 1e6, Tr::tr("Fewest workers")),
        spec("autoscaling.max_replicas", D::Count, req, "", 1, true, 1e6, Tr::tr("Most workers")),
        spec("autoscaling.target_jobs_per_worker", D::Count, req, "", 0, false, 1e6,
             Tr::tr("Queued jobs per worker the scaler aims for")),
        spec("autoscaling.scale_up_queue", D::Count, req, "", 0, true, 1e9,
             Tr::tr("Scale up when the queue is deeper than this")),
        spec("autoscaling.scale_up_for", D::Duration, opt, "0 s", 0, true, kDay,
             Tr::tr("… for at least this long")),
        spec("autoscaling.scale_up_cooldown", D::Duration, opt, "60 s", 0, true, kDay,
             Tr::tr("Least time between two scale-ups")),
        spec("autoscaling.scale_down_queue", D::Count, req, "", 0, true, 1e9,
             Tr::tr("Scale down when the queue is shallower than this")),
        spec("autoscaling.scale_down_for", D::Duration, opt, "5 min", 0, true, kDay,
             Tr::tr("… for at least this long")),
        spec("autoscaling.scale_down_cooldown", D::Duration, opt, "5 min", 0, true, kDay,
             Tr::tr("Least time between two scale-downs")),
        spec("autoscaling.worker_startup", D::Duration, opt, "0 s", 0, true, kDay,
             Tr::tr("Time a new worker takes before it takes jobs")),
        spec("autoscaling.service_time", D::Duration, req, "", 0, false, kCentury,
             Tr::tr("Average job duration; defaults to compute.job_duration"), "compute.job_duration"),
        // availability
        spec("availability.sla", D::Percent, req, "", 0, false, maxNines, Tr::tr("Promised availability")),
        spec("availability.component", D::Percent, opt, "", 0, false, maxNines,
             Tr::tr("Availability of one copy (region) of the service")),
        spec("availability.parallel_copies", D::Count, opt, "1", 1, true, 100,
             Tr::tr("Independent copies (regions); the service is up when one is")),
        spec("availability.dependencies.*", D::Percent, opt, "", 0, false, maxNines,
             Tr::tr("A dependency in series: the service needs it up")),
        spec("availability.claimed_composite", D::Percent, opt, "", 0, false, maxNines,
             Tr::tr("A composite availability claimed, to check")),
        spec("availability.slo", D::Percent, req, "", 0, false, maxNines,
             Tr::tr("Objective for the error budget; defaults to the SLA"), "availability.sla"),
        spec("availability.slo_window", D::Duration, opt, "30 d", 0, false, 366 * kDay,
             Tr::tr("Window the error budget is counted over")),
        spec("availability.observed_error_rate", D::Percent, opt, "", 0, true, 1,
             Tr::tr("Share of requests failing now, for the burn rate")),
    };
}

bool keyMatches(const QString &pattern, const QString &key)
{
    if (!pattern.contains(QLatin1Char('*')))
        return pattern == key;
    const QStringList p = pattern.split(QLatin1Char('.'));
    const QStringList k = key.split(QLatin1Char('.'));
    if (p.size() != k.size())
        return false;
    for (qsizetype i = 0; i < p.size(); ++i) {
        if (p[i] == QLatin1String("*")) {
            if (k[i].isEmpty())
                return false;
        } else if (p[i] != k[i]) {
            return false;
        }
    }
    return true;
}

} // namespace

const QList<InputSpec> &inputSpecs()
{
    static const QList<InputSpec> specs = [] {
        QList<InputSpec> all = buildSpecs();
        // Things that come in whole units. Replication stays fractional
        // (erasure coding stores 1.5 copies), and so does concurrency (an average).
        for (InputSpec &s : all)
            s.integer = s.key == QLatin1String("growth.months") || s.key == QLatin1String("queueing.workers")
                        || s.key == QLatin1String("autoscaling.min_replicas")
                        || s.key == QLatin1String("autoscaling.max_replicas")
                        || s.key == QLatin1String("availability.parallel_copies")
                        || s.key == QLatin1String("logs.servers");
        return all;
    }();
    return specs;
}

const InputSpec *findInputSpec(const QString &key)
{
    // Exact keys by hash: evaluate() looks inputs up hundreds of times per recompute.
    static const QHash<QString, const InputSpec *> exact = [] {
        QHash<QString, const InputSpec *> h;
        for (const InputSpec &s : inputSpecs())
            if (!s.key.contains(QLatin1Char('*')))
                h.insert(s.key, &s);
        return h;
    }();
    if (const auto it = exact.constFind(key); it != exact.constEnd())
        return *it;
    for (const InputSpec &s : inputSpecs())
        if (keyMatches(s.key, key))
            return &s;
    return nullptr;
}

QStringList modelNames()
{
    return {QStringLiteral("traffic"), QStringLiteral("storage"), QStringLiteral("compute"),
            QStringLiteral("logs"), QStringLiteral("cost"), QStringLiteral("growth"),
            QStringLiteral("queueing"), QStringLiteral("autoscaling"), QStringLiteral("availability")};
}

} // namespace OpsDeck::Planner
