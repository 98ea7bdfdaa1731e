// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// The plugin loader against real plugin modules (fixtures/): every failure
// it can report, that the reason names what is wrong, and that a healthy
// plugin ("ok") keeps running beside each broken one.
#include "fixtures/fixtureplugin.h"
#include "qtprinters.h"
#include "testsupport.h"

#include <opsdeck/api/backendregistry.h>
#include <opsdeck/sdk/commandregistry.h>
#include <opsdeck/sdk/hostservices.h>
#include <opsdeck/sdk/iplugin.h>
#include <opsdeck/sdk/pluginmanager.h>
#include <opsdeck/sdk/pluginspec.h>
#include <opsdeck/sdk/statusbarregistry.h>
#include <opsdeck/sdk/viewregistry.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace OpsDeck;
using OpsDeck::Sdk::PluginSpec;
using OpsDeck::Sdk::PluginState;
using OpsDeck::Test::Fixtures::kCallsProperty;

namespace {

QString fixtureRoot()
{
    return QStringLiteral(OPSDECK_LOADER_FIXTURE_DIR);
}

/** The folder that holds only fixture \a name (built as <name>/<name>.so). */
QString fixtureDir(const QString &name)
{
    return fixtureRoot() + QLatin1Char('/') + name;
}

QString fixtureFile(const QString &name)
{
    return fixtureDir(name) + QLatin1Char('/') + name + QStringLiteral(".so");
}

QStringList fixtureDirs(const QStringList &names)
{
    QStringList dirs;
    for (const QString &name : names)
        dirs.append(fixtureDir(name));
    return dirs;
}

QStringList calls()
{
    return qApp->property(kCallsProperty).toStringList();
}

void clearCalls()
{
    qApp->setProperty(kCallsProperty, QStringList());
}

std::string stateName(const PluginSpec *spec)
{
    return spec ? Sdk::pluginStateName(spec->state).toStdString() : std::string("<no such plugin>");
}

/** A console in miniature: real settings, backends, host services and manager. */
struct Console
{
    Console()
        : settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
        , services(settings, backends)
        , manager(std::make_unique<Sdk::PluginManager>(services))
    {
        clearCalls();
    }

    void load(const QStringList &paths)
    {
        manager->setSearchPaths(paths);
        manager->loadAll();
    }

    void loadFixtures(const QStringList &names) { load(fixtureDirs(names)); }

    /** By file name: two files may claim one id. */
    const PluginSpec *byFile(const QString &fileName) const
    {
        for (const PluginSpec *spec : manager->plugins()) {
            if (spec->fileName == fileName)
                return spec;
        }
        return nullptr;
    }

    /** Everything any registry holds for \a owner, as "kind:id". */
    QStringList registrationsOf(const QString &owner)
    {
        QStringList out;
        for (const Sdk::Command &c : services.commands().commands()) {
            if (c.owner == owner)
                out.append(QStringLiteral("command:") + c.id);
        }
        for (const Sdk::View &v : services.views().views()) {
            if (v.owner == owner)
                out.append(QStringLiteral("view:") + v.id);
        }
        for (const Sdk::StatusItem *i : services.statusBar().items()) {
            if (i->owner() == owner)
                out.append(QStringLiteral("status:") + i->id());
        }
        return out;
    }

    QTemporaryDir dir;
    QSettings settings;
    Backend::BackendRegistry backends;
    Sdk::HostServices services;
    std::unique_ptr<Sdk::PluginManager> manager;
};

/** The healthy plugin runs and everything it registered is there and works. */
void expectOkRuns(Console &console)
{
    const PluginSpec *ok = console.byFile(QStringLiteral("ok.so"));
    ASSERT_NE(ok, nullptr);
    EXPECT_EQ(ok->state, PluginState::Running) << stateName(ok) << ": " << ok->error.toStdString();
    EXPECT_EQ(console.registrationsOf(QStringLiteral("ok")),
              (QStringList{QStringLiteral("command:ok.hello"), QStringLiteral("view:ok.view"),
                           QStringLiteral("status:ok.status")}));
    const Result<> triggered = console.services.commands().trigger(QStringLiteral("ok.hello"));
    EXPECT_TRUE(triggered.ok());
    EXPECT_TRUE(calls().contains(QStringLiteral("ok:hello")));
}

/** Collects warnings from the SDK's logging categories while alive. */
class WarningCollector
{
public:
    WarningCollector()
    {
        s_messages.clear();
        m_previous = qInstallMessageHandler(&WarningCollector::handle);
    }
    ~WarningCollector() { qInstallMessageHandler(m_previous); }
    WarningCollector(const WarningCollector &) = delete;
    WarningCollector &operator=(const WarningCollector &) = delete;

