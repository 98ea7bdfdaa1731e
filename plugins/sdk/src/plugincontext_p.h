// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "opsdeck/sdk/commandregistry.h"
#include "opsdeck/sdk/hostservices.h"
#include "opsdeck/sdk/ihost.h"
#include "opsdeck/sdk/notificationcenter.h"
#include "opsdeck/sdk/pluginsettings.h"
#include "opsdeck/sdk/statusbarregistry.h"
#include "opsdeck/sdk/taskmanager.h"
#include "opsdeck/sdk/viewregistry.h"

namespace OpsDeck::Sdk::Internal {

/** The IHost one plugin sees: the shared registries plus its own settings. */
class PluginContext final : public IHost
{
public:
    PluginContext(HostServices &services, const QString &pluginId)
        : m_services(services)
        , m_pluginId(pluginId)
        , m_settings(services.settings(), pluginId)
    {
    }

    QString pluginId() const override { return m_pluginId; }
    ViewRegistry &views() override { return m_services.views(); }
    CommandRegistry &commands() override { return m_services.commands(); }
    StatusBarRegistry &statusBar() override { return m_services.statusBar(); }
    TaskManager &tasks() override { return m_services.tasks(); }
    NotificationCenter &notifications() override { return m_services.notifications(); }
    PluginSettings &settings() override { return m_settings; }
    Backend::BackendRegistry &backends() override { return m_services.backends(); }

private:
    HostServices &m_services;
    QString m_pluginId;
    PluginSettings m_settings;
};

} // namespace OpsDeck::Sdk::Internal
