// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// The seed's CI/CD platform and log aggregation system as scenario files
// (../shared/seed/system-design-devops.md, "Back-of-the-envelope calculations",
// "Design a CI/CD Platform", "Design a Log Aggregation System"). Values the seed
// does not give are marked "assumed" in the files themselves.
#include <opsdeck/planner/scenario.h>

namespace OpsDeck::Planner {

namespace {

const char kCicdInputs[] = R"yaml(  traffic:
    events_per_day: "10000 /day"          # seed: 10,000 deployments per day
    peak_factor: "10"                     # seed: 10x peak factor
  storage:
    object_size: "100 MB"                 # seed: average build artifacts 100 MB
    retention: "30 d"                     # seed: 30-day retention
    replication: "3"                      # seed: redundancy 3x
    compression_saving_percent: "60 %"    # seed: ~60 % size reduction (reduced BY 60 %)
    dedupe_saving_percent: "40 %"         # seed: 40 % space savings (reduced BY 40 %)
  compute:
    peak_concurrency: "100"               # seed: 100 concurrent deployments at peak
    vcpu_per_job: "2 vCPU"                # seed: each deployment needs 2 vCPU
    memory_per_job: "4 GB"                # seed: and 4 GB RAM
    job_duration: "10 min"                # seed: average deployment time 10 minutes
    classes:                              # seed: right-sizing classes; shares assumed
      small: {vcpu: "1 vCPU", memory: "2 GB", share: "40 %"}
      medium: {vcpu: "2 vCPU", memory: "4 GB", share: "40 %"}
      large: {vcpu: "4 vCPU", memory: "8 GB", share: "20 %"}
  queueing:                               # arrivals, service time and workers from the models above
    target_wait: "1 min"                  # assumed
    target_percentile: "95 %"             # assumed
  autoscaling:
    min_replicas: "10"                    # seed: min replicas 10
    max_replicas: "100"                   # seed: max replicas 100
    target_jobs_per_worker: "5"           # seed: target queue depth 5 jobs/worker
    scale_up_queue: "50"                  # seed: scale up when queue > 50
    scale_up_cooldown: "60 s"             # assumed
    scale_down_queue: "10"                # seed: scale down when queue < 10
    scale_down_for: "5 min"               # seed: ... for 5 minutes
    scale_down_cooldown: "5 min"          # assumed
    worker_startup: "30 s"                # assumed
)yaml";

const char kCicdCost[] = R"yaml(    storage:
      hot_price: "23.33 USD/TB/month"     # seed: 30 TB of artifacts cost $700/month
      cold_price: "4 USD/TB/month"        # assumed Glacier-class price
      claimed_cost: "150 USD/month"       # seed: "$700/month -> $150/month (78 % reduction)"
)yaml";

const char kLogsInputs[] = R"yaml(  logs:
    servers: "10000"                      # seed: 10,000 servers
    volume_per_server: "1 GB/day"         # seed: 1 GB/day each
    spike_factor: "10"                    # seed: during deployment, logs spike 10x
    buffer_retention: "7 d"               # seed: Kafka retains messages for 7 days
    hot_days: "30 d"                      # seed: 30 days hot (Elasticsearch)
    cold_days: "365 d"                    # seed: 365 days cold (S3 / Glacier)
)yaml";

const char kLogsCost[] = R"yaml(    logs:
      hot_price: "100 USD/TB/month"       # seed: 300 TB hot cost ~$30K/month
      cold_price: "1.1 USD/TB/month"      # seed: 3.65 PB in S3 Glacier ~$4K/month (S3 Standard: 20.5, ~$75K)
      claimed_cost: "34000 USD/month"     # seed: $30K (hot) + $4K (cold) = $34K/month
)yaml";

const char kGrowthCicd[] = R"yaml(  growth:
    monthly_growth_percent: "5 %"         # assumed
    months: "24"
    peak_rate_limit: "1000 /s"            # seed: the database becomes a bottleneck at 1,000 deployments/sec
    storage_limit: "100 TB"               # assumed
    vcpu_limit: "400 vCPU"                # assumed
)yaml";

const char kAvailabilityCicd[] = R"yaml(  availability:
    sla: "99.9 %"                         # seed: 99.9 % uptime SLA
    component: "99.99 %"                  # seed: region availability 99.99 %
    parallel_copies: "2"                  # seed: two regions
    claimed_composite: "99.9999 %"        # seed: "1 - (0.0001)^2 = 99.9999 % (5 nines)"
    slo_window: "30 d"
    observed_error_rate: "0.5 %"          # assumed, for the burn rate
)yaml";

QString header(const char *name, const char *description)
{
    return QStringLiteral("# OpsDeck capacity scenario (docs/capacity-scenarios.md)\nname: \"%1\"\ndescription: \"%2\"\ninputs:\n")
        .arg(QString::fromUtf8(name), QString::fromUtf8(description));
}

} // namespace

QString cicdScenario()
{
    return header("CI/CD platform (seed)",
                  "The seed's CI/CD platform: 10,000 deployments a day, artifacts, workers and their autoscaling.")
           + QString::fromUtf8(kCicdInputs) + QStringLiteral("  cost:\n") + QString::fromUtf8(kCicdCost)
           + QString::fromUtf8(kGrowthCicd) + QString::fromUtf8(kAvailabilityCicd);
}

QString logsScenario()
{
    return header("Log aggregation (seed)",
                  "The seed's log aggregation system: 10,000 servers at 1 GB a day, a Kafka buffer, hot and cold tiers.")
           + QString::fromUtf8(kLogsInputs) + QStringLiteral("  cost:\n") + QString::fromUtf8(kLogsCost)
           + QStringLiteral("  growth:\n    monthly_growth_percent: \"5 %\"         # assumed\n"
                            "    logs_hot_limit: \"400 TB\"              # assumed\n");
}

QString exampleScenario()
{
    QString growth = QString::fromUtf8(kGrowthCicd);
    growth += QStringLiteral("    logs_hot_limit: \"400 TB\"              # assumed\n");
    return header("CI/CD and log aggregation (seed)",
                  "Every number of the seed's back-of-the-envelope sections: the CI/CD platform and the log "
                  "aggregation system in one scenario.")
           + QString::fromUtf8(kCicdInputs) + QString::fromUtf8(kLogsInputs) + QStringLiteral("  cost:\n")
           + QString::fromUtf8(kCicdCost) + QString::fromUtf8(kLogsCost) + growth
           + QString::fromUtf8(kAvailabilityCicd);
}

} // namespace OpsDeck::Planner
