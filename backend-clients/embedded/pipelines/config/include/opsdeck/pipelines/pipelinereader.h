// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/pipelines/pipelineplan.h>

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace OpsDeck::Pipelines {

/**
 * The files of a repository at one commit. The engine backs it with libgit2;
 * tests back it with a folder. Paths are relative to the repository root,
 * with '/' separators and no leading "./".
 */
class IRepositoryFiles
{
public:
    virtual ~IRepositoryFiles() = default;
    /// The file's bytes, or nothing when it does not exist.
    virtual std::optional<std::string> read(const std::string &path) const = 0;
    /// Every file whose path matches \a glob (see globMatch), sorted.
    virtual std::vector<std::string> list(const std::string &glob) const = 0;
};

/// A folder on disk as a repository (".git" is skipped).
class FolderFiles final : public IRepositoryFiles
{
public:
    explicit FolderFiles(std::filesystem::path root);
    std::optional<std::string> read(const std::string &path) const override;
    std::vector<std::string> list(const std::string &glob) const override;

private:
    std::filesystem::path m_root;
    mutable std::optional<std::vector<std::string>> m_all;
};

/// What the pipeline runs for: it decides rules, only/except, workflow:rules and GitHub `on:`.
struct PipelineContext
{
    std::string branch;            ///< empty for a tag pipeline
    std::string tag;               ///< set for a tag pipeline
    std::string source = "push";   ///< push, web, schedule, merge_request_event, api, trigger
    std::string defaultBranch = "main";
    std::map<std::string, std::string> variables; ///< extra / overriding CI variables
    /// Files changed by the commit; without it rules:changes and only:changes match (run rather than skip).
    std::optional<std::vector<std::string>> changedFiles;
};

/**
 * Reads the pipeline file \a path at the commit \a files shows and turns it into a plan.
 * The format follows the path: ".opsdeck/..." native, ".github/workflows/..." GitHub
 * Actions, anything else GitLab CI (a file with top-level `on:` and `jobs:` is GitHub).
 * Never throws; an invalid file gives a plan with errors at file:line:column.
 *
 * \code
 * FolderFiles repo("/path/to/checkout");
 * Plan plan = readPipeline(repo, ".gitlab-ci.yml", {.branch = "main"});
 * for (const JobPlan &job : plan.jobs) std::cout << job.name << '\n';
 * \endcode
 */
Plan readPipeline(const IRepositoryFiles &files, const std::string &path,
                  const PipelineContext &context);

/// The same as readPipeline with the format given, not guessed from the path.
Plan readPipeline(const IRepositoryFiles &files, const std::string &path,
                  const PipelineContext &context, PipelineFormat format);

/**
 * What `opsctl pipelines validate FILE --json` prints: {"file", "format", "valid", "stages",
 * "jobs": [{name, stage, when, allow_failure, needs}], "warnings", "unresolved", "errors"}.
 */
std::string planToJson(const Plan &plan);
/// What `opsctl pipelines validate FILE` prints: errors and warnings as "file:line:column: message", one a line.
std::string planToText(const Plan &plan);

/// Glob over '/'-separated paths: `*` and `?` stay inside one folder, `**` crosses folders,
/// `[abc]` classes and `{a,b}` alternatives; a leading dot is matched like any character.
bool globMatch(std::string_view pattern, std::string_view path);

/// Evaluates a GitLab `rules:if` / `only:variables` expression against \a variables.
/// Throws std::invalid_argument with the column on a syntax error.
bool evaluateGitLabCondition(const std::string &expression,
                             const std::map<std::string, std::string> &variables);

/// What a GitHub `${{ }}` condition can see while it is evaluated.
struct GitHubExpressionContext
{
    std::map<std::string, std::string> values; ///< "github.ref", "env.X", "matrix.os", "inputs.x" ...
    std::string jobStatus = "success";          ///< success, failure, cancelled
};
/// Evaluates a GitHub `if:` (with or without ${{ }}); truthy as GitHub defines it.
bool evaluateGitHubCondition(const std::string &expression, const GitHubExpressionContext &context);
/// Replaces every ${{ expr }} in \a text with its value (strings, numbers, booleans).
std::string expandGitHubExpressions(const std::string &text, const GitHubExpressionContext &context);

} // namespace OpsDeck::Pipelines
