// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/vault/embeddedsecretstore.h"

#include "secretstoretr.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <mutex>

#include <unistd.h>

namespace OpsDeck::Vault {

using Backend::SecretBytes;
using Backend::SecretInfo;

namespace {

std::string toStd(const QString &s)
{
    return s.toStdString();
}

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

/** The bytes of \a secret as the engine takes them (no copy). */
ByteView viewOf(const SecretBytes &secret)
{
    return {reinterpret_cast<const unsigned char *>(secret.data()), static_cast<std::size_t>(secret.size())};
}

QDateTime fromMs(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

Error lockedError()
{
    return fail(ErrorCode::Unauthenticated, OpsDeck::Vault::Tr::tr("The vault is locked."),
                OpsDeck::Vault::Tr::tr("unlock it with its passphrase first"));
}

std::string hostName()
{
    char name[256] = {};
    return ::gethostname(name, sizeof name - 1) == 0 ? std::string(name) : std::string();
}

} // namespace

// The lock state lives beside the engine, so lock() answers at once even
// while a worker is deriving a key.
struct EmbeddedSecretStore::LockState
{
    std::atomic<bool> locked{true};
    std::atomic<quint64> epoch{0};
};

Error toError(const VaultStatus &status)
{
    const QString detail = fromStd(status.message);
    switch (status.code) {
    case VaultErrorCode::None:
        break;
    case VaultErrorCode::WrongPassphrase:
        return fail(ErrorCode::Unauthenticated, OpsDeck::Vault::Tr::tr("Wrong passphrase."), detail);
    case VaultErrorCode::Locked:
        return lockedError();
    case VaultErrorCode::Denied:
        return fail(ErrorCode::PermissionDenied, OpsDeck::Vault::Tr::tr("The vault's policies do not allow this."),
                    detail);
    case VaultErrorCode::NotFound:
        return fail(ErrorCode::NotFound, OpsDeck::Vault::Tr::tr("Not found in the vault."), detail);
    case VaultErrorCode::Invalid:
        return fail(ErrorCode::InvalidArgument, OpsDeck::Vault::Tr::tr("The vault refused a malformed request."),
                    detail);
    case VaultErrorCode::Corrupt:
        return fail(ErrorCode::Corrupt, OpsDeck::Vault::Tr::tr("A vault file failed its integrity check."), detail);
    case VaultErrorCode::Busy:
        return fail(ErrorCode::Conflict, OpsDeck::Vault::Tr::tr("The vault is in use by another process."), detail);
    case VaultErrorCode::Io:
        return fail(ErrorCode::Io, OpsDeck::Vault::Tr::tr("The vault's files cannot be written."), detail);
    case VaultErrorCode::AuditFailed:
        return fail(ErrorCode::Io, OpsDeck::Vault::Tr::tr("The audit log cannot be written, so nothing was done."),
                    detail);
    }
    return fail(ErrorCode::Internal, OpsDeck::Vault::Tr::tr("The vault failed."), detail);
}

Result<std::unique_ptr<EmbeddedSecretStore>> EmbeddedSecretStore::create(const QString &dir,
                                                                         const SecretBytes &passphrase,
                                                                         const Argon2Params &kdf,
                                                                         const QString &owner)
{
    VaultStatus status;
    std::shared_ptr<VaultEngine> engine
        = VaultEngine::create(toStd(QDir(dir).absolutePath()), viewOf(passphrase), kdf, toStd(owner), &status);
    if (!engine)
        return toError(status);
    engine->lock();
    return std::unique_ptr<EmbeddedSecretStore>(new EmbeddedSecretStore(std::move(engine), owner));
}

Result<std::unique_ptr<EmbeddedSecretStore>> EmbeddedSecretStore::open(const QString &dir, const QString &identity)
{
    VaultStatus status;
    std::shared_ptr<VaultEngine> engine = VaultEngine::open(toStd(QDir(dir).absolutePath()), &status);
    if (!engine)
        return toError(status);
    return std::unique_ptr<EmbeddedSecretStore>(new EmbeddedSecretStore(std::move(engine), identity));
}

EmbeddedSecretStore::EmbeddedSecretStore(std::shared_ptr<VaultEngine> engine, const QString &identity)
    : m_engine(std::move(engine)), m_identity(identity), m_lockState(std::make_shared<LockState>())
{
    // One worker: the engine serialises requests anyway, and one thread keeps
    // the order in which the console asked.
    m_pool.setMaxThreadCount(1);
    Reliability::HealthCheck check;
    check.name = QStringLiteral("embedded-vault");
    check.state = Reliability::HealthState::Healthy;
    check.message = OpsDeck::Vault::Tr::tr("Open");
    check.checkedAt = QDateTime::currentDateTimeUtc();
    setHealth(Reliability::HealthReport::fromChecks({check}));
}

EmbeddedSecretStore::~EmbeddedSecretStore()
{
    m_pool.waitForDone();
    m_engine->lock();
}

QString EmbeddedSecretStore::displayName() const
{
    return OpsDeck::Vault::Tr::tr("Local vault (%1)").arg(QDir::toNativeSeparators(fromStd(m_engine->dir())));
}

RequestContext EmbeddedSecretStore::context() const
{
    RequestContext who;
    who.identity = toStd(m_identity);
    who.pid = ::getpid();
    who.process = toStd(QFileInfo(QCoreApplication::applicationFilePath()).fileName());
    who.host = hostName();
    return who;
}

bool EmbeddedSecretStore::isLocked() const
{
    return m_lockState->locked.load();
}

void EmbeddedSecretStore::signalLockState()
{
    const bool locked = isLocked();
    if (locked == m_signalledLocked)
        return;
    m_signalledLocked = locked;
    Q_EMIT lockedChanged(locked);
}

QFuture<Result<>> EmbeddedSecretStore::unlock(const SecretBytes &passphrase)
{
    auto state = m_lockState;
    const quint64 epoch = state->epoch.load();
    return QtConcurrent::run(&m_pool, [this, state, epoch, passphrase, engine = m_engine, who = context()]() -> Result<> {
        const VaultStatus s = engine->unlock(viewOf(passphrase), who);
        if (!s.ok())
            return toError(s);
        if (state->epoch.load() != epoch) {
            engine->lock();
            return fail(ErrorCode::Cancelled, OpsDeck::Vault::Tr::tr("The vault was locked while it was unlocking."));
        }
        state->locked = false;
        QMetaObject::invokeMethod(this, [this] { signalLockState(); }, Qt::QueuedConnection);
        return {};
    });
}

void EmbeddedSecretStore::lock()
{
    auto state = m_lockState;
    ++state->epoch;
    state->locked = true;
    signalLockState();
    // Wiping the keys waits for a request in flight; do it off this thread.
    (void)QtConcurrent::run(&m_pool, [engine = m_engine] { engine->lock(); });
}

QFuture<Result<QList<SecretInfo>>> EmbeddedSecretStore::list(const QString &prefix)
{
    auto state = m_lockState;
    return QtConcurrent::run(&m_pool, [state, prefix, engine = m_engine, who = context()]() -> Result<QList<SecretInfo>> {
        if (state->locked)
            return lockedError();
        QString folder = prefix;
        while (folder.endsWith(u'/'))
            folder.chop(1);
        std::vector<SecretSummary> found;
        if (const VaultStatus s = engine->list(who, toStd(folder), found); !s.ok())
            return toError(s);
        QList<SecretInfo> out;
        for (const auto &summary : found) {
            SecretInfo info;
            info.path = fromStd(summary.path);
            info.version = static_cast<int>(summary.current);
            if (!summary.versions.empty()) {
                info.createdAt = fromMs(summary.versions.front().createdAtMs);
                const VersionInfo &current = summary.current > 0 ? summary.versions[summary.current - 1]
                                                                 : summary.versions.back();
                info.updatedAt = fromMs(current.createdAtMs);
                info.updatedBy = fromStd(current.createdBy);
            }
            out.append(info);
        }
        return out;
    });
}

QFuture<Result<SecretBytes>> EmbeddedSecretStore::read(const QString &path, int version)
{
    auto state = m_lockState;
    return QtConcurrent::run(&m_pool, [state, path, version, engine = m_engine, who = context()]() -> Result<SecretBytes> {
        if (state->locked)
            return lockedError();
        if (version < 0)
            return fail(ErrorCode::InvalidArgument, OpsDeck::Vault::Tr::tr("A version is 0 (current) or more."),
                        QString::number(version));
        SecureBuffer value;
        if (const VaultStatus s = engine->get(who, toStd(path), static_cast<std::uint32_t>(version), value); !s.ok())
            return toError(s);
        return SecretBytes(reinterpret_cast<const char *>(value.data()), static_cast<qsizetype>(value.size()));
    });
}

QFuture<Result<SecretInfo>> EmbeddedSecretStore::write(const QString &path, const SecretBytes &value)
{
    auto state = m_lockState;
    return QtConcurrent::run(&m_pool, [state, path, value, engine = m_engine, who = context()]() -> Result<SecretInfo> {
        if (state->locked)
            return lockedError();
        const ValueKind kind = value.view().contains('\n') ? ValueKind::MultiLine : ValueKind::String;
        VersionInfo written;
        if (const VaultStatus s = engine->put(who, toStd(path), viewOf(value), kind, &written); !s.ok())
            return toError(s);
        SecretInfo info;
        info.path = path;
        info.version = static_cast<int>(written.version);
        info.updatedBy = fromStd(written.createdBy);
        info.updatedAt = fromMs(written.createdAtMs);
        if (written.version == 1)
            info.createdAt = info.updatedAt;
        return info;
    });
}

} // namespace OpsDeck::Vault
