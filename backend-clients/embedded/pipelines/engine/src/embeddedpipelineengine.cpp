// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include <opsdeck/pipelines/embeddedpipelineengine.h>

#include "enginetr.h"
#include "scheduler.h"

#include <QPromise>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace OpsDeck::Pipelines {

namespace {

QString loginName()
{
    if (const QByteArray user = qgetenv("USER"); !user.isEmpty())
        return QString::fromLocal8Bit(user);
    if (const passwd *pw = ::getpwuid(::getuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return u"user-%1"_s.arg(::getuid());
}

} // namespace

/**
 * Runs \a work on the scheduler's thread and hands its result to the
 * returned future, which finishes while the caller's event loop runs.
 */
template<typename T, typename Work>
QFuture<Result<T>> onScheduler(Scheduler *scheduler, Work work)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    QFuture<Result<T>> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(scheduler, [scheduler, promise, work = std::move(work)]() mutable {
        promise->addResult(work(scheduler));
        promise->finish();
    }, Qt::QueuedConnection);
    return future;
}

EmbeddedPipelineEngine::EmbeddedPipelineEngine(const EngineOptions &options)
    : m_options(options)
    , m_hub(std::make_unique<LogHub>())
{
    if (m_options.user.isEmpty())
        m_options.user = loginName();
    m_thread.setObjectName(u"opsdeck-pipelines"_s);
}

Result<std::unique_ptr<EmbeddedPipelineEngine>> EmbeddedPipelineEngine::open(const EngineOptions &options)
{
    if (options.directory.isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("The pipeline engine needs a folder."), u"directory"_s);
    std::unique_ptr<EmbeddedPipelineEngine> engine(new EmbeddedPipelineEngine(options));
    engine->m_scheduler = new Scheduler(engine->m_options, engine->m_hub.get());
    engine->m_scheduler->moveToThread(&engine->m_thread);
    QObject::connect(&engine->m_thread, &QThread::finished, engine->m_scheduler, &QObject::deleteLater);
    engine->m_thread.start();

    // Called on the runner's thread. The engine outlives every caller: its
    // destructor waits for the scheduler's thread, which ends the runner;
    // a wake-up posted after that is dropped with the engine's events.
    EmbeddedPipelineEngine *owner = engine.get();
    engine->m_scheduler->setWaker([owner] {
        QMetaObject::invokeMethod(owner, [owner] { owner->deliverLogLines(); }, Qt::QueuedConnection);
    });
    connect(engine->m_scheduler, &Scheduler::runUpdated, engine.get(), &IPipelineEngine::runUpdated,
            Qt::QueuedConnection);
    connect(engine->m_scheduler, &Scheduler::jobUpdated, engine.get(), &IPipelineEngine::jobUpdated,
            Qt::QueuedConnection);
    connect(engine->m_scheduler, &Scheduler::deploymentUpdated, engine.get(), &IPipelineEngine::deploymentUpdated,
            Qt::QueuedConnection);

    // Opening migrates the database and recovers interrupted jobs: done
    // once, on the engine's thread, before the engine is handed out.
    Result<> initialized;
    QMetaObject::invokeMethod(engine->m_scheduler, [&] { initialized = engine->m_scheduler->initialize(); },
                              Qt::BlockingQueuedConnection);
    if (!initialized)
        return initialized.error();
    engine->setHealth(Reliability::HealthReport::fromChecks(
        {Reliability::HealthCheck{u"pipelines"_s, Reliability::HealthState::Healthy, {}}}));
    return engine;
}

EmbeddedPipelineEngine::~EmbeddedPipelineEngine()
{
    m_thread.quit();
    m_thread.wait();
}

QString EmbeddedPipelineEngine::displayName() const
{
    return Tr::tr("Local pipelines");
}

void EmbeddedPipelineEngine::startWorkers()
{
    QMetaObject::invokeMethod(m_scheduler, [s = m_scheduler] { s->startWorkers(); }, Qt::QueuedConnection);
}

void EmbeddedPipelineEngine::deliverLogLines()
{
    for (auto &[jobId, lines] : m_hub->take())
        Q_EMIT logLines(jobId, lines);
}

void EmbeddedPipelineEngine::followLog(qint64 jobId, bool follow)
{
    m_hub->follow(jobId, follow);
}

QFuture<Result<QList<Backend::PipelineRun>>> EmbeddedPipelineEngine::listRuns(const Backend::RunFilter &filter)
{
    return onScheduler<QList<Backend::PipelineRun>>(m_scheduler, [filter](Scheduler *s) { return s->listRuns(filter); });
}

QFuture<Result<Backend::PipelineRun>> EmbeddedPipelineEngine::trigger(const Backend::TriggerRequest &request)
{
    return onScheduler<Backend::PipelineRun>(m_scheduler,
                                             [request](Scheduler *s) { return s->trigger(request, u"manual"_s); });
}

QFuture<Result<>> EmbeddedPipelineEngine::cancel(const QString &runId)
{
    return onScheduler<void>(m_scheduler, [runId](Scheduler *s) { return s->cancelRun(runId); });
}

QFuture<Result<Backend::RunDetails>> EmbeddedPipelineEngine::runDetails(const QString &runId)
{
    return onScheduler<Backend::RunDetails>(m_scheduler, [runId](Scheduler *s) { return s->runDetails(runId); });
}

QFuture<Result<>> EmbeddedPipelineEngine::cancelJob(qint64 jobId)
{
    return onScheduler<void>(m_scheduler, [jobId](Scheduler *s) { return s->cancelJob(jobId); });
}

QFuture<Result<Backend::PipelineJob>> EmbeddedPipelineEngine::retryJob(qint64 jobId)
{
    const QString user = m_options.user;
    return onScheduler<Backend::PipelineJob>(m_scheduler, [jobId, user](Scheduler *s) { return s->retryJob(jobId, user); });
}

QFuture<Result<>> EmbeddedPipelineEngine::retryRun(const QString &runId)
{
    return onScheduler<void>(m_scheduler, [runId](Scheduler *s) { return s->retryRun(runId); });
}

QFuture<Result<>> EmbeddedPipelineEngine::approve(qint64 jobId)
{
    return onScheduler<void>(m_scheduler, [jobId](Scheduler *s) { return s->approve(jobId); });
}

QFuture<Result<Backend::LogChunk>> EmbeddedPipelineEngine::readLog(qint64 jobId, qint64 fromLine, int maxLines)
{
    return onScheduler<Backend::LogChunk>(m_scheduler, [=](Scheduler *s) { return s->readLog(jobId, fromLine, maxLines); });
}

QFuture<Result<QList<qint64>>> EmbeddedPipelineEngine::searchLog(qint64 jobId, const QString &text, int limit)
{
    return onScheduler<QList<qint64>>(m_scheduler, [=](Scheduler *s) { return s->searchLog(jobId, text, limit); });
}

QFuture<Result<QList<Backend::Deployment>>> EmbeddedPipelineEngine::deployments(const QString &environment, int limit)
{
    return onScheduler<QList<Backend::Deployment>>(m_scheduler,
                                                   [=](Scheduler *s) { return s->deployments(environment, limit); });
}

QFuture<Result<QList<Backend::EnvironmentState>>> EmbeddedPipelineEngine::environments()
{
    return onScheduler<QList<Backend::EnvironmentState>>(m_scheduler, [](Scheduler *s) { return s->environments(); });
}

QFuture<Result<Backend::Deployment>> EmbeddedPipelineEngine::rollback(const QString &environment)
{
    auto promise = std::make_shared<QPromise<Result<Backend::Deployment>>>();
    QFuture<Result<Backend::Deployment>> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(m_scheduler, [s = m_scheduler, promise, environment] {
        s->rollback(environment).then(s, [promise](const Result<Backend::Deployment> &result) {
            promise->addResult(result);
            promise->finish();
        });
    }, Qt::QueuedConnection);
    return future;
}

QFuture<Result<>> EmbeddedPipelineEngine::setFrozen(const QString &environment, bool frozen, const QString &reason)
{
    return onScheduler<void>(m_scheduler, [=](Scheduler *s) { return s->setFrozen(environment, frozen, reason); });
}

QFuture<Result<QList<Backend::RepositoryInfo>>> EmbeddedPipelineEngine::repositories()
{
    return onScheduler<QList<Backend::RepositoryInfo>>(m_scheduler, [](Scheduler *s) { return s->repositories(); });
}

QFuture<Result<Backend::RepositoryInfo>> EmbeddedPipelineEngine::addRepository(const QString &name, const QString &source)
{
    return onScheduler<Backend::RepositoryInfo>(m_scheduler, [=](Scheduler *s) { return s->addRepository(name, source); });
}

QFuture<Result<QList<Backend::RefInfo>>> EmbeddedPipelineEngine::refs(const QString &repository)
{
    return onScheduler<QList<Backend::RefInfo>>(m_scheduler, [=](Scheduler *s) { return s->refs(repository); });
}

QFuture<Result<QList<Backend::CommitInfo>>> EmbeddedPipelineEngine::commits(const QString &repository, const QString &ref,
                                                                            int limit)
{
    return onScheduler<QList<Backend::CommitInfo>>(m_scheduler,
                                                   [=](Scheduler *s) { return s->commits(repository, ref, limit); });
}

QFuture<Result<Backend::PipelineMetrics>> EmbeddedPipelineEngine::metrics(const QDateTime &since)
{
    return onScheduler<Backend::PipelineMetrics>(m_scheduler, [=](Scheduler *s) { return s->metrics(since); });
}

QFuture<Result<QList<Backend::PipelineEvent>>> EmbeddedPipelineEngine::events(const QString &runId, int limit)
{
    return onScheduler<QList<Backend::PipelineEvent>>(m_scheduler, [=](Scheduler *s) { return s->events(runId, limit); });
}

QFuture<WebhookAnswer> EmbeddedPipelineEngine::deliverWebhook(const QMap<QString, QString> &headers,
                                                              const QByteArray &body)
{
    auto promise = std::make_shared<QPromise<WebhookAnswer>>();
    QFuture<WebhookAnswer> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(m_scheduler, [s = m_scheduler, promise, headers, body] {
        promise->addResult(s->deliverWebhook(headers, body));
        promise->finish();
    }, Qt::QueuedConnection);
    return future;
}

QFuture<Result<int>> EmbeddedPipelineEngine::pollNow()
{
    return onScheduler<int>(m_scheduler, [](Scheduler *s) { return s->pollNow(); });
}

} // namespace OpsDeck::Pipelines
