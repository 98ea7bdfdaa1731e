// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "opsdeck/api/backendapi_export.h"
#include "opsdeck/api/pipelineengine.h"
#include "opsdeck/api/result.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace OpsDeck::Backend {

/** The seed's environments, in promotion order: "development", "staging", "production". */
OPSDECK_BACKENDAPI_EXPORT QStringList standardEnvironments();

/**
 * True if \a name can name an environment: 1–32 characters of lowercase
 * letters, digits, '-' and '_', starting with a letter. Targets use the name
 * in folder names, namespaces and resource tags, so it is kept that strict.
 */
OPSDECK_BACKENDAPI_EXPORT bool isValidEnvironmentName(const QString &name);

/**
 * One deployment, shaped like the seed's deployments record. \c status is
 * queued, running, success, failed or rolled_back (runStatusName()).
 */
struct OPSDECK_BACKENDAPI_EXPORT DeploymentRecord
{
    QString id;
    QString repository;
    QString branch;
    QString commit;
    QString environment;
    RunStatus status = RunStatus::Queued;
    int progress = 0;          ///< 0–100
    QString createdBy;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime completedAt;
};

/**
 * What to deploy where and how. A target uses the fields that make sense for
 * it (a Kubernetes target ignores \c command and reads its manifests from
 * \c artifactDir, for instance) and refuses what it cannot do.
 */
struct OPSDECK_BACKENDAPI_EXPORT DeployRequest
{
    QString deploymentId;      ///< unique per target, e.g. "dep_xyz789"; used in folder names
    QString environment;       ///< see isValidEnvironmentName()
    QString repository;
    QString branch;
    QString commit;
    QString createdBy;
    QDateTime createdAt;       ///< invalid = now

    /** The built release: a folder holding the job's output. */
    QString artifactDir;
    /**
     * How to start the service: program and arguments, run in the release
     * folder. A program with a '/' in it is taken relative to the release
     * folder; a bare name is looked up in PATH.
     */
    QStringList command;
    /** Extra environment variables for the service (on top of the target's own). */
    QMap<QString, QString> environmentVariables;

    /** HTTP path of the smoke test: GET must answer 2xx. */
    QString healthPath = QStringLiteral("/health");
    /**
     * Optional smoke-test command instead of the HTTP check (exit code 0 =
     * healthy). Run in the release folder with the service's URL in
     * OPSDECK_SERVICE_URL.
     */
    QStringList smokeCommand;

