// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// The Secrets panel over a real embedded vault: lock screen, tree, value
// masking, clipboard, auto-lock, filters, new versions, the plugin module
// and the screenshots for people to look at.
#include "privatekeyring.h"
#include "secretstestsupport.h"

#include <auditview.h>
#include <clipboardguard.h>
#include <lockpages.h>
#include <policyeditor.h>
#include <secretdetails.h>
#include <secretsbrowser.h>
#include <secretspanel.h>
#include <valuedialog.h>

#include <opsdeck/sdk/commandregistry.h>
#include <opsdeck/sdk/notificationcenter.h>
#include <opsdeck/sdk/pluginmanager.h>
#include <opsdeck/sdk/pluginspec.h>
#include <opsdeck/sdk/statusbarregistry.h>
#include <opsdeck/sdk/viewregistry.h>

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QSignalSpy>
#include <QTimer>
#include <QFile>
#include <QFontDatabase>
#include <QLabel>
#include <QRegularExpression>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace OpsDeck;
using namespace OpsDeck::Secrets;
using namespace OpsDeck::Test::SecretsGui;
using OpsDeck::Test::waitUntil;

namespace {

class SecretsPanelTest : public SecretsFixture
{
protected:
    /** Seeded, bound, shown and unlocked through the lock screen. */
    SecretsPanel *unlockedPanel()
    {
        seedVault();
        activate();
        SecretsPanel *panel = makePanel();
        EXPECT_TRUE(unlockThroughUi());
        return panel;
    }

    template<typename T>
    T *child(const QString &name) const
    {
        T *found = m_panel->findChild<T *>(name);
        EXPECT_NE(found, nullptr) << name.toStdString();
        return found;
    }

    /** Selects \a path in the tree and waits for the details' full info. */
    bool select(const QString &path)
    {
        if (!m_panel->browser()->selectPath(path))
            return false;
        return waitUntil([&] { return m_panel->details()->path() == path; });
    }
};

} // namespace

TEST_F(SecretsPanelTest, WrongPassphraseShowsTheErrorAndStaysLocked)
{
    seedVault();
    activate();
    SecretsPanel *panel = makePanel();
    ASSERT_EQ(panel->page(), SecretsPanel::Page::Unlock);
    auto *field = child<QLineEdit>(u"secrets.passphrase"_s);
    EXPECT_EQ(field->echoMode(), QLineEdit::Password);
    auto *error = child<QLabel>(u"secrets.unlockError"_s);
    EXPECT_TRUE(error->isHidden());

    QTest::keyClicks(field, u"not the passphrase"_s);
    QTest::mouseClick(child<QPushButton>(u"secrets.unlockButton"_s), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !error->isHidden(); }));
    EXPECT_FALSE(error->text().isEmpty());
    EXPECT_TRUE(store()->isLocked());
    EXPECT_EQ(panel->page(), SecretsPanel::Page::Unlock);
    EXPECT_TRUE(field->text().isEmpty()) << "the typed passphrase is not kept in the field";
    EXPECT_TRUE(field->isEnabled());
    EXPECT_TRUE(child<QWidget>(u"secrets.unlockBusy"_s)->isHidden());

    // The right one opens it, and the error goes away.
    ASSERT_TRUE(unlockThroughUi());
    EXPECT_FALSE(store()->isLocked());
}

