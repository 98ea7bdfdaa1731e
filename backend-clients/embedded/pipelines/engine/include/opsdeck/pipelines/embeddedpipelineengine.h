// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

/**
 * \file
 * The embedded CI/CD engine (docs/pipelines-engine.md): the offline local
 * mode's IPipelineEngine. It ties the layers below together:
 *
 *   repos/      registered repositories, ref polling, isolated checkouts
 *   config/     the pipeline file at the commit, read into a plan
 *   store/      runs, jobs, steps, deployments and the queue in SQLite
 *   runner/     processes with limits, timeouts, tree kill, live and stored logs
 *   artifacts/  job artifacts, content-addressed and deduplicated
 *   deploy      deploy targets (the local service target, blue-green)
 *
 * Everything runs on the engine's own thread (and the runner's); the calls
 * return futures at once and the signals arrive on the owner thread, so the
 * GUI never waits on git, SQLite or a child process.
 *
 * Folder layout (under the workspace's `pipelines/`):
 *
 *   pipelines.db     the metadata (docs/pipeline-database.md)
 *   repos/           the repository registry and mirrors
 *   artifacts/       the artifact store
 *   logs/<run>/<job>.log   job logs (docs/job-logs.md)
 *   jobs/<job>/      a running job's workspace, home and temporary folder
 *   deploy/          the local service target's releases and state
 */

#include <opsdeck/api/pipelineengine.h>
#include <opsdeck/reliability/backoff.h>

#include <QMap>
#include <QStringList>
#include <QThread>
#include <QUrl>

#include <chrono>
#include <memory>

namespace OpsDeck::Pipelines {

class LogHub;
class Scheduler;

struct EngineOptions
{
    QString directory;                           ///< the workspace's pipelines folder
    int workers = 0;                             ///< job slots; 0 = the number of cores
    bool startWorkers = true;                    ///< false: runs stay queued (contract tests)
    std::chrono::milliseconds pollInterval{2000}; ///< watch repositories for new commits; 0 = never
    enum class Sandbox { Auto, On, Off };
    Sandbox sandbox = Sandbox::Auto;             ///< Auto: bubblewrap when it works here
    std::chrono::seconds defaultTimeout{3600};   ///< a job without a timeout of its own
    /** Between a failed attempt and its automatic retry (the seed's formula). */
    Reliability::BackoffPolicy retryBackoff{std::chrono::milliseconds(1000), std::chrono::milliseconds(30'000),
                                            3, std::chrono::milliseconds(1000)};
    std::chrono::milliseconds keepPrevious{600'000}; ///< blue-green: how long blue stays up after a switch
    QString user;                                ///< created_by of runs; empty = the login name
    bool keepWorkspaces = false;                 ///< keep jobs/<job>/ after the job (debugging)
    /**
     * Start the deployed services that were live when the engine last
     * stopped. The console does; a short-lived opsctl does not (services die
     * with the process that runs them).
     */
    bool restoreServices = true;
    /** A Slack-compatible incoming webhook told of failed and succeeded runs and rollbacks; empty = none. */
    QUrl notifyWebhook;
    /** Where a run can be opened, for the notification's link: "%1" becomes the run id. */
    QString runLinkTemplate;
    /** Secrets of GitHub's X-Hub-Signature-256 and values of GitLab's X-Gitlab-Token that deliverWebhook() accepts. */
    QStringList webhookGithubSecrets;
    QStringList webhookGitlabTokens;
};

/** What deliverWebhook() made of a delivery: the HTTP answer for the listener, and the run it started. */
struct WebhookAnswer
{
    int httpStatus = 401;   ///< 202 started a run; 200 nothing to do; 400, 401, 403, 404, 409, 413 refused
    QString message;        ///< one English line, never a secret
    QString runId;          ///< set when a run started
};

class EmbeddedPipelineEngine final : public Backend::IPipelineEngine
{
    Q_OBJECT
public:
    /**
     * Opens (creating when missing) the engine in \a options.directory:
     * migrates the database, marks jobs that were running when the engine
     * last stopped as interrupted, and starts the workers and the watch.
     */
    static Result<std::unique_ptr<EmbeddedPipelineEngine>> open(const EngineOptions &options);
    ~EmbeddedPipelineEngine() override;

    QString displayName() const override;

    QFuture<Result<QList<Backend::PipelineRun>>> listRuns(const Backend::RunFilter &filter) override;
    QFuture<Result<Backend::PipelineRun>> trigger(const Backend::TriggerRequest &request) override;
    QFuture<Result<>> cancel(const QString &runId) override;
    QFuture<Result<Backend::RunDetails>> runDetails(const QString &runId) override;
    QFuture<Result<>> cancelJob(qint64 jobId) override;
    QFuture<Result<Backend::PipelineJob>> retryJob(qint64 jobId) override;
    QFuture<Result<>> retryRun(const QString &runId) override;
    QFuture<Result<>> approve(qint64 jobId) override;
    QFuture<Result<Backend::LogChunk>> readLog(qint64 jobId, qint64 fromLine, int maxLines) override;
    QFuture<Result<QList<qint64>>> searchLog(qint64 jobId, const QString &text, int limit) override;
    void followLog(qint64 jobId, bool follow) override;
    QFuture<Result<QList<Backend::Deployment>>> deployments(const QString &environment, int limit) override;
    QFuture<Result<QList<Backend::EnvironmentState>>> environments() override;
    QFuture<Result<Backend::Deployment>> rollback(const QString &environment) override;
    QFuture<Result<>> setFrozen(const QString &environment, bool frozen, const QString &reason) override;
    QFuture<Result<QList<Backend::RepositoryInfo>>> repositories() override;
    QFuture<Result<Backend::RepositoryInfo>> addRepository(const QString &name, const QString &source) override;
    QFuture<Result<QList<Backend::RefInfo>>> refs(const QString &repository) override;
    QFuture<Result<QList<Backend::CommitInfo>>> commits(const QString &repository, const QString &ref,
                                                        int limit) override;
    QFuture<Result<Backend::PipelineMetrics>> metrics(const QDateTime &since) override;
    QFuture<Result<QList<Backend::PipelineEvent>>> events(const QString &runId, int limit) override;

    /**
     * One webhook delivery (docs/webhooks.md): verified (GitHub's signature
     * over the raw body, GitLab's token), parsed, and for a push to a
     * registered repository (matched by name, path or clone URL) a run of
     * the pushed commit with trigger "webhook". \a headers keep their names
     * as sent. The HTTP listener that calls this comes with the team server.
     */
    QFuture<WebhookAnswer> deliverWebhook(const QMap<QString, QString> &headers, const QByteArray &body);
    /** Polls the watched repositories now (instead of waiting for the interval). */
    QFuture<Result<int>> pollNow();
    /** Starts the workers of an engine opened with startWorkers = false. */
    void startWorkers();
    const EngineOptions &options() const { return m_options; }

private:
    explicit EmbeddedPipelineEngine(const EngineOptions &options);
    void deliverLogLines();

    EngineOptions m_options;
    std::unique_ptr<LogHub> m_hub;  // lines of followed jobs, from the runner to the owner thread
    QThread m_thread;
    Scheduler *m_scheduler = nullptr; // lives on m_thread
    friend class Scheduler;
};

} // namespace OpsDeck::Pipelines
