// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "localprovider.h"

#include "coretr.h"
#include "localmetrics.h"
#include "workspace.h"

#include <opsdeck/api/backendregistry.h>
#include <opsdeck/logs/embeddedlogstore.h>
#include <opsdeck/metrics/embeddedmetricssource.h>
#include <opsdeck/metrics/metricsstore.h>
#include <opsdeck/pipelines/embeddedpipelineengine.h>
#include <opsdeck/pipelines/pipelinedemo.h>
#include <opsdeck/planner/scenario.h>
#include <opsdeck/remote/prometheussource.h>
#include <opsdeck/vault/embeddedsecretstore.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSaveFile>

#include <pwd.h>
#include <unistd.h>

#include <atomic>

namespace OpsDeck::Core {

using namespace Qt::StringLiterals;

namespace {
QMutex g_problemsMutex;
QList<Error> g_problems;

/**
 * The log store's retention from workspace.json's optional "logs" object
 * ({"hotDays": 30, "retentionDays": 365}). A bad value is reported and the
 * default kept, so a typo never deletes data early.
 */
Logs::EmbeddedLogStore::Options logStoreOptions(const QString &workspace, QList<Error> &problems)
{
    Logs::EmbeddedLogStore::Options options;
    QFile file(QDir(workspace).filePath(QStringLiteral("workspace.json")));
    if (!file.open(QIODevice::ReadOnly))
        return options;
    const QJsonObject logs = QJsonDocument::fromJson(file.readAll()).object().value(u"logs").toObject();
    auto read = [&](const char *key, int &out) {
        const QJsonValue v = logs.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 1 || d > 36500 || d != static_cast<int>(d)) {
            problems.append(fail(ErrorCode::InvalidArgument,
                                 OpsDeck::Core::Tr::tr("The log retention setting \"%1\" must be a whole number of days from 1 to 36500; "
                                        "using %2.").arg(QLatin1String(key)).arg(out),
                                 u"%1: logs.%2"_s.arg(file.fileName(), QLatin1String(key))));
            return;
        }
        out = static_cast<int>(d);
    };
    read("hotDays", options.hotDays);
    read("retentionDays", options.retentionDays);
    if (options.hotDays > options.retentionDays) {
        problems.append(fail(ErrorCode::InvalidArgument,
                             OpsDeck::Core::Tr::tr("Logs are set to stay in the fast (hot) tier for %1 days but to be deleted after %2 days; "
                                    "they stay hot for %2 days.")
                                 .arg(options.hotDays)
                                 .arg(options.retentionDays),
                             u"%1: logs.hotDays"_s.arg(file.fileName())));
        options.hotDays = options.retentionDays;
    }
    return options;
}
/**
 * The pipeline engine's settings from workspace.json's optional "pipelines"
 * object ({"workers": 2, "sandbox": "auto", "pollSeconds": 2,
 * "notifyWebhook": "https://hooks.example/…"}). A bad value is reported
 * and the default kept.
 */
/** Writes the seed's CI/CD and log scenarios into <workspace>/capacity/scenarios the first time. */
void writeDemoScenarios(const QString &workspace, QList<Error> &problems)
{
    const QDir dir(QDir(workspace).filePath(u"capacity/scenarios"_s));
    if (dir.exists())
        return;
    if (!QDir().mkpath(dir.path())) {
        problems.append(fail(ErrorCode::Io, OpsDeck::Core::Tr::tr("Cannot create the demo's capacity scenarios."), dir.path()));
        return;
    }
    for (const auto &[name, text] : {std::pair{u"seed-cicd.yaml"_s, Planner::cicdScenario()},
                                     std::pair{u"seed-logs.yaml"_s, Planner::logsScenario()}}) {
        QSaveFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
            problems.append(fail(ErrorCode::Io, OpsDeck::Core::Tr::tr("Cannot write a demo capacity scenario."),
                                 u"%1: %2"_s.arg(file.fileName(), file.errorString())));
    }
}

Pipelines::EngineOptions pipelineOptions(const QString &workspace, QList<Error> &problems)
{
    Pipelines::EngineOptions options;
    options.directory = QDir(workspace).filePath(QStringLiteral("pipelines"));
    QFile file(QDir(workspace).filePath(QStringLiteral("workspace.json")));
    if (!file.open(QIODevice::ReadOnly))
        return options;
    const QJsonObject pipelines = QJsonDocument::fromJson(file.readAll()).object().value(u"pipelines").toObject();
    auto bad = [&](const char *key, const QString &why) {
        problems.append(fail(ErrorCode::InvalidArgument,
                             OpsDeck::Core::Tr::tr("The pipelines setting \"%1\" %2; using the default.")
                                 .arg(QLatin1String(key), why),
                             u"%1: pipelines.%2"_s.arg(file.fileName(), QLatin1String(key))));
    };
    if (const QJsonValue v = pipelines.value(u"workers"); !v.isUndefined()) {
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 1 || d > 256 || d != static_cast<int>(d))
            bad("workers", OpsDeck::Core::Tr::tr("must be a whole number from 1 to 256"));
        else
            options.workers = static_cast<int>(d);
    }
    if (const QJsonValue v = pipelines.value(u"pollSeconds"); !v.isUndefined()) {
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > 3600)
            bad("pollSeconds", OpsDeck::Core::Tr::tr("must be a number of seconds from 0 (off) to 3600"));
        else
            options.pollInterval = std::chrono::milliseconds(static_cast<qint64>(d * 1000));
    }
    if (const QJsonValue v = pipelines.value(u"sandbox"); !v.isUndefined()) {
        const QString mode = v.toString();
        if (mode == u"auto")
            options.sandbox = Pipelines::EngineOptions::Sandbox::Auto;
        else if (mode == u"on")
            options.sandbox = Pipelines::EngineOptions::Sandbox::On;
        else if (mode == u"off")
            options.sandbox = Pipelines::EngineOptions::Sandbox::Off;
        else
            bad("sandbox", OpsDeck::Core::Tr::tr("must be \"auto\", \"on\" or \"off\""));
    }
    if (const QJsonValue v = pipelines.value(u"notifyWebhook"); !v.isUndefined()) {
        const QUrl url(v.toString(), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty())
            bad("notifyWebhook", OpsDeck::Core::Tr::tr("must be an http or https URL"));
        else
            options.notifyWebhook = url;
    }
    return options;
}

} // namespace

