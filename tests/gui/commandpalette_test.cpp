// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "guitestsupport.h"

#include <appcontext.h>
#include <commandpalette.h>
#include <mainwindow.h>
#include <statusbarhost.h>
#include <testsupport.h>

#include <opsdeck/sdk/commandregistry.h>
#include <opsdeck/sdk/hostservices.h>
#include <opsdeck/sdk/notificationcenter.h>
#include <opsdeck/sdk/pluginmanager.h>

#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace OpsDeck;
using namespace OpsDeck::Test::Gui;
using OpsDeck::Test::waitUntil;
using Console::CommandPaletteModel;

namespace {

int currentRow(const Console::CommandPalette &palette)
{
    const QModelIndex current = palette.list()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

QString currentId(const Console::CommandPalette &palette)
{
    return palette.list()->currentIndex().data(CommandPaletteModel::IdRole).toString();
}

int rowOf(const CommandPaletteModel &model, const QString &id)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row).data(CommandPaletteModel::IdRole).toString() == id)
            return row;
    }
    return -1;
}

// Everything a palette test needs: the console with the example plugin loaded.
class CommandPalette : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (helloPluginFile().isEmpty())
            GTEST_SKIP() << "the example plugin is not part of this build";
        ASSERT_TRUE(m_sandbox.isValid());
        ASSERT_TRUE(m_sandbox.addHelloPlugin());
        m_context = std::make_unique<Core::AppContext>(m_sandbox.options());
        m_context->open();
        m_context->loadPlugins();
        const Sdk::PluginSpec *hello = m_context->plugins().plugin(QStringLiteral("hello"));
        ASSERT_NE(hello, nullptr);
        ASSERT_EQ(hello->state, Sdk::PluginState::Running) << hello->error.toStdString();
        m_window = std::make_unique<Console::MainWindow>(*m_context);
        ASSERT_TRUE(showActive(*m_window));
    }

    void TearDown() override
    {
        m_window.reset(); // the window goes before the plugins and registries it shows
        m_context.reset();
    }

    // Ctrl+K on the window, as the user presses it.
    Console::CommandPalette *openWithShortcut()
    {
        Console::CommandPalette *palette = m_window->commandPalette();
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
        return waitUntil([palette] { return palette->isVisible(); }) ? palette : nullptr;
    }

    ConsoleSandbox m_sandbox;
    std::unique_ptr<Core::AppContext> m_context;
    std::unique_ptr<Console::MainWindow> m_window;
};

} // namespace

TEST_F(CommandPalette, CtrlKOpensThePaletteWithTheCursorInItsInput)
{
    ASSERT_FALSE(m_window->commandPalette()->isVisible());
    Console::CommandPalette *palette = openWithShortcut();
    ASSERT_NE(palette, nullptr) << "Ctrl+K did not open the palette";
    EXPECT_TRUE(palette->input()->text().isEmpty());
    // Typing must land in the input without a click first.
    EXPECT_TRUE(waitUntil([palette] { return QApplication::focusWidget() == palette->input(); }))
        << "focus is on " << (QApplication::focusWidget() ? QApplication::focusWidget()->objectName().toStdString()
                                                          : std::string("nothing"));
    // With no query every command is listed (except the palette itself), the first selected.
    EXPECT_GE(palette->model()->rowCount(), 8);
    EXPECT_EQ(rowOf(*palette->model(), QStringLiteral("console.palette")), -1);
    EXPECT_NE(rowOf(*palette->model(), QStringLiteral("hello.greet")), -1);
    EXPECT_EQ(currentRow(*palette), 0);
}

