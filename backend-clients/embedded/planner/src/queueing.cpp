// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include <opsdeck/planner/queueing.h>

#include <cmath>
#include <limits>

namespace OpsDeck::Planner {

double erlangB(int servers, double load)
{
    if (servers <= 0)
        return 1;
    if (load <= 0)
        return 0;
    double b = 1;
    for (int k = 1; k <= servers; ++k)
        b = load * b / (k + load * b);
    return b;
}

double erlangC(int servers, double load)
{
    if (load <= 0)
        return 0;
    if (servers <= 0 || load >= servers)
        return 1;
    const double b = erlangB(servers, load);
    return servers * b / (servers - load * (1 - b));
}

double MmcQueue::meanWait() const
{
    if (!stable())
        return std::numeric_limits<double>::infinity();
    const double drain = servers / serviceTime - arrivalRate; // c·μ − λ
    return probabilityOfWaiting() / drain;
}

double MmcQueue::probabilityWaitLonger(double seconds) const
{
    if (!stable())
        return 1;
    const double drain = servers / serviceTime - arrivalRate;
    return probabilityOfWaiting() * std::exp(-drain * seconds);
}

double MmcQueue::waitPercentile(double percentile) const
{
    if (!stable())
        return std::numeric_limits<double>::infinity();
    const double c = probabilityOfWaiting();
    const double tail = 1 - percentile;
    if (c <= tail)
        return 0;
    const double drain = servers / serviceTime - arrivalRate;
    return std::log(c / tail) / drain;
}

namespace {

/// The fewest servers for which \a good holds, searching upwards from the
/// stability bound; both conditions only improve as servers are added.
template<typename Pred>
std::optional<int> smallestServers(double arrivalRate, double serviceTime, int maxServers, Pred good)
{
    if (arrivalRate <= 0 || serviceTime <= 0)
        return 1;
    const double load = arrivalRate * serviceTime;
    if (load >= maxServers)
        return std::nullopt;
    int c = std::max(1, static_cast<int>(std::floor(load)) + 1);
    // Exponential then binary search keeps this fast for pools of thousands.
    int step = 1;
    int hi = c;
    while (hi <= maxServers && !good(MmcQueue{arrivalRate, serviceTime, hi})) {
        c = hi + 1;
        hi += step;
        step *= 2;
    }
    if (hi > maxServers) {
        hi = maxServers;
        if (!good(MmcQueue{arrivalRate, serviceTime, hi}))
            return std::nullopt;
    }
    int lo = c;
    while (lo < hi) {
        const int mid = lo + (hi - lo) / 2;
        if (good(MmcQueue{arrivalRate, serviceTime, mid}))
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

} // namespace

std::optional<int> serversForMeanWait(double arrivalRate, double serviceTime, double targetWait, int maxServers)
{
    return smallestServers(arrivalRate, serviceTime, maxServers,
                           [&](const MmcQueue &q) { return q.meanWait() <= targetWait; });
}

std::optional<int> serversForPercentile(double arrivalRate, double serviceTime, double targetWait,
                                        double percentile, int maxServers)
{
    return smallestServers(arrivalRate, serviceTime, maxServers, [&](const MmcQueue &q) {
        return 1 - q.probabilityWaitLonger(targetWait) >= percentile;
    });
}

} // namespace OpsDeck::Planner
