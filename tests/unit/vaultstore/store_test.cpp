// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// EmbeddedSecretStore beyond the shared contract: a folder without a vault,
// the demo vault and its one-time passphrase, metadata and rotation states,
// rollback/destroy, the policy document and checker, the audit list and
// verify, and anomaly alerts reaching the console as a signal.
#include "testsupport.h"

#include <opsdeck/vault/embeddedsecretstore.h>

#include <QRegularExpression>
#include <QSignalSpy>
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

Vault::EmbeddedSecretStore::Options cheap(const QTemporaryDir &state)
{
    Vault::EmbeddedSecretStore::Options o;
    o.kdf = Vault::Argon2Params{1, 64, 1};
    o.vault.stateDir = state.path().toStdString();
    return o;
}

SecretBytes bytes(const char *s)
{
    return SecretBytes::fromUtf8(s);
}

} // namespace

TEST(VaultStore, AFolderWithoutAVaultIsInitializedOnRequest)
{
    QTemporaryDir dir, state;
    auto store = Vault::EmbeddedSecretStore::open(dir.filePath(QStringLiteral("vault")), QStringLiteral("alice"), cheap(state));
    ASSERT_TRUE(store) << store.error().toString().toStdString();
    EXPECT_FALSE((*store)->isInitialized());
    EXPECT_EQ(await((*store)->list(QString())).error().code, ErrorCode::NotFound);
    EXPECT_EQ(await((*store)->initialize(bytes("short"))).error().code, ErrorCode::InvalidArgument);
    ASSERT_TRUE(await((*store)->initialize(bytes("long enough passphrase"))));
    EXPECT_TRUE((*store)->isInitialized());
    EXPECT_TRUE((*store)->isLocked());
    EXPECT_EQ(await((*store)->initialize(bytes("long enough passphrase"))).error().code, ErrorCode::AlreadyExists);
    ASSERT_TRUE(await((*store)->unlock(bytes("long enough passphrase"))));
    ASSERT_TRUE(await((*store)->write(QStringLiteral("a/b"), bytes("v"))));
    const auto doc = await((*store)->policyDocument());
    ASSERT_TRUE(doc);
    EXPECT_TRUE(doc->contains(QStringLiteral("\"alice\""))) << doc->toStdString();
}

TEST(VaultStore, TheDemoVaultShowsItsPassphraseOnceAndHoldsTheSeedsExample)
{
    QTemporaryDir dir, state;
    auto opened = Vault::EmbeddedSecretStore::openDemo(dir.filePath(QStringLiteral("vault")), QStringLiteral("alice"),
                                                       cheap(state));
    ASSERT_TRUE(opened) << opened.error().toString().toStdString();
    auto &store = *opened;
    EXPECT_TRUE(store->isInitialized());
    QString notice;
    ASSERT_TRUE(waitUntil([&] { return !(notice = store->takeFirstStartNotice()).isEmpty(); }, std::chrono::seconds(60)));
    EXPECT_TRUE(store->takeFirstStartNotice().isEmpty()) << "shown once";
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("\"([a-z0-9-]+)\"")).match(notice);
    ASSERT_TRUE(m.hasMatch()) << notice.toStdString();
    EXPECT_EQ(await(store->unlock(bytes("not it"))).error().code, ErrorCode::Unauthenticated);
    ASSERT_TRUE(await(store->unlock(SecretBytes::fromUtf8(m.captured(1).toUtf8()))));

    const auto list = await(store->list(QString()));
    ASSERT_TRUE(list) << list.error().toString().toStdString();
    EXPECT_GE(list->size(), 6);
    QMap<QString, SecretInfo> byPath;
    for (const SecretInfo &info : *list)
        byPath.insert(info.path, info);
    ASSERT_TRUE(byPath.contains(QStringLiteral("payments/payment-api-key")));
    EXPECT_EQ(byPath[QStringLiteral("payments/payment-api-key")].rotation, RotationState::Overdue);
    EXPECT_EQ(byPath[QStringLiteral("infra/database-password")].rotation, RotationState::Due);
    EXPECT_EQ(byPath[QStringLiteral("web/session-secret")].rotation, RotationState::Ok);
    EXPECT_EQ(byPath[QStringLiteral("infra/ssh-keys")].kind, SecretKind::MultiLine);
    EXPECT_EQ(byPath[QStringLiteral("ci/deploy-token")].kind, SecretKind::Map);
    EXPECT_EQ(byPath[QStringLiteral("payments/stripe-secret")].version, 2);
    EXPECT_EQ(byPath[QStringLiteral("payments/stripe-secret")].owner, QStringLiteral("payments"));
    EXPECT_TRUE(byPath[QStringLiteral("payments/stripe-secret")].tags.contains(QStringLiteral("pci")));

    // The seed's example, through the checker.
    auto allowed = [&](const char *path) {
        const auto d = await(store->check(QStringLiteral("payment-service"), QStringLiteral("read"), QString::fromLatin1(path)));
        EXPECT_TRUE(d) << d.error().toString().toStdString();
        return d && d->allowed;
    };
    EXPECT_TRUE(allowed("payments/payment-api-key"));
    EXPECT_TRUE(allowed("payments/stripe-secret"));
    EXPECT_FALSE(allowed("infra/database-password"));
    EXPECT_FALSE(allowed("infra/ssh-keys"));

    // The audit trail holds the demo's denials, and it verifies.
    AuditQuery q;
    q.deniedOnly = true;
    const auto denied = await(store->auditLog(q));
    ASSERT_TRUE(denied) << denied.error().toString().toStdString();
    ASSERT_GE(denied->size(), 2);
    for (const AuditRecord &r : *denied)
        EXPECT_FALSE(r.allowed);
    const auto check = await(store->verifyAudit());
    ASSERT_TRUE(check);
    EXPECT_TRUE(check->intact) << check->problem.toStdString();
    EXPECT_GT(check->entries, 20u);

    // Rotate an overdue secret with its generator: it is ok afterwards.
    const auto rotated = await(store->rotate(QStringLiteral("payments/payment-api-key")));
    ASSERT_TRUE(rotated) << rotated.error().toString().toStdString();
    EXPECT_EQ(rotated->version, 3);
    EXPECT_EQ(rotated->rotation, RotationState::Ok);
    const auto value = await(store->read(QStringLiteral("payments/payment-api-key")));
    ASSERT_TRUE(value);
    EXPECT_EQ(value->size(), 32);
}

