// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

namespace OpsDeck::Cli {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/** Exit codes; documented in docs/cli.md. Scripts rely on them: never renumber. */
enum ExitCode : int {
    Ok = 0,
    Failed = 1,          ///< the operation failed (message on stderr)
    Usage = 2,           ///< bad command line
    WorkspaceError = 3,  ///< the workspace cannot be opened
    PluginProblems = 4,  ///< `plugins list --check`: some plugin was refused
};
} // namespace OpsDeck::Cli
