// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/sdk/hostservices.h"

#include "opsdeck/sdk/commandregistry.h"
#include "opsdeck/sdk/notificationcenter.h"
#include "opsdeck/sdk/statusbarregistry.h"
#include "opsdeck/sdk/taskmanager.h"
#include "opsdeck/sdk/viewregistry.h"

#include <opsdeck/api/backendregistry.h>

#include <QSettings>

namespace OpsDeck::Sdk {

struct HostServices::Private
{
    Private(QSettings &s, Backend::BackendRegistry &b)
        : settings(s)
        , backends(b)
    {
    }
    QSettings &settings;
    Backend::BackendRegistry &backends;
    CommandRegistry commands;
    ViewRegistry views;
    StatusBarRegistry statusBar;
    NotificationCenter notifications;
    TaskManager tasks; // last member: destroyed first, so running work stops before the rest goes
};

HostServices::HostServices(QSettings &settings, Backend::BackendRegistry &backends, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(settings, backends))
{
}

HostServices::~HostServices() = default;

CommandRegistry &HostServices::commands() { return d->commands; }
ViewRegistry &HostServices::views() { return d->views; }
StatusBarRegistry &HostServices::statusBar() { return d->statusBar; }
TaskManager &HostServices::tasks() { return d->tasks; }
NotificationCenter &HostServices::notifications() { return d->notifications; }
QSettings &HostServices::settings() { return d->settings; }
Backend::BackendRegistry &HostServices::backends() { return d->backends; }

void HostServices::setCurrentOwner(const QString &pluginId)
{
    d->commands.setCurrentOwner(pluginId);
    d->views.setCurrentOwner(pluginId);
    d->statusBar.setCurrentOwner(pluginId);
    d->tasks.setCurrentOwner(pluginId);
    d->notifications.setCurrentOwner(pluginId);
}

void HostServices::removeOwnedBy(const QString &pluginId)
{
    d->commands.removeOwnedBy(pluginId);
    d->views.removeOwnedBy(pluginId);
    d->statusBar.removeOwnedBy(pluginId);
}

} // namespace OpsDeck::Sdk
