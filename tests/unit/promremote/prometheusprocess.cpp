// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "prometheusprocess.h"

#include "fakehttpserver.h"
#include "testsupport.h"

#include <QDir>
#include <QNetworkReply>
#include <QStandardPaths>

using namespace std::chrono_literals;

namespace OpsDeck::Test {

PrometheusProcess::~PrometheusProcess()
{
    stop();
}

QString PrometheusProcess::binary()
{
    return QStandardPaths::findExecutable(QStringLiteral("prometheus"));
}

QString PrometheusProcess::promtool()
{
    return QStandardPaths::findExecutable(QStringLiteral("promtool"));
}

QString PrometheusProcess::backfill(const QList<Backend::MetricSeries> &series, const QString &dataDir,
                                    const QString &scratch)
{
    const QString tool = promtool();
    if (tool.isEmpty())
        return QStringLiteral("promtool is not on PATH");
    // OpenMetrics wants a family's samples together: group by metric name,
    // in the order the names first appear.
    QStringList names;
    for (const Backend::MetricSeries &s : series) {
        const QString name = s.labels.value(QStringLiteral("__name__"));
        if (!names.contains(name))
            names.append(name);
    }
    QByteArray text;
    for (const QString &name : std::as_const(names)) {
        for (const Backend::MetricSeries &s : series) {
            if (s.labels.value(QStringLiteral("__name__")) != name)
                continue;
            QByteArray labels;
            for (auto it = s.labels.begin(); it != s.labels.end(); ++it) {
                if (it.key() == QLatin1StringView("__name__"))
                    continue;
                labels += (labels.isEmpty() ? "" : ",") + it.key().toUtf8() + "=\"" + it.value().toUtf8() + '"';
            }
            const QByteArray head = name.toUtf8() + (labels.isEmpty() ? QByteArray() : '{' + labels + '}') + ' ';
            for (const Backend::Sample &sample : s.samples) {
                text += head + QByteArray::number(sample.value, 'g', 17) + ' '
                        + QByteArray::number(double(sample.timestampMs) / 1000.0, 'f', 3) + '\n';
            }
        }
    }
    text += "# EOF\n";
    const QString input = QDir(scratch).filePath(QStringLiteral("backfill.om"));
    if (!writeAll(input, text))
        return QStringLiteral("cannot write ") + input;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(tool, {QStringLiteral("tsdb"), QStringLiteral("create-blocks-from"), QStringLiteral("openmetrics"),
                         input, dataDir});
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("promtool failed: ") + QString::fromUtf8(process.readAll());
    return {};
}

QString PrometheusProcess::start(const QString &dir, const QByteArray &config)
{
    const QString prometheus = binary();
    if (prometheus.isEmpty())
        return QStringLiteral("prometheus is not on PATH");
    const QString configPath = QDir(dir).filePath(QStringLiteral("prometheus.yml"));
    if (!writeAll(configPath, config))
        return QStringLiteral("cannot write ") + configPath;
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = closedPort();
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->start(prometheus, {QStringLiteral("--config.file=") + configPath,
                                      QStringLiteral("--storage.tsdb.path=") + QDir(dir).filePath(QStringLiteral("data")),
                                      QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_port),
                                      QStringLiteral("--log.level=warn")});
        if (!m_process->waitForStarted(10'000))
            return QStringLiteral("cannot start prometheus: ") + m_process->errorString();
        // A process that exits (the port was taken after all) ends the wait at once.
        waitUntil([this] { return m_process->state() != QProcess::Running || isReady(); }, 30s);
        if (m_process->state() == QProcess::Running && isReady())
            return {};
        stop();
    }
    return QStringLiteral("prometheus did not become ready: ") + QString::fromUtf8(m_log);
}

bool PrometheusProcess::isReady()
{
    QNetworkReply *reply = m_network.get(QNetworkRequest(QUrl(url().toString() + QStringLiteral("/-/ready"))));
    waitUntil([reply] { return reply->isFinished(); }, 2s);
    const bool ready = reply->isFinished() && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
    reply->abort();
    reply->deleteLater();
    return ready;
}

void PrometheusProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        // We started it: ask it to stop (SIGTERM), and insist if it will not.
        m_process->terminate();
        if (!m_process->waitForFinished(10'000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_log += m_process->readAll();
    m_process.reset();
}

} // namespace OpsDeck::Test