TEST_F(SecretsPanelTest, UnlockShowsTheSecretsInAFolderTree)
{
    SecretsPanel *panel = unlockedPanel();
    SecretsBrowser *browser = panel->browser();
    EXPECT_EQ(browser->visibleSecretCount(), 5);
    EXPECT_EQ(browser->paths(),
              QStringList({u"infra/database-password"_s, u"infra/ssh-keys"_s, u"payments/payment-api-key"_s,
                           u"payments/stripe-secret"_s, u"team-a/orders/db-credentials"_s}));
    // Folders from the path segments: infra, payments, team-a (with orders inside).
    QAbstractItemModel *model = browser->tree()->model();
    EXPECT_EQ(model->rowCount(), 3);
    QStringList top;
    for (int row = 0; row < model->rowCount(); ++row)
        top << model->index(row, 0).data().toString();
    EXPECT_EQ(top, QStringList({u"infra"_s, u"payments"_s, u"team-a"_s}));
    const QModelIndex payments = model->index(1, 0);
    ASSERT_EQ(model->rowCount(payments), 2);
    EXPECT_EQ(model->index(0, 0, payments).data().toString(), u"payment-api-key"_s);
    EXPECT_EQ(model->index(0, SecretsBrowser::VersionColumn, payments).data().toString(), u"1"_s);
    EXPECT_TRUE(model->index(0, SecretsBrowser::UpdatedColumn, payments).data().toString().size() > 0);
}

TEST_F(SecretsPanelTest, ValueIsMaskedRevealedThenMaskedAgain)
{
    SecretsPanel *panel = unlockedPanel();
    SecretsSettings timings = panel->settings();
    timings.reveal = 400ms;
    panel->setSettings(timings);
    ASSERT_TRUE(select(u"payments/payment-api-key"_s));
    SecretDetails *details = panel->details();
    EXPECT_EQ(details->valuePage(), SecretDetails::MaskedPage);
    EXPECT_FALSE(details->isRevealed());
    // Nothing of the value is anywhere in the widget tree while masked.
    EXPECT_TRUE(details->valueText()->text().isEmpty());

    QTest::mouseClick(child<QPushButton>(u"secrets.reveal"_s), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return details->isRevealed(); }));
    EXPECT_EQ(details->valuePage(), SecretDetails::TextPage);
    EXPECT_EQ(details->valueText()->text(), u"pk_live_51HxPaymentKey"_s);

    ASSERT_TRUE(waitUntil([&] { return !details->isRevealed(); }, 5s));
    EXPECT_EQ(details->valuePage(), SecretDetails::MaskedPage);
    EXPECT_TRUE(details->valueText()->text().isEmpty());
}

TEST_F(SecretsPanelTest, MultiLineAndMapValuesShowTheirWay)
{
    SecretsPanel *panel = unlockedPanel();
    SecretDetails *details = panel->details();
    ASSERT_TRUE(select(u"infra/ssh-keys"_s));
    details->reveal();
    ASSERT_TRUE(waitUntil([&] { return details->isRevealed(); }));
    EXPECT_EQ(details->valuePage(), SecretDetails::MultiLinePage);
    EXPECT_TRUE(details->valueMultiLine()->toPlainText().startsWith(u"-----BEGIN OPENSSH PRIVATE KEY-----\n"_s));
    EXPECT_EQ(details->valueMultiLine()->font(), QFontDatabase::systemFont(QFontDatabase::FixedFont));

    ASSERT_TRUE(select(u"team-a/orders/db-credentials"_s));
    EXPECT_FALSE(details->isRevealed()) << "choosing another secret masks the value";
    details->reveal();
    ASSERT_TRUE(waitUntil([&] { return details->isRevealed(); }));
    ASSERT_EQ(details->valuePage(), SecretDetails::MapPage);
    QTableWidget *map = details->valueMap();
    ASSERT_EQ(map->rowCount(), 2);
    EXPECT_EQ(map->item(0, 0)->text(), u"password"_s);
    EXPECT_EQ(map->item(0, 1)->text(), u"orders-pw-7"_s);
    EXPECT_EQ(map->item(1, 0)->text(), u"user"_s);
    details->mask();
    EXPECT_EQ(map->rowCount(), 0);
}

