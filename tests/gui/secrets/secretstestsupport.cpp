// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "secretstestsupport.h"

#include <lockpages.h>
#include <secretspanel.h>

#include <opsdeck/sdk/commandregistry.h>
#include <opsdeck/sdk/notificationcenter.h>
#include <opsdeck/sdk/statusbarregistry.h>
#include <opsdeck/sdk/taskmanager.h>
#include <opsdeck/sdk/viewregistry.h>

#include <QDateTime>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace OpsDeck::Test::SecretsGui {

namespace {
std::atomic<std::int64_t> s_clockOffsetMs{0};

std::int64_t testNow()
{
    return QDateTime::currentMSecsSinceEpoch() + s_clockOffsetMs.load();
}

Vault::EmbeddedSecretStore::Options storeOptions()
{
    Vault::EmbeddedSecretStore::Options options;
    // Cheap KDF costs keep the suite fast; a real vault calibrates to >= 0.25 s.
    options.kdf = Vault::Argon2Params{1, 64, 1};
    options.vault.nowMs = &testNow;
    return options;
}

Backend::SecretBytes bytes(const QString &text)
{
    return Backend::SecretBytes::fromUtf8(text.toUtf8());
}
} // namespace

TestHost::TestHost(Sdk::HostServices &services, const QString &pluginId)
    : m_services(services)
    , m_id(pluginId)
    , m_settings(services.settings(), pluginId)
{
}

Sdk::ViewRegistry &TestHost::views()
{
    return m_services.views();
}
Sdk::CommandRegistry &TestHost::commands()
{
    return m_services.commands();
}
Sdk::StatusBarRegistry &TestHost::statusBar()
{
    return m_services.statusBar();
}
Sdk::TaskManager &TestHost::tasks()
{
    return m_services.tasks();
}
Sdk::NotificationCenter &TestHost::notifications()
{
    return m_services.notifications();
}
Backend::BackendRegistry &TestHost::backends()
{
    return m_services.backends();
}

QString screenshotPath(const QString &fileName)
{
    const QString dir = QDir(OpsDeck::Test::buildDir()).filePath(u"gui-screenshots"_s);
    QDir().mkpath(dir);
    return QDir(dir).filePath(fileName);
}

bool saveScreenshot(QWidget &widget, const QString &fileName)
{
    // Nested layouts settle over a few rounds of posted layout requests.
    for (int round = 0; round < 3; ++round) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
    return widget.grab().save(screenshotPath(fileName));
}

void SecretsFixture::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    s_clockOffsetMs = 0;
    m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_registry = std::make_unique<Backend::BackendRegistry>();
    const QString dir = vaultDir();
    m_registry->registerProvider(
        u"vault"_s, [dir](const Backend::Profile &) -> Result<std::vector<std::unique_ptr<Backend::IBackend>>> {
            auto store = Vault::EmbeddedSecretStore::open(dir, u"alice"_s, storeOptions());
            if (!store)
                return store.error();
            std::vector<std::unique_ptr<Backend::IBackend>> backends;
            backends.push_back(std::move(*store));
            return backends;
        });
    // A demo workspace's vault: made in the background on first activation.
    m_registry->registerProvider(
        u"demo-vault"_s, [dir](const Backend::Profile &) -> Result<std::vector<std::unique_ptr<Backend::IBackend>>> {
            auto store = Vault::EmbeddedSecretStore::openDemo(dir, u"alice"_s, storeOptions());
            if (!store)
                return store.error();
            std::vector<std::unique_ptr<Backend::IBackend>> backends;
            backends.push_back(std::move(*store));
            return backends;
        });
    m_services = std::make_unique<Sdk::HostServices>(*m_settings, *m_registry);
    m_host = std::make_unique<TestHost>(*m_services, u"secrets"_s);
}

