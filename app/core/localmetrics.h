// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/result.h>

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <memory>

namespace OpsDeck::Backend {
class IPipelineEngine;
}
namespace OpsDeck::Metrics {
class Collector;
class MetricsEndpoint;
class MetricsStore;
class Gauge;
} // namespace OpsDeck::Metrics

namespace OpsDeck::Core {

/** A Prometheus server listed in workspace.json ("metrics": {"prometheus": [...]}). */
struct PrometheusEntry
{
    QString name;
    QUrl url;
    std::chrono::milliseconds scrapeInterval{15'000};
};

/** workspace.json's "metrics" object (docs/workspace.md), checked. */
struct MetricsSettings
{
    bool expose = false;                               ///< serve /metrics (set by "listen")
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 9469;                               ///< 0: any free port
    std::chrono::milliseconds collectInterval{10'000}; ///< registry → store
    QList<PrometheusEntry> prometheus;
};

/** Reads the "metrics" settings of \a workspace; a bad value is a problem and the default stays. */
MetricsSettings readMetricsSettings(const QString &workspace, QList<Error> &problems);

/**
 * What the console runs for its own metrics (docs/metrics-store.md): the
 * collector copying the process registry into the workspace's store, the
 * /metrics endpoint a Prometheus scrapes, and the gauges of the pipeline
 * engine's figures (queue depth, success and failure ratios, utilisation),
 * refreshed on the collector's period. Lives as a child of the embedded
 * metrics source, so it goes when the profile's backends go.
 */
class LocalMetricsRuntime : public QObject
{
    Q_OBJECT
public:
    LocalMetricsRuntime(std::shared_ptr<Metrics::MetricsStore> store, const MetricsSettings &settings,
                        Backend::IPipelineEngine *pipelines, QObject *parent);
    ~LocalMetricsRuntime() override;

    /** The port /metrics listens on, 0 when it does not (see problem()). */
    quint16 port() const { return m_port; }
    /** Why the endpoint does not listen, if it does not. */
    std::optional<Error> problem() const { return m_problem; }

private:
    void refreshPipelines();

    std::shared_ptr<Metrics::MetricsStore> m_store;
    std::unique_ptr<Metrics::Collector> m_collector;
    Metrics::MetricsEndpoint *m_endpoint = nullptr;
    QPointer<Backend::IPipelineEngine> m_pipelines;
    QTimer m_timer;
    bool m_refreshing = false;
    quint16 m_port = 0;
    std::optional<Error> m_problem;
};

} // namespace OpsDeck::Core
