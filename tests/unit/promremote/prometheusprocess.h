// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/metricssource.h>

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QProcess>
#include <QUrl>

#include <memory>

namespace OpsDeck::Test {

/**
 * Debian's prometheus, run by a test: a free loopback port, the data in a
 * folder of the test's, stopped (SIGTERM, then SIGKILL after 10 s) when this
 * object goes. A QObject so that it can be handed to the source that talks
 * to it and die with it.
 */
class PrometheusProcess : public QObject
{
public:
    PrometheusProcess() = default;
    ~PrometheusProcess() override;

    /** The prometheus and promtool binaries on PATH, or empty. */
    static QString binary();
    static QString promtool();

    /**
     * Writes \a series as OpenMetrics (timestamps in seconds) into \a scratch
     * and turns them into TSDB blocks in \a dataDir with promtool, so a
     * Prometheus started on \a dataDir serves them. Empty on success, else
     * what failed.
     */
    static QString backfill(const QList<Backend::MetricSeries> &series, const QString &dataDir,
                            const QString &scratch);

    /**
     * Writes \a config to \a dir/prometheus.yml and starts Prometheus on it
     * with its data in \a dir/data, waiting up to 30 s for /-/ready. Tries
     * three ports in case one is taken between probing and binding. Empty on
     * success, else what failed (with Prometheus' own log).
     */
    QString start(const QString &dir, const QByteArray &config);
    void stop();

    quint16 port() const { return m_port; }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    const QByteArray &log() const { return m_log; }

private:
    bool isReady();

    std::unique_ptr<QProcess> m_process;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;
    QByteArray m_log;
};

} // namespace OpsDeck::Test
