// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// Erlang B and C against published values, and the autoscaling simulator.
#include "plannertestutil.h"

#include <opsdeck/planner/queueing.h>
#include <opsdeck/planner/simulator.h>

#include <cmath>

using namespace OpsDeck::Planner;
using OpsDeck::Result;
using namespace OpsDeck::Planner::Test;

TEST(ErlangB, MatchesTheStandardTableAtOnePercentBlocking)
{
    // The Erlang B table (grade of service 0.01, found in every teletraffic
    // textbook and calculator): 10 lines carry 4.461 E, 20 lines 12.031 E,
    // 50 lines 37.901 E, 100 lines 84.064 E at 1 % blocking.
    EXPECT_NEAR(erlangB(10, 4.461), 0.01, 0.0001);
    EXPECT_NEAR(erlangB(20, 12.031), 0.01, 0.0001);
    EXPECT_NEAR(erlangB(50, 37.901), 0.01, 0.0001);
    EXPECT_NEAR(erlangB(100, 84.064), 0.01, 0.0001);
    EXPECT_DOUBLE_EQ(erlangB(1, 1), 0.5); // a/(1+a)
}

TEST(ErlangC, MatchesTheCallCentreWorkedExample)
{
    // Call Centre Helper, "Erlang C Formula – Made Simple With an Easy Worked
    // Example": 100 calls per half hour, 180 s average handling time → 10
    // erlangs; with 11 agents the probability a call waits is 68.21 %, and
    // with 14 agents 17.41 %, giving 88.8 % of calls answered within 20 s.
    EXPECT_NEAR(erlangC(11, 10), 0.6821, 0.00005);
    EXPECT_NEAR(erlangC(14, 10), 0.1741, 0.00005);
    const MmcQueue q{200.0 / 3600.0, 180, 14};
    EXPECT_NEAR(q.load(), 10, 1e-12);
    EXPECT_NEAR(1 - q.probabilityWaitLonger(20), 0.888, 0.0005);
    // Textbook M/M/c exercise: 120 customers an hour, 3 minutes each, 10
    // assistants (6 erlangs) — "from the Erlang C curve, the probability of
    // waiting is about 0.10".
    EXPECT_NEAR(erlangC(10, 6), 0.10, 0.005);
}

TEST(ErlangC, StaysFiniteForThousandsOfServers)
{
    // Factorials overflow a double past 170 servers; the recursion does not.
    const double c = erlangC(5000, 4900);
    EXPECT_TRUE(std::isfinite(c));
    EXPECT_GT(c, 0);
    EXPECT_LT(c, 1);
    // More servers never make waiting likelier.
    EXPECT_LT(erlangC(5100, 4900), c);
    EXPECT_DOUBLE_EQ(erlangC(4900, 4900), 1); // overloaded
    // Sizing a pool of thousands: the answer meets the target and one fewer does not.
    const auto n = serversForPercentile(4000, 1, 0.1, 0.95);
    ASSERT_TRUE(n.has_value());
    EXPECT_GT(*n, 4000);
    const MmcQueue enough{4000, 1, *n};
    const MmcQueue oneFewer{4000, 1, *n - 1};
    EXPECT_GE(1 - enough.probabilityWaitLonger(0.1), 0.95);
    EXPECT_LT(1 - oneFewer.probabilityWaitLonger(0.1), 0.95);
}

