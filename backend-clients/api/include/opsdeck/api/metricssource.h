// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "opsdeck/api/backend.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QMap>

#include <chrono>

namespace OpsDeck::Backend {

struct Sample
{
    qint64 timestampMs = 0;    ///< milliseconds since the Unix epoch
    double value = 0;
    friend bool operator==(const Sample &, const Sample &) = default;
};

/** One time series: its labels (with "__name__") and samples in time order. */
struct OPSDECK_BACKENDAPI_EXPORT MetricSeries
{
    QMap<QString, QString> labels;
    QList<Sample> samples;
};

struct OPSDECK_BACKENDAPI_EXPORT RangeQuery
{
    QString expression;        ///< PromQL (or the subset an embedded source serves)
    QDateTime start;
    QDateTime end;
    std::chrono::milliseconds step{15000};
};

/**
 * Prometheus refuses a range query whose (end - start) / step exceeds 11,000
 * ("exceeded maximum resolution of 11,000 points per timeseries"); every
 * source keeps to it. A range query returns floor((end - start) / step) + 1
 * points per series.
 */
inline constexpr int kMaxPointsPerSeries = 11'000;

/** Points per series a range query over [\a start, \a end] at \a step returns: floor(d / step) + 1. */
OPSDECK_BACKENDAPI_EXPORT qint64 pointsPerSeries(const QDateTime &start, const QDateTime &end,
                                                 std::chrono::milliseconds step);

/**
 * The step for a range query drawn \a pixelWidth pixels wide: the smallest
 * "nice" step (1, 2, 5 … 500 ms; 1, 2, 5, 10, 15, 30 s; 1, 2, 5, 10, 15,
 * 30 min; 1, 2, 3, 6, 12 h; 1, 2, 7, 14, 30, 90, 180 days; then whole years)
 * such that pointsPerSeries() <= min(pixelWidth, kMaxPointsPerSeries) (a
 * width of 0 means no pixel limit), step >= \a minStep and step >=
 * \a scrapeInterval (finer steps only repeat the same samples). Dashboards
 * and the Prometheus source use it, so a chart never asks for more points
 * than it has pixels. Fails with InvalidArgument, naming the input, for an
 * invalid or reversed range or a negative width, minStep or interval.
 */
OPSDECK_BACKENDAPI_EXPORT Result<std::chrono::milliseconds> chooseStep(const QDateTime &start, const QDateTime &end,
                                                                       int pixelWidth, std::chrono::milliseconds minStep,
                                                                       std::chrono::milliseconds scrapeInterval);

/** A metrics source: the embedded time-series store or a Prometheus server. */
class OPSDECK_BACKENDAPI_EXPORT IMetricsSource : public IBackend
{
    Q_OBJECT
public:
    static constexpr Capability kCapability = Capability::MetricsSource;
    using IBackend::IBackend;
    Capability capability() const final { return kCapability; }

    /** Evaluates \a expression at \a at (invalid = now). */
    virtual QFuture<Result<QList<MetricSeries>>> instant(const QString &expression,
                                                         const QDateTime &at) = 0;
    /** Evaluates a range query; an invalid range fails with InvalidArgument. */
    virtual QFuture<Result<QList<MetricSeries>>> range(const RangeQuery &query) = 0;
};

} // namespace OpsDeck::Backend
