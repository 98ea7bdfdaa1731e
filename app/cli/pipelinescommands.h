// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "commands.h"

namespace OpsDeck::Cli {

struct PipelinesOptions
{
    QStringList args; ///< positional arguments after "pipelines VERB"
    QString ref;      ///< --ref: the branch (or tag, "refs/tags/T") rules are evaluated for
};

/**
 * `opsctl pipelines validate FILE [--json] [--ref REF]`: reads a pipeline
 * file (native, GitLab CI or GitHub Actions) and prints its plan without
 * running anything. Exit 0 when the file is valid, 1 with
 * `file:line:column: message` lines on stderr otherwise.
 */
int pipelinesValidate(const GlobalOptions &global, const PipelinesOptions &options);

/** `opsctl pipelines artifacts stats [--json]`: stored vs logical bytes of the workspace's artifact store. */
int pipelinesArtifactsStats(const GlobalOptions &global);

} // namespace OpsDeck::Cli
