// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/secretstore.h>
#include <opsdeck/reliability/health.h>

#include <QThreadPool>

#include <memory>

namespace OpsDeck::Test {

/**
 * An in-memory ISecretStore (see secretstorecontract.h for the rules it
 * shares with every secret store, and mockbackends.h for the threading model).
 *
 * - It starts locked; unlock() with the passphrase given to the constructor
 *   opens it. A wrong passphrase fails with ErrorCode::Unauthenticated and the
 *   store stays locked. An unlock() still running when lock() is called fails
 *   with ErrorCode::Cancelled and leaves the store locked.
 * - While locked, list(), read() and write() fail with
 *   ErrorCode::Unauthenticated (not PermissionDenied: the remedy is to unlock,
 *   not to ask for a grant). lock() does not drop the data, only access to it;
 *   unlike a real vault, values are held in plain (wiped-on-free) memory.
 * - Paths are "a/b/c": non-empty segments, no "." or "..", no leading or
 *   trailing "/"; anything else is InvalidArgument "path".
 * - write() makes version current+1 (from 1); read(path, 0) is the current
 *   version, read(path, n) version n; a missing path or version is NotFound;
 *   a negative version is InvalidArgument "version".
 * - list(prefix) returns the secrets at or below the folder \a prefix
 *   ("a/b" lists "a/b/c" and "a/b" but not "a/bc"), sorted by path; an empty
 *   prefix lists everything.
 * - lockedChanged() is emitted on the owner thread whenever isLocked() differs
 *   from the value last signalled: synchronously from lock(), from the event
 *   loop after an unlock.
 */
class MemorySecretStore final : public Backend::ISecretStore
{
    Q_OBJECT
public:
    MemorySecretStore(const QString &displayName, const Backend::SecretBytes &passphrase,
                      QObject *parent = nullptr);
    ~MemorySecretStore() override;

    QString displayName() const override;

    bool isLocked() const override;
    QFuture<Result<>> unlock(const Backend::SecretBytes &passphrase) override;
    void lock() override;
    QFuture<Result<QList<Backend::SecretInfo>>> list(const QString &prefix) override;
    QFuture<Result<Backend::SecretBytes>> read(const QString &path, int version = 0) override;
    QFuture<Result<Backend::SecretInfo>> write(const QString &path, const Backend::SecretBytes &value,
                                               Backend::SecretKind kind = Backend::SecretKind::Auto) override;

    /** Publishes a one-check health report in \a state. */
    void setHealthState(Reliability::HealthState state, const QString &message = {});

private:
    void signalLockState();

    struct State;
    QString m_displayName;
    std::shared_ptr<State> m_state;
    bool m_signalledLocked = true; // owner thread only
    QThreadPool m_pool;
};

} // namespace OpsDeck::Test
