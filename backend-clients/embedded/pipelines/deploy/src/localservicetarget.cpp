// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/pipelines/localservicetarget.h"

#include "deploystate.h"
#include "probe.h"
#include "releasefiles.h"
#include "serviceprocess.h"

#include "opsdeck/pipelines/tcpproxy.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QPromise>
#include <QPointer>
#include <QTcpServer>
#include <QThreadPool>
#include <QTimer>

#include <map>

Q_LOGGING_CATEGORY(lcDeploy, "opsdeck.pipelines.deploy", QtWarningMsg)

namespace OpsDeck::Pipelines {

using namespace std::chrono_literals;
using Backend::DeployOutcome;
using Backend::DeploymentRecord;
using Backend::DeployRequest;
using Backend::EnvironmentStatus;
using Backend::RunStatus;
using Internal::EnvironmentState;
using Internal::Probe;
using Internal::ReleaseEntry;
using Internal::ServiceProcess;

namespace {

template<typename T>
QFuture<T> readyFuture(T value)
{
    QPromise<T> promise;
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return promise.future();
}

template<typename T>
struct Reply
{
    std::shared_ptr<QPromise<T>> promise = std::make_shared<QPromise<T>>();
    Reply() { promise->start(); }
    QFuture<T> future() const { return promise->future(); }
    void operator()(T value) const
    {
        promise->addResult(std::move(value));
        promise->finish();
    }
};

quint16 freePort()
{
    // Bind to port 0, read what the kernel chose, let go. Another program
    // could take it in between; the listen check then fails with a clear
    // message rather than talking to the wrong service.
    QTcpServer probe;
    if (!probe.listen(QHostAddress(QHostAddress::LocalHost), 0))
        return 0;
    return probe.serverPort();
}

QString otherColour(const QString &colour)
{
    return colour == QLatin1String("blue") ? QStringLiteral("green") : QStringLiteral("blue");
}

QUrl localUrl(quint16 port, const QString &path = QStringLiteral("/"))
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    url.setPath(path);
    return url;
}

} // namespace

namespace Internal {

struct Slot
{
    QString deploymentId;
    QString colour;
    quint16 port = 0;
    QPointer<ServiceProcess> process;
    QDateTime since;
    bool healthy = false;
};

struct Environment
{
    EnvironmentState state;
    std::unique_ptr<TcpProxy> proxy;
    std::optional<Slot> live;
    std::optional<Slot> standby;
    QDateTime standbyUntil;
    QTimer *keepTimer = nullptr;
    bool busy = false;
};

} // namespace Internal

using Internal::Environment;
using Internal::Slot;

struct LocalServiceTarget::Private
{
    LocalServiceTarget *q;
    LocalServiceOptions options;
    std::map<QString, std::unique_ptr<Environment>> environments;
    QThreadPool io; // one thread: state writes land in the order they were made

    QString envDir(const QString &name) const { return options.stateDir + QLatin1Char('/') + name; }
    QString statePath(const QString &name) const { return envDir(name) + QStringLiteral("/state.json"); }
    QString releaseDir(const QString &name, const QString &id) const
    {
        return envDir(name) + QStringLiteral("/releases/") + id;
    }

    Result<Environment *> environment(const QString &name);
    Result<> ensureProxy(Environment &env);
    void report(const DeploymentRecord &record, int percent, const QString &message);
    void startSlot(Environment &env, const ReleaseEntry &entry, const QString &colour,
                   std::function<void(Result<Slot>)> done);
    /** \a stopped runs once a previous release that is not kept has exited. */
    void switchTo(Environment &env, Slot slot, std::chrono::milliseconds keepPrevious,
                  std::function<void()> stopped = {});
    void stopSlot(std::optional<Slot> &slot, std::function<void()> done = {});
    void save(const Environment &env, std::function<void(Result<>)> done);
    QProcessEnvironment serviceEnvironment(const Environment &env, const ReleaseEntry &entry, const QString &colour,
                                           quint16 port) const;
};

