// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "jobscript.h"

#include <cstdlib>

namespace OpsDeck::Pipelines {

namespace {

/// A word the shell reads back exactly: '…' with every ' written as '\''.
std::string shellQuote(const std::string &text)
{
    std::string out = "'";
    for (const char c : text) {
        if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
    out += '\'';
    return out;
}

/// gitlab-runner's way: echo each command in bold green, then run it.
std::string gitlabScript(const std::vector<std::string> &lines)
{
    std::string script;
    for (const std::string &line : lines) {
        script += "printf '\\033[32;1m$ %s\\033[0;m\\n' " + shellQuote(line) + "\n";
        script += line;
        script += '\n';
    }
    return script;
}

std::vector<std::string> shellArgv(const std::string &shell, const std::string &script)
{
    // GitHub's defaults: bash with -eo pipefail, sh with -e.
    if (shell.empty() || shell == "bash")
        return {"/bin/bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script};
    if (shell == "sh")
        return {"/bin/sh", "-e", "-c", script};
    if (shell == "python" || shell == "python3")
        return {"python3", "-c", script};
    if (shell == "pwsh" || shell == "powershell" || shell == "cmd")
        return {};
    // A custom template "command {0}": the script is passed as the last argument via -c when
    // the template is a known shell with {0}, else the template's words with {0} replaced.
    std::vector<std::string> words;
    std::string word;
    for (const char c : shell) {
        if (c == ' ') {
            if (!word.empty())
                words.push_back(word);
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.empty())
        words.push_back(word);
    std::vector<std::string> argv;
    for (const std::string &w : words) {
        if (w == "{0}") {
            argv.push_back("-c");
            argv.push_back(script);
        } else {
            argv.push_back(w);
        }
    }
    return argv;
}

void put(EnvList &env, const std::string &name, const std::string &value)
{
    for (auto &[n, v] : env) {
        if (n == name) {
            v = value;
            return;
        }
    }
    env.emplace_back(name, value);
}

std::string valueOf(const EnvList &env, const std::string &name, bool *found)
{
    for (const auto &[n, v] : env) {
        if (n == name) {
            *found = true;
            return v;
        }
    }
    *found = false;
    return {};
}

bool isNameChar(char c, bool first)
{
    return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (!first && c >= '0' && c <= '9');
}

} // namespace

std::string expandVariables(const std::string &text, const EnvList &env)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c != '$' || i + 1 >= text.size()) {
            out += c;
            continue;
        }
        if (text[i + 1] == '$') {
            out += '$';
            ++i;
            continue;
        }
        std::size_t start = i + 1;
        std::size_t end = start;
        bool braced = false;
        if (text[start] == '{') {
            braced = true;
            ++start;
            end = start;
        }
        while (end < text.size() && isNameChar(text[end], end == start))
            ++end;
        if (end == start || (braced && (end >= text.size() || text[end] != '}'))) {
            out += c;
            continue;
        }
        bool found = false;
        out += valueOf(env, text.substr(start, end - start), &found);
        i = braced ? end : end - 1;
    }
    return out;
}

std::vector<StepScript> stepsFor(const Plan &plan, const JobPlan &job)
{
    std::vector<StepScript> steps;
    if (plan.format == PipelineFormat::GitHub) {
        int index = 0;
        for (const Step &step : job.steps) {
            ++index;
            StepScript s;
            s.name = !step.name.empty() ? step.name
                : !step.uses.empty()    ? "uses: " + step.uses
                : step.run.substr(0, step.run.find('\n'));
            if (s.name.empty())
                s.name = "step " + std::to_string(index);
            s.workingDirectory = step.workingDirectory;
            s.env = step.env;
            s.condition = step.condition;
            s.continueOnError = step.continueOnError;
            s.timeoutSeconds = step.timeoutSeconds;
            if (!step.uses.empty()) {
                s.skippedReason = !step.unresolvedReason.empty()
                    ? step.unresolvedReason
                    : "actions are not run offline";
            } else {
                s.argv = shellArgv(step.shell, step.run);
                if (s.argv.empty())
                    s.skippedReason = "shell '" + step.shell + "' is not available on this machine";
            }
            steps.push_back(std::move(s));
        }
        return steps;
    }
    std::vector<std::string> lines = job.beforeScript;
    lines.insert(lines.end(), job.script.begin(), job.script.end());
    StepScript main;
    main.name = "script";
    // Native jobs run under /bin/sh -e (docs/pipeline-files.md); GitLab's
    // shell executor uses bash with errexit and pipefail.
    if (plan.format == PipelineFormat::Native)
        main.argv = {"/bin/sh", "-e", "-c", gitlabScript(lines)};
    else
        main.argv = {"/bin/bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", gitlabScript(lines)};
    steps.push_back(std::move(main));
    if (!job.afterScript.empty()) {
        StepScript after;
        after.name = "after_script";
        after.argv = {"/bin/bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", gitlabScript(job.afterScript)};
        after.always = true;
        after.timeoutSeconds = 300; // GitLab's after_script limit
        steps.push_back(std::move(after));
    }
    return steps;
}

EnvList jobEnvironment(const Plan &plan, const JobPlan &job, const RunFacts &facts)
{
    EnvList env;
    for (const char *name : {"PATH", "LANG", "LC_ALL", "TZ", "USER", "LOGNAME"}) {
        if (const char *value = std::getenv(name))
            env.emplace_back(name, value);
    }
    if (std::getenv("PATH") == nullptr)
        env.emplace_back("PATH", "/usr/local/bin:/usr/bin:/bin");
    put(env, "HOME", facts.home);
    put(env, "TMPDIR", facts.tmp);
    put(env, "CI", "true");
    const std::string ref = !facts.branch.empty() ? facts.branch : !facts.tag.empty() ? facts.tag : facts.commit;
    const std::string runId = facts.runId;
    const std::string jobId = std::to_string(facts.jobId);
    put(env, "OPSDECK_RUN_ID", runId);
    put(env, "OPSDECK_JOB_ID", jobId);
    put(env, "OPSDECK_JOB_NAME", job.name);
    put(env, "OPSDECK_REPOSITORY", facts.repository);
    put(env, "OPSDECK_COMMIT", facts.commit);
    put(env, "OPSDECK_REF", ref);
    put(env, "OPSDECK_ENVIRONMENT", job.environment ? job.environment->name : facts.environment);
    put(env, "OPSDECK_WORKSPACE", facts.workspace);

    if (plan.format == PipelineFormat::GitHub) {
        put(env, "GITHUB_ACTIONS", "true");
        put(env, "GITHUB_SHA", facts.commit);
        put(env, "GITHUB_REF", !facts.tag.empty() ? "refs/tags/" + facts.tag : "refs/heads/" + facts.branch);
        put(env, "GITHUB_REF_NAME", ref);
        put(env, "GITHUB_REF_TYPE", !facts.tag.empty() ? "tag" : "branch");
        put(env, "GITHUB_REPOSITORY", facts.repository);
        put(env, "GITHUB_RUN_ID", runId);
        put(env, "GITHUB_JOB", job.baseName);
        put(env, "GITHUB_WORKSPACE", facts.workspace);
        put(env, "GITHUB_EVENT_NAME", "push");
        put(env, "GITHUB_ACTOR", facts.createdBy);
        put(env, "RUNNER_OS", "Linux");
        put(env, "RUNNER_TEMP", facts.tmp);
    } else {
        put(env, "GITLAB_CI", plan.format == PipelineFormat::GitLab ? "true" : "false");
        put(env, "CI_COMMIT_SHA", facts.commit);
        put(env, "CI_COMMIT_SHORT_SHA", facts.commit.substr(0, 8));
        put(env, "CI_COMMIT_REF_NAME", ref);
        if (!facts.branch.empty())
            put(env, "CI_COMMIT_BRANCH", facts.branch);
        if (!facts.tag.empty())
            put(env, "CI_COMMIT_TAG", facts.tag);
        put(env, "CI_COMMIT_TITLE", facts.commitTitle);
        put(env, "CI_PIPELINE_ID", runId);
        put(env, "CI_PIPELINE_SOURCE", "push");
        put(env, "CI_JOB_ID", jobId);
        put(env, "CI_JOB_NAME", job.name);
        put(env, "CI_JOB_STAGE", job.stage);
        put(env, "CI_PROJECT_NAME", facts.repository);
        put(env, "CI_PROJECT_DIR", facts.workspace);
        put(env, "CI_BUILDS_DIR", facts.workspace);
        if (job.parallelTotal > 0) {
            put(env, "CI_NODE_INDEX", std::to_string(job.parallelIndex));
            put(env, "CI_NODE_TOTAL", std::to_string(job.parallelTotal));
        }
        if (job.environment) {
            put(env, "CI_ENVIRONMENT_NAME", job.environment->name);
            put(env, "CI_ENVIRONMENT_URL", job.environment->url);
        }
    }
    // Pipeline then job variables (matrix values last), each expanded against what is set so far.
    for (const auto &[name, value] : plan.variables)
        put(env, name, expandVariables(value, env));
    for (const auto &[name, value] : job.variables)
        put(env, name, expandVariables(value, env));
    return env;
}

} // namespace OpsDeck::Pipelines