TEST_F(SecretsPanelTest, CopyPutsTheValueOnTheClipboardAndClearsIt)
{
    SecretsPanel *panel = unlockedPanel();
    SecretsSettings timings = panel->settings();
    timings.clipboard = 400ms;
    panel->setSettings(timings);
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->setText(u"before"_s);
    ASSERT_TRUE(select(u"infra/database-password"_s));

    QTest::mouseClick(child<QPushButton>(u"secrets.copy"_s), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return clipboard->text() == u"db-p4ssw0rd!"_s; }));
    EXPECT_FALSE(panel->details()->isRevealed()) << "copying does not reveal";
    EXPECT_TRUE(panel->clipboard()->isPending());
    ASSERT_TRUE(waitUntil([&] { return clipboard->text().isEmpty(); }, 5s));
    EXPECT_FALSE(panel->clipboard()->isPending());
}

TEST_F(SecretsPanelTest, ClipboardKeepsWhatTheUserCopiedAfterUs)
{
    SecretsPanel *panel = unlockedPanel();
    SecretsSettings timings = panel->settings();
    timings.clipboard = 300ms;
    panel->setSettings(timings);
    QClipboard *clipboard = QGuiApplication::clipboard();
    ASSERT_TRUE(select(u"payments/stripe-secret"_s));
    QSignalSpy cleared(panel->clipboard(), &ClipboardGuard::cleared);
    panel->details()->copy();
    ASSERT_TRUE(waitUntil([&] { return clipboard->text() == u"sk_live_stripe_0042"_s; }));
    clipboard->setText(u"something else"_s);
    ASSERT_TRUE(waitUntil([&] { return cleared.count() == 1; }, 5s));
    EXPECT_FALSE(cleared.at(0).at(0).toBool());
    EXPECT_EQ(clipboard->text(), u"something else"_s);
}

TEST_F(SecretsPanelTest, LocksItselfAfterIdleTimeAndForgetsEverything)
{
    SecretsPanel *panel = unlockedPanel();
    ASSERT_TRUE(select(u"payments/payment-api-key"_s));
    panel->details()->reveal();
    ASSERT_TRUE(waitUntil([&] { return panel->details()->isRevealed(); }));
    SecretsSettings timings = panel->settings();
    timings.reveal = 60s;
    timings.autoLock = 500ms;
    panel->setSettings(timings);

    ASSERT_TRUE(waitUntil([&] { return store()->isLocked(); }, 10s));
    EXPECT_EQ(panel->page(), SecretsPanel::Page::Unlock);
    EXPECT_FALSE(panel->details()->isRevealed());
    EXPECT_TRUE(panel->details()->valueText()->text().isEmpty());
    EXPECT_EQ(panel->browser()->visibleSecretCount(), 0);
    EXPECT_FALSE(child<QLabel>(u"secrets.lockReason"_s)->isHidden());

    // Unlock again: everything comes back.
    ASSERT_TRUE(unlockThroughUi());
    EXPECT_EQ(panel->browser()->visibleSecretCount(), 5);
}

TEST_F(SecretsPanelTest, InputKeepsTheVaultOpen)
{
    SecretsPanel *panel = unlockedPanel();
    SecretsSettings timings = panel->settings();
    timings.autoLock = 800ms;
    panel->setSettings(timings);
    // Typing every 150 ms for twice the idle time keeps it unlocked.
    QTimer typing;
    typing.setInterval(150ms);
    QObject::connect(&typing, &QTimer::timeout, panel,
                     [panel] { QTest::keyClick(panel->browser()->filterEdit(), Qt::Key_Shift); });
    typing.start();
    EXPECT_FALSE(waitUntil([&] { return store()->isLocked(); }, 1600ms));
    typing.stop();
    ASSERT_TRUE(waitUntil([&] { return store()->isLocked(); }, 5s));
}

TEST_F(SecretsPanelTest, LockButtonLocksTheVault)
{
    SecretsPanel *panel = unlockedPanel();
    QTest::mouseClick(panel->lockButton(), Qt::LeftButton);
    EXPECT_TRUE(store()->isLocked());
    EXPECT_EQ(panel->page(), SecretsPanel::Page::Unlock);
    EXPECT_EQ(panel->browser()->visibleSecretCount(), 0);
}

