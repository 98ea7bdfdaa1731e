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
