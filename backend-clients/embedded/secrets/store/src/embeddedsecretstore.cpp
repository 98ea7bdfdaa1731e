// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/vault/embeddedsecretstore.h"

#include "opsdeck/vault/oskeyring.h"

#include "demovault.h"
#include "hostname.h"
#include "secretstoretr.h"

#include <opsdeck/metrics/registry.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <mutex>

#include <unistd.h>

namespace OpsDeck::Vault {

using Backend::SecretBytes;
using Backend::SecretInfo;
using Backend::SecretKind;

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
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

Error lockedError()
{
    return fail(ErrorCode::Unauthenticated, OpsDeck::Vault::Tr::tr("The vault is locked."),
                OpsDeck::Vault::Tr::tr("unlock it with its passphrase first"));
}

Error noVaultError()
{
    return fail(ErrorCode::NotFound, OpsDeck::Vault::Tr::tr("There is no vault yet."),
                OpsDeck::Vault::Tr::tr("create one first"));
}

SecretKind kindOf(ValueKind kind)
{
    switch (kind) {
    case ValueKind::String:
        return SecretKind::String;
    case ValueKind::MultiLine:
        return SecretKind::MultiLine;
    case ValueKind::Map:
        return SecretKind::Map;
    }
    return SecretKind::String;
}

Backend::RotationState rotationOf(RotationStatus s)
{
    switch (s) {
    case RotationStatus::None:
        return Backend::RotationState::None;
    case RotationStatus::Ok:
        return Backend::RotationState::Ok;
    case RotationStatus::Due:
        return Backend::RotationState::Due;
    case RotationStatus::Overdue:
        return Backend::RotationState::Overdue;
    }
    return Backend::RotationState::None;
}

SecretInfo toInfo(const SecretSummary &summary)
{
    SecretInfo info;
    info.path = fromStd(summary.path);
    info.version = static_cast<int>(summary.current);
    for (const VersionInfo &v : summary.versions) {
        Backend::SecretVersion version;
        version.version = static_cast<int>(v.version);
        version.kind = kindOf(v.kind);
        version.createdBy = fromStd(v.createdBy);
        version.createdAt = fromMs(v.createdAtMs);
        version.deleted = v.deleted;
        version.destroyed = v.destroyed;
        info.versions.append(version);
    }
    if (!summary.versions.empty()) {
        info.createdAt = fromMs(summary.versions.front().createdAtMs);
        info.createdBy = fromStd(summary.versions.front().createdBy);
        const VersionInfo &current
            = summary.current > 0 ? summary.versions[summary.current - 1] : summary.versions.back();
        info.updatedAt = fromMs(current.createdAtMs);
        info.updatedBy = fromStd(current.createdBy);
        info.kind = kindOf(current.kind);
    }
    const SecretMetadata &m = summary.metadata;
    info.owner = fromStd(m.owner);
    info.description = fromStd(m.description);
    for (const auto &tag : m.tags)
        info.tags.append(fromStd(tag));
    info.expiresAt = fromMs(m.expiresAtMs);
    info.rotationDays = static_cast<int>(m.rotationDays);
    info.generator = fromStd(m.generator);
    info.rotation = rotationOf(summary.rotation);
    info.rotateBy = fromMs(summary.rotateByMs);
    return info;
}

SecretMetadata toMetadata(const Backend::SecretMetadata &m)
{
    SecretMetadata out;
    out.owner = toStd(m.owner.trimmed());
    out.description = toStd(m.description);
    for (const QString &tag : m.tags) {
        if (!tag.trimmed().isEmpty())
            out.tags.push_back(toStd(tag.trimmed()));
    }
    out.expiresAtMs = m.expiresAt.isValid() ? m.expiresAt.toMSecsSinceEpoch() : 0;
    out.rotationDays = static_cast<std::uint32_t>(std::max(0, m.rotationDays));
    out.generator = toStd(m.generator.trimmed());
    return out;
}

ValueKind engineKind(SecretKind kind, const SecretBytes &value)
{
    switch (kind) {
    case SecretKind::Auto:
        return value.view().contains('\n') ? ValueKind::MultiLine : ValueKind::String;
    case SecretKind::String:
        return ValueKind::String;
    case SecretKind::MultiLine:
        return ValueKind::MultiLine;
    case SecretKind::Map:
        return ValueKind::Map;
    }
    return ValueKind::String;
}

} // namespace

