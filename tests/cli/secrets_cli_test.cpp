// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// The `opsctl secrets` contract scripts rely on, through real processes on a
// real vault folder: the passphrase from OPSDECK_VAULT_PASSPHRASE, `put` from
// standard input or --value, `get` printing exactly the value, `--as`, one
// clear line and a non-zero exit for every refusal, `audit verify`.
#include "clifixture.h"
#include "privatekeyring.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>

using namespace OpsDeck::Test;

namespace {

class SecretsCli : public Cli
{
protected:
    void SetUp() override
    {
        Cli::SetUp();
        m_env.insert(QStringLiteral("OPSDECK_VAULT_PASSPHRASE"), QStringLiteral("it is a secret to everybody"));
        m_env.insert(QStringLiteral("USER"), QStringLiteral("alice"));
        m_ws = path(QStringLiteral("ws"));
        ASSERT_EQ(opsctl({QStringLiteral("--workspace"), m_ws, QStringLiteral("workspace"), QStringLiteral("init")}).exitCode, 0);
    }
    ProcessRun secrets(QStringList args, const QByteArray &input = {})
    {
        args = QStringList{QStringLiteral("--workspace"), m_ws, QStringLiteral("secrets")} + args;
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(qEnvironmentVariable("OPSDECK_OPSCTL"), args);
        p.write(input);
        p.closeWriteChannel();
        EXPECT_TRUE(p.waitForFinished(60000));
        ProcessRun r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    static void expectOneLineError(const ProcessRun &r, const char *needle)
    {
        EXPECT_NE(r.exitCode, 0);
        EXPECT_EQ(r.err.count(u'\n'), 1) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QLatin1String(needle))) << r.err.toStdString();
    }
    QString m_ws;
};

} // namespace