    std::chrono::milliseconds startTimeout{30'000};  ///< until the service listens
    std::chrono::milliseconds smokeTimeout{30'000};  ///< until the smoke test passes
    /** How long the previous release (blue) keeps running after the switch; 0 = stop at once. */
    std::chrono::milliseconds keepPrevious{3'600'000};
    /** On a failed smoke test, record the deployment as rolled_back (the previous release keeps serving). */
    bool rollbackOnFailure = true;

    /** An empty string if the request is complete; otherwise an English message naming the field. */
    QString validate() const;
};

/** One step of a deployment, for progress bars and the deployment log. */
struct OPSDECK_BACKENDAPI_EXPORT DeployProgress
{
    QString deploymentId;
    QString environment;
    int percent = 0;           ///< 0–100
    QString message;           ///< "Smoke test passed: GET /health answered 200"
};

/** What is running in one slot (colour) of an environment. */
struct OPSDECK_BACKENDAPI_EXPORT ServiceSlot
{
    QString colour;            ///< "blue" or "green" (targets without colours leave it empty)
    QString deploymentId;
    QString commit;
    QUrl url;                  ///< where this slot itself answers (not the public URL)
    bool running = false;
    bool healthy = false;      ///< the last health check passed
    QDateTime since;           ///< started (standby: serving until keptUntil)
};

/** What is live where: the answer of IDeployTarget::status(). */
struct OPSDECK_BACKENDAPI_EXPORT EnvironmentStatus
{
    QString environment;
    QUrl publicUrl;                    ///< where users reach the environment
    std::optional<ServiceSlot> live;   ///< serving traffic
    std::optional<ServiceSlot> standby; ///< the previous release, kept for fast rollback
    QDateTime standbyUntil;            ///< when the standby is stopped
    QList<DeploymentRecord> history;   ///< this environment's deployments, oldest first
};

/**
 * The end of a deploy() or rollback(). \c record.status is Success, Failed or
 * RolledBack; for the latter two \c error says what went wrong and where.
 */
struct OPSDECK_BACKENDAPI_EXPORT DeployOutcome
{
    DeploymentRecord record;           ///< the deployment acted on
    std::optional<Error> error;
    QString liveDeploymentId;          ///< what serves the environment now (empty: nothing)
    QUrl publicUrl;
};

/** Which deployment to return to; an empty \c toDeploymentId means the previous successful one. */
struct OPSDECK_BACKENDAPI_EXPORT RollbackRequest
{
    QString environment;
    QString toDeploymentId;
    QString requestedBy;
};

/**
 * A place deployments go: the built-in "local-service" target, or a plugin's
 * Kubernetes, EC2 or Salesforce target.
 *
 * A target lives on its owner thread (with an event loop); every method
 * returns at once and reports through the future and the signals. A future's
 * Result fails only when the call was refused before anything changed
 * (invalid request, unknown environment, another operation on the same
 * environment still running); a deployment that ran and failed is a
 * successful Result whose DeployOutcome says Failed or RolledBack.
 *
 * \code
 * class EchoTarget final : public OpsDeck::Backend::IDeployTarget
 * {
 * public:
 *     QString kind() const override { return QStringLiteral("echo"); }
 *     QFuture<OpsDeck::Result<OpsDeck::Backend::DeployOutcome>>
 *     deploy(const OpsDeck::Backend::DeployRequest &request) override
 *     {
 *         OpsDeck::Backend::DeployOutcome outcome;
 *         outcome.record.id = request.deploymentId;
 *         outcome.record.environment = request.environment;
 *         outcome.record.status = OpsDeck::Backend::RunStatus::Success;
 *         outcome.record.progress = 100;
 *         Q_EMIT deploymentUpdated(outcome.record);
 *         return QtFuture::makeReadyFuture(OpsDeck::Result<OpsDeck::Backend::DeployOutcome>(outcome));
 *     }
 *     // rollback(), status() and stop() alike
 * };
 * \endcode
 */
class OPSDECK_BACKENDAPI_EXPORT IDeployTarget : public QObject
{
    Q_OBJECT
public:
    explicit IDeployTarget(QObject *parent = nullptr);
    ~IDeployTarget() override;

    /** Stable kind id: "local-service", "kubernetes", "ec2", … */
    virtual QString kind() const = 0;

    /** Deploys \a request; progress arrives through progress() and deploymentUpdated(). */
    virtual QFuture<Result<DeployOutcome>> deploy(const DeployRequest &request) = 0;
    /** Returns the environment to an earlier successful deployment, as one action. */
    virtual QFuture<Result<DeployOutcome>> rollback(const RollbackRequest &request) = 0;
    /** What is live in \a environment now. */
    virtual QFuture<Result<EnvironmentStatus>> status(const QString &environment) = 0;
    /** Stops everything the target runs for \a environment. */
    virtual QFuture<Result<>> stop(const QString &environment) = 0;

Q_SIGNALS:
    /** A step of a running deployment or rollback. */
    void progress(const OpsDeck::Backend::DeployProgress &step);
    /** A deployment record changed state or progress. */
    void deploymentUpdated(const OpsDeck::Backend::DeploymentRecord &record);
    /** What serves \a environment changed (switch, rollback, stop). */
    void liveChanged(const QString &environment);
};

/** Creates a target of one kind from its settings (state folder, cluster, credentials …). */
using DeployTargetFactory =
    std::function<Result<std::unique_ptr<IDeployTarget>>(const QVariantMap &settings)>;

/** One kind of target a registry can create. */
struct OPSDECK_BACKENDAPI_EXPORT DeployTargetKind
{
    QString kind;              ///< "kubernetes"; lowercase letters, digits and '-'
    QString displayName;       ///< translated, "Kubernetes cluster"
    QString owner;             ///< the registering plugin's id ("" = built in)
    DeployTargetFactory factory;
};

/**
 * The kinds of deploy target the engine knows. Built-in kinds are added by
 * the host; a plugin adds its own in initialize() and they are withdrawn with
 * removeOwnedBy() when it unloads. Thread-safe.
 *
 * \code
 * OpsDeck::Result<> KubePlugin::initialize(OpsDeck::Sdk::IHost &host)
 * {
 *     return OpsDeck::Backend::DeployTargetRegistry::global().add({
 *         .kind = QStringLiteral("kubernetes"), .displayName = tr("Kubernetes cluster"),
 *         .owner = host.pluginId(),
 *         .factory = [](const QVariantMap &settings) -> OpsDeck::Result<std::unique_ptr<OpsDeck::Backend::IDeployTarget>> {
 *             return std::unique_ptr<OpsDeck::Backend::IDeployTarget>(new KubeTarget(settings));
 *         }});
 * }
 * \endcode
 */
class OPSDECK_BACKENDAPI_EXPORT DeployTargetRegistry
{
public:
    DeployTargetRegistry();
    ~DeployTargetRegistry();
    DeployTargetRegistry(const DeployTargetRegistry &) = delete;
    DeployTargetRegistry &operator=(const DeployTargetRegistry &) = delete;

    /** The process-wide registry the engine and plugins share. */
    static DeployTargetRegistry &global();

    /** Adds \a kind; refuses a malformed or taken kind id and a missing factory. */
    Result<> add(DeployTargetKind kind);
    /** Withdraws \a kind; false if it was not registered. */
    bool remove(const QString &kind);
    /** Withdraws every kind \a owner added (when a plugin unloads). */
    void removeOwnedBy(const QString &owner);

    bool contains(const QString &kind) const;
    /** Every kind, sorted by id. */
    QList<DeployTargetKind> kinds() const;
    /** A new target of \a kind; NotFound for an unknown kind, or the factory's error. */
    Result<std::unique_ptr<IDeployTarget>> create(const QString &kind, const QVariantMap &settings) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace OpsDeck::Backend

Q_DECLARE_METATYPE(OpsDeck::Backend::DeployProgress)
Q_DECLARE_METATYPE(OpsDeck::Backend::DeploymentRecord)