// What the store and its worker jobs share: the engine (replaced once when a
// vault is made), and the lock state, which answers at once even while a
// worker is deriving a key.
struct EmbeddedSecretStore::Shared
{
    QString dir;
    Options options;
    mutable std::mutex mutex;
    std::shared_ptr<VaultEngine> engine; // null until a vault exists
    bool creating = false;               // the demo vault is being made
    QString notice;                      // shown once
    EmbeddedSecretStore *store = nullptr; // for alerts; cleared before it goes
    std::atomic<bool> locked{true};
    std::atomic<quint64> epoch{0};
    /** This machine's OS-keyring unlocker is in the key file (read without the engine's lock). */
    std::atomic<bool> quickUnlock{false};

    std::shared_ptr<VaultEngine> current() const
    {
        std::lock_guard lock(mutex);
        return engine;
    }
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
    {
        std::unique_ptr<VaultEngine> engine
            = VaultEngine::create(toStd(QDir(dir).absolutePath()), viewOf(passphrase), kdf, toStd(owner), &status);
        if (!engine)
            return toError(status);
    } // closes it: open() below takes the writer lock again
    Options options;
    options.kdf = kdf;
    return open(dir, owner, std::move(options));
}

Result<std::unique_ptr<EmbeddedSecretStore>> EmbeddedSecretStore::open(const QString &dir, const QString &identity,
                                                                       Options options)
{
    auto shared = std::make_shared<Shared>();
    shared->dir = QDir(dir).absolutePath();
    shared->options = std::move(options);
    // Alerts come from a worker; they reach the console on the store's thread.
    shared->options.vault.onAlert = [weak = std::weak_ptr<Shared>(shared)](const std::string &alert) {
        const auto s = weak.lock();
        if (!s)
            return;
        std::lock_guard lock(s->mutex);
        if (s->store) {
            QMetaObject::invokeMethod(
                s->store, [store = s->store, text = fromStd(alert)] { Q_EMIT store->alert(text); },
                Qt::QueuedConnection);
        }
    };
    if (QFileInfo::exists(QDir(shared->dir).filePath(QStringLiteral("keys.json")))) {
        VaultStatus status;
        shared->engine = VaultEngine::open(toStd(shared->dir), &status, shared->options.vault);
        if (!shared->engine)
            return toError(status);
    }
    return std::unique_ptr<EmbeddedSecretStore>(new EmbeddedSecretStore(std::move(shared), identity));
}

Result<std::unique_ptr<EmbeddedSecretStore>> EmbeddedSecretStore::openDemo(const QString &dir,
                                                                           const QString &identity, Options options)
{
    auto store = open(dir, identity, std::move(options));
    if (!store || (*store)->isInitialized())
        return store;
    auto shared = (*store)->m_shared;
    {
        std::lock_guard lock(shared->mutex);
        shared->creating = true;
    }
    (void)QtConcurrent::run(&(*store)->m_pool, [shared, owner = toStd(identity)] {
        std::string passphrase;
        VaultStatus s = createDemoVault(toStd(shared->dir), owner, shared->options.kdf, shared->options.vault,
                                        passphrase);
        std::shared_ptr<VaultEngine> engine;
        if (s.ok())
            engine = VaultEngine::open(toStd(shared->dir), &s, shared->options.vault);
        std::lock_guard lock(shared->mutex);
        shared->creating = false;
        shared->engine = std::move(engine);
        shared->notice = s.ok() ? OpsDeck::Vault::Tr::tr("The demo vault's passphrase is \"%1\". It is shown only "
                                                         "this once: note it now.")
                                      .arg(fromStd(passphrase))
                                : OpsDeck::Vault::Tr::tr("The demo vault could not be made: %1")
                                      .arg(fromStd(s.message));
        std::fill(passphrase.begin(), passphrase.end(), '\0');
        if (shared->store) {
            QMetaObject::invokeMethod(
                shared->store, [store = shared->store] { Q_EMIT store->noticeAvailable(); }, Qt::QueuedConnection);
        }
    });
    return store;
}

