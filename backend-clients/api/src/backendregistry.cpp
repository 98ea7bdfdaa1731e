// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/api/backendregistry.h"

#include "apitr.h"

#include <QHash>
#include <QLoggingCategory>

#include <map>

Q_LOGGING_CATEGORY(lcRegistry, "opsdeck.backend.registry", QtWarningMsg)

namespace OpsDeck::Backend {

struct BackendRegistry::Private
{
    QHash<QString, BackendProvider> providers;
    Profile active;
    quint64 generation = 0;
    std::map<Capability, std::unique_ptr<IBackend>> bound;
};

BackendRegistry::BackendRegistry(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
}

BackendRegistry::~BackendRegistry()
{
    clear();
}

void BackendRegistry::registerProvider(const QString &kind, BackendProvider provider)
{
    d->providers.insert(kind, std::move(provider));
}

bool BackendRegistry::hasProvider(const QString &kind) const
{
    return d->providers.contains(kind);
}

Result<> BackendRegistry::activate(const Profile &profile)
{
    if (!profile.isValid())
        return fail(ErrorCode::InvalidArgument, Tr::tr("The profile has no id or kind."));
    const auto provider = d->providers.constFind(profile.kind);
    if (provider == d->providers.constEnd()) {
        return fail(ErrorCode::Unsupported,
                    Tr::tr("No backend provider for profiles of kind \"%1\".").arg(profile.kind),
                    profile.id);
    }
    auto created = (*provider)(profile);
    if (!created)
        return created.error();

    std::map<Capability, std::unique_ptr<IBackend>> next;
    for (auto &backend : *created) {
        if (!backend)
            continue;
        const Capability c = backend->capability();
        if (next.contains(c)) {
            qCWarning(lcRegistry) << "provider" << profile.kind << "returned two backends for"
                                  << capabilityId(c) << "- keeping the first";
            continue;
        }
        next.emplace(c, std::move(backend));
    }

    Q_EMIT aboutToRebind();
    d->bound.clear(); // destroys the previous profile's backends
    d->bound = std::move(next);
    d->active = profile;
    ++d->generation;
    for (auto &[capability, backend] : d->bound) {
        backend->setParent(nullptr);
        const Capability c = capability;
        connect(backend.get(), &IBackend::healthChanged, this,
                [this, c](const Reliability::HealthReport &report) { Q_EMIT healthChanged(c, report); });
    }
    Q_EMIT backendsChanged();
    return {};
}

void BackendRegistry::clear()
{
    if (d->bound.empty())
        return;
    Q_EMIT aboutToRebind();
    d->bound.clear();
    d->active = {};
    ++d->generation;
    Q_EMIT backendsChanged();
}

Profile BackendRegistry::activeProfile() const
{
    return d->active;
}

quint64 BackendRegistry::generation() const
{
    return d->generation;
}

IBackend *BackendRegistry::backend(Capability capability) const
{
    const auto it = d->bound.find(capability);
    return it == d->bound.end() ? nullptr : it->second.get();
}

QList<IBackend *> BackendRegistry::backends() const
{
    QList<IBackend *> out;
    for (const auto &[c, backend] : d->bound)
        out.append(backend.get());
    return out;
}

} // namespace OpsDeck::Backend