Result<Environment *> LocalServiceTarget::Private::environment(const QString &name)
{
    if (!Backend::isValidEnvironmentName(name)) {
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Not a valid environment name."),
                    QStringLiteral("environment \"%1\"").arg(name));
    }
    if (const auto it = environments.find(name); it != environments.end())
        return it->second.get();
    auto env = std::make_unique<Environment>();
    env->state.environment = name;
    // A small file read on the owner thread: it happens once per environment.
    QFile file(statePath(name));
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(ErrorCode::Io, QStringLiteral("The deployment state file cannot be opened."),
                        QStringLiteral("%1: %2").arg(file.fileName(), file.errorString()));
        }
        auto state = Internal::environmentStateFromJson(file.readAll(), file.fileName());
        if (!state)
            return state.error();
        if (state->environment != name) {
            return fail(ErrorCode::Corrupt, QStringLiteral("The deployment state file is damaged."),
                        QStringLiteral("%1: field \"environment\": \"%2\" in the folder of \"%3\"")
                            .arg(file.fileName(), state->environment, name));
        }
        env->state = std::move(*state);
    }
    if (const auto port = options.publicPorts.constFind(name); port != options.publicPorts.constEnd())
        env->state.publicPort = *port;
    env->keepTimer = new QTimer(q);
    env->keepTimer->setSingleShot(true);
    Environment *raw = env.get();
    QObject::connect(env->keepTimer, &QTimer::timeout, q, [this, raw, name] {
        if (!raw->standby)
            return;
        qCInfo(lcDeploy) << name << ": the keep window of" << raw->standby->deploymentId << "is over";
        stopSlot(raw->standby, [this, name] { Q_EMIT q->liveChanged(name); });
    });
    environments.emplace(name, std::move(env));
    return raw;
}

Result<> LocalServiceTarget::Private::ensureProxy(Environment &env)
{
    if (env.proxy && env.proxy->isListening())
        return {};
    if (!env.proxy)
        env.proxy = std::make_unique<TcpProxy>();
    QString error;
    if (!env.proxy->listen(env.state.publicPort, &error)) {
        return fail(ErrorCode::Unavailable,
                    QStringLiteral("The public port of environment \"%1\" cannot be opened.").arg(env.state.environment),
                    error);
    }
    env.state.publicPort = env.proxy->port();
    if (env.live)
        env.proxy->setBackend(env.live->port);
    return {};
}

void LocalServiceTarget::Private::report(const DeploymentRecord &record, int percent, const QString &message)
{
    qCInfo(lcDeploy) << record.environment << record.id << percent << message;
    Q_EMIT q->progress({record.id, record.environment, percent, message});
    Q_EMIT q->deploymentUpdated(record);
}

QProcessEnvironment LocalServiceTarget::Private::serviceEnvironment(const Environment &env, const ReleaseEntry &entry,
                                                                    const QString &colour, quint16 port) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = entry.environmentVariables.begin(); it != entry.environmentVariables.end(); ++it)
        environment.insert(it.key(), it.value());
    // Ours come last: a request cannot move the service off its port.
    const DeploymentRecord &r = entry.record;
    environment.insert(QStringLiteral("PORT"), QString::number(port));
    environment.insert(QStringLiteral("OPSDECK_ENVIRONMENT"), r.environment);
    environment.insert(QStringLiteral("OPSDECK_DEPLOYMENT_ID"), r.id);
    environment.insert(QStringLiteral("OPSDECK_REPOSITORY"), r.repository);
    environment.insert(QStringLiteral("OPSDECK_BRANCH"), r.branch);
    environment.insert(QStringLiteral("OPSDECK_COMMIT"), r.commit);
    environment.insert(QStringLiteral("OPSDECK_SLOT"), colour);
    environment.insert(QStringLiteral("OPSDECK_RELEASE_DIR"), releaseDir(r.environment, r.id));
    environment.insert(QStringLiteral("OPSDECK_PUBLIC_URL"), localUrl(env.state.publicPort).toString());
    return environment;
}

