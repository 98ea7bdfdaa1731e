// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "lockpages.h"

#include "asyncresult.h"
#include "secretsstyle.h"
#include "secretstr.h"

#include <opsdeck/api/secretstore.h>

#include <QCheckBox>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace OpsDeck::Secrets {

namespace {

/**
 * A fixed-width column in the middle of \a page: word-wrapped labels need a
 * width to wrap to, or the layout squeezes them into clipped lines.
 */
QVBoxLayout *centredColumn(QWidget *page, int width = 460)
{
    auto *column = new QWidget(page);
    column->setFixedWidth(width);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setSpacing(10);
    auto *grid = new QGridLayout(page);
    grid->addWidget(column, 0, 0, Qt::AlignCenter);
    return columnLayout;
}

QLabel *wrappedLabel(QWidget *parent, Qt::Alignment alignment = Qt::AlignLeft)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(alignment);
    return label;
}

QProgressBar *busyBar(QWidget *parent)
{
    auto *bar = new QProgressBar(parent);
    bar->setRange(0, 0); // indeterminate: the KDF gives no progress
    bar->setTextVisible(false);
    bar->setMaximumHeight(6);
    bar->hide();
    return bar;
}

QLineEdit *passphraseField(QWidget *parent, const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    edit->setPlaceholderText(placeholder);
    // No input method may see or predict what is typed here.
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    edit->setMinimumHeight(edit->sizeHint().height() + 6);
    return edit;
}

/** Takes the text out of \a edit as SecretBytes and clears the field. */
Backend::SecretBytes takePassphrase(QLineEdit *edit)
{
    QString text = edit->text();
    QByteArray utf8 = text.toUtf8();
    Backend::SecretBytes out(utf8.constData(), utf8.size());
    utf8.fill('\0');
    text.fill(QChar(0));
    edit->clear();
    return out;
}

QString errorText(const Error &error)
{
    return error.message.isEmpty() ? error.toString() : error.message;
}

} // namespace

MessagePage::MessagePage(QWidget *parent)
    : QWidget(parent)
{
    QVBoxLayout *column = centredColumn(this, 520);
    m_title = wrappedLabel(this, Qt::AlignCenter);
    Style::makeTitle(m_title, 1.4);
    m_text = wrappedLabel(this, Qt::AlignCenter);
    column->addWidget(m_title);
    column->addWidget(m_text);
}

void MessagePage::setMessage(const QString &title, const QString &text)
{
    m_title->setText(title);
    m_text->setText(text);
}

QString MessagePage::text() const
{
    return m_text->text();
}

int passphraseStrength(const QString &passphrase)
{
    if (passphrase.isEmpty())
        return 0;
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : passphrase) {
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    const double bits = double(passphrase.size()) * std::log2(double(qMax(pool, 2)));
    if (bits < 40)
        return 1;
    if (bits < 60)
        return 2;
    if (bits < 80)
        return 3;
    return 4;
}

CreateVaultPage::CreateVaultPage(QWidget *parent)
    : QWidget(parent)
{
    QVBoxLayout *column = centredColumn(this);
    auto *title = wrappedLabel(this);
    title->setText(Tr::tr("Create a vault"));
    Style::makeTitle(title, 1.4);
    m_where = wrappedLabel(this);
    m_where->setForegroundRole(QPalette::PlaceholderText);
    auto *intro = wrappedLabel(this);
    intro->setText(Tr::tr("Secrets are encrypted with a key derived from this passphrase. Nobody can "
                          "recover a forgotten passphrase: keep it somewhere safe."));

    m_passphrase = passphraseField(this, Tr::tr("Passphrase"));
    m_passphrase->setObjectName(u"secrets.newPassphrase"_s);
    m_confirm = passphraseField(this, Tr::tr("Type the passphrase again"));
    m_confirm->setObjectName(u"secrets.confirmPassphrase"_s);
    m_strength = new QProgressBar(this);
    m_strength->setObjectName(u"secrets.strength"_s);
    m_strength->setRange(0, 4);
    m_strength->setTextVisible(false);
    m_strength->setMaximumHeight(6);
    m_hint = wrappedLabel(this);
    m_hint->setObjectName(u"secrets.strengthHint"_s);
    m_error = wrappedLabel(this);
    m_error->setObjectName(u"secrets.createError"_s);
    m_error->hide();
    m_busy = busyBar(this);
    m_create = new QPushButton(Tr::tr("Create Vault"), this);
    m_create->setObjectName(u"secrets.createButton"_s);
    m_create->setDefault(true);

    column->addWidget(title);
    column->addWidget(m_where);
    column->addWidget(intro);
    column->addSpacing(6);
    auto *newLabel = new QLabel(Tr::tr("&New passphrase:"), this);
    newLabel->setBuddy(m_passphrase);
    auto *confirmLabel = new QLabel(Tr::tr("&Type it again:"), this);
    confirmLabel->setBuddy(m_confirm);
    column->addWidget(newLabel);
    column->addWidget(m_passphrase);
    column->addWidget(m_strength);
    column->addWidget(m_hint);
    column->addWidget(confirmLabel);
    column->addWidget(m_confirm);
    column->addWidget(m_error);
    column->addWidget(m_busy);
    column->addWidget(m_create, 0, Qt::AlignRight);

    connect(m_passphrase, &QLineEdit::textChanged, this, &CreateVaultPage::updateState);
    connect(m_confirm, &QLineEdit::textChanged, this, &CreateVaultPage::updateState);
    connect(m_confirm, &QLineEdit::returnPressed, this, &CreateVaultPage::create);
    connect(m_create, &QPushButton::clicked, this, &CreateVaultPage::create);
    updateState();
}

