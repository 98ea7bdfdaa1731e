// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <testsupport.h>

#include <opsdeck/api/backendregistry.h>
#include <opsdeck/api/pipelineengine.h>
#include <opsdeck/pipelines/embeddedpipelineengine.h>
#include <opsdeck/sdk/hostservices.h>
#include <opsdeck/sdk/ihost.h>
#include <opsdeck/sdk/pluginsettings.h>

#include <QFuture>
#include <QMap>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

class QWidget;

namespace OpsDeck::Pipelines::Internal {
class PipelinesPanel;
}

namespace OpsDeck::Test::PipelinesGui {

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
    const bool finished = OpsDeck::Test::waitUntil([&future] { return future.isFinished(); }, std::chrono::seconds(30));
    EXPECT_TRUE(finished) << "future did not finish";
    return future.result();
}

/** Grabs \a widget into /tmp/opsdeck-gui-screenshots/\a fileName (created); returns the path or empty. */
QString saveScreenshot(QWidget &widget, const QString &fileName);

/**
 * A real git repository ("app", branch main) and a real embedded pipeline
 * engine in a temporary folder, bound through a BackendRegistry profile
 * like the console binds it; a panel over it.
 */
class PipelinesFixture : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    /** Runs git in the repository; fails the test when it fails. */
    void git(const QStringList &args);
    /** Writes \a files and commits them; returns the new commit id. */
    QString commit(const QMap<QString, QByteArray> &files, const QString &message);
    /** Activates the profile (opening the engine) and registers the repository as "app". */
    void startEngine(int workers = 2);
    Pipelines::EmbeddedPipelineEngine *engine() const;
    /** Triggers a run of \a ref to \a environment through the engine. */
    Backend::PipelineRun trigger(const QString &ref = QStringLiteral("main"),
                                 const QString &environment = QStringLiteral("staging"));
    /** Waits until the run has ended (or the timeout); returns its details. */
    Backend::RunDetails finish(const QString &runId, int timeoutMs = 30'000);
    /** A shown panel of 1400×900 over the engine. */
    Pipelines::Internal::PipelinesPanel *makePanel();

    QTemporaryDir m_dir;
    QString m_repo;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Backend::BackendRegistry> m_registry;
    std::unique_ptr<Sdk::HostServices> m_services;
    std::unique_ptr<TestHost> m_host;
    std::unique_ptr<Pipelines::Internal::PipelinesPanel> m_panel;
    int m_workers = 2;
};

} // namespace OpsDeck::Test::PipelinesGui
