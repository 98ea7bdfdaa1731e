// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "guitestsupport.h"

#include <appcontext.h>
#include <mainwindow.h>
#include <settingsfile.h>
#include <testsupport.h>

#include <opsdeck/api/backendregistry.h>
#include <opsdeck/sdk/hostservices.h>
#include <opsdeck/sdk/notificationcenter.h>
#include <opsdeck/sdk/viewregistry.h>

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTest>

#include "testsupport.h"

#include <gtest/gtest.h>

#include <stdexcept>

using namespace OpsDeck;
using namespace OpsDeck::Test::Gui;
using OpsDeck::Test::waitUntil;

using OpsDeck::Test::readAll;
using OpsDeck::Test::writeAll;

namespace {

const QString kOverviewId = QStringLiteral("console.overview");
const QString kSecondId = QStringLiteral("test.second");

// What a plugin's initialize() would do: one more view after the overview.
void addSecondView(Core::AppContext &context)
{
    ASSERT_TRUE(context.services().views().add({.id = kSecondId,
                                                .title = QStringLiteral("Second"),
                                                .priority = 500,
                                                .factory = [](QWidget *parent) -> QWidget * {
                                                    return new QLabel(QStringLiteral("second view"), parent);
                                                }}));
}

// The page the user sees in the middle of the window.
QWidget *currentPage(Console::MainWindow &window)
{
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("views"));
    return stack ? stack->currentWidget() : nullptr;
}

QString currentPageId(Console::MainWindow &window)
{
    QWidget *page = currentPage(window);
    return page ? page->objectName() : QString();
}

bool hasErrorNotification(Core::AppContext &context, const QString &text)
{
    for (const Sdk::Notification &n : context.services().notifications().notifications()) {
        if (n.severity == Sdk::Notification::Severity::Error && (n.title.contains(text) || n.body.contains(text)))
            return true;
    }
    return false;
}


} // namespace

TEST(MainWindow, CtrlDigitsSwitchViews)
{
    ConsoleSandbox sandbox;
    Core::AppContext context(sandbox.options());
    context.open();
    context.loadPlugins();
    ASSERT_NO_FATAL_FAILURE(addSecondView(context));
    Console::MainWindow window(context);
    ASSERT_TRUE(showActive(window));
    ASSERT_EQ(window.currentViewId(), kOverviewId);

    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(window.currentViewId(), kSecondId);
    EXPECT_EQ(currentPageId(window), kSecondId);
    EXPECT_EQ(window.navigation()->currentRow(), 1);

    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(window.currentViewId(), kOverviewId);
    EXPECT_EQ(currentPageId(window), kOverviewId);

    // A digit with no view behind it changes nothing.
    QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
    EXPECT_EQ(window.currentViewId(), kOverviewId);
}

TEST(MainWindow, RemembersGeometryAndViewAcrossRestart)
{
    ConsoleSandbox sandbox;
    // Fits the offscreen screen (800×600), so nothing needs to be moved on restore.
    const QRect placed(40, 30, 740, 500);
    {
        Core::AppContext context(sandbox.options());
        context.open();
        context.loadPlugins();
        ASSERT_NO_FATAL_FAILURE(addSecondView(context));
        Console::MainWindow window(context);
        ASSERT_TRUE(showActive(window));
        window.setGeometry(placed);
        ASSERT_TRUE(waitUntil([&] { return window.geometry() == placed; }))
            << "geometry is " << window.geometry().x() << "," << window.geometry().y() << " "
            << window.width() << "x" << window.height();
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        ASSERT_EQ(window.currentViewId(), kSecondId);
        // The first close lets plugins shut down; the window closes after.
        window.close();
        EXPECT_TRUE(waitUntil([&] { return !window.isVisible(); }));
    }
    {
        Core::AppContext context(sandbox.options());
        context.open();
        context.loadPlugins();
        ASSERT_NO_FATAL_FAILURE(addSecondView(context));
        Console::MainWindow window(context);
        ASSERT_TRUE(showActive(window));
        EXPECT_TRUE(waitUntil([&] { return window.geometry() == placed; }))
            << "restored geometry is " << window.geometry().x() << "," << window.geometry().y() << " "
            << window.width() << "x" << window.height();
        EXPECT_EQ(window.currentViewId(), kSecondId);
        EXPECT_EQ(currentPageId(window), kSecondId);
    }
}

