// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

/**
 * \file
 * The contract every ISecretStore owes the console (embedded vault, remote,
 * fake).
 *
 * Calls and threading
 *  1. Every asynchronous call returns a future that finishes with exactly one
 *     result while the caller's event loop runs.
 *  2. lockedChanged() is emitted on the owner thread; after unlock() it comes
 *     from the event loop, not from inside unlock().
 *
 * Locking
 *  3. A new store is locked.
 *  4. unlock() with a wrong passphrase fails with ErrorCode::Unauthenticated;
 *     the store stays locked and lockedChanged() is not emitted.
 *  5. unlock() with the right passphrase succeeds; once its future has
 *     finished isLocked() is false, and lockedChanged(false) follows once.
 *  6. While locked, list(), read() and write() fail with
 *     ErrorCode::Unauthenticated (not PermissionDenied: unlocking is the
 *     remedy). lock() takes effect at once (isLocked() is true when it
 *     returns, lockedChanged(true) follows) and keeps the data for the next
 *     unlock.
 *
 * Data
 *  7. write() then read() returns the value byte for byte: binary (every byte
 *     value, NUL included), multi-line, UTF-8.
 *  8. Each write() of a path makes the next version, from 1, and returns its
 *     SecretInfo (path, version, valid updatedAt). read(path) and
 *     read(path, 0) give the current version, read(path, n) version n; old
 *     versions stay readable.
 *  9. Reading a path never written, or a version beyond the current one, is
 *     ErrorCode::NotFound.
 * 10. An empty path is ErrorCode::InvalidArgument.
 * 11. list(prefix) returns one SecretInfo per secret at or below the folder
 *     \a prefix ("a/b" covers "a/b/c" but not "a/bc") with its current
 *     version; an empty prefix lists every secret.
 *
 * Health
 * 12. After construction health() is not Unhealthy, capability() is
 *     SecretStore and displayName() is not empty.
 */

#include "contractsupport.h"

#include <opsdeck/api/secretstore.h>

#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <ostream>

namespace OpsDeck::Test {

/**
 * Makes a fresh, empty, locked secret store that \a passphrase unlocks;
 * \a scratchDir is a new empty folder per case.
 */
struct SecretStoreFactory
{
    QString name; ///< instantiation name: letters, digits and '_'
    std::function<std::unique_ptr<Backend::ISecretStore>(const QString &scratchDir,
                                                         const Backend::SecretBytes &passphrase)>
        make;
};

inline void PrintTo(const SecretStoreFactory &factory, std::ostream *os)
{
    *os << factory.name.toStdString();
}

class SecretStoreContract : public ::testing::TestWithParam<SecretStoreFactory>
{
protected:
    void SetUp() override;
    void TearDown() override;

    /** Unlocks with the right passphrase and waits; failure fails the case. */
    void unlockStore();
    /** Writes and waits; failure fails the case. */
    void writeSecret(const QString &path, const Backend::SecretBytes &value);

    static Backend::SecretBytes bytes(QByteArrayView text)
    {
        return Backend::SecretBytes::fromUtf8(text);
    }
    Backend::SecretBytes passphrase() const { return bytes("correct horse battery staple"); }

    QTemporaryDir m_scratch;
    std::unique_ptr<Backend::ISecretStore> m_store;
};

} // namespace OpsDeck::Test