    QStringList messages() const { return s_messages; }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (type >= QtWarningMsg && context.category &&
            QByteArray(context.category).startsWith("opsdeck.sdk"))
            s_messages.append(message);
    }
    static inline QStringList s_messages;
    QtMessageHandler m_previous = nullptr;
};

/** Restores the working directory and OPSDECK_PLUGIN_PATH on scope exit. */
class EnvironmentGuard
{
public:
    EnvironmentGuard()
        : m_cwd(QDir::currentPath())
        , m_pluginPath(qgetenv("OPSDECK_PLUGIN_PATH"))
        , m_hadPluginPath(qEnvironmentVariableIsSet("OPSDECK_PLUGIN_PATH"))
    {
    }
    ~EnvironmentGuard()
    {
        QDir::setCurrent(m_cwd);
        if (m_hadPluginPath)
            qputenv("OPSDECK_PLUGIN_PATH", m_pluginPath);
        else
            qunsetenv("OPSDECK_PLUGIN_PATH");
    }
    EnvironmentGuard(const EnvironmentGuard &) = delete;
    EnvironmentGuard &operator=(const EnvironmentGuard &) = delete;

private:
    QString m_cwd;
    QByteArray m_pluginPath;
    bool m_hadPluginPath;
};

} // namespace

// --- the fixtures themselves ---------------------------------------------

TEST(PluginFixtures, AreBuiltEachInItsOwnFolder)
{
    for (const char *name : {"ok",
                             "depends_on_ok",
                             "optional_dep",
                             "circular_a",
                             "circular_b",
                             "missing_dep",
                             "wrong_sdk_major",
                             "newer_sdk_minor",
                             "bad_json",
                             "bad_version",
                             "bad_capability",
                             "throws_in_init",
                             "fails_in_init",
                             "throws_in_extensions",
                             "needs_failing",
                             "old_compat",
                             "needs_old",
                             "dup_ok",
                             "wrong_class",
                             "unresolved_symbol",
                             "not_a_plugin"}) {
        const QString file = fixtureFile(QString::fromLatin1(name));
        EXPECT_TRUE(QFileInfo::exists(file)) << file.toStdString();
        EXPECT_EQ(QDir(fixtureDir(QString::fromLatin1(name))).entryList(QDir::Files).size(), 1)
            << name;
    }
}

// --- healthy plugins ---------------------------------------------------------

TEST(PluginManager, LoadsAPluginAndItsRegistrations)
{
    Console console;
    console.loadFixtures({QStringLiteral("ok")});

    const PluginSpec *ok = console.manager->plugin(QStringLiteral("ok"));
    ASSERT_NE(ok, nullptr);
    EXPECT_EQ(ok->name, QStringLiteral("OK Fixture"));
    EXPECT_EQ(ok->version, QVersionNumber(1, 0, 0));
    EXPECT_EQ(ok->filePath, fixtureFile(QStringLiteral("ok")));
    EXPECT_NE(ok->instance, nullptr);
    EXPECT_TRUE(ok->error.isEmpty()) << ok->error.toStdString();
    EXPECT_TRUE(console.manager->problems().isEmpty());
    expectOkRuns(console);
    EXPECT_EQ(calls(), (QStringList{QStringLiteral("ok:initialize"),
                                    QStringLiteral("ok:extensionsInitialized"),
                                    QStringLiteral("ok:hello")}));
}

