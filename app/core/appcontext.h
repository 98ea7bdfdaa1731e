// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "profilestore.h"
#include "workspace.h"

#include <opsdeck/api/result.h>

#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>
#include <optional>

class QSettings;

namespace OpsDeck::Backend {
class BackendRegistry;
}
namespace OpsDeck::Sdk {
class HostServices;
class PluginManager;
} // namespace OpsDeck::Sdk

namespace OpsDeck::Core {

/**
 * Everything opsdeck and opsctl set up the same way: settings, the
 * workspace, profiles and their backends, the SDK's registries and the
 * plugin manager. No step is fatal: what fails is kept in problems() and
 * the rest goes on, so the console can show it and still start.
 */
class AppContext : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString workspaceFlag;    ///< --workspace, may be empty
        bool demo = false;        ///< --demo: make the workspace a demo workspace
        /** Create the workspace if it does not exist (the console does; opsctl's read-only verbs don't). */
        bool createWorkspace = true;
        QString settingsPath;     ///< empty = SettingsFile::defaultPath()
        std::optional<QStringList> pluginPaths; ///< unset = PluginManager::defaultSearchPaths()
        /** Install translations as soon as the settings are read (so startup messages are translated). */
        bool installTranslations = false;
        QString language;         ///< overrides the "general/language" setting
    };

    explicit AppContext(Options options, QObject *parent = nullptr);
    /** Stops tasks, unloads plugins, then drops backends: dependents first. */
    ~AppContext() override;

    /** Opens settings and the workspace and binds the last used profile. */
    void open();
    /** Loads every enabled plugin. */
    void loadPlugins();
    /** Reads plugin metadata and resolves, running no plugin code. */
    void readPlugins();

    QSettings &settings();
    Backend::BackendRegistry &backends();
    Sdk::HostServices &services();
    Sdk::PluginManager &plugins();
    ProfileStore &profiles();

    Workspace::Location workspaceLocation() const;
    /** The open workspace, or nothing when it could not be opened. */
    std::optional<WorkspaceInfo> workspace() const;
    /** Why the workspace could not be opened. */
    std::optional<Error> workspaceError() const;
    /** Problems met during open(): damaged settings, workspace, profile. */
    QList<Error> problems() const;

    /** Switches to profile \a id; on failure the previous one stays bound. */
    Result<> activateProfile(const QString &id);

    QSet<QString> disabledPlugins() const;
    /** Persists the user's choice; takes effect at the next start. */
    void setPluginEnabled(const QString &id, bool enabled);

    /** The installation's plugin folder (beside the executable's lib dir). */
    static QString installPluginDir();
    /** The installation's translations folder. */
    static QString translationsDir();
    /**
     * Installs the console's and Qt's translations for \a language ("de",
     * "en"; empty = the system locale) into the application.
     */
    static void installTranslations(const QString &language);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace OpsDeck::Core
