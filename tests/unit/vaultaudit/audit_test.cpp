// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/vault/audit.h"

#include <nlohmann/json.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include <unistd.h>

using namespace OpsDeck::Vault;

namespace {

SecureBuffer testKey(unsigned char fill = 7)
{
    SecureBuffer key(kKeyBytes);
    std::fill(key.data(), key.data() + key.size(), fill);
    return key;
}

AuditEntry entry(const std::string &identity, const std::string &action, const std::string &path, bool allowed)
{
    AuditEntry e;
    e.time = "2026-11-28T12:00:00.000Z";
    e.identity = identity;
    e.action = action;
    e.path = path;
    e.allowed = allowed;
    e.reason = allowed ? "allowed by policy \"p\", rule 1" : "no policy grants it";
    e.pid = 4242;
    e.process = "opsctl";
    e.host = "ws-1";
    return e;
}

/** Writes \a n entries, committing every \a batch. */
void writeLog(const std::string &dir, int n, int batch = 1)
{
    std::string error;
    auto w = AuditWriter::open(dir, testKey(), &error);
    ASSERT_TRUE(w) << error;
    for (int i = 0; i < n; ++i) {
        AuditEntry e = entry(i % 3 ? "payment-service" : "alice", "read", "payments/key-" + std::to_string(i), i % 5 != 0);
        ASSERT_TRUE(w->append(e, &error)) << error;
        if ((i + 1) % batch == 0) {
            ASSERT_TRUE(w->commit(&error)) << error;
        }
    }
    ASSERT_TRUE(w->commit(&error)) << error;
}

std::vector<std::string> readLines(const std::string &path)
{
    std::ifstream in(path);
    std::vector<std::string> lines;
    for (std::string l; std::getline(in, l);)
        lines.push_back(l);
    return lines;
}

void writeLines(const std::string &path, const std::vector<std::string> &lines)
{
    std::ofstream out(path, std::ios::trunc);
    for (const auto &l : lines)
        out << l << '\n';
}

} // namespace

TEST(AuditLog, AnIntactChainVerifiesAndNeverHoldsAValue)
{
    QTemporaryDir dir;
    const std::string d = dir.path().toStdString();
    writeLog(d, 50, 7);
    const AuditVerification v = verifyAudit(d, testKey().span());
    EXPECT_TRUE(v.ok) << v.problem;
    EXPECT_EQ(v.entries, 50u);
    const auto lines = readLines(d + "/audit.log");
    ASSERT_EQ(lines.size(), 50u);
    AuditEntry first;
    std::string error;
    ASSERT_TRUE(parseAuditLine(lines[0], first, &error)) << error;
    EXPECT_EQ(first.seq, 1u);
    EXPECT_EQ(first.prev, std::string(64, '0'));
    EXPECT_EQ(first.identity, "alice");
    EXPECT_FALSE(first.allowed);
    // Another key does not verify it.
    EXPECT_FALSE(verifyAudit(d, testKey(8).span()).ok);
    // Reopening continues the chain.
    writeLog(d, 5);
    const AuditVerification again = verifyAudit(d, testKey().span());
    EXPECT_TRUE(again.ok) << again.problem;
    EXPECT_EQ(again.entries, 55u);
}

TEST(AuditLog, BytesThatAreNotUtf8AreLoggedNotThrown)
{
    QTemporaryDir dir;
    const std::string d = dir.path().toStdString();
    std::string error;
    auto w = AuditWriter::open(d, testKey(), &error);
    ASSERT_TRUE(w) << error;
    AuditEntry e = entry("mallory\xff\xfe", "read", "a/\xc3", false);
    ASSERT_TRUE(w->append(e, &error)) << error;
    ASSERT_TRUE(w->commit(&error)) << error;
    const AuditVerification v = verifyAudit(d, testKey().span());
    EXPECT_TRUE(v.ok) << v.problem;
}

