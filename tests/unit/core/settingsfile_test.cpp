// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "qtprinters.h"

#include <settingsfile.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "testsupport.h"

#include <gtest/gtest.h>

using namespace OpsDeck;
using OpsDeck::Core::SettingsFile;

using OpsDeck::Test::readAll;
using OpsDeck::Test::writeAll;

namespace {



QStringList asideFiles(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("settings.json.corrupt-*")},
                               QDir::Files | QDir::Hidden);
}

} // namespace

TEST(SettingsFile, DefaultPathIsUnderTheConfigLocation)
{
    EXPECT_EQ(SettingsFile::defaultPath(),
              QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                  QStringLiteral("/opsdeck/settings.json"));
}

TEST(SettingsFile, OpensAMissingFileCreatingItsFolder)
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("config/opsdeck/settings.json"));
    SettingsFile::Opened opened = SettingsFile::open(path);
    ASSERT_NE(opened.settings, nullptr);
    EXPECT_FALSE(opened.recovered.has_value());
    EXPECT_TRUE(QFileInfo(QFileInfo(path).absolutePath()).isDir());
    EXPECT_TRUE(opened.settings->allKeys().isEmpty());
    EXPECT_EQ(opened.settings->fileName(), path);
}

TEST(SettingsFile, RoundTripsEveryKindOfValue)
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("settings.json"));
    const QByteArray geometry("\x01\xd9\xd0\xcb\x00\x03\x00\x00\xff\xfe", 10);
    {
        SettingsFile::Opened opened = SettingsFile::open(path);
        QSettings &s = *opened.settings;
        s.setValue(QStringLiteral("general/language"), QStringLiteral("de"));
        s.setValue(QStringLiteral("general/greeting"),
                   QStringLiteral("Grüß \"dich\" — 👋\nline two"));
        s.setValue(QStringLiteral("general/digits"),
                   QStringLiteral("42")); // a string that looks like a number
        s.setValue(QStringLiteral("general/empty"), QString());
        s.setValue(QStringLiteral("numbers/int"), 42);
        s.setValue(QStringLiteral("numbers/negative"), -7);
        s.setValue(QStringLiteral("numbers/big"), qint64(1) << 40);
        s.setValue(QStringLiteral("numbers/double"), 2.5);
        s.setValue(QStringLiteral("flags/on"), true);
        s.setValue(QStringLiteral("flags/off"), false);
        s.setValue(QStringLiteral("lists/strings"),
                   QStringList{QStringLiteral("a"), QStringLiteral("b c")});
        s.setValue(QStringLiteral("lists/empty"), QStringList());
        s.setValue(QStringLiteral("lists/mixed"), QVariantList{1, QStringLiteral("two"), true});
        s.beginGroup(QStringLiteral("plugins"));
        s.beginGroup(QStringLiteral("hello"));
        s.setValue(QStringLiteral("settings/greetings"), 3);
        s.endGroup();
        s.endGroup();
        s.setValue(QStringLiteral("maps/options"),
                   QVariantMap{{QStringLiteral("region"), QStringLiteral("eu")},
                               {QStringLiteral("retries"), 3}});
        s.setValue(QStringLiteral("window/geometry"), geometry);
        s.setValue(QStringLiteral("window/emptyBytes"), QByteArray());
        s.setValue(QStringLiteral("top"), QStringLiteral("level"));
        s.sync();
        ASSERT_EQ(s.status(), QSettings::NoError);
    }

    SettingsFile::Opened reopened = SettingsFile::open(path);
    ASSERT_FALSE(reopened.recovered.has_value()) << reopened.recovered->toString().toStdString();
    const QSettings &s = *reopened.settings;
    EXPECT_EQ(s.value(QStringLiteral("general/language")).toString(), QStringLiteral("de"));
    EXPECT_EQ(s.value(QStringLiteral("general/greeting")).toString(),
              QStringLiteral("Grüß \"dich\" — 👋\nline two"));
    EXPECT_EQ(s.value(QStringLiteral("general/digits")).typeId(), QMetaType::QString);
    EXPECT_EQ(s.value(QStringLiteral("general/digits")).toString(), QStringLiteral("42"));
    EXPECT_TRUE(s.contains(QStringLiteral("general/empty")));
    EXPECT_TRUE(s.value(QStringLiteral("general/empty")).toString().isEmpty());
    EXPECT_EQ(s.value(QStringLiteral("numbers/int")).toInt(), 42);
    EXPECT_EQ(s.value(QStringLiteral("numbers/negative")).toInt(), -7);
    EXPECT_EQ(s.value(QStringLiteral("numbers/big")).toLongLong(), qint64(1) << 40);
    EXPECT_DOUBLE_EQ(s.value(QStringLiteral("numbers/double")).toDouble(), 2.5);
    EXPECT_EQ(s.value(QStringLiteral("flags/on")).typeId(), QMetaType::Bool);
    EXPECT_TRUE(s.value(QStringLiteral("flags/on")).toBool());
    EXPECT_EQ(s.value(QStringLiteral("flags/off")).typeId(), QMetaType::Bool);
    EXPECT_FALSE(s.value(QStringLiteral("flags/off"), true).toBool());
    EXPECT_EQ(s.value(QStringLiteral("lists/strings")).toStringList(),
              (QStringList{QStringLiteral("a"), QStringLiteral("b c")}));
    EXPECT_TRUE(s.contains(QStringLiteral("lists/empty")));
    EXPECT_TRUE(s.value(QStringLiteral("lists/empty")).toStringList().isEmpty());
    EXPECT_EQ(s.value(QStringLiteral("lists/mixed")).toList(),
              (QVariantList{1, QStringLiteral("two"), true}));
    EXPECT_EQ(s.value(QStringLiteral("plugins/hello/settings/greetings")).toInt(), 3);
    EXPECT_EQ(s.value(QStringLiteral("window/geometry")).typeId(), QMetaType::QByteArray);
    EXPECT_EQ(s.value(QStringLiteral("window/geometry")).toByteArray(), geometry);
    EXPECT_EQ(s.value(QStringLiteral("window/emptyBytes")).typeId(), QMetaType::QByteArray);
    EXPECT_TRUE(s.value(QStringLiteral("window/emptyBytes")).toByteArray().isEmpty());
    EXPECT_EQ(s.value(QStringLiteral("top")).toString(), QStringLiteral("level"));
    // A map stored as one value comes back as one value, not as a group.
    const QVariantMap options = s.value(QStringLiteral("maps/options")).toMap();
    EXPECT_EQ(options.value(QStringLiteral("region")).toString(), QStringLiteral("eu"));
    EXPECT_EQ(options.value(QStringLiteral("retries")).toInt(), 3);
    EXPECT_FALSE(s.contains(QStringLiteral("maps/options/region")));

    QStringList groups = s.childGroups();
    groups.sort();
    EXPECT_EQ(groups, (QStringList{QStringLiteral("flags"), QStringLiteral("general"),
                                   QStringLiteral("lists"), QStringLiteral("maps"),
                                   QStringLiteral("numbers"), QStringLiteral("plugins"),
                                   QStringLiteral("window")}));
}

