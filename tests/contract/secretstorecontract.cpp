// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "secretstorecontract.h"

using namespace Qt::StringLiterals;

namespace OpsDeck::Test {

using Backend::SecretBytes;
using Backend::SecretInfo;

GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(SecretStoreContract);

namespace {

// Secrets stay out of test output: compare without printing the bytes.
::testing::AssertionResult sameBytes(const SecretBytes &actual, const SecretBytes &expected)
{
    if (actual.equals(expected))
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "the value read back differs (" << actual.size()
                                         << " bytes, expected " << expected.size() << ")";
}

SecretBytes binaryValue()
{
    QByteArray all;
    for (int i = 0; i < 256; ++i)
        all.append(char(i));
    all.append(all); // twice, so a NUL is followed by more data
    return SecretBytes(all.constData(), all.size());
}

QByteArray versionValue(int version)
{
    return QByteArray("value-").append(QByteArray::number(version));
}

QStringList pathsOf(const QList<SecretInfo> &infos)
{
    QStringList out;
    for (const SecretInfo &info : infos)
        out.append(info.path);
    out.sort();
    return out;
}

} // namespace

void SecretStoreContract::SetUp()
{
    ASSERT_TRUE(m_scratch.isValid());
    m_store = GetParam().make(m_scratch.path(), passphrase());
    ASSERT_NE(m_store, nullptr);
}

void SecretStoreContract::TearDown()
{
    m_store.reset();
}

void SecretStoreContract::unlockStore()
{
    const auto unlocked = await(m_store->unlock(passphrase()));
    ASSERT_TRUE(unlocked.ok()) << errorText(unlocked);
    ASSERT_FALSE(m_store->isLocked());
}

void SecretStoreContract::writeSecret(const QString &path, const SecretBytes &value)
{
    const auto written = await(m_store->write(path, value));
    ASSERT_TRUE(written.ok()) << path.toStdString() << ": " << errorText(written);
}

// --- rules 3, 12 ----------------------------------------------------------

TEST_P(SecretStoreContract, StartsLockedAndUsable)
{
    EXPECT_EQ(m_store->capability(), Backend::Capability::SecretStore);
    EXPECT_FALSE(m_store->displayName().isEmpty());
    EXPECT_NE(m_store->health().state, Reliability::HealthState::Unhealthy);
    EXPECT_TRUE(m_store->isLocked());
}

// --- rules 1, 4 -----------------------------------------------------------

TEST_P(SecretStoreContract, WrongPassphraseIsUnauthenticatedAndStaysLocked)
{
    SignalLog<bool> changes(m_store.get(), &Backend::ISecretStore::lockedChanged);
    const auto wrong = await(m_store->unlock(bytes("Correct horse battery staple")));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::Unauthenticated) << describe(wrong.error());
    EXPECT_TRUE(m_store->isLocked());

    const auto empty = await(m_store->unlock(SecretBytes()));
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().code, ErrorCode::Unauthenticated) << describe(empty.error());
    EXPECT_TRUE(m_store->isLocked());

    // A later right unlock must produce exactly one change, to "unlocked".
    ASSERT_NO_FATAL_FAILURE(unlockStore());
    ASSERT_TRUE(waitUntil([&] { return changes.count() > 0; }, kContractTimeout));
    EXPECT_EQ(changes.values(), QList<bool>{false});
}

// --- rules 2, 5 -----------------------------------------------------------

TEST_P(SecretStoreContract, RightPassphraseUnlocksAndSignalsFromTheEventLoop)
{
    SignalLog<bool> changes(m_store.get(), &Backend::ISecretStore::lockedChanged);
    auto future = m_store->unlock(passphrase());
    EXPECT_EQ(changes.count(), 0) << "lockedChanged() was emitted inside unlock()";
    const auto unlocked = await(future);
    ASSERT_TRUE(unlocked.ok()) << errorText(unlocked);
    EXPECT_FALSE(m_store->isLocked());
    ASSERT_TRUE(waitUntil([&] { return changes.count() > 0; }, kContractTimeout))
        << "lockedChanged(false) never came";
    EXPECT_EQ(changes.values(), QList<bool>{false});
    EXPECT_TRUE(changes.allOn(QThread::currentThread())) << "lockedChanged() off the owner thread";
}

// --- rule 6 ---------------------------------------------------------------

TEST_P(SecretStoreContract, LockedStoreRefusesListReadAndWrite)
{
    const auto listed = await(m_store->list(QString()));
    ASSERT_FALSE(listed.ok());
    EXPECT_EQ(listed.error().code, ErrorCode::Unauthenticated) << describe(listed.error());
    const auto read = await(m_store->read(u"team/app/token"_s));
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().code, ErrorCode::Unauthenticated) << describe(read.error());
    const auto written = await(m_store->write(u"team/app/token"_s, bytes("value")));
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().code, ErrorCode::Unauthenticated) << describe(written.error());
}