TEST_F(SecretsCli, PutAndGetFollowTheScriptContract)
{
    const ProcessRun init = secrets({QStringLiteral("init")});
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    EXPECT_TRUE(init.out.contains(QStringLiteral("alice is its admin"))) << init.out.toStdString();
    expectOneLineError(secrets({QStringLiteral("init")}), "already holds a vault");

    // From standard input, bytes as they are (no newline added or taken).
    const QByteArray pem = "-----BEGIN KEY-----\nabc\n-----END KEY-----\n";
    ProcessRun put = secrets({QStringLiteral("put"), QStringLiteral("team/app/tls")}, pem);
    ASSERT_EQ(put.exitCode, 0) << put.err.toStdString();
    EXPECT_EQ(put.out.trimmed(), QStringLiteral("team/app/tls version 1"));
    put = secrets({QStringLiteral("put"), QStringLiteral("team/app/api"), QStringLiteral("--value"), QStringLiteral("k1")});
    ASSERT_EQ(put.exitCode, 0) << put.err.toStdString();
    put = secrets({QStringLiteral("--json"), QStringLiteral("put"), QStringLiteral("team/app/api"), QStringLiteral("--value"),
                   QStringLiteral("k2")});
    ASSERT_EQ(put.exitCode, 0) << put.err.toStdString();
    EXPECT_EQ(json(put).value(QStringLiteral("version")).toInt(), 2);

    ProcessRun get = secrets({QStringLiteral("get"), QStringLiteral("team/app/tls")});
    ASSERT_EQ(get.exitCode, 0) << get.err.toStdString();
    EXPECT_EQ(get.out.toUtf8(), pem);
    get = secrets({QStringLiteral("get"), QStringLiteral("team/app/api")});
    EXPECT_EQ(get.out, QStringLiteral("k2"));
    get = secrets({QStringLiteral("get"), QStringLiteral("team/app/api"), QStringLiteral("--ver"), QStringLiteral("1")});
    EXPECT_EQ(get.out, QStringLiteral("k1"));
    EXPECT_TRUE(get.err.isEmpty()) << get.err.toStdString();

    const ProcessRun list = secrets({QStringLiteral("list"), QStringLiteral("team")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_TRUE(list.out.contains(QStringLiteral("team/app/api"))) << list.out.toStdString();
    const ProcessRun versions = secrets({QStringLiteral("versions"), QStringLiteral("team/app/api")});
    ASSERT_EQ(versions.exitCode, 0) << versions.err.toStdString();
    EXPECT_TRUE(versions.out.contains(QStringLiteral("current"))) << versions.out.toStdString();

    expectOneLineError(secrets({QStringLiteral("get"), QStringLiteral("team/app/none")}), "no secret team/app/none");
    expectOneLineError(secrets({QStringLiteral("get"), QStringLiteral("team//bad")}), "empty segment");
}

TEST_F(SecretsCli, RefusalsAreOneClearLine)
{
    ASSERT_EQ(secrets({QStringLiteral("init")}).exitCode, 0);
    ASSERT_EQ(secrets({QStringLiteral("put"), QStringLiteral("infra/ssh-keys"), QStringLiteral("--value"), QStringLiteral("x")}).exitCode, 0);

    // Denied: an identity no policy names.
    ProcessRun denied = secrets({QStringLiteral("get"), QStringLiteral("infra/ssh-keys"), QStringLiteral("--as"),
                                 QStringLiteral("payment-service")});
    expectOneLineError(denied, "denied");
    EXPECT_TRUE(denied.out.isEmpty()) << "nothing of the value is printed";
    const ProcessRun check = secrets({QStringLiteral("check"), QStringLiteral("payment-service"), QStringLiteral("read"),
                                      QStringLiteral("infra/ssh-keys")});
    EXPECT_EQ(check.exitCode, 1);
    EXPECT_TRUE(check.out.startsWith(QStringLiteral("denied:"))) << check.out.toStdString();
    EXPECT_EQ(secrets({QStringLiteral("check"), QStringLiteral("alice"), QStringLiteral("read"), QStringLiteral("infra/ssh-keys")}).exitCode, 0);

    // Wrong passphrase.
    m_env.insert(QStringLiteral("OPSDECK_VAULT_PASSPHRASE"), QStringLiteral("guess"));
    expectOneLineError(secrets({QStringLiteral("get"), QStringLiteral("infra/ssh-keys")}), "wrong passphrase");
    // No vault in another workspace.
    m_ws = path(QStringLiteral("ws2"));
    ASSERT_EQ(opsctl({QStringLiteral("--workspace"), m_ws, QStringLiteral("workspace"), QStringLiteral("init")}).exitCode, 0);
    expectOneLineError(secrets({QStringLiteral("list")}), "no vault in this workspace");
}

TEST_F(SecretsCli, AuditVerifyNamesTheFirstEditedEntry)
{
    ASSERT_EQ(secrets({QStringLiteral("init")}).exitCode, 0);
    for (int i = 0; i < 5; ++i)
        ASSERT_EQ(secrets({QStringLiteral("put"), QStringLiteral("a/s%1").arg(i), QStringLiteral("--value"), QStringLiteral("v")}).exitCode, 0);
    const ProcessRun ok = secrets({QStringLiteral("audit"), QStringLiteral("verify")});
    ASSERT_EQ(ok.exitCode, 0) << ok.err.toStdString();
    EXPECT_TRUE(ok.out.contains(QStringLiteral("verifies"))) << ok.out.toStdString();

    // Someone turns entry 4 from "alice" into "bob".
    QFile log(m_ws + QStringLiteral("/vault/audit.log"));
    ASSERT_TRUE(log.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = log.readAll().split('\n');
    log.close();
    ASSERT_GT(lines.size(), 5);
    ASSERT_TRUE(lines[3].contains("\"identity\":\"alice\""));
    lines[3].replace("\"identity\":\"alice\"", "\"identity\":\"bob\"");
    ASSERT_TRUE(log.open(QIODevice::WriteOnly | QIODevice::Truncate));
    log.write(lines.join('\n'));
    log.close();
    // The vault refuses to go on past a bad audit log (fail closed) or verify names the entry.
    const ProcessRun bad = secrets({QStringLiteral("audit"), QStringLiteral("verify")});
    EXPECT_NE(bad.exitCode, 0);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("entry 4"))) << bad.err.toStdString();
}

TEST_F(SecretsCli, ImportExportRollbackRotateAndMetadata)
{
    ASSERT_EQ(secrets({QStringLiteral("init")}).exitCode, 0);
    QFile env(path(QStringLiteral("app.env")));
    ASSERT_TRUE(env.open(QIODevice::WriteOnly));
    env.write("# the app's settings\nAPI_KEY=abc123\nexport DB_PASS=\"line1\\nline2\"\nTOKEN='t$k' # trailing\n");
    env.close();
    ProcessRun r = secrets({QStringLiteral("import"), env.fileName(), QStringLiteral("team/app")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(secrets({QStringLiteral("get"), QStringLiteral("team/app/DB_PASS")}).out, QStringLiteral("line1\nline2"));
    EXPECT_EQ(secrets({QStringLiteral("get"), QStringLiteral("team/app/TOKEN")}).out, QStringLiteral("t$k"));

    // A bad file names the line and column, and imports nothing.
    QFile broken(path(QStringLiteral("broken.env")));
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write("GOOD=1\nBAD LINE\n");
    broken.close();
    expectOneLineError(secrets({QStringLiteral("import"), broken.fileName()}), "line 2, column 4: expected '=' after BAD");
    expectOneLineError(secrets({QStringLiteral("get"), QStringLiteral("GOOD")}), "no secret GOOD");
    QFile json(path(QStringLiteral("s.json")));
    ASSERT_TRUE(json.open(QIODevice::WriteOnly));
    json.write("{\"svc/db\": {\"user\": \"app\", \"password\": \"pw\"},\n \"svc/api\": \"k\"}");
    json.close();
    QFile huge(path(QStringLiteral("huge.json")));
    ASSERT_TRUE(huge.open(QIODevice::WriteOnly));
    huge.write("{\"a/b\": 1e999}");
    huge.close();
    expectOneLineError(secrets({QStringLiteral("import"), huge.fileName()}), "a number is out of range");
    r = secrets({QStringLiteral("import"), json.fileName()});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();

    // Export needs --yes, gives what may be read, and is audited.
    expectOneLineError(secrets({QStringLiteral("export"), QStringLiteral("svc")}), "--yes");
    r = secrets({QStringLiteral("export"), QStringLiteral("svc"), QStringLiteral("--yes")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject exported = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(exported.value(QStringLiteral("svc/api")).toString(), QStringLiteral("k"));
    EXPECT_EQ(exported.value(QStringLiteral("svc/db")).toObject().value(QStringLiteral("password")).toString(),
              QStringLiteral("pw"));
    r = secrets({QStringLiteral("export"), QStringLiteral("team/app"), QStringLiteral("--format"), QStringLiteral("env"),
                 QStringLiteral("--yes")});
    EXPECT_TRUE(r.out.contains(QStringLiteral("DB_PASS=\"line1\\nline2\"\n"))) << r.out.toStdString();
    r = secrets({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("action=export")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 2);

    // Metadata, a generator, rotate, roll back, destroy.
    r = secrets({QStringLiteral("meta"), QStringLiteral("svc/api"), QStringLiteral("owner=payments"),
                 QStringLiteral("rotation_days=30"), QStringLiteral("generator=random:24:hex"), QStringLiteral("tags=prod,pci")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("payments"))) << r.out.toStdString();
    expectOneLineError(secrets({QStringLiteral("meta"), QStringLiteral("svc/api"), QStringLiteral("colour=red")}),
                       "unknown field 'colour'");
    ASSERT_EQ(secrets({QStringLiteral("rotate"), QStringLiteral("svc/api")}).exitCode, 0);
    const QString rotated = secrets({QStringLiteral("get"), QStringLiteral("svc/api")}).out;
    EXPECT_EQ(rotated.size(), 24) << rotated.toStdString();
    r = secrets({QStringLiteral("rollback"), QStringLiteral("svc/api"), QStringLiteral("--ver"), QStringLiteral("1")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(secrets({QStringLiteral("get"), QStringLiteral("svc/api")}).out, QStringLiteral("k"));
    ASSERT_EQ(secrets({QStringLiteral("destroy"), QStringLiteral("svc/api"), QStringLiteral("--ver"), QStringLiteral("2")}).exitCode, 0);
    expectOneLineError(secrets({QStringLiteral("get"), QStringLiteral("svc/api"), QStringLiteral("--ver"), QStringLiteral("2")}),
                       "destroyed");
    EXPECT_TRUE(secrets({QStringLiteral("versions"), QStringLiteral("svc/api")}).out.contains(QStringLiteral("destroyed")));
    EXPECT_EQ(secrets({QStringLiteral("due")}).exitCode, 0);

    // Nothing in the workspace holds a value or the passphrase in clear.
    QDirIterator files(m_ws, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int scanned = 0;
    while (files.hasNext()) {
        const QString file = files.next();
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << file.toStdString();
        const QByteArray bytes = f.readAll();
        ++scanned;
        for (const char *needle : {"abc123", "line1\nline2", "t$k", "\"password\": \"pw\"", "it is a secret to everybody"})
            EXPECT_FALSE(bytes.contains(needle)) << needle << " in " << file.toStdString();
        EXPECT_FALSE(bytes.contains(rotated.toUtf8())) << "the rotated value in " << file.toStdString();
    }
    EXPECT_GE(scanned, 5);
}

TEST_F(SecretsCli, IdentitiesAndPoliciesDecideTheSeedsExample)
{
    ASSERT_EQ(secrets({QStringLiteral("init")}).exitCode, 0);
    for (const char *p : {"payments/payment-api-key", "payments/stripe-secret", "infra/database-password", "infra/ssh-keys"})
        ASSERT_EQ(secrets({QStringLiteral("put"), QString::fromLatin1(p), QStringLiteral("--value"), QStringLiteral("v")}).exitCode, 0);
    ProcessRun shown = secrets({QStringLiteral("policy"), QStringLiteral("show")});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    QJsonObject doc = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    QJsonArray policies = doc.value(QStringLiteral("policies")).toArray();
    policies.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("payments-read")},
                                {QStringLiteral("description"), QStringLiteral("")},
                                {QStringLiteral("rules"), QJsonArray{QJsonObject{{QStringLiteral("pattern"), QStringLiteral("payments/*")},
                                                                                 {QStringLiteral("capabilities"), QJsonArray{QStringLiteral("read")}},
                                                                                 {QStringLiteral("effect"), QStringLiteral("allow")}}}}});
    doc.insert(QStringLiteral("policies"), policies);
    QFile file(path(QStringLiteral("policies.json")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(doc).toJson());
    file.close();
    ProcessRun set = secrets({QStringLiteral("policy"), QStringLiteral("set"), file.fileName()});
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    ASSERT_EQ(secrets({QStringLiteral("identity"), QStringLiteral("add"), QStringLiteral("payment-service"),
                       QStringLiteral("application"), QStringLiteral("payments-read")}).exitCode, 0);
    const QStringList as{QStringLiteral("--as"), QStringLiteral("payment-service")};
    EXPECT_EQ(secrets(QStringList{QStringLiteral("get"), QStringLiteral("payments/payment-api-key")} + as).exitCode, 0);
    EXPECT_EQ(secrets(QStringList{QStringLiteral("get"), QStringLiteral("payments/stripe-secret")} + as).exitCode, 0);
    expectOneLineError(secrets(QStringList{QStringLiteral("get"), QStringLiteral("infra/database-password")} + as), "denied");
    expectOneLineError(secrets(QStringList{QStringLiteral("get"), QStringLiteral("infra/ssh-keys")} + as), "denied");
    EXPECT_EQ(secrets({QStringLiteral("policy"), QStringLiteral("check"), QStringLiteral("payment-service"),
                       QStringLiteral("read"), QStringLiteral("infra/ssh-keys")}).exitCode, 1);
    // Disabled, it reads nothing; an unknown policy is refused with its name.
    ASSERT_EQ(secrets({QStringLiteral("identity"), QStringLiteral("disable"), QStringLiteral("payment-service")}).exitCode, 0);
    expectOneLineError(secrets(QStringList{QStringLiteral("get"), QStringLiteral("payments/payment-api-key")} + as), "denied");
    expectOneLineError(secrets({QStringLiteral("identity"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("user"),
                                QStringLiteral("nope")}),
                       "nope");
    const ProcessRun list = secrets({QStringLiteral("identity"), QStringLiteral("list")});
    EXPECT_TRUE(list.out.contains(QStringLiteral("disabled"))) << list.out.toStdString();
    const ProcessRun denials = secrets({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"),
                                        QStringLiteral("identity=payment-service"), QStringLiteral("denied")});
    ASSERT_EQ(denials.exitCode, 0) << denials.err.toStdString();
    EXPECT_GE(QJsonDocument::fromJson(denials.out.toUtf8()).array().size(), 3);
}

TEST_F(SecretsCli, QuickUnlockThroughTheSystemKeyringNeedsNoPassphrase)
{
    PrivateKeyring keyring; // a real GNOME Keyring on a private bus, for these processes
    ASSERT_TRUE(keyring.error().isEmpty()) << keyring.error().toStdString();
    m_env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), keyring.busAddress());
    ASSERT_EQ(secrets({QStringLiteral("init")}).exitCode, 0);
    ASSERT_EQ(secrets({QStringLiteral("put"), QStringLiteral("a/b"), QStringLiteral("--value"), QStringLiteral("v1")}).exitCode, 0);

    // Not set up yet: --keyring refuses in one line.
    expectOneLineError(secrets({QStringLiteral("get"), QStringLiteral("a/b"), QStringLiteral("--keyring")}),
                       "quick unlock is not turned on");

    const ProcessRun enabled = secrets({QStringLiteral("keyring"), QStringLiteral("enable")});
    ASSERT_EQ(enabled.exitCode, 0) << enabled.err.toStdString();
    const ProcessRun status = secrets({QStringLiteral("keyring"), QStringLiteral("status")});
    ASSERT_EQ(status.exitCode, 0) << status.err.toStdString();
    EXPECT_TRUE(status.out.contains(QStringLiteral("passphrase"))) << status.out.toStdString();
    EXPECT_TRUE(status.out.contains(QStringLiteral("os-keyring:alice@"))) << status.out.toStdString();
    EXPECT_TRUE(status.out.contains(QStringLiteral("(this machine)"))) << status.out.toStdString();

    // No passphrase anywhere now: the keyring's key opens the vault.
    m_env.remove(QStringLiteral("OPSDECK_VAULT_PASSPHRASE"));
    const ProcessRun got = secrets({QStringLiteral("get"), QStringLiteral("a/b"), QStringLiteral("--keyring")});
    ASSERT_EQ(got.exitCode, 0) << got.err.toStdString();
    EXPECT_EQ(got.out, QStringLiteral("v1"));
    // Without --keyring the passphrase contract is unchanged.
    EXPECT_NE(secrets({QStringLiteral("get"), QStringLiteral("a/b")}).exitCode, 0);

    // Another user on this machine has no key in this vault.
    m_env.insert(QStringLiteral("USER"), QStringLiteral("bob"));
    expectOneLineError(secrets({QStringLiteral("get"), QStringLiteral("a/b"), QStringLiteral("--keyring")}),
                       "quick unlock is not turned on");
    m_env.insert(QStringLiteral("USER"), QStringLiteral("alice"));

    ASSERT_EQ(secrets({QStringLiteral("keyring"), QStringLiteral("disable"), QStringLiteral("--keyring")}).exitCode, 0);
    expectOneLineError(secrets({QStringLiteral("get"), QStringLiteral("a/b"), QStringLiteral("--keyring")}),
                       "quick unlock is not turned on");
    m_env.insert(QStringLiteral("OPSDECK_VAULT_PASSPHRASE"), QStringLiteral("it is a secret to everybody"));
    EXPECT_EQ(secrets({QStringLiteral("get"), QStringLiteral("a/b")}).out, QStringLiteral("v1"));

    // The keyring service gone: one clear line, not a hang.
    ASSERT_EQ(secrets({QStringLiteral("keyring"), QStringLiteral("enable")}).exitCode, 0);
    keyring.stopKeyring();
    m_env.remove(QStringLiteral("OPSDECK_VAULT_PASSPHRASE"));
    const ProcessRun down = secrets({QStringLiteral("get"), QStringLiteral("a/b"), QStringLiteral("--keyring")});
    EXPECT_NE(down.exitCode, 0);
    EXPECT_EQ(down.err.count(u'\n'), 1) << down.err.toStdString();
    EXPECT_TRUE(down.err.contains(QStringLiteral("keyring"))) << down.err.toStdString();
}
