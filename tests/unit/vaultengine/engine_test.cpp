// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/vault/vaultengine.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>

#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace OpsDeck::Vault;

namespace {

const Argon2Params kCheap{1, 64, 1};
const RequestContext kAlice{"alice", 100, "test", "host-a"};
const RequestContext kPayment{"payment-service", 200, "payments", "host-p"};

std::string text(const SecureBuffer &b)
{
    return std::string(b.view());
}

std::unique_ptr<VaultEngine> makeVault(const std::string &dir)
{
    VaultStatus s;
    auto v = VaultEngine::create(dir, bytesOf("pass phrase"), kCheap, "alice", &s);
    EXPECT_TRUE(v) << s.message;
    return v;
}

std::unique_ptr<VaultEngine> reopen(const std::string &dir, std::string_view passphrase = "pass phrase")
{
    VaultStatus s;
    auto v = VaultEngine::open(dir, &s);
    EXPECT_TRUE(v) << s.message;
    if (!v)
        return v;
    s = v->unlock(bytesOf(passphrase), kAlice);
    EXPECT_TRUE(s.ok()) << s.message;
    return v;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST(VaultEngine, EveryKindOfValueRoundTripsAcrossLockAndReopen)
{
    QTemporaryDir dir;
    const std::string d = dir.path().toStdString();
    std::string binary;
    for (int c = 0; c < 256; ++c)
        binary.push_back(static_cast<char>(c));
    const std::string pem = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n";
    const std::string map = R"({"user":"svc","password":"hunter2"})";
    const std::string utf8 = "pässwörd ✓";
    {
        auto v = makeVault(d);
        ASSERT_TRUE(v);
        EXPECT_FALSE(v->isLocked());
        ASSERT_TRUE(v->put(kAlice, "team/app/binary", bytesOf(binary), ValueKind::String).ok());
        ASSERT_TRUE(v->put(kAlice, "team/app/tls-key", bytesOf(pem), ValueKind::MultiLine).ok());
        ASSERT_TRUE(v->put(kAlice, "team/app/db", bytesOf(map), ValueKind::Map).ok());
        ASSERT_TRUE(v->put(kAlice, "team/app/utf8", bytesOf(utf8), ValueKind::String).ok());
    }
    auto v = reopen(d);
    ASSERT_TRUE(v);
    SecureBuffer value;
    ValueKind kind = ValueKind::String;
    ASSERT_TRUE(v->get(kAlice, "team/app/binary", 0, value, &kind).ok());
    EXPECT_EQ(text(value), binary);
    ASSERT_TRUE(v->get(kAlice, "team/app/tls-key", 0, value, &kind).ok());
    EXPECT_EQ(text(value), pem);
    EXPECT_EQ(kind, ValueKind::MultiLine);
    ASSERT_TRUE(v->get(kAlice, "team/app/db", 0, value, &kind).ok());
    EXPECT_EQ(text(value), map);
    EXPECT_EQ(kind, ValueKind::Map);
    ASSERT_TRUE(v->get(kAlice, "team/app/utf8", 0, value).ok());
    EXPECT_EQ(text(value), utf8);
    v->lock();
    EXPECT_TRUE(v->isLocked());
    EXPECT_EQ(v->get(kAlice, "team/app/db", 0, value).code, VaultErrorCode::Locked);
}

TEST(VaultEngine, NoPlaintextValueOrPassphraseReachesTheDisk)
{
    QTemporaryDir dir;
    const std::string d = dir.path().toStdString();
    {
        auto v = makeVault(d);
        ASSERT_TRUE(v);
        ASSERT_TRUE(v->put(kAlice, "team/app/api", bytesOf("sk_live_UNIQUE_MARKER_4711"), ValueKind::String).ok());
        SecureBuffer value;
        ASSERT_TRUE(v->get(kAlice, "team/app/api", 0, value).ok());
    }
    QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QByteArray bytes = readFile(it.next());
        ++files;
        EXPECT_FALSE(bytes.contains("UNIQUE_MARKER_4711")) << it.filePath().toStdString();
        EXPECT_FALSE(bytes.contains("pass phrase")) << it.filePath().toStdString();
        // Path names are sealed in the record log (the audit log names paths for its readers).
        if (it.fileName().startsWith(QStringLiteral("secrets."))) {
            EXPECT_FALSE(bytes.contains("team/app/api")) << it.filePath().toStdString();
        }
    }
    EXPECT_GE(files, 5) << "keys.json, secrets.log, secrets.head, audit.log, audit.head";
}

TEST(VaultEngine, NoCoreDumpWhileKeysAreInMemory)
{
    QTemporaryDir dir;
    const std::string d = dir.path().toStdString();
    makeVault(d).reset();
    // In a child: the switch is process-wide and stays off.
    const pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
        // Creating the vault above already switched this process off; switch
        // it back on so the check below sees what unlock() does.
        ::prctl(PR_SET_DUMPABLE, 1, 0, 0, 0);
        VaultStatus s;
        auto v = VaultEngine::open(d, &s);
        const bool dumpableBefore = ::prctl(PR_GET_DUMPABLE) == 1;
        const bool ok = v && v->unlock(bytesOf("pass phrase"), kAlice).ok() && ::prctl(PR_GET_DUMPABLE) == 0;
        _exit(dumpableBefore && ok ? 0 : 1);
    }
    int status = 0;
    ASSERT_EQ(::waitpid(pid, &status, 0), pid);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "status " << status;
}

