// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/pipelineengine.h>

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QSplitter;

namespace OpsDeck::Pipelines::Internal {

class LogView;
class RunDagView;

/**
 * One run: its header (status, repository, branch, commit, who and when),
 * the run's error, warnings and what cannot run offline, the job graph, and
 * the selected job's log below it. Buttons act on the run (Cancel, Retry
 * Failed) and on the selected job (Cancel, Retry, Approve). Everything
 * updates live from the engine's runUpdated() and jobUpdated().
 */
class RunView final : public QWidget
{
    Q_OBJECT
public:
    explicit RunView(QWidget *parent = nullptr);

    void setEngine(Backend::IPipelineEngine *engine);
    /** Shows \a runId (reads its details); an empty id shows nothing. */
    void showRun(const QString &runId);
    QString runId() const { return m_runId; }
    /** Re-reads the shown run's details. */
    void reload();
    /** True once the details of the shown run arrived. */
    bool isLoaded() const { return m_loaded; }
    const Backend::RunDetails &details() const { return m_details; }

    RunDagView *dag() const { return m_dag; }
    LogView *log() const { return m_log; }
    /** Selects \a jobId in the graph and opens its log. */
    void selectJob(qint64 jobId);

    void cancelRun();
    void retryFailed();
    void cancelJob();
    void retryJob();
    void approveJob();
    /** The last action's error or confirmation (empty when none). */
    QString message() const;

Q_SIGNALS:
    /** The details of the shown run arrived (after showRun() or reload()). */
    void loaded();
    /** An action ended; \a error is empty on success. */
    void actionFinished(const QString &action, const QString &error);

private:
    void applyDetails(const Backend::RunDetails &details);
    void onJobUpdated(const Backend::PipelineJob &job);
    void onRunUpdated(const Backend::PipelineRun &run);
    void updateHeader();
    void updateButtons();
    void openLog(qint64 jobId);
    void setMessage(const QString &text, bool error);
    template<typename T>
    void act(const QString &action, QFuture<Result<T>> future);

    QPointer<Backend::IPipelineEngine> m_engine;
    QList<QMetaObject::Connection> m_connections;
    QString m_runId;
    quint64 m_generation = 0;
    bool m_loaded = false;
    Backend::RunDetails m_details;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_cancelRun = nullptr;
    QPushButton *m_retryRun = nullptr;
    QPushButton *m_cancelJob = nullptr;
    QPushButton *m_retryJob = nullptr;
    QPushButton *m_approve = nullptr;
    QScrollArea *m_dagScroll = nullptr;
    RunDagView *m_dag = nullptr;
    LogView *m_log = nullptr;
    QSplitter *m_splitter = nullptr;
};

} // namespace OpsDeck::Pipelines::Internal
