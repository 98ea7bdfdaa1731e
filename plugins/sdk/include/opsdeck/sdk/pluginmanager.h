// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "opsdeck/sdk/pluginspec.h"
#include "opsdeck/sdk/sdk_export.h"

#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>

namespace OpsDeck::Sdk {

class HostServices;

/**
 * \internal For hosts, not plugins. Finds plugin files, checks their
 * metadata, orders them by dependencies and loads each in isolation: a
 * broken plugin is reported with its reason and the rest go on.
 *
 * \code
 * PluginManager plugins(services);
 * plugins.setSearchPaths(PluginManager::defaultSearchPaths(appDir));
 * plugins.setDisabledIds(savedDisabledIds);
 * plugins.loadAll();
 * for (const PluginSpec *spec : plugins.plugins())
 *     if (spec->state == PluginState::Failed) qWarning() << spec->name << spec->error;
 * \endcode
 */
class OPSDECK_SDK_EXPORT PluginManager : public QObject
{
    Q_OBJECT
public:
    explicit PluginManager(HostServices &services, QObject *parent = nullptr);
    /** Shuts down (if not done) and deletes plugin instances in reverse order. */
    ~PluginManager() override;

    /**
     * The folders searched, in order: the installation's plugin folder
     * (\a installDir), the user's plugin folder, then each entry of
     * OPSDECK_PLUGIN_PATH (':'-separated). Never the working directory.
     */
    static QStringList defaultSearchPaths(const QString &installDir);
    /** The user's plugin folder (under the platform's app-data location). */
    static QString userPluginDir();

    void setSearchPaths(const QStringList &paths);
    QStringList searchPaths() const;
    void setDisabledIds(const QSet<QString> &ids);

    /** Reads every plugin's metadata, resolves and loads. Call once. */
    void loadAll();
    /** Reads and resolves without loading any code (for listings). */
    void readAll();

    /**
     * Calls aboutToShutdown() in reverse load order. Emits shutdownFinished()
     * when every Async plugin has reported (or after \a asyncTimeoutMs).
     */
    void shutdown(int asyncTimeoutMs = 3000);

    QList<const PluginSpec *> plugins() const;
    const PluginSpec *plugin(const QString &id) const;
    /** Plugins that are Invalid or Failed. */
    QList<const PluginSpec *> problems() const;

Q_SIGNALS:
    void shutdownFinished();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace OpsDeck::Sdk
