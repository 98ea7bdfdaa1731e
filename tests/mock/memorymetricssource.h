// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/metricssource.h>
#include <opsdeck/reliability/health.h>

#include <QThreadPool>

#include <memory>

namespace OpsDeck::Test {

/**
 * An in-memory IMetricsSource over a fixed set of series (see
 * metricssourcecontract.h for the shared rules, mockbackends.h for threading).
 *
 * Expressions are instant-vector selectors only:
 *   metric_name
 *   metric_name{label="value", other!="value"}
 * Names are [A-Za-z_:][A-Za-z0-9_:]*, label names [A-Za-z_][A-Za-z0-9_]*,
 * values are "double" or 'single' quoted with \-escapes; a missing label
 * equals "". Anything else is ErrorCode::Parse whose detail starts with
 * "1:COLUMN: " (1-based position of the offending character), the convention
 * Prometheus uses too.
 *
 * - instant(): for every matching series, its latest sample at or before
 *   \a at (invalid = now), with that sample's own timestamp; series with no
 *   such sample are left out. There is no staleness window.
 * - range(): start and end must be valid with start < end (InvalidArgument
 *   "start"/"end"), step > 0 (InvalidArgument "step"); returns the stored
 *   samples with start <= t <= end, unchanged (no step resampling), and
 *   leaves out series with none.
 * Results are sorted by label set; labels include "__name__".
 */
class MemoryMetricsSource final : public Backend::IMetricsSource
{
    Q_OBJECT
public:
    explicit MemoryMetricsSource(const QString &displayName,
                                 const QList<Backend::MetricSeries> &series = {},
                                 QObject *parent = nullptr);
    ~MemoryMetricsSource() override;

    QString displayName() const override;

    QFuture<Result<QList<Backend::MetricSeries>>> instant(const QString &expression,
                                                          const QDateTime &at) override;
    QFuture<Result<QList<Backend::MetricSeries>>> range(const Backend::RangeQuery &query) override;

    /** Replaces the data set (samples are sorted by time). Thread-safe. */
    void setSeries(const QList<Backend::MetricSeries> &series);

    /** Publishes a one-check health report in \a state. */
    void setHealthState(Reliability::HealthState state, const QString &message = {});

private:
    struct State;
    QString m_displayName;
    std::shared_ptr<State> m_state;
    QThreadPool m_pool;
};

} // namespace OpsDeck::Test
