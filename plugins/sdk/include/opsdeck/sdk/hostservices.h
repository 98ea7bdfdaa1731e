// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "opsdeck/sdk/sdk_export.h"

#include <QObject>

#include <memory>

class QSettings;

namespace OpsDeck::Backend {
class BackendRegistry;
}

namespace OpsDeck::Sdk {

class CommandRegistry;
class NotificationCenter;
class StatusBarRegistry;
class TaskManager;
class ViewRegistry;

/**
 * \internal For hosts (the console, opsctl, tests), not plugins: the shared
 * registries behind every plugin's IHost. The host owns one and hands it
 * to the PluginManager.
 */
class OPSDECK_SDK_EXPORT HostServices : public QObject
{
    Q_OBJECT
public:
    /** \a settings and \a backends must outlive this object. */
    HostServices(QSettings &settings, Backend::BackendRegistry &backends, QObject *parent = nullptr);
    ~HostServices() override;

    CommandRegistry &commands();
    ViewRegistry &views();
    StatusBarRegistry &statusBar();
    TaskManager &tasks();
    NotificationCenter &notifications();
    QSettings &settings();
    Backend::BackendRegistry &backends();

    /** Attributes registrations made from now on to \a pluginId ("" = the console). */
    void setCurrentOwner(const QString &pluginId);
    /** Withdraws every view, command and status item \a pluginId registered. */
    void removeOwnedBy(const QString &pluginId);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace OpsDeck::Sdk
