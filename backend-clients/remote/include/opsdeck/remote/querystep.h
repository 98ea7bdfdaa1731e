// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/result.h>

#include <QDateTime>

#include <chrono>

namespace OpsDeck::Remote {

/**
 * Prometheus refuses a range query whose (end - start) / step exceeds 11,000
 * ("exceeded maximum resolution of 11,000 points per timeseries"). We keep one
 * below that: a range query returns floor((end - start) / step) + 1 points per
 * series, and we never ask for more than 11,000 of them.
 */
inline constexpr int kMaxPointsPerSeries = 11'000;

/** Points per series a range query over [\a start, \a end] at \a step returns: floor(d / step) + 1. */
qint64 pointsPerSeries(const QDateTime &start, const QDateTime &end, std::chrono::milliseconds step);

/**
 * The step for a range query drawn \a pixelWidth pixels wide.
 *
 * The result is the smallest "nice" step (1, 2, 5, 10, 20, 50, 100, 200,
 * 500 ms; 1, 2, 5, 10, 15, 30 s; 1, 2, 5, 10, 15, 30 min; 1, 2, 3, 6, 12 h;
 * 1, 2, 7, 14, 30, 90, 180 days; then whole multiples of 365 days) such that
 *
 * - pointsPerSeries(start, end, step) <= min(pixelWidth, kMaxPointsPerSeries)
 *   (a \a pixelWidth of 0 means "no pixel limit": 11,000 points);
 * - step >= \a minStep (the caller's own floor, e.g. the panel's);
 * - step >= \a scrapeInterval (finer steps only repeat the same samples).
 *
 * Fails with InvalidArgument, naming the input, for an invalid or reversed
 * range, a negative pixel width, or a negative minStep or scrapeInterval.
 *
 * \code
 * using namespace std::chrono_literals;
 * const auto end = QDateTime::currentDateTimeUtc();
 * const auto step = OpsDeck::Remote::chooseStep(end.addSecs(-3600), end, 1600, 0ms, 15s);
 * // 15 s: 1 h at 1,600 px would allow 2.25 s, but the scrape interval is 15 s
 * \endcode
 */
Result<std::chrono::milliseconds> chooseStep(const QDateTime &start, const QDateTime &end,
                                             int pixelWidth, std::chrono::milliseconds minStep,
                                             std::chrono::milliseconds scrapeInterval);

} // namespace OpsDeck::Remote
