// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace OpsDeck::Cli {

struct GlobalOptions
{
    QString workspace;   ///< --workspace
    bool json = false;   ///< --json
};

int pluginsList(const GlobalOptions &global, bool load, bool check);
int workspaceInfo(const GlobalOptions &global);
int workspaceInit(const GlobalOptions &global, bool demo);

} // namespace OpsDeck::Cli
