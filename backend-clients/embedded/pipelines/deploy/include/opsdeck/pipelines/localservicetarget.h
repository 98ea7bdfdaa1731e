// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/deploytarget.h>
#include <opsdeck/reliability/backoff.h>

#include <QMap>
#include <QString>

#include <chrono>
#include <memory>

namespace OpsDeck::Pipelines {

/** Settings of a LocalServiceTarget. */
struct LocalServiceOptions
{
    /** Where releases and state live: <stateDir>/<environment>/{state.json,releases/<id>/}. */
    QString stateDir;
    /**
     * The public port of each environment on 127.0.0.1. An environment not
     * listed gets a free port at its first deployment, remembered in its
     * state file so it stays the same across restarts.
     */
    QMap<QString, quint16> publicPorts;
    /**
     * Spacing of the listen and smoke-test attempts (maxAttempts is a cap; the
     * timeouts decide). Capped at 250 ms: a service that starts in 300 ms
     * should not wait 800 ms for the next look.
     */
    Reliability::BackoffPolicy probeBackoff{.baseDelay = std::chrono::milliseconds(50),
                                            .maxDelay = std::chrono::milliseconds(250),
                                            .maxAttempts = 1000,
                                            .maxJitter = std::chrono::milliseconds(50)};
    /** Between SIGTERM and SIGKILL when a service is stopped. */
    std::chrono::milliseconds stopGrace{5000};

    /** Reads "stateDir" (string), "publicPorts" (map of environment to port) and "stopGraceMs". */
    static Result<LocalServiceOptions> fromSettings(const QVariantMap &settings);
};

/**
 * The built-in deploy target "local-service": runs the built application as
 * a service on this machine, blue-green behind a TCP proxy on a stable
 * public port per environment (docs/deploy-targets.md).
 *
 * deploy(): the artifact folder is copied to releases/<deployment id>/, the
 * command is started there with PORT=<free port>, and once it listens and
 * its smoke test passes the proxy sends new connections to it. The previous
 * release stays up for the request's keepPrevious window. A failed smoke
 * test stops the new release and leaves traffic where it was.
 *
 * Lives on its owner thread; every method returns at once. Service
 * processes end with the target (restore() starts the live ones again).
 *
 * \code
 * OpsDeck::Pipelines::LocalServiceTarget target({.stateDir = workspace + "/deploy"});
 * target.restore();                    // what was live before the restart
 * OpsDeck::Backend::DeployRequest request;
 * request.deploymentId = "dep_42"; request.environment = "staging";
 * request.artifactDir = jobOutput; request.command = {"python3", "serve.py"};
 * auto future = target.deploy(request);
 * \endcode
 */
class LocalServiceTarget final : public Backend::IDeployTarget
{
    Q_OBJECT
public:
    static constexpr auto kKind = "local-service";

    explicit LocalServiceTarget(LocalServiceOptions options, QObject *parent = nullptr);
    ~LocalServiceTarget() override;

    QString kind() const override;
    QFuture<Result<Backend::DeployOutcome>> deploy(const Backend::DeployRequest &request) override;
    QFuture<Result<Backend::DeployOutcome>> rollback(const Backend::RollbackRequest &request) override;
    QFuture<Result<Backend::EnvironmentStatus>> status(const QString &environment) override;
    QFuture<Result<>> stop(const QString &environment) override;

    /**
     * Starts the live release of every environment found in the state
     * folder (after a restart). Fails, naming each environment that could not
     * be restored, but restores the others.
     */
    QFuture<Result<QStringList>> restore();

    /** The public port of \a environment, 0 while it has none yet. */
    quint16 publicPort(const QString &environment) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/** Adds the "local-service" kind to \a registry (settings as in LocalServiceOptions::fromSettings()). */
Result<> registerLocalServiceTarget(Backend::DeployTargetRegistry &registry);

} // namespace OpsDeck::Pipelines
