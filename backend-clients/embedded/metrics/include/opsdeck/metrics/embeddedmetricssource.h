// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "opsdeck/metrics/metricsstore.h"
#include "opsdeck/metrics/query.h"

#include <opsdeck/api/metricssource.h>

#include <QThreadPool>

#include <memory>

namespace OpsDeck::Metrics {

/**
 * The IMetricsSource of the offline local mode: the PromQL subset
 * (docs/metrics-query.md) over a MetricsStore. Queries run on a private pool;
 * the futures finish off the caller's thread. The source shares the store
 * with the collector that fills it.
 */
class EmbeddedMetricsSource final : public Backend::IMetricsSource
{
    Q_OBJECT
public:
    explicit EmbeddedMetricsSource(std::shared_ptr<MetricsStore> store, QueryOptions options = {},
                                   QObject *parent = nullptr);
    /** Waits for running queries. */
    ~EmbeddedMetricsSource() override;

    QString displayName() const override;
    QFuture<Result<QList<Backend::MetricSeries>>> instant(const QString &expression,
                                                          const QDateTime &at) override;
    QFuture<Result<QList<Backend::MetricSeries>>> range(const Backend::RangeQuery &query) override;

    std::shared_ptr<MetricsStore> store() const { return m_store; }

private:
    std::shared_ptr<MetricsStore> m_store;
    QueryOptions m_options;
    QThreadPool m_pool;
};

} // namespace OpsDeck::Metrics
