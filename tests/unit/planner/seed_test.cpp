// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// Every number of the seed's back-of-the-envelope sections
// (../shared/seed/system-design-devops.md) as a test vector, computed through
// the scenario file the CLI prints (exampleScenario()).
#include "plannertestutil.h"

#include <opsdeck/planner/availability.h>
#include <opsdeck/planner/queueing.h>

#include <cmath>

using namespace OpsDeck::Planner;
using OpsDeck::Result;
using namespace OpsDeck::Planner::Test;

namespace {

const Evaluation &example()
{
    static const Evaluation e = evaluateText(exampleScenario());
    return e;
}

} // namespace

TEST(PlannerSeed, TrafficAverageAndPeakPerSecond)
{
    // "10,000 / (24 * 3600) ≈ 0.12/sec average; with 10x peak factor: 1.2 deployments/sec peak".
    // Exact: 0.11574 and 1.1574 /s; the seed rounds to two significant digits.
    const double average = base(example(), "traffic.average_rate");
    const double peak = base(example(), "traffic.peak_rate");
    EXPECT_NEAR(average, 10000.0 / 86400.0, 1e-12);
    EXPECT_NEAR(peak, 10 * 10000.0 / 86400.0, 1e-12);
    EXPECT_DOUBLE_EQ(roundSignificant(average, 2), 0.12);
    EXPECT_DOUBLE_EQ(roundSignificant(peak, 2), 1.2);
    EXPECT_EQ(example().output(QStringLiteral("traffic.peak_rate"))->unit, QStringLiteral("/s"));
}

TEST(PlannerSeed, StoragePerDayTotalAndReplicated)
{
    // "10,000 * 100 MB = 1 TB/day; 30-day retention: 30 TB; with redundancy (3x): 90 TB".
    const Quantity *perDay = example().output(QStringLiteral("storage.raw_per_day"));
    ASSERT_NE(perDay, nullptr);
    EXPECT_NEAR(perDay->value, 1.0, 1e-9);
    EXPECT_EQ(perDay->unit, QStringLiteral("TB/day"));
    EXPECT_EQ(perDay->text(), QStringLiteral("1 TB/day"));
    EXPECT_NEAR(base(example(), "storage.raw_total"), 30 * kTB, 1);
    EXPECT_NEAR(base(example(), "storage.replicated_total"), 90 * kTB, 1);
    EXPECT_EQ(example().output(QStringLiteral("storage.replicated_total"))->text(), QStringLiteral("90 TB"));
    // Compression 60 % and dedupe 40 % ("reduced by") leave 0.4 × 0.6 = 24 %.
    EXPECT_NEAR(base(example(), "storage.remaining_percent"), 0.24, 1e-12);
    EXPECT_NEAR(base(example(), "storage.stored_total"), 0.24 * 30 * kTB, 1);
    // Provenance: the formula names what it came from.
    EXPECT_TRUE(example().output(QStringLiteral("storage.raw_per_day"))->inputs.contains(QStringLiteral("traffic.events_per_day")));
}

TEST(PlannerSeed, ComputeVcpuAndMemory)
{
    // "100 concurrent × 2 vCPU, 4 GB RAM: 200 vCPU, 400 GB RAM".
    EXPECT_DOUBLE_EQ(base(example(), "compute.total_vcpu"), 200);
    EXPECT_DOUBLE_EQ(base(example(), "compute.total_memory"), 400e9);
    EXPECT_EQ(example().output(QStringLiteral("compute.total_vcpu"))->text(), QStringLiteral("200 vCPU"));
    EXPECT_EQ(example().output(QStringLiteral("compute.total_memory"))->text(), QStringLiteral("400 GB"));
    // Resource classes 1/2/4 vCPU at 40/40/20 % average 2 vCPU, 4 GB: the same totals.
    EXPECT_NEAR(base(example(), "compute.classes_vcpu"), 200, 1e-9);
    EXPECT_NEAR(base(example(), "compute.classes_memory"), 400e9, 1);
    EXPECT_NEAR(base(example(), "compute.classes.large.vcpu_total"), 100 * 0.2 * 4, 1e-9);
}