TEST_F(SecretsPanelTest, QuickUnlockKeepsAKeyInTheSystemKeyringAndOpensWithIt)
{
    OpsDeck::Test::PrivateKeyring keyring; // GNOME Keyring on a private bus; the developer's keyring is never touched
    ASSERT_TRUE(keyring.error().isEmpty()) << keyring.error().toStdString();
    SecretsPanel *panel = unlockedPanel();
    QToolButton *toggle = panel->quickUnlockButton();
    ASSERT_TRUE(toggle->isVisible());
    EXPECT_FALSE(toggle->isChecked());

    QTest::mouseClick(toggle, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return store()->hasQuickUnlock() && toggle->isEnabled(); }));
    EXPECT_TRUE(toggle->isChecked());
    EXPECT_TRUE(child<QLabel>(u"secrets.status"_s)->text().contains(u"Quick unlock is on"_s))
        << child<QLabel>(u"secrets.status"_s)->text().toStdString();

    QTest::mouseClick(panel->lockButton(), Qt::LeftButton);
    ASSERT_EQ(panel->page(), SecretsPanel::Page::Unlock);
    auto *quick = child<QPushButton>(u"secrets.quickUnlockButton"_s);
    ASSERT_TRUE(quick->isVisible());
    ASSERT_TRUE(saveScreenshot(*panel, u"secrets-quick-unlock.png"_s));
    QTest::mouseClick(quick, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return panel->page() == SecretsPanel::Page::Vault; }));
    EXPECT_TRUE(child<QLineEdit>(u"secrets.passphrase"_s)->text().isEmpty());
    ASSERT_TRUE(waitUntil([&] { return panel->browser()->visibleSecretCount() == 5; }));

    // Off again: the lock screen offers only the passphrase.
    QTest::mouseClick(toggle, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !store()->hasQuickUnlock() && toggle->isEnabled(); }));
    EXPECT_FALSE(toggle->isChecked());
    QTest::mouseClick(panel->lockButton(), Qt::LeftButton);
    EXPECT_FALSE(quick->isVisible());
}

TEST_F(SecretsPanelTest, FilterNarrowsTheTree)
{
    SecretsPanel *panel = unlockedPanel();
    SecretsBrowser *browser = panel->browser();
    QTest::keyClicks(browser->filterEdit(), u"pay"_s);
    EXPECT_EQ(browser->visibleSecretCount(), 2);
    EXPECT_EQ(browser->tree()->model()->rowCount(), 1) << "only the payments folder is left";
    browser->filterEdit()->clear();
    QTest::keyClicks(browser->filterEdit(), u"SSH"_s);
    EXPECT_EQ(browser->visibleSecretCount(), 1);
    EXPECT_TRUE(browser->selectPath(u"infra/ssh-keys"_s));
    browser->filterEdit()->clear();
    EXPECT_EQ(browser->visibleSecretCount(), 5);
}