TEST(PluginManager, ReadAllRunsNoPluginCode)
{
    Console console;
    console.manager->setSearchPaths(
        fixtureDirs({QStringLiteral("depends_on_ok"), QStringLiteral("ok")}));
    console.manager->readAll();

    for (const PluginSpec *spec : console.manager->plugins()) {
        EXPECT_EQ(spec->state, PluginState::Resolved)
            << spec->id.toStdString() << ": " << stateName(spec);
        EXPECT_EQ(spec->instance, nullptr);
    }
    EXPECT_EQ(console.manager->plugins().size(), 2);
    EXPECT_TRUE(calls().isEmpty()) << calls().join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(console.services.commands().commands().isEmpty());
}

TEST(PluginManager, LoadsDependenciesFirst)
{
    Console console;
    // The dependent is found first; it must still be initialised second.
    console.loadFixtures({QStringLiteral("depends_on_ok"), QStringLiteral("ok")});

    EXPECT_EQ(console.manager->plugin(QStringLiteral("depends_on_ok"))->state,
              PluginState::Running);
    expectOkRuns(console);
    EXPECT_EQ(
        calls().mid(0, 5),
        (QStringList{QStringLiteral("ok:initialize"), QStringLiteral("depends_on_ok:initialize"),
                     QStringLiteral("ok:extensionsInitialized"),
                     QStringLiteral("depends_on_ok:extensionsInitialized"),
                     // extensionsInitialized() runs after every initialize(): it sees ok's command.
                     QStringLiteral("depends_on_ok:sawOkCommand")}));
}

TEST(PluginManager, OptionalDependencyOnMissingPluginStillLoads)
{
    Console console;
    console.loadFixtures({QStringLiteral("optional_dep"), QStringLiteral("ok")});

    const PluginSpec *spec = console.manager->plugin(QStringLiteral("optional_dep"));
    ASSERT_NE(spec, nullptr);
    EXPECT_EQ(spec->state, PluginState::Running) << spec->error.toStdString();
    ASSERT_EQ(spec->dependencies.size(), 1);
    EXPECT_TRUE(spec->dependencies.first().optional);
    EXPECT_TRUE(calls().contains(QStringLiteral("optional_dep:initialize")));
    expectOkRuns(console);
}

// --- every failure, each beside the healthy plugin ---------------------------

struct FailureCase
{
    const char *label;     ///< test name suffix
    QStringList folders;   ///< search path, in order (always includes "ok")
    QString file;          ///< the plugin under test, by file name
    PluginState state;     ///< where it stops
    QStringList reasons;   ///< all must appear in its error
    bool codeRuns = false; ///< whether any of its code may run
};

void PrintTo(const FailureCase &c, std::ostream *os)
{
    *os << c.label;
}

QString sdk()
{
    return Sdk::sdkVersion().toString();
}