TEST(VaultEngine, AWrongPassphraseIsRefusedAndChangesNothing)
{
    QTemporaryDir dir;
    const std::string d = dir.path().toStdString();
    makeVault(d).reset();
    const QByteArray before = readFile(dir.filePath(QStringLiteral("keys.json")));
    VaultStatus s;
    auto v = VaultEngine::open(d, &s);
    ASSERT_TRUE(v) << s.message;
    s = v->unlock(bytesOf("pass phrasE"), kAlice);
    EXPECT_EQ(s.code, VaultErrorCode::WrongPassphrase);
    EXPECT_NE(s.message.find("wrong passphrase"), std::string::npos) << s.message;
    EXPECT_TRUE(v->isLocked());
    EXPECT_EQ(readFile(dir.filePath(QStringLiteral("keys.json"))), before);
}

TEST(VaultEngine, VersionsAreKeptAndSoftDeletesCanBeUndone)
{
    QTemporaryDir dir;
    auto v = makeVault(dir.path().toStdString());
    ASSERT_TRUE(v);
    for (const char *value : {"one", "two", "three"})
        ASSERT_TRUE(v->put(kAlice, "app/token", bytesOf(value), ValueKind::String).ok());
    SecureBuffer value;
    ASSERT_TRUE(v->get(kAlice, "app/token", 0, value).ok());
    EXPECT_EQ(text(value), "three");
    ASSERT_TRUE(v->get(kAlice, "app/token", 1, value).ok());
    EXPECT_EQ(text(value), "one");
    EXPECT_EQ(v->get(kAlice, "app/token", 4, value).code, VaultErrorCode::NotFound);
    EXPECT_EQ(v->get(kAlice, "app/missing", 0, value).code, VaultErrorCode::NotFound);
    ASSERT_TRUE(v->remove(kAlice, "app/token", 0).ok());
    ASSERT_TRUE(v->get(kAlice, "app/token", 0, value).ok());
    EXPECT_EQ(text(value), "two") << "the current version is the newest not deleted";
    EXPECT_EQ(v->get(kAlice, "app/token", 3, value).code, VaultErrorCode::NotFound);
    ASSERT_TRUE(v->restore(kAlice, "app/token", 3).ok());
    ASSERT_TRUE(v->get(kAlice, "app/token", 0, value).ok());
    EXPECT_EQ(text(value), "three");
    std::vector<SecretSummary> listed;
    ASSERT_TRUE(v->list(kAlice, "app", listed).ok());
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed[0].current, 3u);
    EXPECT_EQ(listed[0].versions.size(), 3u);
    EXPECT_EQ(v->put(kAlice, "app//bad", bytesOf("x"), ValueKind::String).code, VaultErrorCode::Invalid);
}