void CreateVaultPage::setStore(Backend::ISecretStore *store)
{
    m_store = store;
    m_where->setText(store ? store->displayName() : QString());
    m_passphrase->clear();
    m_confirm->clear();
    Style::showMessage(m_error, {}, Style::Message::Info);
    setBusy(false);
}

void CreateVaultPage::focusPassphrase()
{
    m_passphrase->setFocus(Qt::OtherFocusReason);
}

void CreateVaultPage::updateState()
{
    const QString passphrase = m_passphrase->text();
    const int strength = passphraseStrength(passphrase);
    m_strength->setValue(strength);
    QPalette palette = m_strength->palette();
    const QColor color = strength <= 1 ? Style::errorColor(palette)
                         : strength == 2 ? Style::warnColor(palette)
                                         : Style::okColor(palette);
    palette.setColor(QPalette::Highlight, color);
    m_strength->setPalette(palette);

    QString hint;
    Style::Message kind = Style::Message::Info;
    if (passphrase.isEmpty()) {
        hint = Tr::tr("Use at least %1 characters. Four or more random words make a strong passphrase "
                      "that is easy to type.")
                   .arg(kMinimumLength);
    } else if (passphrase.size() < kMinimumLength) {
        hint = Tr::tr("Too short: use at least %1 characters.").arg(kMinimumLength);
        kind = Style::Message::Error;
    } else if (strength <= 1) {
        hint = Tr::tr("Weak: add more words or characters.");
        kind = Style::Message::Warning;
    } else if (strength == 2) {
        hint = Tr::tr("Fair: a few more characters make it strong.");
        kind = Style::Message::Warning;
    } else if (strength == 3) {
        hint = Tr::tr("Good.");
        kind = Style::Message::Success;
    } else {
        hint = Tr::tr("Strong.");
        kind = Style::Message::Success;
    }
    if (!m_confirm->text().isEmpty() && m_confirm->text() != passphrase && passphrase.size() >= kMinimumLength) {
        hint = Tr::tr("The two passphrases differ.");
        kind = Style::Message::Error;
    }
    Style::showMessage(m_hint, hint, kind);
    m_create->setEnabled(!m_isBusy && m_store && passphrase.size() >= kMinimumLength
                         && m_confirm->text() == passphrase);
}

void CreateVaultPage::setBusy(bool busy)
{
    m_isBusy = busy;
    m_busy->setVisible(busy);
    m_passphrase->setEnabled(!busy);
    m_confirm->setEnabled(!busy);
    updateState();
}

void CreateVaultPage::create()
{
    if (!m_create->isEnabled() || !m_store)
        return;
    m_confirm->clear();
    const Backend::SecretBytes passphrase = takePassphrase(m_passphrase);
    Style::showMessage(m_error, {}, Style::Message::Info);
    setBusy(true);
    Backend::ISecretStore *store = m_store;
    whenFinished(this, store->initialize(passphrase), [this, store](const Result<> &result) {
        if (store != m_store)
            return;
        setBusy(false);
        if (!result) {
            Style::showMessage(m_error, errorText(result.error()), Style::Message::Error);
            focusPassphrase();
            return;
        }
        Q_EMIT created();
    });
}

