// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "yamlvalue.h"

#include <opsdeck/pipelines/pipelinereader.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace OpsDeck::Pipelines::Internal {

using VarList = std::vector<std::pair<std::string, std::string>>;

void readGitLab(const IRepositoryFiles &files, const std::string &path, const PipelineContext &ctx, Plan &plan);
void readGitHub(const IRepositoryFiles &files, const std::string &path, const PipelineContext &ctx, Plan &plan);
void readNative(const IRepositoryFiles &files, const std::string &path, const PipelineContext &ctx, Plan &plan);

/// Replaces $VAR and ${VAR} from \a vars ("$$" stays a literal "$"); unknown names become "".
std::string expandVariables(const std::string &text, const std::map<std::string, std::string> &vars);

/// Reads \a path at the commit and parses it. When the file is missing, the
/// plan gets \a missing at \a where; when it is not YAML, the parser's
/// error at file:line:column. Either way nothing is returned.
std::optional<YamlDocuments> readYamlFile(const IRepositoryFiles &files, const std::string &path,
                                          const SourcePosition &where, const std::string &missing, Plan &plan);

/// Warns about every key of \a map that is not in \a known.
void warnUnknownKeys(const Value &map, std::initializer_list<std::string_view> known,
                     const std::string &where, Plan &plan);

/// The GitLab predefined variables a context implies (CI_COMMIT_BRANCH, CI_PIPELINE_SOURCE ...).
std::map<std::string, std::string> predefinedGitLabVariables(const PipelineContext &ctx);

} // namespace OpsDeck::Pipelines::Internal
