// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "alertsmodel.h"

#include "capacitystyle.h"
#include "capacitytr.h"

#include <opsdeck/planner/units.h>

#include <QGuiApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace OpsDeck::Capacity::Internal {

QString alertRowStateName(AlertRowState state)
{
    switch (state) {
    case AlertRowState::Pending: return Tr::tr("pending");
    case AlertRowState::Firing: return Tr::tr("firing");
    case AlertRowState::Resolved: return Tr::tr("resolved");
    case AlertRowState::Error: return Tr::tr("error");
    case AlertRowState::Inactive: return Tr::tr("inactive");
    }
    return {};
}

namespace {

int stateRank(AlertRowState state)
{
    switch (state) {
    case AlertRowState::Firing: return 0;
    case AlertRowState::Pending: return 1;
    case AlertRowState::Error: return 2;
    case AlertRowState::Resolved: return 3;
    case AlertRowState::Inactive: return 4;
    }
    return 4;
}

QString stateGlyph(AlertRowState state)
{
    // Status never rests on colour alone.
    switch (state) {
    case AlertRowState::Firing: return u"\u25CF "_s;   // ●
    case AlertRowState::Pending: return u"\u25D4 "_s;  // ◔
    case AlertRowState::Resolved: return u"\u2713 "_s; // ✓
    case AlertRowState::Error: return u"\u26A0 "_s;    // ⚠
    case AlertRowState::Inactive: return u"\u25CB "_s; // ○
    }
    return {};
}

QColor stateColor(AlertRowState state)
{
    const QPalette palette = QGuiApplication::palette();
    switch (state) {
    case AlertRowState::Firing: return Style::errorColor(palette);
    case AlertRowState::Pending: return Style::warningColor(palette);
    case AlertRowState::Resolved: return Style::okColor(palette);
    case AlertRowState::Error: return Style::errorColor(palette);
    case AlertRowState::Inactive: return palette.color(QPalette::PlaceholderText);
    }
    return {};
}

QString when(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

QString valueText(double value)
{
    return std::isfinite(value) ? Planner::formatNumber(value) : Tr::tr("—");
}

} // namespace

AlertsModel::AlertsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AlertsModel::setRows(QList<AlertRow> rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const AlertRow &a, const AlertRow &b) {
        if (stateRank(a.state) != stateRank(b.state))
            return stateRank(a.state) < stateRank(b.state);
        return a.since > b.since;
    });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int AlertsModel::firingCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const AlertRow &r) { return r.state == AlertRowState::Firing; }));
}

int AlertsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AlertRow &row = m_rows[index.row()];
    if (role == StateRole)
        return int(row.state);
    if (role == SeverityRole)
        return row.severity;
    if (role == KeyRole)
        return row.key();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return row.labels.isEmpty() ? row.name : u"%1 %2"_s.arg(row.name, row.labels);
        case Severity: return row.severity;
        case State: return QString(stateGlyph(row.state) + alertRowStateName(row.state));
        case Since: return when(row.since);
        case Value: return valueText(row.value);
        case Message: return row.message;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == State)
        return stateColor(row.state);
    if (role == Qt::ToolTipRole)
        return row.message.isEmpty() ? QVariant() : QVariant(row.message);
    if (role == Qt::TextAlignmentRole && index.column() == Value)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AlertsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return Tr::tr("Alert");
    case Severity: return Tr::tr("Severity");
    case State: return Tr::tr("State");
    case Since: return Tr::tr("Since");
    case Value: return Tr::tr("Value");
    case Message: return Tr::tr("Message");
    }
    return {};
}

AlertHistoryModel::AlertHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AlertHistoryModel::addEntries(const QList<AlertHistoryEntry> &entries)
{
    if (entries.isEmpty())
        return;
    QList<AlertHistoryEntry> sorted = entries;
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.at > b.at; });
    beginResetModel();
    m_entries = sorted + m_entries;
    if (m_entries.size() > kMaxEntries)
        m_entries.resize(kMaxEntries);
    endResetModel();
    Q_EMIT entriesAdded(entries);
}

int AlertHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AlertHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AlertHistoryEntry &e = m_entries[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case At: return when(e.at);
        case Name: return e.labels.isEmpty() ? e.name : u"%1 %2"_s.arg(e.name, e.labels);
        case Change: return Tr::tr("%1 → %2").arg(alertRowStateName(e.from), alertRowStateName(e.to));
        case Value: return valueText(e.value);
        case Message: return e.message;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Change)
        return stateColor(e.to);
    if (role == Qt::TextAlignmentRole && index.column() == Value)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AlertHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case At: return Tr::tr("When");
    case Name: return Tr::tr("Alert");
    case Change: return Tr::tr("Change");
    case Value: return Tr::tr("Value");
    case Message: return Tr::tr("Message");
    }
    return {};
}

} // namespace OpsDeck::Capacity::Internal
