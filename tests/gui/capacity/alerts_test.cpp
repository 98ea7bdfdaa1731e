// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// The alerts as the console runs them: the plugin module loaded through the
// SDK's plugin manager evaluates the workspace's rule file against a real
// embedded metrics store, posts "firing" and "resolved" to the notification
// center, fills the Alerts tab (states and history) and keeps the history
// file, which a restart reads back without announcing the alert again.
#include "capacitytestsupport.h"

#include <QAbstractItemModel>
#include <QTableView>

#include <opsdeck/metrics/embeddedmetricssource.h>
#include <opsdeck/metrics/metricsstore.h>
#include <opsdeck/sdk/hostservices.h>
#include <opsdeck/sdk/notificationcenter.h>
#include <opsdeck/sdk/pluginmanager.h>
#include <opsdeck/sdk/pluginspec.h>
#include <opsdeck/sdk/viewregistry.h>

#include <QDir>
#include <QFile>
#include <QSettings>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace OpsDeck;
using namespace OpsDeck::Test::CapacityGui;
using OpsDeck::Test::readAll;
using OpsDeck::Test::waitUntil;
using OpsDeck::Test::writeAll;

namespace {

#ifdef OPSDECK_CAPACITY_PLUGIN_FILE

const QByteArray kRules = R"({"version": 1, "rules": [
  {"name": "QueueTooDeep", "expr": "opsdeck_pipeline_queue_depth", "comparison": ">", "threshold": 50,
   "for": "0s", "severity": "page", "annotations": {"summary": "queue depth {{value}}"}}]})";

/** The plugin, loaded from a copy of its module, on a workspace with a store and a rule file. */
struct Console
{
    explicit Console(const QString &dir, std::shared_ptr<Metrics::MetricsStore> store)
        : settings(dir + u"/settings.ini"_s, QSettings::IniFormat)
        , registry(makeRegistry(dir + u"/ws"_s, [store] {
            std::vector<std::unique_ptr<Backend::IBackend>> out;
            out.push_back(std::make_unique<Metrics::EmbeddedMetricsSource>(store));
            return out;
        }))
        , services(settings, *registry)
        , plugins(services)
    {
        plugins.setSearchPaths({dir});
        plugins.loadAll();
    }
    ~Console() { plugins.shutdown(); }

    int count(const QString &prefix)
    {
        int n = 0;
        for (const Sdk::Notification &note : services.notifications().notifications())
            n += note.title.startsWith(prefix) ? 1 : 0;
        return n;
    }

    QSettings settings;
    std::unique_ptr<Backend::BackendRegistry> registry;
    Sdk::HostServices services;
    Sdk::PluginManager plugins;
};

/**
 * The Alerts tab's tables, found by their accessible names: the panel comes
 * from the plugin's own copy of the widget classes, so qobject_cast to them
 * does not work across the module boundary.
 */
QAbstractItemModel *table(QWidget *panel, const QString &name)
{
    for (QTableView *view : panel->findChildren<QTableView *>()) {
        if (view->accessibleName() == name)
            return view->model();
    }
    return nullptr;
}

int rowsInState(QAbstractItemModel *model, const QString &state)
{
    int n = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column)
            n += model->index(row, column).data().toString().endsWith(state) ? 1 : 0;
    }
    return n;
}

QString rowText(QAbstractItemModel *model, int row)
{
    QStringList cells;
    for (int column = 0; column < model->columnCount(); ++column)
        cells << model->index(row, column).data().toString();
    return cells.join(u" | "_s);
}

void append(Metrics::MetricsStore &store, double value)
{
    auto ref = store.series({{u"__name__"_s, u"opsdeck_pipeline_queue_depth"_s}});
    ASSERT_TRUE(ref.ok());
    ASSERT_EQ(store.append(*ref, QDateTime::currentMSecsSinceEpoch(), value), Metrics::MetricsStore::AppendStatus::Ok);
}

#endif

