// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "alertsview.h"

#include "alertsmodel.h"
#include "capacitytr.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace OpsDeck::Capacity::Internal {

namespace {

QTableView *makeTable(QWidget *parent, QAbstractItemModel *model, const QString &name)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    // Names, states and times are read whole; the message takes the rest.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(model->columnCount() - 1, QHeaderView::Stretch);
    table->setWordWrap(false);
    table->setAccessibleName(name);
    return table;
}

} // namespace

AlertsView::AlertsView(QWidget *parent)
    : QWidget(parent)
{
    m_model = new AlertsModel(this);
    m_history = new AlertHistoryModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(Tr::tr("Filter alerts (name, severity, state, message)"));
    m_filter->setClearButtonEnabled(true);
    m_summary = new QLabel(this);
    m_table = makeTable(this, m_proxy, Tr::tr("Alert states"));
    m_table->setSortingEnabled(true);
    m_historyTable = makeTable(this, m_history, Tr::tr("Alert history"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_summary);
    topLayout->addWidget(m_filter);
    topLayout->addWidget(m_table, 1);
    auto *bottom = new QWidget(splitter);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(new QLabel(Tr::tr("<b>History</b>"), bottom));
    bottomLayout->addWidget(m_historyTable, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AlertsView::updateSummary);
    updateSummary();
}

void AlertsView::updateSummary()
{
    // Fed by AlertsBinding from the evaluator's state changes.
    if (m_model->rowCount() == 0) {
        m_summary->setText(Tr::tr("No alerts. Alert rules are evaluated by the alerts engine; their states appear here."));
        return;
    }
    m_summary->setText(Tr::tr("%1 firing, %2 alerts in all.").arg(m_model->firingCount()).arg(m_model->rowCount()));
}

} // namespace OpsDeck::Capacity::Internal