TEST_F(SecretsPanelTest, NewVersionThroughTheDialogShowsInTheHistory)
{
    SecretsPanel *panel = unlockedPanel();
    ASSERT_TRUE(select(u"infra/database-password"_s));
    QTest::mouseClick(child<QPushButton>(u"secrets.newVersion"_s), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return panel->valueDialog() && panel->valueDialog()->isVisible(); }));
    ValueDialog *dialog = panel->valueDialog();
    EXPECT_EQ(dialog->path(), u"infra/database-password"_s);
    EXPECT_EQ(dialog->textEdit()->echoMode(), QLineEdit::Password);
    QTest::keyClicks(dialog->textEdit(), u"n3w-p4ssw0rd"_s);
    QSignalSpy written(panel, &SecretsPanel::written);
    QTest::keyClick(dialog->textEdit(), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return written.count() == 1; }));
    EXPECT_TRUE(written.at(0).at(0).toBool()) << panel->statusLabel()->text().toStdString();

    // The history shows version 2 as current, then version 1.
    QTableWidget *versions = panel->details()->versionsTable();
    ASSERT_TRUE(waitUntil([&] { return versions->rowCount() == 2; }))
        << "rows: " << versions->rowCount() << " " << panel->details()->messageLabel()->text().toStdString();
    EXPECT_EQ(versions->item(0, SecretDetails::VersionCol)->data(Qt::UserRole).toInt(), 2);
    EXPECT_EQ(versions->item(1, SecretDetails::VersionCol)->data(Qt::UserRole).toInt(), 1);
    EXPECT_EQ(versions->item(0, SecretDetails::CreatedByCol)->text(), u"alice"_s);
    EXPECT_EQ(panel->browser()->secret(u"infra/database-password"_s)->version, 2);

    // Read this version: the old value, then the new one as current.
    ASSERT_TRUE(panel->details()->selectVersion(1));
    QTest::mouseClick(child<QPushButton>(u"secrets.readVersion"_s), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return panel->details()->isRevealed(); }));
    EXPECT_EQ(panel->details()->valueText()->text(), u"db-p4ssw0rd!"_s);
    panel->details()->mask();
    panel->details()->reveal(0);
    ASSERT_TRUE(waitUntil([&] { return panel->details()->isRevealed(); }));
    EXPECT_EQ(panel->details()->valueText()->text(), u"n3w-p4ssw0rd"_s);
}

TEST_F(SecretsPanelTest, NewSecretOfKindMap)
{
    SecretsPanel *panel = unlockedPanel();
    QTest::mouseClick(child<QToolButton>(u"secrets.newSecret"_s), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return panel->valueDialog() && panel->valueDialog()->isVisible(); }));
    ValueDialog *dialog = panel->valueDialog();
    QTest::keyClicks(dialog->pathEdit(), u"team-b/cache/redis"_s);
    dialog->kindCombo()->setCurrentIndex(2);
    QTableWidget *map = dialog->mapTable();
    map->setRowCount(2);
    map->setItem(0, 0, new QTableWidgetItem(u"host"_s));
    map->setItem(0, 1, new QTableWidgetItem(u"redis-1"_s));
    map->setItem(1, 0, new QTableWidgetItem(u"token"_s));
    map->setItem(1, 1, new QTableWidgetItem(u"t0k3n"_s));
    QSignalSpy written(panel, &SecretsPanel::written);
    dialog->accept();
    ASSERT_TRUE(waitUntil([&] { return written.count() == 1; }));
    ASSERT_TRUE(written.at(0).at(0).toBool()) << panel->statusLabel()->text().toStdString();
    ASSERT_TRUE(waitUntil([&] { return panel->details()->path() == u"team-b/cache/redis"_s; }));
    panel->details()->reveal();
    ASSERT_TRUE(waitUntil([&] { return panel->details()->isRevealed(); }));
    ASSERT_EQ(panel->details()->valuePage(), SecretDetails::MapPage);
    EXPECT_EQ(panel->details()->valueMap()->rowCount(), 2);
}

