// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/sdk/viewregistry.h"

#include "sdktr.h"

#include <algorithm>

namespace OpsDeck::Sdk {

struct ViewRegistry::Private
{
    QList<View> views;
    QString currentOwner;

    qsizetype indexOf(const QString &id) const
    {
        for (qsizetype i = 0; i < views.size(); ++i) {
            if (views.at(i).id == id)
                return i;
        }
        return -1;
    }
};

ViewRegistry::ViewRegistry(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
}

ViewRegistry::~ViewRegistry() = default;

Result<> ViewRegistry::add(View view)
{
    if (view.id.isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("A view needs an id."), view.title);
    if (!view.factory)
        return fail(ErrorCode::InvalidArgument, Tr::tr("View \"%1\" has no factory.").arg(view.id));
    if (d->indexOf(view.id) >= 0) {
        return fail(ErrorCode::AlreadyExists,
                    Tr::tr("A view with the id \"%1\" is already registered.").arg(view.id));
    }
    if (view.owner.isEmpty())
        view.owner = d->currentOwner;
    const QString id = view.id;
    d->views.append(std::move(view));
    Q_EMIT viewAdded(id);
    return {};
}

void ViewRegistry::remove(const QString &id)
{
    const qsizetype i = d->indexOf(id);
    if (i < 0)
        return;
    d->views.removeAt(i);
    Q_EMIT viewRemoved(id);
}

QList<View> ViewRegistry::views() const
{
    QList<View> sorted = d->views;
    std::stable_sort(sorted.begin(), sorted.end(), [](const View &a, const View &b) {
        if (a.priority != b.priority)
            return a.priority < b.priority;
        return a.title.localeAwareCompare(b.title) < 0;
    });
    return sorted;
}

std::optional<View> ViewRegistry::view(const QString &id) const
{
    const qsizetype i = d->indexOf(id);
    if (i < 0)
        return std::nullopt;
    return d->views.at(i);
}

void ViewRegistry::activate(const QString &id)
{
    if (d->indexOf(id) >= 0)
        Q_EMIT activationRequested(id);
}

void ViewRegistry::setCurrentOwner(const QString &owner)
{
    d->currentOwner = owner;
}

void ViewRegistry::removeOwnedBy(const QString &owner)
{
    QStringList ids;
    for (const View &v : std::as_const(d->views)) {
        if (v.owner == owner)
            ids.append(v.id);
    }
    for (const QString &id : ids)
        remove(id);
}

} // namespace OpsDeck::Sdk
