// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

/**
 * \file
 * Import and export formats of the vault (docs/secrets.md, "Import and export"):
 *
 *   .env   KEY=value lines; "export " before KEY, # comments and blank lines
 *          are allowed; "double quoted" values know \n \t \" \\ escapes,
 *          'single quoted' values are literal. KEY becomes PREFIX/KEY.
 *   JSON   {"team/app/name": "value", "team/app/db": {"user": "…", "password": "…"}}:
 *          a string is a string (multi-line when it has a line break), an
 *          object of strings is a key/value map.
 *
 * Every error names the line and column. Values are kept in SecureBuffers.
 */

#include "opsdeck/vault/vaultengine.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace OpsDeck::Vault {

bool parseDotEnv(std::string_view text, std::string_view prefix, std::vector<PutItem> &items, std::string *error);
bool parseJsonSecrets(std::string_view text, std::vector<PutItem> &items, std::string *error);

/**
 * The .env form of \a values, keys relative to \a prefix with every byte
 * other than A–Z, a–z, 0–9 and _ made _. Two paths that give the same key
 * are an error naming both.
 */
bool formatDotEnv(const std::vector<std::pair<std::string, SecureBuffer>> &values, std::string_view prefix,
                  SecureBuffer &out, std::string *error);
/** The JSON form (maps as objects), keys sorted, one secret per line. */
bool formatJsonSecrets(const std::vector<std::pair<std::string, SecureBuffer>> &values,
                       const std::vector<ValueKind> &kinds, SecureBuffer &out, std::string *error);

} // namespace OpsDeck::Vault
