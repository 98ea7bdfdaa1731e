// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "opsdeck/api/backend.h"

#include <QByteArray>
#include <QDateTime>
#include <QFuture>
#include <QStringList>

#include <vector>

namespace OpsDeck::Backend {

/**
 * Bytes that hold a secret: never implicitly shared, wiped when destroyed or
 * overwritten. Copying makes an explicit second buffer that is wiped too.
 * Deliberately has no conversion to QString or QByteArray.
 */
class OPSDECK_BACKENDAPI_EXPORT SecretBytes
{
public:
    SecretBytes() = default;
    SecretBytes(const char *data, qsizetype size);
    static SecretBytes fromUtf8(QByteArrayView bytes) { return {bytes.data(), bytes.size()}; }
    SecretBytes(const SecretBytes &other);
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(const SecretBytes &other);
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    ~SecretBytes();

    const char *data() const { return m_bytes.data(); }
    qsizetype size() const { return qsizetype(m_bytes.size()); }
    bool isEmpty() const { return m_bytes.empty(); }
    QByteArrayView view() const { return {m_bytes.data(), qsizetype(m_bytes.size())}; }
    void clear();
    /** Constant-time comparison. */
    bool equals(const SecretBytes &other) const;

private:
    std::vector<char> m_bytes;
};

/** How a value is shaped; the console shows each kind its own way. */
enum class SecretKind {
    Auto,      ///< for write(): MultiLine when the value holds a line break, String otherwise
    String,
    MultiLine, ///< PEM certificates, keys, config files
    Map,       ///< a JSON object of string values, {"user": "…", "password": "…"}
};

/** Where a secret stands against its rotation policy (docs/secrets.md, "Rotation"). */
enum class RotationState {
    None,    ///< no rotation policy
    Ok,
    Due,     ///< within the due window before its maximum age
    Overdue, ///< older than its maximum age
};

/** One version of a secret, without its value. */
struct OPSDECK_BACKENDAPI_EXPORT SecretVersion
{
    int version = 0;
    SecretKind kind = SecretKind::String;
    QString createdBy;
    QDateTime createdAt;
    bool deleted = false;   ///< soft-deleted: undelete brings it back
    bool destroyed = false; ///< its ciphertext is gone for good
};

/** What a person says about a secret: everything but the value. */
struct OPSDECK_BACKENDAPI_EXPORT SecretMetadata
{
    QString owner;
    QString description;
    QStringList tags;
    QDateTime expiresAt;   ///< invalid = never
    int rotationDays = 0;  ///< maximum age of the current version; 0 = no rotation policy
    /**
     * How rotate() makes the next value: "random:LENGTH:SET" with SET one of
     * alnum, hex, base64url, printable; or "command:COMMAND LINE", whose
     * standard output becomes the value (docs/secrets.md, "Generators").
     */
    QString generator;
};

/** What is known about a secret without decrypting it. */
struct OPSDECK_BACKENDAPI_EXPORT SecretInfo
{
    QString path;              ///< "team/app/name"
    int version = 0;           ///< current version, from 1 (0: every version deleted)
    SecretKind kind = SecretKind::String;
    QString owner;
    QString description;
    QStringList tags;
    QString createdBy;
    QString updatedBy;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime expiresAt;       ///< invalid = never
    int rotationDays = 0;
    QString generator;
    RotationState rotation = RotationState::None;
    QDateTime rotateBy;        ///< when the current version reaches its maximum age (invalid: no policy)
    QList<SecretVersion> versions;

    SecretMetadata metadata() const { return {owner, description, tags, expiresAt, rotationDays, generator}; }
};

/** The answer to "can X do Y on Z?". */
struct OPSDECK_BACKENDAPI_EXPORT AccessDecision
{
    bool allowed = false;
    QString reason; ///< one line naming the policy and rule that decided
};

/** One entry of the vault's audit log. Never holds a value. */
struct OPSDECK_BACKENDAPI_EXPORT AuditRecord
{
    quint64 seq = 0;
    QDateTime time;
    QString identity;
    QString action;   ///< read, list, create, update, delete, rotate, unlock, policy-change, export, …
    QString path;
    bool allowed = false;
    QString reason;
    qint64 pid = 0;
    QString process;
    QString host;
};

/** Which audit entries to return, newest first. */
struct OPSDECK_BACKENDAPI_EXPORT AuditQuery
{
    QString identity;   ///< empty: everyone
    QString pathPrefix; ///< folder; empty: every path
    QString action;     ///< empty: every action
    bool deniedOnly = false;
    QDateTime since;    ///< invalid: from the start
    int limit = 1000;
};

/** The result of checking the whole audit chain. */
struct OPSDECK_BACKENDAPI_EXPORT AuditCheck
{
    bool intact = false;
    quint64 entries = 0;  ///< entries that checked out, from the start
    quint64 firstBad = 0; ///< sequence number of the first bad entry (0 when intact)
    QString problem;      ///< what is wrong and where, one line
};

/** The vault: unlock, list, read and write secrets. */
class OPSDECK_BACKENDAPI_EXPORT ISecretStore : public IBackend
{
    Q_OBJECT
public:
    static constexpr Capability kCapability = Capability::SecretStore;
    using IBackend::IBackend;
    Capability capability() const final { return kCapability; }

