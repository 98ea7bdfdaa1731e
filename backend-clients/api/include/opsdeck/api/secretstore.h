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

/** What is known about a secret without decrypting it. */
struct OPSDECK_BACKENDAPI_EXPORT SecretInfo
{
    QString path;              ///< "team/app/name"
    int version = 0;           ///< current version, from 1
    QString owner;
    QString description;
    QStringList tags;
    QString updatedBy;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime expiresAt;       ///< invalid = never
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
    virtual QFuture<Result<SecretInfo>> write(const QString &path, const SecretBytes &value) = 0;

Q_SIGNALS:
    void lockedChanged(bool locked);
};

} // namespace OpsDeck::Backend
