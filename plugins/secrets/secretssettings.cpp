// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "secretssettings.h"

#include "secretstr.h"

#include <opsdeck/sdk/pluginsettings.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace OpsDeck::Secrets {

namespace {
const QString kAutoLock = u"autoLockMinutes"_s;
const QString kReveal = u"revealSeconds"_s;
const QString kClipboard = u"clipboardClearSeconds"_s;
} // namespace

SecretsSettings SecretsSettings::load(const Sdk::PluginSettings &settings)
{
    SecretsSettings out;
    bool ok = false;
    if (const int v = settings.value(kAutoLock).toInt(&ok); ok && v >= 0)
        out.autoLock = minutes(v);
    if (const int v = settings.value(kReveal).toInt(&ok); ok && v > 0)
        out.reveal = seconds(v);
    if (const int v = settings.value(kClipboard).toInt(&ok); ok && v > 0)
        out.clipboard = seconds(v);
    return out;
}

void SecretsSettings::save(Sdk::PluginSettings &settings) const
{
    settings.setValue(kAutoLock, qint64(duration_cast<minutes>(autoLock).count()));
    settings.setValue(kReveal, qint64(duration_cast<seconds>(reveal).count()));
    settings.setValue(kClipboard, qint64(duration_cast<seconds>(clipboard).count()));
}

SecretsSettingsDialog::SecretsSettingsDialog(const SecretsSettings &settings, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(Tr::tr("Secrets Settings"));
    m_autoLock = new QSpinBox(this);
    m_autoLock->setRange(0, 24 * 60);
    m_autoLock->setSuffix(Tr::tr(" min"));
    m_autoLock->setSpecialValueText(Tr::tr("Never"));
    m_autoLock->setValue(int(duration_cast<minutes>(settings.autoLock).count()));
    m_reveal = new QSpinBox(this);
    m_reveal->setRange(1, 600);
    m_reveal->setSuffix(Tr::tr(" s"));
    m_reveal->setValue(int(duration_cast<seconds>(settings.reveal).count()));
    m_clipboard = new QSpinBox(this);
    m_clipboard->setRange(1, 600);
    m_clipboard->setSuffix(Tr::tr(" s"));
    m_clipboard->setValue(int(duration_cast<seconds>(settings.clipboard).count()));

    auto *form = new QFormLayout;
    form->addRow(Tr::tr("Lock the vault after &idle time:"), m_autoLock);
    form->addRow(Tr::tr("Hide a &revealed value after:"), m_reveal);
    form->addRow(Tr::tr("Clear a &copied value from the clipboard after:"), m_clipboard);
    auto *note = new QLabel(Tr::tr("Idle means no key press or mouse click anywhere in OpsDeck."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

SecretsSettings SecretsSettingsDialog::settings() const
{
    SecretsSettings out;
    out.autoLock = minutes(m_autoLock->value());
    out.reveal = seconds(m_reveal->value());
    out.clipboard = seconds(m_clipboard->value());
    return out;
}

} // namespace OpsDeck::Secrets