TEST(VaultEngine, TheSeedsPaymentServiceReadsOnlyItsOwnSecretsAndEveryDecisionIsAudited)
{
    QTemporaryDir dir;
    const std::string d = dir.path().toStdString();
    auto v = makeVault(d);
    ASSERT_TRUE(v);
    for (const char *path : {"payments/payment-api-key", "payments/stripe-secret", "infra/database-password",
                             "infra/ssh-keys"})
        ASSERT_TRUE(v->put(kAlice, path, bytesOf(std::string("value of ") + path), ValueKind::String).ok());
    PolicySet policies = v->policies();
    std::string error;
    Policy read{"payments-read", "what payment-service needs", {}};
    Capabilities caps;
    ASSERT_TRUE(parseCapabilities("read", caps, &error)) << error;
    read.rules.push_back(PolicyRule{"payments/payment-api-key", caps, Effect::Allow});
    read.rules.push_back(PolicyRule{"payments/stripe-secret", caps, Effect::Allow});
    ASSERT_TRUE(policies.addPolicy(read, &error)) << error;
    ASSERT_TRUE(policies.addIdentity(Identity{"payment-service", IdentityKind::Application, {"payments-read"}, false},
                                     &error))
        << error;
    ASSERT_TRUE(v->setPolicies(kAlice, policies).ok());
    EXPECT_EQ(v->setPolicies(kPayment, policies).code, VaultErrorCode::Denied) << "only an admin changes policies";
    PolicySet lockout = policies;
    Identity alice = *lockout.identity("alice");
    alice.disabled = true;
    ASSERT_TRUE(lockout.replaceIdentity(alice, &error)) << error;
    const VaultStatus refused = v->setPolicies(kAlice, lockout);
    EXPECT_EQ(refused.code, VaultErrorCode::Invalid);
    EXPECT_NE(refused.message.find("no identity could manage the vault"), std::string::npos) << refused.message;

    SecureBuffer value;
    EXPECT_TRUE(v->get(kPayment, "payments/payment-api-key", 0, value).ok());
    EXPECT_EQ(text(value), "value of payments/payment-api-key");
    EXPECT_TRUE(v->get(kPayment, "payments/stripe-secret", 0, value).ok());
    for (const char *path : {"infra/database-password", "infra/ssh-keys"}) {
        const VaultStatus s = v->get(kPayment, path, 0, value);
        EXPECT_EQ(s.code, VaultErrorCode::Denied) << path;
        EXPECT_TRUE(value.empty());
        EXPECT_NE(s.message.find("payment-service"), std::string::npos) << s.message;
    }
    EXPECT_EQ(v->put(kPayment, "payments/stripe-secret", bytesOf("x"), ValueKind::String).code,
              VaultErrorCode::Denied);
    std::vector<SecretSummary> listed;
    ASSERT_TRUE(v->list(kPayment, "", listed).ok());
    EXPECT_EQ(listed.size(), 2u) << "only what it may read or list";

    // The policies survive a reopen (they live in the record log).
    v.reset();
    v = reopen(d);
    ASSERT_TRUE(v);
    EXPECT_EQ(v->get(kPayment, "infra/ssh-keys", 0, value).code, VaultErrorCode::Denied);
    v->lock();

    // The audit trail holds allowed and denied reads, and never a value.
    const QByteArray audit = readFile(dir.filePath(QStringLiteral("audit.log")));
    EXPECT_TRUE(audit.contains(R"("action":"read","allowed":false)")) << audit.left(400).toStdString();
    EXPECT_TRUE(audit.contains(R"("identity":"payment-service")"));
    EXPECT_TRUE(audit.contains("infra/ssh-keys"));
    EXPECT_FALSE(audit.contains("value of"));
}