void LocalServiceTarget::Private::startSlot(Environment &env, const ReleaseEntry &entry, const QString &colour,
                                            std::function<void(Result<Slot>)> done)
{
    const DeploymentRecord record = entry.record;
    Environment *envp = &env; // the lambdas below keep a pointer; environments live as long as the target
    const QString dir = releaseDir(record.environment, record.id);
    const quint16 port = freePort();
    if (port == 0) {
        done(fail(ErrorCode::Unavailable, QStringLiteral("No free port for the service on 127.0.0.1."), record.id));
        return;
    }
    QStringList arguments = entry.command;
    QString program = arguments.takeFirst();
    if (program.contains(QLatin1Char('/')) && QDir::isRelativePath(program))
        program = QDir(dir).absoluteFilePath(program);

    Slot slot;
    slot.deploymentId = record.id;
    slot.colour = colour;
    slot.port = port;
    slot.since = QDateTime::currentDateTimeUtc();
    auto *process = new ServiceProcess(q);
    slot.process = process;
    QObject::connect(process, &ServiceProcess::outputLine, q, [this, record](const QString &line) {
        qCDebug(lcDeploy) << record.environment << record.id << line;
    });

    auto *probe = new Probe(options.probeBackoff, q);
    // Exactly one of "failed" and "passed" runs; the other paths are no-ops.
    auto settled = std::make_shared<bool>(false);
    auto failWith = [this, probe, process, settled, done, record](ErrorCode code, const QString &message,
                                                                    const QString &detail) {
        if (std::exchange(*settled, true))
            return;
        probe->deleteLater();
        QPointer<ServiceProcess> guard(process);
        process->stop(options.stopGrace, [guard, done, code, message, detail] {
            if (guard)
                guard->deleteLater();
            done(fail(code, message, detail));
        });
    };
    auto lastOutput = [process] {
        const QStringList lines = process->lastLines();
        return lines.isEmpty() ? QStringLiteral("(no output)") : lines.mid(std::max<qsizetype>(0, lines.size() - 10)).join(QLatin1Char('\n'));
    };

    QObject::connect(process, &ServiceProcess::exited, q, [=] {
        if (*settled)
            return;
        failWith(ErrorCode::Internal,
                 QStringLiteral("The service of deployment %1 %2 before it was ready.")
                     .arg(record.id, process->exitDescription()),
                 QStringLiteral("command: %1\nlast output:\n%2").arg(entry.command.join(QLatin1Char(' ')), lastOutput()));
    });

    report(record, 30, QStringLiteral("Starting the %1 slot on 127.0.0.1:%2: %3")
                           .arg(colour).arg(port).arg(entry.command.join(QLatin1Char(' '))));
    process->start(program, arguments, dir, serviceEnvironment(env, entry, colour, port));

    probe->waitListening(port, std::chrono::milliseconds(entry.startTimeoutMs), [=, this](bool ok, const QString &detail) {
        if (*settled)
            return;
        if (!ok) {
            failWith(ErrorCode::Timeout,
                     QStringLiteral("The service of deployment %1 did not listen on port %2 within %3 ms.")
                         .arg(record.id).arg(port).arg(entry.startTimeoutMs),
                     QStringLiteral("%1\nlast output:\n%2").arg(detail, lastOutput()));
            return;
        }
        report(record, 50, QStringLiteral("The service listens on 127.0.0.1:%1").arg(port));
        auto smokeDone = [=, this](bool passed, const QString &smokeDetail) {
            if (*settled)
                return;
            if (!passed) {
                failWith(ErrorCode::Unavailable,
                         QStringLiteral("The smoke test of deployment %1 failed: %2").arg(record.id, smokeDetail),
                         QStringLiteral("last output:\n%1").arg(lastOutput()));
                return;
            }
            *settled = true;
            probe->deleteLater();
            report(record, 70, QStringLiteral("Smoke test passed: %1").arg(smokeDetail));
            Slot ready = slot;
            ready.healthy = true;
            done(ready);
        };
        const auto smokeTimeout = std::chrono::milliseconds(entry.smokeTimeoutMs);
        if (!entry.smokeCommand.isEmpty()) {
            QProcessEnvironment environment = serviceEnvironment(*envp, entry, colour, port);
            environment.insert(QStringLiteral("OPSDECK_SERVICE_URL"), localUrl(port).toString());
            probe->commandSmoke(entry.smokeCommand, dir, environment, smokeTimeout, smokeDone);
        } else {
            probe->httpSmoke(localUrl(port, entry.healthPath), smokeTimeout, smokeDone);
        }
    });
}

