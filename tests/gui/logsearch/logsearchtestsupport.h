// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memorylogstore.h>
#include <testsupport.h>

#include <opsdeck/api/backendregistry.h>
#include <opsdeck/api/logstore.h>
#include <opsdeck/sdk/hostservices.h>
#include <opsdeck/sdk/ihost.h>
#include <opsdeck/sdk/pluginsettings.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QFuture>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

class QWidget;

namespace OpsDeck::LogSearch {
class LogsPanel;
class SearchView;
}

namespace OpsDeck::Test::LogSearchGui {

/** An IHost over shared HostServices, as the plugin manager would give the plugin. */
class TestHost final : public Sdk::IHost
{
public:
    TestHost(Sdk::HostServices &services, const QString &pluginId);
    QString pluginId() const override { return m_id; }
    Sdk::ViewRegistry &views() override;
    Sdk::CommandRegistry &commands() override;
    Sdk::StatusBarRegistry &statusBar() override;
    Sdk::TaskManager &tasks() override;
    Sdk::NotificationCenter &notifications() override;
    Sdk::PluginSettings &settings() override { return m_settings; }
    Backend::BackendRegistry &backends() override;

private:
    Sdk::HostServices &m_services;
    QString m_id;
    Sdk::PluginSettings m_settings;
};

/** Waits for \a future without blocking the event loop; fails the test on timeout. */
template<typename T>
T await(QFuture<T> future)
{
    const bool finished = OpsDeck::Test::waitUntil([&future] { return future.isFinished(); });
    EXPECT_TRUE(finished) << "future did not finish";
    return future.result();
}

/** Deterministic records: services api/db/auth, hosts web-1..3, levels, messages, fields. */
QList<Backend::LogRecord> makeRecords(int count, const QDateTime &newest, qint64 spacingMs,
                                      const QString &source = QStringLiteral("/var/log/app.log"));

/** Where screenshots go: <build>/gui-screenshots (created). */
QString screenshotPath(const QString &fileName);

/**
 * A registry with the mock provider (profile "alpha"), host services, a
 * host for the plugin and a settings file, all private to the test.
 */
class LogsFixture : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    OpsDeck::Test::MemoryLogStore *store() const;
    void append(const QList<Backend::LogRecord> &records);
    /** A shown panel of 1280×820 over the store, after its first search. */
    LogSearch::LogsPanel *makePanel();
    /** Runs \a view's search and waits for the first page (or the failure). */
    bool searchAndWait(LogSearch::SearchView *view);
    /** Waits for the next searchFinished of \a view (after the caller started one). */
    bool waitForSearch(LogSearch::SearchView *view, int searchesBefore);

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Backend::BackendRegistry> m_registry;
    std::unique_ptr<Sdk::HostServices> m_services;
    std::unique_ptr<TestHost> m_host;
    std::unique_ptr<LogSearch::LogsPanel> m_panel;
    QDateTime m_now;
};

/** Counts searchFinished signals of a view (for waiting on the next one). */
int searchCount(LogSearch::SearchView *view);

} // namespace OpsDeck::Test::LogSearchGui
