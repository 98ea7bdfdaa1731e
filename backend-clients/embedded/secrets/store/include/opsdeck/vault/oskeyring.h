// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

/**
 * \file
 * Quick unlock through the operating system's keyring (Secret Service on
 * Linux, Keychain on macOS, Credential Store on Windows), by qtkeychain.
 *
 * The keyring keeps one random 32-byte key per vault and machine; the vault's
 * key file holds the unlock key wrapped under it (an "os-keyring" unlocker,
 * docs/vault-format.md). Nothing else of the vault goes to the keyring, and
 * qtkeychain's plaintext fallback is never used: without a keyring service,
 * quick unlock is simply unavailable.
 *
 * The jobs are asynchronous. They run on the thread of the \a context object
 * given to them, which must have an event loop (the GUI thread; in opsctl,
 * the main thread while it waits in a local event loop).
 */

#include <opsdeck/api/result.h>
#include <opsdeck/api/secretstore.h>

#include <QObject>
#include <QString>

#include <functional>
#include <string>

namespace OpsDeck::Vault::OsKeyring {

/** The unlocker id for \a identity on this machine: "os-keyring:<identity>@<host>". */
std::string unlockerId(const QString &identity);
/** Whose keyring it is, for people: "<identity>@<host>". */
std::string label(const QString &identity);
/** The keyring entry of unlocker \a unlockerId of the vault \a vaultIdHex. */
QString entryName(const std::string &vaultIdHex, const std::string &unlockerId);

using ReadDone = std::function<void(Result<Backend::SecretBytes>)>;
using Done = std::function<void(Result<>)>;

/**
 * Reads \a entry; \a done runs on \a context's thread (never if \a context is
 * destroyed first). A missing entry fails with ErrorCode::NotFound, no
 * keyring service with ErrorCode::Unavailable.
 */
void read(const QString &entry, QObject *context, ReadDone done);
/** Stores \a key under \a entry (replacing what was there). */
void write(const QString &entry, const Backend::SecretBytes &key, QObject *context, Done done);
/** Deletes \a entry; a missing entry is not an error. */
void remove(const QString &entry, QObject *context, Done done);

/** Blocking forms for command-line tools: wait in a local event loop for at most \a timeoutMs. */
Result<Backend::SecretBytes> readNow(const QString &entry, int timeoutMs = 15000);
Result<> writeNow(const QString &entry, const Backend::SecretBytes &key, int timeoutMs = 15000);
Result<> removeNow(const QString &entry, int timeoutMs = 15000);

} // namespace OpsDeck::Vault::OsKeyring
