// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

/**
 * \file
 * The engine's thread: the persistent queue, the DAG, the worker slots,
 * concurrency groups, retries, approvals, deployments and the repository
 * watch. Every member runs on the scheduler's thread; the facade reaches it
 * with queued calls and it answers through promises and queued signals.
 */

#include "dag.h"
#include "jobscript.h"

#include <opsdeck/api/deploytarget.h>
#include <opsdeck/api/pipelineengine.h>
#include <opsdeck/pipelines/embeddedpipelineengine.h>
#include <opsdeck/pipelines/joblog.h>
#include <opsdeck/pipelines/pipelinedatabase.h>
#include <opsdeck/pipelines/pipelineplan.h>
#include <opsdeck/pipelines/processrunner.h>
#include <opsdeck/pipelines/repository.h>
#include <opsdeck/reliability/backoff.h>

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>

namespace OpsDeck::Pipelines {

class ArtifactStore;
class Notifier;
class WebhookReceiver;
class Repository;
class RepositoryStore;

/**
 * The lines of followed jobs on their way to the owner thread. The runner's
 * thread adds, the facade takes; one wake-up per batch keeps a chatty job
 * from flooding the owner's event loop.
 */
class LogHub
{
public:
    /** Adds \a line for \a jobId when someone follows it; true when the owner must be woken. */
    bool add(qint64 jobId, Backend::LogLine line);
    void follow(qint64 jobId, bool on);
    /** Everything gathered since the last take(), per job. */
    std::map<qint64, QList<Backend::LogLine>> take();

private:
    mutable QMutex m_mutex;
    QHash<qint64, int> m_followers;
    std::map<qint64, QList<Backend::LogLine>> m_pending;
    bool m_woken = false;
};

class Scheduler final : public QObject
{
    Q_OBJECT
public:
    Scheduler(const EngineOptions &options, LogHub *hub);
    ~Scheduler() override;

    /**
     * On the scheduler's thread, once: opens the stores and recovers what a
     * crash left running; then queues startBackground().
     */
    Result<> initialize();
    void startWorkers();
    /** The sandbox probe, services, worker slots and the watch: after open() has returned. */
    void startBackground();
    /** Called from any thread when followed jobs have new lines for the owner. */
    void setWaker(std::function<void()> wake);

    Result<QList<Backend::PipelineRun>> listRuns(const Backend::RunFilter &filter);
    /** \a pinnedCommit: build this commit of the ref's branch (a push), not the branch's head now. */
    Result<Backend::PipelineRun> trigger(const Backend::TriggerRequest &request, const QString &how,
                                         const QString &pinnedCommit = {});
    WebhookAnswer deliverWebhook(const QMap<QString, QString> &headers, const QByteArray &body);
    Result<> cancelRun(const QString &runId);
    Result<Backend::RunDetails> runDetails(const QString &runId);
    Result<> cancelJob(qint64 jobId);
    Result<Backend::PipelineJob> retryJob(qint64 jobId, const QString &actor);
    Result<> retryRun(const QString &runId);
    Result<> approve(qint64 jobId);
    Result<Backend::LogChunk> readLog(qint64 jobId, qint64 fromLine, int maxLines);
    Result<QList<qint64>> searchLog(qint64 jobId, const QString &text, int limit);
    Result<QList<Backend::Deployment>> deployments(const QString &environment, int limit);
    Result<QList<Backend::EnvironmentState>> environments();
    QFuture<Result<Backend::Deployment>> rollback(const QString &environment);
    Result<> setFrozen(const QString &environment, bool frozen, const QString &reason);
    Result<QList<Backend::RepositoryInfo>> repositories();
    Result<Backend::RepositoryInfo> addRepository(const QString &name, const QString &source);
    Result<QList<Backend::RefInfo>> refs(const QString &repository);
    Result<QList<Backend::CommitInfo>> commits(const QString &repository, const QString &ref, int limit);
    Result<Backend::PipelineMetrics> metrics(const QDateTime &since);
    Result<QList<Backend::PipelineEvent>> events(const QString &runId, int limit);
    Result<int> pollNow();

Q_SIGNALS:
    void runUpdated(const OpsDeck::Backend::PipelineRun &run);
    void jobUpdated(const OpsDeck::Backend::PipelineJob &job);
    void deploymentUpdated(const OpsDeck::Backend::Deployment &deployment);

private:
    struct RunCache;
    struct Execution;

    // Runs and their plans.
    RunCache *cachedRun(const QString &runId, QString *error);
    Result<Backend::PipelineJob> jobDetails(qint64 jobId);
    void advance(const QString &runId);
    QList<qint64> skippedDependants(const JobRecord &retried);
    void publishRun(const QString &runId);
    void publishJob(qint64 jobId);

    // Dispatching and running jobs.
    void scheduleDispatch();
    void wakeIn(qint64 delayMs);
    void dispatch();
    void startJob(const JobRecord &job);
    void prepared(qint64 jobId, const QString &error);
    void runNextStep(Execution *execution);
    void stepFinished(qint64 jobId, const ProcessResult &result);
    void finishJob(Execution *execution, JobStatus status, std::optional<int> exitCode, const QString &reason);
    void startDeployment(Execution *execution);
    void deploymentFinished(qint64 jobId, const Result<Backend::DeployOutcome> &outcome);
    void systemLine(Execution *execution, const QString &text);
    void collectArtifacts(Execution *execution);

    void notifyRun(const QString &runId, RunStatus status, bool rollback);

    // The watch.
    void poll();

    Repository *repository(const QString &name, QString *error);
    Backend::IDeployTarget *targetFor(const QString &kind, QString *error);
    QString jobLogPath(const QString &runId, qint64 jobId) const;
    qint64 now() const;

    EngineOptions m_options;
    LogHub *m_hub;
    std::function<void()> m_wake;
    std::unique_ptr<PipelineDatabase> m_db;
    std::unique_ptr<RepositoryStore> m_repos;
    std::unique_ptr<ArtifactStore> m_artifacts;
    std::unique_ptr<ProcessRunner> m_runner;
    std::unique_ptr<WebhookReceiver> m_webhooks;
    std::unique_ptr<Notifier> m_notifier; ///< the Slack-compatible webhook, when one is set
    std::map<QString, std::unique_ptr<Backend::IDeployTarget>> m_targets; ///< by kind, made on first use
    std::map<std::string, std::unique_ptr<Repository>> m_openRepos;
    std::map<std::string, RefSnapshot> m_watched;
    std::map<QString, std::unique_ptr<RunCache>> m_runs;
    std::map<qint64, std::unique_ptr<Execution>> m_running;
    QStringList m_freeSlots;
    QTimer m_pollTimer;
    QTimer m_wakeTimer;   ///< wakes dispatch() when a retry or a delayed job is due
    QTimer m_queueTimer;
    int m_lockFd = -1;
    bool m_primary = false;
    bool m_dispatchQueued = false;
    bool m_workersStarted = false;
    bool m_sandbox = false;
    QString m_sandboxNote;
    Reliability::RandomSource m_random;
    QThreadPool m_pool; ///< checkouts, artifacts, clean-ups; waited for before anything else goes
};

} // namespace OpsDeck::Pipelines
