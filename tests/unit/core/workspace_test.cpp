// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "qtprinters.h"

#include <workspace.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "testsupport.h"

#include <gtest/gtest.h>

using namespace OpsDeck;
using OpsDeck::Core::Workspace;
using OpsDeck::Core::WorkspaceInfo;

using OpsDeck::Test::readAll;
using OpsDeck::Test::writeAll;

namespace {



QString manifestOf(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("workspace.json"));
}

/** Restores OPSDECK_WORKSPACE and the working directory on scope exit. */
class EnvironmentGuard
{
public:
    EnvironmentGuard()
        : m_cwd(QDir::currentPath())
        , m_value(qgetenv("OPSDECK_WORKSPACE"))
        , m_wasSet(qEnvironmentVariableIsSet("OPSDECK_WORKSPACE"))
    {
    }
    ~EnvironmentGuard()
    {
        QDir::setCurrent(m_cwd);
        if (m_wasSet)
            qputenv("OPSDECK_WORKSPACE", m_value);
        else
            qunsetenv("OPSDECK_WORKSPACE");
    }
    EnvironmentGuard(const EnvironmentGuard &) = delete;
    EnvironmentGuard &operator=(const EnvironmentGuard &) = delete;

private:
    QString m_cwd;
    QByteArray m_value;
    bool m_wasSet;
};

} // namespace

// --- locate --------------------------------------------------------------------

TEST(Workspace, LocatePrefersFlagThenEnvironmentThenDefault)
{
    EnvironmentGuard guard;
    QTemporaryDir tmp;
    const QString fromFlag = tmp.filePath(QStringLiteral("flag"));
    const QString fromEnv = tmp.filePath(QStringLiteral("env"));

    qunsetenv("OPSDECK_WORKSPACE");
    Workspace::Location loc = Workspace::locate(QString());
    EXPECT_EQ(loc.source, Workspace::Source::Default);
    EXPECT_EQ(loc.path, Workspace::defaultPath());
    EXPECT_EQ(loc.path, QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                            QStringLiteral("/opsdeck/workspace"));

    qputenv("OPSDECK_WORKSPACE", fromEnv.toLocal8Bit());
    loc = Workspace::locate(QString());
    EXPECT_EQ(loc.source, Workspace::Source::Environment);
    EXPECT_EQ(loc.path, fromEnv);

    loc = Workspace::locate(fromFlag);
    EXPECT_EQ(loc.source, Workspace::Source::Flag);
    EXPECT_EQ(loc.path, fromFlag);

    EXPECT_EQ(Workspace::sourceName(Workspace::Source::Flag), QStringLiteral("--workspace"));
    EXPECT_EQ(Workspace::sourceName(Workspace::Source::Environment),
              QStringLiteral("OPSDECK_WORKSPACE"));
    EXPECT_EQ(Workspace::sourceName(Workspace::Source::Default), QStringLiteral("default"));
}

TEST(Workspace, LocateMakesPathsAbsoluteAndClean)
{
    EnvironmentGuard guard;
    QTemporaryDir tmp;
    ASSERT_TRUE(QDir::setCurrent(tmp.path()));
    const QString cwd = QDir::currentPath();
    EXPECT_EQ(Workspace::locate(QStringLiteral("ws/../team//ws")).path,
              cwd + QStringLiteral("/team/ws"));
    qputenv("OPSDECK_WORKSPACE", "relative-env");
    EXPECT_EQ(Workspace::locate(QString()).path, cwd + QStringLiteral("/relative-env"));
}

// --- open ------------------------------------------------------------------------

