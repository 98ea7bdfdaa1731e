// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// The Identities and Policies tab and the Audit Log tab over a real
// embedded vault: editing the policy document in the tables, the
// "Can X do Y on Z?" checker with the seed example of docs/vault-policy.md,
// field errors pointing at their cell, and audit verification.
#include "secretstestsupport.h"

#include <auditview.h>
#include <policydocument.h>
#include <policyeditor.h>
#include <secretspanel.h>

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace OpsDeck;
using namespace OpsDeck::Secrets;
using namespace OpsDeck::Test::SecretsGui;
using OpsDeck::Test::waitUntil;

namespace {

class SecretsAccessTest : public SecretsFixture
{
protected:
    void SetUp() override
    {
        SecretsFixture::SetUp();
        seedVault();
        activate();
        makePanel();
        ASSERT_TRUE(unlockThroughUi());
    }

    PolicyEditor *openEditor()
    {
        PolicyEditor *editor = m_panel->policyEditor();
        QSignalSpy loaded(editor, &PolicyEditor::loaded);
        m_panel->tabs()->setCurrentIndex(SecretsPanel::AccessTab);
        EXPECT_TRUE(waitUntil([&] { return loaded.count() > 0; }));
        EXPECT_TRUE(loaded.count() > 0 && loaded.at(0).at(0).toBool())
            << editor->messageLabel()->text().toStdString();
        return editor;
    }

    static void setCell(QTableWidget *table, int row, int column, const QString &text)
    {
        table->setCurrentCell(row, column);
        table->item(row, column)->setText(text);
    }

    /** Adds the seed example's payment-service and its policy through the tables; saves. */
    bool addPaymentService(PolicyEditor *editor, const QString &pattern)
    {
        QTest::mouseClick(m_panel->findChild<QPushButton *>(u"secrets.addPolicy"_s), Qt::LeftButton);
        QTableWidget *policies = editor->policiesTable();
        const int policy = policies->rowCount() - 1;
        setCell(policies, policy, PolicyEditor::PolicyName, u"payments-read"_s);
        setCell(policies, policy, PolicyEditor::PolicyDescription, u"What the payment service needs at start-up."_s);
        QTest::mouseClick(m_panel->findChild<QPushButton *>(u"secrets.addRule"_s), Qt::LeftButton);
        QTableWidget *rules = editor->rulesTable();
        setCell(rules, 0, PolicyEditor::RulePattern, pattern);
        setCell(rules, 0, PolicyEditor::RuleCapabilities, u"read"_s);

        QTest::mouseClick(m_panel->findChild<QPushButton *>(u"secrets.addIdentity"_s), Qt::LeftButton);
        QTableWidget *identities = editor->identitiesTable();
        const int identity = identities->rowCount() - 1;
        setCell(identities, identity, PolicyEditor::IdentityName, u"payment-service"_s);
        qobject_cast<QComboBox *>(identities->cellWidget(identity, PolicyEditor::IdentityKind))
            ->setCurrentText(u"application"_s);
        setCell(identities, identity, PolicyEditor::IdentityPolicies, u"payments-read"_s);

        QSignalSpy saved(editor, &PolicyEditor::saved);
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        if (!waitUntil([&] { return saved.count() > 0; }))
            return false;
        return saved.at(0).at(0).toBool();
    }

    /** Runs the checker through its widgets; returns the verdict label's text. */
    QString ask(PolicyEditor *editor, const QString &identity, const QString &capability, const QString &path)
    {
        editor->checkIdentity()->setCurrentText(identity);
        editor->checkCapability()->setCurrentText(capability);
        editor->checkPath()->setText(path);
        QSignalSpy checked(editor, &PolicyEditor::checked);
        QTest::mouseClick(editor->checkButton(), Qt::LeftButton);
        EXPECT_TRUE(waitUntil([&] { return checked.count() > 0; }));
        return editor->checkResult()->text();
    }
};

} // namespace

TEST(PolicyDocument, RoundTripsTheSeedExampleShape)
{
    const QString json = uR"({"format": "opsdeck-vault-policies", "version": 1,
        "identities": [{"name": "payment-service", "kind": "application", "policies": ["payments-read"], "disabled": false}],
        "policies": [{"name": "payments-read", "description": "d",
                      "rules": [{"pattern": "payments/**", "capabilities": ["read", "list"], "effect": "allow"}]}]})"_s;
    const auto parsed = PolicyDocument::parse(json);
    ASSERT_TRUE(parsed.ok());
    ASSERT_EQ(parsed->identities.size(), 1);
    EXPECT_EQ(parsed->identities.at(0).kind, u"application"_s);
    ASSERT_EQ(parsed->policies.size(), 1);
    EXPECT_EQ(parsed->policies.at(0).rules.at(0).capabilities, QStringList({u"read"_s, u"list"_s}));
    const auto again = PolicyDocument::parse(parsed->toJson());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->toJson(), parsed->toJson());
    EXPECT_TRUE(parsed->toJson().contains(u"\"format\": \"opsdeck-vault-policies\""_s));
}

TEST(PolicyDocument, FindsTheFieldABackendErrorNames)
{
    const FieldRef rule = parseFieldRef(
        u"policy file field policies[1].rules[1].pattern: policy \"payments-read\", rule 2: pattern \"a//b\" has an empty segment"_s);
    EXPECT_EQ(rule.section, u"policies"_s);
    EXPECT_EQ(rule.index, 1);
    EXPECT_EQ(rule.rule, 1);
    EXPECT_EQ(rule.field, u"pattern"_s);
    const FieldRef identity = parseFieldRef(u"policy file field identities[0].policies[0]: names unknown policy"_s);
    EXPECT_EQ(identity.section, u"identities"_s);
    EXPECT_EQ(identity.index, 0);
    EXPECT_EQ(identity.rule, -1);
    EXPECT_EQ(identity.field, u"policies"_s);
    EXPECT_TRUE(parseFieldRef(u"wrong passphrase"_s).section.isEmpty());
}

