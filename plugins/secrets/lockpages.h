// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/result.h>

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace OpsDeck::Backend {
class ISecretStore;
}

namespace OpsDeck::Secrets {

/** A centred column with a title and a text: no store, or a store that cannot be used. */
class MessagePage final : public QWidget
{
    Q_OBJECT
public:
    explicit MessagePage(QWidget *parent = nullptr);
    void setMessage(const QString &title, const QString &text);
    QString text() const;

private:
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
};

/** 0 (empty) to 4 (strong): a rough entropy estimate from length and character classes. */
int passphraseStrength(const QString &passphrase);

/** "Create vault": a passphrase typed twice, with a strength hint; calls initialize(). */
class CreateVaultPage final : public QWidget
{
    Q_OBJECT
public:
    explicit CreateVaultPage(QWidget *parent = nullptr);
    void setStore(Backend::ISecretStore *store);
    void focusPassphrase();

    static constexpr int kMinimumLength = 8;

Q_SIGNALS:
    /** The vault exists now; it is locked. */
    void created();

private:
    void updateState();
    void create();
    void setBusy(bool busy);

    QPointer<Backend::ISecretStore> m_store;
    QLabel *m_where = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_confirm = nullptr;
    QProgressBar *m_strength = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_error = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_create = nullptr;
    bool m_isBusy = false;
};

/** The lock screen: a no-echo passphrase field, the error of a failed try, a busy bar. */
class UnlockPage final : public QWidget
{
    Q_OBJECT
public:
    explicit UnlockPage(QWidget *parent = nullptr);
    void setStore(Backend::ISecretStore *store);
    /** A message for the person at the console (the demo vault's passphrase); empty hides it. */
    void setNotice(const QString &notice);
    /** Shown above the field, e.g. "Locked after 5 minutes without input." */
    void setReason(const QString &reason);
    void focusPassphrase();
    bool isBusy() const { return m_isBusy; }
    /** Shows "Unlock with System Keyring" when the store has quick unlock set up. */
    void updateQuickUnlock();

Q_SIGNALS:
    void unlocked();

private:
    void unlock();
    void unlockQuick();
    void setBusy(bool busy);
    void finish(const Result<> &result);

    QPointer<Backend::ISecretStore> m_store;
    QLabel *m_where = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_notice = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QPushButton *m_unlock = nullptr;
    QPushButton *m_quick = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_error = nullptr;
    bool m_isBusy = false;
};

} // namespace OpsDeck::Secrets