void LocalServiceTarget::Private::stopSlot(std::optional<Slot> &slot, std::function<void()> done)
{
    if (!slot) {
        if (done)
            done();
        return;
    }
    QPointer<ServiceProcess> process = slot->process;
    slot.reset();
    if (!process) {
        if (done)
            done();
        return;
    }
    process->stop(options.stopGrace, [process, done = std::move(done)] {
        if (process)
            process->deleteLater();
        if (done)
            done();
    });
}

void LocalServiceTarget::Private::switchTo(Environment &env, Slot slot, std::chrono::milliseconds keepPrevious,
                                           std::function<void()> stopped)
{
    // Two releases back is not worth keeping: only the one just replaced is.
    stopSlot(env.standby);
    env.keepTimer->stop();
    env.proxy->setBackend(slot.port); // the switch: new connections only
    env.standby = std::move(env.live);
    env.live = std::move(slot);
    env.state.liveDeploymentId = env.live->deploymentId;
    env.state.liveColour = env.live->colour;
    Q_EMIT q->liveChanged(env.state.environment);
    if (env.standby && keepPrevious.count() == 0) {
        // The outcome waits for the exit, so "stopped at once" is true when it arrives.
        stopSlot(env.standby, std::move(stopped));
        return;
    }
    if (env.standby) {
        env.standbyUntil = QDateTime::currentDateTimeUtc().addMSecs(keepPrevious.count());
        env.keepTimer->start(keepPrevious);
    }
    if (stopped)
        stopped();
}

void LocalServiceTarget::Private::save(const Environment &env, std::function<void(Result<>)> done)
{
    const QByteArray data = Internal::toJson(env.state);
    const QString path = statePath(env.state.environment);
    const QString dir = envDir(env.state.environment);
    Reply<Result<>> reply;
    io.start([reply, data, path, dir] { reply(Internal::writeStateFile(dir, path, data)); });
    reply.future().then(q, [done = std::move(done)](const Result<> &result) { done(result); });
}

LocalServiceTarget::LocalServiceTarget(LocalServiceOptions options, QObject *parent)
    : IDeployTarget(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->options = std::move(options);
    d->io.setMaxThreadCount(1);
}

LocalServiceTarget::~LocalServiceTarget()
{
    d->io.waitForDone();
    // The ServiceProcess children stop their groups as they are destroyed.
}

QString LocalServiceTarget::kind() const
{
    return QString::fromLatin1(kKind);
}

quint16 LocalServiceTarget::publicPort(const QString &environment) const
{
    const auto it = d->environments.find(environment);
    return it == d->environments.end() ? 0 : it->second->state.publicPort;
}