TEST(MainWindow, AViewWhoseFactoryThrowsShowsAnErrorPage)
{
    ConsoleSandbox sandbox;
    Core::AppContext context(sandbox.options());
    context.open();
    context.loadPlugins();
    Console::MainWindow window(context);
    ASSERT_TRUE(showActive(window));

    // Registered while the window is up, as a plugin loaded late would.
    ASSERT_TRUE(context.services().views().add({.id = QStringLiteral("test.throws"),
                                                .title = QStringLiteral("Exploding"),
                                                .priority = 500,
                                                .factory = [](QWidget *) -> QWidget * {
                                                    throw std::runtime_error("factory exploded");
                                                }}));
    ASSERT_TRUE(context.services().views().add({.id = QStringLiteral("test.null"),
                                                .title = QStringLiteral("Empty"),
                                                .priority = 600,
                                                .factory = [](QWidget *) -> QWidget * { return nullptr; }}));
    ASSERT_EQ(window.navigation()->count(), 3);

    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(window.currentViewId(), QStringLiteral("test.throws"));
    auto *page = qobject_cast<QLabel *>(currentPage(window));
    ASSERT_NE(page, nullptr) << "no error page was shown";
    EXPECT_TRUE(page->isVisible());
    EXPECT_TRUE(page->text().contains(QStringLiteral("Exploding"))) << page->text().toStdString();
    EXPECT_TRUE(page->text().contains(QStringLiteral("factory exploded"))) << page->text().toStdString();

    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    page = qobject_cast<QLabel *>(currentPage(window));
    ASSERT_NE(page, nullptr);
    EXPECT_TRUE(page->text().contains(QStringLiteral("Empty"))) << page->text().toStdString();
    EXPECT_TRUE(page->text().contains(QStringLiteral("returned no widget"))) << page->text().toStdString();

    // The window is still usable.
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(currentPageId(window), kOverviewId);
    EXPECT_TRUE(window.isVisible());
}

TEST(MainWindow, ACorruptSettingsFileIsReportedAndKeptAside)
{
    ConsoleSandbox sandbox;
    const QByteArray damaged = "{\n  \"window\": { \"view\": \"console.overview\",\n  oops\n";
    {
        QFile file(sandbox.settingsPath());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_EQ(file.write(damaged), damaged.size());
    }
    Core::AppContext context(sandbox.options());
    context.open();
    context.loadPlugins();
    Console::MainWindow window(context);
    ASSERT_TRUE(showActive(window));

    auto *problems = window.findChild<QLabel *>(QStringLiteral("startupProblems"));
    ASSERT_NE(problems, nullptr);
    EXPECT_TRUE(problems->isVisible()) << "the overview hides the problem";
    EXPECT_TRUE(problems->text().contains(QStringLiteral("settings file was damaged"))) << problems->text().toStdString();
    EXPECT_TRUE(hasErrorNotification(context, QStringLiteral("settings file was damaged")));

    const QDir dir = QFileInfo(sandbox.settingsPath()).dir();
    const QStringList aside = dir.entryList({QStringLiteral("settings.json.corrupt-*")}, QDir::Files);
    ASSERT_EQ(aside.size(), 1) << "entries: " << dir.entryList(QDir::Files).join(QStringLiteral(", ")).toStdString();
    EXPECT_EQ(readAll(dir.filePath(aside.constFirst())), damaged) << "the user's bytes were not kept as they were";
    // The problem text says where the bytes went.
    EXPECT_TRUE(problems->text().contains(aside.constFirst())) << problems->text().toStdString();

    saveScreenshot(window, QStringLiteral("corrupt-settings.png"));

    // The console writes a fresh, valid file from then on.
    window.close();
    EXPECT_TRUE(waitUntil([&] { return !window.isVisible(); }));
    EXPECT_TRUE(Core::SettingsFile::check(sandbox.settingsPath()));
    EXPECT_FALSE(readAll(sandbox.settingsPath()).isEmpty());
}

TEST(MainWindow, AnUnusableWorkspaceStillShowsTheWindowWithTheProblem)
{
    ConsoleSandbox sandbox;
    const QString notAFolder = QDir(sandbox.path()).filePath(QStringLiteral("workspace-file"));
    {
        QFile file(notAFolder);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("this is a file, not a workspace folder\n");
    }
    Core::AppContext::Options options = sandbox.options();
    options.workspaceFlag = notAFolder;
    Core::AppContext context(options);
    context.open();
    context.loadPlugins();
    ASSERT_FALSE(context.workspace().has_value());

    Console::MainWindow window(context);
    ASSERT_TRUE(showActive(window));
    EXPECT_TRUE(window.isVisible());
    EXPECT_EQ(window.currentViewId(), kOverviewId);

    auto *problems = window.findChild<QLabel *>(QStringLiteral("startupProblems"));
    ASSERT_NE(problems, nullptr);
    EXPECT_TRUE(problems->isVisible());
    EXPECT_TRUE(problems->text().contains(QStringLiteral("Cannot open the workspace"))) << problems->text().toStdString();
    EXPECT_TRUE(problems->text().contains(QStringLiteral("workspace-file"))) << problems->text().toStdString();
    auto *summary = window.findChild<QLabel *>(QStringLiteral("workspaceSummary"));
    ASSERT_NE(summary, nullptr);
    EXPECT_TRUE(summary->text().startsWith(QStringLiteral("No workspace is open"))) << summary->text().toStdString();
    EXPECT_TRUE(hasErrorNotification(context, QStringLiteral("Cannot open the workspace")));
    // No profile could be bound, and the switcher says so instead of pretending.
    EXPECT_TRUE(context.backends().activeProfile().id.isEmpty());
    EXPECT_EQ(window.profileSwitcher()->currentText(), QStringLiteral("(no profile)"));
    saveScreenshot(window, QStringLiteral("no-workspace.png"));
}
