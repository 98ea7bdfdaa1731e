// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "secretspanel.h"

#include "asyncresult.h"
#include "auditview.h"
#include "clipboardguard.h"
#include "lockpages.h"
#include "policyeditor.h"
#include "secretdetails.h"
#include "secretsbrowser.h"
#include "secretsstyle.h"
#include "secretstr.h"
#include "valuedialog.h"

#include <opsdeck/api/backendregistry.h>
#include <opsdeck/sdk/ihost.h>
#include <opsdeck/sdk/notificationcenter.h>

#include <QApplication>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace OpsDeck::Secrets {

namespace {
QToolButton *toolButton(const QString &text, const QString &toolTip, const QString &objectName, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(toolTip);
    b->setObjectName(objectName);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setAutoRaise(true);
    return b;
}

QString errorText(const Error &error)
{
    return error.detail.isEmpty() ? error.message : Tr::tr("%1 (%2)").arg(error.message, error.detail);
}
} // namespace

SecretsPanel::SecretsPanel(Sdk::IHost &host, QWidget *parent)
    : QWidget(parent)
    , m_host(host)
    , m_settings(SecretsSettings::load(host.settings()))
{
    m_clipboard = new ClipboardGuard(this);

    m_noStorePage = new MessagePage(this);
    m_noStorePage->setObjectName(u"secrets.noStore"_s);
    m_createPage = new CreateVaultPage(this);
    m_createPage->setObjectName(u"secrets.createPage"_s);
    m_unlockPage = new UnlockPage(this);
    m_unlockPage->setObjectName(u"secrets.unlockPage"_s);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_noStorePage);
    m_pages->addWidget(m_createPage);
    m_pages->addWidget(m_unlockPage);
    m_pages->addWidget(makeVaultPage());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(makeBanner());
    layout->addWidget(m_pages, 1);

    connect(m_createPage, &CreateVaultPage::created, this, [this] {
        m_unlockPage->setReason(Tr::tr("The vault was created. Unlock it with the new passphrase."));
        updatePage();
    });
    connect(m_unlockPage, &UnlockPage::unlocked, this, &SecretsPanel::updatePage);

    // Idle: no key press or mouse input anywhere in the application.
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        const auto minutes = duration_cast<std::chrono::minutes>(m_settings.autoLock).count();
        lockVault(minutes > 0 ? Tr::tr("Locked after %n minute(s) without input.", nullptr, int(minutes))
                              : Tr::tr("Locked after a while without input."));
    });
    qApp->installEventFilter(this);
    setSettings(m_settings);

    Backend::BackendRegistry &backends = host.backends();
    connect(&backends, &Backend::BackendRegistry::aboutToRebind, this, &SecretsPanel::release);
    connect(&backends, &Backend::BackendRegistry::backendsChanged, this, &SecretsPanel::rebind);
    rebind();
}

SecretsPanel::~SecretsPanel()
{
    qApp->removeEventFilter(this);
    release();
}

QWidget *SecretsPanel::makeBanner()
{
    m_banner = new QFrame(this);
    m_banner->setObjectName(u"secrets.bannerFrame"_s);
    m_banner->setAutoFillBackground(true);
    QPalette palette = m_banner->palette();
    palette.setColor(QPalette::Window, Style::pick(palette, 0xfff4ce, 0x4d3b00));
    palette.setColor(QPalette::WindowText, Style::pick(palette, 0x4d3b00, 0xfff4ce));
    m_banner->setPalette(palette);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(u"secrets.banner"_s);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::PlainText);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = toolButton(Tr::tr("Dismiss"), Tr::tr("Hide this message"), u"secrets.bannerClose"_s, m_banner);
    connect(close, &QToolButton::clicked, m_banner, &QWidget::hide);
    auto *layout = new QHBoxLayout(m_banner);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_bannerText, 1);
    layout->addWidget(close);
    m_banner->hide();
    return m_banner;
}

