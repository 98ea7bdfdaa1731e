// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

/**
 * \file
 * What a job of a plan runs: its steps as command lines, and the environment
 * they see. Pure functions of the plan and the run, so the scheduler stays
 * about scheduling and the tests can read what a job would execute.
 *
 * - GitLab and native jobs: one step "script" (before_script then script,
 *   in one shell, stopping at the first failing command as gitlab-runner's
 *   shell executor does, each command echoed as "$ command" in green), and
 *   one step "after_script" that runs whatever happened and whose failure
 *   does not fail the job.
 * - GitHub jobs: one step per step; `uses:` steps are skipped with the
 *   reason; `if:` is evaluated when the step is reached.
 */

#include <opsdeck/pipelines/pipelineplan.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace OpsDeck::Pipelines {

using EnvList = std::vector<std::pair<std::string, std::string>>;

struct StepScript
{
    std::string name;
    std::vector<std::string> argv;     ///< empty for a skipped step
    std::string workingDirectory;      ///< relative to the workspace, empty = the workspace
    EnvList env;                       ///< added to the job's environment
    std::string condition;             ///< GitHub `if:`, empty = success()
    bool continueOnError = false;
    bool always = false;               ///< after_script: runs after a failure too, cannot fail the job
    int timeoutSeconds = 0;            ///< 0 = the job's
    std::string skippedReason;         ///< set: the step is shown, not run
};

/** What the job's environment is built from. */
struct RunFacts
{
    std::string runId;
    std::int64_t jobId = 0;
    std::string repository;
    std::string branch;     ///< empty for a tag or a bare commit
    std::string tag;
    std::string commit;
    std::string commitTitle;
    std::string environment; ///< the run's target environment
    std::string workspace;   ///< the job's checkout, absolute
    std::string home;        ///< a private home folder
    std::string tmp;         ///< a private temporary folder
    std::string createdBy;
};

/** The steps of \a job, in order. */
std::vector<StepScript> stepsFor(const Plan &plan, const JobPlan &job);

/**
 * The complete environment of \a job: a few variables of the engine's own
 * (PATH, LANG, TZ, USER), never the rest of it (it may hold passphrases),
 * then the CI system's predefined variables for the plan's format, then the
 * pipeline's and the job's variables, expanded.
 */
EnvList jobEnvironment(const Plan &plan, const JobPlan &job, const RunFacts &facts);

/** \a text with $VAR and ${VAR} replaced from \a env ($$ is a literal $). */
std::string expandVariables(const std::string &text, const EnvList &env);

} // namespace OpsDeck::Pipelines
