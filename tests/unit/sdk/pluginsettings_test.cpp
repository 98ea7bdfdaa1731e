// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "qtprinters.h"

#include <opsdeck/sdk/pluginsettings.h>

#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using OpsDeck::Sdk::PluginSettings;

namespace {

struct SettingsFixture
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
};

} // namespace

TEST(PluginSettings, StoresUnderThePluginsOwnGroup)
{
    SettingsFixture f;
    PluginSettings hello(f.settings, QStringLiteral("hello"));
    EXPECT_EQ(hello.value(QStringLiteral("greetings"), 7).toInt(), 7); // default when unset
    EXPECT_FALSE(hello.contains(QStringLiteral("greetings")));

    hello.setValue(QStringLiteral("greetings"), 3);
    hello.setValue(QStringLiteral("panel/width"), 420);
    EXPECT_TRUE(hello.contains(QStringLiteral("greetings")));
    EXPECT_EQ(hello.value(QStringLiteral("greetings")).toInt(), 3);
    EXPECT_EQ(f.settings.value(QStringLiteral("plugins/hello/settings/greetings")).toInt(), 3);
    EXPECT_EQ(f.settings.value(QStringLiteral("plugins/hello/settings/panel/width")).toInt(), 420);
    EXPECT_FALSE(f.settings.contains(QStringLiteral("greetings")));

    QStringList keys = hello.keys();
    keys.sort();
    EXPECT_EQ(keys, (QStringList{QStringLiteral("greetings"), QStringLiteral("panel/width")}));

    hello.remove(QStringLiteral("greetings"));
    EXPECT_FALSE(hello.contains(QStringLiteral("greetings")));
    EXPECT_EQ(hello.keys(), QStringList{QStringLiteral("panel/width")});
}

TEST(PluginSettings, PluginsDoNotSeeEachOthersKeys)
{
    SettingsFixture f;
    f.settings.setValue(QStringLiteral("general/language"),
                        QStringLiteral("de")); // the console's own
    PluginSettings alpha(f.settings, QStringLiteral("alpha"));
    PluginSettings alphabet(f.settings, QStringLiteral("alphabet")); // shares a prefix with alpha
    PluginSettings beta(f.settings, QStringLiteral("beta"));

    alpha.setValue(QStringLiteral("token-ttl"), 60);
    alphabet.setValue(QStringLiteral("letters"), 26);
    beta.setValue(QStringLiteral("token-ttl"), 5);

    EXPECT_EQ(alpha.value(QStringLiteral("token-ttl")).toInt(), 60);
    EXPECT_EQ(beta.value(QStringLiteral("token-ttl")).toInt(), 5);
    EXPECT_FALSE(alpha.contains(QStringLiteral("letters")));
    EXPECT_FALSE(beta.contains(QStringLiteral("letters")));
    EXPECT_FALSE(alpha.contains(QStringLiteral("general/language")));
    EXPECT_EQ(alpha.keys(), QStringList{QStringLiteral("token-ttl")});
    EXPECT_EQ(alphabet.keys(), QStringList{QStringLiteral("letters")});
    EXPECT_EQ(beta.keys(), QStringList{QStringLiteral("token-ttl")});

    alpha.remove(QStringLiteral("token-ttl"));
    EXPECT_EQ(beta.value(QStringLiteral("token-ttl")).toInt(), 5);
    EXPECT_TRUE(alpha.keys().isEmpty());
}

TEST(PluginSettings, PersistAcrossSettingsObjects)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings settings(path, QSettings::IniFormat);
        PluginSettings(settings, QStringLiteral("hello")).setValue(QStringLiteral("greetings"), 12);
    }
    QSettings reopened(path, QSettings::IniFormat);
    EXPECT_EQ(PluginSettings(reopened, QStringLiteral("hello"))
                  .value(QStringLiteral("greetings"))
                  .toInt(),
              12);
    EXPECT_FALSE(
        PluginSettings(reopened, QStringLiteral("other")).contains(QStringLiteral("greetings")));
}
