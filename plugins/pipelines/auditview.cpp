// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "auditview.h"

#include "asyncresult.h"
#include "pipelinestr.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace OpsDeck::Pipelines::Internal {

namespace {
constexpr int kEvents = 500;
}

AuditView::AuditView(QWidget *parent)
    : QWidget(parent)
{
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"pipelines.auditFilter"_s);
    m_filter->setPlaceholderText(Tr::tr("Filter: kind, person, run or text"));
    m_filter->setClearButtonEnabled(true);
    auto *reload = new QPushButton(Tr::tr("Refresh"), this);
    m_status = new QLabel(this);
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(u"pipelines.audit"_s);
    m_table->setHorizontalHeaderLabels(
        {Tr::tr("When"), Tr::tr("What"), Tr::tr("Who"), Tr::tr("Run"), Tr::tr("Job"), Tr::tr("Message")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_status);
    bar->addWidget(reload);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &AuditView::applyFilter);
    connect(reload, &QPushButton::clicked, this, &AuditView::refresh);
    m_refreshSoon.setSingleShot(true);
    m_refreshSoon.setInterval(500);
    connect(&m_refreshSoon, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
}

void AuditView::setEngine(Backend::IPipelineEngine *engine)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_engine = engine;
    ++m_generation;
    m_events.clear();
    m_table->setRowCount(0);
    if (engine) {
        const auto soon = [this] { m_refreshSoon.start(); };
        m_connections.append(connect(engine, &Backend::IPipelineEngine::runUpdated, this, soon));
        m_connections.append(connect(engine, &Backend::IPipelineEngine::deploymentUpdated, this, soon));
    }
    if (isVisible())
        refresh();
}

void AuditView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void AuditView::refresh()
{
    if (!m_engine)
        return;
    const quint64 generation = m_generation;
    whenFinished(this, m_engine->events({}, kEvents), [this, generation](const Result<QList<Backend::PipelineEvent>> &events) {
        if (generation != m_generation)
            return;
        if (!events) {
            m_status->setText(Tr::tr("The audit trail cannot be read: %1").arg(errorText(events.error())));
            return;
        }
        m_events = *events;
        std::stable_sort(m_events.begin(), m_events.end(),
                         [](const Backend::PipelineEvent &a, const Backend::PipelineEvent &b) { return a.at > b.at; });
        m_table->setRowCount(int(m_events.size()));
        for (int row = 0; row < m_events.size(); ++row) {
            const Backend::PipelineEvent &e = m_events.at(row);
            const QStringList cells{QLocale().toString(e.at.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s), e.kind, e.actor,
                                    e.runId, e.jobId ? QString::number(e.jobId) : QString(), e.message};
            for (int column = 0; column < cells.size(); ++column)
                m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
        m_table->resizeColumnsToContents();
        applyFilter();
        Q_EMIT refreshed();
    });
}

void AuditView::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    int shown = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        bool match = text.isEmpty();
        for (int column = 0; !match && column < m_table->columnCount(); ++column)
            match = m_table->item(row, column)->text().contains(text, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !match);
        shown += match ? 1 : 0;
    }
    m_status->setText(Tr::tr("%1 of %2 events").arg(shown).arg(m_table->rowCount()));
}

} // namespace OpsDeck::Pipelines::Internal
