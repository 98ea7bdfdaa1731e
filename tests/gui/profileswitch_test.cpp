// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "guitestsupport.h"

#include <appcontext.h>
#include <mainwindow.h>
#include <mockbackends.h>
#include <overviewpanel.h>
#include <statusbarhost.h>
#include <testsupport.h>

#include <opsdeck/api/backendregistry.h>
#include <opsdeck/api/logstore.h>
#include <opsdeck/sdk/hostservices.h>
#include <opsdeck/sdk/notificationcenter.h>

#include <QComboBox>
#include <QLabel>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace OpsDeck;
using namespace OpsDeck::Test::Gui;
using OpsDeck::Test::waitUntil;
using Backend::Capability;

namespace {

const QString kMockKind = QStringLiteral("mock");
const QString kFailingKind = QStringLiteral("failing");
// The status bar's colours (statusbarhost.cpp): green for healthy, red for unhealthy.
const QColor kHealthyColor(0x2e, 0x9d, 0x4f);
const QColor kErrorColor(0xd0, 0x30, 0x30);

Backend::Profile profile(const QString &id, const QString &name, const QString &kind)
{
    Backend::Profile p;
    p.id = id;
    p.name = name;
    p.kind = kind;
    return p;
}

QColor textColor(const QToolButton *button)
{
    return button->palette().color(QPalette::ButtonText);
}

std::string str(const QStringList &list)
{
    return list.join(QStringLiteral(" | ")).toStdString();
}

// The overview's row for \a c says "<capability>: \a text" and is on screen
// (the panel rebuilds its rows, and a new row is shown from the event loop).
bool overviewShows(const Console::OverviewPanel *overview, Capability c, const QString &text)
{
    const auto *label = overview->findChild<QLabel *>(QStringLiteral("capability.") + Backend::capabilityId(c));
    const QString row = Backend::capabilityDisplayName(c) + QStringLiteral(": ") + text;
    return label && label->isVisible() && overview->capabilityRows().contains(row);
}

class ProfileSwitcher : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_sandbox.isValid());
        m_context = std::make_unique<Core::AppContext>(m_sandbox.options());
        m_context->open();
        Backend::BackendRegistry &backends = m_context->backends();
        OpsDeck::Test::registerMockProvider(backends, kMockKind);
        backends.registerProvider(kFailingKind, [](const Backend::Profile &)
                                                    -> Result<std::vector<std::unique_ptr<Backend::IBackend>>> {
            return fail(ErrorCode::Unavailable, QStringLiteral("The failing test server is down."),
                        QStringLiteral("connection refused"));
        });
        Core::ProfileStore &profiles = m_context->profiles();
        ASSERT_TRUE(profiles.save(profile(QStringLiteral("alpha"), QStringLiteral("Alpha"), kMockKind)));
        ASSERT_TRUE(profiles.save(profile(QStringLiteral("beta"), QStringLiteral("Beta"), kMockKind)));
        ASSERT_TRUE(profiles.save(profile(QStringLiteral("down"), QStringLiteral("Down"), kFailingKind)));
        m_context->loadPlugins();

        m_window = std::make_unique<Console::MainWindow>(*m_context);
        ASSERT_TRUE(showActive(*m_window));
        m_combo = m_window->profileSwitcher();
        m_overview = m_window->findChild<Console::OverviewPanel *>();
        ASSERT_NE(m_overview, nullptr) << "the overview is not the first view";
        m_logHealth = m_window->statusBarHost()->healthIndicator(Capability::LogStore);
        ASSERT_NE(m_logHealth, nullptr);
    }

    void TearDown() override
    {
        m_window.reset();
        m_context.reset();
    }

    // Down in the focused combo box: the next profile, as the keyboard user picks it.
    void chooseNext()
    {
        m_combo->setFocus();
        QTest::keyClick(m_combo, Qt::Key_Down);
    }

    ConsoleSandbox m_sandbox;
    std::unique_ptr<Core::AppContext> m_context;
    std::unique_ptr<Console::MainWindow> m_window;
    QComboBox *m_combo = nullptr;
    Console::OverviewPanel *m_overview = nullptr;
    QToolButton *m_logHealth = nullptr;
};

} // namespace

