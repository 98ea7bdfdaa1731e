// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "guitestsupport.h"

#include <appcontext.h>
#include <mainwindow.h>
#include <notificationspanel.h>
#include <pluginsdialog.h>
#include <settingsfile.h>
#include <testsupport.h>

#include <opsdeck/sdk/commandregistry.h>
#include <opsdeck/sdk/hostservices.h>
#include <opsdeck/sdk/notificationcenter.h>
#include <opsdeck/sdk/pluginmanager.h>

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace OpsDeck;
using namespace OpsDeck::Test::Gui;
using OpsDeck::Test::waitUntil;

namespace {

constexpr int kNameColumn = 0;
constexpr int kStateColumn = 2;
constexpr int kFileColumn = 4;
const QString kDisabledKey = QStringLiteral("pluginManager/disabled");

QTreeWidgetItem *rowForFile(QTreeWidget *tree, const QString &fileName)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(kFileColumn) == fileName)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

// A click in the middle of the row's name, where a user would click.
void clickRow(QTreeWidget *tree, QTreeWidgetItem *item)
{
    const QRect rect = tree->visualItemRect(item);
    const QRect name = rect.intersected(QRect(tree->header()->sectionViewportPosition(kNameColumn), rect.top(),
                                              tree->header()->sectionSize(kNameColumn), rect.height()));
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, name.center());
}

class PluginsDialog : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_sandbox.isValid());
        ASSERT_TRUE(m_sandbox.addGarbagePlugin(QStringLiteral("broken.so")));
        m_haveHello = m_sandbox.addHelloPlugin();
        m_context = std::make_unique<Core::AppContext>(m_sandbox.options());
        m_context->open();
        m_context->loadPlugins();
        m_window = std::make_unique<Console::MainWindow>(*m_context);
        ASSERT_TRUE(showActive(*m_window));
    }

    void TearDown() override
    {
        m_window.reset();
        m_context.reset();
    }

    Console::PluginsDialog *waitForDialog()
    {
        Console::MainWindow *window = m_window.get();
        if (!waitUntil([window] { return window->pluginsDialog() && window->pluginsDialog()->isVisible(); }))
            return nullptr;
        Console::PluginsDialog *dialog = window->pluginsDialog();
        return QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
    }

    ConsoleSandbox m_sandbox;
    bool m_haveHello = false;
    std::unique_ptr<Core::AppContext> m_context;
    std::unique_ptr<Console::MainWindow> m_window;
};

} // namespace

TEST_F(PluginsDialog, StartupReportsTheRefusedPluginInOverviewAndNotifications)
{
    // The overview's plugin card counts it.
    auto *summary = m_window->findChild<QLabel *>(QStringLiteral("pluginSummary"));
    ASSERT_NE(summary, nullptr);
    EXPECT_TRUE(summary->text().contains(QStringLiteral("1 refused"))) << summary->text().toStdString();
    if (m_haveHello) {
        EXPECT_TRUE(summary->text().contains(QStringLiteral("1 running"))) << summary->text().toStdString();
    }

    // A startup notification names the file.
    bool named = false;
    for (const Sdk::Notification &n : m_context->services().notifications().notifications()) {
        if (n.severity == Sdk::Notification::Severity::Warning && n.body.contains(QStringLiteral("broken.so")))
            named = true;
    }
    EXPECT_TRUE(named) << "no warning notification mentions broken.so";
    // …and it is in the notification list the user opens.
    auto *panel = m_window->findChild<Console::NotificationsPanel *>();
    ASSERT_NE(panel, nullptr);
    ASSERT_GE(panel->list()->count(), 1);
    EXPECT_TRUE(panel->list()->item(0)->text().contains(QStringLiteral("broken.so")))
        << panel->list()->item(0)->text().toStdString();
}

