// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// Quick unlock through a real Secret Service: GNOME Keyring on a private
// D-Bus bus (PrivateKeyring). The key goes to the keyring, the vault opens
// with it and without the passphrase; a lost, replaced or foreign key, or no
// keyring at all, is refused with a clear error and the passphrase still
// opens the vault.
#include "privatekeyring.h"
#include "testsupport.h"

#include <opsdeck/vault/embeddedsecretstore.h>
#include <opsdeck/vault/oskeyring.h>

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace OpsDeck;
using namespace OpsDeck::Backend;
using OpsDeck::Test::waitUntil;

namespace {

template<typename T>
T await(QFuture<T> future)
{
    EXPECT_TRUE(waitUntil([&] { return future.isFinished(); }, std::chrono::seconds(60)));
    return future.result();
}

SecretBytes bytes(const char *s)
{
    return SecretBytes::fromUtf8(s);
}

class QuickUnlock : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { keyring = new OpsDeck::Test::PrivateKeyring; }
    static void TearDownTestSuite()
    {
        delete keyring;
        keyring = nullptr;
    }

    void SetUp() override
    {
        ASSERT_TRUE(keyring->error().isEmpty()) << keyring->error().toStdString();
        Vault::EmbeddedSecretStore::Options o;
        o.kdf = Vault::Argon2Params{1, 64, 1};
        o.vault.stateDir = state.path().toStdString();
        options = o;
        auto made = Vault::EmbeddedSecretStore::open(dir(), QStringLiteral("alice"), options);
        ASSERT_TRUE(made) << made.error().toString().toStdString();
        store = std::move(*made);
        ASSERT_TRUE(await(store->initialize(bytes("correct horse battery"))));
        ASSERT_TRUE(await(store->unlock(bytes("correct horse battery"))));
        ASSERT_TRUE(await(store->write(QStringLiteral("team/app/token"), bytes("t0ken"))));
    }

    QString dir() const { return folder.filePath(QStringLiteral("vault")); }
    QString keyFile() const { return QDir(dir()).filePath(QStringLiteral("keys.json")); }
    QString entry() const
    {
        return Vault::OsKeyring::entryName(store->engine()->vaultIdHex(),
                                           Vault::OsKeyring::unlockerId(QStringLiteral("alice")));
    }
    void relock()
    {
        store->lock();
        ASSERT_TRUE(waitUntil([&] { return store->isLocked(); }));
    }

    static OpsDeck::Test::PrivateKeyring *keyring;
    QTemporaryDir folder, state;
    Vault::EmbeddedSecretStore::Options options;
    std::unique_ptr<Vault::EmbeddedSecretStore> store;
};

OpsDeck::Test::PrivateKeyring *QuickUnlock::keyring = nullptr;

} // namespace

TEST_F(QuickUnlock, TheKeyringsKeyOpensTheVaultWithoutThePassphrase)
{
    EXPECT_TRUE(store->canQuickUnlock());
    EXPECT_FALSE(store->hasQuickUnlock());
    EXPECT_EQ(await(store->unlockQuick()).error().code, ErrorCode::NotFound) << "not set up yet";

    const QByteArray before = OpsDeck::Test::readAll(keyFile());
    const Result<> enabled = await(store->enableQuickUnlock());
    ASSERT_TRUE(enabled) << enabled.error().toString().toStdString();
    EXPECT_TRUE(store->hasQuickUnlock());
    const QByteArray after = OpsDeck::Test::readAll(keyFile());
    EXPECT_NE(before, after);
    EXPECT_TRUE(after.contains("\"type\": \"os-keyring\"")) << after.constData();
    EXPECT_TRUE(after.contains("\"label\": \"alice@")) << after.constData();

    // The keyring holds exactly one 32-byte key for this vault, and it is not in the key file.
    const Result<SecretBytes> key = Vault::OsKeyring::readNow(entry());
    ASSERT_TRUE(key) << key.error().toString().toStdString();
    EXPECT_EQ(key->size(), 32);
    EXPECT_FALSE(after.contains(QByteArray(key->data(), key->size()).toHex()));

    relock();
    const Result<> opened = await(store->unlockQuick());
    ASSERT_TRUE(opened) << opened.error().toString().toStdString();
    EXPECT_FALSE(store->isLocked());
    const auto value = await(store->read(QStringLiteral("team/app/token")));
    ASSERT_TRUE(value);
    EXPECT_EQ(value->view(), QByteArrayView("t0ken"));

    // The audit log says how the vault was opened.
    const auto entries = await(store->auditLog({}));
    ASSERT_TRUE(entries);
    bool sawKeyringUnlock = false;
    for (const AuditRecord &r : *entries)
        sawKeyringUnlock = sawKeyringUnlock || (r.action == u"unlock" && r.reason.contains(u"keyring"));
    EXPECT_TRUE(sawKeyringUnlock);

    // A second store on the same folder (the next start of the console) sees it too.
    store.reset();
    auto again = Vault::EmbeddedSecretStore::open(dir(), QStringLiteral("alice"), options);
    ASSERT_TRUE(again);
    EXPECT_TRUE((*again)->hasQuickUnlock());
    EXPECT_FALSE(Vault::EmbeddedSecretStore::open(dir(), QStringLiteral("bob"), options).value()->hasQuickUnlock())
        << "the key is alice's on this machine";
    ASSERT_TRUE(await((*again)->unlockQuick()));
}