EmbeddedSecretStore::EmbeddedSecretStore(std::shared_ptr<Shared> shared, const QString &identity)
    : m_shared(std::move(shared)), m_identity(identity)
{
    // One worker: the engine serialises changes anyway, and one thread keeps
    // the order in which the console asked.
    m_pool.setMaxThreadCount(1);
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->store = this;
    }
    noteUnlockers(*m_shared, m_identity);
    Reliability::HealthCheck check;
    check.name = QStringLiteral("embedded-vault");
    check.state = Reliability::HealthState::Healthy;
    check.message = OpsDeck::Vault::Tr::tr("Open");
    check.checkedAt = QDateTime::currentDateTimeUtc();
    setHealth(Reliability::HealthReport::fromChecks({check}));
}

EmbeddedSecretStore::~EmbeddedSecretStore()
{
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->store = nullptr;
    }
    m_pool.waitForDone();
    if (auto engine = m_shared->current())
        engine->lock();
}

std::shared_ptr<VaultEngine> EmbeddedSecretStore::engine() const
{
    return m_shared->current();
}

QString EmbeddedSecretStore::displayName() const
{
    return OpsDeck::Vault::Tr::tr("Local vault (%1)").arg(QDir::toNativeSeparators(m_shared->dir));
}

RequestContext EmbeddedSecretStore::context() const
{
    RequestContext who;
    who.identity = toStd(m_identity);
    who.pid = ::getpid();
    who.process = toStd(QFileInfo(QCoreApplication::applicationFilePath()).fileName());
    who.host = thisHostName();
    return who;
}

bool EmbeddedSecretStore::isLocked() const
{
    return m_shared->locked.load();
}

bool EmbeddedSecretStore::isInitialized() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->engine != nullptr || m_shared->creating;
}

QString EmbeddedSecretStore::takeFirstStartNotice()
{
    std::lock_guard lock(m_shared->mutex);
    return std::exchange(m_shared->notice, QString());
}

void EmbeddedSecretStore::signalLockState()
{
    const bool locked = isLocked();
    if (locked == m_signalledLocked)
        return;
    m_signalledLocked = locked;
    Q_EMIT lockedChanged(locked);
}

namespace {
/** opsdeck_vault_operations_total{op, result}: every request, by what it was and how it ended. */
void countOperation(const char *op, const std::optional<Error> &error)
{
    static Metrics::CounterFamily *family = [] {
        auto made = Metrics::Registry::process().counter(QStringLiteral("opsdeck_vault_operations_total"),
                                                         QStringLiteral("Requests to the embedded vault, by operation and result."),
                                                         {QStringLiteral("op"), QStringLiteral("result")});
        return made ? *made : nullptr;
    }();
    if (family)
        family->with({QString::fromLatin1(op), error ? errorCodeName(error->code) : QStringLiteral("ok")}).inc();
}
} // namespace

template<typename T, typename Job>
QFuture<Result<T>> EmbeddedSecretStore::run(const char *op, Job job)
{
    return QtConcurrent::run(&m_pool, [shared = m_shared, who = context(), op, job = std::move(job)]() -> Result<T> {
        Result<T> result = [&]() -> Result<T> {
            auto engine = shared->current();
            if (!engine)
                return noVaultError();
            if (shared->locked)
                return lockedError();
            return job(*engine, who);
        }();
        countOperation(op, result ? std::nullopt : std::optional<Error>(result.error()));
        return result;
    });
}

QFuture<Result<>> EmbeddedSecretStore::initialize(const SecretBytes &passphrase)
{
    return QtConcurrent::run(&m_pool, [shared = m_shared, passphrase, owner = m_identity]() -> Result<> {
        if (shared->current())
            return fail(ErrorCode::AlreadyExists, OpsDeck::Vault::Tr::tr("This folder already holds a vault."),
                        shared->dir);
        if (passphrase.size() < 8)
            return fail(ErrorCode::InvalidArgument,
                        OpsDeck::Vault::Tr::tr("A passphrase has at least 8 characters."));
        const Argon2Params kdf = shared->options.kdf ? *shared->options.kdf : calibrateArgon2id(0.25);
        VaultStatus status;
        std::shared_ptr<VaultEngine> engine = VaultEngine::create(toStd(shared->dir), viewOf(passphrase), kdf,
                                                                  toStd(owner), &status, shared->options.vault);
        if (!engine)
            return toError(status);
        engine->lock();
        std::lock_guard lock(shared->mutex);
        shared->engine = std::move(engine);
        return {};
    });
}

