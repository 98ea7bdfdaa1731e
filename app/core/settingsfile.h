// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/result.h>

#include <QSettings>

#include <memory>

namespace OpsDeck::Core {

/**
 * The console's settings: one JSON file (settings.json under the platform's
 * config location), read and written through QSettings, so plugins get the
 * usual API and writes are atomic (QSettings replaces the file as a whole).
 *
 * Before QSettings touches the file, check() parses it. A damaged file is
 * moved aside to settings.json.corrupt-<time> rather than overwritten, and
 * the reason (file:line:column) is returned for the user.
 */
class SettingsFile
{
public:
    /** The QSettings format id for JSON files (registered once). */
    static QSettings::Format format();
    /** Default location: $XDG_CONFIG_HOME/opsdeck/settings.json. */
    static QString defaultPath();

    struct Opened
    {
        std::unique_ptr<QSettings> settings;
        /** Set when the file was damaged and moved aside: what and where. */
        std::optional<Error> recovered;
    };
    /** Checks the file at \a path and opens it. Never fails: see Opened::recovered. */
    static Opened open(const QString &path);

    /** Parses \a path without changing anything. */
    static Result<> check(const QString &path);
};

} // namespace OpsDeck::Core