TEST(SettingsFile, WritesNestedReadableJson)
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("settings.json"));
    {
        SettingsFile::Opened opened = SettingsFile::open(path);
        opened.settings->setValue(QStringLiteral("plugins/hello/settings/greetings"), 3);
        opened.settings->setValue(QStringLiteral("window/geometry"), QByteArray("ab"));
        opened.settings->setValue(QStringLiteral("profiles/active"), QStringLiteral("local"));
    }
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(readAll(path), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    EXPECT_EQ(root.value(QStringLiteral("plugins"))
                  .toObject()
                  .value(QStringLiteral("hello"))
                  .toObject()
                  .value(QStringLiteral("settings"))
                  .toObject()
                  .value(QStringLiteral("greetings"))
                  .toInt(),
              3);
    // Bytes are marked as such, base64 inside.
    EXPECT_EQ(root.value(QStringLiteral("window"))
                  .toObject()
                  .value(QStringLiteral("geometry"))
                  .toObject(),
              (QJsonObject{{QStringLiteral("@bytes"), QStringLiteral("YWI=")}}));
    EXPECT_EQ(root.value(QStringLiteral("profiles"))
                  .toObject()
                  .value(QStringLiteral("active"))
                  .toString(),
              QStringLiteral("local"));
}

TEST(SettingsFile, DamagedFileIsMovedAsideAndSettingsStartEmpty)
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("settings.json"));
    // A missing comma between "general" and "window": noticed at line 5, column 3.
    const QByteArray damaged(
        "{\n  \"general\": {\n    \"language\": \"de\"\n  }\n  \"window\": {}\n}\n");
    ASSERT_TRUE(writeAll(path, damaged));

    SettingsFile::Opened opened = SettingsFile::open(path);
    ASSERT_TRUE(opened.recovered.has_value());
    const Error &error = *opened.recovered;
    EXPECT_EQ(error.code, ErrorCode::Corrupt);

    const QStringList aside = asideFiles(tmp.path());
    ASSERT_EQ(aside.size(), 1);
    const QString asidePath = tmp.filePath(aside.first());
    EXPECT_EQ(readAll(asidePath), damaged); // exactly the user's bytes
    OPSDECK_EXPECT_CONTAINS(error.message, QDir::toNativeSeparators(asidePath));
    // The spot is named in the copy, where the damaged bytes now are.
    EXPECT_TRUE(error.detail.startsWith(asidePath + QStringLiteral(":5:3: ")))
        << error.detail.toStdString();

    ASSERT_NE(opened.settings, nullptr);
    EXPECT_TRUE(opened.settings->allKeys().isEmpty());
    EXPECT_FALSE(opened.settings->contains(QStringLiteral("general/language")));

    // The new settings are written to the usual place; the copy stays.
    opened.settings->setValue(QStringLiteral("general/language"), QStringLiteral("fr"));
    opened.settings->sync();
    EXPECT_EQ(opened.settings->fileName(), path);
    EXPECT_TRUE(SettingsFile::check(path).ok());
    EXPECT_EQ(readAll(asidePath), damaged);
    SettingsFile::Opened again = SettingsFile::open(path);
    EXPECT_FALSE(again.recovered.has_value());
    EXPECT_EQ(again.settings->value(QStringLiteral("general/language")).toString(),
              QStringLiteral("fr"));
}