TEST(PlannerSeed, LogSizes)
{
    // "10,000 servers × 1 GB/day = 10 TB/day; 300 TB/month; 417 GB/hour; spike 4.17 TB/hour;
    //  Kafka 7 days × 10 TB = 70 TB; hot 30 × 10 TB = 300 TB; cold 365 × 10 TB = 3.65 PB".
    const Evaluation &e = example();
    EXPECT_EQ(e.output(QStringLiteral("logs.daily"))->text(), QStringLiteral("10 TB/day"));
    EXPECT_EQ(e.output(QStringLiteral("logs.monthly"))->text(), QStringLiteral("300 TB/month"));
    const Quantity *hourly = e.output(QStringLiteral("logs.hourly"));
    EXPECT_EQ(hourly->unit, QStringLiteral("GB/h"));
    EXPECT_DOUBLE_EQ(roundSignificant(hourly->value, 3), 417);
    const Quantity *spike = e.output(QStringLiteral("logs.spike_hourly"));
    EXPECT_EQ(spike->unit, QStringLiteral("TB/h"));
    EXPECT_DOUBLE_EQ(roundSignificant(spike->value, 3), 4.17);
    EXPECT_NEAR(base(e, "logs.buffer_size"), 70 * kTB, 1);
    EXPECT_NEAR(base(e, "logs.hot_size"), 300 * kTB, 1);
    EXPECT_NEAR(base(e, "logs.cold_size"), 3.65e15, 1);
    EXPECT_EQ(e.output(QStringLiteral("logs.cold_size"))->text(), QStringLiteral("3.65 PB"));
}

TEST(PlannerSeed, ArtifactStorageCostAndEachOptimisation)
{
    // "30 TB of build artifacts costing $700/month" at 23.33 USD/TB/month.
    const Evaluation &e = example();
    const double baseline = base(e, "cost.storage.baseline");
    EXPECT_NEAR(baseline, 700, 700 * 0.001);
    // Compression alone (60 % off) leaves 40 %, dedupe alone (40 % off) 60 %, together 24 %.
    EXPECT_NEAR(base(e, "cost.storage.compression"), 0.4 * baseline, 1e-6);
    EXPECT_NEAR(base(e, "cost.storage.dedupe"), 0.6 * baseline, 1e-6);
    EXPECT_NEAR(base(e, "cost.storage.optimised"), 0.24 * baseline, 1e-6);
    EXPECT_NEAR(base(e, "cost.storage.saving_optimised_percent"), 0.76, 1e-9);
    // No cold tier in the seed's 30-day retention: the lifecycle alone saves nothing.
    EXPECT_NEAR(base(e, "cost.storage.saving_lifecycle"), 0, 1e-9);
}

TEST(PlannerSeed, StorageLifecycleTiersPriceColdDays)
{
    // "Move to Glacier after 30 days, delete after 90 days": 30 TB hot, 60 TB cold.
    const Evaluation e = evaluateText(exampleScenario(),
                                      {QStringLiteral("storage.retention=90 d"), QStringLiteral("storage.cold_after=30 d")});
    EXPECT_NEAR(base(e, "storage.hot_size"), 0.24 * 30 * kTB, 1);
    EXPECT_NEAR(base(e, "storage.cold_size"), 0.24 * 60 * kTB, 1);
    EXPECT_NEAR(base(e, "cost.storage.baseline"), 90 * 23.33, 1e-6);
    EXPECT_NEAR(base(e, "cost.storage.lifecycle"), 30 * 23.33 + 60 * 4, 1e-6);
    EXPECT_NEAR(base(e, "cost.storage.optimised"), 0.24 * (30 * 23.33 + 60 * 4), 1e-6);
}

TEST(PlannerSeed, LogTierCosts)
{
    // "Hot 300 TB ~$30K/month; cold 3.65 PB in S3 Glacier $4K/month; total $34K/month;
    //  vs keeping all in ES: $360K/month (10x savings)".
    const Evaluation &e = example();
    EXPECT_NEAR(base(e, "cost.logs.hot"), 30000, 1e-6);
    EXPECT_NEAR(base(e, "cost.logs.cold"), 4000, 4000 * 0.01);
    EXPECT_NEAR(base(e, "cost.logs.optimised"), 34000, 34000 * 0.01);
    // All 365 days in the hot tier: 3.65 PB × 100 USD/TB = $365K, which the seed rounds to $360K.
    EXPECT_NEAR(base(e, "cost.logs.baseline"), 365000, 1e-6);
    EXPECT_NEAR(base(e, "cost.logs.baseline"), 360000, 360000 * 0.015);
    EXPECT_GT(base(e, "cost.logs.baseline") / base(e, "cost.logs.optimised"), 10);
    const Finding *claim = finding(e, "logs_cost_claim");
    ASSERT_NE(claim, nullptr);
    EXPECT_EQ(claim->kind, Finding::Kind::Consistent) << claim->message.toStdString();
}

