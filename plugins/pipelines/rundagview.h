// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/pipelineengine.h>

#include <QHash>
#include <QTimer>
#include <QWidget>

namespace OpsDeck::Pipelines::Internal {

/**
 * A run as a graph: one column per stage, one box per job (status colour,
 * glyph, name, duration or state), and a curve for each `needs` edge.
 * Jobs update in place from jobUpdated(); a retried job's new attempt
 * replaces the old box. Only boxes in the exposed rectangle are painted,
 * so a run with a thousand jobs scrolls smoothly. Keyboard: arrows move
 * between jobs, Return opens the log.
 */
class RunDagView final : public QWidget
{
    Q_OBJECT
public:
    explicit RunDagView(QWidget *parent = nullptr);

    void setDetails(const Backend::RunDetails &details);
    void clear();
    /** Applies one job's new state; false when the job is not of this run. */
    bool updateJob(const Backend::PipelineJob &job);

    const QList<Backend::PipelineJob> &jobs() const { return m_jobs; }
    const Backend::PipelineJob *job(qint64 jobId) const;
    qint64 currentJob() const { return m_current; }
    void setCurrentJob(qint64 jobId);
    /** Where \a jobId's box is (empty when unknown), in widget coordinates. */
    QRect jobRect(qint64 jobId) const;
    qint64 jobAt(const QPoint &pos) const;
    /** Edges drawn, as (from job id, to job id). */
    QList<std::pair<qint64, qint64>> edges() const { return m_edges; }

    QSize sizeHint() const override;

Q_SIGNALS:
    void currentJobChanged(qint64 jobId);
    /** Return or a double click on a job. */
    void jobActivated(qint64 jobId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void relayout();
    void moveSelection(int dColumn, int dRow);

    QStringList m_allStages;            // the run's stages, in order
    QStringList m_stages;               // the columns: stages that have jobs
    QList<Backend::PipelineJob> m_jobs;
    QHash<qint64, int> m_indexOf;       // job id → m_jobs index
    QList<QRect> m_rects;               // parallel to m_jobs
    QList<QList<int>> m_columns;        // per stage: m_jobs indexes, top to bottom
    QList<std::pair<qint64, qint64>> m_edges;
    QSize m_size;
    qint64 m_current = 0;
    QString m_runId;
    QTimer m_ticker;                    // live durations of running jobs
};

} // namespace OpsDeck::Pipelines::Internal
