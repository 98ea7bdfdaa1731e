// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// The Logs panel around the search views: profile switches, import, open a
// file, the plugin module itself, and the screenshot for people to look at.
#include "logsearchtestsupport.h"

#include <histogramview.h>
#include <logresultsmodel.h>
#include <logspanel.h>
#include <queryedit.h>
#include <recorddetails.h>
#include <searchview.h>
#include <testsupport.h>
#include <timerangepicker.h>

#include <opsdeck/sdk/commandregistry.h>
#include <opsdeck/sdk/notificationcenter.h>
#include <opsdeck/sdk/pluginmanager.h>
#include <opsdeck/sdk/pluginspec.h>
#include <opsdeck/sdk/statusbarregistry.h>
#include <opsdeck/sdk/taskmanager.h>
#include <opsdeck/sdk/viewregistry.h>

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace OpsDeck;
using namespace OpsDeck::LogSearch;
using namespace OpsDeck::Test::LogSearchGui;
using OpsDeck::Test::waitUntil;

namespace {

class LogsPanelTest : public LogsFixture
{
protected:
    QString writeLog(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        EXPECT_TRUE(OpsDeck::Test::writeAll(path, content));
        return path;
    }

    QByteArray recentLines(int count, const QString &word)
    {
        QByteArray out;
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
        for (int i = 0; i < count; ++i) {
            out += start.addSecs(i).toString(Qt::ISODate).toUtf8() + (i % 4 == 0 ? " ERROR " : " INFO ")
                   + word.toUtf8() + " event " + QByteArray::number(i) + " user=u" + QByteArray::number(i % 3)
                   + '\n';
        }
        return out;
    }
};

Backend::Profile profile(const QString &id, const QString &kind)
{
    Backend::Profile p;
    p.id = id;
    p.name = id.toUpper();
    p.kind = kind;
    return p;
}

} // namespace

TEST_F(LogsPanelTest, FollowsProfileSwitchesWithAnEmptyState)
{
    append(makeRecords(100, m_now.addSecs(-60), 1000));
    LogsPanel *panel = makePanel();
    EXPECT_TRUE(panel->hasStore());
    EXPECT_EQ(panel->storeView()->model()->total(), 100);
    auto *empty = panel->findChild<QWidget *>(u"logsearch.emptyState"_s);
    ASSERT_NE(empty, nullptr);
    EXPECT_FALSE(empty->isVisible());

    // A profile without a log store: the panel says so and offers nothing that needs one.
    m_registry->registerProvider(u"bare"_s, [](const Backend::Profile &)
                                                -> Result<std::vector<std::unique_ptr<Backend::IBackend>>> {
        return std::vector<std::unique_ptr<Backend::IBackend>>{};
    });
    ASSERT_TRUE(m_registry->activate(profile(u"bare"_s, u"bare"_s)).ok());
    EXPECT_FALSE(panel->hasStore());
    EXPECT_TRUE(empty->isVisible());
    EXPECT_EQ(panel->storeView()->model()->rowCount(), 0);
    auto *import = panel->findChild<QToolButton *>(u"logsearch.import"_s);
    ASSERT_NE(import, nullptr);
    EXPECT_FALSE(import->isEnabled());
    const auto labels = empty->findChildren<QLabel *>();
    EXPECT_TRUE(std::any_of(labels.cbegin(), labels.cend(),
                            [](const QLabel *l) { return l->text().contains(u"\"BARE\""_s); }));
    ASSERT_TRUE(QTest::qWaitForWindowExposed(panel));
    QTest::qWait(20);
    EXPECT_TRUE(panel->grab().save(screenshotPath(u"logsearch-no-store.png"_s)));

    // Back to a store: a fresh one (profiles do not share data), searched at once.
    const int before = searchCount(panel->storeView());
    ASSERT_TRUE(m_registry->activate(profile(u"beta"_s, u"mock"_s)).ok());
    EXPECT_TRUE(panel->hasStore());
    EXPECT_FALSE(empty->isVisible());
    ASSERT_TRUE(waitForSearch(panel->storeView(), before));
    EXPECT_EQ(panel->storeView()->model()->total(), 0);
}