TEST(PlannerSeed, LogColdTierInS3Standard)
{
    // "S3 Standard: $75K/month" for the same 3.65 PB at 20.5 USD/TB/month.
    const Evaluation e = evaluateText(exampleScenario(), {QStringLiteral("cost.logs.cold_price=20.5 USD/TB/month")});
    EXPECT_NEAR(base(e, "cost.logs.cold"), 75000, 75000 * 0.01);
}

TEST(PlannerSeed, AvailabilityDowntimeAndTwoRegions)
{
    const Evaluation &e = example();
    // 99.9 %: 43.2 min a month (30 d), 8.76 h a year.
    EXPECT_NEAR(base(e, "availability.downtime_per_month"), 43.2 * 60, 1e-6);
    EXPECT_NEAR(base(e, "availability.downtime_per_year"), 8.76 * 3600, 1e-6);
    EXPECT_EQ(e.output(QStringLiteral("availability.downtime_per_month"))->text(), QStringLiteral("43.2 min"));
    // The secrets system's "99.99 % availability (less than 1 hour downtime/year)": 52.56 min.
    EXPECT_NEAR(allowedDowntime(0.9999, 365 * kDay), 52.56 * 60, 1e-6);
    // "Two regions: 1 − (0.0001)²": 0.99999999.
    EXPECT_NEAR(base(e, "availability.parallel"), 1 - 0.0001 * 0.0001, 1e-15);
    EXPECT_EQ(e.output(QStringLiteral("availability.parallel"))->text(), QStringLiteral("99.999999 %"));
}

TEST(PlannerSeed, BurnRateAlertRulesFromTheSreWorkbook)
{
    const QList<BurnRateAlertRule> rules = example().alertRules;
    ASSERT_EQ(rules.size(), 3);
    // 14.4× over 1 h / 5 min pages (2 % of a 30-day budget); 6× over 6 h / 30 min pages (5 %);
    // 1× over 3 d / 6 h opens a ticket (10 %).
    EXPECT_DOUBLE_EQ(rules[0].burnRate, 14.4);
    EXPECT_DOUBLE_EQ(rules[0].longWindowS, 3600);
    EXPECT_DOUBLE_EQ(rules[0].shortWindowS, 300);
    EXPECT_EQ(rules[0].severity, QStringLiteral("page"));
    EXPECT_NEAR(rules[0].budgetConsumed, 0.02, 1e-12);
    EXPECT_NEAR(rules[0].errorRateThreshold, 14.4 * 0.001, 1e-12);
    EXPECT_DOUBLE_EQ(rules[1].burnRate, 6);
    EXPECT_DOUBLE_EQ(rules[1].longWindowS, 6 * 3600);
    EXPECT_DOUBLE_EQ(rules[1].shortWindowS, 1800);
    EXPECT_NEAR(rules[1].budgetConsumed, 0.05, 1e-12);
    EXPECT_DOUBLE_EQ(rules[2].burnRate, 1);
    EXPECT_DOUBLE_EQ(rules[2].longWindowS, 3 * 86400);
    EXPECT_DOUBLE_EQ(rules[2].shortWindowS, 6 * 3600);
    EXPECT_EQ(rules[2].severity, QStringLiteral("ticket"));
    EXPECT_NEAR(rules[2].budgetConsumed, 0.10, 1e-12);
    // 0.5 % errors against a 0.1 % budget burn it 5× as fast: gone in 6 days.
    EXPECT_NEAR(base(example(), "availability.burn_rate"), 5, 1e-9);
    EXPECT_NEAR(base(example(), "availability.budget_exhausted_in"), 6 * kDay, 1e-6);
}