TEST(Workspace, OpenCreatesTheFolderAndManifest)
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("deep/er/ops"));
    const auto ws = Workspace::open(path);
    ASSERT_TRUE(ws.ok()) << ws.error().toString().toStdString();
    EXPECT_EQ(ws->path, path);
    EXPECT_EQ(ws->name, QStringLiteral("ops"));
    EXPECT_EQ(ws->formatVersion, WorkspaceInfo::kFormatVersion);
    EXPECT_TRUE(ws->createdNow);
    EXPECT_FALSE(ws->demo);
    EXPECT_TRUE(ws->created.isValid());
    EXPECT_LE(qAbs(ws->created.secsTo(QDateTime::currentDateTimeUtc())), 60);

    ASSERT_TRUE(QFileInfo(path).isDir());
    const QJsonObject manifest = QJsonDocument::fromJson(readAll(manifestOf(path))).object();
    EXPECT_EQ(manifest.value(QStringLiteral("format")).toInt(), 1);
    EXPECT_EQ(manifest.value(QStringLiteral("name")).toString(), QStringLiteral("ops"));
    EXPECT_FALSE(manifest.value(QStringLiteral("demo")).toBool(true));
    EXPECT_TRUE(
        QDateTime::fromString(manifest.value(QStringLiteral("created")).toString(), Qt::ISODate)
            .isValid());
    // Only the manifest: no probe files or temporaries left behind.
    EXPECT_EQ(QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
              QStringList{QStringLiteral("workspace.json")});
}

TEST(Workspace, ReopeningKeepsCreatedAndTheManifest)
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("ops"));
    const auto first = Workspace::open(path);
    ASSERT_TRUE(first.ok());
    const QByteArray before = readAll(manifestOf(path));

    const auto second = Workspace::open(path);
    ASSERT_TRUE(second.ok()) << second.error().toString().toStdString();
    EXPECT_FALSE(second->createdNow);
    EXPECT_EQ(second->created, first->created);
    EXPECT_EQ(second->name, first->name);
    EXPECT_EQ(readAll(manifestOf(path)), before); // never rewritten

    const auto third = Workspace::open(path, false);
    ASSERT_TRUE(third.ok());
    EXPECT_EQ(third->created, first->created);
}

TEST(Workspace, AdoptsAnEmptyFolder)
{
    QTemporaryDir tmp;
    const auto ws = Workspace::open(tmp.path());
    ASSERT_TRUE(ws.ok()) << ws.error().toString().toStdString();
    EXPECT_TRUE(ws->createdNow);
    EXPECT_TRUE(QFileInfo::exists(manifestOf(tmp.path())));
}

TEST(Workspace, FolderWithOtherFilesIsOnlyAddedTo)
{
    QTemporaryDir tmp;
    const QString theirs = tmp.filePath(QStringLiteral("notes.md"));
    ASSERT_TRUE(writeAll(theirs, "# mine\n"));

    const auto refused = Workspace::open(tmp.path(), false);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::NotFound);
    EXPECT_FALSE(QFileInfo::exists(manifestOf(tmp.path())));

    const auto adopted = Workspace::open(tmp.path(), true);
    ASSERT_TRUE(adopted.ok()) << adopted.error().toString().toStdString();
    EXPECT_TRUE(QFileInfo::exists(manifestOf(tmp.path())));
    EXPECT_EQ(readAll(theirs), QByteArray("# mine\n"));
}

TEST(Workspace, MissingFolderIsNotCreatedWithoutCreate)
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("nope"));
    const auto ws = Workspace::open(path, false);
    ASSERT_FALSE(ws.ok());
    EXPECT_EQ(ws.error().code, ErrorCode::NotFound);
    EXPECT_EQ(ws.error().detail, path);
    EXPECT_FALSE(QFileInfo::exists(path));
}

TEST(Workspace, EmptyPathIsRefused)
{
    const auto ws = Workspace::open(QString());
    ASSERT_FALSE(ws.ok());
    EXPECT_EQ(ws.error().code, ErrorCode::InvalidArgument);
}

TEST(Workspace, PathThatIsAFileGivesAClearError)
{
    QTemporaryDir tmp;
    const QString file = tmp.filePath(QStringLiteral("ops"));
    ASSERT_TRUE(writeAll(file, "not a folder"));
    const auto ws = Workspace::open(file);
    ASSERT_FALSE(ws.ok());
    EXPECT_EQ(ws.error().code, ErrorCode::InvalidArgument);
    OPSDECK_EXPECT_CONTAINS(ws.error().message, QStringLiteral("not a folder"));
    OPSDECK_EXPECT_CONTAINS(ws.error().detail, file);
    EXPECT_EQ(readAll(file), QByteArray("not a folder"));
}