TEST_F(LogsPanelTest, ImportRunsAsATaskAndNotifies)
{
    LogsPanel *panel = makePanel();
    EXPECT_EQ(panel->storeView()->model()->total(), 0);
    const QString file = writeLog(u"import.log"_s, recentLines(250, u"imported"_s));
    QSignalSpy done(panel, &LogsPanel::importFinished);
    QSignalSpy started(&m_host->tasks(), &Sdk::TaskManager::taskStarted);

    Backend::LogIngestRequest request;
    request.paths = {file};
    request.service = u"batch"_s;
    const int before = searchCount(panel->storeView());
    panel->importFiles(request);
    EXPECT_EQ(started.count(), 1) << "the import shows in the task manager";
    ASSERT_TRUE(waitUntil([&] { return done.count() == 1; }));
    const auto result = done.first().first().value<Result<qint64>>();
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(*result, 250);
    const auto notes = m_host->notifications().notifications();
    ASSERT_FALSE(notes.isEmpty());
    EXPECT_EQ(notes.first().severity, Sdk::Notification::Severity::Success);
    EXPECT_TRUE(notes.first().title.startsWith(u"Imported 250 record"_s)) << notes.first().title.toStdString();

    // The panel searches again, and the new fields complete.
    ASSERT_TRUE(waitForSearch(panel->storeView(), before));
    EXPECT_EQ(panel->storeView()->model()->total(), 250);
    EXPECT_EQ(panel->storeView()->model()->record(0).service, u"batch"_s);
    ASSERT_TRUE(waitUntil([&] { return panel->storeView()->queryEdit()->fieldNames().contains(u"user:"_s); }));

    // A missing file is an error notification, not a crash.
    request.paths = {m_dir.filePath(u"missing.log"_s)};
    panel->importFiles(request);
    ASSERT_TRUE(waitUntil([&] { return done.count() == 2; }));
    EXPECT_EQ(m_host->notifications().notifications().first().severity, Sdk::Notification::Severity::Error);
}

TEST_F(LogsPanelTest, OpenFileSearchesItInItsOwnTab)
{
    append(makeRecords(50, m_now.addSecs(-60), 1000));
    LogsPanel *panel = makePanel();
    const QString first = writeLog(u"one.log"_s, recentLines(30, u"alpha"_s));
    const QString second = writeLog(u"two.log"_s, recentLines(20, u"beta"_s));
    ASSERT_TRUE(panel->openFiles({first, second}));
    EXPECT_EQ(panel->fileTabCount(), 1);
    EXPECT_EQ(panel->tabs()->tabText(1), u"one.log +1"_s);
    SearchView *fileView = panel->currentView();
    ASSERT_NE(fileView, panel->storeView());
    ASSERT_TRUE(waitUntil([&] { return fileView->model()->total() >= 0; }));
    EXPECT_EQ(fileView->model()->total(), 50) << "both files, merged, and nothing of the store";

    fileView->setQueryText(u"beta level:error"_s);
    ASSERT_TRUE(searchAndWait(fileView));
    EXPECT_EQ(fileView->model()->total(), 5);
    EXPECT_EQ(panel->storeView()->model()->total(), 50) << "the store tab is untouched";
    EXPECT_EQ(store()->recordCount(), 50) << "nothing was imported";

    // Closing the tab frees the opened files.
    Q_EMIT panel->tabs()->tabCloseRequested(1);
    EXPECT_EQ(panel->fileTabCount(), 0);
    EXPECT_FALSE(panel->openFiles({m_dir.filePath(u"nope.log"_s)}));
    EXPECT_EQ(panel->fileTabCount(), 0);
}