TEST_P(SecretStoreContract, LockTakesEffectAtOnceAndKeepsTheData)
{
    SignalLog<bool> changes(m_store.get(), &Backend::ISecretStore::lockedChanged);
    ASSERT_NO_FATAL_FAILURE(unlockStore());
    ASSERT_NO_FATAL_FAILURE(writeSecret(u"team/app/token"_s, bytes("s3cr3t")));
    ASSERT_TRUE(waitUntil([&] { return changes.count() == 1; }, kContractTimeout));

    m_store->lock();
    EXPECT_TRUE(m_store->isLocked());
    ASSERT_TRUE(waitUntil([&] { return changes.count() == 2; }, kContractTimeout))
        << "lockedChanged(true) never came";
    EXPECT_EQ(changes.values(), (QList<bool>{false, true}));
    EXPECT_TRUE(changes.allOn(QThread::currentThread()));
    const auto refused = await(m_store->read(u"team/app/token"_s));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Unauthenticated) << describe(refused.error());

    ASSERT_NO_FATAL_FAILURE(unlockStore());
    const auto again = await(m_store->read(u"team/app/token"_s));
    ASSERT_TRUE(again.ok()) << errorText(again);
    EXPECT_TRUE(sameBytes(*again, bytes("s3cr3t")));
}

// --- rule 7 ---------------------------------------------------------------

TEST_P(SecretStoreContract, ValuesRoundTripByteForByte)
{
    ASSERT_NO_FATAL_FAILURE(unlockStore());
    const QList<std::pair<QString, SecretBytes>> values{
        {u"rt/binary"_s, binaryValue()},
        {u"rt/multiline"_s, bytes("-----BEGIN KEY-----\nQUJD\r\nREVG\n-----END KEY-----\n")},
        {u"rt/utf8"_s, bytes("pässwörd ✓ 密码")},
        {u"rt/spaces"_s, bytes("  leading and trailing  ")},
    };
    for (const auto &[path, value] : values)
        ASSERT_NO_FATAL_FAILURE(writeSecret(path, value));
    for (const auto &[path, value] : values) {
        const auto read = await(m_store->read(path));
        ASSERT_TRUE(read.ok()) << path.toStdString() << ": " << errorText(read);
        EXPECT_TRUE(sameBytes(*read, value)) << path.toStdString();
    }
}

// --- rule 8 ---------------------------------------------------------------

TEST_P(SecretStoreContract, VersionsIncrementAndOldOnesStayReadable)
{
    ASSERT_NO_FATAL_FAILURE(unlockStore());
    const QString path = u"team/db/password"_s;
    for (int v = 1; v <= 3; ++v) {
        const auto info = await(m_store->write(path, bytes(versionValue(v))));
        ASSERT_TRUE(info.ok()) << errorText(info);
        EXPECT_EQ(info->path, path);
        EXPECT_EQ(info->version, v);
        EXPECT_TRUE(info->updatedAt.isValid());
    }
    for (int v = 1; v <= 3; ++v) {
        const auto read = await(m_store->read(path, v));
        ASSERT_TRUE(read.ok()) << "version " << v << ": " << errorText(read);
        EXPECT_TRUE(sameBytes(*read, bytes(versionValue(v)))) << "version " << v;
    }
    const auto current = await(m_store->read(path, 0));
    ASSERT_TRUE(current.ok()) << errorText(current);
    EXPECT_TRUE(sameBytes(*current, bytes("value-3")));
    const auto byDefault = await(m_store->read(path));
    ASSERT_TRUE(byDefault.ok()) << errorText(byDefault);
    EXPECT_TRUE(sameBytes(*byDefault, bytes("value-3")));
}

// --- rule 9 ---------------------------------------------------------------

TEST_P(SecretStoreContract, MissingPathOrVersionIsNotFound)
{
    ASSERT_NO_FATAL_FAILURE(unlockStore());
    const auto missing = await(m_store->read(u"no/such/secret"_s));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound) << describe(missing.error());

    ASSERT_NO_FATAL_FAILURE(writeSecret(u"team/one"_s, bytes("1")));
    const auto beyond = await(m_store->read(u"team/one"_s, 2));
    ASSERT_FALSE(beyond.ok());
    EXPECT_EQ(beyond.error().code, ErrorCode::NotFound) << describe(beyond.error());
}

// --- rule 10 --------------------------------------------------------------

TEST_P(SecretStoreContract, EmptyPathIsInvalidArgument)
{
    ASSERT_NO_FATAL_FAILURE(unlockStore());
    const auto written = await(m_store->write(QString(), bytes("x")));
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().code, ErrorCode::InvalidArgument) << describe(written.error());
    const auto read = await(m_store->read(QString()));
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().code, ErrorCode::InvalidArgument) << describe(read.error());
}

// --- rule 11 --------------------------------------------------------------

TEST_P(SecretStoreContract, ListCoversTheFolderBelowThePrefix)
{
    ASSERT_NO_FATAL_FAILURE(unlockStore());
    for (const QString &path : {u"a/b/c"_s, u"a/b/d"_s, u"a/bc"_s, u"a/x"_s, u"z/y"_s})
        ASSERT_NO_FATAL_FAILURE(writeSecret(path, bytes("v1")));
    ASSERT_NO_FATAL_FAILURE(writeSecret(u"a/b/d"_s, bytes("v2")));

    const auto underB = await(m_store->list(u"a/b"_s));
    ASSERT_TRUE(underB.ok()) << errorText(underB);
    EXPECT_EQ(pathsOf(*underB), (QStringList{u"a/b/c"_s, u"a/b/d"_s}));
    for (const SecretInfo &info : *underB)
        EXPECT_EQ(info.version, info.path == u"a/b/d" ? 2 : 1) << info.path.toStdString();

    const auto all = await(m_store->list(QString()));
    ASSERT_TRUE(all.ok()) << errorText(all);
    EXPECT_EQ(pathsOf(*all), (QStringList{u"a/b/c"_s, u"a/b/d"_s, u"a/bc"_s, u"a/x"_s, u"z/y"_s}));
}

} // namespace OpsDeck::Test
