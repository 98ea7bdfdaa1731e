// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "secretssettings.h"

#include <opsdeck/api/secretstore.h>

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QToolButton;

namespace OpsDeck::Sdk {
class IHost;
}

namespace OpsDeck::Secrets {

class AuditView;
class ClipboardGuard;
class CreateVaultPage;
class MessagePage;
class PolicyEditor;
class SecretDetails;
class SecretsBrowser;
class UnlockPage;
class ValueDialog;

/**
 * The Secrets panel over the active profile's ISecretStore: create or
 * unlock the vault, browse and use secrets, edit identities and policies,
 * read and verify the audit log. It locks the vault after a configurable
 * idle time (no key press or mouse input anywhere in the application) and
 * forgets everything it showed when the vault locks.
 */
class SecretsPanel final : public QWidget
{
    Q_OBJECT
public:
    enum class Page { NoStore, Create, Unlock, Vault };
    enum Tab { SecretsTab, AccessTab, AuditTab };

    explicit SecretsPanel(Sdk::IHost &host, QWidget *parent = nullptr);
    ~SecretsPanel() override;

    Page page() const;
    Backend::ISecretStore *store() const { return m_store; }

    /** Applies (and keeps) new timings; tests shorten them. */
    void setSettings(const SecretsSettings &settings);
    const SecretsSettings &settings() const { return m_settings; }

    /** Locks the vault now; \a reason is shown on the lock screen. */
    void lockVault(const QString &reason = {});
    /** Lists the secrets again (the tree, the badges, the details). */
    void refresh();
    void focusFilter();
    /** Opens the value dialog for a new secret (empty \a path) or a new version. */
    void newSecret();
    void openValueDialog(const QString &path, Backend::SecretKind kind);
    void showSettingsDialog();

    QString statusText() const;

    MessagePage *noStorePage() const { return m_noStorePage; }
    CreateVaultPage *createPage() const { return m_createPage; }
    UnlockPage *unlockPage() const { return m_unlockPage; }
    SecretsBrowser *browser() const { return m_browser; }
    SecretDetails *details() const { return m_details; }
    PolicyEditor *policyEditor() const { return m_policyEditor; }
    AuditView *auditView() const { return m_auditView; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *banner() const { return m_bannerText; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *lockButton() const { return m_lock; }
    QToolButton *quickUnlockButton() const { return m_quickUnlock; }
    ClipboardGuard *clipboard() const { return m_clipboard; }
    ValueDialog *valueDialog() const;

Q_SIGNALS:
    void statusChanged();
    /** The list answered (for tests and the status item). */
    void refreshed(bool ok);
    /** A value dialog's write answered. */
    void written(bool ok);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *makeVaultPage();
    QWidget *makeBanner();
    void rebind();
    void release();
    void updatePage();
    void setQuickUnlock(bool on);
    void showQuickUnlockState();
    void onLockedChanged(bool locked);
    void showAlert(const QString &message);
    void takeNotice();
    void notifyOverdue();
    void setStatus(const QString &text, bool error = false);
    void onTabChanged(int index);

    Sdk::IHost &m_host;
    QPointer<Backend::ISecretStore> m_store;
    SecretsSettings m_settings;
    ClipboardGuard *m_clipboard = nullptr;
    QTimer m_idle;
    bool m_wasUnlocked = false;
    bool m_overdueChecked = false;
    quint64 m_listRequest = 0;
    QString m_statusText;

    QStackedWidget *m_pages = nullptr;
    MessagePage *m_noStorePage = nullptr;
    CreateVaultPage *m_createPage = nullptr;
    UnlockPage *m_unlockPage = nullptr;
    QWidget *m_vaultPage = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_lock = nullptr;
    QToolButton *m_quickUnlock = nullptr;
    QToolButton *m_newSecret = nullptr;
    QToolButton *m_settingsButton = nullptr;
    QTabWidget *m_tabs = nullptr;
    SecretsBrowser *m_browser = nullptr;
    SecretDetails *m_details = nullptr;
    PolicyEditor *m_policyEditor = nullptr;
    AuditView *m_auditView = nullptr;
    QPointer<ValueDialog> m_valueDialog;
};

} // namespace OpsDeck::Secrets
