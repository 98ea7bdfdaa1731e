// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "policyeditor.h"

#include "asyncresult.h"
#include "secretsstyle.h"
#include "secretstr.h"

#include <opsdeck/api/secretstore.h>

#include <QComboBox>
#include <QCompleter>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace OpsDeck::Secrets {

namespace {

QTableWidget *table(const QStringList &headers, const QString &objectName, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                       | QAbstractItemView::AnyKeyPressed);
    return t;
}

QComboBox *choice(const QStringList &values, const QString &current, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->addItems(values);
    combo->setCurrentText(current);
    combo->setFrame(false);
    return combo;
}

QString text(const QTableWidget *t, int row, int column)
{
    const QTableWidgetItem *item = t->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QString comboText(const QTableWidget *t, int row, int column)
{
    const auto *combo = qobject_cast<QComboBox *>(t->cellWidget(row, column));
    return combo ? combo->currentText() : QString();
}

QString errorText(const Error &error)
{
    return error.detail.isEmpty() ? error.message : Tr::tr("%1: %2").arg(error.message, error.detail);
}

} // namespace

PolicyEditor::PolicyEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(makeIdentities());
    splitter->addWidget(makePolicies());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    m_message = new QLabel(this);
    m_message->setObjectName(u"secrets.policyMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_reload = new QPushButton(Tr::tr("Reload"), this);
    m_reload->setToolTip(Tr::tr("Discard edits and load the vault's identities and policies again"));
    connect(m_reload, &QPushButton::clicked, this, &PolicyEditor::load);
    m_save = new QPushButton(Tr::tr("Save Identities and Policies"), this);
    m_save->setObjectName(u"secrets.policySave"_s);
    connect(m_save, &QPushButton::clicked, this, &PolicyEditor::save);
    for (QPushButton *b : {m_reload, m_save})
        b->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addStretch(0);
    bottom->addWidget(m_reload, 0, Qt::AlignTop);
    bottom->addWidget(m_save, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeChecker());
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);
}

PolicyEditor::~PolicyEditor() = default;

QWidget *PolicyEditor::makeChecker()
{
    auto *box = new QGroupBox(Tr::tr("Can an identity do this?"), this);
    m_checkIdentity = new QComboBox(box);
    m_checkIdentity->setObjectName(u"secrets.checkIdentity"_s);
    m_checkIdentity->setEditable(true);
    m_checkIdentity->setMinimumContentsLength(16);
    m_checkIdentity->lineEdit()->setPlaceholderText(Tr::tr("identity"));
    m_checkCapability = new QComboBox(box);
    m_checkCapability->setObjectName(u"secrets.checkCapability"_s);
    m_checkCapability->addItems(allCapabilities());
    m_checkPath = new QLineEdit(box);
    m_checkPath->setObjectName(u"secrets.checkPath"_s);
    m_checkPath->setPlaceholderText(Tr::tr("team/app/name"));
    m_checkButton = new QPushButton(Tr::tr("Check"), box);
    m_checkButton->setObjectName(u"secrets.checkButton"_s);
    connect(m_checkButton, &QPushButton::clicked, this, &PolicyEditor::check);
    connect(m_checkPath, &QLineEdit::returnPressed, this, &PolicyEditor::check);
    m_checkResult = new QLabel(box);
    m_checkResult->setObjectName(u"secrets.checkResult"_s);
    m_checkResult->setWordWrap(true);
    m_checkResult->setTextFormat(Qt::PlainText);
    m_checkResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checkResult->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(Tr::tr("Can"), box));
    row->addWidget(m_checkIdentity, 2);
    row->addWidget(m_checkCapability, 1);
    row->addWidget(m_checkPath, 3);
    row->addWidget(m_checkButton);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(row);
    layout->addWidget(m_checkResult);
    return box;
}

QWidget *PolicyEditor::makeIdentities()
{
    auto *box = new QGroupBox(Tr::tr("Identities"), this);
    m_identities = table({Tr::tr("Name"), Tr::tr("Kind"), Tr::tr("Policies"), Tr::tr("Disabled")},
                         u"secrets.identities"_s, box);
    m_identities->horizontalHeader()->setSectionResizeMode(IdentityPolicies, QHeaderView::Stretch);
    m_identities->horizontalHeader()->setStretchLastSection(false);
    m_identities->horizontalHeaderItem(IdentityPolicies)
        ->setToolTip(Tr::tr("Names of policies, separated by commas"));
    auto *add = new QPushButton(Tr::tr("Add Identity"), box);
    add->setObjectName(u"secrets.addIdentity"_s);
    connect(add, &QPushButton::clicked, this, [this] {
        addIdentity({});
        m_identities->editItem(m_identities->item(m_identities->rowCount() - 1, IdentityName));
    });
    auto *remove = new QPushButton(Tr::tr("Remove"), box);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_identities->currentRow() >= 0)
            m_identities->removeRow(m_identities->currentRow());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_identities, 1);
    layout->addLayout(buttons);
    return box;
}

