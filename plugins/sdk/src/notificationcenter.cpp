// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/sdk/notificationcenter.h"

#include <QLoggingCategory>
#include <QThread>

// Debug only: a notification's text may name things (hosts, paths, secret
// names) that do not belong in a log by default.
Q_LOGGING_CATEGORY(lcNotifications, "opsdeck.sdk.notifications", QtWarningMsg)

namespace OpsDeck::Sdk {

namespace {
// A console left open for a week must not grow without bound.
constexpr qsizetype kMaxKept = 500;
} // namespace

struct NotificationCenter::Private
{
    QList<Notification> items; // newest first
    quint64 nextId = 1;
    QString currentOwner;
};

NotificationCenter::NotificationCenter(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
}

NotificationCenter::~NotificationCenter() = default;

quint64 NotificationCenter::post(Notification notification)
{
    if (QThread::currentThread() != thread()) {
        // Workers post too; the list and its signals belong to our thread.
        QMetaObject::invokeMethod(this, [this, n = std::move(notification)]() mutable { post(std::move(n)); },
                                  Qt::QueuedConnection);
        return 0;
    }
    notification.id = d->nextId++;
    if (!notification.time.isValid())
        notification.time = QDateTime::currentDateTime();
    if (notification.owner.isEmpty())
        notification.owner = d->currentOwner;
    notification.read = false;
    qCDebug(lcNotifications).noquote() << notification.title << notification.body;
    d->items.prepend(notification);
    if (d->items.size() > kMaxKept)
        d->items.resize(kMaxKept);
    Q_EMIT posted(notification);
    Q_EMIT changed();
    return notification.id;
}

QList<Notification> NotificationCenter::notifications() const
{
    return d->items;
}

int NotificationCenter::unreadCount() const
{
    int n = 0;
    for (const Notification &item : d->items)
        n += item.read ? 0 : 1;
    return n;
}

void NotificationCenter::markAllRead()
{
    bool any = false;
    for (Notification &item : d->items) {
        any = any || !item.read;
        item.read = true;
    }
    if (any)
        Q_EMIT changed();
}

void NotificationCenter::clear()
{
    if (d->items.isEmpty())
        return;
    d->items.clear();
    Q_EMIT changed();
}

void NotificationCenter::setCurrentOwner(const QString &owner)
{
    d->currentOwner = owner;
}

} // namespace OpsDeck::Sdk