    virtual bool isLocked() const = 0;
    /** Opens the vault; a wrong passphrase fails with ErrorCode::Unauthenticated. */
    virtual QFuture<Result<>> unlock(const SecretBytes &passphrase) = 0;
    /** Forgets every key in memory at once. */
    virtual void lock() = 0;
    virtual QFuture<Result<QList<SecretInfo>>> list(const QString &prefix) = 0;
    /** Reads \a path at \a version (0 = current). Audited. */
    virtual QFuture<Result<SecretBytes>> read(const QString &path, int version = 0) = 0;
    /** Writes a new version of \a path. Audited. */
    virtual QFuture<Result<SecretInfo>> write(const QString &path, const SecretBytes &value,
                                              SecretKind kind = SecretKind::Auto) = 0;

    // The rest is optional: a store without it fails with ErrorCode::Unsupported.

    /** Whether a vault exists yet; when not, initialize() makes one. */
    virtual bool isInitialized() const { return true; }
    /** Makes a new vault protected by \a passphrase, its creator (identity()) admin; leaves it locked. */
    virtual QFuture<Result<>> initialize(const SecretBytes &passphrase);
    /** Who the store acts as; the vault's policies decide what it may do. */
    virtual QString identity() const { return {}; }
    /** A message for the person at the console, shown once (the demo vault's passphrase), then empty. */
    virtual QString takeFirstStartNotice() { return {}; }

    /**
     * Quick unlock: whether this vault can be opened on this machine with a
     * key kept in the operating system's keyring instead of the passphrase.
     */
    virtual bool hasQuickUnlock() const { return false; }
    /** Whether this store can keep a key in the operating system's keyring at all. */
    virtual bool canQuickUnlock() const { return false; }
    /** Opens the vault with the key from the operating system's keyring. */
    virtual QFuture<Result<>> unlockQuick();
    /** Keeps a new key for this vault in the operating system's keyring (the vault must be unlocked). */
    virtual QFuture<Result<>> enableQuickUnlock();
    /** Forgets that key, here and in the keyring; the passphrase stays the way in. */
    virtual QFuture<Result<>> disableQuickUnlock();

    /** Metadata and versions of one secret (needs list). */
    virtual QFuture<Result<SecretInfo>> info(const QString &path);
    virtual QFuture<Result<SecretInfo>> setMetadata(const QString &path, const SecretMetadata &metadata);
    /** Makes a new version holding the value of \a version. */
    virtual QFuture<Result<SecretInfo>> rollback(const QString &path, int version);
    /** Makes a new version from the secret's generator. */
    virtual QFuture<Result<SecretInfo>> rotate(const QString &path);
    /** Soft-deletes \a version (0 = current); undelete() brings it back. */
    virtual QFuture<Result<>> remove(const QString &path, int version);
    virtual QFuture<Result<>> undelete(const QString &path, int version);
    /** Removes the ciphertext of \a version for good. */
    virtual QFuture<Result<>> destroy(const QString &path, int version);

    /** The identities and policies as a policy document (docs/vault-policy.md). */
    virtual QFuture<Result<QString>> policyDocument();
    virtual QFuture<Result<>> setPolicyDocument(const QString &document);
    /** "Can \a identity do \a capability on \a path?" without doing it. */
    virtual QFuture<Result<AccessDecision>> check(const QString &identity, const QString &capability,
                                                  const QString &path);
    virtual QFuture<Result<QList<AuditRecord>>> auditLog(const AuditQuery &query);
    virtual QFuture<Result<AuditCheck>> verifyAudit();

Q_SIGNALS:
    void lockedChanged(bool locked);
    /** Something needs attention: an anomaly rule fired, a background job failed. */
    void alert(const QString &message);
    /** takeFirstStartNotice() has something to show (e.g. the demo vault was just made). */
    void noticeAvailable();
};

} // namespace OpsDeck::Backend
