// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// Golden vaults written by the engine are decrypted by a second,
// independent implementation written from docs/vault-format.md:
// tests/compat/vault_open.py (Debian's python3-cryptography and
// python3-argon2). It must find every version with the same value, kind and
// state — also after a destroy and a re-wrap rewrote the log.
#include "opsdeck/vault/bigendian.h"
#include "opsdeck/vault/signedhead.h"
#include "opsdeck/vault/vaultengine.h"

#include <nlohmann/json.hpp>

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <zlib.h>

#include <fcntl.h>
#include <unistd.h>

using namespace OpsDeck::Vault;

namespace {

const RequestContext kAlice{"alice", 1, "test", "h"};

nlohmann::json pythonSecrets(const QString &dir, std::string *err)
{
    QProcess python;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OPSDECK_VAULT_PASSPHRASE"), QStringLiteral("golden passphrase"));
    python.setProcessEnvironment(env);
    const QString script = qEnvironmentVariable("OPSDECK_SOURCE_DIR") + QStringLiteral("/tests/compat/vault_open.py");
    python.start(QStringLiteral("/usr/bin/python3"), {script, QStringLiteral("secrets"), dir});
    if (!python.waitForFinished(60'000) || python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0) {
        *err = python.readAllStandardError().toStdString();
        return {};
    }
    return nlohmann::json::parse(python.readAllStandardOutput().toStdString());
}

/** Every version as the engine sees it, in the script's shape. */
nlohmann::json engineSecrets(VaultEngine &v)
{
    nlohmann::json out = nlohmann::json::object();
    std::vector<SecretSummary> all;
    EXPECT_TRUE(v.list(kAlice, "", all).ok());
    for (const auto &s : all) {
        for (const auto &info : s.versions) {
            nlohmann::json entry{{"kind", static_cast<int>(info.kind)}, {"deleted", info.deleted}, {"destroyed", info.destroyed}};
            if (!info.destroyed) {
                // The engine refuses to read a deleted version: those compare by state.
                SecureBuffer value;
                if (!info.deleted && v.get(kAlice, s.path, info.version, value).ok())
                    entry["value"] = std::string(value.view());
            }
            out[s.path][std::to_string(info.version)] = entry;
        }
    }
    return out;
}

void dropDeletedValues(nlohmann::json &fromPython)
{
    for (auto &[path, versions] : fromPython.items()) {
        for (auto &[number, entry] : versions.items()) {
            if (entry["deleted"].get<bool>())
                entry.erase("value");
        }
    }
}

} // namespace

TEST(VaultCompat, PythonFromTheDocsDecryptsEveryVersionTheEngineWrote)
{
    QTemporaryDir dir, state;
    VaultOptions options;
    options.stateDir = state.path().toStdString();
    VaultStatus s;
    auto v = VaultEngine::create(dir.path().toStdString(), bytesOf("golden passphrase"), Argon2Params{1, 64, 1}, "alice",
                                 &s, options);
    ASSERT_TRUE(v) << s.message;
    ASSERT_TRUE(v->put(kAlice, "team/app/api", bytesOf("k1"), ValueKind::String).ok());
    ASSERT_TRUE(v->put(kAlice, "team/app/api", bytesOf("k2 ünïcødé"), ValueKind::String).ok());
    ASSERT_TRUE(v->put(kAlice, "team/app/tls", bytesOf("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"),
                       ValueKind::MultiLine).ok());
    ASSERT_TRUE(v->put(kAlice, "team/db", bytesOf(R"({"user":"app","password":"pw"})"), ValueKind::Map).ok());
    ASSERT_TRUE(v->remove(kAlice, "team/app/api", 1).ok());
    SecretMetadata m;
    m.owner = "team";
    ASSERT_TRUE(v->setMetadata(kAlice, "team/db", m).ok());

    std::string err;
    nlohmann::json python = pythonSecrets(dir.path(), &err);
    ASSERT_FALSE(python.is_null()) << err;
    dropDeletedValues(python);
    EXPECT_EQ(python, engineSecrets(*v)) << python.dump(1);

    // A destroy and a re-wrap rewrite the log (snapshot record, new epoch, new term).
    ASSERT_TRUE(v->put(kAlice, "team/app/api", bytesOf("k3"), ValueKind::String).ok());
    ASSERT_TRUE(v->destroy(kAlice, "team/app/api", 2).ok());
    ASSERT_TRUE(v->addTerm(kAlice).ok());
    ASSERT_TRUE(v->put(kAlice, "team/new", bytesOf("on term 2"), ValueKind::String).ok());
    ASSERT_TRUE(v->rewrap(kAlice).ok());
    python = pythonSecrets(dir.path(), &err);
    ASSERT_FALSE(python.is_null()) << err;
    dropDeletedValues(python);
    EXPECT_EQ(python, engineSecrets(*v)) << python.dump(1);
    EXPECT_EQ(python["team/app/api"]["3"]["value"], "k3");
    EXPECT_TRUE(python["team/app/api"]["2"]["destroyed"].get<bool>());
}

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/**
 * Turns the vault in \a dir back into a version 1 record log, as builds
 * before sealed path names wrote it: every path in clear, chain MACs and the
 * signed head recomputed with the vault's own keys (from the passphrase).
 */
void writeVersionOneLog(const std::string &dir, std::string_view passphrase)
{
    const QString d = QString::fromStdString(dir);
    KeyFile file;
    std::string error;
    const QByteArray keyText = fileBytes(d + QStringLiteral("/keys.json"));
    ASSERT_TRUE(parseKeyFile(keyText.toStdString(), file, &error)) << error;
    Keyring keys;
    ASSERT_TRUE(unlockKeyFile(file, bytesOf(passphrase), keys, &error)) << error;
    const SecureBuffer logKey = keys.derive("log"), namesKey = keys.derive("names");

    const QByteArray log = fileBytes(d + QStringLiteral("/secrets.log"));
    const auto *data = reinterpret_cast<const unsigned char *>(log.constData());
    Bytes out(data, data + 32);
    out[11] = 1; // header: u32 version 1 (big-endian) at bytes 8..11
    Bytes prev(kMacBytes, 0);
    std::uint64_t index = 0;
    for (std::size_t at = 32; at + 8 <= std::size_t(log.size());) {
        const std::uint32_t n = BigEndian::load<std::uint32_t>(data + at);
        ByteView payload(data + at + 8, n);
        at += 8 + n + kMacBytes;
        // type, then the name field: MAC || nonce || sealed name
        const std::uint32_t nameLength = BigEndian::load<std::uint32_t>(payload.data() + 1);
        ByteView name = payload.subspan(5, nameLength);
        std::string path;
        if (!name.empty()) {
            static constexpr std::string_view kLabel = "opsdeck-vault/v1/path";
            Bytes aad(kLabel.begin(), kLabel.end());
            aad.push_back(0);
            aad.insert(aad.end(), file.vaultId.begin(), file.vaultId.end());
            aad.insert(aad.end(), name.begin(), name.begin() + kMacBytes);
            SecureBuffer plain;
            ASSERT_TRUE(aesGcmOpen(namesKey.span(), name.subspan(kMacBytes, kNonceBytes), aad,
                                   name.subspan(kMacBytes + kNonceBytes), plain, &error))
                << error;
            path.assign(plain.view());
        }
        Bytes clear{payload[0]};
        BigEndian::append<std::uint32_t>(clear, static_cast<std::uint32_t>(path.size()));
        clear.insert(clear.end(), path.begin(), path.end());
        clear.insert(clear.end(), payload.begin() + 5 + nameLength, payload.end());
        BigEndian::append<std::uint32_t>(out, static_cast<std::uint32_t>(clear.size()));
        BigEndian::append<std::uint32_t>(out, static_cast<std::uint32_t>(crc32(0, clear.data(), static_cast<uInt>(clear.size()))));
        out.insert(out.end(), clear.begin(), clear.end());
        Bytes input = prev;
        BigEndian::append<std::uint64_t>(input, ++index);
        input.insert(input.end(), clear.begin(), clear.end());
        Bytes mac(kMacBytes);
        ASSERT_TRUE(hmacSha256(logKey.span(), input, std::span<unsigned char, kMacBytes>(mac.data(), kMacBytes), &error));
        out.insert(out.end(), mac.begin(), mac.end());
        prev = mac;
    }
    QFile f(d + QStringLiteral("/secrets.log"));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(reinterpret_cast<const char *>(out.data()), qint64(out.size()));
    f.close();

    SignedHead head;
    bool exists = false;
    const std::string headPath = dir + "/secrets.head";
    ASSERT_TRUE(readSignedHead(headPath, logKey.span(), "opsdeck-vault/v1/log-head", head, exists));
    ASSERT_EQ(head.seq, index);
    head.mac = prev;
    head.counter += 1;
    const int fd = ::open(headPath.c_str(), O_RDWR);
    ASSERT_GE(fd, 0);
    ASSERT_TRUE(writeSignedHead(fd, logKey.span(), "opsdeck-vault/v1/log-head", head, &error)) << error;
    ::close(fd);
}

} // namespace

