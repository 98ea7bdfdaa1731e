// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

namespace OpsDeck::Planner {

/**
 * Erlang B: the blocking probability of \a servers with \a load erlangs offered,
 * by the recursion B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1)). No factorials or
 * powers, so it stays exact for thousands of servers.
 */
double erlangB(int servers, double load);

/**
 * Erlang C: the probability that a job must wait in an M/M/c queue, from
 * Erlang B: C = c·B / (c − a·(1 − B)). 1 when the pool is overloaded (a ≥ c).
 */
double erlangC(int servers, double load);

/** An M/M/c pool: Poisson arrivals at \a arrivalRate per second, exponential service of mean \a serviceTime s. */
struct MmcQueue
{
    double arrivalRate = 0;
    double serviceTime = 0;
    int servers = 1;

    double load() const { return arrivalRate * serviceTime; }          ///< offered load a = λ·S, in erlangs
    double utilisation() const { return load() / servers; }           ///< ρ = a / c
    bool stable() const { return load() < servers; }
    double probabilityOfWaiting() const { return erlangC(servers, load()); }
    /** Mean wait in the queue: C / (c·μ − λ); infinite when unstable. */
    double meanWait() const;
    /** Mean number waiting (Little's law: Lq = λ·Wq). */
    double meanQueueLength() const { return arrivalRate * meanWait(); }
    /** P(wait > t) = C·e^(−(c·μ − λ)·t). */
    double probabilityWaitLonger(double seconds) const;
    /** The wait that \a percentile (0..1) of jobs stay within; 0 when that many never wait. */
    double waitPercentile(double percentile) const;
};

/** The fewest servers that keep the mean wait at or under \a targetWait; nullopt past \a maxServers. */
std::optional<int> serversForMeanWait(double arrivalRate, double serviceTime, double targetWait,
                                      int maxServers = 1000000);
/** The fewest servers for which \a percentile (0..1) of jobs wait at most \a targetWait. */
std::optional<int> serversForPercentile(double arrivalRate, double serviceTime, double targetWait,
                                        double percentile, int maxServers = 1000000);

/** Little's law: items in the system L = λ·W. */
constexpr double littlesLaw(double arrivalRate, double timeInSystem)
{
    return arrivalRate * timeInSystem;
}

} // namespace OpsDeck::Planner
