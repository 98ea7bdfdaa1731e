// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "opsdeck/api/backendapi_export.h"

#include <QString>
#include <QUrl>
#include <QVariantMap>

namespace OpsDeck::Backend {

/**
 * Where the backends come from. The "local" kind binds the embedded engines
 * on a workspace folder; remote kinds (team server, Prometheus) bind HTTP
 * clients on a URL. Profiles are plain values; the BackendRegistry turns the
 * active one into live backends.
 */
struct OPSDECK_BACKENDAPI_EXPORT Profile
{
    QString id;           ///< stable, lowercase: "local", "team-eu"
    QString name;         ///< for display: "Local workspace"
    QString kind;         ///< provider kind: "local", "remote", …
    QString workspace;    ///< workspace folder (local kind)
    QUrl url;             ///< server (remote kinds)
    QVariantMap options;  ///< provider-specific settings

    static constexpr const char *kLocalKind = "local";
    bool isValid() const { return !id.isEmpty() && !kind.isEmpty(); }
    friend bool operator==(const Profile &, const Profile &) = default;
};

} // namespace OpsDeck::Backend