QFuture<Result<>> EmbeddedSecretStore::unlock(const SecretBytes &passphrase)
{
    auto shared = m_shared;
    const quint64 epoch = shared->epoch.load();
    return QtConcurrent::run(&m_pool, [this, shared, epoch, passphrase, who = context()]() -> Result<> {
        auto engine = shared->current();
        if (!engine)
            return noVaultError();
        return finishUnlock(*engine, epoch, engine->unlock(viewOf(passphrase), who));
    });
}

Result<> EmbeddedSecretStore::finishUnlock(VaultEngine &engine, quint64 epoch, const VaultStatus &status)
{
    if (!status.ok())
        return toError(status);
    if (m_shared->epoch.load() != epoch) {
        engine.lock();
        return fail(ErrorCode::Cancelled, OpsDeck::Vault::Tr::tr("The vault was locked while it was unlocking."));
    }
    m_shared->locked = false;
    QMetaObject::invokeMethod(this, [this] { signalLockState(); }, Qt::QueuedConnection);
    return {};
}

void EmbeddedSecretStore::noteUnlockers(Shared &shared, const QString &identity)
{
    const auto engine = shared.current();
    bool found = false;
    if (engine) {
        const std::string mine = OsKeyring::unlockerId(identity);
        for (const UnlockerInfo &u : engine->unlockers())
            found = found || (u.osKeyring && u.id == mine);
    }
    shared.quickUnlock = found;
}

bool EmbeddedSecretStore::hasQuickUnlock() const
{
    return m_shared->quickUnlock.load();
}

QFuture<Result<>> EmbeddedSecretStore::unlockQuick()
{
    auto shared = m_shared;
    auto engine = shared->current();
    if (!engine)
        return QtFuture::makeReadyFuture(Result<>(noVaultError()));
    if (!shared->quickUnlock)
        return QtFuture::makeReadyFuture(Result<>(
            fail(ErrorCode::NotFound, OpsDeck::Vault::Tr::tr("Quick unlock is not turned on for this vault here."),
                 OpsDeck::Vault::Tr::tr("unlock with the passphrase"))));
    const quint64 epoch = shared->epoch.load();
    const std::string id = OsKeyring::unlockerId(m_identity);
    auto promise = std::make_shared<QPromise<Result<>>>();
    promise->start();
    QFuture<Result<>> future = promise->future();
    // The keyring answers on this thread (qtkeychain's jobs need its event
    // loop); the unwrap, the log check and the audit entry run on the worker.
    OsKeyring::read(OsKeyring::entryName(engine->vaultIdHex(), id), this,
                    [this, shared, engine, epoch, id, promise, who = context()](Result<SecretBytes> key) {
                        if (!key.ok()) {
                            promise->addResult(Result<>(key.error()));
                            promise->finish();
                            return;
                        }
                        (void)QtConcurrent::run(&m_pool, [this, engine, epoch, id, promise, who,
                                                          key = std::move(key).value()] {
                            promise->addResult(finishUnlock(*engine, epoch, engine->unlockWithKey(id, viewOf(key), who)));
                            promise->finish();
                        });
                    });
    return future;
}