TEST(Workspace, PathWhoseParentIsAFileGivesAClearError)
{
    QTemporaryDir tmp;
    const QString file = tmp.filePath(QStringLiteral("ops"));
    ASSERT_TRUE(writeAll(file, "not a folder"));
    const QString path = file + QStringLiteral("/workspace");
    const auto ws = Workspace::open(path);
    ASSERT_FALSE(ws.ok());
    EXPECT_EQ(ws.error().code, ErrorCode::Io);
    OPSDECK_EXPECT_CONTAINS(ws.error().message,
                            QStringLiteral("Cannot create the workspace folder"));
    OPSDECK_EXPECT_CONTAINS(ws.error().detail, path);
    OPSDECK_EXPECT_CONTAINS(ws.error().detail, QStringLiteral("not a folder"));
    EXPECT_EQ(readAll(file), QByteArray("not a folder"));
}

// --- damaged manifests ----------------------------------------------------------------

struct DamagedCase
{
    const char *label;
    QByteArray manifest;
    const char *where; ///< "workspace.json:LINE:COLUMN" expected in the detail
};

void PrintTo(const DamagedCase &c, std::ostream *os)
{
    *os << c.label;
}

class WorkspaceDamaged : public ::testing::TestWithParam<DamagedCase>
{
};

TEST_P(WorkspaceDamaged, IsCorruptNamingTheSpotAndLeftByteForByte)
{
    const DamagedCase &c = GetParam();
    QTemporaryDir tmp;
    const QString manifest = manifestOf(tmp.path());
    ASSERT_TRUE(writeAll(manifest, c.manifest));

    for (const bool demo : {false, true}) {
        const auto ws = demo ? Workspace::makeDemo(tmp.path()) : Workspace::open(tmp.path());
        ASSERT_FALSE(ws.ok());
        EXPECT_EQ(ws.error().code, ErrorCode::Corrupt) << ws.error().toString().toStdString();
        OPSDECK_EXPECT_CONTAINS(ws.error().message, QStringLiteral("left as it is"));
        OPSDECK_EXPECT_CONTAINS(ws.error().detail, QString::fromUtf8(c.where));
        EXPECT_EQ(readAll(manifest), c.manifest);
    }
    EXPECT_EQ(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
              QStringList{QStringLiteral("workspace.json")});
}

std::vector<DamagedCase> damagedCases()
{
    // Deterministic garbage: every byte value, starting with a PNG signature.
    QByteArray garbage("\x89PNG\r\n\x1a\n", 8);
    for (int i = 0; i < 256; ++i)
        garbage.append(char(255 - i));
    return {
        {"GarbageBytes", garbage, "workspace.json:1:1:"},
        {"GarbageAfterValidStart", QByteArray("{\n  \"format\": 1,\n  \xff\xfe\x00\x01 junk", 25),
         "workspace.json:3:3:"},
        {"Truncated",
         QByteArray("{\n  \"format\": 1,\n  \"name\": \"ops\",\n  \"created\": \"2026-01-"),
         "workspace.json:4:"},
        {"MissingComma", QByteArray("{\n  \"format\": 1\n  \"name\": \"ops\"\n}\n"),
         "workspace.json:3:"},
        {"NotAnObject", QByteArray("[1, 2, 3]\n"), "workspace.json:1:1:"},
        {"FormatNotANumber", QByteArray("{\"format\": \"one\"}"), "workspace.json: "},
        {"FormatNotWhole", QByteArray("{\"format\": 1.5}"), "workspace.json: "},
        {"FormatZero", QByteArray("{\"format\": 0}"), "workspace.json: "},
        {"Empty", QByteArray(), "workspace.json:1:1:"},
    };
}

INSTANTIATE_TEST_SUITE_P(Manifests, WorkspaceDamaged, ::testing::ValuesIn(damagedCases()),
                         [](const ::testing::TestParamInfo<DamagedCase> &param) {
                             return std::string(param.param.label);
                         });

TEST(Workspace, DamagedManifestNamesExactLineAndColumn)
{
    QTemporaryDir tmp;
    const QString manifest = manifestOf(tmp.path());
    // The missing comma is noticed where the next member starts: line 3, column 3.
    ASSERT_TRUE(writeAll(manifest, "{\n  \"format\": 1\n  \"name\": \"ops\"\n}\n"));
    const auto ws = Workspace::open(tmp.path());
    ASSERT_FALSE(ws.ok());
    EXPECT_TRUE(ws.error().detail.startsWith(manifest + QStringLiteral(":3:3: ")))
        << ws.error().detail.toStdString();
}

