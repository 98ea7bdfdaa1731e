// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/api/deploytarget.h"

#include "apitr.h"

#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>

#include <map>

namespace OpsDeck::Backend {

QStringList standardEnvironments()
{
    return {QStringLiteral("development"), QStringLiteral("staging"), QStringLiteral("production")};
}

bool isValidEnvironmentName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_-]{0,31}$"));
    return pattern.match(name).hasMatch();
}

QString DeployRequest::validate() const
{
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"));
    if (!idPattern.match(deploymentId).hasMatch())
        return QStringLiteral("deploymentId \"%1\" must be 1-100 letters, digits, '.', '_' or '-', "
                              "starting with a letter or digit").arg(deploymentId);
    if (!isValidEnvironmentName(environment))
        return QStringLiteral("environment \"%1\" must be 1-32 lowercase letters, digits, '-' or '_', "
                              "starting with a letter").arg(environment);
    if (artifactDir.isEmpty())
        return QStringLiteral("artifactDir is empty");
    if (startTimeout.count() <= 0)
        return QStringLiteral("startTimeout must be positive");
    if (smokeTimeout.count() <= 0)
        return QStringLiteral("smokeTimeout must be positive");
    if (keepPrevious.count() < 0)
        return QStringLiteral("keepPrevious must not be negative");
    if (smokeCommand.isEmpty() && !healthPath.startsWith(QLatin1Char('/')))
        return QStringLiteral("healthPath \"%1\" must start with '/'").arg(healthPath);
    return {};
}

IDeployTarget::IDeployTarget(QObject *parent)
    : QObject(parent)
{
}

IDeployTarget::~IDeployTarget() = default;

struct DeployTargetRegistry::Private
{
    mutable QMutex mutex;
    std::map<QString, DeployTargetKind> kinds;
};

DeployTargetRegistry::DeployTargetRegistry()
    : d(std::make_unique<Private>())
{
}

DeployTargetRegistry::~DeployTargetRegistry() = default;

DeployTargetRegistry &DeployTargetRegistry::global()
{
    static DeployTargetRegistry instance;
    return instance;
}

Result<> DeployTargetRegistry::add(DeployTargetKind kind)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9-]{0,63}$"));
    if (!pattern.match(kind.kind).hasMatch()) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("A deploy target kind must be lowercase letters, digits and '-', starting with a letter."),
                    QStringLiteral("kind \"%1\"").arg(kind.kind));
    }
    if (!kind.factory) {
        return fail(ErrorCode::InvalidArgument, Tr::tr("The deploy target kind \"%1\" has no factory.").arg(kind.kind),
                    QStringLiteral("owner \"%1\"").arg(kind.owner));
    }
    QMutexLocker lock(&d->mutex);
    if (const auto it = d->kinds.find(kind.kind); it != d->kinds.end()) {
        return fail(ErrorCode::AlreadyExists,
                    Tr::tr("The deploy target kind \"%1\" is already registered.").arg(kind.kind),
                    QStringLiteral("registered by \"%1\"").arg(it->second.owner.isEmpty() ? QStringLiteral("the host")
                                                                                         : it->second.owner));
    }
    const QString id = kind.kind;
    d->kinds.emplace(id, std::move(kind));
    return {};
}

bool DeployTargetRegistry::remove(const QString &kind)
{
    QMutexLocker lock(&d->mutex);
    return d->kinds.erase(kind) > 0;
}

void DeployTargetRegistry::removeOwnedBy(const QString &owner)
{
    QMutexLocker lock(&d->mutex);
    std::erase_if(d->kinds, [&owner](const auto &entry) { return entry.second.owner == owner; });
}

bool DeployTargetRegistry::contains(const QString &kind) const
{
    QMutexLocker lock(&d->mutex);
    return d->kinds.contains(kind);
}

QList<DeployTargetKind> DeployTargetRegistry::kinds() const
{
    QMutexLocker lock(&d->mutex);
    QList<DeployTargetKind> out;
    for (const auto &[id, kind] : d->kinds)
        out.append(kind);
    return out;
}

Result<std::unique_ptr<IDeployTarget>> DeployTargetRegistry::create(const QString &kind,
                                                                     const QVariantMap &settings) const
{
    DeployTargetFactory factory;
    {
        QMutexLocker lock(&d->mutex);
        const auto it = d->kinds.find(kind);
        if (it == d->kinds.end()) {
            return fail(ErrorCode::NotFound, Tr::tr("No deploy target of kind \"%1\" is registered.").arg(kind));
        }
        factory = it->second.factory;
    }
    // Called outside the lock: a factory may itself look at the registry.
    auto created = factory(settings);
    if (created.ok() && !*created) {
        return fail(ErrorCode::Internal, Tr::tr("The factory of deploy target kind \"%1\" returned nothing.").arg(kind));
    }
    return created;
}

} // namespace OpsDeck::Backend