QFuture<Result<>> EmbeddedSecretStore::enableQuickUnlock()
{
    auto shared = m_shared;
    auto engine = shared->current();
    if (!engine)
        return QtFuture::makeReadyFuture(Result<>(noVaultError()));
    if (shared->locked)
        return QtFuture::makeReadyFuture(Result<>(lockedError()));
    const std::string id = OsKeyring::unlockerId(m_identity);
    const QString entry = OsKeyring::entryName(engine->vaultIdHex(), id);
    const SecureBuffer fresh = randomKey();
    const SecretBytes key(reinterpret_cast<const char *>(fresh.data()), static_cast<qsizetype>(fresh.size()));
    auto promise = std::make_shared<QPromise<Result<>>>();
    promise->start();
    QFuture<Result<>> future = promise->future();
    // The keyring first: a key file naming a key the keyring never got would
    // be a way in that does not open.
    OsKeyring::write(entry, key, this,
                     [this, shared, engine, id, entry, key, promise, identity = m_identity,
                      who = context()](Result<> written) {
                         if (!written.ok()) {
                             promise->addResult(written);
                             promise->finish();
                             return;
                         }
                         (void)QtConcurrent::run(&m_pool, [this, shared, engine, id, entry, key, promise, identity,
                                                           who] {
                             const VaultStatus s
                                 = engine->addKeyringUnlocker(who, id, OsKeyring::label(identity), viewOf(key));
                             noteUnlockers(*shared, identity);
                             if (s.ok()) {
                                 promise->addResult(Result<>());
                                 promise->finish();
                                 return;
                             }
                             // Take the unused key out of the keyring again, on this store's thread.
                             QMetaObject::invokeMethod(this, [this, entry, promise, error = toError(s)] {
                                 OsKeyring::remove(entry, this, [promise, error](Result<>) {
                                     promise->addResult(Result<>(error));
                                     promise->finish();
                                 });
                             });
                         });
                     });
    return future;
}

QFuture<Result<>> EmbeddedSecretStore::disableQuickUnlock()
{
    auto shared = m_shared;
    auto engine = shared->current();
    if (!engine)
        return QtFuture::makeReadyFuture(Result<>(noVaultError()));
    const std::string id = OsKeyring::unlockerId(m_identity);
    const QString entry = OsKeyring::entryName(engine->vaultIdHex(), id);
    auto promise = std::make_shared<QPromise<Result<>>>();
    promise->start();
    QFuture<Result<>> future = promise->future();
    // The key file first: once the unlocker is gone the keyring's key opens nothing.
    (void)QtConcurrent::run(&m_pool, [this, shared, engine, id, entry, promise, identity = m_identity,
                                      who = context()] {
        if (shared->locked) {
            promise->addResult(Result<>(lockedError()));
            promise->finish();
            return;
        }
        const VaultStatus s = engine->removeUnlocker(who, id);
        noteUnlockers(*shared, identity);
        if (!s.ok() && s.code != VaultErrorCode::Invalid) {
            promise->addResult(Result<>(toError(s)));
            promise->finish();
            return;
        }
        QMetaObject::invokeMethod(this, [this, entry, promise] {
            OsKeyring::remove(entry, this, [promise](Result<> removed) {
                promise->addResult(removed);
                promise->finish();
            });
        });
    });
    return future;
}

void EmbeddedSecretStore::lock()
{
    auto shared = m_shared;
    ++shared->epoch;
    shared->locked = true;
    signalLockState();
    // Wiping the keys waits for a request in flight; do it off this thread.
    (void)QtConcurrent::run(&m_pool, [shared] {
        if (auto engine = shared->current())
            engine->lock();
    });
}

QFuture<Result<QList<SecretInfo>>> EmbeddedSecretStore::list(const QString &prefix)
{
    QString folder = prefix;
    while (folder.endsWith(u'/'))
        folder.chop(1);
    return run<QList<SecretInfo>>("list", [folder](VaultEngine &engine, const RequestContext &who) -> Result<QList<SecretInfo>> {
        std::vector<SecretSummary> found;
        if (const VaultStatus s = engine.list(who, toStd(folder), found); !s.ok())
            return toError(s);
        QList<SecretInfo> out;
        out.reserve(static_cast<qsizetype>(found.size()));
        for (const auto &summary : found)
            out.append(toInfo(summary));
        return out;
    });
}

QFuture<Result<SecretBytes>> EmbeddedSecretStore::read(const QString &path, int version)
{
    return run<SecretBytes>("read", [path, version](VaultEngine &engine, const RequestContext &who) -> Result<SecretBytes> {
        if (version < 0)
            return fail(ErrorCode::InvalidArgument, OpsDeck::Vault::Tr::tr("A version is 0 (current) or more."),
                        QString::number(version));
        SecureBuffer value;
        if (const VaultStatus s = engine.get(who, toStd(path), static_cast<std::uint32_t>(version), value); !s.ok())
            return toError(s);
        return SecretBytes(reinterpret_cast<const char *>(value.data()), static_cast<qsizetype>(value.size()));
    });
}

