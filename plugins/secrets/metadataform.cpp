// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "metadataform.h"

#include "secretstr.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace OpsDeck::Secrets {

MetadataForm::MetadataForm(QWidget *parent)
    : QWidget(parent)
{
    m_owner = new QLineEdit(this);
    m_owner->setObjectName(u"secrets.metaOwner"_s);
    m_owner->setPlaceholderText(Tr::tr("Team or person responsible"));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(u"secrets.metaDescription"_s);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(QFontMetrics(font()).lineSpacing() * 3 + 12);
    m_tags = new QLineEdit(this);
    m_tags->setObjectName(u"secrets.metaTags"_s);
    m_tags->setPlaceholderText(Tr::tr("Comma-separated, e.g. prod, pci"));
    m_expires = new QCheckBox(Tr::tr("Expires"), this);
    m_expiresAt = new QDateTimeEdit(this);
    m_expiresAt->setCalendarPopup(true);
    m_expiresAt->setEnabled(false);
    connect(m_expires, &QCheckBox::toggled, m_expiresAt, &QWidget::setEnabled);
    auto *expiry = new QHBoxLayout;
    expiry->addWidget(m_expires);
    expiry->addWidget(m_expiresAt, 1);
    m_rotationDays = new QSpinBox(this);
    m_rotationDays->setObjectName(u"secrets.metaRotationDays"_s);
    m_rotationDays->setRange(0, 3650);
    m_rotationDays->setSuffix(Tr::tr(" days"));
    m_rotationDays->setSpecialValueText(Tr::tr("No rotation policy"));
    m_generator = new QLineEdit(this);
    m_generator->setObjectName(u"secrets.metaGenerator"_s);
    m_generator->setPlaceholderText(Tr::tr("random:32:alnum"));
    m_generator->setToolTip(Tr::tr("How \"Rotate Now\" makes the next value:\n"
                                   "random:LENGTH:SET with SET alnum, hex, base64url or printable,\n"
                                   "or command:COMMAND LINE, whose output becomes the value."));
    m_save = new QPushButton(Tr::tr("Save Metadata"), this);
    m_save->setObjectName(u"secrets.metaSave"_s);
    m_revert = new QPushButton(Tr::tr("Revert"), this);
    connect(m_save, &QPushButton::clicked, this, &MetadataForm::saveRequested);
    connect(m_revert, &QPushButton::clicked, this, [this] { setMetadata(m_loaded); });

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(Tr::tr("&Owner:"), m_owner);
    form->addRow(Tr::tr("&Description:"), m_description);
    form->addRow(Tr::tr("&Tags:"), m_tags);
    form->addRow(Tr::tr("Expiry:"), expiry);
    form->addRow(Tr::tr("&Rotate every:"), m_rotationDays);
    form->addRow(Tr::tr("&Generator:"), m_generator);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_owner, &QLineEdit::textEdited, this, &MetadataForm::markModified);
    connect(m_description, &QPlainTextEdit::textChanged, this, &MetadataForm::markModified);
    connect(m_tags, &QLineEdit::textEdited, this, &MetadataForm::markModified);
    connect(m_expires, &QCheckBox::toggled, this, &MetadataForm::markModified);
    connect(m_expiresAt, &QDateTimeEdit::dateTimeChanged, this, &MetadataForm::markModified);
    connect(m_rotationDays, &QSpinBox::valueChanged, this, &MetadataForm::markModified);
    connect(m_generator, &QLineEdit::textEdited, this, &MetadataForm::markModified);
    setMetadata({});
}

void MetadataForm::setMetadata(const Backend::SecretMetadata &metadata)
{
    {
        const QSignalBlocker b1(m_description), b2(m_expires), b3(m_expiresAt), b4(m_rotationDays);
        m_owner->setText(metadata.owner);
        m_description->setPlainText(metadata.description);
        m_tags->setText(metadata.tags.join(u", "_s));
        m_expires->setChecked(metadata.expiresAt.isValid());
        m_expiresAt->setEnabled(metadata.expiresAt.isValid());
        m_expiresAt->setDateTime(metadata.expiresAt.isValid() ? metadata.expiresAt.toLocalTime()
                                                              : QDateTime::currentDateTime().addDays(90));
        m_rotationDays->setValue(metadata.rotationDays);
        m_generator->setText(metadata.generator);
    }
    m_loaded = metadata;
    m_modified = false;
    setBusy(m_busy);
}

Backend::SecretMetadata MetadataForm::metadata() const
{
    Backend::SecretMetadata out;
    out.owner = m_owner->text().trimmed();
    out.description = m_description->toPlainText().trimmed();
    for (const QString &tag : m_tags->text().split(u',', Qt::SkipEmptyParts)) {
        if (const QString t = tag.trimmed(); !t.isEmpty() && !out.tags.contains(t))
            out.tags.append(t);
    }
    if (m_expires->isChecked())
        out.expiresAt = m_expiresAt->dateTime().toUTC();
    out.rotationDays = m_rotationDays->value();
    out.generator = m_generator->text().trimmed();
    return out;
}

void MetadataForm::markModified()
{
    m_modified = true;
    setBusy(m_busy);
}

void MetadataForm::setBusy(bool busy)
{
    m_busy = busy;
    m_save->setEnabled(!busy && m_modified);
    m_revert->setEnabled(!busy && m_modified);
}

} // namespace OpsDeck::Secrets
