// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// The secret lifecycle on a real vault folder: metadata, rollback, destroy
// (the log is rewritten), rotation policies and generators, new key terms
// with the background re-wrap, group commit, import/export, the audit list,
// anomaly alerts, and a rolled-back copy of the folder.
#include "opsdeck/vault/vaultengine.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <thread>

using namespace OpsDeck::Vault;

namespace {

const Argon2Params kCheap{1, 64, 1};
const RequestContext kAlice{"alice", 100, "test", "host-a"};
const RequestContext kPayment{"payment-service", 200, "payments", "host-p"};
constexpr std::int64_t kDay = 86'400'000;

std::atomic<std::int64_t> g_now{1'800'000'000'000};
std::int64_t fakeNow()
{
    return g_now.load();
}

std::string text(const SecureBuffer &b)
{
    return std::string(b.view());
}

SecureBuffer secure(std::string_view s)
{
    return SecureBuffer(s.data(), s.size());
}

VaultOptions options(const QTemporaryDir &state)
{
    VaultOptions o;
    o.stateDir = state.path().toStdString();
    return o;
}

std::unique_ptr<VaultEngine> makeVault(const std::string &dir, VaultOptions o = {})
{
    VaultStatus s;
    auto v = VaultEngine::create(dir, bytesOf("pass phrase"), kCheap, "alice", &s, std::move(o));
    EXPECT_TRUE(v) << s.message;
    return v;
}

std::unique_ptr<VaultEngine> reopen(const std::string &dir, VaultStatus *status, VaultOptions o = {})
{
    auto v = VaultEngine::open(dir, status, std::move(o));
    if (!v)
        return v;
    *status = v->unlock(bytesOf("pass phrase"), kAlice);
    return v;
}

std::string read(VaultEngine &v, std::string_view path, std::uint32_t version = 0)
{
    SecureBuffer value;
    const VaultStatus s = v.get(kAlice, path, version, value);
    return s.ok() ? text(value) : "<" + s.message + ">";
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

void copyFolder(const QString &from, const QString &to)
{
    std::filesystem::copy(from.toStdString(), to.toStdString(),
                          std::filesystem::copy_options::recursive | std::filesystem::copy_options::overwrite_existing);
}

} // namespace

TEST(VaultLifecycle, MetadataRollbackAndDestroySurviveReopening)
{
    QTemporaryDir dir, state;
    const std::string d = dir.path().toStdString();
    {
        auto v = makeVault(d, options(state));
        ASSERT_TRUE(v);
        ASSERT_TRUE(v->put(kAlice, "team/app/db", bytesOf("one"), ValueKind::String).ok());
        ASSERT_TRUE(v->put(kAlice, "team/app/db", bytesOf("two"), ValueKind::String).ok());
        ASSERT_TRUE(v->put(kAlice, "team/app/db", bytesOf("three-UNIQUE-DESTROYED"), ValueKind::String).ok());
        SecretMetadata m;
        m.owner = "team-db";
        m.description = "primary database password";
        m.tags = {"db", "prod"};
        m.rotationDays = 30;
        m.generator = "random:24:alnum";
        ASSERT_TRUE(v->setMetadata(kAlice, "team/app/db", m).ok());
        m.generator = "random:3:alnum";
        const VaultStatus bad = v->setMetadata(kAlice, "team/app/db", m);
        EXPECT_EQ(bad.code, VaultErrorCode::Invalid);
        EXPECT_NE(bad.message.find("generator: random: the length"), std::string::npos) << bad.message;

        VersionInfo written;
        ASSERT_TRUE(v->rollback(kAlice, "team/app/db", 1, &written).ok());
        EXPECT_EQ(written.version, 4u);
        EXPECT_EQ(read(*v, "team/app/db"), "one");
        ASSERT_TRUE(v->destroy(kAlice, "team/app/db", 3).ok());
        EXPECT_NE(read(*v, "team/app/db", 3).find("destroyed"), std::string::npos);
        EXPECT_EQ(v->rollback(kAlice, "team/app/db", 3).code, VaultErrorCode::NotFound);
        EXPECT_EQ(v->destroy(kPayment, "team/app/db", 2).code, VaultErrorCode::Denied);
    }
    VaultStatus s;
    auto v = reopen(d, &s, options(state));
    ASSERT_TRUE(s.ok()) << s.message;
    SecretSummary info;
    ASSERT_TRUE(v->info(kAlice, "team/app/db", info).ok());
    EXPECT_EQ(info.current, 4u);
    ASSERT_EQ(info.versions.size(), 4u);
    EXPECT_TRUE(info.versions[2].destroyed);
    EXPECT_EQ(info.metadata.owner, "team-db");
    EXPECT_EQ(info.metadata.description, "primary database password");
    EXPECT_EQ(info.metadata.tags, (std::vector<std::string>{"db", "prod"}));
    EXPECT_EQ(info.metadata.rotationDays, 30u);
    EXPECT_EQ(info.metadata.generator, "random:24:alnum");
    EXPECT_EQ(info.metadata.updatedBy, "alice");
    EXPECT_EQ(read(*v, "team/app/db", 1), "one");
    EXPECT_EQ(read(*v, "team/app/db", 2), "two");
    EXPECT_NE(read(*v, "team/app/db", 3).find("destroyed"), std::string::npos);
    EXPECT_EQ(read(*v, "team/app/db"), "one");
    v->lock();
    // Destroy rewrote the log, so no copy of the ciphertext is left behind to
    // open with a key recovered later. (No plaintext was there either.)
    const QByteArray log = fileBytes(dir.filePath(QStringLiteral("secrets.log")));
    EXPECT_FALSE(log.contains("UNIQUE-DESTROYED"));
}

TEST(VaultLifecycle, ARewriteInterruptedBeforeItsHeadIsAcceptedAndAnOlderLogIsNot)
{
    QTemporaryDir dir, state;
    const std::string d = dir.path().toStdString();
    const QString log = dir.filePath(QStringLiteral("secrets.log"));
    const QString head = dir.filePath(QStringLiteral("secrets.head"));
    QByteArray logBefore, headBefore, headAfter;
    {
        auto v = makeVault(d, options(state));
        ASSERT_TRUE(v->put(kAlice, "a/b", bytesOf("v1"), ValueKind::String).ok());
        ASSERT_TRUE(v->put(kAlice, "a/b", bytesOf("v2"), ValueKind::String).ok());
        logBefore = fileBytes(log);
        headBefore = fileBytes(head);
        ASSERT_TRUE(v->destroy(kAlice, "a/b", 1).ok());
        headAfter = fileBytes(head);
    }
    // A crash after the rename but before the new head was signed.
    writeBytes(head, headBefore);
    {
        VaultStatus s;
        auto v = reopen(d, &s, options(state));
        ASSERT_TRUE(s.ok()) << s.message;
        EXPECT_EQ(read(*v, "a/b"), "v2");
    }
    // The log from before the rewrite put back under the new head: refused.
    writeBytes(log, logBefore);
    VaultStatus s;
    auto v = reopen(d, &s, options(state));
    EXPECT_EQ(s.code, VaultErrorCode::Corrupt);
    EXPECT_NE(s.message.find("rewrite"), std::string::npos) << s.message;
}

TEST(VaultLifecycle, ACopyOfTheFolderPutBackLaterIsCaughtAsARollback)
{
    QTemporaryDir dir, state, backup;
    const std::string d = dir.path().toStdString();
    {
        auto v = makeVault(d, options(state));
        ASSERT_TRUE(v->put(kAlice, "a/b", bytesOf("old"), ValueKind::String).ok());
    }
    copyFolder(dir.path(), backup.path());
    {
        VaultStatus s;
        auto v = reopen(d, &s, options(state));
        ASSERT_TRUE(s.ok()) << s.message;
        ASSERT_TRUE(v->put(kAlice, "a/b", bytesOf("new"), ValueKind::String).ok());
    }
    std::filesystem::remove_all(d);
    copyFolder(backup.path(), dir.path());
    VaultStatus s;
    auto v = reopen(d, &s, options(state));
    EXPECT_EQ(s.code, VaultErrorCode::Corrupt);
    EXPECT_NE(s.message.find("rolled back"), std::string::npos) << s.message;
    EXPECT_TRUE(v->isLocked());
    // A tampered state file is an error too, not a free pass.
    v.reset();
    const QDir states(state.path());
    const QStringList files = states.entryList({QStringLiteral("*.state")});
    ASSERT_EQ(files.size(), 1);
    QByteArray bytes = fileBytes(states.filePath(files.front()));
    bytes.replace(" 1 ", " 0 ");
    writeBytes(states.filePath(files.front()), bytes);
    v = reopen(d, &s, options(state));
    EXPECT_EQ(s.code, VaultErrorCode::Corrupt);
    EXPECT_NE(s.message.find("was changed"), std::string::npos) << s.message;
}

TEST(VaultLifecycle, RotationPoliciesSayDueAndOverdueAndGeneratorsMakeTheNextVersion)
{
    QTemporaryDir dir, state;
    VaultOptions o = options(state);
    o.nowMs = fakeNow;
    auto v = makeVault(dir.path().toStdString(), o);
    ASSERT_TRUE(v);
    ASSERT_TRUE(v->put(kAlice, "svc/api-key", bytesOf("first"), ValueKind::String).ok());
    ASSERT_TRUE(v->put(kAlice, "svc/token", bytesOf("first"), ValueKind::String).ok());
    ASSERT_TRUE(v->put(kAlice, "svc/no-policy", bytesOf("x"), ValueKind::String).ok());
    SecretMetadata m;
    m.rotationDays = 30;
    m.generator = "random:40:hex";
    ASSERT_TRUE(v->setMetadata(kAlice, "svc/api-key", m).ok());
    m.rotationDays = 90;
    m.generator = "command:printf 'tok-%s\\n' generated";
    ASSERT_TRUE(v->setMetadata(kAlice, "svc/token", m).ok());

    std::vector<SecretSummary> due;
    ASSERT_TRUE(v->rotationDue(kAlice, due).ok());
    EXPECT_TRUE(due.empty());
    g_now += 24 * kDay; // api-key: 6 days left of 30, inside its 7-day window
    ASSERT_TRUE(v->rotationDue(kAlice, due).ok());
    ASSERT_EQ(due.size(), 1u);
    EXPECT_EQ(due[0].path, "svc/api-key");
    EXPECT_EQ(due[0].rotation, RotationStatus::Due);
    g_now += 7 * kDay;
    ASSERT_TRUE(v->rotationDue(kAlice, due).ok());
    ASSERT_EQ(due.size(), 1u);
    EXPECT_EQ(due[0].rotation, RotationStatus::Overdue);

    VersionInfo written;
    ASSERT_TRUE(v->rotate(kAlice, "svc/api-key", &written).ok());
    EXPECT_EQ(written.version, 2u);
    const std::string key = read(*v, "svc/api-key");
    EXPECT_EQ(key.size(), 40u);
    EXPECT_EQ(key.find_first_not_of("0123456789abcdef"), std::string::npos) << key;
    ASSERT_TRUE(v->rotationDue(kAlice, due).ok());
    EXPECT_TRUE(due.empty());

    ASSERT_TRUE(v->rotate(kAlice, "svc/token").ok());
    EXPECT_EQ(read(*v, "svc/token"), "tok-generated");
    EXPECT_EQ(v->rotate(kAlice, "svc/no-policy").code, VaultErrorCode::Invalid);
    EXPECT_EQ(v->rotate(kPayment, "svc/token").code, VaultErrorCode::Denied);

    // A failing command leaves the secret as it was and says why.
    m.generator = "command:echo 'vault unreachable' >&2; exit 3";
    ASSERT_TRUE(v->setMetadata(kAlice, "svc/token", m).ok());
    const VaultStatus failed = v->rotate(kAlice, "svc/token");
    EXPECT_EQ(failed.code, VaultErrorCode::Invalid);
    EXPECT_NE(failed.message.find("exited with status 3 (it said: vault unreachable)"), std::string::npos)
        << failed.message;
    EXPECT_EQ(read(*v, "svc/token"), "tok-generated");
}

TEST(VaultLifecycle, ACommandThatHangsIsStoppedAtItsTimeout)
{
    GeneratorSpec spec;
    std::string error;
    ASSERT_TRUE(parseGenerator("command:sleep 30; echo late", spec, &error)) << error;
    SecureBuffer value;
    const auto start = std::chrono::steady_clock::now();
    EXPECT_FALSE(generateValue(spec, value, &error, std::chrono::milliseconds(300)));
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
    EXPECT_NE(error.find("no answer within"), std::string::npos) << error;
    EXPECT_TRUE(value.empty());
    EXPECT_FALSE(parseGenerator("random:32:emoji", spec, &error));
    EXPECT_NE(error.find("unknown character set \"emoji\""), std::string::npos) << error;
    EXPECT_FALSE(parseGenerator("dice", spec, &error));
}

TEST(VaultLifecycle, ANewTermServesWritesAtOnceAndTheRewrapLosesNoRead)
{
    QTemporaryDir dir, state;
    const std::string d = dir.path().toStdString();
    auto v = makeVault(d, options(state));
    ASSERT_TRUE(v);
    std::vector<PutItem> items;
    for (int i = 0; i < 3000; ++i)
        items.push_back(PutItem{"bulk/s" + std::to_string(i), secure("value-" + std::to_string(i)), ValueKind::String});
    ASSERT_TRUE(v->putMany(kAlice, items).ok());
    std::uint32_t term = 0;
    ASSERT_TRUE(v->addTerm(kAlice, &term).ok());
    EXPECT_EQ(term, 2u);
    EXPECT_EQ(v->versionsOnOldTerms(), 3000u);
    VersionInfo written;
    ASSERT_TRUE(v->put(kAlice, "bulk/new", bytesOf("fresh"), ValueKind::String, &written).ok());
    EXPECT_EQ(written.term, 2u);

    std::atomic<bool> stop{false};
    std::atomic<int> reads{0}, failures{0};
    std::thread reader([&] {
        for (int i = 0; !stop; i = (i + 7) % 3000) {
            SecureBuffer value;
            const VaultStatus s = v->get(kAlice, "bulk/s" + std::to_string(i), 0, value);
            if (!s.ok() || text(value) != "value-" + std::to_string(i))
                ++failures;
            ++reads;
        }
    });
    std::size_t calls = 0;
    const VaultStatus s = v->rewrap(kAlice, [&](std::size_t, std::size_t total) {
        EXPECT_EQ(total, 3000u);
        ++calls;
        return true;
    });
    stop = true;
    reader.join();
    ASSERT_TRUE(s.ok()) << s.message;
    EXPECT_GE(calls, 3u);
    EXPECT_GT(reads.load(), 0);
    EXPECT_EQ(failures.load(), 0);
    EXPECT_EQ(v->versionsOnOldTerms(), 0u);
    v.reset();
    // Term 1 is gone from the key file; every value still opens after reopening.
    VaultStatus o;
    v = reopen(d, &o, options(state));
    ASSERT_TRUE(o.ok()) << o.message;
    EXPECT_EQ(read(*v, "bulk/s0"), "value-0");
    EXPECT_EQ(read(*v, "bulk/s2999"), "value-2999");
    EXPECT_EQ(read(*v, "bulk/new"), "fresh");
    const QByteArray keys = fileBytes(dir.filePath(QStringLiteral("keys.json")));
    EXPECT_FALSE(keys.isEmpty());
}

TEST(VaultLifecycle, RootRotationUnderConcurrentReadersLosesNoRead)
{
    QTemporaryDir dir, state;
    auto v = makeVault(dir.path().toStdString(), options(state));
    for (int i = 0; i < 50; ++i)
        ASSERT_TRUE(v->put(kAlice, "r/s" + std::to_string(i), bytesOf("v" + std::to_string(i)), ValueKind::String).ok());
    std::atomic<bool> stop{false};
    std::atomic<int> reads{0}, failures{0};
    std::vector<std::thread> readers;
    for (int t = 0; t < 2; ++t) {
        readers.emplace_back([&, t] {
            for (int i = t; !stop; i = (i + 1) % 50) {
                SecureBuffer value;
                if (!v->get(kAlice, "r/s" + std::to_string(i), 0, value).ok() || text(value) != "v" + std::to_string(i))
                    ++failures;
                ++reads;
            }
        });
    }
    for (int r = 0; r < 10; ++r)
        ASSERT_TRUE(v->rotateRoot(kAlice).ok());
    stop = true;
    for (auto &t : readers)
        t.join();
    EXPECT_GT(reads.load(), 10);
    EXPECT_EQ(failures.load(), 0);
}

TEST(VaultLifecycle, ConcurrentPutsShareCommitsAndEveryAcknowledgedPutIsThere)
{
    QTemporaryDir dir, state;
    const std::string d = dir.path().toStdString();
    {
        auto v = makeVault(d, options(state));
        std::vector<std::thread> writers;
        std::atomic<int> failures{0};
        for (int t = 0; t < 8; ++t) {
            writers.emplace_back([&, t] {
                for (int i = 0; i < 50; ++i) {
                    if (!v->put(kAlice, "w" + std::to_string(t) + "/s" + std::to_string(i),
                                bytesOf(std::to_string(t * 1000 + i)), ValueKind::String)
                             .ok())
                        ++failures;
                }
            });
        }
        for (auto &w : writers)
            w.join();
        EXPECT_EQ(failures.load(), 0);
    }
    VaultStatus s;
    auto v = reopen(d, &s, options(state));
    ASSERT_TRUE(s.ok()) << s.message;
    for (int t = 0; t < 8; ++t) {
        for (int i = 0; i < 50; i += 7)
            EXPECT_EQ(read(*v, "w" + std::to_string(t) + "/s" + std::to_string(i)), std::to_string(t * 1000 + i));
    }
    AuditVerification check;
    ASSERT_TRUE(v->verifyAuditLog(kAlice, check).ok());
    EXPECT_TRUE(check.ok) << check.problem;
    EXPECT_GT(check.entries, 400u);
}

TEST(VaultLifecycle, ExportIsAuditedAndGivesOnlyWhatTheIdentityMayRead)
{
    QTemporaryDir dir, state;
    auto v = makeVault(dir.path().toStdString(), options(state));
    PolicySet set = v->policies();
    std::string error;
    ASSERT_TRUE(set.addPolicy(Policy{"payments-read", "", {PolicyRule{"payments/**", {Capability::Read, Capability::List}, Effect::Allow}}}, &error)) << error;
    ASSERT_TRUE(set.addIdentity(Identity{"payment-service", IdentityKind::Application, {"payments-read"}, false}, &error)) << error;
    ASSERT_TRUE(v->setPolicies(kAlice, set).ok());
    std::vector<PutItem> items;
    items.push_back(PutItem{"payments/payment-api-key", SecureBuffer("pk", 2), ValueKind::String});
    items.push_back(PutItem{"payments/stripe-secret", SecureBuffer("sk", 2), ValueKind::String});
    items.push_back(PutItem{"infra/database-password", SecureBuffer("db", 2), ValueKind::String});
    ASSERT_TRUE(v->putMany(kAlice, items).ok());
    // A batch with one refused path writes nothing.
    std::vector<PutItem> mixed;
    mixed.push_back(PutItem{"payments/new", SecureBuffer("n", 1), ValueKind::String});
    EXPECT_EQ(v->putMany(kPayment, mixed).code, VaultErrorCode::Denied);

    std::vector<std::pair<std::string, SecureBuffer>> out;
    ASSERT_TRUE(v->exportValues(kPayment, "", out).ok());
    ASSERT_EQ(out.size(), 2u);
    EXPECT_EQ(out[0].first, "payments/payment-api-key");
    EXPECT_EQ(text(out[0].second), "pk");
    EXPECT_EQ(out[1].first, "payments/stripe-secret");

    std::vector<AuditEntry> entries;
    EXPECT_EQ(v->auditEntries(kPayment, {}, entries).code, VaultErrorCode::Denied);
    AuditFilter filter;
    filter.action = "export";
    ASSERT_TRUE(v->auditEntries(kAlice, filter, entries).ok());
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].identity, "payment-service");
    EXPECT_NE(entries[0].reason.find("2 of 3"), std::string::npos) << entries[0].reason;
    filter = {};
    filter.identity = "payment-service";
    filter.deniedOnly = true;
    ASSERT_TRUE(v->auditEntries(kAlice, filter, entries).ok());
    ASSERT_GE(entries.size(), 2u);
    EXPECT_EQ(entries[0].action, "audit-list"); // newest first
    for (const auto &e : entries)
        EXPECT_FALSE(e.allowed);
    EXPECT_NE(v->auditEntries(kAlice, {}, entries).code, VaultErrorCode::Denied);
}

TEST(VaultLifecycle, TooManyDenialsRaiseOneAlertThatIsAuditedToo)
{
    QTemporaryDir dir, state;
    VaultOptions o = options(state);
    o.anomalyRule.maxDenials = 3;
    std::vector<std::string> alerts;
    o.onAlert = [&](const std::string &alert) { alerts.push_back(alert); };
    auto v = makeVault(dir.path().toStdString(), o);
    ASSERT_TRUE(v->put(kAlice, "infra/ssh-keys", bytesOf("k"), ValueKind::String).ok());
    for (int i = 0; i < 6; ++i) {
        SecureBuffer value;
        EXPECT_EQ(v->get(kPayment, "infra/ssh-keys", 0, value).code, VaultErrorCode::Denied);
    }
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_NE(alerts[0].find("payment-service"), std::string::npos) << alerts[0];
    AuditFilter filter;
    filter.action = "anomaly";
    std::vector<AuditEntry> entries;
    ASSERT_TRUE(v->auditEntries(kAlice, filter, entries).ok());
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].reason, alerts[0]);
}
