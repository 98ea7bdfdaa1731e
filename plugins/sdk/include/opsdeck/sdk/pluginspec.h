// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "opsdeck/sdk/sdk_export.h"

#include <opsdeck/api/result.h>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVersionNumber>

namespace OpsDeck::Sdk {

class IPlugin;

/**
 * Where a plugin is in its life. A plugin that fails stops at the state it
 * reached and carries the reason; the console goes on without it.
 */
enum class PluginState {
    Invalid,     ///< not a usable plugin file: no or bad metadata, wrong SDK
    Read,        ///< metadata read and valid
    Disabled,    ///< valid, switched off by the user
    Resolved,    ///< dependencies found, in load order
    Loaded,      ///< library loaded, instance created
    Initialized, ///< initialize() succeeded
    Running,     ///< extensionsInitialized() done
    Stopped,     ///< shut down
    Failed,      ///< refused at resolve, load or initialisation (see error)
};

OPSDECK_SDK_EXPORT QString pluginStateName(PluginState state); ///< "running", for scripts
OPSDECK_SDK_EXPORT QString pluginStateDisplayName(PluginState state); ///< translated

struct OPSDECK_SDK_EXPORT PluginDependency
{
    QString id;
    QVersionNumber version;    ///< the version the dependent was built against
    bool optional = false;
    friend bool operator==(const PluginDependency &, const PluginDependency &) = default;
};

/**
 * A plugin file and what its metadata says. Metadata is read and checked
 * before any plugin code runs. JSON keys (see docs/plugin-sdk.md):
 * Id, Name, Version, SdkVersion (required); CompatVersion, Vendor,
 * Description, Category, License, Url, Dependencies, Capabilities (optional).
 */
struct OPSDECK_SDK_EXPORT PluginSpec
{
    QString filePath;
    QString fileName;
    QString id;
    QString name;
    QVersionNumber version;
    QVersionNumber compatVersion;
    QVersionNumber sdkVersion;
    QString vendor;
    QString description;
    QString category;
    QString license;
    QString url;
    QList<PluginDependency> dependencies;
    QStringList capabilities;  ///< backend capability ids it needs ("logstore")

    PluginState state = PluginState::Invalid;
    QString error;             ///< translated reason, when Invalid or Failed
    bool enabled = true;       ///< the user's choice (persisted by the host)
    IPlugin *instance = nullptr;

    /** True when this plugin can stand in for \a dependency. */
    bool provides(const PluginDependency &dependency) const;

    /**
     * Reads a Qt plugin's metadata object (as QPluginLoader::metaData()
     * returns it: {"IID": …, "MetaData": {…}}) into a spec for \a filePath.
     * The spec is Read when everything checks out, else Invalid with an
     * error that names the key that is missing or malformed; the fields that
     * could be read are filled either way, for display.
     */
    static PluginSpec fromMetaData(const QJsonObject &metaData, const QString &filePath,
                                   const QVersionNumber &hostSdkVersion);
};

/** The SDK version this library implements. */
OPSDECK_SDK_EXPORT QVersionNumber sdkVersion();

} // namespace OpsDeck::Sdk