QWidget *SecretsPanel::makeVaultPage()
{
    m_vaultPage = new QWidget(this);
    m_vaultPage->setObjectName(u"secrets.vaultPage"_s);
    m_browser = new SecretsBrowser(m_vaultPage);
    m_details = new SecretDetails(*m_clipboard, m_vaultPage);
    auto *splitter = new QSplitter(Qt::Horizontal, m_vaultPage);
    splitter->addWidget(m_browser);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 6);
    splitter->setChildrenCollapsible(false);
    auto *secretsTab = new QWidget(m_vaultPage);
    auto *secretsLayout = new QVBoxLayout(secretsTab);
    secretsLayout->addWidget(splitter);

    m_policyEditor = new PolicyEditor(m_vaultPage);
    m_auditView = new AuditView(m_vaultPage);
    m_tabs = new QTabWidget(m_vaultPage);
    m_tabs->setObjectName(u"secrets.tabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->insertTab(SecretsTab, secretsTab, Tr::tr("Secrets"));
    m_tabs->insertTab(AccessTab, m_policyEditor, Tr::tr("Identities and Policies"));
    m_tabs->insertTab(AuditTab, m_auditView, Tr::tr("Audit Log"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &SecretsPanel::onTabChanged);

    m_status = new QLabel(m_vaultPage);
    m_status->setObjectName(u"secrets.status"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_newSecret = toolButton(Tr::tr("New Secret…"), Tr::tr("Write the first version of a new secret"),
                             u"secrets.newSecret"_s, m_vaultPage);
    connect(m_newSecret, &QToolButton::clicked, this, &SecretsPanel::newSecret);
    m_settingsButton = toolButton(Tr::tr("Settings…"), Tr::tr("Auto-lock, reveal and clipboard timings"),
                                  u"secrets.settings"_s, m_vaultPage);
    connect(m_settingsButton, &QToolButton::clicked, this, &SecretsPanel::showSettingsDialog);
    m_lock = new QPushButton(Tr::tr("Lock"), m_vaultPage);
    m_lock->setObjectName(u"secrets.lock"_s);
    m_lock->setToolTip(Tr::tr("Forget every key now; the passphrase is needed again"));
    connect(m_lock, &QPushButton::clicked, this, [this] { lockVault(); });
    m_quickUnlock = toolButton(Tr::tr("Quick Unlock"),
                               Tr::tr("Keep a key in this computer's keyring, so it opens the vault without the "
                                      "passphrase"),
                               u"secrets.quickUnlock"_s, m_vaultPage);
    m_quickUnlock->setCheckable(true);
    connect(m_quickUnlock, &QToolButton::clicked, this, &SecretsPanel::setQuickUnlock);
    auto *corner = new QWidget(m_vaultPage);
    auto *cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 0, 6, 0);
    cornerLayout->setSpacing(4);
    cornerLayout->addWidget(m_status);
    cornerLayout->addSpacing(8);
    cornerLayout->addWidget(m_newSecret);
    cornerLayout->addWidget(m_settingsButton);
    cornerLayout->addWidget(m_quickUnlock);
    cornerLayout->addWidget(m_lock);
    m_tabs->setCornerWidget(corner, Qt::TopRightCorner);

    connect(m_browser, &SecretsBrowser::currentPathChanged, this, [this](const QString &path) {
        if (const Backend::SecretInfo *info = m_browser->secret(path))
            m_details->showSecret(*info);
        else
            m_details->clear();
    });
    connect(m_details, &SecretDetails::changed, this, &SecretsPanel::refresh);
    connect(m_details, &SecretDetails::newVersionRequested, this, &SecretsPanel::openValueDialog);

    auto *layout = new QVBoxLayout(m_vaultPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    return m_vaultPage;
}

void SecretsPanel::setSettings(const SecretsSettings &settings)
{
    m_settings = settings;
    m_details->setRevealDuration(settings.reveal);
    m_clipboard->setClearDelay(settings.clipboard);
    m_idle.setInterval(settings.autoLock);
    if (settings.autoLock <= milliseconds::zero())
        m_idle.stop();
    else if (m_store && !m_store->isLocked())
        m_idle.start();
    m_details->mask(); // the caption names the reveal time
}

void SecretsPanel::showSettingsDialog()
{
    auto *dialog = new SecretsSettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        setSettings(dialog->settings());
        m_settings.save(m_host.settings());
    });
    dialog->open();
}

void SecretsPanel::release()
{
    // The old backends are destroyed right after aboutToRebind: let go now.
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = nullptr;
    m_idle.stop();
    if (m_valueDialog)
        m_valueDialog->reject();
    m_details->setStore(nullptr);
    m_browser->clear();
    m_policyEditor->setStore(nullptr);
    m_auditView->setStore(nullptr);
    m_createPage->setStore(nullptr);
    m_unlockPage->setStore(nullptr);
    m_wasUnlocked = false;
}

void SecretsPanel::rebind()
{
    release();
    m_store = m_host.backends().get<Backend::ISecretStore>();
    m_banner->hide();
    if (m_store) {
        connect(m_store, &Backend::ISecretStore::lockedChanged, this, &SecretsPanel::onLockedChanged);
        connect(m_store, &Backend::ISecretStore::alert, this, &SecretsPanel::showAlert);
        connect(m_store, &Backend::ISecretStore::noticeAvailable, this, &SecretsPanel::takeNotice);
    }
    m_details->setStore(m_store);
    m_policyEditor->setStore(m_store);
    m_auditView->setStore(m_store);
    m_createPage->setStore(m_store);
    m_unlockPage->setStore(m_store);
    updatePage();
    takeNotice();
}

