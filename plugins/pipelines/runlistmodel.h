// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/pipelineengine.h>

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>

namespace OpsDeck::Pipelines::Internal {

/**
 * The runs list, newest first. refresh() asks the engine with the current
 * filter (repository, status, environment); after that runUpdated() moves
 * single rows: a new run is inserted at its place, a changed one emits
 * dataChanged for its row, one that no longer matches the filter is
 * removed, so the selection and scroll position survive a busy engine.
 * Durations of running runs and every age tick once a second.
 */
class RunListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StatusColumn, RunColumn, RepositoryColumn, BranchColumn, CommitColumn, TriggerColumn,
                  CreatedByColumn, DurationColumn, AgeColumn, ColumnCount };
    enum Role {
        RunIdRole = Qt::UserRole + 1, ///< QString
        StatusRole,                   ///< int(Backend::RunStatus)
        SearchTextRole,               ///< every column's text, for the text filter
    };

    explicit RunListModel(QObject *parent = nullptr);

    void setEngine(Backend::IPipelineEngine *engine);
    /** The engine-side filter; takes effect with the next refresh(). */
    void setFilter(const Backend::RunFilter &filter);
    const Backend::RunFilter &filter() const { return m_filter; }
    /** Reads the runs again (resets the model once the answer arrives). */
    void refresh();

    const Backend::PipelineRun *run(int row) const;
    int rowOf(const QString &runId) const;
    /** Resets made so far: refresh() answers only, never single updates (for tests). */
    int resets() const { return m_resets; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /** "1m 05s", "2h 03m", for durations and ages. */
    static QString formatDuration(qint64 seconds);
    /** Seconds from start to end (or now, while running); -1 when it has not started. */
    static qint64 durationSeconds(const Backend::PipelineRun &run, const QDateTime &now);

Q_SIGNALS:
    /** A refresh() answer arrived (or failed, with a message). */
    void refreshed(const QString &error);

private:
    bool matches(const Backend::PipelineRun &run) const;
    void onRunUpdated(const Backend::PipelineRun &run);
    void tick();

    QPointer<Backend::IPipelineEngine> m_engine;
    QMetaObject::Connection m_connection;
    Backend::RunFilter m_filter;
    QList<Backend::PipelineRun> m_runs;
    QTimer m_ticker;
    quint64 m_generation = 0;
    int m_resets = 0;
};

} // namespace OpsDeck::Pipelines::Internal
