// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/result.h>

#include <QString>

#include <cstdint>
#include <vector>

namespace OpsDeck::Planner {

struct Scenario;

/**
 * A queue-depth autoscaling policy, as in the seed's worker pool: between
 * min and max replicas; scale up when the queue is deeper than scaleUpQueue
 * for scaleUpFor seconds (to ceil(queue / targetJobsPerWorker) more workers),
 * scale down when it is shallower than scaleDownQueue for scaleDownFor seconds
 * (removing idle workers only), each direction with its own cooldown.
 */
struct AutoscalePolicy
{
    int minReplicas = 10;
    int maxReplicas = 100;
    double targetJobsPerWorker = 5;
    double scaleUpQueue = 50;
    double scaleUpForS = 0;
    double scaleUpCooldownS = 60;
    double scaleDownQueue = 10;
    double scaleDownForS = 300;
    double scaleDownCooldownS = 300;
    double workerStartupS = 0;   ///< a new worker takes jobs only after this
    double serviceTimeS = 600;   ///< mean job duration (exponentially distributed)
};

/** Checks a policy; the error names the field and why. */
Result<void> validatePolicy(const AutoscalePolicy &policy);

/** The autoscaling section of \a scenario as a policy (service time from compute.job_duration when absent). */
Result<AutoscalePolicy> policyFromScenario(const Scenario &scenario);

/** Arrivals per second over time: a built-in shape or points read from CSV (linear between points). */
class LoadCurve
{
public:
    enum class Shape { Constant, Step, Ramp, Diurnal, Spike, Points };

    static LoadCurve constant(double rate);
    /** \a before until \a atS, then \a after. */
    static LoadCurve step(double before, double after, double atS);
    /** \a from until \a startS, linearly to \a to at \a endS, then \a to. */
    static LoadCurve ramp(double from, double to, double startS, double endS);
    /** A day's cosine between \a low and \a high, highest at \a peakAtS into each \a periodS. */
    static LoadCurve diurnal(double low, double high, double peakAtS = 14 * 3600.0, double periodS = 86400.0);
    /** \a base, with \a peak from \a atS for \a durationS. */
    static LoadCurve spike(double base, double peak, double atS, double durationS);
    /** Points (time s, arrivals/s), times strictly increasing; linear between them, flat outside. */
    static LoadCurve points(std::vector<std::pair<double, double>> points);

    Shape shape() const { return m_shape; }
    double rateAt(double timeS) const;
    /** "diurnal 0.12 → 1.2 /s", for reports. */
    QString description() const;

private:
    Shape m_shape = Shape::Constant;
    double m_a = 0, m_b = 0, m_c = 0, m_d = 0;
    std::vector<std::pair<double, double>> m_points;
};

/**
 * Reads a load spec: "constant:rate=1.2", "step:before=0.2,after=1.2,at=3600",
 * "ramp:from=0.1,to=1.2,start=0,end=7200", "diurnal:low=0.12,high=1.2[,peak_at=50400]",
 * "spike:base=0.12,peak=1.2,at=3600,duration=600" (rates per second, times in seconds).
 */
Result<LoadCurve> parseLoadSpec(const QString &spec);

/**
 * Reads CSV "time_s,arrivals_per_s" (a header line is allowed, '#' starts a comment).
 * Errors name the file and line: not a number, negative rate, time not increasing.
 */
Result<LoadCurve> parseLoadCsv(const QString &text, const QString &fileName = {});

struct SimulationOptions
{
    double durationS = 86400;
    double stepS = 1;
    std::uint64_t seed = 1; ///< the same seed gives the same run
};

/** One step of a simulation, at its end. */
struct SimulationStep
{
    double timeS = 0;
    int arrivals = 0;
    int queueDepth = 0;
    int replicas = 0;      ///< workers that exist (including starting ones)
    int busy = 0;          ///< workers running a job
    double utilisation = 0;///< busy ÷ ready workers, 0..1
    double meanWaitS = 0;  ///< mean wait of the jobs that started this step; NaN when none did
};

struct SimulationResult
{
    std::vector<SimulationStep> steps;
    long long arrived = 0;
    long long started = 0;
    long long completed = 0;
    int maxQueueDepth = 0;
    int maxReplicas = 0;
    int scaleUps = 0;
    int scaleDowns = 0;
    double meanUtilisation = 0;
    double meanWaitS = 0;  ///< over every job that started
    double p95WaitS = 0;
};

/**
 * Replays \a load through \a policy: Poisson arrivals each step, exponential
 * service times, FIFO queue, std::mt19937_64 seeded with \a options.seed, so
 * the same inputs give the same series. Fails on a bad policy or options.
 */
Result<SimulationResult> simulate(const AutoscalePolicy &policy, const LoadCurve &load,
                                  const SimulationOptions &options = {});

} // namespace OpsDeck::Planner