TEST_F(LogsPanelTest, PluginModuleRegistersViewCommandsAndStatus)
{
#ifndef OPSDECK_LOGSEARCH_PLUGIN_FILE
    GTEST_SKIP() << "the plugin is not built";
#else
    QTemporaryDir pluginDir;
    ASSERT_TRUE(QFile::copy(QStringLiteral(OPSDECK_LOGSEARCH_PLUGIN_FILE),
                            pluginDir.filePath(u"opsdeck_logsearch.so"_s)));
    append(makeRecords(30, m_now.addSecs(-60), 1000));
    {
        Sdk::PluginManager plugins(*m_services);
        plugins.setSearchPaths({pluginDir.path()});
        plugins.loadAll();
        const Sdk::PluginSpec *spec = plugins.plugin(u"logsearch"_s);
        ASSERT_NE(spec, nullptr);
        EXPECT_EQ(spec->state, Sdk::PluginState::Running) << spec->error.toStdString();
        for (const QString &id : {u"logsearch.focusQuery"_s, u"logsearch.toggleLiveTail"_s, u"logsearch.import"_s,
                                  u"logsearch.openFiles"_s, u"logsearch.export"_s})
            EXPECT_TRUE(m_services->commands().command(id).has_value()) << id.toStdString();
        EXPECT_EQ(m_services->commands().command(u"logsearch.focusQuery"_s)->shortcut,
                  QKeySequence(Qt::CTRL | Qt::Key_L));
        const auto view = m_services->views().view(u"logsearch.view"_s);
        ASSERT_TRUE(view.has_value());
        EXPECT_FALSE(view->icon.isNull());

        // What the console does when the view is first shown.
        QWidget window;
        window.resize(1000, 700);
        QWidget *panel = view->factory(&window);
        ASSERT_NE(panel, nullptr);
        panel->resize(window.size());
        window.show();
        Sdk::StatusItem *status = m_services->statusBar().item(u"logsearch.status"_s);
        ASSERT_NE(status, nullptr);
        ASSERT_TRUE(waitUntil([&] { return status->text().contains(u"30"_s); })) << status->text().toStdString();

        ASSERT_TRUE(m_services->commands().trigger(u"logsearch.toggleLiveTail"_s).ok());
        EXPECT_TRUE(status->text().contains(u"live"_s)) << status->text().toStdString();
        ASSERT_TRUE(m_services->commands().trigger(u"logsearch.focusQuery"_s).ok());
        delete panel; // before the plugin's library goes
        plugins.shutdown();
    }
#endif
}

TEST_F(LogsPanelTest, Screenshot)
{
    // A realistic screen: a day of records, a query with highlights, a
    // selected row with its context.
    append(makeRecords(3000, m_now.addSecs(-60), 29 * 1000));
    LogsPanel *panel = makePanel();
    SearchView *view = panel->storeView();
    view->rangePicker()->setPreset(TimeRangePicker::Preset::Hours24);
    view->setQueryText(u"\"connection timeout\" -host:web-3"_s);
    ASSERT_TRUE(searchAndWait(view));
    ASSERT_GT(view->model()->rowCount(), 3);
    view->table()->selectRow(2);
    QSignalSpy loaded(view->details(), &RecordDetails::contextLoaded);
    view->details()->setContextSize(4);
    view->details()->showContext();
    ASSERT_TRUE(waitUntil([&] { return loaded.count() > 0; }));
    QTest::qWait(50);
    EXPECT_TRUE(panel->grab().save(screenshotPath(u"logsearch-panel.png"_s)));

    // A query the store cannot read: the message under the bar, the column marked.
    view->setQueryText(u"timeout service: -level:debug"_s);
    ASSERT_TRUE(searchAndWait(view));
    ASSERT_TRUE(view->errorLabel()->isVisible());
    QTest::qWait(50);
    EXPECT_TRUE(panel->grab(QRect(0, 0, panel->width(), 260)).save(screenshotPath(u"logsearch-query-error.png"_s)));
    view->setQueryText(u"\"connection timeout\" -host:web-3"_s);
    ASSERT_TRUE(searchAndWait(view));
    view->table()->selectRow(2);

    // The same in a dark palette: every colour must follow.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x33, 0x35, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8d, 0x93));
    dark.setColor(QPalette::Link, QColor(0x7f, 0xb2, 0xff));
    dark.setColor(QPalette::Mid, QColor(0x55, 0x57, 0x5c));
    dark.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x40));
    panel->setPalette(dark);
    QTest::qWait(50);
    EXPECT_TRUE(panel->grab().save(screenshotPath(u"logsearch-panel-dark.png"_s)));
}