namespace {
std::atomic<bool> g_runsBackgroundWork{false};
} // namespace

void setRunsBackgroundWork(bool on)
{
    g_runsBackgroundWork.store(on);
}

bool runsBackgroundWork()
{
    return g_runsBackgroundWork.load();
}

QString localIdentity()
{
    if (const QByteArray user = qgetenv("USER"); !user.isEmpty())
        return QString::fromLocal8Bit(user);
    if (const passwd *pw = ::getpwuid(::getuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return u"user-%1"_s.arg(::getuid());
}

QList<Error> localProviderProblems()
{
    QMutexLocker lock(&g_problemsMutex);
    return g_problems;
}

void registerLocalProvider(Backend::BackendRegistry &registry)
{
    registry.registerProvider(
        QString::fromLatin1(Backend::Profile::kLocalKind),
        [](const Backend::Profile &profile) -> Result<std::vector<std::unique_ptr<Backend::IBackend>>> {
            if (!QFileInfo(profile.workspace).isDir()) {
                return fail(ErrorCode::NotFound,
                            OpsDeck::Core::Tr::tr("The workspace folder of profile \"%1\" does not exist.").arg(profile.name),
                            profile.workspace);
            }
            QList<Error> problems;
            std::vector<std::unique_ptr<Backend::IBackend>> backends;
            const QString logsDir = QDir(profile.workspace).filePath(QStringLiteral("logs"));
            const Logs::EmbeddedLogStore::Options logOptions = logStoreOptions(profile.workspace, problems);
            auto logs = Logs::EmbeddedLogStore::open(logsDir, logOptions);
            if (!logs && logs.error().code == ErrorCode::Conflict) {
                // Another process (the console, `opsctl logs listen`) writes the
                // store: search and tail it read-only, and say so.
                problems.append(logs.error());
                Logs::EmbeddedLogStore::Options readOnly = logOptions;
                readOnly.readOnly = true;
                logs = Logs::EmbeddedLogStore::open(logsDir, readOnly);
            }
            if (logs) {
                // A demo workspace starts with a few days of logs to search; the
                // store writes them in the background (the console is up at once).
                const auto ws = Workspace::open(profile.workspace, false);
                if (ws && ws->demo && (*logs)->engine().lastId() == 0)
                    (void)(*logs)->fillDemo(3);
                backends.push_back(std::move(*logs));
            }
            else
                problems.append(logs.error());
            // The vault: <workspace>/vault, made on first use (the Secrets panel
            // asks for a passphrase); a demo workspace gets the demo vault.
            const QString vaultDir = QDir(profile.workspace).filePath(QStringLiteral("vault"));
            const auto ws = Workspace::open(profile.workspace, false);
            auto vault = ws && ws->demo ? Vault::EmbeddedSecretStore::openDemo(vaultDir, localIdentity())
                                        : Vault::EmbeddedSecretStore::open(vaultDir, localIdentity());
            if (vault)
                backends.push_back(std::move(*vault));
            else
                problems.append(vault.error());
            // The CI/CD engine: <workspace>/pipelines. Its jobs run in this
            // process while it holds the engine's lock (opsctl queues into it).
            Pipelines::EngineOptions engineOptions = pipelineOptions(profile.workspace, problems);
            engineOptions.user = localIdentity();
            const bool console = g_runsBackgroundWork.load();
            if (!console) {
                engineOptions.startWorkers = false;
                engineOptions.pollInterval = std::chrono::milliseconds(0);
                engineOptions.restoreServices = false;
            }
            auto pipelines = Pipelines::EmbeddedPipelineEngine::open(engineOptions);
            Backend::IPipelineEngine *pipelineEngine = pipelines ? pipelines->get() : nullptr;
            if (pipelines) {
                // A demo workspace gets the shop repository and a short history of
                // runs while the console is already up, when the engine has no
                // repositories yet. Only the console does it: opsctl exits within
                // a second and would leave the history half-run.
                if (ws && ws->demo && console)
                    (void)Pipelines::fillPipelineDemo(**pipelines, profile.workspace);
                backends.push_back(std::move(*pipelines));
            } else
                problems.append(pipelines.error());
            // A demo workspace starts with the seed's two capacity scenarios
            // (docs/capacity-scenarios.md), once: a deleted one stays deleted.
            if (ws && ws->demo)
                writeDemoScenarios(profile.workspace, problems);
            // Metrics: the workspace's own store (<workspace>/metrics) as the
            // first metrics source; the console also fills it from the process
            // registry and serves /metrics to a Prometheus. Prometheus servers
            // listed in workspace.json are further sources.
            const MetricsSettings metricsSettings = readMetricsSettings(profile.workspace, problems);
            auto metricsStore = Metrics::MetricsStore::open(profile.workspace);
            if (metricsStore) {
                auto source = std::make_unique<Metrics::EmbeddedMetricsSource>(*metricsStore);
                if (console && !(*metricsStore)->isReadOnly()) {
                    auto *runtime = new LocalMetricsRuntime(*metricsStore, metricsSettings, pipelineEngine, source.get());
                    if (const auto problem = runtime->problem())
                        problems.append(*problem);
                }
                backends.push_back(std::move(source));
            } else {
                problems.append(metricsStore.error());
            }
            for (const PrometheusEntry &entry : metricsSettings.prometheus) {
                Remote::PrometheusSettings settings;
                settings.baseUrl = entry.url;
                settings.name = entry.name;
                settings.scrapeInterval = entry.scrapeInterval;
                if (const QString why = settings.validate(); !why.isEmpty()) {
                    problems.append(fail(ErrorCode::InvalidArgument, why, entry.url.toString()));
                    continue;
                }
                backends.push_back(std::make_unique<Remote::PrometheusSource>(settings));
            }
            QMutexLocker lock(&g_problemsMutex);
            g_problems = problems;
            return backends;
        });
}

} // namespace OpsDeck::Core
