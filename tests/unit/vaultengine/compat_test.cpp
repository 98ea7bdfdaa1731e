// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// Golden vaults written by the engine are decrypted by a second,
// independent implementation written from docs/vault-format.md:
// tests/compat/vault_open.py (Debian's python3-cryptography and
// python3-argon2). It must find every version with the same value, kind and
// state — also after a destroy and a re-wrap rewrote the log.
#include "opsdeck/vault/vaultengine.h"

#include <nlohmann/json.hpp>

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

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