TEST(VaultEngine, AnyChangedByteOfTheRecordLogIsReportedAtUnlock)
{
    QTemporaryDir dir;
    const std::string d = dir.path().toStdString();
    {
        auto v = makeVault(d);
        ASSERT_TRUE(v);
        ASSERT_TRUE(v->put(kAlice, "a/b", bytesOf("secret-1"), ValueKind::String).ok());
        ASSERT_TRUE(v->put(kAlice, "a/c", bytesOf("secret-2"), ValueKind::String).ok());
    }
    const QString log = dir.filePath(QStringLiteral("secrets.log"));
    const QByteArray good = readFile(log);
    for (qsizetype i = 0; i < good.size(); i += 7) {
        QByteArray damaged = good;
        damaged[i] = static_cast<char>(damaged[i] ^ 0x04);
        QFile f(log);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(damaged);
        f.close();
        VaultStatus s;
        auto v = VaultEngine::open(d, &s);
        ASSERT_TRUE(v) << s.message;
        s = v->unlock(bytesOf("pass phrase"), kAlice);
        EXPECT_FALSE(s.ok()) << "byte " << i << " changed unnoticed";
        EXPECT_EQ(s.code, VaultErrorCode::Corrupt) << s.message;
        EXPECT_NE(s.message.find("secrets.log"), std::string::npos) << s.message;
        EXPECT_EQ(readFile(log), damaged) << "a damaged file is reported, never rewritten";
    }
    // The good file still opens: the previous good state is intact.
    QFile f(log);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(good);
    f.close();
    auto v = reopen(d);
    ASSERT_TRUE(v);
    SecureBuffer value;
    EXPECT_TRUE(v->get(kAlice, "a/c", 0, value).ok());
}

TEST(VaultEngine, ACutRecordLogIsCaughtByItsSignedHead)
{
    QTemporaryDir dir;
    const std::string d = dir.path().toStdString();
    qint64 sizeAfterFirst = 0;
    {
        auto v = makeVault(d);
        ASSERT_TRUE(v);
        ASSERT_TRUE(v->put(kAlice, "a/b", bytesOf("first"), ValueKind::String).ok());
        sizeAfterFirst = QFileInfo(dir.filePath(QStringLiteral("secrets.log"))).size();
        ASSERT_TRUE(v->put(kAlice, "a/b", bytesOf("second"), ValueKind::String).ok());
    }
    ASSERT_EQ(::truncate(dir.filePath(QStringLiteral("secrets.log")).toLocal8Bit().constData(), sizeAfterFirst), 0);
    VaultStatus s;
    auto v = VaultEngine::open(d, &s);
    ASSERT_TRUE(v);
    s = v->unlock(bytesOf("pass phrase"), kAlice);
    EXPECT_EQ(s.code, VaultErrorCode::Corrupt);
    EXPECT_NE(s.message.find("was cut"), std::string::npos) << s.message;
}

TEST(VaultEngine, ASecondWriterIsToldWhoHoldsTheVaultAndALockedVaultKeepsNoOneOut)
{
    QTemporaryDir dir;
    auto first = makeVault(dir.path().toStdString());
    ASSERT_TRUE(first);
    ASSERT_TRUE(first->put(kAlice, "a/b", bytesOf("one"), ValueKind::String).ok());
    VaultStatus s;
    // flock is per open file description: a second open in this process conflicts like another process.
    auto second = VaultEngine::open(dir.path().toStdString(), &s);
    ASSERT_TRUE(second) << s.message;
    s = second->unlock(bytesOf("pass phrase"), kAlice);
    EXPECT_EQ(s.code, VaultErrorCode::Busy);
    EXPECT_NE(s.message.find(std::to_string(::getpid())), std::string::npos) << s.message;
    EXPECT_TRUE(second->isLocked());
    // Locked, the first gives the vault back; the second sees its writes.
    first->lock();
    s = second->unlock(bytesOf("pass phrase"), kAlice);
    ASSERT_TRUE(s.ok()) << s.message;
    SecureBuffer value;
    ASSERT_TRUE(second->get(kAlice, "a/b", 0, value).ok());
    EXPECT_EQ(text(value), "one");
    ASSERT_TRUE(second->put(kAlice, "a/b", bytesOf("two"), ValueKind::String).ok());
    EXPECT_EQ(first->unlock(bytesOf("pass phrase"), kAlice).code, VaultErrorCode::Busy);
    second->lock();
    ASSERT_TRUE(first->unlock(bytesOf("pass phrase"), kAlice).ok());
    ASSERT_TRUE(first->get(kAlice, "a/b", 0, value).ok());
    EXPECT_EQ(text(value), "two");
}

