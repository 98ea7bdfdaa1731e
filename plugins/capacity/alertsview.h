// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace OpsDeck::Capacity::Internal {

class AlertHistoryModel;
class AlertsModel;

/** The alerts list: current states above (filterable), history below. */
class AlertsView final : public QWidget
{
    Q_OBJECT
public:
    explicit AlertsView(QWidget *parent = nullptr);

    AlertsModel *model() const { return m_model; }
    AlertHistoryModel *history() const { return m_history; }
    QTableView *table() const { return m_table; }
    QTableView *historyTable() const { return m_historyTable; }
    QLineEdit *filterEdit() const { return m_filter; }
    QLabel *summaryLabel() const { return m_summary; }

private:
    void updateSummary();

    AlertsModel *m_model = nullptr;
    AlertHistoryModel *m_history = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_historyTable = nullptr;
};

} // namespace OpsDeck::Capacity::Internal