QFuture<Result<DeployOutcome>> LocalServiceTarget::deploy(const DeployRequest &request)
{
    if (const QString invalid = request.validate(); !invalid.isEmpty()) {
        return readyFuture(Result<DeployOutcome>(
            fail(ErrorCode::InvalidArgument, QStringLiteral("The deploy request is incomplete."), invalid)));
    }
    if (request.command.isEmpty()) {
        return readyFuture(Result<DeployOutcome>(fail(ErrorCode::InvalidArgument,
                                                      QStringLiteral("The deploy request is incomplete."),
                                                      QStringLiteral("command is empty: the local service target "
                                                                     "needs the program that starts the service"))));
    }
    auto found = d->environment(request.environment);
    if (!found)
        return readyFuture(Result<DeployOutcome>(found.error()));
    Environment *env = *found;
    if (env->busy) {
        return readyFuture(Result<DeployOutcome>(
            fail(ErrorCode::Conflict,
                 QStringLiteral("Another deployment or rollback of \"%1\" is still running.").arg(request.environment),
                 request.deploymentId)));
    }
    if (env->state.find(request.deploymentId)) {
        return readyFuture(Result<DeployOutcome>(
            fail(ErrorCode::AlreadyExists, QStringLiteral("This deployment id was used before in \"%1\".").arg(request.environment),
                 request.deploymentId)));
    }
    if (auto proxy = d->ensureProxy(*env); !proxy)
        return readyFuture(Result<DeployOutcome>(proxy.error()));

    env->busy = true;
    ReleaseEntry entry;
    DeploymentRecord &record = entry.record;
    record.id = request.deploymentId;
    record.repository = request.repository;
    record.branch = request.branch;
    record.commit = request.commit;
    record.environment = request.environment;
    record.createdBy = request.createdBy;
    record.createdAt = request.createdAt.isValid() ? request.createdAt : QDateTime::currentDateTimeUtc();
    record.startedAt = QDateTime::currentDateTimeUtc();
    record.status = RunStatus::Running;
    record.progress = 5;
    entry.command = request.command;
    entry.environmentVariables = request.environmentVariables;
    entry.healthPath = request.healthPath;
    entry.smokeCommand = request.smokeCommand;
    entry.startTimeoutMs = request.startTimeout.count();
    entry.smokeTimeoutMs = request.smokeTimeout.count();

    Reply<Result<DeployOutcome>> reply;
    const QString environment = request.environment;
    const auto keepPrevious = request.keepPrevious;
    const bool rollbackOnFailure = request.rollbackOnFailure;

    // Every ending goes through here: the record is final, kept in the
    // history, saved, and only then is the future fulfilled.
    auto finish = [this, env, reply](ReleaseEntry ended, std::optional<Error> error) {
        ended.record.completedAt = QDateTime::currentDateTimeUtc();
        ended.record.progress = 100;
        env->state.append(ended);
        d->report(ended.record, 100,
                  error ? error->toString()
                        : QStringLiteral("Deployment %1 is live on %2")
                              .arg(ended.record.id, localUrl(env->state.publicPort).toString()));
        d->save(*env, [env, reply, record = ended.record, error](const Result<> &saved) {
            env->busy = false;
            DeployOutcome outcome;
            outcome.record = record;
            outcome.error = error;
            if (!saved && !error)
                outcome.error = saved.error(); // live, but a restart would not know it
            outcome.liveDeploymentId = env->live ? env->live->deploymentId : QString();
            outcome.publicUrl = localUrl(env->state.publicPort);
            reply(outcome);
        });
    };

    d->report(record, 5, QStringLiteral("Preparing release %1").arg(record.id));
    const QString target = d->releaseDir(environment, record.id);
    Reply<QString> copied;
    d->io.start([copied, source = request.artifactDir, target] { copied(Internal::copyRelease(source, target)); });
    copied.future().then(this, [this, env, entry, finish, keepPrevious, rollbackOnFailure](const QString &copyError) mutable {
        if (!copyError.isEmpty()) {
            entry.record.status = RunStatus::Failed;
            finish(entry, fail(ErrorCode::Io, QStringLiteral("The release of deployment %1 cannot be prepared.").arg(entry.record.id),
                               copyError));
            return;
        }
        entry.record.progress = 20;
        d->report(entry.record, 20, QStringLiteral("Release ready in releases/%1").arg(entry.record.id));
        const QString colour = env->live ? otherColour(env->live->colour) : QStringLiteral("blue");
        d->startSlot(*env, entry, colour, [this, env, entry, finish, keepPrevious, rollbackOnFailure](Result<Slot> slot) mutable {
            if (!slot) {
                // Traffic never moved: whatever was live still is.
                entry.record.status = rollbackOnFailure && env->live ? RunStatus::RolledBack : RunStatus::Failed;
                finish(entry, slot.error());
                return;
            }
            entry.record.status = RunStatus::Success;
            d->report(entry.record, 90, QStringLiteral("Traffic switched to the %1 slot").arg(slot->colour));
            d->switchTo(*env, *slot, keepPrevious, [finish, entry] { finish(entry, std::nullopt); });
        });
    });
    return reply.future();
}

