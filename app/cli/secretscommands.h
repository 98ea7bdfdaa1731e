// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "commands.h"

namespace OpsDeck::Cli {

struct SecretsOptions
{
    QStringList args;       ///< positional arguments after "secrets VERB"
    QString as;             ///< --as IDENTITY (default: the local user)
    QString value;          ///< --value V (else standard input)
    bool hasValue = false;
    int version = 0;        ///< --ver N (0: current)
    bool yes = false;       ///< --yes: confirms an export
    QString format;         ///< --format env|json (export)
    bool keyring = false;   ///< --keyring: unlock with the key in the system keyring
};

/**
 * `opsctl secrets VERB ...` on the workspace's vault (`<workspace>/vault`).
 * The passphrase comes from OPSDECK_VAULT_PASSPHRASE, else from a prompt on
 * the terminal with echo off. Every refusal is one line on stderr and a
 * non-zero exit code.
 */
int secretsCommand(const GlobalOptions &global, const QString &verb, const SecretsOptions &options);

} // namespace OpsDeck::Cli