TEST(SettingsFile, BinaryGarbageIsMovedAsideToo)
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("settings.json"));
    QByteArray garbage;
    for (int i = 0; i < 512; ++i)
        garbage.append(char((i * 37 + 11) % 256));
    ASSERT_TRUE(writeAll(path, garbage));

    SettingsFile::Opened opened = SettingsFile::open(path);
    ASSERT_TRUE(opened.recovered.has_value());
    EXPECT_EQ(opened.recovered->code, ErrorCode::Corrupt);
    const QStringList aside = asideFiles(tmp.path());
    ASSERT_EQ(aside.size(), 1);
    EXPECT_EQ(readAll(tmp.filePath(aside.first())), garbage);
    EXPECT_TRUE(opened.recovered->detail.startsWith(tmp.filePath(aside.first())
                                                    + QStringLiteral(":1:1: ")))
        << opened.recovered->detail.toStdString();
    EXPECT_TRUE(opened.settings->allKeys().isEmpty());
}

TEST(SettingsFile, TopLevelArrayIsDamage)
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("settings.json"));
    ASSERT_TRUE(writeAll(path, "[\"general\"]\n"));
    const Result<> checked = SettingsFile::check(path);
    ASSERT_FALSE(checked.ok());
    EXPECT_EQ(checked.error().code, ErrorCode::Corrupt);
    OPSDECK_EXPECT_CONTAINS(checked.error().detail, path + QStringLiteral(":1:1:"));
}

TEST(SettingsFile, EmptyOrBlankFileIsFine)
{
    for (const QByteArray &content : {QByteArray(), QByteArray("  \n\t\n")}) {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("settings.json"));
        ASSERT_TRUE(writeAll(path, content));
        EXPECT_TRUE(SettingsFile::check(path).ok());
        SettingsFile::Opened opened = SettingsFile::open(path);
        EXPECT_FALSE(opened.recovered.has_value());
        EXPECT_TRUE(opened.settings->allKeys().isEmpty());
        EXPECT_TRUE(asideFiles(tmp.path()).isEmpty());
        opened.settings->setValue(QStringLiteral("a"), 1);
        opened.settings->sync();
        EXPECT_EQ(opened.settings->status(), QSettings::NoError);
        EXPECT_TRUE(SettingsFile::check(path).ok());
    }
}

TEST(SettingsFile, CheckChangesNothing)
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("settings.json"));
    EXPECT_TRUE(SettingsFile::check(path).ok()); // a missing file is fine
    const QByteArray damaged("{\"a\": }");
    ASSERT_TRUE(writeAll(path, damaged));
    const Result<> checked = SettingsFile::check(path);
    ASSERT_FALSE(checked.ok());
    OPSDECK_EXPECT_CONTAINS(checked.error().detail, path + QStringLiteral(":1:"));
    EXPECT_EQ(readAll(path), damaged);
    EXPECT_TRUE(asideFiles(tmp.path()).isEmpty());
}
