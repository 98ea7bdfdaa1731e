// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "policydocument.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace OpsDeck::Backend {
class ISecretStore;
}

namespace OpsDeck::Secrets {

/**
 * Identities and policies of the vault in editable tables, saved as one
 * policy document (the backend checks it and names the bad field, which is
 * then selected), plus the "Can X do Y on Z?" checker.
 */
class PolicyEditor final : public QWidget
{
    Q_OBJECT
public:
    enum IdentityColumn { IdentityName, IdentityKind, IdentityPolicies, IdentityDisabled };
    enum PolicyColumn { PolicyName, PolicyDescription };
    enum RuleColumn { RulePattern, RuleCapabilities, RuleEffect };

    explicit PolicyEditor(QWidget *parent = nullptr);
    ~PolicyEditor() override;

    void setStore(Backend::ISecretStore *store);
    /** Paths offered by the checker's path field. */
    void setKnownPaths(const QStringList &paths);
    /** Loads the policy document from the store (drops unsaved edits). */
    void load();
    /** Sends the tables to the store as a policy document. */
    void save();
    /** Asks the store the checker's question. */
    void check();
    /** The document the tables describe now. */
    PolicyDocument document();
    bool isLoaded() const { return m_loaded; }

    void addIdentity(const IdentityEntry &identity);
    void addPolicy(const PolicyEntry &policy);
    /** Adds a rule to the policy whose rules are shown. */
    void addRule(const PolicyRule &rule);
    /** Shows the rules of policy \a row. */
    void showRules(int row);

    QTableWidget *identitiesTable() const { return m_identities; }
    QTableWidget *policiesTable() const { return m_policies; }
    QTableWidget *rulesTable() const { return m_rules; }
    QComboBox *checkIdentity() const { return m_checkIdentity; }
    QComboBox *checkCapability() const { return m_checkCapability; }
    QLineEdit *checkPath() const { return m_checkPath; }
    QPushButton *checkButton() const { return m_checkButton; }
    QLabel *checkResult() const { return m_checkResult; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    /** A load, save or check answered (for tests and the status line). */
    void loaded(bool ok);
    void saved(bool ok);
    void checked(bool ok);

private:
    QWidget *makeChecker();
    QWidget *makeIdentities();
    QWidget *makePolicies();
    void fill(const PolicyDocument &document);
    void commitRules();
    void updateCheckIdentities();
    void highlight(const FieldRef &ref);
    void setMessage(const QString &text, bool error);

    QPointer<Backend::ISecretStore> m_store;
    bool m_loaded = false;
    QList<QList<PolicyRule>> m_ruleSets; ///< one per row of m_policies
    int m_shownPolicy = -1;

    QComboBox *m_checkIdentity = nullptr;
    QComboBox *m_checkCapability = nullptr;
    QLineEdit *m_checkPath = nullptr;
    QPushButton *m_checkButton = nullptr;
    QLabel *m_checkResult = nullptr;
    QTableWidget *m_identities = nullptr;
    QTableWidget *m_policies = nullptr;
    QTableWidget *m_rules = nullptr;
    QLabel *m_rulesTitle = nullptr;
    QPushButton *m_addRule = nullptr;
    QPushButton *m_removeRule = nullptr;
    QPushButton *m_reload = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace OpsDeck::Secrets
