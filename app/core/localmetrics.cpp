// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "localmetrics.h"

#include "coretr.h"

#include <opsdeck/api/pipelineengine.h>
#include <opsdeck/metrics/collector.h>
#include <opsdeck/metrics/metricsendpoint.h>
#include <opsdeck/metrics/metricsstore.h>
#include <opsdeck/metrics/registry.h>

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace OpsDeck::Core {

using namespace Qt::StringLiterals;

MetricsSettings readMetricsSettings(const QString &workspace, QList<Error> &problems)
{
    MetricsSettings settings;
    QFile file(QDir(workspace).filePath(u"workspace.json"_s));
    if (!file.open(QIODevice::ReadOnly))
        return settings;
    const QJsonObject metrics = QJsonDocument::fromJson(file.readAll()).object().value(u"metrics").toObject();
    auto bad = [&](const QString &key, const QString &why) {
        problems.append(fail(ErrorCode::InvalidArgument,
                             Tr::tr("The metrics setting \"%1\" %2; using the default.").arg(key, why),
                             u"%1: metrics.%2"_s.arg(file.fileName(), key)));
    };
    if (const QJsonValue v = metrics.value(u"listen"); !v.isUndefined()) {
        // "127.0.0.1:9469", ":0" (any free port), or "off".
        const QString text = v.toString();
        const qsizetype colon = text.lastIndexOf(u':');
        bool portOk = false;
        const uint port = colon >= 0 ? text.mid(colon + 1).toUInt(&portOk) : 0;
        const QString host = colon >= 0 ? text.left(colon) : QString();
        QHostAddress address(host.isEmpty() ? u"127.0.0.1"_s : host);
        if (text == u"off") {
            settings.expose = false;
        } else if (!v.isString() || colon < 0 || !portOk || port > 65535 || address.isNull()) {
            bad(u"listen"_s, Tr::tr("must be \"ADDRESS:PORT\" (such as \"127.0.0.1:9469\") or \"off\""));
        } else {
            settings.expose = true;
            settings.address = address;
            settings.port = quint16(port);
        }
    }
    if (const QJsonValue v = metrics.value(u"collectSeconds"); !v.isUndefined()) {
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 1 || d > 3600)
            bad(u"collectSeconds"_s, Tr::tr("must be a number of seconds from 1 to 3600"));
        else
            settings.collectInterval = std::chrono::milliseconds(qint64(d * 1000));
    }
    if (const QJsonValue v = metrics.value(u"prometheus"); !v.isUndefined()) {
        if (!v.isArray()) {
            bad(u"prometheus"_s, Tr::tr("must be a list of {\"name\", \"url\"} objects"));
        } else {
            const QJsonArray list = v.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QJsonObject entry = list.at(i).toObject();
                const QString where = u"prometheus[%1]"_s.arg(i);
                const QUrl url(entry.value(u"url").toString(), QUrl::StrictMode);
                if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty()) {
                    bad(where + u".url"_s, Tr::tr("must be an http or https URL"));
                    continue;
                }
                PrometheusEntry p;
                p.url = url;
                p.name = entry.value(u"name").toString();
                if (const QJsonValue s = entry.value(u"scrapeSeconds"); !s.isUndefined()) {
                    const double d = s.toDouble(-1);
                    if (!s.isDouble() || d < 1 || d > 3600) {
                        bad(where + u".scrapeSeconds"_s, Tr::tr("must be a number of seconds from 1 to 3600"));
                        continue;
                    }
                    p.scrapeInterval = std::chrono::milliseconds(qint64(d * 1000));
                }
                settings.prometheus.append(p);
            }
        }
    }
    return settings;
}

namespace {

/** The pipeline engine's figures as gauges (docs/metrics-store.md lists them). */
struct PipelineGauges
{
    Metrics::Gauge *queueDepth = nullptr;
    Metrics::Gauge *running = nullptr;
    Metrics::Gauge *workers = nullptr;
    Metrics::Gauge *utilisation = nullptr;
    Metrics::Gauge *successRatio = nullptr;
    Metrics::Gauge *failureRatio = nullptr;
    Metrics::Gauge *averageRun = nullptr;
    Metrics::Gauge *finishedRuns = nullptr;