TEST(ErlangC, MeanWaitPercentileAndLittlesLaw)
{
    const MmcQueue q{200.0 / 3600.0, 180, 11};
    // Mean wait (ASA) = C · AHT / (N − A) = 0.6821 × 180 / 1 = 122.8 s.
    EXPECT_NEAR(q.meanWait(), 0.6821182 * 180, 0.01);
    EXPECT_NEAR(q.meanQueueLength(), q.arrivalRate * q.meanWait(), 1e-12);
    // The 90th percentile wait t satisfies P(W > t) = 10 %.
    const double t90 = q.waitPercentile(0.9);
    EXPECT_NEAR(q.probabilityWaitLonger(t90), 0.1, 1e-9);
    // Fewest agents for a 20 s mean wait: 13 gives 17.1 s, 12 gives 40.4 s.
    EXPECT_EQ(serversForMeanWait(200.0 / 3600.0, 180, 20), 13);
    // 80 % of calls within 20 s: 13 agents reach 79.6 %, 14 reach 88.8 %.
    EXPECT_EQ(serversForPercentile(200.0 / 3600.0, 180, 20, 0.8), 14);
    EXPECT_DOUBLE_EQ(littlesLaw(1.2, 600), 720);
    const MmcQueue overloaded{2, 1, 2};
    EXPECT_TRUE(std::isinf(overloaded.meanWait()));
}

namespace {

AutoscalePolicy seedPolicy()
{
    AutoscalePolicy p; // the seed's worker autoscaling: 10..100, 5 per worker, up > 50, down < 10 for 5 min
    p.serviceTimeS = 60;
    p.workerStartupS = 30;
    return p;
}

} // namespace

TEST(AutoscaleSimulator, SameSeedSameSeriesOtherSeedOtherSeries)
{
    const LoadCurve load = LoadCurve::diurnal(0.1, 1.2, 6 * 3600);
    SimulationOptions options;
    options.durationS = 4 * 3600;
    options.seed = 42;
    const Result<SimulationResult> a = simulate(seedPolicy(), load, options);
    const Result<SimulationResult> b = simulate(seedPolicy(), load, options);
    options.seed = 43;
    const Result<SimulationResult> c = simulate(seedPolicy(), load, options);
    ASSERT_TRUE(a.ok() && b.ok() && c.ok());
    ASSERT_EQ(a->steps.size(), 4u * 3600u);
    ASSERT_EQ(a->steps.size(), b->steps.size());
    int differences = 0;
    for (std::size_t i = 0; i < a->steps.size(); ++i) {
        const SimulationStep &x = a->steps[i];
        const SimulationStep &y = b->steps[i];
        ASSERT_EQ(x.arrivals, y.arrivals) << "step " << i;
        ASSERT_EQ(x.queueDepth, y.queueDepth) << "step " << i;
        ASSERT_EQ(x.replicas, y.replicas) << "step " << i;
        ASSERT_EQ(x.busy, y.busy) << "step " << i;
        if (x.arrivals != c->steps[i].arrivals || x.busy != c->steps[i].busy)
            ++differences;
    }
    EXPECT_EQ(a->arrived, b->arrived);
    EXPECT_GT(differences, 100);
    EXPECT_NE(a->arrived, c->arrived);
}

TEST(AutoscaleSimulator, ScalesUpUnderLoadAndBackDownAfter)
{
    // 0.1 /s for an hour (6 busy workers of 10), 3 /s for an hour (180 erlangs > 100 max),
    // then 0.1 /s again: the pool grows to its cap, the queue builds, then it shrinks to 10.
    const LoadCurve load = LoadCurve::points({{0, 0.1}, {3599, 0.1}, {3600, 3}, {7199, 3}, {7200, 0.1}});
    SimulationOptions options;
    options.durationS = 5 * 3600;
    options.seed = 7;
    const Result<SimulationResult> r = simulate(seedPolicy(), load, options);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->steps[3500].replicas, 10);
    EXPECT_EQ(r->maxReplicas, 100);
    EXPECT_GT(r->maxQueueDepth, 1000);
    EXPECT_GE(r->scaleUps, 1);
    EXPECT_GE(r->scaleDowns, 1);
    const SimulationStep &last = r->steps.back();
    EXPECT_LT(last.queueDepth, 10); // 6 erlangs on 10 workers: a short queue at most
    EXPECT_EQ(last.replicas, 10);
    // Work is conserved: everything that arrived started or is still queued.
    EXPECT_EQ(r->arrived, r->started + last.queueDepth);
    // Arrivals match the curve's integral: ≈ 0.1 × 14400 + 3 × 3600 = 12240 (Poisson, ±3σ).
    EXPECT_NEAR(static_cast<double>(r->arrived), 12240, 3 * std::sqrt(12240.0));
    // During the overload the workers are saturated.
    EXPECT_GT(r->steps[7000].utilisation, 0.95);
}

