// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/sdk/statusbarregistry.h"

namespace OpsDeck::Sdk {

struct StatusItem::Private
{
    QString id;
    QString owner;
    QString text;
    QString toolTip;
    Severity severity = Severity::Neutral;
    QString commandId;
};

StatusItem::StatusItem(const QString &id, const QString &owner, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->id = id;
    d->owner = owner;
}

StatusItem::~StatusItem() = default;

QString StatusItem::id() const { return d->id; }
QString StatusItem::owner() const { return d->owner; }
QString StatusItem::text() const { return d->text; }
QString StatusItem::toolTip() const { return d->toolTip; }
StatusItem::Severity StatusItem::severity() const { return d->severity; }
QString StatusItem::commandId() const { return d->commandId; }

void StatusItem::setText(const QString &text)
{
    if (d->text == text)
        return;
    d->text = text;
    Q_EMIT changed();
}

void StatusItem::setToolTip(const QString &toolTip)
{
    if (d->toolTip == toolTip)
        return;
    d->toolTip = toolTip;
    Q_EMIT changed();
}

void StatusItem::setSeverity(Severity severity)
{
    if (d->severity == severity)
        return;
    d->severity = severity;
    Q_EMIT changed();
}

void StatusItem::setCommandId(const QString &commandId)
{
    if (d->commandId == commandId)
        return;
    d->commandId = commandId;
    Q_EMIT changed();
}

struct StatusBarRegistry::Private
{
    QList<StatusItem *> items; // children of the registry
    QString currentOwner;
};

StatusBarRegistry::StatusBarRegistry(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
}

StatusBarRegistry::~StatusBarRegistry() = default;

StatusItem *StatusBarRegistry::add(const QString &id)
{
    if (StatusItem *existing = item(id))
        return existing;
    auto *created = new StatusItem(id, d->currentOwner, this);
    d->items.append(created);
    Q_EMIT itemAdded(created);
    return created;
}

void StatusBarRegistry::remove(const QString &id)
{
    StatusItem *found = item(id);
    if (!found)
        return;
    d->items.removeOne(found);
    Q_EMIT itemRemoved(id);
    found->deleteLater(); // a view may still be painting it this turn
}

QList<StatusItem *> StatusBarRegistry::items() const
{
    return d->items;
}

StatusItem *StatusBarRegistry::item(const QString &id) const
{
    for (StatusItem *i : d->items) {
        if (i->id() == id)
            return i;
    }
    return nullptr;
}

void StatusBarRegistry::setCurrentOwner(const QString &owner)
{
    d->currentOwner = owner;
}

void StatusBarRegistry::removeOwnedBy(const QString &owner)
{
    QStringList ids;
    for (StatusItem *i : std::as_const(d->items)) {
        if (i->owner() == owner)
            ids.append(i->id());
    }
    for (const QString &id : ids)
        remove(id);
}

} // namespace OpsDeck::Sdk