TEST(CapacityAlerts, TheWorkspacesRulesFireNotifyFillTheTabAndSurviveARestart)
{
#ifndef OPSDECK_CAPACITY_PLUGIN_FILE
    GTEST_SKIP() << "the plugin is not built";
#else
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_TRUE(QFile::copy(QStringLiteral(OPSDECK_CAPACITY_PLUGIN_FILE), dir.filePath(u"opsdeck_capacity.so"_s)));
    ASSERT_TRUE(QDir().mkpath(dir.filePath(u"ws/alerts"_s)));
    ASSERT_TRUE(writeAll(dir.filePath(u"ws/alerts/rules.json"_s), kRules));
    // Rounds every second instead of every 15 s (the workspace's setting).
    ASSERT_TRUE(writeAll(dir.filePath(u"ws/workspace.json"_s),
                         R"({"format": 1, "name": "alerts", "alerts": {"intervalSeconds": 1}})"));
    auto opened = Metrics::MetricsStore::open(dir.filePath(u"ws"_s));
    ASSERT_TRUE(opened.ok());
    std::shared_ptr<Metrics::MetricsStore> store = *opened;
    append(*store, 80);

    {
        Console console(dir.path(), store);
        const Sdk::PluginSpec *spec = console.plugins.plugin(u"capacity"_s);
        ASSERT_NE(spec, nullptr);
        ASSERT_EQ(spec->state, Sdk::PluginState::Running) << spec->error.toStdString();
        // Firing without the view ever being opened: the plugin runs the rules.
        ASSERT_TRUE(waitUntil([&] { return console.count(u"Alert firing: QueueTooDeep"_s) == 1; }))
            << "no firing notification";

        // The Alerts tab, opened afterwards, shows the firing alert and its history.
        const auto view = console.services.views().view(u"capacity.view"_s);
        ASSERT_TRUE(view.has_value());
        QWidget window;
        std::unique_ptr<QWidget> panel(view->factory(&window));
        ASSERT_NE(panel, nullptr);
        QAbstractItemModel *states = table(panel.get(), u"Alert states"_s);
        QAbstractItemModel *history = table(panel.get(), u"Alert history"_s);
        ASSERT_TRUE(states && history);
        ASSERT_TRUE(waitUntil([&] { return rowsInState(states, u"firing"_s) == 1; }));
        const QString row = rowText(states, 0);
        EXPECT_TRUE(row.contains(u"QueueTooDeep"_s)) << row.toStdString();
        EXPECT_TRUE(row.contains(u"queue depth 80"_s)) << row.toStdString();
        ASSERT_TRUE(waitUntil([&] { return history->rowCount() > 0; }))
            << "the history before the view opened is read back";

        // The queue drains: resolved, told once.
        append(*store, 3);
        ASSERT_TRUE(waitUntil([&] { return console.count(u"Alert resolved: QueueTooDeep"_s) == 1; },
                              std::chrono::seconds(10)))
            << "no resolved notification (the evaluator runs every second here)";
        ASSERT_TRUE(waitUntil([&] { return rowsInState(states, u"firing"_s) == 0; }));
        append(*store, 90); // and fires again before the restart
        ASSERT_TRUE(waitUntil([&] { return console.count(u"Alert firing: QueueTooDeep"_s) == 2; },
                              std::chrono::seconds(10)));
        panel.reset();
    }
    EXPECT_TRUE(QFile::exists(dir.filePath(u"ws/alerts/history.jsonl"_s)));

    // A restart: the firing alert is known again, and not announced a second time.
    Console again(dir.path(), store);
    QWidget window;
    const auto view = again.services.views().view(u"capacity.view"_s);
    ASSERT_TRUE(view.has_value());
    std::unique_ptr<QWidget> panel(view->factory(&window));
    ASSERT_NE(panel, nullptr);
    QAbstractItemModel *states = table(panel.get(), u"Alert states"_s);
    ASSERT_NE(states, nullptr);
    ASSERT_TRUE(waitUntil([&] { return rowsInState(states, u"firing"_s) == 1; }));
    waitUntil([] { return false; }, std::chrono::milliseconds(500));
    EXPECT_EQ(again.count(u"Alert firing"_s), 0) << "a restored alert is not announced again";
    panel.reset();
#endif
}

TEST(CapacityAlerts, ABrokenRuleFileIsNamedAndTheDefaultsRun)
{
#ifndef OPSDECK_CAPACITY_PLUGIN_FILE
    GTEST_SKIP() << "the plugin is not built";
#else
    QTemporaryDir dir;
    ASSERT_TRUE(QFile::copy(QStringLiteral(OPSDECK_CAPACITY_PLUGIN_FILE), dir.filePath(u"opsdeck_capacity.so"_s)));
    ASSERT_TRUE(QDir().mkpath(dir.filePath(u"ws/alerts"_s)));
    const QByteArray broken =
        R"({"version": 1, "rules": [{"name": "x", "expr": "up", "comparison": ">", "threshold": "high"}]})";
    ASSERT_TRUE(writeAll(dir.filePath(u"ws/alerts/rules.json"_s), broken));
    auto store = Metrics::MetricsStore::open(dir.filePath(u"ws"_s));
    ASSERT_TRUE(store.ok());
    Console console(dir.path(), *store);
    ASSERT_TRUE(waitUntil([&] { return console.count(u"The alert rules could not be read"_s) == 1; }));
    QString body;
    for (const Sdk::Notification &n : console.services.notifications().notifications())
        body += n.body;
    EXPECT_TRUE(body.contains(u"rules.json:1:"_s)) << body.toStdString();
    EXPECT_TRUE(body.contains(u"threshold"_s)) << body.toStdString();
    EXPECT_EQ(readAll(dir.filePath(u"ws/alerts/rules.json"_s)), broken) << "the file was left as it is";
#endif
}

} // namespace