void SecretsFixture::TearDown()
{
    m_panel.reset();
    m_host.reset();
    m_services.reset();
    m_registry.reset();
    m_settings.reset();
    s_clockOffsetMs = 0;
}

QString SecretsFixture::vaultDir() const
{
    return m_dir.filePath(u"vault"_s);
}

void SecretsFixture::advanceClockDays(int days)
{
    s_clockOffsetMs += std::int64_t(days) * 24 * 3600 * 1000;
}

void SecretsFixture::seedVault()
{
    auto created = Vault::EmbeddedSecretStore::create(vaultDir(), bytes(passphrase()), Vault::Argon2Params{1, 64, 1},
                                                      u"alice"_s);
    ASSERT_TRUE(created.ok()) << created.error().toString().toStdString();
    Vault::EmbeddedSecretStore &store = **created;
    ASSERT_TRUE(await(store.unlock(bytes(passphrase()))).ok());
    const struct
    {
        QString path;
        QString value;
        Backend::SecretKind kind;
    } seeds[] = {
        {u"payments/payment-api-key"_s, u"pk_live_51HxPaymentKey"_s, Backend::SecretKind::String},
        {u"payments/stripe-secret"_s, u"sk_live_stripe_0042"_s, Backend::SecretKind::String},
        {u"infra/database-password"_s, u"db-p4ssw0rd!"_s, Backend::SecretKind::String},
        {u"infra/ssh-keys"_s, u"-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n"_s,
         Backend::SecretKind::MultiLine},
        {u"team-a/orders/db-credentials"_s, u"{\"password\":\"orders-pw-7\",\"user\":\"orders\"}"_s,
         Backend::SecretKind::Map},
    };
    for (const auto &seed : seeds) {
        const auto written = await(store.write(seed.path, bytes(seed.value), seed.kind));
        ASSERT_TRUE(written.ok()) << seed.path.toStdString() << ": " << written.error().toString().toStdString();
    }
    store.lock();
}

void SecretsFixture::activate(bool demo)
{
    Backend::Profile profile;
    profile.id = u"local"_s;
    profile.name = u"Local"_s;
    profile.kind = demo ? u"demo-vault"_s : u"vault"_s;
    const Result<> activated = m_registry->activate(profile);
    ASSERT_TRUE(activated.ok()) << activated.error().toString().toStdString();
}

Vault::EmbeddedSecretStore *SecretsFixture::store() const
{
    return qobject_cast<Vault::EmbeddedSecretStore *>(m_registry->get<Backend::ISecretStore>());
}

Secrets::SecretsPanel *SecretsFixture::makePanel()
{
    m_panel = std::make_unique<Secrets::SecretsPanel>(*m_host);
    Secrets::SecretsSettings timings;
    timings.reveal = 10s;
    timings.clipboard = 30s;
    timings.autoLock = 5min;
    m_panel->setSettings(timings);
    m_panel->resize(1280, 820);
    m_panel->show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(m_panel.get()));
    return m_panel.get();
}

bool SecretsFixture::unlockThroughUi(const QString &text)
{
    auto *field = m_panel->findChild<QLineEdit *>(u"secrets.passphrase"_s);
    auto *button = m_panel->findChild<QPushButton *>(u"secrets.unlockButton"_s);
    if (!field || !button || m_panel->page() != Secrets::SecretsPanel::Page::Unlock)
        return false;
    int lists = 0;
    const auto connection = QObject::connect(m_panel.get(), &Secrets::SecretsPanel::refreshed, m_panel.get(),
                                             [&lists](bool ok) { lists += ok ? 1 : 0; });
    field->setFocus();
    QTest::keyClicks(field, text);
    QTest::mouseClick(button, Qt::LeftButton);
    const bool ok = waitUntil([&] { return m_panel->page() == Secrets::SecretsPanel::Page::Vault && lists > 0; });
    QObject::disconnect(connection);
    return ok;
}

} // namespace OpsDeck::Test::SecretsGui