std::vector<FailureCase> failureCases()
{
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    return {
        {"circular",
         {s("circular_a"), s("circular_b"), s("ok")},
         s("circular_a.so"),
         PluginState::Failed,
         {s("dependency cycle")}},
        {"missing_dep",
         {s("missing_dep"), s("ok")},
         s("missing_dep.so"),
         PluginState::Failed,
         {s("\"nosuchplugin\"")}},
        {"wrong_sdk_major",
         {s("wrong_sdk_major"), s("ok")},
         s("wrong_sdk_major.so"),
         PluginState::Invalid,
         {s("SDK major version 2"), sdk()}},
        {"newer_sdk_minor",
         {s("newer_sdk_minor"), s("ok")},
         s("newer_sdk_minor.so"),
         PluginState::Invalid,
         {s("SDK 1.99.0"), sdk()}},
        {"bad_json",
         {s("bad_json"), s("ok")},
         s("bad_json.so"),
         PluginState::Invalid,
         {s("\"Version\" is missing")}},
        {"bad_version",
         {s("bad_version"), s("ok")},
         s("bad_version.so"),
         PluginState::Invalid,
         {s("\"Version\""), s("\"1.x\""), s("not a version")}},
        {"bad_capability",
         {s("bad_capability"), s("ok")},
         s("bad_capability.so"),
         PluginState::Invalid,
         {s("Capabilities[0]"), s("\"teleport\"")}},
        {"throws_in_init",
         {s("throws_in_init"), s("ok")},
         s("throws_in_init.so"),
         PluginState::Failed,
         {s("database on fire")},
         true},
        {"fails_in_init",
         {s("fails_in_init"), s("ok")},
         s("fails_in_init.so"),
         PluginState::Failed,
         {s("license server unreachable")},
         true},
        {"throws_in_extensions",
         {s("throws_in_extensions"), s("ok")},
         s("throws_in_extensions.so"),
         PluginState::Failed,
         {s("extensionsInitialized"), s("extensions exploded")},
         true},
        {"needs_failing",
         {s("needs_failing"), s("throws_in_init"), s("ok")},
         s("needs_failing.so"),
         PluginState::Failed,
         {s("\"Throws In Init\""), s("database on fire")}},
        {"needs_old",
         {s("needs_old"), s("old_compat"), s("ok")},
         s("needs_old.so"),
         PluginState::Failed,
         {s("\"old_compat\""), s("1.0.0"), s("2.0.0")}},
        {"dup_ok",
         {s("ok"), s("dup_ok")},
         s("dup_ok.so"),
         PluginState::Invalid,
         {s("duplicate id \"ok\""), fixtureFile(s("ok"))}},
        {"not_a_plugin",
         {s("not_a_plugin"), s("ok")},
         s("not_a_plugin.so"),
         PluginState::Invalid,
         {s("no plugin metadata")}},
        {"wrong_class",
         {s("wrong_class"), s("ok")},
         s("wrong_class.so"),
         PluginState::Failed,
         {s("does not implement OpsDeck::Sdk::IPlugin")},
         true},
        {"unresolved_symbol",
         {s("unresolved_symbol"), s("ok")},
         s("unresolved_symbol.so"),
         PluginState::Failed,
         {s("cannot load the library"), s("opsdeck_fixture_symbol_nobody_defines")}},
    };
}

class PluginFailure : public ::testing::TestWithParam<FailureCase>
{
};

TEST_P(PluginFailure, IsReportedWithItsReasonAndOkKeepsRunning)
{
    const FailureCase &c = GetParam();
    Console console;
    console.loadFixtures(c.folders);

    const PluginSpec *spec = console.byFile(c.file);
    ASSERT_NE(spec, nullptr) << c.file.toStdString() << " was not found";
    EXPECT_EQ(spec->state, c.state)
        << "state is " << stateName(spec) << ", error: " << spec->error.toStdString();
    for (const QString &reason : c.reasons)
        OPSDECK_EXPECT_CONTAINS(spec->error, reason);
    EXPECT_TRUE(console.manager->problems().contains(spec));

    // Metadata and dependency problems are found before any plugin code runs.
    const QString codeId = QFileInfo(c.file).completeBaseName();
    if (!c.codeRuns) {
        for (const QString &call : calls())
            EXPECT_FALSE(call.startsWith(codeId + QLatin1Char(':'))) << call.toStdString();
    }

    // Whatever it registered before failing is withdrawn; the console goes on.
    if (spec->id != QLatin1String("ok")) {
        const QStringList left = console.registrationsOf(spec->id);
        EXPECT_TRUE(left.isEmpty()) << left.join(QLatin1Char(' ')).toStdString();
    }
    expectOkRuns(console);

    // A failed plugin is not shut down; the healthy one is.
    clearCalls();
    console.manager->shutdown();
    EXPECT_TRUE(calls().contains(QStringLiteral("ok:aboutToShutdown")));
    EXPECT_FALSE(calls().contains(codeId + QStringLiteral(":aboutToShutdown")));
    EXPECT_EQ(console.byFile(QStringLiteral("ok.so"))->state, PluginState::Stopped);
    EXPECT_EQ(spec->state, c.state);
}

