// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "runlistmodel.h"

#include "asyncresult.h"
#include "pipelinesstyle.h"
#include "pipelinestr.h"

#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace OpsDeck::Pipelines::Internal {

namespace {
/** Newest first; the id breaks ties so the order is total. */
bool newer(const Backend::PipelineRun &a, const Backend::PipelineRun &b)
{
    if (a.createdAt != b.createdAt)
        return a.createdAt > b.createdAt;
    return a.id > b.id;
}
} // namespace

RunListModel::RunListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &RunListModel::tick);
    m_ticker.start();
}

void RunListModel::setEngine(Backend::IPipelineEngine *engine)
{
    disconnect(m_connection);
    m_engine = engine;
    ++m_generation;
    beginResetModel();
    m_runs.clear();
    ++m_resets;
    endResetModel();
    if (m_engine)
        m_connection = connect(m_engine, &Backend::IPipelineEngine::runUpdated, this, &RunListModel::onRunUpdated);
}

void RunListModel::setFilter(const Backend::RunFilter &filter)
{
    m_filter = filter;
}

void RunListModel::refresh()
{
    if (!m_engine)
        return;
    const quint64 generation = ++m_generation;
    whenFinished(this, m_engine->listRuns(m_filter),
                 [this, generation](const Result<QList<Backend::PipelineRun>> &runs) {
                     if (generation != m_generation)
                         return; // a newer refresh (or another engine) wins
                     if (!runs) {
                         Q_EMIT refreshed(errorText(runs.error()));
                         return;
                     }
                     beginResetModel();
                     m_runs = *runs;
                     std::stable_sort(m_runs.begin(), m_runs.end(), newer);
                     ++m_resets;
                     endResetModel();
                     Q_EMIT refreshed({});
                 });
}

bool RunListModel::matches(const Backend::PipelineRun &run) const
{
    if (!m_filter.repository.isEmpty() && run.repository != m_filter.repository)
        return false;
    if (m_filter.status && run.status != *m_filter.status)
        return false;
    if (!m_filter.environment.isEmpty() && run.environment != m_filter.environment)
        return false;
    return true;
}

void RunListModel::onRunUpdated(const Backend::PipelineRun &run)
{
    const int row = rowOf(run.id);
    const bool wanted = matches(run);
    if (row >= 0 && !wanted) {
        beginRemoveRows({}, row, row);
        m_runs.removeAt(row);
        endRemoveRows();
        return;
    }
    if (row >= 0) {
        m_runs[row] = run;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    if (!wanted)
        return;
    const auto at = std::lower_bound(m_runs.begin(), m_runs.end(), run, newer);
    const int insertRow = int(at - m_runs.begin());
    if (insertRow >= m_filter.limit && m_filter.limit > 0)
        return; // older than everything the list shows
    beginInsertRows({}, insertRow, insertRow);
    m_runs.insert(insertRow, run);
    endInsertRows();
    if (m_filter.limit > 0 && m_runs.size() > m_filter.limit) {
        beginRemoveRows({}, int(m_runs.size()) - 1, int(m_runs.size()) - 1);
        m_runs.removeLast();
        endRemoveRows();
    }
}

void RunListModel::tick()
{
    if (m_runs.isEmpty())
        return;
    // Ages change for every row, durations for running ones: one signal
    // over two columns costs the view one repaint of what is visible.
    Q_EMIT dataChanged(index(0, DurationColumn), index(int(m_runs.size()) - 1, AgeColumn),
                       {Qt::DisplayRole});
}

const Backend::PipelineRun *RunListModel::run(int row) const
{
    return row >= 0 && row < m_runs.size() ? &m_runs.at(row) : nullptr;
}

int RunListModel::rowOf(const QString &runId) const
{
    for (int i = 0; i < m_runs.size(); ++i) {
        if (m_runs.at(i).id == runId)
            return i;
    }
    return -1;
}

int RunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunListModel::formatDuration(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return Tr::tr("%1s").arg(seconds);
    if (seconds < 3600)
        return Tr::tr("%1m %2s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (seconds < 86400)
        return Tr::tr("%1h %2m").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
    return Tr::tr("%1d %2h").arg(seconds / 86400).arg((seconds % 86400) / 3600);
}

qint64 RunListModel::durationSeconds(const Backend::PipelineRun &run, const QDateTime &now)
{
    if (!run.startedAt.isValid())
        return -1;
    const QDateTime end = run.completedAt.isValid() ? run.completedAt : now;
    return std::max<qint64>(0, run.startedAt.secsTo(end));
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    const Backend::PipelineRun *r = run(index.row());
    if (!r || !index.isValid())
        return {};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto text = [&](int column) -> QString {
        switch (column) {
        case StatusColumn: return Backend::runStatusName(r->status).replace(u'_', u' ');
        case RunColumn: return r->id.left(8); // a UUID: the prefix tells runs apart, the tooltip has it all
        case RepositoryColumn: return r->repository;
        case BranchColumn: return r->branch;
        case CommitColumn: return r->commit.left(8);
        case TriggerColumn: return r->trigger;
        case CreatedByColumn: return r->createdBy;
        case DurationColumn: return formatDuration(durationSeconds(*r, now));
        case AgeColumn: return r->createdAt.isValid() ? Tr::tr("%1 ago").arg(formatDuration(r->createdAt.secsTo(now))) : QString();
        }
        return {};
    };
    switch (role) {
    case Qt::DisplayRole: return text(index.column());
    case Qt::ToolTipRole:
        if (index.column() == CommitColumn)
            return r->message.isEmpty() ? r->commit : Tr::tr("%1\n%2").arg(r->commit, r->message);
        if (index.column() == AgeColumn)
            return QLocale().toString(r->createdAt.toLocalTime(), QLocale::LongFormat);
        if (index.column() == RunColumn)
            return r->environment.isEmpty() ? r->id : Tr::tr("%1\nDeploys to %2").arg(r->id, r->environment);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn || index.column() == AgeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return Style::runStatusColor(r->status, QGuiApplication::palette());
        return {};
    case RunIdRole: return r->id;
    case StatusRole: return int(r->status);
    case SearchTextRole: {
        QStringList all;
        for (int c = 0; c < ColumnCount; ++c)
            all.append(text(c));
        all.append(r->id);
        all.append(r->commit);
        all.append(r->message);
        all.append(r->environment);
        return all.join(u' ');
    }
    default: break;
    }
    return {};
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn: return Tr::tr("Status");
    case RunColumn: return Tr::tr("Run");
    case RepositoryColumn: return Tr::tr("Repository");
    case BranchColumn: return Tr::tr("Branch");
    case CommitColumn: return Tr::tr("Commit");
    case TriggerColumn: return Tr::tr("Trigger");
    case CreatedByColumn: return Tr::tr("By");
    case DurationColumn: return Tr::tr("Duration");
    case AgeColumn: return Tr::tr("Age");
    }
    return {};
}

} // namespace OpsDeck::Pipelines::Internal