TEST(AuditLog, AnEditedEntryIsNamed)
{
    QTemporaryDir dir;
    const std::string d = dir.path().toStdString();
    writeLog(d, 20);
    auto lines = readLines(d + "/audit.log");
    // Entry 11 was a denial; someone turns it into an allowed read.
    const auto at = lines[10].find("\"allowed\":false");
    ASSERT_NE(at, std::string::npos) << lines[10];
    lines[10].replace(at, 15, "\"allowed\":true");
    writeLines(d + "/audit.log", lines);
    const AuditVerification v = verifyAudit(d, testKey().span());
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.firstBad, 11u);
    EXPECT_EQ(v.line, 11u);
    EXPECT_NE(v.problem.find("entry 11 at line 11 was edited"), std::string::npos) << v.problem;
    EXPECT_NE(v.problem.find("edited"), std::string::npos) << v.problem;
}

TEST(AuditLog, EverySingleByteChangeIsCaught)
{
    QTemporaryDir dir;
    const std::string d = dir.path().toStdString();
    writeLog(d, 3);
    QFile file(QString::fromStdString(d + "/audit.log"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray good = file.readAll();
    file.close();
    for (qsizetype i = 0; i < good.size(); ++i) {
        QByteArray damaged = good;
        damaged[i] = static_cast<char>(damaged[i] ^ 0x01);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(damaged);
        file.close();
        EXPECT_FALSE(verifyAudit(d, testKey().span()).ok) << "byte " << i << " changed unnoticed";
    }
}

TEST(AuditLog, ADeletedEntryIsNamed)
{
    QTemporaryDir dir;
    const std::string d = dir.path().toStdString();
    writeLog(d, 20);
    auto lines = readLines(d + "/audit.log");
    lines.erase(lines.begin() + 6); // entry 7
    writeLines(d + "/audit.log", lines);
    const AuditVerification v = verifyAudit(d, testKey().span());
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.firstBad, 7u);
    EXPECT_NE(v.problem.find("entry 7 is missing"), std::string::npos) << v.problem;
}

TEST(AuditLog, ReorderedEntriesAreNamed)
{
    QTemporaryDir dir;
    const std::string d = dir.path().toStdString();
    writeLog(d, 20);
    auto lines = readLines(d + "/audit.log");
    std::swap(lines[3], lines[4]); // entries 4 and 5
    writeLines(d + "/audit.log", lines);
    const AuditVerification v = verifyAudit(d, testKey().span());
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.line, 4u);
    EXPECT_NE(v.problem.find("entry 4 is missing"), std::string::npos) << v.problem;
}

TEST(AuditLog, ATruncatedTailIsCaughtByTheSignedHead)
{
    QTemporaryDir dir;
    const std::string d = dir.path().toStdString();
    writeLog(d, 20);
    auto lines = readLines(d + "/audit.log");
    lines.resize(17);
    writeLines(d + "/audit.log", lines);
    const AuditVerification v = verifyAudit(d, testKey().span());
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.firstBad, 18u);
    EXPECT_NE(v.problem.find("truncated: it ends at entry 17, the signed head says 20"), std::string::npos)
        << v.problem;
    // The writer refuses to go on from a truncated log: fail closed.
    std::string error;
    EXPECT_FALSE(AuditWriter::open(d, testKey(), &error));
    EXPECT_NE(error.find("truncated"), std::string::npos) << error;
    // Removing the head as well does not help.
    QFile::remove(QString::fromStdString(d + "/audit.head"));
    EXPECT_FALSE(verifyAudit(d, testKey().span()).ok);
    EXPECT_FALSE(AuditWriter::open(d, testKey(), &error));
    EXPECT_NE(error.find("missing"), std::string::npos) << error;
}