TEST_F(SecretsPanelTest, OverdueSecretsRaiseOneNotificationAfterUnlock)
{
    seedVault();
    {
        auto opened = Vault::EmbeddedSecretStore::open(vaultDir(), u"alice"_s);
        ASSERT_TRUE(opened.ok());
        Vault::EmbeddedSecretStore &s = **opened;
        ASSERT_TRUE(await(s.unlock(Backend::SecretBytes::fromUtf8(passphrase().toUtf8()))).ok());
        Backend::SecretMetadata metadata;
        metadata.owner = u"payments-team"_s;
        metadata.rotationDays = 30;
        metadata.generator = u"random:32:alnum"_s;
        const auto set = await(s.setMetadata(u"payments/stripe-secret"_s, metadata));
        ASSERT_TRUE(set.ok()) << set.error().toString().toStdString();
        s.lock();
    }
    advanceClockDays(45);
    activate();
    SecretsPanel *panel = makePanel();
    ASSERT_TRUE(unlockThroughUi());
    const Backend::SecretInfo *info = panel->browser()->secret(u"payments/stripe-secret"_s);
    ASSERT_NE(info, nullptr);
    EXPECT_EQ(info->rotation, Backend::RotationState::Overdue);
    EXPECT_EQ(panel->browser()->dueCount(), 1);
    const auto notifications = m_services->notifications().notifications();
    ASSERT_EQ(notifications.size(), 1);
    EXPECT_EQ(notifications.first().severity, Sdk::Notification::Severity::Warning);

    // The due filter shows just that one; rotating it clears the badge.
    panel->browser()->dueButton()->click();
    EXPECT_EQ(panel->browser()->visibleSecretCount(), 1);
    ASSERT_TRUE(select(u"payments/stripe-secret"_s));
    QSignalSpy refreshed(panel, &SecretsPanel::refreshed);
    QTest::mouseClick(child<QPushButton>(u"secrets.rotate"_s), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return refreshed.count() > 0; }));
    EXPECT_EQ(panel->browser()->secret(u"payments/stripe-secret"_s)->rotation, Backend::RotationState::Ok);
    EXPECT_EQ(panel->browser()->secret(u"payments/stripe-secret"_s)->version, 2);

    // Lock and unlock: still only one notification per unlock, and none now.
    panel->lockVault();
    ASSERT_TRUE(unlockThroughUi());
    EXPECT_EQ(m_services->notifications().notifications().size(), 1);
}

TEST_F(SecretsPanelTest, CreateVaultPageMakesANewVault)
{
    activate(); // an empty folder: no vault yet
    SecretsPanel *panel = makePanel();
    ASSERT_EQ(panel->page(), SecretsPanel::Page::Create);
    auto *create = child<QPushButton>(u"secrets.createButton"_s);
    auto *first = child<QLineEdit>(u"secrets.newPassphrase"_s);
    auto *second = child<QLineEdit>(u"secrets.confirmPassphrase"_s);
    EXPECT_FALSE(create->isEnabled());
    QTest::keyClicks(first, u"short"_s);
    EXPECT_FALSE(create->isEnabled());
    first->clear();
    QTest::keyClicks(first, u"tangerine orbit lamp 42"_s);
    QTest::keyClicks(second, u"tangerine orbit lamp 4"_s);
    EXPECT_FALSE(create->isEnabled()) << "the two differ";
    QTest::keyClicks(second, u"2"_s);
    ASSERT_TRUE(create->isEnabled());
    ASSERT_TRUE(saveScreenshot(*panel, u"secrets-create.png"_s));
    QTest::mouseClick(create, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return panel->page() == SecretsPanel::Page::Unlock; }))
        << child<QLabel>(u"secrets.createError"_s)->text().toStdString();
    EXPECT_TRUE(store()->isInitialized());
    ASSERT_TRUE(unlockThroughUi(u"tangerine orbit lamp 42"_s));
    EXPECT_EQ(panel->browser()->visibleSecretCount(), 0);
}

TEST_F(SecretsPanelTest, TheDemoVaultsPassphraseIsShownOnceEvenWithThePanelClosed)
{
    activate(true); // the demo vault is made in the background
    SecretsPanel *panel = makePanel();
    panel->hide();
    // The notice arrives as a notification although nobody looks at the panel.
    ASSERT_TRUE(waitUntil([&] { return !m_services->notifications().notifications().isEmpty(); },
                          std::chrono::seconds(60)));
    const QString body = m_services->notifications().notifications().constFirst().body;
    const QRegularExpressionMatch m = QRegularExpression(u"\"([a-z0-9-]+)\""_s).match(body);
    ASSERT_TRUE(m.hasMatch()) << body.toStdString();
    EXPECT_TRUE(store()->takeFirstStartNotice().isEmpty()) << "shown once";
    panel->show();
    ASSERT_TRUE(waitUntil([&] { return panel->page() == SecretsPanel::Page::Unlock; }));
    EXPECT_TRUE(child<QLabel>(u"secrets.firstStartNotice"_s)->text().contains(m.captured(1)));
    ASSERT_TRUE(unlockThroughUi(m.captured(1)));
    EXPECT_GE(panel->browser()->visibleSecretCount(), 6);
}

