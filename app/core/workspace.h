// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/result.h>

#include <QDateTime>
#include <QString>

namespace OpsDeck::Core {

/**
 * A workspace: one folder holding each embedded engine's data in its own
 * subfolder, described by workspace.json. opsdeck and opsctl open the same
 * one: --workspace DIR, else $OPSDECK_WORKSPACE, else the default under the
 * platform's app-data location.
 */
struct WorkspaceInfo
{
    static constexpr int kFormatVersion = 1;
    static constexpr const char *kManifestName = "workspace.json";

    QString path;              ///< absolute, cleaned
    QString name;
    int formatVersion = kFormatVersion;
    QDateTime created;
    bool demo = false;
    bool createdNow = false;   ///< this open created it
};

class Workspace
{
public:
    enum class Source { Flag, Environment, Default };
    struct Location
    {
        QString path;
        Source source = Source::Default;
    };

    /** Where the workspace is: \a flagValue, else OPSDECK_WORKSPACE, else default. */
    static Location locate(const QString &flagValue);
    static QString defaultPath();
    static QString sourceName(Source source); ///< "--workspace", "OPSDECK_WORKSPACE", "default"

    /**
     * Opens the workspace at \a path, creating the folder and its manifest
     * when \a create is set and it does not exist yet. An existing manifest is
     * never rewritten; a damaged one is reported with file:line:column.
     */
    static Result<WorkspaceInfo> open(const QString &path, bool create = true);

    /**
     * Marks the workspace at \a path as a demo workspace (creating it if
     * needed). Engines fill their demo data on top of this in later steps.
     */
    static Result<WorkspaceInfo> makeDemo(const QString &path);
};

} // namespace OpsDeck::Core
