// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// The planner's costs as the Capacity panel and opsctl see them: recomputing
// every model as the user types, reading a scenario file, and replaying a day
// of load through the autoscaler.
#include <opsdeck/planner/evaluation.h>
#include <opsdeck/planner/report.h>
#include <opsdeck/planner/scenario.h>
#include <opsdeck/planner/simulator.h>

#include <benchmark/benchmark.h>

using namespace OpsDeck::Planner;

namespace {

// Every model of the seed's example (CI/CD and logs): parse once, evaluate per iteration.
void BM_RecomputeFullScenario(benchmark::State &state)
{
    const auto scenario = loadScenario(exampleScenario());
    if (!scenario.ok()) {
        state.SkipWithError("the example scenario does not parse");
        return;
    }
    for (auto _ : state) {
        auto e = evaluate(*scenario);
        benchmark::DoNotOptimize(e);
    }
    state.counters["outputs"] = static_cast<double>(evaluate(*scenario)->outputs.size());
}
BENCHMARK(BM_RecomputeFullScenario)->Unit(benchmark::kMicrosecond);

// What the panel does on a keystroke: apply the edited value, then recompute.
void BM_EditAndRecompute(benchmark::State &state)
{
    const auto scenario = loadScenario(exampleScenario());
    int i = 0;
    for (auto _ : state) {
        Scenario s = *scenario;
        const auto ok = applyOverrides(s, {QStringLiteral("traffic.events_per_day=%1 /day").arg(10000 + (i++ % 100))});
        auto e = evaluate(s);
        benchmark::DoNotOptimize(ok);
        benchmark::DoNotOptimize(e);
    }
}
BENCHMARK(BM_EditAndRecompute)->Unit(benchmark::kMicrosecond);

void BM_ParseExampleFile(benchmark::State &state)
{
    const QString text = exampleScenario();
    for (auto _ : state) {
        auto parsed = parseScenario(text, QStringLiteral("example.yaml"));
        benchmark::DoNotOptimize(parsed);
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * text.toUtf8().size());
}
BENCHMARK(BM_ParseExampleFile)->Unit(benchmark::kMicrosecond);

void BM_ExportMarkdownAndJson(benchmark::State &state)
{
    const auto e = evaluate(*loadScenario(exampleScenario()));
    for (auto _ : state) {
        auto md = toMarkdown(*e);
        auto json = toJson(*e);
        benchmark::DoNotOptimize(md);
        benchmark::DoNotOptimize(json);
    }
}
BENCHMARK(BM_ExportMarkdownAndJson)->Unit(benchmark::kMicrosecond);

// 24 h at 1 s steps (86,400 steps) through the seed's policy (10..100 workers,
// 5 jobs per worker, up above 50, down below 10 for 5 min) with 60 s jobs and a
// diurnal load of 0.1 → 1.5 jobs/s, so the pool spans 10 to about 90 workers.
void BM_Simulate24hAt1s(benchmark::State &state)
{
    AutoscalePolicy policy;
    policy.serviceTimeS = 60;
    policy.workerStartupS = 30;
    const LoadCurve load = LoadCurve::diurnal(0.1, 1.5);
    SimulationOptions options;
    options.durationS = 86400;
    options.stepS = 1;
    long long jobs = 0;
    for (auto _ : state) {
        options.seed = 1;
        auto r = simulate(policy, load, options);
        jobs = r->arrived;
        benchmark::DoNotOptimize(r);
    }
    state.counters["jobs"] = static_cast<double>(jobs);
    state.counters["steps"] = 86400;
}
BENCHMARK(BM_Simulate24hAt1s)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
