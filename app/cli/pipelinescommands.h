// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "commands.h"

namespace OpsDeck::Cli {

struct PipelinesOptions
{
    QStringList args; ///< positional arguments after "pipelines VERB"
    QString ref;      ///< --ref: the branch (or tag, "refs/tags/T") rules are evaluated for / to build
    QString repo;     ///< --repo: a registered repository's name (or a path, registered on the fly)
    QString env;      ///< --env: development, staging, production
    bool wait = false;   ///< --wait: stream the log until the run ends; exit 0 only on success
    bool follow = false; ///< --follow: keep printing a job log as it grows
    bool noTests = false;    ///< --no-tests: skip the test stage
    bool noRollback = false; ///< --no-rollback: a failed smoke test does not roll back
    int limit = 20;          ///< --limit
};

/**
 * The engine verbs (docs/cli.md, "Pipelines"): repos add|list, run, list,
 * show, logs, cancel, retry, approve, deploy, rollback, freeze, unfreeze,
 * environments, events. They open the workspace's engine; the process that
 * holds the engine's lock (the console, or this opsctl when none runs) runs
 * the jobs.
 */
int pipelinesCommand(const GlobalOptions &global, const QString &verb, const PipelinesOptions &options);

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