INSTANTIATE_TEST_SUITE_P(Fixtures, PluginFailure, ::testing::ValuesIn(failureCases()),
                         [](const ::testing::TestParamInfo<FailureCase> &param) {
                             return std::string(param.param.label);
                         });

// --- failures that need a closer look ----------------------------------------

TEST(PluginManager, DependencyCycleFailsEveryMemberNamingTheLoop)
{
    Console console;
    console.loadFixtures(
        {QStringLiteral("circular_a"), QStringLiteral("circular_b"), QStringLiteral("ok")});

    const QString forward = QStringLiteral("circular_a → circular_b → circular_a");
    const QString backward = QStringLiteral("circular_b → circular_a → circular_b");
    for (const QString &id : {QStringLiteral("circular_a"), QStringLiteral("circular_b")}) {
        const PluginSpec *spec = console.manager->plugin(id);
        ASSERT_NE(spec, nullptr);
        EXPECT_EQ(spec->state, PluginState::Failed) << stateName(spec);
        EXPECT_TRUE(spec->error.contains(forward) || spec->error.contains(backward))
            << spec->error.toStdString();
        EXPECT_EQ(spec->instance, nullptr);
    }
    EXPECT_EQ(console.manager->problems().size(), 2);
    expectOkRuns(console);
}

TEST(PluginManager, RefusesADependencyOlderThanCompatVersionNamingBothVersions)
{
    Console console;
    console.loadFixtures({QStringLiteral("needs_old"), QStringLiteral("old_compat")});

    const PluginSpec *old = console.manager->plugin(QStringLiteral("old_compat"));
    ASSERT_NE(old, nullptr);
    EXPECT_EQ(old->state, PluginState::Running) << old->error.toStdString();
    EXPECT_EQ(old->compatVersion, QVersionNumber(2, 0, 0));

    const PluginSpec *needs = console.manager->plugin(QStringLiteral("needs_old"));
    ASSERT_NE(needs, nullptr);
    EXPECT_EQ(needs->state, PluginState::Failed);
    EXPECT_EQ(needs->error,
              QStringLiteral("requires \"old_compat\" version 1.0.0, but version 2.0.0 "
                             "(compatible back to 2.0.0) is installed"));
}

TEST(PluginManager, DuplicateIdKeepsTheFirstFound)
{
    {
        Console console;
        console.loadFixtures({QStringLiteral("ok"), QStringLiteral("dup_ok")});
        EXPECT_EQ(console.manager->plugin(QStringLiteral("ok"))->name,
                  QStringLiteral("OK Fixture"));
        EXPECT_EQ(console.byFile(QStringLiteral("dup_ok.so"))->state, PluginState::Invalid);
        expectOkRuns(console);
    }
    {
        // Search order decides, not the file: now the duplicate is the one kept.
        Console console;
        console.loadFixtures({QStringLiteral("dup_ok"), QStringLiteral("ok")});
        const PluginSpec *dup = console.byFile(QStringLiteral("dup_ok.so"));
        const PluginSpec *ok = console.byFile(QStringLiteral("ok.so"));
        ASSERT_NE(dup, nullptr);
        ASSERT_NE(ok, nullptr);
        EXPECT_EQ(dup->state, PluginState::Running) << dup->error.toStdString();
        EXPECT_EQ(ok->state, PluginState::Invalid);
        OPSDECK_EXPECT_CONTAINS(ok->error, fixtureFile(QStringLiteral("dup_ok")));
        EXPECT_FALSE(calls().contains(QStringLiteral("ok:initialize")));
    }
}