TEST_F(SecretsAccessTest, ShowsTheVaultsIdentitiesAndPolicies)
{
    PolicyEditor *editor = openEditor();
    // A new vault: its creator holds the admin policy.
    ASSERT_EQ(editor->identitiesTable()->rowCount(), 1);
    EXPECT_EQ(editor->identitiesTable()->item(0, PolicyEditor::IdentityName)->text(), u"alice"_s);
    EXPECT_EQ(editor->identitiesTable()->item(0, PolicyEditor::IdentityPolicies)->text(), u"admin"_s);
    ASSERT_EQ(editor->policiesTable()->rowCount(), 1);
    EXPECT_EQ(editor->policiesTable()->item(0, PolicyEditor::PolicyName)->text(), u"admin"_s);
    ASSERT_EQ(editor->rulesTable()->rowCount(), 1);
    EXPECT_EQ(editor->rulesTable()->item(0, PolicyEditor::RulePattern)->text(), u"**"_s);
    EXPECT_EQ(editor->rulesTable()->item(0, PolicyEditor::RuleCapabilities)->text(), u"admin"_s);
}

TEST_F(SecretsAccessTest, CheckerGivesTheSeedExampleAnswers)
{
    PolicyEditor *editor = openEditor();
    ASSERT_TRUE(addPaymentService(editor, u"payments/**"_s)) << editor->messageLabel()->text().toStdString();

    const QString allowed = ask(editor, u"payment-service"_s, u"read"_s, u"payments/payment-api-key"_s);
    EXPECT_EQ(editor->checkResult()->property("allowed"), QVariant(true)) << allowed.toStdString();
    EXPECT_TRUE(allowed.contains(u"payments-read"_s)) << allowed.toStdString();

    const QString denied = ask(editor, u"payment-service"_s, u"read"_s, u"infra/database-password"_s);
    EXPECT_EQ(editor->checkResult()->property("allowed"), QVariant(false)) << denied.toStdString();
    EXPECT_TRUE(denied.contains(u"no policy of \"payment-service\" grants read on \"infra/database-password\""_s))
        << denied.toStdString();

    const QString update = ask(editor, u"payment-service"_s, u"update"_s, u"payments/stripe-secret"_s);
    EXPECT_EQ(editor->checkResult()->property("allowed"), QVariant(false)) << update.toStdString();

    const QString admin = ask(editor, u"alice"_s, u"admin"_s, u"infra/ssh-keys"_s);
    EXPECT_EQ(editor->checkResult()->property("allowed"), QVariant(true)) << admin.toStdString();

    // What was saved is what the vault now holds.
    QSignalSpy loaded(editor, &PolicyEditor::loaded);
    editor->load();
    ASSERT_TRUE(waitUntil([&] { return loaded.count() > 0; }));
    EXPECT_EQ(editor->identitiesTable()->rowCount(), 2);
    EXPECT_EQ(editor->document().identities.at(1).kind, u"application"_s);
}

TEST_F(SecretsAccessTest, SaveErrorNamesTheFieldAndSelectsIt)
{
    PolicyEditor *editor = openEditor();
    EXPECT_FALSE(addPaymentService(editor, u"payments//key"_s));
    QLabel *message = editor->messageLabel();
    EXPECT_FALSE(message->isHidden());
    EXPECT_TRUE(message->text().contains(u"payments//key"_s)) << message->text().toStdString();
    // The bad rule's pattern cell is the current one.
    EXPECT_EQ(editor->policiesTable()->currentRow(), 1);
    EXPECT_EQ(editor->rulesTable()->currentRow(), 0);
    EXPECT_EQ(editor->rulesTable()->currentColumn(), int(PolicyEditor::RulePattern));
}

TEST_F(SecretsAccessTest, AuditLogListsNewestFirstAndVerifiesIntact)
{
    // Something to audit: a read through the panel.
    ASSERT_TRUE(m_panel->browser() != nullptr);
    AuditView *audit = m_panel->auditView();
    QSignalSpy refreshed(audit, &AuditView::refreshed);
    m_panel->tabs()->setCurrentIndex(SecretsPanel::AuditTab);
    ASSERT_TRUE(waitUntil([&] { return refreshed.count() > 0; }));
    ASSERT_TRUE(refreshed.at(0).at(0).toBool()) << audit->messageLabel()->text().toStdString();
    QTableWidget *table = audit->table();
    ASSERT_GT(table->rowCount(), 1);
    EXPECT_GT(table->item(0, AuditView::SeqColumn)->text().toULongLong(),
              table->item(table->rowCount() - 1, AuditView::SeqColumn)->text().toULongLong());

    QSignalSpy verified(audit, &AuditView::verified);
    QTest::mouseClick(audit->verifyButton(), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return verified.count() > 0; }));
    EXPECT_EQ(audit->verifyResult()->property("intact"), QVariant(true)) << audit->verifyResult()->text().toStdString();
    EXPECT_TRUE(audit->verifyResult()->text().contains(u"intact"_s)) << audit->verifyResult()->text().toStdString();

    // Denied only: a fresh vault where alice is admin has no denials.
    refreshed.clear();
    audit->deniedOnly()->setChecked(true);
    ASSERT_TRUE(waitUntil([&] { return refreshed.count() > 0; }));
    EXPECT_EQ(table->rowCount(), 0);
}