TEST(VaultCompat, PathNamesAreSealedAndAClearNamedLogIsRewrittenAtUnlock)
{
    QTemporaryDir dir, state;
    VaultOptions options;
    options.stateDir = state.path().toStdString();
    const std::string d = dir.path().toStdString();
    {
        VaultStatus s;
        auto v = VaultEngine::create(d, bytesOf("golden passphrase"), Argon2Params{1, 64, 1}, "alice", &s, options);
        ASSERT_TRUE(v) << s.message;
        ASSERT_TRUE(v->put(kAlice, "payments/stripe-secret", bytesOf("s1"), ValueKind::String).ok());
        ASSERT_TRUE(v->put(kAlice, "payments/stripe-secret", bytesOf("s2"), ValueKind::String).ok());
        ASSERT_TRUE(v->put(kAlice, "infra/ssh-keys", bytesOf("k"), ValueKind::MultiLine).ok());
        ASSERT_TRUE(v->remove(kAlice, "infra/ssh-keys", 1).ok());
    }
    const QString logPath = dir.filePath(QStringLiteral("secrets.log"));
    EXPECT_FALSE(fileBytes(logPath).contains("stripe-secret")) << "no path name in clear in the record log";
    EXPECT_FALSE(fileBytes(logPath).contains("ssh-keys"));

    // A vault written before names were sealed (log version 1) still opens,
    // and its first unlock rewrites the log with sealed names.
    writeVersionOneLog(d, "golden passphrase");
    ASSERT_TRUE(fileBytes(logPath).contains("payments/stripe-secret")) << "the fixture has clear names";
    std::string err;
    nlohmann::json python = pythonSecrets(dir.path(), &err);
    ASSERT_FALSE(python.is_null()) << err << " (the independent reader reads version 1 too)";
    EXPECT_EQ(python["payments/stripe-secret"]["2"]["value"], "s2");
    {
        VaultStatus s;
        auto v = VaultEngine::open(d, &s, options);
        ASSERT_TRUE(v) << s.message;
        s = v->unlock(bytesOf("golden passphrase"), kAlice);
        ASSERT_TRUE(s.ok()) << s.message;
        SecureBuffer value;
        ASSERT_TRUE(v->get(kAlice, "payments/stripe-secret", 0, value).ok());
        EXPECT_EQ(value.view(), "s2");
        SecretSummary info;
        ASSERT_TRUE(v->info(kAlice, "infra/ssh-keys", info).ok());
        EXPECT_TRUE(info.versions.at(0).deleted);
    }
    const QByteArray after = fileBytes(logPath);
    EXPECT_FALSE(after.contains("stripe-secret"));
    EXPECT_EQ(after[11], 2) << "rewritten as version 2";
    python = pythonSecrets(dir.path(), &err);
    ASSERT_FALSE(python.is_null()) << err;
    EXPECT_EQ(python["payments/stripe-secret"]["1"]["value"], "s1");

    // The same vault opens again with its names sealed, nothing rewritten twice.
    VaultStatus s;
    auto v = VaultEngine::open(d, &s, options);
    ASSERT_TRUE(v) << s.message;
    s = v->unlock(bytesOf("golden passphrase"), kAlice);
    ASSERT_TRUE(s.ok()) << s.message;
    v.reset();
    EXPECT_EQ(fileBytes(logPath).left(32), after.left(32)) << "same epoch: no second rewrite";
}