QFuture<Result<DeployOutcome>> LocalServiceTarget::rollback(const Backend::RollbackRequest &request)
{
    auto found = d->environment(request.environment);
    if (!found)
        return readyFuture(Result<DeployOutcome>(found.error()));
    Environment *env = *found;
    if (env->busy) {
        return readyFuture(Result<DeployOutcome>(fail(
            ErrorCode::Conflict,
            QStringLiteral("Another deployment or rollback of \"%1\" is still running.").arg(request.environment))));
    }
    if (!env->live) {
        return readyFuture(Result<DeployOutcome>(
            fail(ErrorCode::NotFound, QStringLiteral("Nothing is live in \"%1\" to roll back.").arg(request.environment))));
    }
    const QString current = env->live->deploymentId;
    const ReleaseEntry *target = nullptr;
    if (!request.toDeploymentId.isEmpty()) {
        target = env->state.find(request.toDeploymentId);
        if (!target || target->record.status != RunStatus::Success || target->record.id == current) {
            return readyFuture(Result<DeployOutcome>(fail(
                ErrorCode::NotFound,
                QStringLiteral("\"%1\" is not an earlier successful deployment of \"%2\".")
                    .arg(request.toDeploymentId, request.environment))));
        }
    } else {
        for (qsizetype i = env->state.history.size() - 1; i >= 0; --i) {
            const ReleaseEntry &entry = env->state.history.at(i);
            if (entry.record.status == RunStatus::Success && entry.record.id != current) {
                target = &entry;
                break;
            }
        }
        if (!target) {
            return readyFuture(Result<DeployOutcome>(fail(
                ErrorCode::NotFound,
                QStringLiteral("\"%1\" has no earlier successful deployment to roll back to.").arg(request.environment))));
        }
    }
    if (!QFileInfo::exists(d->releaseDir(request.environment, target->record.id))) {
        return readyFuture(Result<DeployOutcome>(
            fail(ErrorCode::NotFound, QStringLiteral("The release of deployment %1 is gone.").arg(target->record.id),
                 d->releaseDir(request.environment, target->record.id))));
    }
    if (auto proxy = d->ensureProxy(*env); !proxy)
        return readyFuture(Result<DeployOutcome>(proxy.error()));

    env->busy = true;
    Reply<Result<DeployOutcome>> reply;
    const ReleaseEntry targetEntry = *target;

    // The bad release stops at once; nobody wants it kept.
    auto completed = [this, env, reply, current, environment = request.environment](std::optional<Error> error) {
        ReleaseEntry *rolledBack = env->state.find(current);
        if (!error && rolledBack) {
            rolledBack->record.status = RunStatus::RolledBack;
            rolledBack->record.completedAt = QDateTime::currentDateTimeUtc();
            d->report(rolledBack->record, 100,
                      QStringLiteral("Rolled back: %1 serves \"%2\" again").arg(env->live->deploymentId, environment));
        }
        const DeploymentRecord record = rolledBack ? rolledBack->record : DeploymentRecord{};
        d->save(*env, [env, reply, record, error](const Result<> &saved) {
            env->busy = false;
            DeployOutcome outcome;
            outcome.record = record;
            outcome.error = error ? error : (saved ? std::nullopt : std::optional<Error>(saved.error()));
            outcome.liveDeploymentId = env->live ? env->live->deploymentId : QString();
            outcome.publicUrl = localUrl(env->state.publicPort);
            reply(outcome);
        });
    };

    if (env->standby && env->standby->deploymentId == targetEntry.record.id && env->standby->process
        && env->standby->process->isRunning()) {
        // Still kept: switching back is instant.
        Slot standby = *env->standby;
        env->standby.reset();
        d->switchTo(*env, standby, 0ms, [completed] { completed(std::nullopt); });
        return reply.future();
    }
    const QString colour = otherColour(env->live->colour);
    d->startSlot(*env, targetEntry, colour, [this, env, completed](Result<Slot> slot) {
        if (!slot) {
            completed(slot.error());
            return;
        }
        d->switchTo(*env, *slot, 0ms, [completed] { completed(std::nullopt); });
    });
    return reply.future();
}