TEST(PluginManager, DisabledPluginIsNotLoadedAndItsDependentsFailNamingIt)
{
    Console console;
    console.manager->setDisabledIds({QStringLiteral("ok")});
    console.loadFixtures(
        {QStringLiteral("ok"), QStringLiteral("depends_on_ok"), QStringLiteral("optional_dep")});

    const PluginSpec *ok = console.manager->plugin(QStringLiteral("ok"));
    ASSERT_NE(ok, nullptr);
    EXPECT_EQ(ok->state, PluginState::Disabled) << stateName(ok);
    EXPECT_FALSE(ok->enabled);
    EXPECT_EQ(ok->instance, nullptr);
    EXPECT_TRUE(ok->error.isEmpty());
    EXPECT_FALSE(console.manager->problems().contains(ok)); // the user's choice, not a problem
    EXPECT_TRUE(console.registrationsOf(QStringLiteral("ok")).isEmpty());

    const PluginSpec *dependent = console.manager->plugin(QStringLiteral("depends_on_ok"));
    ASSERT_NE(dependent, nullptr);
    EXPECT_EQ(dependent->state, PluginState::Failed) << stateName(dependent);
    OPSDECK_EXPECT_CONTAINS(dependent->error, QStringLiteral("\"OK Fixture\""));
    OPSDECK_EXPECT_CONTAINS(dependent->error, QStringLiteral("disabled"));

    // Unrelated plugins still run.
    EXPECT_EQ(console.manager->plugin(QStringLiteral("optional_dep"))->state, PluginState::Running);
    EXPECT_EQ(calls(), (QStringList{QStringLiteral("optional_dep:initialize"),
                                    QStringLiteral("optional_dep:extensionsInitialized")}));
}

TEST(PluginManager, DependentOfAMissingPluginFails)
{
    Console console;
    console.loadFixtures({QStringLiteral("depends_on_ok")});
    const PluginSpec *spec = console.manager->plugin(QStringLiteral("depends_on_ok"));
    ASSERT_NE(spec, nullptr);
    EXPECT_EQ(spec->state, PluginState::Failed);
    EXPECT_EQ(spec->error, QStringLiteral("missing dependency \"ok\" (version 1.0.0)"));
    EXPECT_TRUE(calls().isEmpty());
}

TEST(PluginManager, FilesThatAreNotPluginsAreRefusedAndTheRestLoads)
{
    QTemporaryDir junk;
    ASSERT_TRUE(junk.isValid());
    {
        QFile garbage(junk.filePath(QStringLiteral("garbage.so")));
        ASSERT_TRUE(garbage.open(QIODevice::WriteOnly));
        QRandomGenerator random(20260101); // fixed seed: the same bytes every run
        QByteArray bytes(64 * 1024, Qt::Uninitialized);
        for (char &b : bytes)
            b = char(random.bounded(256));
        garbage.write(bytes);
    }
    {
        QFile readme(junk.filePath(QStringLiteral("README.so")));
        ASSERT_TRUE(readme.open(QIODevice::WriteOnly | QIODevice::Text));
        readme.write("This folder holds plugins.\nIt is not one.\n");
    }
    {
        // A real plugin cut off after its ELF header.
        QFile ok(fixtureFile(QStringLiteral("ok")));
        ASSERT_TRUE(ok.open(QIODevice::ReadOnly));
        QFile truncated(junk.filePath(QStringLiteral("truncated.so")));
        ASSERT_TRUE(truncated.open(QIODevice::WriteOnly));
        truncated.write(ok.read(64));
    }
    {
        QFile notes(
            junk.filePath(QStringLiteral("notes.txt"))); // not a library name: not even read
        ASSERT_TRUE(notes.open(QIODevice::WriteOnly));
        notes.write("hello");
    }

    Console console;
    console.load({junk.path(), fixtureDir(QStringLiteral("ok"))});

    for (const QString &file : {QStringLiteral("garbage.so"), QStringLiteral("README.so"),
                                QStringLiteral("truncated.so")}) {
        const PluginSpec *spec = console.byFile(file);
        ASSERT_NE(spec, nullptr) << file.toStdString();
        EXPECT_EQ(spec->state, PluginState::Invalid)
            << file.toStdString() << ": " << stateName(spec);
        OPSDECK_EXPECT_CONTAINS(spec->error, QStringLiteral("no plugin metadata"));
    }
    EXPECT_EQ(console.byFile(QStringLiteral("notes.txt")), nullptr);
    EXPECT_EQ(console.manager->plugins().size(), 4);
    EXPECT_EQ(console.manager->problems().size(), 3);
    expectOkRuns(console);
}

