// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace OpsDeck::Pipelines {

/// Where something is in a pipeline file: path inside the repository, line and column from 1.
struct SourcePosition
{
    std::string file;
    int line = 0;
    int column = 0;

    /// "file:line:column" (or just "file" when the position is unknown).
    std::string toString() const;
};

/// A message tied to a place in a file: "file:line:column: message".
struct Diagnostic
{
    SourcePosition where;
    std::string message;

    std::string toString() const;
};

/// Something in the file the offline engine cannot run, and why.
struct Unresolved
{
    SourcePosition where;
    std::string what;   ///< "include:project gnome/citemplates", "uses: actions/checkout@v4", "image: debian"
    std::string reason; ///< why it cannot run offline
    std::string job;    ///< the job it belongs to, empty for the whole pipeline
};

enum class When { OnSuccess, Manual, Always, Never, OnFailure, Delayed };
const char *toString(When when);

enum class PipelineFormat { Native, GitLab, GitHub };
const char *toString(PipelineFormat format);

struct Need
{
    std::string job;     ///< as written; naming a parallel job means all of its instances
    bool optional = false;
    bool artifacts = true;
};

struct Environment
{
    std::string name; ///< variables already expanded
    std::string action = "start"; ///< start, prepare, stop, verify, access
    std::string url;
};

/// How the native format deploys: blue-green switches traffic only after the smoke test passes.
struct DeployStrategy
{
    std::string strategy;      ///< "blue-green", empty when the job does not deploy
    std::string smokeTestUrl;  ///< expected to answer 2xx on the new colour; a path ("/health") or a URL whose path is used
    std::string smokeTestCommand;
    int smokeTestTimeoutSeconds = 60;
    std::string target = "local-service"; ///< the deploy target kind
    std::string service;       ///< the command that starts the built application (local-service target)
    int keepPreviousSeconds = -1; ///< how long blue stays up after the switch; -1 = the engine's default
};

struct Retry
{
    int max = 0;                    ///< 0..2 as in GitLab
    std::vector<std::string> when;  ///< failure kinds, empty = always
};

/// One GitHub Actions step.
struct Step
{
    std::string name;
    std::string run;               ///< empty for a `uses:` step
    std::string shell;
    std::string workingDirectory;
    std::vector<std::pair<std::string, std::string>> env;
    std::string condition;         ///< the step's `if:`, evaluated when the step is reached
    bool continueOnError = false;
    int timeoutSeconds = 0;
    std::string uses;              ///< the action reference, when the step is `uses:`
    std::string unresolvedReason;  ///< why a `uses:` step is skipped offline
    SourcePosition where;
};

/// One job instance, after extends, !reference, default:, matrix expansion and rules.
struct JobPlan
{
    std::string name;      ///< as the CI system shows it: "build: [linux, amd64]", "test (ubuntu, 18)"
    std::string baseName;  ///< the job's key in the file
    std::string stage;
    When when = When::OnSuccess;
    std::string whenReason; ///< why the job is Never: "rules: no rule matched", "except: refs", ...
    bool allowFailure = false;
    std::vector<int> allowFailureExitCodes;
    std::optional<std::vector<Need>> needs; ///< empty optional = follow stages; empty list = start at once
    std::vector<std::string> beforeScript;
    std::vector<std::string> script;
    std::vector<std::string> afterScript;
    std::vector<std::pair<std::string, std::string>> variables; ///< in order, matrix values last
    std::vector<std::pair<std::string, std::string>> matrix;    ///< this instance's matrix values
    int parallelIndex = 0; ///< 1..parallelTotal for `parallel: N`, else 0
    int parallelTotal = 0;
    std::optional<Environment> environment;
    DeployStrategy deploy;
    std::string resourceGroup;
    std::string resourceClass; ///< native: small, medium, large
    int timeoutSeconds = 0;    ///< 0 = the engine's default
    Retry retry;
    std::vector<std::string> artifactPaths;
    std::string artifactsExpireIn;
    std::string image;                  ///< recorded only, containers are not run offline
    std::vector<std::string> services;  ///< recorded only
    std::string runsOn;                 ///< GitHub: recorded only
    std::vector<Step> steps;            ///< GitHub: the steps, in order
    int startInSeconds = 0;             ///< when: delayed
    SourcePosition where;
};

struct Plan
{
    PipelineFormat format = PipelineFormat::GitLab;
    std::string file;
    std::vector<std::string> stages;
    std::vector<JobPlan> jobs;           ///< every instance, Never ones included with their reason
    std::vector<std::pair<std::string, std::string>> variables; ///< pipeline level, in order
    std::vector<Diagnostic> warnings;    ///< unknown keys and the like; the plan still runs
    std::vector<Unresolved> unresolved;  ///< what cannot run offline
    std::vector<Diagnostic> errors;      ///< the file is invalid; jobs may be partial
    bool pipelineRuns = true;            ///< false when workflow:rules / on: exclude this event
    std::string notRunReason;

    bool ok() const { return errors.empty(); }
    const JobPlan *job(const std::string &name) const;
};

} // namespace OpsDeck::Pipelines