QFuture<Result<EnvironmentStatus>> LocalServiceTarget::status(const QString &environment)
{
    auto found = d->environment(environment);
    if (!found)
        return readyFuture(Result<EnvironmentStatus>(found.error()));
    Environment *env = *found;
    auto toSlot = [](const Slot &slot) {
        Backend::ServiceSlot out;
        out.colour = slot.colour;
        out.deploymentId = slot.deploymentId;
        out.url = localUrl(slot.port);
        out.running = slot.process && slot.process->isRunning();
        out.healthy = out.running && slot.healthy;
        out.since = slot.since;
        return out;
    };
    EnvironmentStatus status;
    status.environment = environment;
    if (env->proxy && env->proxy->isListening())
        status.publicUrl = localUrl(env->proxy->port());
    for (const ReleaseEntry &entry : env->state.history)
        status.history.append(entry.record);
    if (env->standby) {
        status.standby = toSlot(*env->standby);
        if (const ReleaseEntry *entry = env->state.find(env->standby->deploymentId))
            status.standby->commit = entry->record.commit;
        status.standbyUntil = env->standbyUntil;
    }
    if (!env->live)
        return readyFuture(Result<EnvironmentStatus>(status));
    status.live = toSlot(*env->live);
    const ReleaseEntry *liveEntry = env->state.find(env->live->deploymentId);
    if (liveEntry)
        status.live->commit = liveEntry->record.commit;
    if (!status.live->running || !liveEntry || !liveEntry->smokeCommand.isEmpty())
        return readyFuture(Result<EnvironmentStatus>(status));

    // A fresh health check, so "healthy" is what the service says now.
    Reply<Result<EnvironmentStatus>> reply;
    auto *probe = new Probe(d->options.probeBackoff, this);
    const QString liveId = env->live->deploymentId;
    probe->httpOnce(localUrl(env->live->port, liveEntry->healthPath), 2s,
                    [env, probe, reply, status, liveId](bool ok, const QString &) mutable {
                        probe->deleteLater();
                        status.live->healthy = ok;
                        if (env->live && env->live->deploymentId == liveId)
                            env->live->healthy = ok;
                        reply(status);
                    });
    return reply.future();
}

QFuture<Result<>> LocalServiceTarget::stop(const QString &environment)
{
    auto found = d->environment(environment);
    if (!found)
        return readyFuture(Result<>(found.error()));
    Environment *env = *found;
    if (env->busy) {
        return readyFuture(Result<>(fail(
            ErrorCode::Conflict,
            QStringLiteral("Another deployment or rollback of \"%1\" is still running.").arg(environment))));
    }
    env->busy = true;
    env->keepTimer->stop();
    if (env->proxy)
        env->proxy->close();
    env->state.liveDeploymentId.clear();
    env->state.liveColour.clear();
    Reply<Result<>> reply;
    auto remaining = std::make_shared<int>(2);
    auto oneDone = [this, env, reply, remaining, environment] {
        if (--*remaining > 0)
            return;
        Q_EMIT liveChanged(environment);
        d->save(*env, [env, reply](const Result<> &saved) {
            env->busy = false;
            reply(saved);
        });
    };
    d->stopSlot(env->live, oneDone);
    d->stopSlot(env->standby, oneDone);
    return reply.future();
}

