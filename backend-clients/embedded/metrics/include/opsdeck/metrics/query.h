// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "opsdeck/metrics/metricsstore.h"

#include <opsdeck/api/metricssource.h>
#include <opsdeck/api/result.h>

#include <QList>
#include <QString>

namespace OpsDeck::Metrics {

struct QueryOptions
{
    /** How far back an instant selector looks for the latest sample (Prometheus: 5 min). */
    qint64 lookbackMs = 5 * kMinuteMs;
    /** A range query never evaluates more steps than this (Prometheus' limit). */
    qint64 maxSteps = 11'000;
};

/**
 * Checks \a expression against the PromQL subset (docs/metrics-query.md)
 * without running it: ErrorCode::Parse ("LINE:COLUMN: …" in the detail) or
 * ErrorCode::Unsupported ("not supported by the embedded source: …").
 */
Result<> checkQuery(const QString &expression);

/**
 * Evaluates \a expression at \a atMs. Vectors give one sample per series at
 * \a atMs; a number gives one series without labels; a bare range selector
 * (metric[5m]) gives the stored samples of the window.
 */
Result<QList<Backend::MetricSeries>> evaluateInstant(const MetricsStore &store, const QString &expression,
                                                     qint64 atMs, const QueryOptions &options = {});

/**
 * Evaluates \a expression at start, start + step, … ≤ end. With a step of a
 * minute or more (and ranges of at least two buckets) the 1-minute or
 * 1-hour rollups are read instead of raw samples.
 */
Result<QList<Backend::MetricSeries>> evaluateRange(const MetricsStore &store, const QString &expression,
                                                   qint64 startMs, qint64 endMs, qint64 stepMs,
                                                   const QueryOptions &options = {});

/** The resolution evaluateRange() reads for \a expression at \a stepMs (for tests and the docs). */
Result<Resolution> rangeResolution(const QString &expression, qint64 stepMs);

} // namespace OpsDeck::Metrics
