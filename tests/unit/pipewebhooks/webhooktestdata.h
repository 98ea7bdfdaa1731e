// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace OpsDeck::Test {

/// ../shared/data/ci/webhooks, as a std::string path.
std::string webhookDataDir();
/// The bytes of \a relative (to webhookDataDir()); fails the test when unreadable.
std::string readWebhookFile(const std::string &relative);
/// Paths (relative to webhookDataDir()) of every .json file under \a folder, sorted.
std::vector<std::string> webhookFiles(const std::string &folder);
/// signature-vectors.json, parsed.
const nlohmann::json &signatureVectors();
/// "sha256=" + lowercase hex HMAC-SHA-256 of \a body under \a secret.
std::string signGitHub(std::string_view secret, std::string_view body);

} // namespace OpsDeck::Test