TEST(VaultEngine, Kill9DuringPutsLeavesTheOldOrTheNewVersionNeverABrokenVault)
{
    QTemporaryDir dir;
    const std::string d = dir.path().toStdString();
    makeVault(d).reset();
    for (int round = 0; round < 5; ++round) {
        int pipeFds[2];
        ASSERT_EQ(::pipe(pipeFds), 0);
        const pid_t pid = fork();
        ASSERT_GE(pid, 0);
        if (pid == 0) {
            ::close(pipeFds[0]);
            VaultStatus cs;
            auto v = VaultEngine::open(d, &cs);
            if (!v || !v->unlock(bytesOf("pass phrase"), kAlice).ok())
                _exit(2);
            for (int i = 0;; ++i) {
                const std::string value = "value " + std::to_string(i);
                if (!v->put(kAlice, "app/hot", bytesOf(value), ValueKind::String).ok())
                    _exit(3);
                // Acknowledged: tell the parent which one.
                const std::string line = std::to_string(i) + "\n";
                if (::write(pipeFds[1], line.data(), line.size()) < 0)
                    _exit(4);
            }
        }
        ::close(pipeFds[1]);
        // Let it write a while, then kill it mid-put.
        std::string acked;
        char buf[256];
        while (acked.size() < 30) {
            const ssize_t n = ::read(pipeFds[0], buf, sizeof buf);
            if (n <= 0)
                break;
            acked.append(buf, static_cast<std::size_t>(n));
        }
        ::usleep(static_cast<useconds_t>(1000 * (round + 1)));
        ::kill(pid, SIGKILL);
        int status = 0;
        ::waitpid(pid, &status, 0);
        for (ssize_t n; (n = ::read(pipeFds[0], buf, sizeof buf)) > 0;)
            acked.append(buf, static_cast<std::size_t>(n));
        ::close(pipeFds[0]);
        ASSERT_TRUE(WIFSIGNALED(status)) << "the writer ended on its own: " << status;
        int lastAcked = -1;
        for (std::size_t at = 0; at < acked.size();) {
            const std::size_t nl = acked.find('\n', at);
            if (nl == std::string::npos)
                break;
            lastAcked = std::stoi(acked.substr(at, nl - at));
            at = nl + 1;
        }
        ASSERT_GE(lastAcked, 0);
        auto v = reopen(d);
        ASSERT_TRUE(v) << "round " << round;
        SecureBuffer value;
        ASSERT_TRUE(v->get(kAlice, "app/hot", 0, value).ok());
        const int found = std::stoi(text(value).substr(6));
        EXPECT_TRUE(found == lastAcked || found == lastAcked + 1)
            << "round " << round << ": found " << found << ", last acknowledged " << lastAcked;
    }
}

TEST(VaultEngine, RootRotationKeepsEverySecretReadable)
{
    QTemporaryDir dir;
    const std::string d = dir.path().toStdString();
    {
        auto v = makeVault(d);
        ASSERT_TRUE(v);
        ASSERT_TRUE(v->put(kAlice, "a/b", bytesOf("before"), ValueKind::String).ok());
        ASSERT_TRUE(v->rotateRoot(kAlice).ok());
        ASSERT_TRUE(v->put(kAlice, "a/c", bytesOf("after"), ValueKind::String).ok());
        EXPECT_EQ(v->rotateRoot(kPayment).code, VaultErrorCode::Denied);
    }
    auto v = reopen(d);
    ASSERT_TRUE(v);
    SecureBuffer value;
    ASSERT_TRUE(v->get(kAlice, "a/b", 0, value).ok());
    EXPECT_EQ(text(value), "before");
    ASSERT_TRUE(v->get(kAlice, "a/c", 0, value).ok());
    EXPECT_EQ(text(value), "after");
    v->lock();
    // The audit chain spans the rotation and still verifies.
    KeyFile file;
    Keyring keys;
    std::string error;
    const QByteArray keyText = readFile(dir.filePath(QStringLiteral("keys.json")));
    ASSERT_TRUE(parseKeyFile(keyText.toStdString(), file, &error)) << error;
    ASSERT_TRUE(unlockKeyFile(file, bytesOf("pass phrase"), keys, &error)) << error;
    const AuditVerification check = verifyAudit(d, keys.derive("audit").span());
    EXPECT_TRUE(check.ok) << check.problem;
    EXPECT_GT(check.entries, 5u);
}