namespace {
Result<SecretInfo> infoAfter(VaultEngine &engine, const RequestContext &who, const QString &path)
{
    SecretSummary summary;
    if (const VaultStatus s = engine.info(who, toStd(path), summary); !s.ok())
        return toError(s);
    return toInfo(summary);
}
} // namespace

QFuture<Result<SecretInfo>> EmbeddedSecretStore::write(const QString &path, const SecretBytes &value, SecretKind kind)
{
    return run<SecretInfo>("write", [path, value, kind](VaultEngine &engine, const RequestContext &who) -> Result<SecretInfo> {
        VersionInfo written;
        if (const VaultStatus s = engine.put(who, toStd(path), viewOf(value), engineKind(kind, value), &written);
            !s.ok())
            return toError(s);
        // A writer that may not list still learns what it wrote.
        SecretInfo info;
        info.path = path;
        info.version = static_cast<int>(written.version);
        info.kind = kindOf(written.kind);
        info.updatedBy = fromStd(written.createdBy);
        info.updatedAt = fromMs(written.createdAtMs);
        if (written.version == 1) {
            info.createdAt = info.updatedAt;
            info.createdBy = info.updatedBy;
        }
        if (auto full = infoAfter(engine, who, path))
            return *full;
        return info;
    });
}

QFuture<Result<SecretInfo>> EmbeddedSecretStore::info(const QString &path)
{
    return run<SecretInfo>("info", [path](VaultEngine &engine, const RequestContext &who) { return infoAfter(engine, who, path); });
}

QFuture<Result<SecretInfo>> EmbeddedSecretStore::setMetadata(const QString &path, const Backend::SecretMetadata &metadata)
{
    return run<SecretInfo>("setMetadata", [path, m = toMetadata(metadata)](VaultEngine &engine, const RequestContext &who) -> Result<SecretInfo> {
        if (const VaultStatus s = engine.setMetadata(who, toStd(path), m); !s.ok())
            return toError(s);
        return infoAfter(engine, who, path);
    });
}

QFuture<Result<SecretInfo>> EmbeddedSecretStore::rollback(const QString &path, int version)
{
    return run<SecretInfo>("rollback", [path, version](VaultEngine &engine, const RequestContext &who) -> Result<SecretInfo> {
        if (version <= 0)
            return fail(ErrorCode::InvalidArgument, OpsDeck::Vault::Tr::tr("Roll back to which version?"));
        if (const VaultStatus s = engine.rollback(who, toStd(path), static_cast<std::uint32_t>(version)); !s.ok())
            return toError(s);
        return infoAfter(engine, who, path);
    });
}

QFuture<Result<SecretInfo>> EmbeddedSecretStore::rotate(const QString &path)
{
    return run<SecretInfo>("rotate", [path](VaultEngine &engine, const RequestContext &who) -> Result<SecretInfo> {
        if (const VaultStatus s = engine.rotate(who, toStd(path)); !s.ok())
            return toError(s);
        return infoAfter(engine, who, path);
    });
}

QFuture<Result<>> EmbeddedSecretStore::remove(const QString &path, int version)
{
    return run<void>("remove", [path, version](VaultEngine &engine, const RequestContext &who) -> Result<> {
        if (const VaultStatus s = engine.remove(who, toStd(path), static_cast<std::uint32_t>(std::max(0, version)));
            !s.ok())
            return toError(s);
        return {};
    });
}

QFuture<Result<>> EmbeddedSecretStore::undelete(const QString &path, int version)
{
    return run<void>("undelete", [path, version](VaultEngine &engine, const RequestContext &who) -> Result<> {
        if (const VaultStatus s = engine.restore(who, toStd(path), static_cast<std::uint32_t>(std::max(0, version)));
            !s.ok())
            return toError(s);
        return {};
    });
}