TEST(AuditLog, ATornLastLineFromACrashIsCutAndTheChainGoesOn)
{
    QTemporaryDir dir;
    const std::string d = dir.path().toStdString();
    writeLog(d, 10);
    {
        std::ofstream out(d + "/audit.log", std::ios::app);
        out << "{\"action\":\"read\",\"allo"; // a write that never finished
    }
    std::string error;
    auto w = AuditWriter::open(d, testKey(), &error);
    ASSERT_TRUE(w) << error;
    EXPECT_EQ(w->lastSeq(), 10u);
    AuditEntry e = entry("alice", "read", "x/y", true);
    ASSERT_TRUE(w->append(e, &error));
    ASSERT_TRUE(w->commit(&error)) << error;
    const AuditVerification v = verifyAudit(d, testKey().span());
    EXPECT_TRUE(v.ok) << v.problem;
    EXPECT_EQ(v.entries, 11u);
}

TEST(AuditLog, CommitFailsClosedWhenTheLogCannotBeWritten)
{
    // /dev/full opens, but every write to it fails with ENOSPC: a full disk.
    std::string error;
    QTemporaryDir other;
    const std::string o = other.path().toStdString();
    ASSERT_EQ(::symlink("/dev/full", (o + "/audit.log").c_str()), 0);
    auto full = AuditWriter::open(o, testKey(), &error);
    ASSERT_TRUE(full) << error;
    AuditEntry e = entry("alice", "read", "a/b", true);
    ASSERT_TRUE(full->append(e, &error));
    EXPECT_FALSE(full->commit(&error));
    EXPECT_FALSE(error.empty());
    AuditEntry next = entry("alice", "read", "a/c", true);
    EXPECT_FALSE(full->append(next, &error)) << "after a failed commit nothing more is accepted";
    EXPECT_NE(error.find("closed"), std::string::npos) << error;
}

TEST(AuditLog, AnomalyRulesAlertOncePerCrossing)
{
    AnomalyDetector detector(AnomalyRule{3, 4, 10'000});
    std::vector<std::string> alerts;
    std::int64_t t = 1'000'000;
    for (int i = 0; i < 6; ++i) {
        for (auto &a : detector.observe(entry("mallory", "read", "infra/ssh-keys", false), t += 100))
            alerts.push_back(a);
    }
    ASSERT_EQ(alerts.size(), 1u) << "4th denial crosses the rule; the 5th and 6th do not alert again";
    EXPECT_NE(alerts[0].find("identity \"mallory\": 4 denied requests within 10 s (the rule allows 3)"),
              std::string::npos)
        << alerts[0];
    // Another identity is counted on its own; reads of distinct secrets.
    alerts.clear();
    for (int i = 0; i < 5; ++i) {
        for (auto &a : detector.observe(entry("batch-job", "read", "app/s" + std::to_string(i), true), t += 100))
            alerts.push_back(a);
    }
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_NE(alerts[0].find("read 5 distinct secrets"), std::string::npos) << alerts[0];
    // Outside the window the counts start again.
    t += 20'000;
    EXPECT_TRUE(detector.observe(entry("mallory", "read", "infra/ssh-keys", false), t).empty());
}

TEST(AuditLog, TheFastLineIsExactlyTheCanonicalJson)
{
    // Lines are written without building a JSON tree when every string is
    // printable ASCII; verification re-serialises with nlohmann/json, so both
    // must agree byte for byte, escapes included.
    AuditEntry e;
    e.seq = 18446744073709551615ull;
    e.time = "2026-11-28T12:00:00.123Z";
    e.identity = "svc \"quoted\" \\ back";
    e.action = "read";
    e.path = "team/app/a b~!@#$%^&*()";
    e.allowed = true;
    e.reason = "allowed by policy \"admin\", rule 1 (**: admin)";
    e.pid = -42;
    e.process = "opsctl";
    e.host = "";
    e.prev = std::string(64, '0');
    e.mac = std::string(64, 'a');
    for (const std::string extra : {"", "\t", "\x7f", "\xc3\xa9"}) {
        AuditEntry x = e;
        x.reason += extra;
        const std::string line = auditLine(x);
        EXPECT_EQ(nlohmann::json::parse(line).dump(-1, ' ', true), line) << line;
        AuditEntry back;
        std::string error;
        ASSERT_TRUE(parseAuditLine(line, back, &error)) << error;
        EXPECT_EQ(back.reason, x.reason);
    }
}