TEST(PlannerSeedChecks, LittlesLawAgainstTheWorkerCap)
{
    // 1.2 deployments/s at peak × 10 min each ≈ 720 running at once (Little's law), against a
    // cap of 100 workers. Unrounded: 1.1574 /s × 600 s = 694.4.
    const Evaluation &e = example();
    const double needed = base(e, "compute.peak_concurrency_littles_law");
    EXPECT_NEAR(needed, 10 * 10000.0 / 86400.0 * 600, 1e-9);
    EXPECT_NEAR(1.2 * 600, needed, needed * 0.04);
    const Finding *f = finding(e, "littles_law_concurrency");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->kind, Finding::Kind::Contradiction);
    EXPECT_TRUE(f->arithmetic.contains(QStringLiteral("694.4"))) << f->arithmetic.toStdString();
    EXPECT_TRUE(f->arithmetic.contains(QStringLiteral("> 100"))) << f->arithmetic.toStdString();
    const Finding *cap = finding(e, "littles_law_max_replicas");
    ASSERT_NE(cap, nullptr);
    EXPECT_TRUE(cap->inputs.contains(QStringLiteral("autoscaling.max_replicas")));
    // The queueing model says the same: 694 erlangs on 100 workers never drains.
    const Finding *unstable = finding(e, "queue_unstable");
    ASSERT_NE(unstable, nullptr);
    const Quantity *wait = e.output(QStringLiteral("queueing.mean_wait"));
    ASSERT_NE(wait, nullptr);
    EXPECT_FALSE(wait->isNumber());
    EXPECT_TRUE(wait->note.contains(QStringLiteral("erlangs"))) << wait->note.toStdString();
    EXPECT_EQ(e.output(QStringLiteral("queueing.offered_load"))->text(), QStringLiteral("694.4 erlangs"));
    // And it sizes the pool that would work: more than 694 workers.
    EXPECT_GT(base(e, "queueing.workers_for_percentile"), 694);
}

TEST(PlannerSeedChecks, StorageSavingDoesNotFollowFromThePercentages)
{
    // "$700/month → $150/month (78 % reduction)" from 60 % compression and 40 % dedupe:
    // they leave 24 %, i.e. $168 (76 %).
    const Finding *f = finding(example(), "storage_cost_claim");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->kind, Finding::Kind::Contradiction);
    EXPECT_TRUE(f->message.contains(QStringLiteral("168"))) << f->message.toStdString();
    EXPECT_TRUE(f->message.contains(QStringLiteral("24 %"))) << f->message.toStdString();
    EXPECT_TRUE(f->arithmetic.contains(QStringLiteral("150"))) << f->arithmetic.toStdString();
    // The claim is met once the percentages allow it: 64.3 % and 40 % leave 21.4 % = $150.
    const Evaluation fixed = evaluateText(exampleScenario(), {QStringLiteral("storage.compression_saving_percent=64.3 %")});
    const Finding *ok = finding(fixed, "storage_cost_claim");
    ASSERT_NE(ok, nullptr);
    EXPECT_EQ(ok->kind, Finding::Kind::Consistent) << ok->message.toStdString();
}

TEST(PlannerSeedChecks, TwoRegionAvailabilityClaimIsTwoNinesShort)
{
    // The seed writes 1 − (0.0001)² = 99.9999 %; it is 99.999999 %.
    const Finding *f = finding(example(), "availability_claim");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->kind, Finding::Kind::Contradiction);
    EXPECT_TRUE(f->arithmetic.contains(QStringLiteral("99.999999 %"))) << f->arithmetic.toStdString();
    EXPECT_TRUE(f->message.contains(QStringLiteral("8 nines"))) << f->message.toStdString();
}

TEST(PlannerSeed, GrowthProjectionAndLimitMonths)
{
    // 5 % a month: 90 TB passes 100 TB in month 3 (90 × 1.05³ = 104.2), 200 vCPU pass
    // 400 in month 15 (1.05¹⁵ = 2.08), and 1.16 /s never reaches the database's 1,000 /s.
    const Evaluation &e = example();
    EXPECT_DOUBLE_EQ(base(e, "growth.storage_replicated_total_limit_month"), 3);
    EXPECT_DOUBLE_EQ(base(e, "growth.compute_total_vcpu_limit_month"), 15);
    EXPECT_DOUBLE_EQ(base(e, "growth.logs_hot_size_limit_month"), 6);
    EXPECT_EQ(e.output(QStringLiteral("growth.compute_total_vcpu_limit_month"))->text(), QStringLiteral("15 month"));
    const Quantity *never = e.output(QStringLiteral("growth.traffic_peak_rate_limit_month"));
    ASSERT_NE(never, nullptr);
    EXPECT_FALSE(never->isNumber());
    EXPECT_FALSE(never->note.isEmpty());
    EXPECT_NEAR(base(e, "growth.compute_total_vcpu_at_end"), 200 * std::pow(1.05, 24), 1e-6);
    bool found = false;
    for (const Projection &p : e.projections) {
        if (p.name == QLatin1String("storage.replicated_total")) {
            found = true;
            ASSERT_EQ(p.values.size(), 25);
            EXPECT_NEAR(p.values[3], 90 * kTB * std::pow(1.05, 3), 1);
        }
    }
    EXPECT_TRUE(found);
}
