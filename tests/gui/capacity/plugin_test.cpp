// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// The plugin module itself, loaded through the SDK's plugin manager as the
// console loads it: its commands, its view, and the panel its factory makes.
#include "capacitytestsupport.h"

#include <opsdeck/sdk/commandregistry.h>
#include <opsdeck/sdk/hostservices.h>
#include <opsdeck/sdk/pluginmanager.h>
#include <opsdeck/sdk/pluginspec.h>
#include <opsdeck/sdk/viewregistry.h>

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTabWidget>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace OpsDeck;
using namespace OpsDeck::Test::CapacityGui;

TEST(CapacityPlugin, LoadsRegistersItsCommandsAndMakesThePanel)
{
#ifndef OPSDECK_CAPACITY_PLUGIN_FILE
    GTEST_SKIP() << "the plugin is not built";
#else
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_TRUE(QFile::copy(QStringLiteral(OPSDECK_CAPACITY_PLUGIN_FILE), dir.filePath(u"opsdeck_capacity.so"_s)));
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    auto registry = makeRegistry(dir.filePath(u"ws"_s));
    Sdk::HostServices services(settings, *registry);
    Sdk::PluginManager plugins(services);
    plugins.setSearchPaths({dir.path()});
    plugins.loadAll();
    const Sdk::PluginSpec *spec = plugins.plugin(u"capacity"_s);
    ASSERT_NE(spec, nullptr);
    EXPECT_EQ(spec->state, Sdk::PluginState::Running) << spec->error.toStdString();
    for (const QString &id : {u"capacity.show"_s, u"capacity.dashboards"_s, u"capacity.alerts"_s, u"capacity.compare"_s})
        EXPECT_TRUE(services.commands().command(id).has_value()) << id.toStdString();
    const auto view = services.views().view(u"capacity.view"_s);
    ASSERT_TRUE(view.has_value());
    EXPECT_FALSE(view->icon.isNull());
    QWidget window;
    window.resize(1400, 900);
    QWidget *panel = view->factory(&window);
    // The module has its own copy of the widgets' code: compare by class name, not qobject_cast.
    ASSERT_NE(panel, nullptr);
    EXPECT_STREQ(panel->metaObject()->className(), "OpsDeck::Capacity::Internal::CapacityPanel");
    auto *tabs = panel->findChild<QTabWidget *>();
    ASSERT_NE(tabs, nullptr);
    EXPECT_EQ(tabs->count(), 4);
    // The workspace comes from the active profile: an empty one shows the seed's example, unsaved.
    EXPECT_FALSE(QDir(dir.filePath(u"ws/capacity/scenarios"_s)).exists());
    ASSERT_TRUE(services.commands().trigger(u"capacity.dashboards"_s).ok());
    delete panel; // before the plugin's library goes
    plugins.shutdown();
#endif
}
