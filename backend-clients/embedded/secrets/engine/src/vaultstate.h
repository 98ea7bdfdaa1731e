// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

/**
 * \file
 * What this machine last saw of a vault, kept outside the vault folder so
 * that putting back an older copy of the folder is caught (docs/vault-format.md,
 * "Rollback detection"). One line of text with a MAC under K_state:
 *
 *   opsdeck-vault-state 1 <keys generation> <log epoch> <log records> <audit seq> <hex HMAC>
 */

#include "opsdeck/vault/crypto.h"

#include <cstdint>
#include <string>

namespace OpsDeck::Vault {

struct VaultState
{
    std::uint64_t keysGeneration = 0;
    std::uint64_t logEpoch = 0;
    std::uint64_t logRecords = 0;
    std::uint64_t auditSeq = 0;
};

/** The state file of the vault \a vaultId under \a stateDir (empty: the default folder). */
std::string vaultStatePath(const std::string &stateDir, ByteView vaultId);

enum class StateRead { Missing, Ok, Invalid };
/** Reads \a path; Invalid when its MAC does not check out (changed, or another vault's). */
StateRead readVaultState(const std::string &path, ByteView key, VaultState &state);

/**
 * Replaces \a path (write and rename; no fsync: the state only ever lags the
 * vault, which is durable first, so a lost update never causes a false alarm).
 */
bool writeVaultState(const std::string &path, ByteView key, const VaultState &state, std::string *error);

/** The first counter in which \a now is behind \a seen, in words; empty when none is. */
std::string rollbackProblem(const VaultState &seen, const VaultState &now);

} // namespace OpsDeck::Vault