TEST_F(SecretsPanelTest, AlertsShowInABannerAndTheNotificationList)
{
    SecretsPanel *panel = unlockedPanel();
    EXPECT_FALSE(panel->banner()->isVisible());
    Q_EMIT store()->alert(u"Unusual reads: 40 secrets read by bob in one minute"_s);
    EXPECT_TRUE(panel->banner()->isVisible());
    EXPECT_TRUE(panel->banner()->text().contains(u"Unusual reads"_s));
    EXPECT_EQ(m_services->notifications().notifications().size(), 1);
}

TEST_F(SecretsPanelTest, WithoutAStoreShowsWhatIsMissing)
{
    SecretsPanel *panel = makePanel(); // nothing bound
    EXPECT_EQ(panel->page(), SecretsPanel::Page::NoStore);
    EXPECT_FALSE(panel->noStorePage()->text().isEmpty());
}

TEST_F(SecretsPanelTest, PluginModuleRegistersViewCommandsAndStatus)
{
#ifndef OPSDECK_SECRETS_PLUGIN_FILE
    GTEST_SKIP() << "the plugin is not built";
#else
    seedVault();
    activate();
    QTemporaryDir pluginDir;
    ASSERT_TRUE(QFile::copy(QStringLiteral(OPSDECK_SECRETS_PLUGIN_FILE), pluginDir.filePath(u"opsdeck_secrets.so"_s)));
    Sdk::PluginManager plugins(*m_services);
    plugins.setSearchPaths({pluginDir.path()});
    plugins.loadAll();
    const Sdk::PluginSpec *spec = plugins.plugin(u"secrets"_s);
    ASSERT_NE(spec, nullptr);
    EXPECT_EQ(spec->state, Sdk::PluginState::Running) << spec->error.toStdString();
    for (const QString &id : {u"secrets.find"_s, u"secrets.lock"_s, u"secrets.new"_s})
        EXPECT_TRUE(m_services->commands().command(id).has_value()) << id.toStdString();
    EXPECT_FALSE(m_services->commands().isEnabled(u"secrets.lock"_s)) << "locked: nothing to lock";
    const auto view = m_services->views().view(u"secrets.view"_s);
    ASSERT_TRUE(view.has_value());
    EXPECT_FALSE(view->icon.isNull());
    {
        QWidget window;
        window.resize(1000, 700);
        QWidget *panel = view->factory(&window);
        ASSERT_NE(panel, nullptr);
        window.show();
        Sdk::StatusItem *status = m_services->statusBar().item(u"secrets.status"_s);
        ASSERT_NE(status, nullptr);
        EXPECT_FALSE(status->text().isEmpty());
        delete panel; // before the plugin's library goes
    }
    plugins.shutdown();
#endif
}

