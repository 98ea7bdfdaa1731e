// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/backend.h>

#include <QHash>
#include <QObject>

class QLabel;
class QProgressBar;
class QStatusBar;
class QToolButton;
class QWidget;

namespace OpsDeck::Core {
class AppContext;
}
namespace OpsDeck::Sdk {
class StatusItem;
}

namespace OpsDeck::Console {

/**
 * Fills the status bar: the running task with progress and a cancel
 * button, plugins' status items, one health indicator per backend
 * capability, and the notifications button with its unread count.
 */
class StatusBarHost final : public QObject
{
    Q_OBJECT
public:
    StatusBarHost(Core::AppContext &context, QStatusBar *bar, QObject *parent = nullptr);

    /** The indicator for \a capability (for tests): its text and tooltip say the state. */
    QToolButton *healthIndicator(Backend::Capability capability) const;
    QToolButton *itemButton(const QString &itemId) const;
    QWidget *taskArea() const;

Q_SIGNALS:
    void commandRequested(const QString &commandId);
    void notificationsRequested();

private:
    void addItem(Sdk::StatusItem *item);
    void updateItem(Sdk::StatusItem *item);
    void updateHealth();
    void updateTasks();
    void updateNotifications();

    Core::AppContext &m_context;
    QStatusBar *m_bar = nullptr;
    QWidget *m_taskArea = nullptr;
    QLabel *m_taskLabel = nullptr;
    QProgressBar *m_taskProgress = nullptr;
    QToolButton *m_taskCancel = nullptr;
    QHash<QString, QToolButton *> m_items;
    QHash<Backend::Capability, QToolButton *> m_health;
    QToolButton *m_notifications = nullptr;
};

} // namespace OpsDeck::Console
