// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/api/secretstore.h"

#include "apitr.h"

#include <QFuture>

#include <cstring>
#include <strings.h> // explicit_bzero

namespace OpsDeck::Backend {

namespace {
// explicit_bzero is not elided by the optimiser the way a final memset is.
void wipe(std::vector<char> &bytes)
{
    if (!bytes.empty())
        explicit_bzero(bytes.data(), bytes.size());
    bytes.clear();
}
} // namespace

SecretBytes::SecretBytes(const char *data, qsizetype size)
    : m_bytes(data, data + size)
{
}

SecretBytes::SecretBytes(const SecretBytes &other)
    : m_bytes(other.m_bytes)
{
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
}

SecretBytes &SecretBytes::operator=(const SecretBytes &other)
{
    if (this != &other) {
        wipe(m_bytes);
        m_bytes = other.m_bytes;
    }
    return *this;
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        wipe(m_bytes);
        m_bytes = std::move(other.m_bytes);
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    wipe(m_bytes);
}

void SecretBytes::clear()
{
    wipe(m_bytes);
}

bool SecretBytes::equals(const SecretBytes &other) const
{
    if (m_bytes.size() != other.m_bytes.size())
        return false;
    unsigned char diff = 0;
    for (size_t i = 0; i < m_bytes.size(); ++i)
        diff |= static_cast<unsigned char>(m_bytes[i] ^ other.m_bytes[i]);
    return diff == 0;
}

namespace {
template<typename T>
QFuture<Result<T>> unsupported(const char *what)
{
    return QtFuture::makeReadyFuture<Result<T>>(
        fail(ErrorCode::Unsupported, OpsDeck::Backend::Tr::tr("This secret store cannot %1.").arg(OpsDeck::Backend::Tr::tr(what))));
}
} // namespace

QFuture<Result<>> ISecretStore::initialize(const SecretBytes &)
{
    return unsupported<void>(QT_TRANSLATE_NOOP("Backend", "create a vault"));
}
QFuture<Result<>> ISecretStore::unlockQuick()
{
    return unsupported<void>(QT_TRANSLATE_NOOP("Backend", "unlock with the system keyring"));
}
QFuture<Result<>> ISecretStore::enableQuickUnlock()
{
    return unsupported<void>(QT_TRANSLATE_NOOP("Backend", "turn on quick unlock"));
}
QFuture<Result<>> ISecretStore::disableQuickUnlock()
{
    return unsupported<void>(QT_TRANSLATE_NOOP("Backend", "turn off quick unlock"));
}
QFuture<Result<SecretInfo>> ISecretStore::info(const QString &)
{
    return unsupported<SecretInfo>(QT_TRANSLATE_NOOP("Backend", "show metadata"));
}
QFuture<Result<SecretInfo>> ISecretStore::setMetadata(const QString &, const SecretMetadata &)
{
    return unsupported<SecretInfo>(QT_TRANSLATE_NOOP("Backend", "change metadata"));
}
QFuture<Result<SecretInfo>> ISecretStore::rollback(const QString &, int)
{
    return unsupported<SecretInfo>(QT_TRANSLATE_NOOP("Backend", "roll back a secret"));
}
QFuture<Result<SecretInfo>> ISecretStore::rotate(const QString &)
{
    return unsupported<SecretInfo>(QT_TRANSLATE_NOOP("Backend", "rotate a secret"));
}
QFuture<Result<>> ISecretStore::remove(const QString &, int)
{
    return unsupported<void>(QT_TRANSLATE_NOOP("Backend", "delete a version"));
}
QFuture<Result<>> ISecretStore::undelete(const QString &, int)
{
    return unsupported<void>(QT_TRANSLATE_NOOP("Backend", "undelete a version"));
}
QFuture<Result<>> ISecretStore::destroy(const QString &, int)
{
    return unsupported<void>(QT_TRANSLATE_NOOP("Backend", "destroy a version"));
}
QFuture<Result<QString>> ISecretStore::policyDocument()
{
    return unsupported<QString>(QT_TRANSLATE_NOOP("Backend", "show its policies"));
}
QFuture<Result<>> ISecretStore::setPolicyDocument(const QString &)
{
    return unsupported<void>(QT_TRANSLATE_NOOP("Backend", "change its policies"));
}
QFuture<Result<AccessDecision>> ISecretStore::check(const QString &, const QString &, const QString &)
{
    return unsupported<AccessDecision>(QT_TRANSLATE_NOOP("Backend", "check access"));
}
QFuture<Result<QList<AuditRecord>>> ISecretStore::auditLog(const AuditQuery &)
{
    return unsupported<QList<AuditRecord>>(QT_TRANSLATE_NOOP("Backend", "show its audit log"));
}
QFuture<Result<AuditCheck>> ISecretStore::verifyAudit()
{
    return unsupported<AuditCheck>(QT_TRANSLATE_NOOP("Backend", "verify its audit log"));
}

} // namespace OpsDeck::Backend
