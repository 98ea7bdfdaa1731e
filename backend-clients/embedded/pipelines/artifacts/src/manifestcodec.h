// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Manifest files (docs/artifact-store.md, "Manifests"). Internal.

#include "opsdeck/pipelines/artifactstore.h"

#include <string>
#include <string_view>

namespace OpsDeck::Pipelines::Internal {

bool checkRunId(std::string_view runId, std::string *error);
bool checkJobName(std::string_view jobName, std::string *error);

/** The file name of a job's manifest: the job name percent-encoded, ".json". */
std::string manifestFileName(std::string_view jobName);

std::string encodeManifest(const ArtifactManifest &manifest);
/** \a where names the file in messages ("manifests/1042/build.json"). */
bool decodeManifest(std::string_view text, const std::string &where, ArtifactManifest *out, std::string *error);

} // namespace OpsDeck::Pipelines::Internal
