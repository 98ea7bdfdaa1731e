// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "opsdeck/sdk/sdk_export.h"

#include <QString>

namespace OpsDeck::Backend {
class BackendRegistry;
}

namespace OpsDeck::Sdk {

class CommandRegistry;
class NotificationCenter;
class PluginSettings;
class StatusBarRegistry;
class TaskManager;
class ViewRegistry;

/**
 * What the console offers one plugin. Each plugin gets its own IHost, which
 * lives as long as the plugin. What it registers during initialize() and
 * extensionsInitialized() is recorded as its own (and withdrawn if it
 * fails); settings() is its private settings group.
 *
 * A plugin never touches the main window: it registers with these
 * registries and the console decides where things appear.
 *
 * \code
 * OpsDeck::Result<> MyPlugin::initialize(OpsDeck::Sdk::IHost &host)
 * {
 *     host.commands().add({.id = u"my.refresh"_s, .title = tr("Refresh My Things"),
 *                          .handler = [this] { refresh(); }});
 *     m_store = host.backends().get<OpsDeck::Backend::ILogStore>();
 *     return {};
 * }
 * \endcode
 */
class OPSDECK_SDK_EXPORT IHost
{
public:
    virtual ~IHost();

    /** The id of the plugin this host was made for. */
    virtual QString pluginId() const = 0;
    /** Main views (panels) shown in the navigation. */
    virtual ViewRegistry &views() = 0;
    /** Commands for the palette (Ctrl+K), menus and shortcuts. */
    virtual CommandRegistry &commands() = 0;
    /** Items in the status bar. */
    virtual StatusBarRegistry &statusBar() = 0;
    /** Long-running work with progress and cancel. */
    virtual TaskManager &tasks() = 0;
    /** Messages for the user's notification list. */
    virtual NotificationCenter &notifications() = 0;
    /** This plugin's own persistent settings. */
    virtual PluginSettings &settings() = 0;
    /** Backends of the active profile, by interface. */
    virtual Backend::BackendRegistry &backends() = 0;
};

} // namespace OpsDeck::Sdk