QFuture<Result<QStringList>> LocalServiceTarget::restore()
{
    QStringList names;
    const QDir stateDir(d->options.stateDir);
    for (const QString &name : stateDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (Backend::isValidEnvironmentName(name) && QFileInfo::exists(d->statePath(name)))
            names.append(name);
    }
    Reply<Result<QStringList>> reply;
    struct Run
    {
        QStringList pending;
        QStringList restored;
        QStringList failures;
        std::function<void()> next;
    };
    auto run = std::make_shared<Run>();
    run->pending = names;
    // One environment after the other, so two restores never race for ports.
    run->next = [this, run, reply] {
        if (run->pending.isEmpty()) {
            [[maybe_unused]] auto self = std::exchange(run->next, nullptr); // breaks the cycle after this call
            if (run->failures.isEmpty())
                reply(run->restored);
            else
                reply(fail(ErrorCode::Unavailable, QStringLiteral("Some environments could not be restored."),
                           run->failures.join(QLatin1Char('\n'))));
            return;
        }
        const QString name = run->pending.takeFirst();
        auto found = d->environment(name);
        if (!found) {
            run->failures.append(QStringLiteral("%1: %2").arg(name, found.error().toString()));
            run->next();
            return;
        }
        Environment *env = *found;
        if (env->state.liveDeploymentId.isEmpty() || env->live || env->busy) {
            run->next();
            return;
        }
        const ReleaseEntry entry = *env->state.find(env->state.liveDeploymentId);
        if (auto proxy = d->ensureProxy(*env); !proxy) {
            run->failures.append(QStringLiteral("%1: %2").arg(name, proxy.error().toString()));
            run->next();
            return;
        }
        env->busy = true;
        const QString colour = env->state.liveColour.isEmpty() ? QStringLiteral("blue") : env->state.liveColour;
        d->startSlot(*env, entry, colour, [this, env, run, name](Result<Slot> slot) {
            env->busy = false;
            if (!slot) {
                run->failures.append(QStringLiteral("%1: %2").arg(name, slot.error().toString()));
            } else {
                d->switchTo(*env, *slot, 0ms);
                run->restored.append(name);
            }
            run->next();
        });
    };
    run->next();
    return reply.future();
}

Result<LocalServiceOptions> LocalServiceOptions::fromSettings(const QVariantMap &settings)
{
    LocalServiceOptions options;
    options.stateDir = settings.value(QStringLiteral("stateDir")).toString();
    if (options.stateDir.isEmpty()) {
        return fail(ErrorCode::InvalidArgument, QStringLiteral("The local service target needs a state folder."),
                    QStringLiteral("setting \"stateDir\" is missing"));
    }
    const QVariantMap ports = settings.value(QStringLiteral("publicPorts")).toMap();
    for (auto it = ports.begin(); it != ports.end(); ++it) {
        bool ok = false;
        const int port = it.value().toInt(&ok);
        if (!ok || port < 0 || port > 65535 || !Backend::isValidEnvironmentName(it.key())) {
            return fail(ErrorCode::InvalidArgument, QStringLiteral("The local service target has a bad public port."),
                        QStringLiteral("setting \"publicPorts.%1\": \"%2\"").arg(it.key(), it.value().toString()));
        }
        options.publicPorts.insert(it.key(), quint16(port));
    }
    if (settings.contains(QStringLiteral("stopGraceMs")))
        options.stopGrace = std::chrono::milliseconds(settings.value(QStringLiteral("stopGraceMs")).toLongLong());
    return options;
}

Result<> registerLocalServiceTarget(Backend::DeployTargetRegistry &registry)
{
    return registry.add({.kind = QString::fromLatin1(LocalServiceTarget::kKind),
                         .displayName = QStringLiteral("Local service"),
                         .owner = {},
                         .factory = [](const QVariantMap &settings) -> Result<std::unique_ptr<Backend::IDeployTarget>> {
                             auto options = LocalServiceOptions::fromSettings(settings);
                             if (!options)
                                 return options.error();
                             return std::unique_ptr<Backend::IDeployTarget>(
                                 std::make_unique<LocalServiceTarget>(std::move(*options)));
                         }});
}

} // namespace OpsDeck::Pipelines
