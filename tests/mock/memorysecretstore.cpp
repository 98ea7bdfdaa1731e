// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "memorysecretstore.h"

#include "mockhealth.h"

#include <QMap>
#include <QMutex>
#include <QMutexLocker>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <vector>

using namespace Qt::StringLiterals;

namespace OpsDeck::Test {

using Backend::SecretBytes;
using Backend::SecretInfo;

namespace {

Error lockedError()
{
    return fail(ErrorCode::Unauthenticated, QStringLiteral("The secret store is locked."),
                QStringLiteral("unlock it with its passphrase first"));
}

Result<> checkPath(const QString &path)
{
    const QStringList segments = path.split(u'/');
    const bool bad
        = path.isEmpty() || std::any_of(segments.cbegin(), segments.cend(), [](const QString &s) {
              return s.isEmpty() || s == u"." || s == u"..";
          });
    if (bad) {
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("A secret path is made of names separated by \"/\"."),
                    u"path: \"%1\""_s.arg(path));
    }
    return {};
}

} // namespace

struct MemorySecretStore::State
{
    struct Entry
    {
        SecretInfo info;
        std::vector<SecretBytes> versions; // versions[n - 1] is version n
    };

    QMutex mutex;
    SecretBytes passphrase;
    std::atomic_bool locked = true;
    quint64 lockEpoch = 0; // bumped by lock(); an unlock started earlier loses
    QMap<QString, Entry> secrets;
};

MemorySecretStore::MemorySecretStore(const QString &displayName, const SecretBytes &passphrase,
                                     QObject *parent)
    : ISecretStore(parent)
    , m_displayName(displayName)
    , m_state(std::make_shared<State>())
{
    m_state->passphrase = passphrase;
    m_pool.setMaxThreadCount(4);
    setHealthState(Reliability::HealthState::Healthy);
}

MemorySecretStore::~MemorySecretStore()
{
    m_pool.waitForDone();
}

QString MemorySecretStore::displayName() const
{
    return m_displayName;
}

void MemorySecretStore::setHealthState(Reliability::HealthState state, const QString &message)
{
    setHealth(mockHealthReport(state, QStringLiteral("memory-secretstore"), message));
}

bool MemorySecretStore::isLocked() const
{
    return m_state->locked.load();
}

void MemorySecretStore::signalLockState()
{
    const bool locked = isLocked();
    if (locked == m_signalledLocked)
        return;
    m_signalledLocked = locked;
    Q_EMIT lockedChanged(locked);
}

QFuture<Result<>> MemorySecretStore::unlock(const SecretBytes &passphrase)
{
    quint64 epoch = 0;
    {
        QMutexLocker lock(&m_state->mutex);
        epoch = m_state->lockEpoch;
    }
    return QtConcurrent::run(&m_pool, [this, passphrase, epoch]() -> Result<> {
        {
            QMutexLocker lock(&m_state->mutex);
            if (!m_state->passphrase.equals(passphrase)) {
                return fail(ErrorCode::Unauthenticated, QStringLiteral("Wrong passphrase."),
                            m_displayName);
            }
            if (m_state->lockEpoch != epoch) {
                return fail(ErrorCode::Cancelled,
                            QStringLiteral("The store was locked while unlocking."), m_displayName);
            }
            m_state->locked = false;
        }
        QMetaObject::invokeMethod(
            this, [this] { signalLockState(); }, Qt::QueuedConnection);
        return {};
    });
}

void MemorySecretStore::lock()
{
    {
        QMutexLocker lock(&m_state->mutex);
        ++m_state->lockEpoch;
        m_state->locked = true;
    }
    signalLockState();
}

QFuture<Result<QList<SecretInfo>>> MemorySecretStore::list(const QString &prefix)
{
    return QtConcurrent::run(&m_pool, [state = m_state, prefix]() -> Result<QList<SecretInfo>> {
        QString folder = prefix;
        while (folder.endsWith(u'/'))
            folder.chop(1);
        QMutexLocker lock(&state->mutex);
        if (state->locked)
            return lockedError();
        QList<SecretInfo> out;
        for (const auto &entry : std::as_const(state->secrets)) {
            const QString &path = entry.info.path;
            if (folder.isEmpty() || path == folder
                || (path.startsWith(folder) && path.at(folder.size()) == u'/')) {
                out.append(entry.info);
            }
        }
        return out;
    });
}

QFuture<Result<SecretBytes>> MemorySecretStore::read(const QString &path, int version)
{
    return QtConcurrent::run(&m_pool, [state = m_state, path, version]() -> Result<SecretBytes> {
        if (auto valid = checkPath(path); !valid)
            return valid.error();
        if (version < 0) {
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("A version is 0 (current) or more."),
                        u"version: %1"_s.arg(version));
        }
        QMutexLocker lock(&state->mutex);
        if (state->locked)
            return lockedError();
        const auto it = state->secrets.constFind(path);
        if (it == state->secrets.cend())
            return fail(ErrorCode::NotFound, QStringLiteral("No such secret."), path);
        const auto &versions = it->versions;
        if (version > int(versions.size())) {
            return fail(
                ErrorCode::NotFound, QStringLiteral("No such version of the secret."),
                u"%1 version %2 (current is %3)"_s.arg(path).arg(version).arg(versions.size()));
        }
        return version == 0 ? versions.back() : versions.at(size_t(version - 1));
    });
}

QFuture<Result<SecretInfo>> MemorySecretStore::write(const QString &path, const SecretBytes &value, Backend::SecretKind)
{
    return QtConcurrent::run(&m_pool, [state = m_state, path, value]() -> Result<SecretInfo> {
        if (auto valid = checkPath(path); !valid)
            return valid.error();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QMutexLocker lock(&state->mutex);
        if (state->locked)
            return lockedError();
        auto &entry = state->secrets[path];
        if (entry.versions.empty()) {
            entry.info.path = path;
            entry.info.createdAt = now;
        }
        entry.versions.push_back(value);
        entry.info.version = int(entry.versions.size());
        entry.info.updatedAt = now;
        entry.info.updatedBy = QStringLiteral("mock");
        return entry.info;
    });
}

} // namespace OpsDeck::Test