TEST(AutoscaleSimulator, LoadSpecsAndCsvErrorsNameTheLine)
{
    const Result<LoadCurve> spike = parseLoadSpec(QStringLiteral("spike:base=0.1,peak=2,at=60,duration=30"));
    ASSERT_TRUE(spike.ok());
    EXPECT_DOUBLE_EQ(spike->rateAt(59), 0.1);
    EXPECT_DOUBLE_EQ(spike->rateAt(60), 2);
    EXPECT_DOUBLE_EQ(spike->rateAt(90), 0.1);
    const Result<LoadCurve> ramp = parseLoadSpec(QStringLiteral("ramp:from=0,to=1,start=0,end=100"));
    ASSERT_TRUE(ramp.ok());
    EXPECT_DOUBLE_EQ(ramp->rateAt(50), 0.5);
    const Result<LoadCurve> missing = parseLoadSpec(QStringLiteral("step:before=1,at=10"));
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().detail.contains(QStringLiteral("after"))) << missing.error().toString().toStdString();
    const Result<LoadCurve> unknown = parseLoadSpec(QStringLiteral("sawtooth:rate=1"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().detail.contains(QStringLiteral("sawtooth")));

    const Result<LoadCurve> csv = parseLoadCsv(QStringLiteral("time_s,arrivals_per_s\n0,1\n# quiet\n10,3\n"),
                                               QStringLiteral("load.csv"));
    ASSERT_TRUE(csv.ok());
    EXPECT_DOUBLE_EQ(csv->rateAt(5), 2);
    const Result<LoadCurve> bad = parseLoadCsv(QStringLiteral("time_s,arrivals_per_s\n0,1\n10,lots\n"),
                                               QStringLiteral("load.csv"));
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().detail.startsWith(QStringLiteral("load.csv:3:"))) << bad.error().detail.toStdString();
    EXPECT_TRUE(bad.error().detail.contains(QStringLiteral("lots")));
    const Result<LoadCurve> back = parseLoadCsv(QStringLiteral("0,1\n10,2\n5,3\n"), QStringLiteral("load.csv"));
    ASSERT_FALSE(back.ok());
    EXPECT_TRUE(back.error().detail.startsWith(QStringLiteral("load.csv:3:"))) << back.error().detail.toStdString();
    const Result<LoadCurve> negative = parseLoadCsv(QStringLiteral("0,1\n10,-2\n"), QStringLiteral("load.csv"));
    ASSERT_FALSE(negative.ok());
    EXPECT_TRUE(negative.error().detail.contains(QStringLiteral("negative")));
}

TEST(AutoscaleSimulator, PolicyFromTheScenarioAndBadPolicies)
{
    const Result<Scenario> s = loadScenario(cicdScenario());
    ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    const Result<AutoscalePolicy> p = policyFromScenario(*s);
    ASSERT_TRUE(p.ok()) << p.error().toString().toStdString();
    EXPECT_EQ(p->minReplicas, 10);
    EXPECT_EQ(p->maxReplicas, 100);
    EXPECT_DOUBLE_EQ(p->targetJobsPerWorker, 5);
    EXPECT_DOUBLE_EQ(p->scaleUpQueue, 50);
    EXPECT_DOUBLE_EQ(p->scaleDownQueue, 10);
    EXPECT_DOUBLE_EQ(p->scaleDownForS, 300);
    EXPECT_DOUBLE_EQ(p->serviceTimeS, 600); // compute.job_duration
    AutoscalePolicy bad = *p;
    bad.maxReplicas = 5;
    const Result<void> v = validatePolicy(bad);
    ASSERT_FALSE(v.ok());
    EXPECT_TRUE(v.error().detail.startsWith(QStringLiteral("max_replicas"))) << v.error().detail.toStdString();
}