TEST_F(ProfileSwitcher, ListsEveryProfileWithTheActiveOneCurrent)
{
    ASSERT_EQ(m_context->backends().activeProfile().id, QStringLiteral("local"));
    ASSERT_EQ(m_combo->count(), 4);
    EXPECT_EQ(m_combo->currentIndex(), 0);
    EXPECT_EQ(m_combo->itemData(0).toString(), QStringLiteral("local"));
    EXPECT_EQ(m_combo->itemText(1), QStringLiteral("Alpha"));
    EXPECT_EQ(m_combo->itemText(2), QStringLiteral("Beta"));
    EXPECT_EQ(m_combo->itemText(3), QStringLiteral("Down"));
    // The local profile runs all four embedded services (log store, vault,
    // pipeline engine, metrics store), and every indicator names its backend.
    for (Capability c : Backend::allCapabilities()) {
        QToolButton *indicator = m_window->statusBarHost()->healthIndicator(c);
        ASSERT_NE(indicator, nullptr);
        EXPECT_FALSE(indicator->toolTip().contains(QStringLiteral("not available"))) << indicator->toolTip().toStdString();
    }
    EXPECT_TRUE(m_window->statusBarHost()->healthIndicator(Capability::MetricsSource)->toolTip().contains(
        QStringLiteral("Embedded metrics store")));
    EXPECT_TRUE(waitUntil([this] {
        return overviewShows(m_overview, Capability::MetricsSource, QStringLiteral("Embedded metrics store — healthy"));
    })) << str(m_overview->capabilityRows());
    EXPECT_FALSE(overviewShows(m_overview, Capability::PipelineEngine, QStringLiteral("Not available in this profile")));
    EXPECT_FALSE(overviewShows(m_overview, Capability::LogStore, QStringLiteral("Not available in this profile")));
    EXPECT_FALSE(overviewShows(m_overview, Capability::SecretStore, QStringLiteral("Not available in this profile")));
}

TEST_F(ProfileSwitcher, ChoosingAProfileRebindsBackendsStatusBarAndOverview)
{
    Backend::BackendRegistry &backends = m_context->backends();
    QSignalSpy rebound(&backends, &Backend::BackendRegistry::backendsChanged);

    chooseNext(); // Alpha
    ASSERT_TRUE(waitUntil([&rebound] { return rebound.count() == 1; })) << "choosing Alpha bound nothing";
    EXPECT_EQ(backends.activeProfile().id, QStringLiteral("alpha"));
    EXPECT_EQ(m_combo->currentText(), QStringLiteral("Alpha"));
    QPointer<Backend::IBackend> alphaLogs = backends.backend(Capability::LogStore);
    ASSERT_FALSE(alphaLogs.isNull());
    EXPECT_EQ(alphaLogs->displayName(), QStringLiteral("Mock log store (Alpha)"));
    EXPECT_TRUE(m_logHealth->toolTip().contains(QStringLiteral("Mock log store (Alpha) (healthy)")))
        << m_logHealth->toolTip().toStdString();
    EXPECT_EQ(textColor(m_logHealth), kHealthyColor);
    EXPECT_TRUE(waitUntil([this] {
        return overviewShows(m_overview, Capability::LogStore, QStringLiteral("Mock log store (Alpha) — healthy"));
    })) << str(m_overview->capabilityRows());

    chooseNext(); // Beta
    ASSERT_TRUE(waitUntil([&rebound] { return rebound.count() == 2; })) << "choosing Beta bound nothing";
    EXPECT_EQ(backends.activeProfile().id, QStringLiteral("beta"));
    EXPECT_EQ(m_combo->currentText(), QStringLiteral("Beta"));
    EXPECT_TRUE(alphaLogs.isNull()) << "Alpha's backends outlived the switch";
    ASSERT_NE(backends.backend(Capability::LogStore), nullptr);
    EXPECT_EQ(backends.backend(Capability::LogStore)->displayName(), QStringLiteral("Mock log store (Beta)"));
    EXPECT_EQ(m_overview->capabilityRows().size(), Backend::allCapabilities().size());
    for (Capability c : Backend::allCapabilities()) {
        const Backend::IBackend *b = backends.backend(c);
        ASSERT_NE(b, nullptr) << Backend::capabilityId(c).toStdString();
        EXPECT_TRUE(b->displayName().endsWith(QStringLiteral("(Beta)")));
        const QString expected = b->displayName() + QStringLiteral(" — healthy");
        EXPECT_TRUE(waitUntil([this, c, &expected] { return overviewShows(m_overview, c, expected); }))
            << str(m_overview->capabilityRows());
        QToolButton *indicator = m_window->statusBarHost()->healthIndicator(c);
        EXPECT_TRUE(indicator->toolTip().contains(b->displayName())) << indicator->toolTip().toStdString();
        EXPECT_FALSE(indicator->toolTip().contains(QStringLiteral("not available")));
    }
}