TEST_F(PluginsDialog, HelpMenuOpensItAndTheBrokenRowShowsTheReason)
{
    QAction *about = menuAction(*m_window, QStringLiteral("Help"), QStringLiteral("About Plugins"));
    ASSERT_NE(about, nullptr) << "Help › About Plugins is missing";
    about->trigger();
    Console::PluginsDialog *dialog = waitForDialog();
    ASSERT_NE(dialog, nullptr) << "the dialog did not open";

    QTreeWidget *tree = dialog->tree();
    QTreeWidgetItem *broken = rowForFile(tree, QStringLiteral("broken.so"));
    ASSERT_NE(broken, nullptr) << "broken.so is not listed";
    EXPECT_EQ(broken->text(kStateColumn), Sdk::pluginStateDisplayName(Sdk::PluginState::Invalid));
    EXPECT_FALSE(broken->data(kNameColumn, Qt::CheckStateRole).isValid()) << "an invalid file has no id to disable";
    EXPECT_TRUE(broken->toolTip(kStateColumn).contains(QStringLiteral("no plugin metadata")));

    if (m_haveHello) {
        // Start on another row, so the details must follow the click.
        QTreeWidgetItem *hello = rowForFile(tree, QStringLiteral("opsdeck_hello.so"));
        ASSERT_NE(hello, nullptr);
        clickRow(tree, hello);
        ASSERT_EQ(tree->currentItem(), hello);
        EXPECT_FALSE(dialog->detailsText().contains(QStringLiteral("no plugin metadata")));
        EXPECT_TRUE(dialog->detailsText().contains(QStringLiteral("hello"))) << dialog->detailsText().toStdString();
    }
    clickRow(tree, broken);
    ASSERT_EQ(tree->currentItem(), broken);
    const QString details = dialog->detailsText();
    EXPECT_TRUE(details.contains(QStringLiteral("Not loaded:"))) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("no plugin metadata"))) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("broken.so"))) << details.toStdString();

    if (m_haveHello)
        saveScreenshot(*dialog, QStringLiteral("plugins.png"));
}

TEST_F(PluginsDialog, OpensOnTheProblemRowThroughItsCommand)
{
    ASSERT_TRUE(m_context->services().commands().trigger(QStringLiteral("console.plugins")));
    Console::PluginsDialog *dialog = waitForDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_NE(dialog->tree()->currentItem(), nullptr);
    EXPECT_EQ(dialog->tree()->currentItem()->text(kFileColumn), QStringLiteral("broken.so"));
    EXPECT_TRUE(dialog->detailsText().contains(QStringLiteral("no plugin metadata")));
}

TEST_F(PluginsDialog, UncheckingAPluginPersistsItsIdAsDisabled)
{
    if (!m_haveHello)
        GTEST_SKIP() << "the example plugin is not part of this build";
    ASSERT_TRUE(m_context->services().commands().trigger(QStringLiteral("console.plugins")));
    Console::PluginsDialog *dialog = waitForDialog();
    ASSERT_NE(dialog, nullptr);
    QTreeWidget *tree = dialog->tree();
    QTreeWidgetItem *hello = rowForFile(tree, QStringLiteral("opsdeck_hello.so"));
    ASSERT_NE(hello, nullptr);
    ASSERT_EQ(hello->checkState(kNameColumn), Qt::Checked);
    auto *note = dialog->findChild<QLabel *>(QStringLiteral("restartNote"));
    ASSERT_NE(note, nullptr);
    EXPECT_FALSE(note->isVisible());

    clickRow(tree, hello);
    ASSERT_EQ(tree->currentItem(), hello);
    QTest::keyClick(tree, Qt::Key_Space); // toggles the check box of the current row
    ASSERT_EQ(hello->checkState(kNameColumn), Qt::Unchecked);
    EXPECT_TRUE(m_context->settings().value(kDisabledKey).toStringList().contains(QStringLiteral("hello")));
    EXPECT_TRUE(note->isVisible()) << "nothing tells the user a restart is needed";

    {
        // On disk, as the next start reads it: the plugin is not loaded.
        Core::AppContext next(m_sandbox.options());
        next.readPlugins();
        EXPECT_TRUE(next.disabledPlugins().contains(QStringLiteral("hello")));
        const Sdk::PluginSpec *spec = next.plugins().plugin(QStringLiteral("hello"));
        ASSERT_NE(spec, nullptr);
        EXPECT_EQ(spec->state, Sdk::PluginState::Disabled);
    }

    QTest::keyClick(tree, Qt::Key_Space);
    ASSERT_EQ(hello->checkState(kNameColumn), Qt::Checked);
    EXPECT_FALSE(m_context->settings().value(kDisabledKey).toStringList().contains(QStringLiteral("hello")));
    QSettings onDisk(m_sandbox.settingsPath(), Core::SettingsFile::format());
    EXPECT_FALSE(onDisk.value(kDisabledKey).toStringList().contains(QStringLiteral("hello")));
}