    static const PipelineGauges &get()
    {
        static const PipelineGauges gauges = [] {
            PipelineGauges g;
            Metrics::Registry &r = Metrics::Registry::process();
            const auto gauge = [&r](const QString &name, const QString &help) -> Metrics::Gauge * {
                auto family = r.gauge(name, help);
                return family ? &(*family)->with() : nullptr;
            };
            g.queueDepth = gauge(u"opsdeck_pipeline_queue_depth"_s, u"Pipeline jobs waiting for a worker."_s);
            g.running = gauge(u"opsdeck_pipeline_running_jobs"_s, u"Pipeline jobs running now."_s);
            g.workers = gauge(u"opsdeck_pipeline_workers"_s, u"Worker slots of the embedded CI engine."_s);
            g.utilisation = gauge(u"opsdeck_pipeline_worker_utilisation_ratio"_s,
                                  u"Busy time of the workers over the last hour, 0 to 1."_s);
            g.successRatio = gauge(u"opsdeck_pipeline_deployment_success_ratio"_s,
                                   u"Deployments that succeeded over the last hour, 0 to 1."_s);
            g.failureRatio = gauge(u"opsdeck_pipeline_run_failure_ratio"_s,
                                   u"Pipeline runs that failed over the last hour, 0 to 1."_s);
            g.averageRun = gauge(u"opsdeck_pipeline_run_duration_seconds_average"_s,
                                 u"Average duration of the runs that finished over the last hour."_s);
            g.finishedRuns = gauge(u"opsdeck_pipeline_finished_runs"_s, u"Pipeline runs that finished over the last hour."_s);
            // Unknown until the engine has answered once: not 0, which an
            // alert on "success below 95 %" would take for a real value.
            const double nan = std::numeric_limits<double>::quiet_NaN();
            for (Metrics::Gauge *unknown : {g.utilisation, g.successRatio, g.failureRatio, g.averageRun})
                if (unknown)
                    unknown->set(nan);
            return g;
        }();
        return gauges;
    }
};

void set(Metrics::Gauge *gauge, double value)
{
    if (gauge)
        gauge->set(value);
}

} // namespace

LocalMetricsRuntime::LocalMetricsRuntime(std::shared_ptr<Metrics::MetricsStore> store, const MetricsSettings &settings,
                                         Backend::IPipelineEngine *pipelines, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_pipelines(pipelines)
{
    Metrics::Registry &registry = Metrics::Registry::process();
    (void)PipelineGauges::get(); // registered before the first scrape, so they show at once
    m_collector = std::make_unique<Metrics::Collector>(registry, m_store, settings.collectInterval);
    m_collector->start();
    if (settings.expose) {
        m_endpoint = new Metrics::MetricsEndpoint(registry, this);
        const Result<quint16> port = m_endpoint->listen(settings.address, settings.port);
        if (port) {
            m_port = *port;
        } else {
            m_problem = fail(ErrorCode::Unavailable,
                             Tr::tr("The metrics endpoint cannot listen on %1:%2; Prometheus cannot scrape this "
                                    "console.").arg(settings.address.toString()).arg(settings.port),
                             port.error().toString());
        }
    }
    m_timer.setInterval(settings.collectInterval);
    connect(&m_timer, &QTimer::timeout, this, &LocalMetricsRuntime::refreshPipelines);
    m_timer.start();
    QTimer::singleShot(0, this, &LocalMetricsRuntime::refreshPipelines);
}

LocalMetricsRuntime::~LocalMetricsRuntime()
{
    m_timer.stop();
    if (m_collector)
        m_collector->stop();
}

void LocalMetricsRuntime::refreshPipelines()
{
    if (!m_pipelines || m_refreshing)
        return;
    m_refreshing = true;
    auto *watcher = new QFutureWatcher<Result<Backend::PipelineMetrics>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_refreshing = false;
        const Result<Backend::PipelineMetrics> metrics = watcher->result();
        if (!metrics)
            return; // the engine says why in its own health
        const PipelineGauges &g = PipelineGauges::get();
        set(g.queueDepth, metrics->queueDepth);
        set(g.running, metrics->runningJobs);
        set(g.workers, metrics->workers);
        set(g.utilisation, metrics->workerUtilisation);
        // No deployment or run in the window: no ratio (NaN), so an alert on
        // "success < 95 %" does not fire on a quiet hour.
        const double nan = std::numeric_limits<double>::quiet_NaN();
        set(g.successRatio, metrics->finishedDeployments > 0 ? metrics->deploymentSuccessRate : nan);
        set(g.failureRatio, metrics->finishedRuns > 0 ? double(metrics->failedRuns) / metrics->finishedRuns : nan);
        set(g.averageRun, metrics->averageRunSeconds);
        set(g.finishedRuns, metrics->finishedRuns);
    });
    watcher->setFuture(m_pipelines->metrics(QDateTime::currentDateTimeUtc().addSecs(-3600)));
}

} // namespace OpsDeck::Core