void SecretsPanel::takeNotice()
{
    if (!m_store)
        return;
    const QString notice = m_store->takeFirstStartNotice();
    if (notice.isEmpty())
        return;
    // Shown on the unlock page and in the notifications, so it is seen even
    // when the Secrets panel is not open on the first start.
    m_unlockPage->setNotice(notice);
    m_host.notifications().post({.severity = Sdk::Notification::Severity::Info,
                                 .title = Tr::tr("Demo vault ready"),
                                 .body = notice});
    updatePage();
}

SecretsPanel::Page SecretsPanel::page() const
{
    QWidget *current = m_pages->currentWidget();
    if (current == m_createPage)
        return Page::Create;
    if (current == m_unlockPage)
        return Page::Unlock;
    if (current == m_vaultPage)
        return Page::Vault;
    return Page::NoStore;
}

void SecretsPanel::updatePage()
{
    if (!m_store) {
        const QString profile = m_host.backends().activeProfile().name;
        m_noStorePage->setMessage(
            Tr::tr("No secret store in this profile"),
            profile.isEmpty()
                ? Tr::tr("No profile is active. Choose one in the Profile box of the toolbar.")
                : Tr::tr("The profile \"%1\" does not provide a secret store. Switch to a profile with a "
                         "vault in the Profile box of the toolbar.")
                      .arg(profile));
        m_pages->setCurrentWidget(m_noStorePage);
        m_wasUnlocked = false;
    } else if (!m_store->isInitialized()) {
        m_pages->setCurrentWidget(m_createPage);
        m_createPage->focusPassphrase();
        m_wasUnlocked = false;
    } else if (m_store->isLocked()) {
        m_pages->setCurrentWidget(m_unlockPage);
        m_unlockPage->updateQuickUnlock();
        m_unlockPage->focusPassphrase();
        m_wasUnlocked = false;
        m_idle.stop();
    } else {
        m_pages->setCurrentWidget(m_vaultPage);
        showQuickUnlockState();
        if (!m_wasUnlocked) {
            // Just unlocked: start fresh, and warn once about overdue rotations.
            m_wasUnlocked = true;
            m_overdueChecked = false;
            if (m_settings.autoLock > milliseconds::zero())
                m_idle.start();
            refresh();
            if (m_tabs->currentIndex() != SecretsTab)
                onTabChanged(m_tabs->currentIndex());
        }
    }
    Q_EMIT statusChanged();
}

void SecretsPanel::onLockedChanged(bool locked)
{
    if (locked) {
        // Forget everything the vault showed: values, names, policies, audit.
        if (m_valueDialog)
            m_valueDialog->reject();
        m_details->clear();
        m_browser->clear();
        m_policyEditor->setStore(m_store);
        m_auditView->setStore(m_store);
    }
    updatePage();
}

void SecretsPanel::lockVault(const QString &reason)
{
    if (!m_store || m_store->isLocked())
        return;
    m_unlockPage->setReason(reason);
    m_store->lock(); // lockedChanged(true) clears the panel
    if (page() == Page::Vault)
        onLockedChanged(true); // a store that does not signal
}

void SecretsPanel::refresh()
{
    if (!m_store || m_store->isLocked())
        return;
    Backend::ISecretStore *store = m_store;
    const quint64 request = ++m_listRequest;
    whenFinished(this, store->list(QString()),
                 [this, store, request](const Result<QList<Backend::SecretInfo>> &result) {
                     if (store != m_store || request != m_listRequest || store->isLocked())
                         return;
                     if (!result) {
                         setStatus(errorText(result.error()), true);
                         Q_EMIT refreshed(false);
                         return;
                     }
                     m_browser->setSecrets(*result);
                     m_policyEditor->setKnownPaths(m_browser->paths());
                     // The tree's rows changed; the details keep their secret but show its new state.
                     if (const Backend::SecretInfo *info = m_browser->secret(m_details->path()))
                         m_details->showSecret(*info);
                     QString text = Tr::tr("%n secret(s)", nullptr, int(result->size()));
                     if (!store->identity().isEmpty())
                         text = Tr::tr("%1 · as %2").arg(text, store->identity());
                     setStatus(text);
                     notifyOverdue();
                     Q_EMIT refreshed(true);
                 });
}

