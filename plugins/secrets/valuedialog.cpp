// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "valuedialog.h"

#include "secretsstyle.h"
#include "secretstr.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace OpsDeck::Secrets {

using Backend::SecretKind;

namespace {
enum EditorPage { TextPage, MultiLinePage, MapPage };

int pageOf(SecretKind kind)
{
    switch (kind) {
    case SecretKind::MultiLine: return MultiLinePage;
    case SecretKind::Map: return MapPage;
    case SecretKind::String:
    case SecretKind::Auto: break;
    }
    return TextPage;
}

Backend::SecretBytes bytesOf(QString text)
{
    QByteArray utf8 = text.toUtf8();
    Backend::SecretBytes out(utf8.constData(), utf8.size());
    utf8.fill('\0');
    text.fill(QChar(0));
    return out;
}
} // namespace

ValueDialog::ValueDialog(const QString &path, SecretKind kind, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"secrets.valueDialog"_s);
    setWindowTitle(path.isEmpty() ? Tr::tr("New Secret") : Tr::tr("New Version of %1").arg(path));
    setMinimumWidth(520);

    m_path = new QLineEdit(path, this);
    m_path->setObjectName(u"secrets.valuePath"_s);
    m_path->setPlaceholderText(Tr::tr("team/app/name"));
    m_path->setReadOnly(!path.isEmpty());
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"secrets.valueKind"_s);
    m_kind->addItem(Style::kindText(SecretKind::String), int(SecretKind::String));
    m_kind->addItem(Style::kindText(SecretKind::MultiLine), int(SecretKind::MultiLine));
    m_kind->addItem(Style::kindText(SecretKind::Map), int(SecretKind::Map));
    m_kind->setCurrentIndex(pageOf(kind));

    // Text: no echo unless asked, like a password field.
    auto *textPage = new QWidget(this);
    m_text = new QLineEdit(textPage);
    m_text->setObjectName(u"secrets.valueText"_s);
    m_text->setEchoMode(QLineEdit::Password);
    m_text->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_show = new QCheckBox(Tr::tr("Show"), textPage);
    connect(m_show, &QCheckBox::toggled, this,
            [this](bool show) { m_text->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password); });
    auto *textLayout = new QHBoxLayout(textPage);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->addWidget(m_text, 1);
    textLayout->addWidget(m_show);
    textLayout->setAlignment(Qt::AlignTop);

    m_multiLine = new QPlainTextEdit(this);
    m_multiLine->setObjectName(u"secrets.valueMultiLine"_s);
    m_multiLine->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_multiLine->setPlaceholderText(Tr::tr("-----BEGIN CERTIFICATE-----\n…"));
    m_multiLine->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto *mapPage = new QWidget(this);
    m_map = new QTableWidget(0, 2, mapPage);
    m_map->setObjectName(u"secrets.valueMap"_s);
    m_map->setHorizontalHeaderLabels({Tr::tr("Key"), Tr::tr("Value")});
    m_map->horizontalHeader()->setStretchLastSection(true);
    m_map->verticalHeader()->hide();
    auto *addRow = new QPushButton(Tr::tr("Add Entry"), mapPage);
    auto *removeRow = new QPushButton(Tr::tr("Remove Entry"), mapPage);
    connect(addRow, &QPushButton::clicked, this, [this] {
        const int row = m_map->rowCount();
        m_map->insertRow(row);
        m_map->setItem(row, 0, new QTableWidgetItem);
        m_map->setItem(row, 1, new QTableWidgetItem);
        m_map->editItem(m_map->item(row, 0));
    });
    connect(removeRow, &QPushButton::clicked, this, [this] {
        if (m_map->currentRow() >= 0)
            m_map->removeRow(m_map->currentRow());
    });
    auto *mapButtons = new QHBoxLayout;
    mapButtons->addWidget(addRow);
    mapButtons->addWidget(removeRow);
    mapButtons->addStretch(1);
    auto *mapLayout = new QVBoxLayout(mapPage);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    mapLayout->addWidget(m_map, 1);
    mapLayout->addLayout(mapButtons);

    m_editors = new QStackedWidget(this);
    m_editors->addWidget(textPage);
    m_editors->addWidget(m_multiLine);
    m_editors->addWidget(mapPage);
    m_editors->setCurrentIndex(pageOf(kind));
    connect(m_kind, &QComboBox::currentIndexChanged, m_editors, &QStackedWidget::setCurrentIndex);

    m_error = new QLabel(this);
    m_error->setObjectName(u"secrets.valueError"_s);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(Tr::tr("Write Version"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ValueDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ValueDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(Tr::tr("&Path:"), m_path);
    form->addRow(Tr::tr("&Kind:"), m_kind);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_editors, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    if (path.isEmpty())
        m_path->setFocus();
    else
        m_text->setFocus();
}

ValueDialog::~ValueDialog()
{
    wipeEditors();
}

void ValueDialog::wipeEditors()
{
    m_text->clear();
    m_multiLine->clear();
    m_map->setRowCount(0);
}

QString ValueDialog::path() const
{
    return m_path->text().trimmed();
}

SecretKind ValueDialog::kind() const
{
    return SecretKind(m_kind->currentData().toInt());
}

Backend::SecretBytes ValueDialog::value() const
{
    switch (kind()) {
    case SecretKind::MultiLine: return bytesOf(m_multiLine->toPlainText());
    case SecretKind::Map: {
        QJsonObject object;
        for (int row = 0; row < m_map->rowCount(); ++row) {
            const QTableWidgetItem *key = m_map->item(row, 0);
            const QTableWidgetItem *value = m_map->item(row, 1);
            if (key && !key->text().trimmed().isEmpty())
                object.insert(key->text().trimmed(), value ? value->text() : QString());
        }
        QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
        Backend::SecretBytes out(json.constData(), json.size());
        json.fill('\0');
        return out;
    }
    case SecretKind::String:
    case SecretKind::Auto: break;
    }
    return bytesOf(m_text->text());
}

void ValueDialog::accept()
{
    QString problem;
    if (path().isEmpty())
        problem = Tr::tr("Give the secret a path, such as payments/api/stripe-key.");
    else if (kind() == SecretKind::Map) {
        QSet<QString> keys;
        for (int row = 0; row < m_map->rowCount() && problem.isEmpty(); ++row) {
            const QTableWidgetItem *key = m_map->item(row, 0);
            const QString name = key ? key->text().trimmed() : QString();
            if (name.isEmpty())
                problem = Tr::tr("Entry %1 has no key.").arg(row + 1);
            else if (keys.contains(name))
                problem = Tr::tr("The key \"%1\" is given twice.").arg(name);
            keys.insert(name);
        }
        if (problem.isEmpty() && keys.isEmpty())
            problem = Tr::tr("Add at least one entry.");
    } else if ((kind() == SecretKind::MultiLine ? m_multiLine->document()->isEmpty() : m_text->text().isEmpty()))
        problem = Tr::tr("Type a value.");
    if (!problem.isEmpty()) {
        Style::showMessage(m_error, problem, Style::Message::Error);
        return;
    }
    QDialog::accept();
}

} // namespace OpsDeck::Secrets
