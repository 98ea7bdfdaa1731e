// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// The format documented in docs/vault-format.md is complete enough for a
// second implementation: tests/compat/vault_open.py (Python, Debian's
// python3-cryptography and python3-argon2, written from the document) must
// open what this code writes and find the same keys.
#include "opsdeck/vault/keyfile.h"

#include <nlohmann/json.hpp>

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace OpsDeck::Vault;

namespace {

struct PythonRun
{
    int exitCode = -1;
    std::string out, err;
};

PythonRun runPython(const QString &keyFile, const QString &passphrase)
{
    QProcess python;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OPSDECK_VAULT_PASSPHRASE"), passphrase);
    python.setProcessEnvironment(env);
    const QString script = qEnvironmentVariable("OPSDECK_SOURCE_DIR") + QStringLiteral("/tests/compat/vault_open.py");
    // Debian's interpreter, where python3-cryptography and python3-argon2 live.
    python.start(QStringLiteral("/usr/bin/python3"), {script, QStringLiteral("keyfile"), keyFile});
    PythonRun r;
    if (!python.waitForFinished(60'000))
        return r;
    r.exitCode = python.exitStatus() == QProcess::NormalExit ? python.exitCode() : -1;
    r.out = python.readAllStandardOutput().toStdString();
    r.err = python.readAllStandardError().toStdString();
    return r;
}

} // namespace

TEST(VaultCompat, PythonFromTheDocsOpensTheKeyFileAndFindsTheSameKeys)
{
    KeyFile file;
    Keyring keys;
    std::string error;
    ASSERT_TRUE(createKeyFile(bytesOf("tr0ub4dor&3"), Argon2Params{2, 256, 2}, "2026-11-28T12:00:00Z", file, keys,
                              &error))
        << error;
    ASSERT_TRUE(addTerm(file, keys, "2026-11-28T13:00:00Z", &error)) << error;
    ASSERT_TRUE(rotateRoot(file, keys, &error)) << error;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keys.json"));
    QFile out(path);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QByteArray::fromStdString(serializeKeyFile(file)));
    out.close();

    const PythonRun r = runPython(path, QStringLiteral("tr0ub4dor&3"));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto json = nlohmann::json::parse(r.out);
    EXPECT_EQ(json["vault_id"], toHex(file.vaultId));
    EXPECT_EQ(json["generation"], file.generation);
    EXPECT_EQ(json["active_term"], keys.activeTerm);
    ASSERT_EQ(json["terms"].size(), keys.terms.size());
    for (const auto &t : keys.terms)
        EXPECT_EQ(json["terms"][std::to_string(t.number)]["key"], toHex(t.key.span())) << "term " << t.number;
    EXPECT_EQ(json["audit_key"], toHex(keys.derive("audit").span()));

    const PythonRun wrong = runPython(path, QStringLiteral("tr0ub4dor&4"));
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_NE(wrong.err.find("wrong passphrase"), std::string::npos) << wrong.err;
}