TEST_F(CommandPalette, TypingFiltersFuzzilyAndGarbageFindsNothing)
{
    Console::CommandPalette *palette = openWithShortcut();
    ASSERT_NE(palette, nullptr);
    const int all = palette->model()->rowCount();

    QTest::keyClicks(palette->input(), QStringLiteral("sayhel"));
    EXPECT_EQ(palette->input()->text(), QStringLiteral("sayhel"));
    ASSERT_GE(palette->model()->rowCount(), 1);
    EXPECT_LT(palette->model()->rowCount(), all);
    const QModelIndex top = palette->model()->index(0);
    EXPECT_EQ(top.data(Qt::DisplayRole).toString(), QStringLiteral("Say Hello"));
    EXPECT_EQ(top.data(CommandPaletteModel::IdRole).toString(), QStringLiteral("hello.greet"));
    EXPECT_EQ(currentRow(*palette), 0) << "the best match is selected as you type";
    // The characters that matched are reported for highlighting: S, a, y, H, e, l.
    EXPECT_EQ(top.data(CommandPaletteModel::MatchPositionsRole).value<QList<int>>(), (QList<int>{0, 1, 2, 4, 5, 6}));

    QTest::keyClick(palette->input(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(palette->input(), QStringLiteral("zqxjkw"));
    EXPECT_EQ(palette->input()->text(), QStringLiteral("zqxjkw"));
    EXPECT_EQ(palette->model()->rowCount(), 0);
    EXPECT_EQ(currentRow(*palette), -1);

    // Enter with nothing to run does nothing and keeps the palette open.
    QSignalSpy triggered(&m_context->services().commands(), &Sdk::CommandRegistry::triggered);
    QTest::keyClick(palette->input(), Qt::Key_Return);
    EXPECT_EQ(triggered.count(), 0);
    EXPECT_TRUE(palette->isVisible());

    // Backspacing to empty brings every command back.
    QTest::keyClick(palette->input(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(palette->input(), Qt::Key_Backspace);
    EXPECT_EQ(palette->model()->rowCount(), all);
}

TEST_F(CommandPalette, ArrowKeysMoveTheSelectionAndWrap)
{
    Console::CommandPalette *palette = openWithShortcut();
    ASSERT_NE(palette, nullptr);
    const int rows = palette->model()->rowCount();
    ASSERT_GE(rows, 3);
    ASSERT_EQ(currentRow(*palette), 0);

    QTest::keyClick(palette->input(), Qt::Key_Down);
    EXPECT_EQ(currentRow(*palette), 1);
    QTest::keyClick(palette->input(), Qt::Key_Down);
    EXPECT_EQ(currentRow(*palette), 2);
    QTest::keyClick(palette->input(), Qt::Key_Up);
    EXPECT_EQ(currentRow(*palette), 1);
    QTest::keyClick(palette->input(), Qt::Key_Up);
    QTest::keyClick(palette->input(), Qt::Key_Up);
    EXPECT_EQ(currentRow(*palette), rows - 1) << "Up on the first row wraps to the last";
    QTest::keyClick(palette->input(), Qt::Key_Down);
    EXPECT_EQ(currentRow(*palette), 0) << "Down on the last row wraps to the first";
    // The keys moved the selection, not the text cursor's content.
    EXPECT_TRUE(palette->input()->text().isEmpty());
}

TEST_F(CommandPalette, EnterRunsTheSelectedCommand)
{
    QToolButton *status = m_window->statusBarHost()->itemButton(QStringLiteral("hello.greetings"));
    ASSERT_NE(status, nullptr) << "the hello plugin's status item is not in the status bar";
    const QString before = status->text();
    EXPECT_TRUE(before.contains(QStringLiteral("0 greeting"))) << before.toStdString();

    QSignalSpy posted(&m_context->services().notifications(), &Sdk::NotificationCenter::posted);
    Console::CommandPalette *palette = openWithShortcut();
    ASSERT_NE(palette, nullptr);
    QTest::keyClicks(palette->input(), QStringLiteral("sayhel"));
    ASSERT_EQ(currentId(*palette), QStringLiteral("hello.greet"));
    QTest::keyClick(palette->input(), Qt::Key_Return);

    EXPECT_TRUE(waitUntil([palette] { return !palette->isVisible(); })) << "the palette stays open after running";
    ASSERT_TRUE(waitUntil([&posted] { return posted.count() >= 1; })) << "no notification was posted";
    const auto note = posted.first().first().value<Sdk::Notification>();
    EXPECT_EQ(note.title, QStringLiteral("Hello from the example plugin"));
    EXPECT_TRUE(waitUntil([status] { return status->text().contains(QStringLiteral("1 greeting")); }))
        << "status item still says " << status->text().toStdString();
    EXPECT_NE(status->text(), before);

    // With an empty query the command just run comes first.
    palette = openWithShortcut();
    ASSERT_NE(palette, nullptr);
    EXPECT_EQ(currentId(*palette), QStringLiteral("hello.greet"));
}

TEST_F(CommandPalette, ArrowsChooseWhatEnterRuns)
{
    Console::CommandPalette *palette = openWithShortcut();
    ASSERT_NE(palette, nullptr);
    QTest::keyClicks(palette->input(), QStringLiteral("hello"));
    const int target = rowOf(*palette->model(), QStringLiteral("hello.open"));
    ASSERT_GE(target, 0) << "\"Open Hello Panel\" does not match \"hello\"";
    ASSERT_GE(palette->model()->rowCount(), 2);
    int presses = 0;
    while (currentId(*palette) != QStringLiteral("hello.open") && presses++ < palette->model()->rowCount())
        QTest::keyClick(palette->input(), Qt::Key_Down);
    ASSERT_EQ(currentRow(*palette), target);
    ASSERT_NE(m_window->currentViewId(), QStringLiteral("hello.view"));

    QTest::keyClick(palette->input(), Qt::Key_Enter); // the keypad's Enter works too
    EXPECT_TRUE(waitUntil([this] { return m_window->currentViewId() == QStringLiteral("hello.view"); }))
        << "current view is " << m_window->currentViewId().toStdString();
    EXPECT_FALSE(palette->isVisible());
}

TEST_F(CommandPalette, EscapeClosesWithoutRunningAnything)
{
    QSignalSpy triggered(&m_context->services().commands(), &Sdk::CommandRegistry::triggered);
    Console::CommandPalette *palette = openWithShortcut();
    ASSERT_NE(palette, nullptr);
    ASSERT_EQ(triggered.count(), 1); // console.palette itself, through the shortcut
    QTest::keyClicks(palette->input(), QStringLiteral("sayhel"));
    QTest::keyClick(palette->input(), Qt::Key_Escape);
    EXPECT_TRUE(waitUntil([palette] { return !palette->isVisible(); }));
    EXPECT_EQ(triggered.count(), 1);

    // Opening again starts from an empty query.
    palette = openWithShortcut();
    ASSERT_NE(palette, nullptr);
    EXPECT_TRUE(palette->input()->text().isEmpty());
}

TEST_F(CommandPalette, ScreenshotsOfTheWindowAndThePalette)
{
    // For people to look at; nothing is asserted about pixels.
    ASSERT_TRUE(saveScreenshot(*m_window, QStringLiteral("main.png")));
    Console::CommandPalette *palette = openWithShortcut();
    ASSERT_NE(palette, nullptr);
    QTest::keyClicks(palette->input(), QStringLiteral("hel"));
    ASSERT_TRUE(saveScreenshot(*m_window, QStringLiteral("palette.png"), palette));
    QTest::keyClick(palette->input(), Qt::Key_Escape);
}
