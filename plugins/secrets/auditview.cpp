// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "auditview.h"

#include "asyncresult.h"
#include "secretsstyle.h"
#include "secretstr.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace OpsDeck::Secrets {

namespace {
QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

QString errorText(const Error &error)
{
    return error.detail.isEmpty() ? error.message : Tr::tr("%1 (%2)").arg(error.message, error.detail);
}
} // namespace

AuditView::AuditView(QWidget *parent)
    : QWidget(parent)
{
    m_identity = new QLineEdit(this);
    m_identity->setObjectName(u"secrets.auditIdentity"_s);
    m_identity->setPlaceholderText(Tr::tr("Identity"));
    m_identity->setClearButtonEnabled(true);
    m_path = new QLineEdit(this);
    m_path->setObjectName(u"secrets.auditPath"_s);
    m_path->setPlaceholderText(Tr::tr("Path prefix, e.g. payments/"));
    m_path->setClearButtonEnabled(true);
    m_action = new QComboBox(this);
    m_action->setObjectName(u"secrets.auditAction"_s);
    m_action->addItem(Tr::tr("Any action"), QString());
    for (const QString &action : {u"read"_s, u"list"_s, u"create"_s, u"update"_s, u"delete"_s, u"rotate"_s,
                                  u"unlock"_s, u"policy-change"_s, u"export"_s})
        m_action->addItem(action, action);
    m_deniedOnly = new QCheckBox(Tr::tr("Denied only"), this);
    m_deniedOnly->setObjectName(u"secrets.auditDenied"_s);
    m_refresh = new QPushButton(Tr::tr("Refresh"), this);
    m_refresh->setObjectName(u"secrets.auditRefresh"_s);
    m_verify = new QPushButton(Tr::tr("Verify Chain"), this);
    m_verify->setObjectName(u"secrets.auditVerify"_s);
    m_verify->setToolTip(Tr::tr("Check every entry's hash link from the first: shows whether the log was altered"));

    // The verdict is what people come here for: large, in a framed box.
    m_verifyResult = new QLabel(this);
    m_verifyResult->setObjectName(u"secrets.auditVerifyResult"_s);
    m_verifyResult->setWordWrap(true);
    m_verifyResult->setTextFormat(Qt::PlainText);
    m_verifyResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verifyResult->setFrameShape(QFrame::StyledPanel);
    m_verifyResult->setMargin(8);
    Style::makeTitle(m_verifyResult, 1.15);
    m_verifyResult->hide();

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"secrets.auditTable"_s);
    m_table->setHorizontalHeaderLabels({Tr::tr("#"), Tr::tr("Time"), Tr::tr("Identity"), Tr::tr("Action"),
                                        Tr::tr("Path"), Tr::tr("Result"), Tr::tr("Reason"), Tr::tr("Process")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_message = new QLabel(this);
    m_message->setObjectName(u"secrets.auditMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_identity, 2);
    filters->addWidget(m_path, 3);
    filters->addWidget(m_action, 1);
    filters->addWidget(m_deniedOnly);
    filters->addWidget(m_refresh);
    filters->addSpacing(12);
    filters->addWidget(m_verify);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_verifyResult);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    // Typing refines the query after a short pause instead of per key.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(300);
    connect(debounce, &QTimer::timeout, this, &AuditView::refresh);
    connect(m_identity, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_path, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditView::refresh);
    connect(m_deniedOnly, &QCheckBox::toggled, this, &AuditView::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &AuditView::refresh);
    connect(m_verify, &QPushButton::clicked, this, &AuditView::verify);
}

void AuditView::setStore(Backend::ISecretStore *store)
{
    m_store = store;
    ++m_request;
    m_table->setRowCount(0);
    m_verifyResult->hide();
    m_message->hide();
}

Backend::AuditQuery AuditView::query() const
{
    Backend::AuditQuery q;
    q.identity = m_identity->text().trimmed();
    q.pathPrefix = m_path->text().trimmed();
    q.action = m_action->currentData().toString();
    q.deniedOnly = m_deniedOnly->isChecked();
    return q;
}

void AuditView::refresh()
{
    if (!m_store || m_store->isLocked())
        return;
    const quint64 request = ++m_request;
    whenFinished(this, m_store->auditLog(query()),
                 [this, request](const Result<QList<Backend::AuditRecord>> &result) {
                     if (request != m_request)
                         return;
                     if (!result) {
                         Style::showMessage(m_message, errorText(result.error()), Style::Message::Error);
                         Q_EMIT refreshed(false);
                         return;
                     }
                     Style::showMessage(m_message, {}, Style::Message::Info);
                     fill(*result);
                     Q_EMIT refreshed(true);
                 });
}

void AuditView::fill(const QList<Backend::AuditRecord> &records)
{
    QList<Backend::AuditRecord> sorted = records;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.seq > b.seq; });
    m_table->setUpdatesEnabled(false);
    m_table->setRowCount(int(sorted.size()));
    const QPalette p = palette();
    for (int row = 0; row < sorted.size(); ++row) {
        const Backend::AuditRecord &r = sorted.at(row);
        auto *seq = cell(QString::number(r.seq));
        seq->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, SeqColumn, seq);
        m_table->setItem(row, TimeColumn, cell(Style::formatTime(r.time)));
        m_table->setItem(row, IdentityColumn, cell(r.identity));
        m_table->setItem(row, ActionColumn, cell(r.action));
        m_table->setItem(row, PathColumn, cell(r.path));
        auto *verdict = cell(r.allowed ? Tr::tr("allowed") : Tr::tr("denied"));
        verdict->setForeground(r.allowed ? Style::okColor(p) : Style::errorColor(p));
        m_table->setItem(row, ResultColumn, verdict);
        auto *reason = cell(r.reason);
        reason->setToolTip(r.reason);
        m_table->setItem(row, ReasonColumn, reason);
        QString process = r.process;
        if (r.pid > 0)
            process = Tr::tr("%1 (%2)").arg(process).arg(r.pid);
        if (!r.host.isEmpty())
            process = Tr::tr("%1 on %2").arg(process, r.host);
        m_table->setItem(row, ProcessColumn, cell(process));
    }
    m_table->setUpdatesEnabled(true);
    if (sorted.isEmpty())
        Style::showMessage(m_message, Tr::tr("No entries match these filters."), Style::Message::Info);
}

void AuditView::verify()
{
    if (!m_store || m_store->isLocked())
        return;
    Backend::ISecretStore *store = m_store;
    m_verify->setEnabled(false);
    Style::showMessage(m_verifyResult, Tr::tr("Verifying…"), Style::Message::Info);
    whenFinished(this, store->verifyAudit(), [this, store](const Result<Backend::AuditCheck> &result) {
        m_verify->setEnabled(true);
        if (store != m_store)
            return;
        if (!result) {
            Style::showMessage(m_verifyResult, Tr::tr("Could not verify: %1").arg(errorText(result.error())),
                               Style::Message::Error);
            m_verifyResult->setProperty("intact", QVariant());
            Q_EMIT verified(false);
            return;
        }
        const Backend::AuditCheck &check = *result;
        if (check.intact) {
            Style::showMessage(m_verifyResult,
                               Tr::tr("Audit log intact: %n entries checked.", nullptr, int(check.entries)),
                               Style::Message::Success);
        } else {
            Style::showMessage(m_verifyResult,
                               Tr::tr("Audit log altered: first bad entry #%1: %2").arg(check.firstBad).arg(check.problem),
                               Style::Message::Error);
        }
        m_verifyResult->setProperty("intact", check.intact);
        Q_EMIT verified(true);
    });
}

} // namespace OpsDeck::Secrets