TEST_F(QuickUnlock, TurningItOffRemovesTheKeyFromTheKeyFileAndTheKeyring)
{
    ASSERT_TRUE(await(store->enableQuickUnlock()));
    const Result<> off = await(store->disableQuickUnlock());
    ASSERT_TRUE(off) << off.error().toString().toStdString();
    EXPECT_FALSE(store->hasQuickUnlock());
    EXPECT_FALSE(OpsDeck::Test::readAll(keyFile()).contains("os-keyring"));
    EXPECT_EQ(Vault::OsKeyring::readNow(entry()).error().code, ErrorCode::NotFound);
    relock();
    EXPECT_EQ(await(store->unlockQuick()).error().code, ErrorCode::NotFound);
    EXPECT_TRUE(await(store->unlock(bytes("correct horse battery"))));
}

TEST_F(QuickUnlock, ALostOrReplacedKeyIsRefusedAndThePassphraseStillOpens)
{
    ASSERT_TRUE(await(store->enableQuickUnlock()));
    relock();
    const QByteArray keys = OpsDeck::Test::readAll(keyFile());

    // Replaced: another key under the same entry (a different vault's, say).
    const QByteArray other(32, 'x');
    ASSERT_TRUE(Vault::OsKeyring::writeNow(entry(), SecretBytes(other.constData(), other.size())));
    const Result<> wrong = await(store->unlockQuick());
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().code, ErrorCode::Unauthenticated);
    EXPECT_TRUE(wrong.error().detail.contains(u"wrong key")) << wrong.error().toString().toStdString();
    EXPECT_TRUE(store->isLocked());

    // Lost: the entry is gone.
    ASSERT_TRUE(Vault::OsKeyring::removeNow(entry()));
    const Result<> lost = await(store->unlockQuick());
    ASSERT_FALSE(lost);
    EXPECT_EQ(lost.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(lost.error().message.contains(u"keyring")) << lost.error().toString().toStdString();

    EXPECT_EQ(OpsDeck::Test::readAll(keyFile()), keys) << "a failed quick unlock changes nothing";
    EXPECT_TRUE(await(store->unlock(bytes("correct horse battery"))));
}

TEST_F(QuickUnlock, AnEditedKeyringUnlockerIsTamperingNotAWayIn)
{
    ASSERT_TRUE(await(store->enableQuickUnlock()));
    relock();
    // Point the label at someone else: the key file's MAC no longer matches.
    QByteArray keys = OpsDeck::Test::readAll(keyFile());
    const qsizetype at = keys.indexOf("\"label\": \"alice@");
    ASSERT_GE(at, 0);
    keys[at + 10] = 'm';
    ASSERT_TRUE(OpsDeck::Test::writeAll(keyFile(), keys));
    store.reset();
    auto reopened = Vault::EmbeddedSecretStore::open(dir(), QStringLiteral("alice"), options);
    ASSERT_TRUE(reopened);
    const Result<> opened = await((*reopened)->unlockQuick());
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, ErrorCode::Corrupt) << opened.error().toString().toStdString();
    EXPECT_TRUE(opened.error().detail.contains(u"changed")) << opened.error().toString().toStdString();
}

TEST_F(QuickUnlock, WithoutAKeyringServiceItSaysSoAndNothingIsWritten)
{
    const QByteArray before = OpsDeck::Test::readAll(keyFile());
    keyring->stopKeyring();
    const Result<> enabled = await(store->enableQuickUnlock());
    ASSERT_FALSE(enabled);
    EXPECT_TRUE(enabled.error().code == ErrorCode::Unavailable || enabled.error().code == ErrorCode::Timeout)
        << enabled.error().toString().toStdString();
    EXPECT_FALSE(store->hasQuickUnlock());
    EXPECT_EQ(OpsDeck::Test::readAll(keyFile()), before) << "no unlocker for a key nobody kept";
    // qtkeychain's plaintext fallback would write the key into a settings
    // file (QSettings, under the XDG folders): no file there or in the
    // workspace names this vault's entry.
    const QString entryName = entry();
    for (const QString &root : {qEnvironmentVariable("XDG_CONFIG_HOME"), qEnvironmentVariable("XDG_DATA_HOME"),
                                folder.path()}) {
        ASSERT_FALSE(root.isEmpty());
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            EXPECT_FALSE(OpsDeck::Test::readAll(file).contains(entryName.toUtf8())) << file.toStdString();
        }
    }
}
