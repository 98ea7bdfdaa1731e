// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/vault/oskeyring.h"

#include "hostname.h"
#include "secretstoretr.h"

#include <QEventLoop>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <openssl/crypto.h>

#include <optional>


namespace OpsDeck::Vault::OsKeyring {

namespace {

/** The service name every OpsDeck entry is filed under. */
const QString kService = QStringLiteral("OpsDeck vault");

Error keychainError(const QKeychain::Job &job)
{
    const QString detail = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return fail(ErrorCode::NotFound,
                    OpsDeck::Vault::Tr::tr("The system keyring holds no key for this vault."),
                    OpsDeck::Vault::Tr::tr("unlock with the passphrase and turn quick unlock on again"));
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return fail(ErrorCode::PermissionDenied, OpsDeck::Vault::Tr::tr("The system keyring refused access."),
                    detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return fail(ErrorCode::Unavailable, OpsDeck::Vault::Tr::tr("No system keyring is available."), detail);
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return fail(ErrorCode::Unavailable, OpsDeck::Vault::Tr::tr("The system keyring failed."), detail);
}

template<typename JobT>
JobT *makeJob(const QString &entry, QObject *context)
{
    auto *job = new JobT(kService, context);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext file instead of a keyring
    job->setKey(entry);
    return job;
}

/**
 * Wipes a QByteArray that went to or came from qtkeychain. Its buffer may be
 * shared with the job's copy: wiping in place (not detaching first) clears
 * that copy too, and the job is finished with it.
 */
void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(const_cast<char *>(bytes.constData()), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

/** Runs \a start (which calls back once) in a local event loop, at most \a timeoutMs. */
template<typename T>
Result<T> waitFor(int timeoutMs, const std::function<void(QObject *, std::function<void(Result<T>)>)> &start)
{
    QObject context;
    QEventLoop loop;
    std::optional<Result<T>> outcome;
    start(&context, [&](Result<T> r) {
        outcome.emplace(std::move(r));
        loop.quit();
    });
    if (!outcome) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!outcome)
        return fail(ErrorCode::Timeout, OpsDeck::Vault::Tr::tr("The system keyring did not answer."),
                    OpsDeck::Vault::Tr::tr("after %1 ms").arg(timeoutMs));
    return std::move(*outcome);
}

} // namespace

std::string unlockerId(const QString &identity)
{
    return "os-keyring:" + label(identity);
}

std::string label(const QString &identity)
{
    const std::string host = thisHostName();
    return identity.toStdString() + "@" + (host.empty() ? std::string("localhost") : host);
}

QString entryName(const std::string &vaultIdHex, const std::string &unlockerId)
{
    return QStringLiteral("vault-%1/%2").arg(QString::fromStdString(vaultIdHex), QString::fromStdString(unlockerId));
}

void read(const QString &entry, QObject *context, ReadDone done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(entry, context);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)](QKeychain::Job *) {
        if (job->error() != QKeychain::NoError) {
            done(keychainError(*job));
            return;
        }
        QByteArray data = job->binaryData();
        Backend::SecretBytes key(data.constData(), data.size());
        wipe(data);
        done(std::move(key));
    });
    job->start();
}

void write(const QString &entry, const Backend::SecretBytes &key, QObject *context, Done done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(entry, context);
    // qtkeychain takes a QByteArray; it is wiped as soon as the job is done.
    auto data = std::make_shared<QByteArray>(key.data(), key.size());
    job->setBinaryData(*data);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, data, done = std::move(done)](QKeychain::Job *) {
        wipe(*data);
        if (job->error() != QKeychain::NoError) {
            done(keychainError(*job));
            return;
        }
        done({});
    });
    job->start();
}

void remove(const QString &entry, QObject *context, Done done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(entry, context);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)](QKeychain::Job *) {
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound) {
            done(keychainError(*job));
            return;
        }
        done({});
    });
    job->start();
}

Result<Backend::SecretBytes> readNow(const QString &entry, int timeoutMs)
{
    return waitFor<Backend::SecretBytes>(timeoutMs, [&](QObject *context, ReadDone done) {
        read(entry, context, std::move(done));
    });
}

Result<> writeNow(const QString &entry, const Backend::SecretBytes &key, int timeoutMs)
{
    return waitFor<void>(timeoutMs, [&](QObject *context, Done done) { write(entry, key, context, std::move(done)); });
}

Result<> removeNow(const QString &entry, int timeoutMs)
{
    return waitFor<void>(timeoutMs, [&](QObject *context, Done done) { remove(entry, context, std::move(done)); });
}

} // namespace OpsDeck::Vault::OsKeyring