TEST_F(SecretsPanelTest, Screenshots)
{
    seedVault();
    {
        auto opened = Vault::EmbeddedSecretStore::open(vaultDir(), u"alice"_s);
        ASSERT_TRUE(opened.ok());
        Vault::EmbeddedSecretStore &s = **opened;
        ASSERT_TRUE(await(s.unlock(Backend::SecretBytes::fromUtf8(passphrase().toUtf8()))).ok());
        Backend::SecretMetadata metadata;
        metadata.owner = u"payments-team"_s;
        metadata.description = u"Live API key of the payment provider"_s;
        metadata.tags = QStringList{u"prod"_s, u"pci"_s};
        metadata.rotationDays = 90;
        metadata.generator = u"random:32:alnum"_s;
        (void)await(s.setMetadata(u"payments/payment-api-key"_s, metadata));
        metadata.description = u"Webhook signing secret"_s;
        metadata.rotationDays = 30;
        (void)await(s.setMetadata(u"payments/stripe-secret"_s, metadata));
        metadata.owner = u"platform"_s;
        metadata.description = u"Primary database"_s;
        metadata.rotationDays = 50;
        (void)await(s.setMetadata(u"infra/database-password"_s, metadata));
        (void)await(s.write(u"infra/database-password"_s, Backend::SecretBytes::fromUtf8("second"),
                            Backend::SecretKind::String));
        s.lock();
    }
    advanceClockDays(45);
    activate();
    SecretsPanel *panel = makePanel();
    auto *field = child<QLineEdit>(u"secrets.passphrase"_s);
    QTest::keyClicks(field, u"wrong"_s);
    QTest::keyClick(field, Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return !child<QLabel>(u"secrets.unlockError"_s)->isHidden(); }));
    ASSERT_TRUE(saveScreenshot(*panel, u"secrets-unlock-error.png"_s));
    ASSERT_TRUE(unlockThroughUi());
    ASSERT_TRUE(select(u"infra/database-password"_s));
    ASSERT_TRUE(waitUntil([&] { return panel->details()->versionsTable()->rowCount() >= 1; }));
    ASSERT_TRUE(saveScreenshot(*panel, u"secrets-tree-masked.png"_s));
    panel->details()->reveal();
    ASSERT_TRUE(waitUntil([&] { return panel->details()->isRevealed(); }));
    ASSERT_TRUE(saveScreenshot(*panel, u"secrets-revealed.png"_s));
    ASSERT_TRUE(select(u"team-a/orders/db-credentials"_s));
    panel->details()->reveal();
    ASSERT_TRUE(waitUntil([&] { return panel->details()->isRevealed(); }));
    panel->details()->tabs()->setCurrentIndex(1);
    ASSERT_TRUE(saveScreenshot(*panel, u"secrets-map-metadata.png"_s));
    panel->details()->mask();
    panel->browser()->dueButton()->click();
    Q_EMIT store()->alert(u"Unusual reads: 40 secrets read by bob in one minute"_s);
    ASSERT_TRUE(saveScreenshot(*panel, u"secrets-due-alert.png"_s));
    panel->browser()->dueButton()->click();
    panel->openValueDialog(u"infra/ssh-keys"_s, Backend::SecretKind::MultiLine);
    ASSERT_TRUE(waitUntil([&] { return panel->valueDialog() && panel->valueDialog()->isVisible(); }));
    panel->valueDialog()->multiLineEdit()->setPlainText(u"-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n"_s);
    ASSERT_TRUE(saveScreenshot(*panel->valueDialog(), u"secrets-value-dialog.png"_s));
    panel->valueDialog()->reject();

    QSignalSpy loaded(panel->policyEditor(), &PolicyEditor::loaded);
    panel->tabs()->setCurrentIndex(SecretsPanel::AccessTab);
    ASSERT_TRUE(waitUntil([&] { return loaded.count() > 0; }));
    panel->policyEditor()->checkIdentity()->setCurrentText(u"alice"_s);
    panel->policyEditor()->checkPath()->setText(u"payments/stripe-secret"_s);
    QSignalSpy checked(panel->policyEditor(), &PolicyEditor::checked);
    panel->policyEditor()->check();
    ASSERT_TRUE(waitUntil([&] { return checked.count() > 0; }));
    ASSERT_TRUE(saveScreenshot(*panel, u"secrets-access.png"_s));
    QSignalSpy refreshedAudit(panel->auditView(), &AuditView::refreshed);
    panel->tabs()->setCurrentIndex(SecretsPanel::AuditTab);
    ASSERT_TRUE(waitUntil([&] { return refreshedAudit.count() > 0; }));
    QSignalSpy verified(panel->auditView(), &AuditView::verified);
    QTest::mouseClick(child<QPushButton>(u"secrets.auditVerify"_s), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return verified.count() > 0; }));
    ASSERT_TRUE(saveScreenshot(*panel, u"secrets-audit.png"_s));
    panel->lockVault(u"Locked after 5 minutes without input."_s);
    ASSERT_TRUE(saveScreenshot(*panel, u"secrets-locked.png"_s));
}