TEST_F(ProfileSwitcher, AnUnhealthyBackendTurnsItsIndicatorRed)
{
    chooseNext();
    ASSERT_TRUE(waitUntil([this] { return m_context->backends().activeProfile().id == QStringLiteral("alpha"); }));
    auto *logs = qobject_cast<OpsDeck::Test::MemoryLogStore *>(m_context->backends().get<Backend::ILogStore>());
    ASSERT_NE(logs, nullptr);
    ASSERT_EQ(textColor(m_logHealth), kHealthyColor);

    logs->setHealthState(Reliability::HealthState::Unhealthy, QStringLiteral("disk full"));
    EXPECT_TRUE(waitUntil([this] { return textColor(m_logHealth) == kErrorColor; }))
        << "indicator colour is " << textColor(m_logHealth).name().toStdString();
    EXPECT_TRUE(m_logHealth->toolTip().contains(QStringLiteral("(unhealthy)"))) << m_logHealth->toolTip().toStdString();
    EXPECT_TRUE(m_logHealth->toolTip().contains(QStringLiteral("disk full"))) << m_logHealth->toolTip().toStdString();
    EXPECT_TRUE(waitUntil([this] {
        return overviewShows(m_overview, Capability::LogStore, QStringLiteral("Mock log store (Alpha) — unhealthy"));
    })) << str(m_overview->capabilityRows());
    // The others are untouched.
    EXPECT_EQ(textColor(m_window->statusBarHost()->healthIndicator(Capability::SecretStore)), kHealthyColor);
    saveScreenshot(*m_window, QStringLiteral("unhealthy.png"));
}

TEST_F(ProfileSwitcher, AProfileWhoseProviderFailsKeepsThePreviousOneBound)
{
    Backend::BackendRegistry &backends = m_context->backends();
    chooseNext(); // Alpha
    ASSERT_TRUE(waitUntil([&backends] { return backends.activeProfile().id == QStringLiteral("alpha"); }));
    chooseNext(); // Beta, just above the failing one
    ASSERT_TRUE(waitUntil([&backends] { return backends.activeProfile().id == QStringLiteral("beta"); }));
    QPointer<Backend::IBackend> betaLogs = backends.backend(Capability::LogStore);
    ASSERT_FALSE(betaLogs.isNull());
    const quint64 generation = backends.generation();

    QSignalSpy posted(&m_context->services().notifications(), &Sdk::NotificationCenter::posted);
    chooseNext(); // Down
    ASSERT_TRUE(waitUntil([&posted] { return posted.count() >= 1; })) << "the failure was not reported";
    const auto note = posted.first().first().value<Sdk::Notification>();
    EXPECT_EQ(note.severity, Sdk::Notification::Severity::Error);
    EXPECT_EQ(note.title, QStringLiteral("Cannot switch profile"));
    EXPECT_TRUE(note.body.contains(QStringLiteral("The failing test server is down"))) << note.body.toStdString();

    EXPECT_EQ(backends.activeProfile().id, QStringLiteral("beta"));
    EXPECT_EQ(backends.generation(), generation);
    EXPECT_FALSE(betaLogs.isNull()) << "the bound backends were dropped";
    EXPECT_EQ(backends.backend(Capability::LogStore), betaLogs.data());
    EXPECT_EQ(m_combo->currentText(), QStringLiteral("Beta")) << "the switcher shows a profile that is not bound";
    EXPECT_TRUE(m_logHealth->toolTip().contains(QStringLiteral("Mock log store (Beta)")));
    EXPECT_EQ(m_context->profiles().lastActiveId(), QStringLiteral("beta"));
}
