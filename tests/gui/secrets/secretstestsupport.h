// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <testsupport.h>

#include <opsdeck/api/backendregistry.h>
#include <opsdeck/api/secretstore.h>
#include <opsdeck/sdk/hostservices.h>
#include <opsdeck/sdk/ihost.h>
#include <opsdeck/sdk/pluginsettings.h>
#include <opsdeck/vault/embeddedsecretstore.h>

#include <QFuture>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

class QWidget;

namespace OpsDeck::Secrets {
class SecretsPanel;
}

namespace OpsDeck::Test::SecretsGui {

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

/** Where screenshots go: <build>/gui-screenshots (created). */
QString screenshotPath(const QString &fileName);
/** Grabs \a widget into <build>/gui-screenshots/\a fileName. */
bool saveScreenshot(QWidget &widget, const QString &fileName);

/** The test vault's passphrase. */
inline QString passphrase()
{
    return QStringLiteral("correct horse battery staple");
}

/**
 * A real embedded vault in a temporary folder (cheap KDF), seeded with a
 * few secrets of every kind, bound through a BackendRegistry profile like
 * the console binds it; a panel over it with shortened timings.
 */
class SecretsFixture : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    /** Makes the vault (owner "alice") and writes the seed secrets; leaves it locked. */
    void seedVault();
    /** Binds the profile: the registry opens the vault folder (which may hold no vault yet). */
    void activate(bool demo = false);
    Vault::EmbeddedSecretStore *store() const;
    /** A shown panel of 1280×820 over the bound store, with short reveal/clipboard/idle times. */
    Secrets::SecretsPanel *makePanel();
    /** Types \a text into the lock screen and clicks Unlock; waits for the vault page and its list. */
    bool unlockThroughUi(const QString &text = passphrase());
    /** Moves the vault's clock forward by \a days (rotation due dates). */
    static void advanceClockDays(int days);

    QString vaultDir() const;

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Backend::BackendRegistry> m_registry;
    std::unique_ptr<Sdk::HostServices> m_services;
    std::unique_ptr<TestHost> m_host;
    std::unique_ptr<Secrets::SecretsPanel> m_panel;
};

} // namespace OpsDeck::Test::SecretsGui
