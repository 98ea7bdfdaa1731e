// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/secretstore.h>

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace OpsDeck::Secrets {

/** The vault's audit log, newest first, with filters; Verify checks the whole hash chain. */
class AuditView final : public QWidget
{
    Q_OBJECT
public:
    enum Column { SeqColumn, TimeColumn, IdentityColumn, ActionColumn, PathColumn, ResultColumn, ReasonColumn,
                  ProcessColumn, ColumnCount };

    explicit AuditView(QWidget *parent = nullptr);
    void setStore(Backend::ISecretStore *store);

    Backend::AuditQuery query() const;
    void refresh();
    void verify();

    QTableWidget *table() const { return m_table; }
    QLineEdit *identityFilter() const { return m_identity; }
    QLineEdit *pathFilter() const { return m_path; }
    QComboBox *actionFilter() const { return m_action; }
    QCheckBox *deniedOnly() const { return m_deniedOnly; }
    QPushButton *verifyButton() const { return m_verify; }
    QLabel *verifyResult() const { return m_verifyResult; }
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    void refreshed(bool ok);
    void verified(bool ok);

private:
    void fill(const QList<Backend::AuditRecord> &records);

    QPointer<Backend::ISecretStore> m_store;
    quint64 m_request = 0;
    QLineEdit *m_identity = nullptr;
    QLineEdit *m_path = nullptr;
    QComboBox *m_action = nullptr;
    QCheckBox *m_deniedOnly = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_verify = nullptr;
    QLabel *m_verifyResult = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace OpsDeck::Secrets