UnlockPage::UnlockPage(QWidget *parent)
    : QWidget(parent)
{
    QVBoxLayout *column = centredColumn(this);
    auto *title = wrappedLabel(this);
    title->setText(Tr::tr("The vault is locked"));
    Style::makeTitle(title, 1.4);
    m_where = wrappedLabel(this);
    m_where->setForegroundRole(QPalette::PlaceholderText);
    m_reason = wrappedLabel(this);
    m_reason->setObjectName(u"secrets.lockReason"_s);
    m_reason->hide();

    // The first-start notice (the demo vault's passphrase) in a framed box.
    m_notice = wrappedLabel(this);
    m_notice->setObjectName(u"secrets.firstStartNotice"_s);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(10);
    m_notice->setAutoFillBackground(true);
    m_notice->setBackgroundRole(QPalette::AlternateBase);
    m_notice->hide();

    m_passphrase = passphraseField(this, Tr::tr("Passphrase"));
    m_passphrase->setObjectName(u"secrets.passphrase"_s);
    m_unlock = new QPushButton(Tr::tr("Unlock"), this);
    m_unlock->setObjectName(u"secrets.unlockButton"_s);
    m_unlock->setDefault(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_passphrase, 1);
    row->addWidget(m_unlock);
    m_quick = new QPushButton(Tr::tr("Unlock with System Keyring"), this);
    m_quick->setObjectName(u"secrets.quickUnlockButton"_s);
    m_quick->setToolTip(Tr::tr("Open the vault with the key this computer's keyring keeps for it"));
    m_quick->hide();
    m_busy = busyBar(this);
    m_busy->setObjectName(u"secrets.unlockBusy"_s);
    m_error = wrappedLabel(this);
    m_error->setObjectName(u"secrets.unlockError"_s);
    m_error->hide();

    column->addWidget(title);
    column->addWidget(m_where);
    column->addWidget(m_reason);
    column->addWidget(m_notice);
    column->addSpacing(6);
    column->addLayout(row);
    column->addWidget(m_quick, 0, Qt::AlignLeft);
    column->addWidget(m_busy);
    column->addWidget(m_error);

    connect(m_passphrase, &QLineEdit::returnPressed, this, &UnlockPage::unlock);
    connect(m_unlock, &QPushButton::clicked, this, &UnlockPage::unlock);
    connect(m_quick, &QPushButton::clicked, this, &UnlockPage::unlockQuick);
}

void UnlockPage::setStore(Backend::ISecretStore *store)
{
    m_store = store;
    QString where = store ? store->displayName() : QString();
    if (store && !store->identity().isEmpty())
        where = Tr::tr("%1, as %2").arg(where, store->identity());
    m_where->setText(where);
    m_passphrase->clear();
    Style::showMessage(m_error, {}, Style::Message::Info);
    setNotice({});
    setReason({});
    setBusy(false);
}

void UnlockPage::setNotice(const QString &notice)
{
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

void UnlockPage::setReason(const QString &reason)
{
    Style::showMessage(m_reason, reason, Style::Message::Info);
}

void UnlockPage::focusPassphrase()
{
    m_passphrase->setFocus(Qt::OtherFocusReason);
}

void UnlockPage::setBusy(bool busy)
{
    m_isBusy = busy;
    m_busy->setVisible(busy);
    m_passphrase->setEnabled(!busy);
    m_unlock->setEnabled(!busy);
    m_unlock->setText(busy ? Tr::tr("Unlocking…") : Tr::tr("Unlock"));
    m_quick->setEnabled(!busy);
    updateQuickUnlock();
}

void UnlockPage::updateQuickUnlock()
{
    m_quick->setVisible(m_store && m_store->hasQuickUnlock());
}

void UnlockPage::unlock()
{
    if (m_isBusy || !m_store)
        return;
    if (m_passphrase->text().isEmpty()) {
        Style::showMessage(m_error, Tr::tr("Type the vault's passphrase."), Style::Message::Error);
        focusPassphrase();
        return;
    }
    const Backend::SecretBytes passphrase = takePassphrase(m_passphrase);
    Style::showMessage(m_error, {}, Style::Message::Info);
    setBusy(true);
    Backend::ISecretStore *store = m_store;
    whenFinished(this, store->unlock(passphrase), [this, store](const Result<> &result) {
        if (store == m_store)
            finish(result);
    });
}

void UnlockPage::unlockQuick()
{
    if (m_isBusy || !m_store)
        return;
    Style::showMessage(m_error, {}, Style::Message::Info);
    setBusy(true);
    Backend::ISecretStore *store = m_store;
    whenFinished(this, store->unlockQuick(), [this, store](const Result<> &result) {
        if (store == m_store)
            finish(result);
    });
}

void UnlockPage::finish(const Result<> &result)
{
    setBusy(false);
    if (!result) {
        // Locked again while the key was being derived: nothing to say.
        if (result.error().code != ErrorCode::Cancelled)
            Style::showMessage(m_error, errorText(result.error()), Style::Message::Error);
        focusPassphrase();
        return;
    }
    setNotice({});
    setReason({});
    Q_EMIT unlocked();
}

} // namespace OpsDeck::Secrets
