// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/secretstore.h>

#include <QWidget>

class QCheckBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace OpsDeck::Secrets {

/** Owner, description, tags, expiry, rotation days and generator of one secret, editable. */
class MetadataForm final : public QWidget
{
    Q_OBJECT
public:
    explicit MetadataForm(QWidget *parent = nullptr);

    void setMetadata(const Backend::SecretMetadata &metadata);
    Backend::SecretMetadata metadata() const;
    /** Whether the form differs from what setMetadata() gave it. */
    bool isModified() const { return m_modified; }
    void setBusy(bool busy);

    QLineEdit *ownerEdit() const { return m_owner; }
    QLineEdit *generatorEdit() const { return m_generator; }
    QSpinBox *rotationDaysEdit() const { return m_rotationDays; }
    QPushButton *saveButton() const { return m_save; }

Q_SIGNALS:
    void saveRequested();

private:
    void markModified();

    QLineEdit *m_owner = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLineEdit *m_tags = nullptr;
    QCheckBox *m_expires = nullptr;
    QDateTimeEdit *m_expiresAt = nullptr;
    QSpinBox *m_rotationDays = nullptr;
    QLineEdit *m_generator = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    Backend::SecretMetadata m_loaded;
    bool m_modified = false;
    bool m_busy = false;
};

} // namespace OpsDeck::Secrets
