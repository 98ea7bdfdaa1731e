// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/secretstore.h>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
class QTableWidget;

namespace OpsDeck::Secrets {

/**
 * Asks for a new value: a new secret (path editable) or a new version of an
 * existing one. Text in a no-echo field (with "Show"), multi-line text in a
 * monospace editor, a map as a key/value table. It never reads the current
 * value: writing a version does not need it, and reading is audited.
 */
class ValueDialog final : public QDialog
{
    Q_OBJECT
public:
    /** An empty \a path asks for one (a new secret). */
    ValueDialog(const QString &path, Backend::SecretKind kind, QWidget *parent = nullptr);
    ~ValueDialog() override;

    QString path() const;
    Backend::SecretKind kind() const;
    /** The typed value as bytes (a map as a JSON object of strings). */
    Backend::SecretBytes value() const;

    QLineEdit *pathEdit() const { return m_path; }
    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *textEdit() const { return m_text; }
    QPlainTextEdit *multiLineEdit() const { return m_multiLine; }
    QTableWidget *mapTable() const { return m_map; }

    void accept() override;

private:
    void wipeEditors();

    QLineEdit *m_path = nullptr;
    QComboBox *m_kind = nullptr;
    QStackedWidget *m_editors = nullptr;
    QLineEdit *m_text = nullptr;
    QCheckBox *m_show = nullptr;
    QPlainTextEdit *m_multiLine = nullptr;
    QTableWidget *m_map = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace OpsDeck::Secrets
