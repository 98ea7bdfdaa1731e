// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QString>

namespace OpsDeck::Capacity::Internal {

/**
 * The states the list shows. Error: the rule's query could not be evaluated;
 * Inactive only appears in the history (where a pending alert came from).
 */
enum class AlertRowState { Pending, Firing, Resolved, Error, Inactive };

QString alertRowStateName(AlertRowState state);

/** One alert (a rule's series) as the list shows it; the evaluator's states map onto it one to one. */
struct AlertRow
{
    QString name;       ///< rule name
    QString labels;     ///< `{pool="deploy"}`, empty for a single series
    QString severity;   ///< "critical", "warning", "info"
    AlertRowState state = AlertRowState::Pending;
    QDateTime since;    ///< when it entered \c state
    double value = 0;   ///< last value seen; NaN for Error
    QString message;    ///< the summary, or why the rule failed

    /** Identity in the list: name and labels. */
    QString key() const { return name + labels; }
};

/** One state change, for the history table and the dashboards' alert markers. */
struct AlertHistoryEntry
{
    QDateTime at;
    QString name;
    QString labels;
    QString severity;
    AlertRowState from = AlertRowState::Pending;
    AlertRowState to = AlertRowState::Pending;
    double value = 0;
    QString message;
};

/**
 * Alert states fed by rows: the lead binds the evaluator
 * (backend-clients/embedded/alerts) by calling setRows() and addHistory()
 * from its signals. Columns: name, severity, state, since, value, message.
 * The model owns plain values and never reaches into the evaluator.
 */
class AlertsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Severity, State, Since, Value, Message, ColumnCount };
    enum Role { StateRole = Qt::UserRole + 1, SeverityRole, KeyRole };

    explicit AlertsModel(QObject *parent = nullptr);

    /** Replaces the current states (firing first, then pending, error, resolved; newest first within). */
    void setRows(QList<AlertRow> rows);
    const QList<AlertRow> &rows() const { return m_rows; }
    int firingCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<AlertRow> m_rows;
};

/** The transitions, newest first, capped at \c kMaxEntries. */
class AlertHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kMaxEntries = 5000;
    enum Column { At, Name, Change, Value, Message, ColumnCount };

    explicit AlertHistoryModel(QObject *parent = nullptr);

    void addEntries(const QList<AlertHistoryEntry> &entries);
    const QList<AlertHistoryEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    /** New entries arrived (for the dashboards' alert markers). */
    void entriesAdded(const QList<OpsDeck::Capacity::Internal::AlertHistoryEntry> &entries);

private:
    QList<AlertHistoryEntry> m_entries;
};

} // namespace OpsDeck::Capacity::Internal