void SecretsPanel::notifyOverdue()
{
    if (m_overdueChecked)
        return;
    m_overdueChecked = true;
    int overdue = 0;
    for (const Backend::SecretInfo &info : m_browser->secrets())
        overdue += info.rotation == Backend::RotationState::Overdue ? 1 : 0;
    if (overdue == 0)
        return;
    m_host.notifications().post(
        {.severity = Sdk::Notification::Severity::Warning,
         .title = Tr::tr("Secrets overdue for rotation"),
         .body = Tr::tr("%n secret(s) in the vault are older than their rotation policy allows. "
                        "Use \"Due for rotation\" in the Secrets panel to find them.",
                        nullptr, overdue)});
}

void SecretsPanel::showQuickUnlockState()
{
    m_quickUnlock->setVisible(m_store && m_store->canQuickUnlock());
    m_quickUnlock->setChecked(m_store && m_store->hasQuickUnlock());
}

void SecretsPanel::setQuickUnlock(bool on)
{
    if (!m_store)
        return;
    m_quickUnlock->setEnabled(false);
    setStatus(on ? Tr::tr("Storing a key in the system keyring…") : Tr::tr("Removing the key from the system keyring…"));
    Backend::ISecretStore *store = m_store;
    whenFinished(this, on ? store->enableQuickUnlock() : store->disableQuickUnlock(),
                 [this, store, on](const Result<> &result) {
                     if (store != m_store)
                         return;
                     m_quickUnlock->setEnabled(true);
                     showQuickUnlockState();
                     if (!result) {
                         setStatus(errorText(result.error()), true);
                         return;
                     }
                     setStatus(on ? Tr::tr("Quick unlock is on: this computer's keyring opens the vault.")
                                  : Tr::tr("Quick unlock is off: only the passphrase opens the vault."));
                 });
}

void SecretsPanel::showAlert(const QString &message)
{
    m_bannerText->setText(message);
    m_banner->show();
    m_host.notifications().post({.severity = Sdk::Notification::Severity::Warning,
                                 .title = Tr::tr("Vault alert"),
                                 .body = message});
}

void SecretsPanel::setStatus(const QString &text, bool error)
{
    m_statusText = text;
    Style::showMessage(m_status, text, error ? Style::Message::Error : Style::Message::Info);
    m_status->show();
    Q_EMIT statusChanged();
}

QString SecretsPanel::statusText() const
{
    switch (page()) {
    case Page::NoStore: return Tr::tr("No vault");
    case Page::Create: return Tr::tr("Vault: not created");
    case Page::Unlock: return Tr::tr("Vault: locked");
    case Page::Vault: break;
    }
    return Tr::tr("Vault: unlocked");
}

void SecretsPanel::onTabChanged(int index)
{
    if (!m_store || m_store->isLocked())
        return;
    if (index == AccessTab && !m_policyEditor->isLoaded())
        m_policyEditor->load();
    else if (index == AuditTab)
        m_auditView->refresh();
}

void SecretsPanel::focusFilter()
{
    if (page() == Page::Vault) {
        m_tabs->setCurrentIndex(SecretsTab);
        m_browser->focusFilter();
    } else if (page() == Page::Unlock) {
        m_unlockPage->focusPassphrase();
    }
}

void SecretsPanel::newSecret()
{
    openValueDialog({}, Backend::SecretKind::String);
}

void SecretsPanel::openValueDialog(const QString &path, Backend::SecretKind kind)
{
    if (!m_store || m_store->isLocked())
        return;
    if (m_valueDialog)
        m_valueDialog->reject();
    // open(), not exec(): the store's answers must not arrive inside a nested loop.
    auto *dialog = new ValueDialog(path, kind, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_valueDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_store)
            return;
        const QString target = dialog->path();
        Backend::ISecretStore *store = m_store;
        whenFinished(this, store->write(target, dialog->value(), dialog->kind()),
                     [this, store, target](const Result<Backend::SecretInfo> &result) {
                         if (store != m_store)
                             return;
                         if (!result) {
                             setStatus(Tr::tr("Not written: %1").arg(errorText(result.error())), true);
                             Q_EMIT written(false);
                             return;
                         }
                         setStatus(Tr::tr("Wrote version %1 of %2.").arg(result->version).arg(target));
                         // Select the secret once the list has it.
                         auto *once = new QObject(this);
                         connect(this, &SecretsPanel::refreshed, once, [this, once, target] {
                             once->deleteLater();
                             m_browser->selectPath(target);
                             m_details->reload();
                         });
                         refresh();
                         Q_EMIT written(true);
                     });
    });
    dialog->open();
}

ValueDialog *SecretsPanel::valueDialog() const
{
    return m_valueDialog.data();
}

bool SecretsPanel::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_idle.isActive())
            m_idle.start(); // input: the idle countdown starts again
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace OpsDeck::Secrets
