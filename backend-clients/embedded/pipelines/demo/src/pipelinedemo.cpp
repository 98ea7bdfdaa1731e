// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include <opsdeck/pipelines/pipelinedemo.h>

#include "demorepository.h"
#include "demotr.h"

#include <opsdeck/pipelines/embeddedpipelineengine.h>

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPromise>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace OpsDeck::Pipelines {

namespace {

Q_LOGGING_CATEGORY(lcDemo, "opsdeck.pipelines.demo", QtWarningMsg)

using Backend::JobStatus;
using Backend::RunStatus;
using Internal::DemoRunPlan;

/**
 * Drives one fill from the engine's owner thread. It is a child of the
 * engine, and every continuation names it as its context, so when the
 * console closes in the middle of the history nothing runs against a dead
 * engine: the continuations are dropped and the destructor reports
 * Cancelled to whoever waits on the future.
 */
class DemoFiller final : public QObject
{
public:
    DemoFiller(EmbeddedPipelineEngine &engine, const QString &workspaceDir, const PipelineDemoOptions &options)
        : QObject(&engine)
        , m_engine(engine)
        , m_options(options)
        , m_runs(Internal::demoRuns())
    {
        m_report.repository = QString::fromLatin1(kDemoRepositoryName);
        m_report.path = QDir(workspaceDir).absoluteFilePath(u"demo/"_s + m_report.repository);
    }

    ~DemoFiller() override
    {
        if (!m_finished) {
            m_promise.addResult(fail(ErrorCode::Cancelled,
                                     Tr::tr("The pipeline engine closed before the demo history was complete."),
                                     m_runId.isEmpty() ? m_report.path : u"run "_s + m_runId));
            m_promise.finish();
        }
    }

    QFuture<Result<PipelineDemoReport>> start()
    {
        QFuture<Result<PipelineDemoReport>> future = m_promise.future();
        m_promise.start();
        // Everything below happens from the owner's event loop, never inside this call.
        QTimer::singleShot(0, this, [this] { checkRepositories(); });
        return future;
    }

private:
    template<typename T, typename F>
    void whenDone(QFuture<T> future, F &&next)
    {
        (void)future.then(this, std::forward<F>(next));
    }

    void checkRepositories()
    {
        if (QFileInfo::exists(m_report.path))
            return skip(Tr::tr("the demo repository exists: %1").arg(m_report.path));
        whenDone(m_engine.repositories(), [this](const Result<QList<Backend::RepositoryInfo>> &repos) {
            if (!repos)
                return finish(repos.error());
            const bool known = std::any_of(repos->begin(), repos->end(),
                                           [this](const auto &r) { return r.name == m_report.repository; });
            if (known)
                return skip(Tr::tr("the engine already has a repository named %1").arg(m_report.repository));
            if (m_options.onlyIntoEmptyEngine && !repos->isEmpty()) {
                QStringList names;
                for (const Backend::RepositoryInfo &r : *repos)
                    names.append(r.name);
                return skip(Tr::tr("the engine already has repositories: %1").arg(names.join(u", "_s)));
            }
            writeRepository();
        });
    }

    void writeRepository()
    {
        // libgit2 and a few dozen small files: a worker thread, not the GUI's.
        whenDone(QtConcurrent::run(&Internal::writeDemoRepository, m_report.path, Internal::demoHistory(),
                                   QDateTime::currentDateTime()),
                 [this](const Result<Internal::WrittenRepository> &written) {
                     if (!written)
                         return finish(written.error());
                     if (!written->created)
                         return skip(Tr::tr("the demo repository exists: %1").arg(m_report.path));
                     m_report.created = true;
                     m_report.commits = written->commits;
                     registerRepository();
                 });
    }

    void registerRepository()
    {
        whenDone(m_engine.addRepository(m_report.repository, m_report.path),
                 [this](const Result<Backend::RepositoryInfo> &added) {
                     if (!added)
                         return finish(added.error());
                     nextRun();
                 });
    }

    /** The runs go one after the other, so staging sees 1.1.0 live before 1.2.0 fails its smoke test. */
    void nextRun()
    {
        if (m_step >= m_runs.size())
            return finish(m_report);
        const DemoRunPlan &plan = m_runs.at(m_step);
        Backend::TriggerRequest request;
        request.repository = m_report.repository;
        request.ref = plan.ref;
        request.environment = u"production"_s;
        request.createdBy = plan.createdBy;
        whenDone(m_engine.trigger(request), [this](const Result<Backend::PipelineRun> &run) {
            if (!run)
                return finish(run.error());
            m_runId = run->id;
            m_approved = false;
            m_report.runIds.append(run->id);
            m_clock.start();
            poll();
        });
    }

    void poll()
    {
        whenDone(m_engine.runDetails(m_runId), [this](const Result<Backend::RunDetails> &details) {
            if (!details)
                return finish(details.error());
            const RunStatus status = details->run.status;
            if (status != RunStatus::Queued && status != RunStatus::Running) {
                ++m_step;
                return nextRun();
            }
            if (m_runs.at(m_step).approveProduction && !m_approved) {
                const auto waiting = std::find_if(details->jobs.begin(), details->jobs.end(), [](const auto &job) {
                    return job.name == u"deploy-production"_s && job.status == JobStatus::Manual;
                });
                if (waiting != details->jobs.end()) {
                    m_approved = true;
                    whenDone(m_engine.approve(waiting->id), [this](const Result<> &approved) {
                        // Someone may have approved (or cancelled) it in the console
                        // first: the demo goes on with whatever the run does.
                        if (!approved)
                            qCInfo(lcDemo) << "demo run" << m_runId << "not approved:" << approved.error().toString();
                        schedulePoll();
                    });
                    return;
                }
            }
            if (m_clock.elapsed() > m_options.runTimeout.count()) {
                QStringList jobs;
                for (const Backend::PipelineJob &job : details->jobs)
                    jobs.append(job.name + u": "_s + Backend::jobStatusName(job.status));
                return finish(fail(ErrorCode::Timeout,
                                   Tr::tr("The demo run %1 of %2 did not end within %3 s.")
                                       .arg(m_runId, m_runs.at(m_step).ref)
                                       .arg(m_options.runTimeout.count() / 1000),
                                   jobs.join(u", "_s)));
            }
            schedulePoll();
        });
    }

    void schedulePoll() { QTimer::singleShot(m_options.pollInterval, this, [this] { poll(); }); }

    void skip(const QString &why)
    {
        m_report.created = false;
        m_report.skippedBecause = why;
        finish(m_report);
    }

    void finish(const Result<PipelineDemoReport> &result)
    {
        if (m_finished)
            return;
        if (!result)
            qCWarning(lcDemo).noquote() << "the pipelines demo stopped:" << result.error().toString();
        m_finished = true;
        m_promise.addResult(result);
        m_promise.finish();
        deleteLater();
    }

    EmbeddedPipelineEngine &m_engine; // our parent: outlives us
    PipelineDemoOptions m_options;
    QList<DemoRunPlan> m_runs;
    PipelineDemoReport m_report;
    QPromise<Result<PipelineDemoReport>> m_promise;
    bool m_finished = false;
    qsizetype m_step = 0;
    QString m_runId;
    bool m_approved = false;
    QElapsedTimer m_clock;
};

} // namespace

QFuture<Result<PipelineDemoReport>> fillPipelineDemo(EmbeddedPipelineEngine &engine, const QString &workspaceDir,
                                                     const PipelineDemoOptions &options)
{
    // The helper is the engine's child and answers on its thread: from any
    // other thread it could neither be parented nor receive a continuation.
    if (QThread::currentThread() != engine.thread())
        return QtFuture::makeReadyFuture(Result<PipelineDemoReport>(
            fail(ErrorCode::InvalidArgument, Tr::tr("The pipelines demo must be started from the engine's thread."),
                 u"fillPipelineDemo()"_s)));
    auto *filler = new DemoFiller(engine, workspaceDir, options);
    return filler->start();
}

} // namespace OpsDeck::Pipelines