QWidget *PolicyEditor::makePolicies()
{
    auto *box = new QGroupBox(Tr::tr("Policies"), this);
    m_policies = table({Tr::tr("Name"), Tr::tr("Description")}, u"secrets.policies"_s, box);
    m_policies->setMaximumHeight(180);
    connect(m_policies, &QTableWidget::currentCellChanged, this,
            [this](int row, int, int previousRow, int) {
                if (row != previousRow)
                    showRules(row);
            });
    auto *addPolicyButton = new QPushButton(Tr::tr("Add Policy"), box);
    addPolicyButton->setObjectName(u"secrets.addPolicy"_s);
    connect(addPolicyButton, &QPushButton::clicked, this, [this] {
        addPolicy({});
        const int row = m_policies->rowCount() - 1;
        m_policies->setCurrentCell(row, PolicyName);
        m_policies->editItem(m_policies->item(row, PolicyName));
    });
    auto *removePolicy = new QPushButton(Tr::tr("Remove"), box);
    connect(removePolicy, &QPushButton::clicked, this, [this] {
        const int row = m_policies->currentRow();
        if (row < 0)
            return;
        commitRules();
        m_shownPolicy = -1;
        m_ruleSets.removeAt(row);
        m_policies->removeRow(row);
        showRules(m_policies->currentRow());
    });
    auto *policyButtons = new QHBoxLayout;
    policyButtons->addWidget(addPolicyButton);
    policyButtons->addWidget(removePolicy);
    policyButtons->addStretch(1);

    m_rulesTitle = new QLabel(box);
    m_rules = table({Tr::tr("Path pattern"), Tr::tr("Capabilities"), Tr::tr("Effect")}, u"secrets.rules"_s, box);
    m_rules->horizontalHeader()->setSectionResizeMode(RulePattern, QHeaderView::Stretch);
    m_rules->horizontalHeader()->setSectionResizeMode(RuleCapabilities, QHeaderView::Stretch);
    m_rules->horizontalHeader()->setStretchLastSection(false);
    m_rules->horizontalHeaderItem(RulePattern)
        ->setToolTip(Tr::tr("Segments separated by /; * matches within a segment, ** any number of segments"));
    m_rules->horizontalHeaderItem(RuleCapabilities)
        ->setToolTip(Tr::tr("Separated by commas: %1").arg(allCapabilities().join(u", "_s)));
    m_addRule = new QPushButton(Tr::tr("Add Rule"), box);
    m_addRule->setObjectName(u"secrets.addRule"_s);
    connect(m_addRule, &QPushButton::clicked, this, [this] {
        addRule({});
        m_rules->editItem(m_rules->item(m_rules->rowCount() - 1, RulePattern));
    });
    m_removeRule = new QPushButton(Tr::tr("Remove Rule"), box);
    connect(m_removeRule, &QPushButton::clicked, this, [this] {
        if (m_rules->currentRow() >= 0)
            m_rules->removeRow(m_rules->currentRow());
    });
    auto *ruleButtons = new QHBoxLayout;
    ruleButtons->addWidget(m_addRule);
    ruleButtons->addWidget(m_removeRule);
    ruleButtons->addStretch(1);

    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_policies);
    layout->addLayout(policyButtons);
    layout->addSpacing(6);
    layout->addWidget(m_rulesTitle);
    layout->addWidget(m_rules, 1);
    layout->addLayout(ruleButtons);
    showRules(-1);
    return box;
}

void PolicyEditor::setStore(Backend::ISecretStore *store)
{
    m_store = store;
    m_loaded = false;
    fill({});
    setMessage({}, false);
    m_checkResult->hide();
    m_checkIdentity->clear();
}

void PolicyEditor::setKnownPaths(const QStringList &paths)
{
    auto *completer = new QCompleter(paths, m_checkPath);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    delete m_checkPath->completer();
    m_checkPath->setCompleter(completer);
}