TEST(PluginManager, NonexistentSearchPathIsSkippedSilently)
{
    QTemporaryDir tmp;
    WarningCollector warnings;
    Console console;
    console.load({tmp.filePath(QStringLiteral("does-not-exist")), QString(),
                  fixtureDir(QStringLiteral("ok"))});

    EXPECT_EQ(console.manager->plugins().size(), 1);
    EXPECT_TRUE(console.manager->problems().isEmpty());
    EXPECT_TRUE(warnings.messages().isEmpty())
        << warnings.messages().join(QLatin1Char('\n')).toStdString();
    expectOkRuns(console);
}

TEST(PluginManager, WarnsAboutARefusedPlugin)
{
    // The counterpart of the test above: the collector does see loader warnings.
    WarningCollector warnings;
    Console console;
    console.loadFixtures({QStringLiteral("bad_version")});
    ASSERT_FALSE(warnings.messages().isEmpty());
    OPSDECK_EXPECT_CONTAINS(warnings.messages().join(QLatin1Char('\n')),
                            QStringLiteral("bad_version.so"));
}

// --- shutdown ----------------------------------------------------------------

TEST(PluginManager, ShutdownRunsInReverseLoadOrderAndWaitsForAsyncPlugins)
{
    Console console;
    console.loadFixtures({QStringLiteral("depends_on_ok"), QStringLiteral("ok")});
    ASSERT_EQ(console.manager->plugin(QStringLiteral("depends_on_ok"))->state,
              PluginState::Running);
    clearCalls();

    QSignalSpy finished(console.manager.get(), &Sdk::PluginManager::shutdownFinished);
    console.manager->shutdown(10000);
    EXPECT_EQ(calls(), (QStringList{QStringLiteral("depends_on_ok:aboutToShutdown"),
                                    QStringLiteral("ok:aboutToShutdown")}));
    // depends_on_ok shuts down asynchronously, on the next event-loop turn;
    // asking again meanwhile neither repeats the calls nor answers early.
    EXPECT_EQ(finished.count(), 0);
    console.manager->shutdown(10000);
    EXPECT_EQ(calls().size(), 2);
    EXPECT_EQ(finished.count(), 0);
    ASSERT_TRUE(OpsDeck::Test::waitUntil([&] { return finished.count() == 1; }));
    EXPECT_TRUE(calls().contains(QStringLiteral("depends_on_ok:asyncShutdownDone")));
    for (const PluginSpec *spec : console.manager->plugins())
        EXPECT_EQ(spec->state, PluginState::Stopped) << spec->id.toStdString();

    // Once everything stopped, a new request is answered at once, calling nobody.
    clearCalls();
    console.manager->shutdown();
    EXPECT_TRUE(calls().isEmpty());
    EXPECT_EQ(finished.count(), 2);
}

TEST(PluginManager, ShutdownFinishesOnceWhenTimeoutAndAsyncPluginRace)
{
    Console console;
    console.loadFixtures({QStringLiteral("depends_on_ok"), QStringLiteral("ok")});
    QSignalSpy finished(console.manager.get(), &Sdk::PluginManager::shutdownFinished);
    // The plugin finishes on the next turn too; a 1 ms timeout must still
    // produce exactly one shutdownFinished(), whichever comes first.
    console.manager->shutdown(1);
    ASSERT_TRUE(OpsDeck::Test::waitUntil([&] { return finished.count() >= 1; }));
    ASSERT_TRUE(OpsDeck::Test::waitUntil(
        [&] { return calls().contains(QStringLiteral("depends_on_ok:asyncShutdownDone")); }));
    QCoreApplication::processEvents();
    EXPECT_EQ(finished.count(), 1);
}

