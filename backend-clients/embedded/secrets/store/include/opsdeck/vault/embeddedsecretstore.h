// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/secretstore.h>
#include <opsdeck/vault/vaultengine.h>

#include <QThreadPool>

#include <memory>
#include <optional>

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
    struct Options
    {
        /** The KDF cost for initialize(); unset: calibrated to 0.25 s on this machine. */
        std::optional<Argon2Params> kdf;
        /** Rollback state folder, anomaly rule, clock (onAlert is set by the store). */
        VaultOptions vault;
    };

    /** Makes a new vault in \a dir with \a owner as admin; the store is locked afterwards. */
    static Result<std::unique_ptr<EmbeddedSecretStore>> create(const QString &dir,
                                                                const Backend::SecretBytes &passphrase,
                                                                const Argon2Params &kdf, const QString &owner);
    /**
     * Opens the vault in \a dir, locked; acts as \a identity. A folder without
     * a vault gives a store that is not initialized yet (initialize() makes one).
     */
    static Result<std::unique_ptr<EmbeddedSecretStore>> open(const QString &dir, const QString &identity,
                                                              Options options = {});
    /**
     * Opens \a dir like open(); when it holds no vault, makes the demo vault
     * there in the background (secrets for a few applications, their
     * policies, some due for rotation, an audit trail). Its random passphrase
     * is the first-start notice.
     */
    static Result<std::unique_ptr<EmbeddedSecretStore>> openDemo(const QString &dir, const QString &identity,
                                                                  Options options = {});
    ~EmbeddedSecretStore() override;

    QString displayName() const override;
    bool isLocked() const override;
    QFuture<Result<>> unlock(const Backend::SecretBytes &passphrase) override;
    void lock() override;
    QFuture<Result<QList<Backend::SecretInfo>>> list(const QString &prefix) override;
    QFuture<Result<Backend::SecretBytes>> read(const QString &path, int version = 0) override;
    QFuture<Result<Backend::SecretInfo>> write(const QString &path, const Backend::SecretBytes &value,
                                               Backend::SecretKind kind = Backend::SecretKind::Auto) override;

    bool isInitialized() const override;
    QFuture<Result<>> initialize(const Backend::SecretBytes &passphrase) override;
    QString identity() const override { return m_identity; }
    QString takeFirstStartNotice() override;
    bool hasQuickUnlock() const override;
    bool canQuickUnlock() const override { return isInitialized(); }
    QFuture<Result<>> unlockQuick() override;
    QFuture<Result<>> enableQuickUnlock() override;
    QFuture<Result<>> disableQuickUnlock() override;
    QFuture<Result<Backend::SecretInfo>> info(const QString &path) override;
    QFuture<Result<Backend::SecretInfo>> setMetadata(const QString &path, const Backend::SecretMetadata &metadata) override;
    QFuture<Result<Backend::SecretInfo>> rollback(const QString &path, int version) override;
    QFuture<Result<Backend::SecretInfo>> rotate(const QString &path) override;
    QFuture<Result<>> remove(const QString &path, int version) override;
    QFuture<Result<>> undelete(const QString &path, int version) override;
    QFuture<Result<>> destroy(const QString &path, int version) override;
    QFuture<Result<QString>> policyDocument() override;
    QFuture<Result<>> setPolicyDocument(const QString &document) override;
    QFuture<Result<Backend::AccessDecision>> check(const QString &identity, const QString &capability,
                                                   const QString &path) override;
    QFuture<Result<QList<Backend::AuditRecord>>> auditLog(const Backend::AuditQuery &query) override;
    QFuture<Result<Backend::AuditCheck>> verifyAudit() override;

    /** The engine, or nullptr while there is no vault yet. */
    std::shared_ptr<VaultEngine> engine() const;

private:
    struct Shared;
    EmbeddedSecretStore(std::shared_ptr<Shared> shared, const QString &identity);
    RequestContext context() const;
    void signalLockState();
    /** After an unlock on the worker: unless lock() came meanwhile, the store is unlocked. */
    Result<> finishUnlock(VaultEngine &engine, quint64 epoch, const VaultStatus &status);
    /** Reads whether this machine's keyring unlocker is in the key file. */
    static void noteUnlockers(Shared &shared, const QString &identity);
    /** Runs \a job on the worker with the engine, unlocked; fails Locked/NotFound otherwise. */
    /** Runs \a job on the vault's pool, counted as operation \a op (a string literal). */
    template<typename T, typename Job>
    QFuture<Result<T>> run(const char *op, Job job);

    std::shared_ptr<Shared> m_shared;
    QString m_identity;
    QThreadPool m_pool;
    bool m_signalledLocked = true;
};

/** The backend API's error for a vault status. */
Error toError(const VaultStatus &status);

} // namespace OpsDeck::Vault