TEST(Workspace, FutureFormatIsUnsupportedAndLeftAlone)
{
    QTemporaryDir tmp;
    const QString manifest = manifestOf(tmp.path());
    const QByteArray future("{\"format\": 7, \"name\": \"from the future\", \"shards\": 16}\n");
    ASSERT_TRUE(writeAll(manifest, future));
    const auto ws = Workspace::open(tmp.path());
    ASSERT_FALSE(ws.ok());
    EXPECT_EQ(ws.error().code, ErrorCode::Unsupported);
    OPSDECK_EXPECT_CONTAINS(ws.error().message, QStringLiteral("format 7"));
    OPSDECK_EXPECT_CONTAINS(ws.error().message, QStringLiteral("up to 1"));
    EXPECT_EQ(readAll(manifest), future);
    EXPECT_FALSE(Workspace::makeDemo(tmp.path()).ok());
    EXPECT_EQ(readAll(manifest), future);
}

// --- demo ---------------------------------------------------------------------------------

TEST(Workspace, MakeDemoCreatesADemoWorkspace)
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("demo"));
    const auto demo = Workspace::makeDemo(path);
    ASSERT_TRUE(demo.ok()) << demo.error().toString().toStdString();
    EXPECT_TRUE(demo->demo);
    EXPECT_EQ(demo->name, QStringLiteral("demo"));

    const auto reopened = Workspace::open(path);
    ASSERT_TRUE(reopened.ok());
    EXPECT_TRUE(reopened->demo);
    EXPECT_EQ(reopened->created, demo->created);
}

TEST(Workspace, MakeDemoOnAnExistingWorkspaceKeepsItsIdentity)
{
    QTemporaryDir tmp;
    const auto plain = Workspace::open(tmp.path());
    ASSERT_TRUE(plain.ok());
    ASSERT_FALSE(plain->demo);

    const auto demo = Workspace::makeDemo(tmp.path());
    ASSERT_TRUE(demo.ok()) << demo.error().toString().toStdString();
    EXPECT_TRUE(demo->demo);
    EXPECT_EQ(demo->created, plain->created);
    EXPECT_EQ(demo->name, plain->name);

    // Making it a demo again changes nothing.
    const QByteArray before = readAll(manifestOf(tmp.path()));
    ASSERT_TRUE(Workspace::makeDemo(tmp.path()).ok());
    EXPECT_EQ(readAll(manifestOf(tmp.path())), before);
}

TEST(Workspace, MakeDemoKeepsFieldsItDoesNotKnow)
{
    QTemporaryDir tmp;
    const QString manifest = manifestOf(tmp.path());
    ASSERT_TRUE(writeAll(
        manifest, "{\"format\": 1, \"name\": \"ops\", \"created\": \"2026-01-02T03:04:05Z\", "
                  "\"shards\": 16}\n"));
    const auto demo = Workspace::makeDemo(tmp.path());
    ASSERT_TRUE(demo.ok()) << demo.error().toString().toStdString();
    const QJsonObject written = QJsonDocument::fromJson(readAll(manifest)).object();
    EXPECT_TRUE(written.value(QStringLiteral("demo")).toBool());
    EXPECT_EQ(written.value(QStringLiteral("shards")).toInt(), 16);
    EXPECT_EQ(written.value(QStringLiteral("name")).toString(), QStringLiteral("ops"));
    EXPECT_EQ(
        QDateTime::fromString(written.value(QStringLiteral("created")).toString(), Qt::ISODate),
        QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
}

TEST(Workspace, OpeningWithoutCreateNeverWritesAManifest)
{
    QTemporaryDir tmp;
    ASSERT_TRUE(tmp.isValid());
    const QString empty = tmp.filePath(QStringLiteral("empty"));
    ASSERT_TRUE(QDir().mkpath(empty));
    const auto refused = Workspace::open(empty, false);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::NotFound);
    EXPECT_FALSE(QFileInfo::exists(empty + QStringLiteral("/workspace.json")));
    EXPECT_TRUE(QDir(empty).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}