TEST(PluginManager, DestructorShutsDownInReverseOrderAndWithdrawsRegistrations)
{
    Console console;
    console.loadFixtures({QStringLiteral("depends_on_ok"), QStringLiteral("ok")});
    ASSERT_TRUE(console.services.commands().command(QStringLiteral("ok.hello")).has_value());
    clearCalls();

    console.manager.reset();

    EXPECT_EQ(calls(), (QStringList{QStringLiteral("depends_on_ok:aboutToShutdown"),
                                    QStringLiteral("ok:aboutToShutdown")}));
    EXPECT_TRUE(console.services.commands().commands().isEmpty());
    EXPECT_TRUE(console.services.views().views().isEmpty());
    EXPECT_TRUE(console.services.statusBar().items().isEmpty());
}

TEST(PluginManager, PluginsLoadAgainInANewManager)
{
    // Libraries stay mapped after a manager goes; a second one must get a
    // fresh instance, not the deleted one.
    for (int round = 0; round < 2; ++round) {
        Console console;
        console.loadFixtures({QStringLiteral("ok")});
        expectOkRuns(console);
    }
}

// --- search paths --------------------------------------------------------------

TEST(PluginManager, DefaultSearchPathsHonourPluginPathAndIgnoreRelativeEntries)
{
    EnvironmentGuard guard;
    qputenv("OPSDECK_PLUGIN_PATH", "/opt/opsdeck-a:relative/b:/opt/opsdeck-c/../opsdeck-d::./e:.");
    const QStringList paths =
        Sdk::PluginManager::defaultSearchPaths(QStringLiteral("/usr/lib/opsdeck/plugins"));
    EXPECT_EQ(paths,
              (QStringList{QStringLiteral("/usr/lib/opsdeck/plugins"),
                           Sdk::PluginManager::userPluginDir(), QStringLiteral("/opt/opsdeck-a"),
                           QStringLiteral("/opt/opsdeck-d")}));

    qunsetenv("OPSDECK_PLUGIN_PATH");
    EXPECT_EQ(Sdk::PluginManager::defaultSearchPaths(QString()),
              QStringList{Sdk::PluginManager::userPluginDir()});
}

TEST(PluginManager, DefaultSearchPathsNeverSearchTheWorkingDirectory)
{
    EnvironmentGuard guard;
    // From the fixture root, "ok" and "." would both reach ok.so if relative
    // entries were honoured.
    ASSERT_TRUE(QDir::setCurrent(fixtureRoot()));
    qputenv(
        "OPSDECK_PLUGIN_PATH",
        (QStringLiteral(".:ok:ok/:") + fixtureDir(QStringLiteral("depends_on_ok"))).toLocal8Bit());

    const QStringList paths = Sdk::PluginManager::defaultSearchPaths(QString());
    for (const QString &path : paths) {
        EXPECT_TRUE(QDir::isAbsolutePath(path)) << path.toStdString();
        EXPECT_NE(QDir::cleanPath(path), QDir::cleanPath(QDir::currentPath()));
        EXPECT_NE(QDir::cleanPath(path), QDir::cleanPath(fixtureDir(QStringLiteral("ok"))));
    }
    EXPECT_EQ(paths.size(), 2);

    Console console;
    console.load(paths);
    EXPECT_EQ(console.manager->plugin(QStringLiteral("ok")), nullptr);
    const PluginSpec *dependent = console.manager->plugin(QStringLiteral("depends_on_ok"));
    ASSERT_NE(dependent, nullptr);
    EXPECT_EQ(dependent->state, PluginState::Failed);
    OPSDECK_EXPECT_CONTAINS(dependent->error, QStringLiteral("missing dependency \"ok\""));
}

TEST(PluginManager, UserPluginDirIsUnderTheTestHome)
{
    // The test main points XDG_DATA_HOME at a temporary folder: never a real profile.
    const QString dataHome = qEnvironmentVariable("XDG_DATA_HOME");
    ASSERT_FALSE(dataHome.isEmpty());
    EXPECT_EQ(Sdk::PluginManager::userPluginDir(), dataHome + QStringLiteral("/opsdeck/plugins"));
}
