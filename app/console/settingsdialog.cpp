// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "settingsdialog.h"

#include "consoletr.h"

#include <appcontext.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace OpsDeck::Console {

SettingsDialog::SettingsDialog(Core::AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(Tr::tr("Settings"));

    m_language = new QComboBox(this);
    m_language->addItem(Tr::tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    const QString current = m_context.settings().value(QStringLiteral("general/language")).toString();
    m_language->setCurrentIndex(std::max(0, m_language->findData(current)));

    auto *settingsFile = new QLabel(QDir::toNativeSeparators(m_context.settings().fileName()), this);
    settingsFile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const auto ws = m_context.workspace();
    auto *workspace = new QLabel(ws ? QDir::toNativeSeparators(ws->path) : Tr::tr("none"), this);
    workspace->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(Tr::tr("&Language:"), m_language);
    form->addRow(Tr::tr("Settings file:"), settingsFile);
    form->addRow(Tr::tr("Workspace:"), workspace);

    auto *note = new QLabel(Tr::tr("A new language applies when OpsDeck is restarted."), this);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    m_context.settings().setValue(QStringLiteral("general/language"), m_language->currentData().toString());
    m_context.settings().sync();
    QDialog::accept();
}

} // namespace OpsDeck::Console
