// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/vault/vaultengine.h>

#include <optional>
#include <string>

namespace OpsDeck::Vault {

/**
 * Makes the demo vault in \a dir: secrets for a payments service, a web
 * app, CI and the infrastructure team, with the seed's policies (the
 * payment-service reads only its own secrets), metadata and rotation
 * policies — some secrets due or overdue, their versions dated back — and
 * an audit trail with allowed and denied requests. \a passphrase receives
 * the random passphrase (four words and a number).
 */
VaultStatus createDemoVault(const std::string &dir, const std::string &owner, std::optional<Argon2Params> kdf,
                            VaultOptions options, std::string &passphrase);

} // namespace OpsDeck::Vault