void PolicyEditor::addIdentity(const IdentityEntry &identity)
{
    const int row = m_identities->rowCount();
    m_identities->insertRow(row);
    m_identities->setItem(row, IdentityName, new QTableWidgetItem(identity.name));
    m_identities->setCellWidget(row, IdentityKind,
                                choice({u"user"_s, u"application"_s}, identity.kind, m_identities));
    m_identities->setItem(row, IdentityPolicies, new QTableWidgetItem(identity.policies.join(u", "_s)));
    auto *disabled = new QTableWidgetItem;
    disabled->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    disabled->setCheckState(identity.disabled ? Qt::Checked : Qt::Unchecked);
    m_identities->setItem(row, IdentityDisabled, disabled);
}

void PolicyEditor::addPolicy(const PolicyEntry &policy)
{
    const int row = m_policies->rowCount();
    m_ruleSets.append(policy.rules);
    m_policies->insertRow(row);
    m_policies->setItem(row, PolicyName, new QTableWidgetItem(policy.name));
    m_policies->setItem(row, PolicyDescription, new QTableWidgetItem(policy.description));
}

void PolicyEditor::addRule(const PolicyRule &rule)
{
    if (m_shownPolicy < 0)
        return;
    const int row = m_rules->rowCount();
    m_rules->insertRow(row);
    m_rules->setItem(row, RulePattern, new QTableWidgetItem(rule.pattern));
    m_rules->setItem(row, RuleCapabilities, new QTableWidgetItem(rule.capabilities.join(u", "_s)));
    m_rules->setCellWidget(row, RuleEffect, choice({u"allow"_s, u"deny"_s}, rule.effect, m_rules));
}

void PolicyEditor::commitRules()
{
    if (m_shownPolicy < 0 || m_shownPolicy >= m_ruleSets.size())
        return;
    QList<PolicyRule> rules;
    for (int row = 0; row < m_rules->rowCount(); ++row)
        rules.append({text(m_rules, row, RulePattern), splitList(text(m_rules, row, RuleCapabilities)),
                      comboText(m_rules, row, RuleEffect)});
    m_ruleSets[m_shownPolicy] = rules;
}

void PolicyEditor::showRules(int row)
{
    commitRules();
    m_rules->setRowCount(0);
    m_shownPolicy = (row >= 0 && row < m_ruleSets.size()) ? row : -1;
    const bool shown = m_shownPolicy >= 0;
    m_addRule->setEnabled(shown);
    m_removeRule->setEnabled(shown);
    m_rules->setEnabled(shown);
    if (!shown) {
        m_rulesTitle->setText(Tr::tr("Rules: select a policy"));
        return;
    }
    const QString name = text(m_policies, row, PolicyName);
    m_rulesTitle->setText(Tr::tr("Rules of \"%1\" (a matching deny wins over any allow)").arg(name));
    // addRule() appends to the table only, so the set is not doubled.
    const QList<PolicyRule> rules = m_ruleSets.at(row);
    for (const PolicyRule &rule : rules)
        addRule(rule);
}

void PolicyEditor::fill(const PolicyDocument &document)
{
    m_shownPolicy = -1;
    m_ruleSets.clear();
    m_identities->setRowCount(0);
    m_policies->setRowCount(0);
    m_rules->setRowCount(0);
    for (const IdentityEntry &identity : document.identities)
        addIdentity(identity);
    for (const PolicyEntry &policy : document.policies)
        addPolicy(policy);
    m_identities->resizeColumnToContents(IdentityName);
    m_policies->resizeColumnToContents(PolicyName);
    if (m_policies->rowCount() > 0)
        m_policies->setCurrentCell(0, PolicyName);
    else
        showRules(-1);
    m_rules->resizeColumnToContents(RuleEffect);
}

PolicyDocument PolicyEditor::document()
{
    commitRules();
    PolicyDocument out;
    for (int row = 0; row < m_identities->rowCount(); ++row) {
        IdentityEntry identity;
        identity.name = text(m_identities, row, IdentityName);
        identity.kind = comboText(m_identities, row, IdentityKind);
        identity.policies = splitList(text(m_identities, row, IdentityPolicies));
        const QTableWidgetItem *disabled = m_identities->item(row, IdentityDisabled);
        identity.disabled = disabled && disabled->checkState() == Qt::Checked;
        out.identities.append(identity);
    }
    for (int row = 0; row < m_policies->rowCount(); ++row) {
        out.policies.append({text(m_policies, row, PolicyName), text(m_policies, row, PolicyDescription),
                             m_ruleSets.value(row)});
    }
    return out;
}

void PolicyEditor::updateCheckIdentities()
{
    const QString current = m_checkIdentity->currentText();
    m_checkIdentity->clear();
    for (int row = 0; row < m_identities->rowCount(); ++row)
        m_checkIdentity->addItem(text(m_identities, row, IdentityName));
    if (!current.isEmpty())
        m_checkIdentity->setCurrentText(current);
}

