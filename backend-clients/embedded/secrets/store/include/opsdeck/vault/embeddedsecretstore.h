// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/secretstore.h>
#include <opsdeck/vault/vaultengine.h>

#include <QThreadPool>

#include <memory>

namespace OpsDeck::Vault {

/**
 * The embedded vault as an ISecretStore. Every call runs on the store's own
 * worker thread (the KDF, crypto and fsync never run on the caller's), and
 * acts as one identity (the local user unless set otherwise), so the vault's
 * policies and audit log apply to the console like to any other client.
 */
class EmbeddedSecretStore final : public Backend::ISecretStore
{
    Q_OBJECT
public:
    /** Makes a new vault in \a dir with \a owner as admin; the store is locked afterwards. */
    static Result<std::unique_ptr<EmbeddedSecretStore>> create(const QString &dir,
                                                                const Backend::SecretBytes &passphrase,
                                                                const Argon2Params &kdf, const QString &owner);
    /** Opens the vault in \a dir, locked; acts as \a identity. */
    static Result<std::unique_ptr<EmbeddedSecretStore>> open(const QString &dir, const QString &identity);
    ~EmbeddedSecretStore() override;

    QString displayName() const override;
    bool isLocked() const override;
    QFuture<Result<>> unlock(const Backend::SecretBytes &passphrase) override;
    void lock() override;
    QFuture<Result<QList<Backend::SecretInfo>>> list(const QString &prefix) override;
    QFuture<Result<Backend::SecretBytes>> read(const QString &path, int version = 0) override;
    QFuture<Result<Backend::SecretInfo>> write(const QString &path, const Backend::SecretBytes &value) override;

    VaultEngine &engine() { return *m_engine; }

private:
    EmbeddedSecretStore(std::shared_ptr<VaultEngine> engine, const QString &identity);
    RequestContext context() const;
    void signalLockState();

    struct LockState;
    std::shared_ptr<VaultEngine> m_engine;
    QString m_identity;
    std::shared_ptr<LockState> m_lockState;
    QThreadPool m_pool;
    bool m_signalledLocked = true;
};

/** The backend API's error for a vault status. */
Error toError(const VaultStatus &status);

} // namespace OpsDeck::Vault