QFuture<Result<>> EmbeddedSecretStore::destroy(const QString &path, int version)
{
    return run<void>("destroy", [path, version](VaultEngine &engine, const RequestContext &who) -> Result<> {
        if (version <= 0)
            return fail(ErrorCode::InvalidArgument, OpsDeck::Vault::Tr::tr("Destroy which version?"));
        if (const VaultStatus s = engine.destroy(who, toStd(path), static_cast<std::uint32_t>(version)); !s.ok())
            return toError(s);
        return {};
    });
}

QFuture<Result<QString>> EmbeddedSecretStore::policyDocument()
{
    return run<QString>("policyDocument", [](VaultEngine &engine, const RequestContext &) -> Result<QString> {
        return fromStd(serializePolicies(engine.policies()));
    });
}

QFuture<Result<>> EmbeddedSecretStore::setPolicyDocument(const QString &document)
{
    return run<void>("setPolicyDocument", [document](VaultEngine &engine, const RequestContext &who) -> Result<> {
        PolicySet set;
        std::string error;
        if (!parsePolicies(toStd(document), set, &error))
            return fail(ErrorCode::Parse, OpsDeck::Vault::Tr::tr("The policy document does not read."), fromStd(error));
        if (const VaultStatus s = engine.setPolicies(who, set); !s.ok())
            return toError(s);
        return {};
    });
}

QFuture<Result<Backend::AccessDecision>> EmbeddedSecretStore::check(const QString &identity, const QString &capability,
                                                                    const QString &path)
{
    return run<Backend::AccessDecision>("check",
        [identity, capability, path](VaultEngine &engine, const RequestContext &who) -> Result<Backend::AccessDecision> {
            const auto cap = capabilityFromName(toStd(capability));
            if (!cap)
                return fail(ErrorCode::InvalidArgument, OpsDeck::Vault::Tr::tr("Unknown capability \"%1\".").arg(capability),
                            QStringLiteral("read, list, create, update, delete, rotate, admin"));
            const Decision d = engine.check(who, toStd(identity), *cap, toStd(path));
            return Backend::AccessDecision{d.allowed, fromStd(d.reason)};
        });
}

QFuture<Result<QList<Backend::AuditRecord>>> EmbeddedSecretStore::auditLog(const Backend::AuditQuery &query)
{
    AuditFilter filter;
    filter.identity = toStd(query.identity);
    filter.pathPrefix = toStd(query.pathPrefix);
    filter.action = toStd(query.action);
    filter.deniedOnly = query.deniedOnly;
    filter.sinceMs = query.since.isValid() ? query.since.toMSecsSinceEpoch() : 0;
    filter.limit = static_cast<std::size_t>(std::max(1, query.limit));
    return run<QList<Backend::AuditRecord>>("auditLog",
        [filter](VaultEngine &engine, const RequestContext &who) -> Result<QList<Backend::AuditRecord>> {
            std::vector<AuditEntry> entries;
            if (const VaultStatus s = engine.auditEntries(who, filter, entries); !s.ok())
                return toError(s);
            QList<Backend::AuditRecord> out;
            out.reserve(static_cast<qsizetype>(entries.size()));
            for (const AuditEntry &e : entries) {
                Backend::AuditRecord r;
                r.seq = e.seq;
                r.time = QDateTime::fromString(fromStd(e.time), Qt::ISODateWithMs);
                r.identity = fromStd(e.identity);
                r.action = fromStd(e.action);
                r.path = fromStd(e.path);
                r.allowed = e.allowed;
                r.reason = fromStd(e.reason);
                r.pid = e.pid;
                r.process = fromStd(e.process);
                r.host = fromStd(e.host);
                out.append(r);
            }
            return out;
        });
}

QFuture<Result<Backend::AuditCheck>> EmbeddedSecretStore::verifyAudit()
{
    return run<Backend::AuditCheck>("verifyAudit", [](VaultEngine &engine, const RequestContext &who) -> Result<Backend::AuditCheck> {
        AuditVerification v;
        if (const VaultStatus s = engine.verifyAuditLog(who, v); !s.ok())
            return toError(s);
        return Backend::AuditCheck{v.ok, v.entries, v.firstBad, fromStd(v.problem)};
    });
}

} // namespace OpsDeck::Vault
