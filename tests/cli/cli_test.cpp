// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// Runs opsctl (and opsdeck where it has no window) as real processes, the
// way scripts and users do, and checks what they print and return.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "clifixture.h"

using namespace OpsDeck::Test;

namespace {

QJsonObject findPlugin(const QJsonObject &listing, const QString &file)
{
    const QJsonArray plugins = listing.value(QStringLiteral("plugins")).toArray();
    for (const QJsonValue &v : plugins) {
        if (v.toObject().value(QStringLiteral("file")).toString() == file)
            return v.toObject();
    }
    return {};
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

TEST_F(Cli, VersionAndHelp)
{
    const ProcessRun v = opsctl({QStringLiteral("--version")});
    EXPECT_EQ(v.exitCode, 0);
    EXPECT_TRUE(v.out.startsWith(QStringLiteral("opsctl 0."))) << v.out.toStdString();
    const ProcessRun h = opsctl({QStringLiteral("--help")});
    EXPECT_EQ(h.exitCode, 0);
    EXPECT_TRUE(h.out.contains(QStringLiteral("plugins list")));
    EXPECT_TRUE(h.out.contains(QStringLiteral("workspace info")));
    EXPECT_TRUE(h.out.contains(QStringLiteral("Exit codes")));
}

TEST_F(Cli, UsageErrorsExitTwoWithOneClearLine)
{
    const ProcessRun none = opsctl({});
    EXPECT_EQ(none.exitCode, 2);
    EXPECT_TRUE(none.err.contains(QStringLiteral("no command given"))) << none.err.toStdString();
    EXPECT_TRUE(none.out.isEmpty());

    const ProcessRun unknown = opsctl({QStringLiteral("frobnicate")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("unknown command 'frobnicate'"))) << unknown.err.toStdString();

    const ProcessRun badVerb = opsctl({QStringLiteral("plugins"), QStringLiteral("explode")});
    EXPECT_EQ(badVerb.exitCode, 2);
    EXPECT_TRUE(badVerb.err.contains(QStringLiteral("plugins explode")));

    const ProcessRun misplaced = opsctl({QStringLiteral("workspace"), QStringLiteral("info"), QStringLiteral("--check")});
    EXPECT_EQ(misplaced.exitCode, 2);
    EXPECT_TRUE(misplaced.err.contains(QStringLiteral("--check only applies to 'plugins list'")));

    const ProcessRun unknownOption = opsctl({QStringLiteral("--frob")});
    EXPECT_EQ(unknownOption.exitCode, 2);
    EXPECT_TRUE(unknownOption.err.contains(QStringLiteral("frob")));
}

TEST_F(Cli, PluginsListShowsLoadedAndRefusedWithReasons)
{
    // The bundled example plugin comes from the installation's folder; the
    // broken files from OPSDECK_PLUGIN_PATH.
    const QString extra = path(QStringLiteral("extra-plugins"));
    QDir().mkpath(extra);
    QByteArray garbage(4096, '\0');
    for (char &c : garbage)
        c = char(QRandomGenerator::global()->generate() & 0xff);
    writeBytes(extra + QStringLiteral("/garbage.so"), garbage);
    writeBytes(extra + QStringLiteral("/notes.txt"), "not a library, not listed");
    m_env.insert(QStringLiteral("OPSDECK_PLUGIN_PATH"), extra);

    const ProcessRun r = opsctl({QStringLiteral("plugins"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject listing = json(r);
    EXPECT_TRUE(listing.value(QStringLiteral("searchPaths")).toArray().contains(extra));

    const QJsonObject hello = findPlugin(listing, QStringLiteral("opsdeck_hello.so"));
    ASSERT_FALSE(hello.isEmpty()) << r.out.toStdString();
    EXPECT_EQ(hello.value(QStringLiteral("id")).toString(), QStringLiteral("hello"));
    EXPECT_EQ(hello.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
    EXPECT_EQ(hello.value(QStringLiteral("version")).toString(), QStringLiteral("1.0.0"));
    EXPECT_TRUE(hello.value(QStringLiteral("error")).isNull());

    const QJsonObject broken = findPlugin(listing, QStringLiteral("garbage.so"));
    ASSERT_FALSE(broken.isEmpty());
    EXPECT_EQ(broken.value(QStringLiteral("state")).toString(), QStringLiteral("invalid"));
    EXPECT_TRUE(broken.value(QStringLiteral("error")).toString().contains(QStringLiteral("no plugin metadata")));
    EXPECT_TRUE(broken.value(QStringLiteral("id")).isNull());
    EXPECT_TRUE(findPlugin(listing, QStringLiteral("notes.txt")).isEmpty());

    // --check turns refused plugins into exit code 4 for scripts.
    const ProcessRun checked = opsctl({QStringLiteral("plugins"), QStringLiteral("list"), QStringLiteral("--check")});
    EXPECT_EQ(checked.exitCode, 4);
    EXPECT_TRUE(checked.out.contains(QStringLiteral("garbage.so")));
    EXPECT_TRUE(checked.out.contains(QStringLiteral("no plugin metadata")));

    // --no-load runs no plugin code: the example stops at "resolved".
    const ProcessRun readOnly = opsctl({QStringLiteral("plugins"), QStringLiteral("list"), QStringLiteral("--no-load"),
                                 QStringLiteral("--json")});
    ASSERT_EQ(readOnly.exitCode, 0);
    EXPECT_EQ(findPlugin(json(readOnly), QStringLiteral("opsdeck_hello.so")).value(QStringLiteral("state")).toString(),
              QStringLiteral("resolved"));
}

TEST_F(Cli, DisabledPluginIsListedAsDisabled)
{
    const QString config = m_env.value(QStringLiteral("XDG_CONFIG_HOME")) + QStringLiteral("/opsdeck");
    QDir().mkpath(config);
    writeBytes(config + QStringLiteral("/settings.json"), R"({"pluginManager": {"disabled": ["hello"]}})");
    const ProcessRun r = opsctl({QStringLiteral("plugins"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject hello = findPlugin(json(r), QStringLiteral("opsdeck_hello.so"));
    EXPECT_EQ(hello.value(QStringLiteral("state")).toString(), QStringLiteral("disabled"));
    EXPECT_FALSE(hello.value(QStringLiteral("enabled")).toBool());
}

TEST_F(Cli, DamagedSettingsAreReportedAndKept)
{
    const QString config = m_env.value(QStringLiteral("XDG_CONFIG_HOME")) + QStringLiteral("/opsdeck");
    QDir().mkpath(config);
    const QByteArray damaged = "{\"pluginManager\": {\"disabled\": [\"hello\"\n";
    writeBytes(config + QStringLiteral("/settings.json"), damaged);
    const ProcessRun r = opsctl({QStringLiteral("plugins"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("opsctl: warning:"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QRegularExpression(QStringLiteral("settings\\.json\\.corrupt-[0-9-]+:1:[0-9]+: unterminated array"))))
        << r.err.toStdString();
    EXPECT_EQ(r.err.trimmed().count(QLatin1Char('\n')), 0) << "one line: " << r.err.toStdString();
    const QStringList aside = QDir(config).entryList({QStringLiteral("settings.json.corrupt-*")});
    ASSERT_EQ(aside.size(), 1);
    QFile kept(config + QLatin1Char('/') + aside.constFirst());
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), damaged);
    // The listing itself still works, with default settings (nothing disabled).
    EXPECT_EQ(findPlugin(json(r), QStringLiteral("opsdeck_hello.so")).value(QStringLiteral("state")).toString(),
              QStringLiteral("running"));
}

TEST_F(Cli, WorkspaceInfoFollowsFlagThenEnvironment)
{
    const QString byFlag = path(QStringLiteral("ws-flag"));
    // Reading never creates a workspace: it says how to make one.
    const ProcessRun missing = opsctl({QStringLiteral("--workspace"), byFlag, QStringLiteral("workspace"), QStringLiteral("info")});
    EXPECT_EQ(missing.exitCode, 3);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("does not exist"))) << missing.err.toStdString();
    EXPECT_TRUE(missing.err.contains(QStringLiteral("opsctl workspace init")));
    EXPECT_FALSE(QFileInfo::exists(byFlag));

    ASSERT_EQ(opsctl({QStringLiteral("--workspace"), byFlag, QStringLiteral("workspace"), QStringLiteral("init")}).exitCode, 0);
    const ProcessRun r = opsctl({QStringLiteral("--workspace"), byFlag, QStringLiteral("workspace"), QStringLiteral("info"),
                          QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject info = json(r);
    EXPECT_EQ(info.value(QStringLiteral("path")).toString(), byFlag);
    EXPECT_EQ(info.value(QStringLiteral("source")).toString(), QStringLiteral("--workspace"));
    EXPECT_EQ(info.value(QStringLiteral("profile")).toString(), QStringLiteral("local"));
    const QJsonObject caps = info.value(QStringLiteral("capabilities")).toObject();
    EXPECT_TRUE(caps.value(QStringLiteral("logstore")).toObject().value(QStringLiteral("available")).toBool(false))
        << "the local profile runs the embedded log store";
    EXPECT_TRUE(caps.value(QStringLiteral("secretstore")).toObject().value(QStringLiteral("available")).toBool(false))
        << "and the vault (made on first use)";
    EXPECT_TRUE(caps.value(QStringLiteral("pipelines")).toObject().value(QStringLiteral("available")).toBool(false))
        << "and the pipeline engine";
    EXPECT_TRUE(caps.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("available")).toBool(false))
        << "and the metrics store";
    EXPECT_TRUE(QFileInfo::exists(byFlag + QStringLiteral("/workspace.json")));

    const QString byEnv = path(QStringLiteral("ws-env"));
    m_env.insert(QStringLiteral("OPSDECK_WORKSPACE"), byEnv);
    ASSERT_EQ(opsctl({QStringLiteral("workspace"), QStringLiteral("init")}).exitCode, 0);
    const QJsonObject fromEnv = json(opsctl({QStringLiteral("workspace"), QStringLiteral("info"), QStringLiteral("--json")}));
    EXPECT_EQ(fromEnv.value(QStringLiteral("path")).toString(), byEnv);
    EXPECT_EQ(fromEnv.value(QStringLiteral("source")).toString(), QStringLiteral("OPSDECK_WORKSPACE"));

    // The flag wins over the environment.
    const QJsonObject both = json(opsctl({QStringLiteral("--workspace"), byFlag, QStringLiteral("workspace"),
                                          QStringLiteral("info"), QStringLiteral("--json")}));
    EXPECT_EQ(both.value(QStringLiteral("path")).toString(), byFlag);
}

TEST_F(Cli, WorkspaceErrorsExitThreeAndChangeNothing)
{
    const QString file = path(QStringLiteral("not-a-folder"));
    writeBytes(file, "I am a file");
    const ProcessRun r = opsctl({QStringLiteral("--workspace"), file, QStringLiteral("workspace"), QStringLiteral("info")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("not a folder"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(file));
    EXPECT_EQ(r.err.trimmed().count(QLatin1Char('\n')), 0) << "one line: " << r.err.toStdString();

    // A damaged manifest is reported with file:line:column and left alone.
    const QString ws = path(QStringLiteral("damaged"));
    QDir().mkpath(ws);
    const QByteArray damaged = "{\n  \"format\": 1,\n  \"name\": x\n}\n";
    writeBytes(ws + QStringLiteral("/workspace.json"), damaged);
    const ProcessRun d = opsctl({QStringLiteral("--workspace"), ws, QStringLiteral("workspace"), QStringLiteral("info")});
    EXPECT_EQ(d.exitCode, 3);
    EXPECT_TRUE(d.err.contains(ws + QStringLiteral("/workspace.json:3:"))) << d.err.toStdString();
    QFile f(ws + QStringLiteral("/workspace.json"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), damaged);
}

TEST_F(Cli, WorkspaceInitMakesADemoWorkspace)
{
    const QString ws = path(QStringLiteral("demo"));
    const ProcessRun r = opsctl({QStringLiteral("--workspace"), ws, QStringLiteral("--json"), QStringLiteral("workspace"),
                          QStringLiteral("init"), QStringLiteral("--demo")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(json(r).value(QStringLiteral("demo")).toBool());
    EXPECT_TRUE(json(r).value(QStringLiteral("createdNow")).toBool());
    EXPECT_TRUE(json(opsctl({QStringLiteral("--workspace"), ws, QStringLiteral("workspace"), QStringLiteral("info"),
                             QStringLiteral("--json")}))
                    .value(QStringLiteral("demo"))
                    .toBool());
}

TEST_F(Cli, ConsoleWithoutDisplaySaysSoInOneLine)
{
    m_env.remove(QStringLiteral("DISPLAY"));
    m_env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    m_env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const QString opsdeck = qEnvironmentVariable("OPSDECK_OPSDECK");
    const ProcessRun r = run(opsdeck, {});
    EXPECT_EQ(r.exitCode, 1);
    const QString line = r.err.trimmed();
    EXPECT_EQ(line.count(QLatin1Char('\n')), 0) << r.err.toStdString();
    EXPECT_TRUE(line.contains(QStringLiteral("no display")));
    EXPECT_TRUE(line.contains(QStringLiteral("xvfb-run")));
    EXPECT_TRUE(line.contains(QStringLiteral("opsctl")));

    const ProcessRun v = run(opsdeck, {QStringLiteral("--version")});
    EXPECT_EQ(v.exitCode, 0) << v.err.toStdString();
    EXPECT_TRUE(v.out.contains(QStringLiteral("0.1.0")));
}

} // namespace