TEST(VaultStore, MetadataVersionsPoliciesAndAlertsGoThroughTheStore)
{
    QTemporaryDir dir, state;
    Vault::EmbeddedSecretStore::Options options = cheap(state);
    options.vault.anomalyRule.maxDenials = 2;
    {
        auto admin = Vault::EmbeddedSecretStore::open(dir.path(), QStringLiteral("alice"), options);
        ASSERT_TRUE(admin);
        ASSERT_TRUE(await((*admin)->initialize(bytes("long enough passphrase"))));
        ASSERT_TRUE(await((*admin)->unlock(bytes("long enough passphrase"))));
        ASSERT_TRUE(await((*admin)->write(QStringLiteral("db/main"), bytes(R"({"user":"app","password":"one"})"), SecretKind::Map)));
        EXPECT_EQ(await((*admin)->write(QStringLiteral("db/bad"), bytes("not json"), SecretKind::Map)).error().code,
                  ErrorCode::InvalidArgument);
        ASSERT_TRUE(await((*admin)->write(QStringLiteral("db/main"), bytes(R"({"user":"app","password":"two"})"), SecretKind::Map)));
        SecretMetadata m;
        m.owner = QStringLiteral("dba");
        m.tags = {QStringLiteral("prod")};
        m.rotationDays = 30;
        m.generator = QStringLiteral("random:16:alnum");
        const auto info = await((*admin)->setMetadata(QStringLiteral("db/main"), m));
        ASSERT_TRUE(info) << info.error().toString().toStdString();
        EXPECT_EQ(info->owner, QStringLiteral("dba"));
        EXPECT_EQ(info->rotation, RotationState::Ok);
        EXPECT_TRUE(info->rotateBy.isValid());
        m.generator = QStringLiteral("dice");
        EXPECT_EQ(await((*admin)->setMetadata(QStringLiteral("db/main"), m)).error().code, ErrorCode::InvalidArgument);

        const auto rolled = await((*admin)->rollback(QStringLiteral("db/main"), 1));
        ASSERT_TRUE(rolled);
        EXPECT_EQ(rolled->version, 3);
        EXPECT_EQ(rolled->kind, SecretKind::Map);
        ASSERT_TRUE(await((*admin)->destroy(QStringLiteral("db/main"), 2)));
        ASSERT_TRUE(await((*admin)->remove(QStringLiteral("db/main"), 1)));
        const auto after = await((*admin)->info(QStringLiteral("db/main")));
        ASSERT_TRUE(after);
        ASSERT_EQ(after->versions.size(), 3);
        EXPECT_TRUE(after->versions[0].deleted);
        EXPECT_TRUE(after->versions[1].destroyed);
        ASSERT_TRUE(await((*admin)->undelete(QStringLiteral("db/main"), 1)));
        EXPECT_EQ(await((*admin)->read(QStringLiteral("db/main"), 2)).error().code, ErrorCode::NotFound);

        // A bad document names the field; a good one is kept.
        const auto bad = await((*admin)->setPolicyDocument(QStringLiteral("{\"format\": 1}")));
        ASSERT_FALSE(bad);
        EXPECT_EQ(bad.error().code, ErrorCode::Parse);
        QString doc = *await((*admin)->policyDocument());
        doc.replace(QStringLiteral("\"identities\": ["),
                    QStringLiteral("\"identities\": [{\"name\": \"intruder\", \"kind\": \"application\", \"policies\": []},"));
        const auto saved = await((*admin)->setPolicyDocument(doc));
        ASSERT_TRUE(saved) << saved.error().toString().toStdString() << doc.toStdString();
    }
    // The intruder is denied three times: the rule (more than 2) fires once.
    auto intruder = Vault::EmbeddedSecretStore::open(dir.path(), QStringLiteral("intruder"), options);
    ASSERT_TRUE(intruder) << intruder.error().toString().toStdString();
    QSignalSpy alerts(intruder->get(), &ISecretStore::alert);
    ASSERT_TRUE(await((*intruder)->unlock(bytes("long enough passphrase"))));
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(await((*intruder)->read(QStringLiteral("db/main"))).error().code, ErrorCode::PermissionDenied);
    ASSERT_TRUE(waitUntil([&] { return alerts.count() == 1; }));
    EXPECT_TRUE(alerts.at(0).at(0).toString().contains(QStringLiteral("intruder"))) << alerts.at(0).at(0).toString().toStdString();
    EXPECT_EQ(await((*intruder)->auditLog({})).error().code, ErrorCode::PermissionDenied);
}