void PolicyEditor::setMessage(const QString &message, bool error)
{
    Style::showMessage(m_message, message, error ? Style::Message::Error : Style::Message::Success);
}

void PolicyEditor::load()
{
    if (!m_store)
        return;
    Backend::ISecretStore *store = m_store;
    whenFinished(this, store->policyDocument(), [this, store](const Result<QString> &result) {
        if (store != m_store)
            return;
        if (!result) {
            setMessage(errorText(result.error()), true);
            Q_EMIT loaded(false);
            return;
        }
        const Result<PolicyDocument> parsed = PolicyDocument::parse(*result);
        if (!parsed) {
            setMessage(errorText(parsed.error()), true);
            Q_EMIT loaded(false);
            return;
        }
        m_loaded = true;
        fill(*parsed);
        updateCheckIdentities();
        setMessage({}, false);
        Q_EMIT loaded(true);
    });
}

void PolicyEditor::save()
{
    if (!m_store)
        return;
    const QString json = document().toJson();
    Backend::ISecretStore *store = m_store;
    m_save->setEnabled(false);
    whenFinished(this, store->setPolicyDocument(json), [this, store](const Result<> &result) {
        m_save->setEnabled(true);
        if (store != m_store)
            return;
        if (!result) {
            // The backend names the field: point at it in the tables.
            setMessage(Tr::tr("Not saved. %1").arg(errorText(result.error())), true);
            highlight(parseFieldRef(result.error().message + u' ' + result.error().detail));
            Q_EMIT saved(false);
            return;
        }
        setMessage(Tr::tr("Saved. The vault enforces these identities and policies now."), false);
        updateCheckIdentities();
        Q_EMIT saved(true);
    });
}

void PolicyEditor::highlight(const FieldRef &ref)
{
    if (ref.section == u"identities"_s && ref.index < m_identities->rowCount()) {
        static const QStringList columns{u"name"_s, u"kind"_s, u"policies"_s, u"disabled"_s};
        m_identities->setCurrentCell(ref.index, int(qMax<qsizetype>(0, columns.indexOf(ref.field))));
        m_identities->setFocus();
    } else if (ref.section == u"policies"_s && ref.index < m_policies->rowCount()) {
        m_policies->setCurrentCell(ref.index, ref.field == u"description"_s ? PolicyDescription : PolicyName);
        if (ref.rule >= 0 && ref.rule < m_rules->rowCount()) {
            static const QStringList columns{u"pattern"_s, u"capabilities"_s, u"effect"_s};
            m_rules->setCurrentCell(ref.rule, int(qMax<qsizetype>(0, columns.indexOf(ref.field))));
            m_rules->setFocus();
        } else {
            m_policies->setFocus();
        }
    }
}

void PolicyEditor::check()
{
    if (!m_store)
        return;
    const QString identity = m_checkIdentity->currentText().trimmed();
    const QString capability = m_checkCapability->currentText();
    const QString path = m_checkPath->text().trimmed();
    if (identity.isEmpty() || path.isEmpty()) {
        Style::showMessage(m_checkResult, Tr::tr("Choose an identity and type a path."), Style::Message::Error);
        return;
    }
    Backend::ISecretStore *store = m_store;
    m_checkButton->setEnabled(false);
    whenFinished(this, store->check(identity, capability, path),
                 [this, store](const Result<Backend::AccessDecision> &result) {
                     m_checkButton->setEnabled(true);
                     if (store != m_store)
                         return;
                     if (!result) {
                         Style::showMessage(m_checkResult, errorText(result.error()), Style::Message::Error);
                         m_checkResult->setProperty("allowed", QVariant());
                         Q_EMIT checked(false);
                         return;
                     }
                     // Reasons read "allowed by policy …" or "no policy of … grants …":
                     // lead with the verdict once, then the reason as the backend gave it.
                     const QString verdict = result->allowed ? Tr::tr("\u2714 Allowed") : Tr::tr("\u2718 Denied");
                     Style::showMessage(m_checkResult, Tr::tr("%1 \u2014 %2").arg(verdict, result->reason),
                                        result->allowed ? Style::Message::Success : Style::Message::Error);
                     QFont font = m_checkResult->font();
                     font.setBold(true);
                     m_checkResult->setFont(font);
                     m_checkResult->setProperty("allowed", result->allowed);
                     Q_EMIT checked(true);
                 });
}

} // namespace OpsDeck::Secrets
