// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "scheduler.h"

#include "convert.h"
#include "enginetr.h"

#include <opsdeck/pipelines/artifactstore.h>
#include <opsdeck/pipelines/localservicetarget.h>
#include <opsdeck/pipelines/pipelinereader.h>
#include <opsdeck/pipelines/repository.h>
#include <opsdeck/pipelines/repositorystore.h>
#include <opsdeck/pipelines/slacknotifier.h>
#include <opsdeck/pipelines/webhook.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QTimeZone>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>
#include <QtConcurrent>

#include <algorithm>
#include <filesystem>
#include <limits>
#include <set>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace OpsDeck::Pipelines {

namespace {

constexpr int kMaxLogChunk = 100'000;

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

std::string s(const QString &text)
{
    return text.toStdString();
}

Error dbError(const DbStatus &status)
{
    return fail(errorCodeFor(status.code), Tr::tr("The pipeline database refused the change."), status.message);
}

Dag::When dagWhen(const QString &when)
{
    if (when == "manual"_L1) return Dag::When::Manual;
    if (when == "always"_L1) return Dag::When::Always;
    if (when == "on_failure"_L1) return Dag::When::OnFailure;
    if (when == "delayed"_L1) return Dag::When::Delayed;
    if (when == "never"_L1) return Dag::When::Never;
    return Dag::When::OnSuccess;
}

Dag::State dagState(JobStatus status)
{
    switch (status) {
    case JobStatus::Created: return Dag::State::Created;
    case JobStatus::Pending: return Dag::State::Pending;
    case JobStatus::Manual: return Dag::State::Manual;
    case JobStatus::Running: return Dag::State::Running;
    case JobStatus::Success: return Dag::State::Success;
    case JobStatus::Failed: return Dag::State::Failed;
    case JobStatus::Cancelled: return Dag::State::Cancelled;
    case JobStatus::Skipped: return Dag::State::Skipped;
    case JobStatus::Interrupted: return Dag::State::Interrupted;
    }
    return Dag::State::Created;
}

/// The pipeline file of a commit: native first, then GitLab, then the first GitHub workflow.
std::string findPipelineFile(const IRepositoryFiles &files)
{
    for (const char *path : {".opsdeck/pipeline.yml", ".opsdeck/pipeline.yaml", ".gitlab-ci.yml"}) {
        if (files.read(path))
            return path;
    }
    std::vector<std::string> workflows = files.list(".github/workflows/*.yml");
    const std::vector<std::string> yaml = files.list(".github/workflows/*.yaml");
    workflows.insert(workflows.end(), yaml.begin(), yaml.end());
    std::sort(workflows.begin(), workflows.end());
    return workflows.empty() ? std::string() : workflows.front();
}

bool isHexId(const QString &ref)
{
    if (ref.size() != 40)
        return false;
    return std::all_of(ref.begin(), ref.end(), [](QChar c) { return c.isDigit() || (c >= 'a'_L1 && c <= 'f'_L1); });
}

QString formatMs(qint64 ms)
{
    if (ms < 1000)
        return u"%1 ms"_s.arg(ms);
    return u"%1 s"_s.arg(double(ms) / 1000.0, 0, 'f', 1);
}

QString describeEnd(const ProcessResult &result)
{
    if (result.cancelled)
        return Tr::tr("cancelled");
    if (result.timedOut)
        return Tr::tr("timed out after %1").arg(formatMs(std::chrono::duration_cast<std::chrono::milliseconds>(result.wallTime).count()));
    if (result.signal != 0)
        return Tr::tr("killed by signal %1").arg(result.signal);
    return Tr::tr("exit code %1").arg(result.exitCode);
}

} // namespace

// --- LogHub ----------------------------------------------------------------

bool LogHub::add(qint64 jobId, Backend::LogLine line)
{
    QMutexLocker lock(&m_mutex);
    if (!m_followers.contains(jobId))
        return false;
    m_pending[jobId].append(std::move(line));
    if (m_woken)
        return false;
    m_woken = true;
    return true;
}

void LogHub::follow(qint64 jobId, bool on)
{
    QMutexLocker lock(&m_mutex);
    int &count = m_followers[jobId];
    count += on ? 1 : -1;
    if (count <= 0) {
        m_followers.remove(jobId);
        m_pending.erase(jobId);
    }
}

std::map<qint64, QList<Backend::LogLine>> LogHub::take()
{
    QMutexLocker lock(&m_mutex);
    m_woken = false;
    return std::exchange(m_pending, {});
}

// --- the caches ------------------------------------------------------------

/** A run and the plan it was created from (read again from git after a restart). */
struct Scheduler::RunCache
{
    RunRecord run;
    Plan plan;
    RunFacts facts;
    std::map<std::string, const JobPlan *> jobsByName;
};

/** One job on a worker slot. */
struct Scheduler::Execution
{
    JobRecord job;
    const JobPlan *plan = nullptr;
    RunCache *run = nullptr;
    QString slot;
    std::vector<StepScript> steps;
    QList<StepRecord> stepRecords;
    std::size_t stepIndex = 0;
    EnvList environment;
    QString jobDir;
    qint64 deadline = 0;      ///< ms; the job's timeout
    bool failed = false;
    bool cancelled = false;
    std::optional<int> exitCode;
    QString failureReason;
    std::shared_ptr<ProcessHandle> handle;
    QString deploymentId;
    /** The job log, written from the runner's thread during a step and from ours between steps. */
    struct Sink
    {
        QMutex mutex;
        std::unique_ptr<JobLogWriter> writer;
        qint64 lines = 0;
        qint64 jobId = 0;
        LogHub *hub = nullptr;
        std::function<void()> wake;
        void write(const LogLine &line)
        {
            qint64 index = 0;
            {
                QMutexLocker lock(&mutex);
                if (writer)
                    (void)writer->append(line);
                index = lines++;
            }
            if (hub->add(jobId, toApi(line, index)) && wake)
                wake();
        }
    };
    std::shared_ptr<Sink> sink;
};

// --- set-up ----------------------------------------------------------------

Scheduler::Scheduler(const EngineOptions &options, LogHub *hub)
    : m_options(options)
    , m_hub(hub)
{
    m_pollTimer.setParent(this);
    m_wakeTimer.setParent(this);
    m_wakeTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &Scheduler::poll);
    connect(&m_wakeTimer, &QTimer::timeout, this, &Scheduler::dispatch);
    m_queueTimer.setParent(this);
    connect(&m_queueTimer, &QTimer::timeout, this, &Scheduler::dispatch);
}

Scheduler::~Scheduler()
{
    // Checkouts, artifact copies and clean-ups use the repositories and
    // stores below: they end first. Then the runner kills what still runs
    // and waits; those jobs are found interrupted at the next start, so they
    // can be retried.
    m_pool.waitForDone();
    m_runner.reset();
    m_targets.clear();
    if (m_lockFd >= 0)
        ::close(m_lockFd);
}

void Scheduler::setWaker(std::function<void()> wake)
{
    m_wake = std::move(wake);
}

Result<> Scheduler::initialize()
{
    QDir dir(m_options.directory);
    if (!dir.mkpath(u"."_s))
        return fail(ErrorCode::Io, Tr::tr("Cannot create the pipelines folder."), m_options.directory);
    QString error;
    m_db = PipelineDatabase::open(dir.filePath(u"pipelines.db"_s), &error);
    if (!m_db)
        return fail(ErrorCode::Corrupt, Tr::tr("Cannot open the pipeline database."), error);
    RepoStatus repoStatus;
    m_repos = RepositoryStore::open(s(dir.filePath(u"repos"_s)), &repoStatus);
    if (!m_repos)
        return fail(ErrorCode::Corrupt, Tr::tr("Cannot open the repository registry."), q(repoStatus.message));
    ArtifactStatus artifactStatus;
    m_artifacts = ArtifactStore::open(s(dir.filePath(u"artifacts"_s)), {}, &artifactStatus);
    if (!m_artifacts)
        return fail(ErrorCode::Corrupt, Tr::tr("Cannot open the artifact store."), q(artifactStatus.message));
    m_runner = std::make_unique<ProcessRunner>();

    // One process runs jobs: the one holding engine.lock (the console, or
    // opsctl when no console runs). Others only read and queue; the holder
    // picks their jobs up from the shared queue. The lock dies with its
    // process, so a kill -9 hands it on.
    m_lockFd = ::open(QFile::encodeName(dir.filePath(u"engine.lock"_s)).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    m_primary = m_lockFd >= 0 && ::flock(m_lockFd, LOCK_EX | LOCK_NB) == 0;

    // A required sandbox that does not work is an error the caller must
    // see; otherwise the probe (it runs bwrap) waits for startBackground().
    if (m_options.sandbox == EngineOptions::Sandbox::On) {
        std::string why;
        if (!sandboxAvailable(&why))
            return fail(ErrorCode::Unavailable, Tr::tr("Jobs must run in a sandbox, but bubblewrap does not work here."),
                        q(why));
    }

    if (!m_primary)
        return {}; // another process runs the jobs, the watch and the services

    // Jobs that were running when the engine stopped: interrupted, retryable.
    RecoveryReport report;
    if (const DbStatus st = m_db->recoverAfterRestart(now(), &report); !st.ok())
        return dbError(st);
    for (const qint64 jobId : report.interruptedJobs) {
        EventRecord event;
        event.jobId = jobId;
        event.kind = u"job.interrupted"_s;
        event.actor = u"engine"_s;
        event.message = Tr::tr("The engine stopped while the job was running; retry it to run it again.");
        JobRecord job;
        if (m_db->job(jobId, &job).ok())
            event.runId = job.runId;
        (void)m_db->appendEvent(&event);
    }

    // The rest needs no answer for the caller: it runs on this thread once
    // open() has returned, before any call queued after it.
    QMetaObject::invokeMethod(this, &Scheduler::startBackground, Qt::QueuedConnection);
    return {};
}

void Scheduler::startBackground()
{
    const QDir dir(m_options.directory);
    std::string why;
    m_sandbox = m_options.sandbox != EngineOptions::Sandbox::Off && sandboxAvailable(&why);
    m_sandboxNote = m_options.sandbox == EngineOptions::Sandbox::Off
        ? Tr::tr("sandbox off (turned off in the settings)")
        : m_sandbox ? Tr::tr("sandbox on: bubblewrap, no network, read-only system")
                    : q(why);

    if (m_options.notifyWebhook.isValid() && !m_options.notifyWebhook.isEmpty())
        m_notifier = std::make_unique<SlackNotifier>(m_options.notifyWebhook);

    // The local service target brings back what was live before the restart.
    if (m_options.restoreServices) {
        QString targetError;
        if (auto *local = qobject_cast<LocalServiceTarget *>(
                targetFor(QString::fromLatin1(LocalServiceTarget::kKind), &targetError)))
            (void)local->restore();
    }

    // Workspaces of jobs that were running when the engine stopped: nothing
    // runs now, so none of them is in use.
    std::error_code ec;
    std::filesystem::remove_all(s(dir.filePath(u"jobs"_s)), ec);

    const int slots = m_options.workers > 0 ? m_options.workers : std::max(1, QThread::idealThreadCount());
    const QString host = QSysInfo::machineHostName();
    for (int i = 1; i <= slots; ++i) {
        WorkerRecord worker;
        worker.id = u"%1/worker-%2"_s.arg(host).arg(i);
        worker.hostname = host;
        worker.status = WorkerStatus::Idle;
        worker.lastHeartbeat = now();
        worker.capabilitiesJson = u"{\"resource_classes\":[\"small\",\"medium\",\"large\"],\"sandbox\":%1}"_s
                                      .arg(m_sandbox ? u"true"_s : u"false"_s);
        if (const DbStatus st = m_db->upsertWorker(worker); !st.ok())
            qWarning("opsdeck pipelines: worker %s: %s", qPrintable(worker.id), qPrintable(st.message));
        m_freeSlots.append(worker.id);
    }

    // Watch: remember where every branch is now; later polls trigger on what moved.
    std::vector<RepositoryEntry> entries;
    if (m_repos->list(&entries).ok()) {
        for (const RepositoryEntry &entry : entries) {
            QString err;
            if (Repository *repo = repository(q(entry.name), &err))
                m_watched[entry.name] = repo->snapshot();
        }
    }
    if (m_options.pollInterval.count() > 0)
        m_pollTimer.start(m_options.pollInterval);
    if (m_options.startWorkers)
        startWorkers();
}

void Scheduler::startWorkers()
{
    if (!m_primary)
        return;
    m_workersStarted = true;
    // Jobs queued by other processes (opsctl) arrive through the shared queue.
    m_queueTimer.start(500);
    scheduleDispatch();
}

qint64 Scheduler::now() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString Scheduler::jobLogPath(const QString &runId, qint64 jobId) const
{
    return QDir(m_options.directory).filePath(u"logs/%1/%2.log"_s.arg(runId).arg(jobId));
}

Backend::IDeployTarget *Scheduler::targetFor(const QString &kind, QString *error)
{
    if (auto it = m_targets.find(kind); it != m_targets.end())
        return it->second.get();
    auto &registry = Backend::DeployTargetRegistry::global();
    if (kind == QLatin1String(LocalServiceTarget::kKind) && !registry.contains(kind))
        (void)registerLocalServiceTarget(registry);
    QVariantMap settings;
    settings.insert(u"stateDir"_s, QDir(m_options.directory).filePath(u"deploy/"_s + kind));
    auto target = registry.create(kind, settings);
    if (!target) {
        *error = target.error().toString();
        return nullptr;
    }
    Backend::IDeployTarget *raw = target->get();
    m_targets.emplace(kind, std::move(*target));
    return raw;
}

Repository *Scheduler::repository(const QString &name, QString *error)
{
    const std::string key = s(name);
    if (auto it = m_openRepos.find(key); it != m_openRepos.end())
        return it->second.get();
    RepoStatus status;
    auto repo = m_repos->repository(key, &status);
    if (!repo) {
        *error = q(status.message);
        return nullptr;
    }
    Repository *raw = repo.get();
    m_openRepos.emplace(key, std::move(repo));
    return raw;
}

// --- runs --------------------------------------------------------------------

Scheduler::RunCache *Scheduler::cachedRun(const QString &runId, QString *error)
{
    if (auto it = m_runs.find(runId); it != m_runs.end())
        return it->second.get();
    auto cache = std::make_unique<RunCache>();
    if (const DbStatus st = m_db->run(runId, &cache->run); !st.ok()) {
        *error = st.message;
        return nullptr;
    }
    // The plan is read again from the commit: the same file at the same
    // commit with the same context gives the same plan.
    const QJsonObject saved = QJsonDocument::fromJson(cache->run.planJson.toUtf8()).object();
    PipelineContext context;
    context.branch = s(saved.value("branch"_L1).toString());
    context.tag = s(saved.value("tag"_L1).toString());
    context.source = s(saved.value("source"_L1).toString(u"push"_s));
    context.defaultBranch = s(saved.value("default_branch"_L1).toString(u"main"_s));
    Repository *repo = repository(cache->run.repository, error);
    if (repo && !cache->run.pipelineFile.isEmpty()) {
        RepoStatus status;
        auto files = repo->files(s(cache->run.commitSha), &status);
        if (files)
            cache->plan = readPipeline(*files, s(cache->run.pipelineFile), context);
    }
    for (const JobPlan &job : cache->plan.jobs)
        cache->jobsByName.emplace(job.name, &job);
    cache->facts.runId = s(runId);
    cache->facts.repository = s(cache->run.repository);
    cache->facts.branch = context.branch;
    cache->facts.tag = context.tag;
    cache->facts.commit = s(cache->run.commitSha);
    cache->facts.commitTitle = s(saved.value("title"_L1).toString());
    cache->facts.environment = s(toString(cache->run.environment));
    cache->facts.createdBy = s(cache->run.createdBy);
    RunCache *raw = cache.get();
    m_runs.emplace(runId, std::move(cache));
    return raw;
}

Result<QList<Backend::PipelineRun>> Scheduler::listRuns(const Backend::RunFilter &filter)
{
    if (filter.limit < 1)
        return fail(ErrorCode::InvalidArgument, Tr::tr("The limit must be at least 1."), u"limit"_s);
    RunFilter f;
    f.repository = filter.repository;
    f.limit = filter.limit;
    if (filter.status)
        f.status = toStoreStatus(*filter.status);
    if (!filter.environment.isEmpty()) {
        DeployEnvironment env;
        if (!fromString(filter.environment, &env))
            return fail(ErrorCode::InvalidArgument, Tr::tr("Unknown environment \"%1\".").arg(filter.environment),
                        u"environment"_s);
        f.environment = env;
    }
    QList<RunRecord> records;
    if (const DbStatus st = m_db->listRuns(f, &records); !st.ok())
        return dbError(st);
    QList<Backend::PipelineRun> out;
    out.reserve(records.size());
    for (const RunRecord &record : records)
        out.append(toApi(record));
    return out;
}

Result<Backend::PipelineRun> Scheduler::trigger(const Backend::TriggerRequest &request, const QString &how,
                                                const QString &pinnedCommit)
{
    if (request.repository.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("Name the repository to build."), u"repository"_s);
    if (request.ref.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("Name the branch, tag or commit to build."), u"ref"_s);
    DeployEnvironment environment = DeployEnvironment::Development;
    if (!request.environment.isEmpty() && !fromString(request.environment, &environment))
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("Unknown environment \"%1\": use development, staging or production.").arg(request.environment),
                    u"environment"_s);
    QString error;
    Repository *repo = repository(request.repository, &error);
    if (!repo)
        return fail(ErrorCode::NotFound, Tr::tr("No repository \"%1\" is registered.").arg(request.repository), error);

    // Which ref: a branch, a tag or a commit id.
    QString ref = request.ref.trimmed();
    QString branch;
    QString tag;
    if (ref.startsWith("refs/heads/"_L1)) {
        branch = ref.mid(11);
    } else if (ref.startsWith("refs/tags/"_L1)) {
        tag = ref.mid(10);
    } else if (!isHexId(ref)) {
        // A branch wins over a tag of the same name, as in git.
        std::string unused;
        if (repo->resolve("refs/heads/" + s(ref), &unused).ok())
            branch = ref;
        else if (repo->resolve("refs/tags/" + s(ref), &unused).ok())
            tag = ref;
    }
    std::string commitId;
    if (const RepoStatus st = repo->resolve(s(pinnedCommit.isEmpty() ? ref : pinnedCommit), &commitId); !st.ok())
        return fail(ErrorCode::NotFound,
                    Tr::tr("\"%1\" is no branch, tag or commit of %2.").arg(pinnedCommit.isEmpty() ? ref : pinnedCommit,
                                                                            request.repository),
                    q(st.message));
    Pipelines::CommitInfo commit;
    (void)repo->commit(commitId, &commit);

    PipelineContext context;
    context.branch = s(branch);
    context.tag = s(tag);
    context.source = how == "manual"_L1 ? "web" : "push";
    context.defaultBranch = repo->headBranch();
    if (context.defaultBranch.empty())
        context.defaultBranch = "main";

    RunRecord run;
    run.repository = request.repository;
    run.branch = !branch.isEmpty() ? branch : !tag.isEmpty() ? tag : ref;
    run.commitSha = q(commitId);
    run.environment = environment;
    run.createdBy = request.createdBy.isEmpty() ? m_options.user : request.createdBy;
    Trigger trigger = Trigger::Manual;
    (void)fromString(how, &trigger);
    run.trigger = trigger;
    run.runTests = request.runTests;
    run.rollbackOnFailure = request.rollbackOnFailure;

    RepoStatus filesStatus;
    auto files = repo->files(commitId, &filesStatus);
    Plan plan;
    if (!files) {
        run.error = Tr::tr("Cannot read the commit's files: %1").arg(q(filesStatus.message));
    } else {
        const std::string path = findPipelineFile(*files);
        if (path.empty()) {
            run.error = Tr::tr("Commit %1 has no pipeline file (.opsdeck/pipeline.yml, .gitlab-ci.yml or "
                               ".github/workflows/*.yml).")
                            .arg(q(commitId).left(8));
        } else {
            run.pipelineFile = q(path);
            plan = readPipeline(*files, path, context);
            if (!plan.ok()) {
                QStringList lines;
                for (const Diagnostic &d : plan.errors)
                    lines.append(q(d.toString()));
                run.error = lines.join(u'\n');
            } else if (!plan.pipelineRuns) {
                run.error = Tr::tr("The pipeline does not run for this commit: %1").arg(q(plan.notRunReason));
            }
        }
    }
    QJsonObject saved{{u"branch"_s, branch}, {u"tag"_s, tag}, {u"source"_s, q(context.source)},
                      {u"default_branch"_s, q(context.defaultBranch)}, {u"title"_s, q(commit.summary)},
                      {u"format"_s, q(toString(plan.format))}};
    run.planJson = QString::fromUtf8(QJsonDocument(saved).toJson(QJsonDocument::Compact));

    QList<JobRecord> jobs;
    QList<QList<StepRecord>> steps;
    if (run.error.isEmpty()) {
        for (const JobPlan &jp : plan.jobs) {
            JobRecord job;
            job.name = q(jp.name);
            job.stage = q(jp.stage);
            const auto stage = std::find(plan.stages.begin(), plan.stages.end(), jp.stage);
            job.stageIndex = stage == plan.stages.end() ? 0 : int(stage - plan.stages.begin());
            job.when = q(toString(jp.when));
            job.allowFailure = jp.allowFailure;
            if (jp.needs) {
                for (const Need &need : *jp.needs)
                    job.needs.append(q(need.job));
            }
            job.resourceClass = jp.resourceClass.empty() ? u"small"_s : q(jp.resourceClass);
            job.concurrencyGroup = q(jp.resourceGroup);
            job.specJson = QString::fromUtf8(QJsonDocument(QJsonObject{{u"name"_s, q(jp.name)}}).toJson(QJsonDocument::Compact));
            if (jp.when == When::Never) {
                job.status = JobStatus::Skipped;
                job.failureReason = q(jp.whenReason);
            } else if (!request.runTests && (jp.stage == "test" || jp.stage.find("test") != std::string::npos)) {
                job.status = JobStatus::Skipped;
                job.failureReason = Tr::tr("tests are turned off for this run");
            }
            QList<StepRecord> jobSteps;
            for (const StepScript &step : stepsFor(plan, jp)) {
                StepRecord record;
                record.name = q(step.name);
                if (!step.skippedReason.empty()) {
                    record.status = StepStatus::Skipped;
                    record.skippedReason = q(step.skippedReason);
                }
                jobSteps.append(record);
            }
            jobs.append(job);
            steps.append(jobSteps);
        }
        if (jobs.isEmpty())
            run.error = Tr::tr("The pipeline has no jobs for this commit.");
    }
    if (const DbStatus st = m_db->createRun(&run, &jobs, steps); !st.ok())
        return dbError(st);
    if (!run.error.isEmpty()) {
        (void)m_db->setRunStatus(run.id, RunStatus::Failed, now());
        (void)m_db->run(run.id, &run);
    }
    if (run.error.isEmpty())
        advance(run.id);
    Backend::PipelineRun out = toApi(run);
    out.message = q(commit.summary);
    return out;
}

void Scheduler::advance(const QString &runId)
{
    QString error;
    RunCache *cache = cachedRun(runId, &error);
    if (!cache)
        return;
    QList<JobRecord> jobs;
    if (!m_db->jobs(runId, &jobs).ok())
        return;
    std::vector<Dag::Job> dag;
    std::map<QString, std::vector<qint64>> idsByName;
    for (const JobRecord &job : jobs) {
        if (job.supersededBy != 0)
            continue;
        idsByName[job.name].push_back(job.id);
        if (auto it = cache->jobsByName.find(s(job.name)); it != cache->jobsByName.end()
            && it->second->baseName != it->second->name)
            idsByName[q(it->second->baseName)].push_back(job.id);
    }
    for (const JobRecord &job : jobs) {
        if (job.supersededBy != 0)
            continue;
        Dag::Job d;
        d.id = job.id;
        d.stageIndex = job.stageIndex;
        d.when = dagWhen(job.when);
        d.allowFailure = job.allowFailure;
        d.state = dagState(job.status);
        const auto planned = cache->jobsByName.find(s(job.name));
        if (planned != cache->jobsByName.end() && planned->second->needs) {
            std::vector<std::int64_t> needs;
            for (const Need &need : *planned->second->needs) {
                const auto ids = idsByName.find(q(need.job));
                if (ids != idsByName.end())
                    needs.insert(needs.end(), ids->second.begin(), ids->second.end());
            }
            d.needs = std::move(needs);
        }
        dag.push_back(std::move(d));
    }
    const Dag::Decision decision = Dag::advance(dag);
    QList<qint64> changed;
    for (const qint64 id : decision.start) {
        // when: delayed waits its start_in once it is ready (GitLab).
        JobUpdate update;
        const auto record = std::find_if(jobs.cbegin(), jobs.cend(), [id](const JobRecord &j) { return j.id == id; });
        if (record != jobs.cend()) {
            const auto planned = cache->jobsByName.find(s(record->name));
            if (planned != cache->jobsByName.end() && planned->second->when == When::Delayed
                && planned->second->startInSeconds > 0) {
                const qint64 delay = qint64(planned->second->startInSeconds) * 1000;
                update.notBefore = now() + delay;
                wakeIn(delay);
            }
        }
        if (m_db->setJobStatus(id, JobStatus::Pending, update).ok())
            changed.append(id);
    }
    for (const qint64 id : decision.manual) {
        if (m_db->setJobStatus(id, JobStatus::Manual).ok())
            changed.append(id);
    }
    for (const auto &skip : decision.skip) {
        JobUpdate update;
        update.failureReason = q(skip.reason);
        if (m_db->setJobStatus(skip.id, JobStatus::Skipped, update).ok())
            changed.append(skip.id);
    }
    RunStatus before = cache->run.status;
    RunStatus after = before;
    (void)m_db->recomputeRunStatus(runId, now(), &after);
    (void)m_db->run(runId, &cache->run);
    for (const qint64 id : changed)
        publishJob(id);
    publishRun(runId);
    if (before != after && isTerminal(after)) {
        EventRecord event;
        event.runId = runId;
        event.kind = u"run.finished"_s;
        event.actor = u"engine"_s;
        event.message = Tr::tr("The run ended: %1").arg(toString(after));
        (void)m_db->appendEvent(&event);
        if (after == RunStatus::Success || after == RunStatus::Failed)
            notifyRun(runId, after, false);
    }
    if (!decision.start.empty())
        scheduleDispatch();
}

void Scheduler::wakeIn(qint64 delayMs)
{
    // One timer for everything that becomes due later (retry backoff,
    // start_in): it always holds the earliest, and dispatch() takes what is due.
    const int due = int(std::clamp<qint64>(delayMs, 1, std::numeric_limits<int>::max()));
    if (!m_wakeTimer.isActive() || m_wakeTimer.remainingTime() > due)
        m_wakeTimer.start(due);
}

void Scheduler::publishRun(const QString &runId)
{
    RunRecord record;
    if (m_db->run(runId, &record).ok())
        Q_EMIT runUpdated(toApi(record));
}

void Scheduler::publishJob(qint64 jobId)
{
    auto job = jobDetails(jobId);
    if (job)
        Q_EMIT jobUpdated(*job);
}

Result<Backend::PipelineJob> Scheduler::jobDetails(qint64 jobId)
{
    JobRecord record;
    if (const DbStatus st = m_db->job(jobId, &record); !st.ok())
        return dbError(st);
    QList<StepRecord> steps;
    (void)m_db->steps(jobId, &steps);
    Backend::PipelineJob job = toApi(record, steps);
    QString error;
    if (RunCache *cache = cachedRun(record.runId, &error)) {
        if (auto it = cache->jobsByName.find(s(record.name)); it != cache->jobsByName.end()) {
            const JobPlan &plan = *it->second;
            if (!plan.needs)
                job.needs.reset();
            if (plan.environment)
                job.environment = q(plan.environment->name);
            for (const Unresolved &u : cache->plan.unresolved) {
                if (u.job == plan.name || u.job == plan.baseName)
                    job.unresolved.append(q(u.what + ": " + u.reason));
            }
        }
    }
    if (record.status == JobStatus::Running || isTerminal(record.status))
        job.sandbox = m_sandboxNote;
    return job;
}

Result<Backend::RunDetails> Scheduler::runDetails(const QString &runId)
{
    QString error;
    RunCache *cache = cachedRun(runId, &error);
    if (!cache)
        return fail(ErrorCode::NotFound, Tr::tr("No run \"%1\".").arg(runId), error);
    (void)m_db->run(runId, &cache->run);
    Backend::RunDetails details;
    details.run = toApi(cache->run);
    details.pipelineFile = cache->run.pipelineFile;
    details.error = cache->run.error;
    for (const std::string &stage : cache->plan.stages)
        details.stages.append(q(stage));
    for (const Diagnostic &d : cache->plan.warnings)
        details.warnings.append(q(d.toString()));
    for (const Unresolved &u : cache->plan.unresolved) {
        if (u.job.empty())
            details.unresolved.append(q(u.what + ": " + u.reason));
    }
    QList<JobRecord> jobs;
    if (const DbStatus st = m_db->jobs(runId, &jobs); !st.ok())
        return dbError(st);
    for (const JobRecord &record : jobs) {
        auto job = jobDetails(record.id);
        if (!job)
            continue;
        if (record.supersededBy != 0)
            details.earlierAttempts.append(*job); // the latest attempt stands for the job
        else
            details.jobs.append(*job);
    }
    return details;
}

Result<> Scheduler::cancelRun(const QString &runId)
{
    RunRecord run;
    if (const DbStatus st = m_db->run(runId, &run); !st.ok())
        return fail(ErrorCode::NotFound, Tr::tr("No run \"%1\".").arg(runId), st.message);
    if (isTerminal(run.status))
        return fail(ErrorCode::Conflict, Tr::tr("Run %1 has already ended (%2).").arg(runId, toString(run.status)));
    if (const DbStatus st = m_db->cancelRun(runId, m_options.user, now()); !st.ok())
        return dbError(st);
    for (auto &[id, execution] : m_running) {
        if (execution->job.runId == runId) {
            execution->cancelled = true;
            if (execution->handle)
                execution->handle->cancel();
        }
    }
    QList<JobRecord> jobs;
    (void)m_db->jobs(runId, &jobs);
    for (const JobRecord &job : jobs)
        publishJob(job.id);
    publishRun(runId);
    return {};
}

Result<> Scheduler::cancelJob(qint64 jobId)
{
    JobRecord job;
    if (const DbStatus st = m_db->job(jobId, &job); !st.ok())
        return fail(ErrorCode::NotFound, Tr::tr("No job %1.").arg(jobId), st.message);
    if (isTerminal(job.status))
        return fail(ErrorCode::Conflict, Tr::tr("Job %1 has already ended (%2).").arg(jobId).arg(toString(job.status)));
    if (auto it = m_running.find(jobId); it != m_running.end()) {
        it->second->cancelled = true;
        if (it->second->handle)
            it->second->handle->cancel();
    } else {
        JobUpdate update;
        update.completedAt = now();
        update.failureReason = Tr::tr("cancelled by %1").arg(m_options.user);
        if (const DbStatus st = m_db->setJobStatus(jobId, JobStatus::Cancelled, update); !st.ok())
            return dbError(st);
        publishJob(jobId);
        advance(job.runId);
    }
    EventRecord event;
    event.runId = job.runId;
    event.jobId = jobId;
    event.kind = u"job.cancelled"_s;
    event.actor = m_options.user;
    event.message = Tr::tr("Cancelled job %1").arg(job.name);
    (void)m_db->appendEvent(&event);
    return {};
}

QList<qint64> Scheduler::skippedDependants(const JobRecord &retried)
{
    // The jobs that were skipped because \a retried failed: those that need
    // it (directly or through another such job) and, for jobs ordered by
    // stage alone, those in a later stage. The DAG decides again once the
    // retry has finished; a job revived here that should still not run is
    // skipped again then.
    QString error;
    RunCache *cache = cachedRun(retried.runId, &error);
    QList<JobRecord> jobs;
    if (!cache || !m_db->jobs(retried.runId, &jobs).ok())
        return {};
    const auto planOf = [cache](const JobRecord &job) -> const JobPlan * {
        const auto it = cache->jobsByName.find(s(job.name));
        return it == cache->jobsByName.end() ? nullptr : it->second;
    };
    std::set<std::string> upstream{s(retried.name)};
    if (const JobPlan *plan = planOf(retried))
        upstream.insert(plan->baseName);
    QList<qint64> revive;
    std::set<qint64> taken;
    for (bool grew = true; grew;) {
        grew = false;
        for (const JobRecord &job : jobs) {
            if (job.supersededBy != 0 || job.status != JobStatus::Skipped || taken.count(job.id))
                continue;
            const JobPlan *plan = planOf(job);
            bool downstream = false;
            if (plan && plan->needs) {
                for (const Need &need : *plan->needs)
                    downstream = downstream || upstream.count(need.job) > 0;
            } else {
                downstream = job.stageIndex > retried.stageIndex;
            }
            if (!downstream)
                continue;
            revive.append(job.id);
            taken.insert(job.id);
            upstream.insert(s(job.name));
            if (plan)
                upstream.insert(plan->baseName);
            grew = true;
        }
    }
    return revive;
}

Result<Backend::PipelineJob> Scheduler::retryJob(qint64 jobId, const QString &actor)
{
    JobRecord job;
    if (const DbStatus st = m_db->job(jobId, &job); !st.ok())
        return fail(ErrorCode::NotFound, Tr::tr("No job %1.").arg(jobId), st.message);
    qint64 newId = 0;
    const QList<qint64> revive = skippedDependants(job);
    if (const DbStatus st = m_db->addRetry(jobId, now(), &newId, actor, revive); !st.ok()) {
        if (st.code == DbErrorCode::WrongState)
            return fail(ErrorCode::Conflict,
                        Tr::tr("Job %1 cannot be retried: only a failed, cancelled or interrupted job that was not "
                               "retried yet can.").arg(jobId),
                        st.message);
        return dbError(st);
    }
    publishJob(jobId);
    publishJob(newId);
    advance(job.runId);
    scheduleDispatch();
    return jobDetails(newId);
}

Result<> Scheduler::retryRun(const QString &runId)
{
    QList<JobRecord> jobs;
    if (const DbStatus st = m_db->jobs(runId, &jobs); !st.ok())
        return dbError(st);
    if (jobs.isEmpty())
        return fail(ErrorCode::NotFound, Tr::tr("No run \"%1\" with jobs.").arg(runId));
    int retried = 0;
    for (const JobRecord &job : jobs) {
        if (job.supersededBy == 0
            && (job.status == JobStatus::Failed || job.status == JobStatus::Cancelled
                || job.status == JobStatus::Interrupted)) {
            if (retryJob(job.id, m_options.user))
                ++retried;
        }
    }
    if (retried == 0)
        return fail(ErrorCode::Conflict, Tr::tr("Run %1 has no failed, cancelled or interrupted job to retry.").arg(runId));
    return {};
}

Result<> Scheduler::approve(qint64 jobId)
{
    JobRecord job;
    if (const DbStatus st = m_db->job(jobId, &job); !st.ok())
        return fail(ErrorCode::NotFound, Tr::tr("No job %1.").arg(jobId), st.message);
    if (job.status != JobStatus::Manual)
        return fail(ErrorCode::Conflict, Tr::tr("Job %1 is not waiting for approval (%2).").arg(job.name, toString(job.status)));
    if (const DbStatus st = m_db->approveJob(jobId, m_options.user, now()); !st.ok())
        return dbError(st);
    publishJob(jobId);
    (void)m_db->recomputeRunStatus(job.runId, now());
    publishRun(job.runId);
    scheduleDispatch();
    return {};
}

// --- logs --------------------------------------------------------------------

Result<Backend::LogChunk> Scheduler::readLog(qint64 jobId, qint64 fromLine, int maxLines)
{
    JobRecord job;
    if (const DbStatus st = m_db->job(jobId, &job); !st.ok())
        return fail(ErrorCode::NotFound, Tr::tr("No job %1.").arg(jobId), st.message);
    Backend::LogChunk chunk;
    chunk.jobId = jobId;
    chunk.finished = isTerminal(job.status);
    const QString path = jobLogPath(job.runId, jobId);
    if (!QFileInfo::exists(path))
        return chunk; // the job has not written anything yet
    std::string error;
    auto reader = JobLogReader::open(s(path), &error);
    if (!reader)
        return fail(ErrorCode::Corrupt, Tr::tr("Cannot read the log of job %1.").arg(jobId), q(error));
    chunk.totalLines = qint64(reader->lineCount());
    const qint64 first = std::clamp<qint64>(fromLine, 0, chunk.totalLines);
    const qint64 count = std::clamp<qint64>(maxLines, 0, kMaxLogChunk);
    qint64 index = first;
    for (const LogLine &line : reader->lines(std::size_t(first), std::size_t(count)))
        chunk.lines.append(toApi(line, index++));
    return chunk;
}

Result<QList<qint64>> Scheduler::searchLog(qint64 jobId, const QString &text, int limit)
{
    JobRecord job;
    if (const DbStatus st = m_db->job(jobId, &job); !st.ok())
        return fail(ErrorCode::NotFound, Tr::tr("No job %1.").arg(jobId), st.message);
    QList<qint64> hits;
    const QString path = jobLogPath(job.runId, jobId);
    if (text.isEmpty() || !QFileInfo::exists(path))
        return hits;
    std::string error;
    auto reader = JobLogReader::open(s(path), &error);
    if (!reader)
        return fail(ErrorCode::Corrupt, Tr::tr("Cannot read the log of job %1.").arg(jobId), q(error));
    const QByteArray needle = text.toUtf8().toLower();
    const std::size_t total = reader->lineCount();
    constexpr std::size_t kBatch = 20'000;
    for (std::size_t first = 0; first < total && hits.size() < limit; first += kBatch) {
        std::size_t index = first;
        for (const LogLine &line : reader->lines(first, kBatch)) {
            if (QByteArray::fromRawData(line.bytes.data(), qsizetype(line.bytes.size())).toLower().contains(needle)) {
                hits.append(qint64(index));
                if (hits.size() >= limit)
                    break;
            }
            ++index;
        }
    }
    return hits;
}

// --- dispatching ---------------------------------------------------------------

void Scheduler::scheduleDispatch()
{
    if (m_dispatchQueued)
        return;
    m_dispatchQueued = true;
    QMetaObject::invokeMethod(this, [this] {
        m_dispatchQueued = false;
        dispatch();
    }, Qt::QueuedConnection);
}

void Scheduler::dispatch()
{
    if (!m_workersStarted || m_freeSlots.isEmpty())
        return;
    QSet<QString> busyGroups;
    for (const auto &[id, execution] : m_running) {
        if (!execution->job.concurrencyGroup.isEmpty())
            busyGroups.insert(execution->job.concurrencyGroup);
    }
    QList<JobRecord> queue;
    if (!m_db->pendingJobs(int(m_freeSlots.size()) + 64, now(), &queue).ok())
        return;
    for (const JobRecord &job : queue) {
        if (m_freeSlots.isEmpty())
            break;
        if (!job.concurrencyGroup.isEmpty() && busyGroups.contains(job.concurrencyGroup))
            continue; // one job per group at a time; it stays first in line
        QString error;
        RunCache *cache = cachedRun(job.runId, &error);
        if (cache) {
            const auto planned = cache->jobsByName.find(s(job.name));
            if (planned != cache->jobsByName.end() && planned->second->environment) {
                DeployEnvironment env;
                bool frozen = false;
                if (fromString(q(planned->second->environment->name), &env) && m_db->isFrozen(env, &frozen).ok()
                    && frozen)
                    continue; // frozen: deployments wait until the environment is thawed
            }
        }
        const QString slot = m_freeSlots.first();
        if (!m_db->claimJob(job.id, slot, now()).ok())
            continue; // someone else (another engine on this file) took it
        m_freeSlots.removeFirst();
        if (!job.concurrencyGroup.isEmpty())
            busyGroups.insert(job.concurrencyGroup);
        JobRecord claimed = job;
        claimed.status = JobStatus::Running;
        claimed.workerId = slot;
        startJob(claimed);
    }
}

void Scheduler::systemLine(Execution *execution, const QString &text)
{
    LogLine line;
    line.timeNs = realtimeNs();
    line.stream = LogStream::System;
    line.bytes = s(text);
    execution->sink->write(line);
}

void Scheduler::startJob(const JobRecord &job)
{
    auto execution = std::make_unique<Execution>();
    Execution *e = execution.get();
    e->job = job;
    e->slot = job.workerId;
    QString error;
    e->run = cachedRun(job.runId, &error);
    if (e->run) {
        if (auto it = e->run->jobsByName.find(s(job.name)); it != e->run->jobsByName.end())
            e->plan = it->second;
    }
    e->jobDir = QDir(m_options.directory).filePath(u"jobs/%1"_s.arg(job.id));
    e->sink = std::make_shared<Execution::Sink>();
    e->sink->jobId = job.id;
    e->sink->hub = m_hub;
    e->sink->wake = m_wake;
    const QString logPath = jobLogPath(job.runId, job.id);
    QDir().mkpath(QFileInfo(logPath).path());
    std::string logError;
    e->sink->writer = JobLogWriter::open(s(logPath), &logError);
    (void)m_db->setWorkerBusy(e->slot, job.id, now());
    m_running.emplace(job.id, std::move(execution));
    publishJob(job.id);
    if (!e->run || e->run->run.status == RunStatus::Queued) {
        // The run's first job: queued -> running.
        (void)m_db->recomputeRunStatus(job.runId, now());
        if (e->run)
            (void)m_db->run(job.runId, &e->run->run);
        publishRun(job.runId);
    }

    if (!e->plan) {
        finishJob(e, JobStatus::Failed, std::nullopt,
                  Tr::tr("The job is not in the pipeline file any more (%1).").arg(error));
        return;
    }
    const int timeoutSeconds = e->plan->timeoutSeconds > 0 ? e->plan->timeoutSeconds
                                                            : int(m_options.defaultTimeout.count());
    e->deadline = now() + qint64(timeoutSeconds) * 1000;
    e->steps = stepsFor(e->run->plan, *e->plan);
    (void)m_db->steps(job.id, &e->stepRecords);
    systemLine(e, Tr::tr("Running job %1 (attempt %2) on %3, resource class %4")
                      .arg(job.name).arg(job.attempt).arg(e->slot, job.resourceClass));
    if (!logError.empty())
        systemLine(e, Tr::tr("The job log cannot be written: %1").arg(q(logError)));

    // Deployments get their record when the job starts.
    if (e->plan->environment && (e->plan->environment->action.empty() || e->plan->environment->action == "start")) {
        DeploymentRecord deployment;
        deployment.runId = job.runId;
        deployment.jobId = job.id;
        deployment.repository = e->run->run.repository;
        deployment.branch = e->run->run.branch;
        deployment.commitSha = e->run->run.commitSha;
        DeployEnvironment env = DeployEnvironment::Development;
        if (fromString(q(e->plan->environment->name), &env)) {
            deployment.environment = env;
            deployment.createdBy = e->run->run.createdBy;
            deployment.strategy = e->plan->deploy.strategy == "blue-green" ? DeploymentStrategy::BlueGreen
                                                                           : DeploymentStrategy::Direct;
            deployment.url = q(e->plan->environment->url);
            DeploymentRecord current;
            if (m_db->currentDeployment(env, &current).ok())
                deployment.previousDeploymentId = current.id;
            if (m_db->createDeployment(&deployment).ok()) {
                e->deploymentId = deployment.id;
                (void)m_db->setDeploymentStatus(deployment.id, DeploymentStatus::Running, 10, now());
                DeploymentRecord stored;
                if (m_db->deployment(deployment.id, &stored).ok())
                    Q_EMIT deploymentUpdated(toApi(stored));
            }
        }
    }

    // The checkout and the artifacts of earlier jobs, off this thread.
    const qint64 jobId = job.id;
    const QString workspace = e->jobDir + u"/workspace"_s;
    const QString commit = e->run->run.commitSha;
    const std::string runId = s(job.runId);
    std::vector<std::string> fromJobs;
    if (e->plan->needs) {
        for (const Need &need : *e->plan->needs) {
            if (!need.artifacts)
                continue;
            for (const JobPlan &other : e->run->plan.jobs) {
                if (other.name == need.job || other.baseName == need.job)
                    fromJobs.push_back(other.name);
            }
        }
    } else {
        for (const JobPlan &other : e->run->plan.jobs) {
            const auto mine = std::find(e->run->plan.stages.begin(), e->run->plan.stages.end(), e->plan->stage);
            const auto theirs = std::find(e->run->plan.stages.begin(), e->run->plan.stages.end(), other.stage);
            if (theirs < mine && !other.artifactPaths.empty())
                fromJobs.push_back(other.name);
        }
    }
    Repository *repo = repository(e->run->run.repository, &error);
    ArtifactStore *artifacts = m_artifacts.get();
    const QString jobDir = e->jobDir;
    auto done = [this, jobId](const QString &problem) { prepared(jobId, problem); };
    (void)QtConcurrent::run(&m_pool, [repo, artifacts, jobDir, workspace, commit, runId, fromJobs, done, this]() {
        QString problem;
        std::error_code ec;
        std::filesystem::remove_all(s(jobDir), ec);
        for (const char *sub : {"home", "tmp"})
            std::filesystem::create_directories(s(jobDir) + "/" + sub, ec);
        if (!repo) {
            problem = Tr::tr("The repository is not available.");
        } else {
            CheckoutReport report;
            const RepoStatus st = repo->checkout(s(commit), s(workspace), {}, &report);
            if (!st.ok())
                problem = Tr::tr("Checkout of %1 failed: %2").arg(commit.left(8), q(st.message));
        }
        for (const std::string &from : fromJobs) {
            if (!problem.isEmpty())
                break;
            const ArtifactStatus st = artifacts->restoreJob(runId, from, s(workspace));
            if (!st.ok() && st.code != ArtifactErrorCode::NotFound)
                problem = Tr::tr("The artifacts of %1 cannot be restored: %2").arg(q(from), q(st.message));
        }
        QMetaObject::invokeMethod(this, [done, problem] { done(problem); }, Qt::QueuedConnection);
    });
}

void Scheduler::prepared(qint64 jobId, const QString &problem)
{
    auto it = m_running.find(jobId);
    if (it == m_running.end())
        return;
    Execution *e = it->second.get();
    if (!problem.isEmpty()) {
        systemLine(e, problem);
        finishJob(e, JobStatus::Failed, std::nullopt, problem);
        return;
    }
    if (e->cancelled) {
        finishJob(e, JobStatus::Cancelled, std::nullopt, Tr::tr("cancelled"));
        return;
    }
    RunFacts facts = e->run->facts;
    facts.jobId = jobId;
    facts.workspace = s(e->jobDir + u"/workspace"_s);
    facts.home = s(e->jobDir + u"/home"_s);
    facts.tmp = s(e->jobDir + u"/tmp"_s);
    e->environment = jobEnvironment(e->run->plan, *e->plan, facts);
    systemLine(e, Tr::tr("Checked out %1 into a fresh workspace").arg(e->run->run.commitSha.left(8)));
    runNextStep(e);
}

void Scheduler::runNextStep(Execution *e)
{
    while (e->stepIndex < e->steps.size()) {
        const StepScript &step = e->steps[e->stepIndex];
        const qint64 stepId = e->stepIndex < std::size_t(e->stepRecords.size()) ? e->stepRecords[qsizetype(e->stepIndex)].id : 0;
        if (!step.skippedReason.empty()) {
            systemLine(e, Tr::tr("Skipped step \"%1\": %2").arg(q(step.name), q(step.skippedReason)));
            ++e->stepIndex;
            continue;
        }
        bool runIt = step.always || !e->failed;
        if (!step.condition.empty()) {
            GitHubExpressionContext context;
            context.jobStatus = e->cancelled ? "cancelled" : e->failed ? "failure" : "success";
            for (const auto &[name, value] : e->environment)
                context.values["env." + name] = value;
            for (const auto &[name, value] : e->plan->matrix)
                context.values["matrix." + name] = value;
            context.values["github.ref"] = e->run->facts.tag.empty() ? "refs/heads/" + e->run->facts.branch
                                                                     : "refs/tags/" + e->run->facts.tag;
            context.values["github.ref_name"] = e->run->facts.tag.empty() ? e->run->facts.branch : e->run->facts.tag;
            context.values["github.sha"] = e->run->facts.commit;
            context.values["github.event_name"] = "push";
            context.values["runner.os"] = "Linux";
            try {
                runIt = evaluateGitHubCondition(step.condition, context);
            } catch (const std::exception &ex) {
                systemLine(e, Tr::tr("The if: of step \"%1\" cannot be evaluated: %2").arg(q(step.name), q(ex.what())));
                runIt = false;
                e->failed = true;
            }
        }
        if (e->cancelled)
            runIt = false;
        if (!runIt) {
            if (stepId != 0) {
                StepUpdate update;
                update.skippedReason = e->cancelled ? Tr::tr("the job was cancelled") : Tr::tr("an earlier step failed");
                (void)m_db->setStepStatus(stepId, StepStatus::Skipped, update);
            }
            ++e->stepIndex;
            continue;
        }
        const qint64 remaining = e->deadline - now();
        if (remaining <= 0) {
            e->failed = true;
            e->failureReason = Tr::tr("timed out");
            ++e->stepIndex;
            continue;
        }
        ProcessSpec spec;
        spec.argv = step.argv;
        std::string dir = s(e->jobDir + u"/workspace"_s);
        if (!step.workingDirectory.empty())
            dir += "/" + step.workingDirectory;
        spec.workingDirectory = dir;
        EnvList env = e->environment;
        for (const auto &[name, value] : step.env) {
            const std::string expanded = expandVariables(value, env);
            auto it = std::find_if(env.begin(), env.end(), [&](const auto &p) { return p.first == name; });
            if (it != env.end())
                it->second = expanded;
            else
                env.emplace_back(name, expanded);
        }
        for (const auto &[name, value] : env)
            spec.environment.push_back(name + "=" + value);
        if (auto limits = resourceLimitsFor(s(e->job.resourceClass)))
            spec.limits = *limits;
        qint64 timeout = remaining;
        if (step.timeoutSeconds > 0)
            timeout = std::min<qint64>(timeout, qint64(step.timeoutSeconds) * 1000);
        spec.timeout = std::chrono::milliseconds(timeout);
        spec.sandbox = m_sandbox;
        spec.sandboxWritable = s(e->jobDir);
        // Other jobs' workspaces and the workspace's own data (the vault,
        // the logs, the pipeline database) are not the job's business.
        spec.sandboxHidden = {s(QFileInfo(m_options.directory).absolutePath())};
        std::weak_ptr<Execution::Sink> weakSink = e->sink;
        const qint64 jobId = e->job.id;
        systemLine(e, Tr::tr("Step %1: %2").arg(e->stepIndex + 1).arg(q(step.name)));
        std::string error;
        auto sink = e->sink;
        e->handle = m_runner->start(
            spec, [sink](const LogLine &line) { sink->write(line); },
            [this, jobId](const ProcessResult &result) {
                QMetaObject::invokeMethod(this, [this, jobId, result] { stepFinished(jobId, result); },
                                          Qt::QueuedConnection);
            },
            &error);
        if (!e->handle) {
            systemLine(e, Tr::tr("Step \"%1\" cannot start: %2").arg(q(step.name), q(error)));
            if (stepId != 0) {
                StepUpdate update;
                update.startedAt = now();
                update.completedAt = now();
                (void)m_db->setStepStatus(stepId, StepStatus::Failed, update);
            }
            if (!step.always && !step.continueOnError) {
                e->failed = true;
                e->failureReason = q(error);
            }
            ++e->stepIndex;
            continue;
        }
        if (stepId != 0) {
            StepUpdate update;
            update.startedAt = now();
            (void)m_db->setStepStatus(stepId, StepStatus::Running, update);
        }
        return; // stepFinished() goes on
    }
    // Every step is done.
    if (e->cancelled) {
        finishJob(e, JobStatus::Cancelled, e->exitCode, Tr::tr("cancelled"));
    } else if (e->failed) {
        finishJob(e, JobStatus::Failed, e->exitCode, e->failureReason);
    } else {
        collectArtifacts(e);
    }
}

void Scheduler::stepFinished(qint64 jobId, const ProcessResult &result)
{
    auto it = m_running.find(jobId);
    if (it == m_running.end())
        return;
    Execution *e = it->second.get();
    e->handle.reset();
    const StepScript &step = e->steps[e->stepIndex];
    const qint64 stepId = e->stepIndex < std::size_t(e->stepRecords.size()) ? e->stepRecords[qsizetype(e->stepIndex)].id : 0;
    if (result.cancelled)
        e->cancelled = true;
    const bool ok = result.succeeded();
    const QString end = describeEnd(result);
    if (stepId != 0) {
        StepUpdate update;
        update.completedAt = now();
        if (result.signal == 0)
            update.exitCode = result.exitCode;
        (void)m_db->setStepStatus(stepId,
                                  ok ? StepStatus::Success : result.cancelled ? StepStatus::Cancelled : StepStatus::Failed,
                                  update);
    }
    if (!ok) // the runner has said how it ended; name the step
        systemLine(e, Tr::tr("Step \"%1\" failed: %2").arg(q(step.name), end));
    if (result.leftoversKilled > 0)
        systemLine(e, Tr::tr("Killed %n process(es) the step left running.", nullptr, result.leftoversKilled));
    if (!ok && !step.always) {
        if (step.continueOnError) {
            systemLine(e, Tr::tr("continue-on-error: the job goes on"));
        } else if (!result.cancelled) {
            e->failed = true;
            if (result.signal == 0 && !result.timedOut)
                e->exitCode = result.exitCode;
            e->failureReason = Tr::tr("step \"%1\": %2").arg(q(step.name), end);
        }
    }
    ++e->stepIndex;
    runNextStep(e);
}

void Scheduler::collectArtifacts(Execution *e)
{
    if (e->plan->artifactPaths.empty()) {
        if (!e->deploymentId.isEmpty() && !e->plan->deploy.service.empty())
            startDeployment(e);
        else
            finishJob(e, JobStatus::Success, 0, {});
        return;
    }
    StoreRequest request;
    request.runId = s(e->job.runId);
    request.jobName = s(e->job.name);
    request.workspaceDir = s(e->jobDir + u"/workspace"_s);
    for (const std::string &path : e->plan->artifactPaths)
        request.paths.push_back(expandVariables(path, e->environment));
    request.expireIn = e->plan->artifactsExpireIn;
    request.production = e->run->run.environment == DeployEnvironment::Production;
    ArtifactStore *artifacts = m_artifacts.get();
    const qint64 jobId = e->job.id;
    (void)QtConcurrent::run(&m_pool, [this, artifacts, request, jobId] {
        StoreReport report;
        const ArtifactStatus st = artifacts->storeJob(request, &report);
        QString line;
        if (st.ok())
            line = Tr::tr("Stored %n artifact file(s): %1 bytes, %2 new blob(s), %3 deduplicated", nullptr, int(report.files))
                       .arg(report.logicalBytes).arg(report.newBlobs).arg(report.dedupedFiles);
        const QString problem = st.ok() ? QString() : Tr::tr("Storing the artifacts failed: %1").arg(q(st.message));
        QMetaObject::invokeMethod(this, [this, jobId, line, problem] {
            auto it = m_running.find(jobId);
            if (it == m_running.end())
                return;
            Execution *execution = it->second.get();
            if (!problem.isEmpty()) {
                systemLine(execution, problem);
                finishJob(execution, JobStatus::Failed, std::nullopt, problem);
                return;
            }
            systemLine(execution, line);
            if (!execution->deploymentId.isEmpty() && !execution->plan->deploy.service.empty())
                startDeployment(execution);
            else
                finishJob(execution, JobStatus::Success, 0, {});
        }, Qt::QueuedConnection);
    });
}

void Scheduler::startDeployment(Execution *e)
{
    QString targetError;
    Backend::IDeployTarget *target = targetFor(q(e->plan->deploy.target), &targetError);
    if (!target) {
        finishJob(e, JobStatus::Failed, std::nullopt,
                  Tr::tr("No deploy target \"%1\" is available: %2").arg(q(e->plan->deploy.target), targetError));
        return;
    }
    Backend::DeployRequest request;
    request.deploymentId = e->deploymentId;
    request.environment = q(e->plan->environment->name);
    request.repository = e->run->run.repository;
    request.branch = e->run->run.branch;
    request.commit = e->run->run.commitSha;
    request.createdBy = e->run->run.createdBy;
    request.artifactDir = e->jobDir + u"/workspace"_s;
    // exec: the shell becomes the service, so stopping it (and its death
    // signal when the engine dies) reaches the service itself.
    request.command = QStringList{u"/bin/sh"_s, u"-c"_s, u"exec "_s + q(e->plan->deploy.service)};
    QString health = q(e->plan->deploy.smokeTestUrl);
    if (health.contains("://"_L1))
        health = QUrl(health).path();
    request.healthPath = health.isEmpty() ? u"/health"_s : health;
    if (!e->plan->deploy.smokeTestCommand.empty())
        request.smokeCommand = QStringList{u"/bin/sh"_s, u"-c"_s, q(e->plan->deploy.smokeTestCommand)};
    request.smokeTimeout = std::chrono::seconds(e->plan->deploy.smokeTestTimeoutSeconds);
    request.keepPrevious = e->plan->deploy.keepPreviousSeconds >= 0
        ? std::chrono::milliseconds(qint64(e->plan->deploy.keepPreviousSeconds) * 1000)
        : m_options.keepPrevious;
    request.rollbackOnFailure = e->run->run.rollbackOnFailure;
    for (const auto &[name, value] : e->environment) {
        if (name.rfind("CI_", 0) == 0 || name.rfind("OPSDECK_", 0) == 0)
            request.environmentVariables.insert(q(name), q(value));
    }
    systemLine(e, Tr::tr("Deploying to %1 with the local service target (%2)")
                      .arg(request.environment, q(e->plan->deploy.strategy.empty() ? "direct" : e->plan->deploy.strategy)));
    (void)m_db->setDeploymentStatus(e->deploymentId, DeploymentStatus::Running, 40, now());
    const qint64 jobId = e->job.id;
    target->deploy(request).then(this, [this, jobId](const Result<Backend::DeployOutcome> &outcome) {
        deploymentFinished(jobId, outcome);
    });
}

void Scheduler::deploymentFinished(qint64 jobId, const Result<Backend::DeployOutcome> &outcome)
{
    auto it = m_running.find(jobId);
    if (it == m_running.end())
        return;
    Execution *e = it->second.get();
    DeploymentStatus status = DeploymentStatus::Failed;
    QString note;
    if (!outcome) {
        note = outcome.error().toString();
    } else {
        switch (outcome->record.status) {
        case Backend::RunStatus::Success: status = DeploymentStatus::Success; break;
        case Backend::RunStatus::RolledBack: status = DeploymentStatus::RolledBack; break;
        default: status = DeploymentStatus::Failed; break;
        }
        if (outcome->error)
            note = outcome->error->toString();
    }
    (void)m_db->setDeploymentStatus(e->deploymentId, status, 100, now(), note);
    DeploymentRecord stored;
    if (m_db->deployment(e->deploymentId, &stored).ok())
        Q_EMIT deploymentUpdated(toApi(stored));
    EventRecord event;
    event.runId = e->job.runId;
    event.jobId = jobId;
    event.kind = status == DeploymentStatus::Success ? u"deployment.succeeded"_s
        : status == DeploymentStatus::RolledBack     ? u"deployment.rolled_back"_s
                                                     : u"deployment.failed"_s;
    event.actor = u"engine"_s;
    event.message = note.isEmpty() ? Tr::tr("Deployment %1 to %2").arg(e->deploymentId, stored.environment == DeployEnvironment::Production ? u"production"_s : toString(stored.environment))
                                   : note;
    (void)m_db->appendEvent(&event);
    if (status == DeploymentStatus::RolledBack)
        notifyRun(e->job.runId, RunStatus::Failed, true);
    if (status == DeploymentStatus::Success) {
        systemLine(e, Tr::tr("Deployed: %1 is live").arg(e->deploymentId));
        finishJob(e, JobStatus::Success, 0, {});
    } else {
        systemLine(e, status == DeploymentStatus::RolledBack
                          ? Tr::tr("The smoke test failed; rolled back, the previous release keeps serving: %1").arg(note)
                          : Tr::tr("The deployment failed: %1").arg(note));
        finishJob(e, JobStatus::Failed, std::nullopt, note);
    }
}

void Scheduler::finishJob(Execution *e, JobStatus status, std::optional<int> exitCode, const QString &reason)
{
    const qint64 jobId = e->job.id;
    const QString runId = e->job.runId;
    const int attempt = e->job.attempt;
    const int maxRetries = e->plan ? e->plan->retry.max : 0;
    // allow_failure: exit_codes: only those exit codes make the failure allowed.
    std::optional<bool> allowFailure;
    if (status == JobStatus::Failed && e->plan && !e->plan->allowFailureExitCodes.empty()) {
        const auto &codes = e->plan->allowFailureExitCodes;
        allowFailure = exitCode && std::find(codes.begin(), codes.end(), *exitCode) != codes.end();
        QStringList listed;
        for (const int code : codes)
            listed << QString::number(code);
        systemLine(e, *allowFailure
                          ? Tr::tr("Exit code %1 is in allow_failure: exit_codes [%2]: the failure is allowed")
                                .arg(*exitCode).arg(listed.join(u", "_s))
                          : Tr::tr("Exit code %1 is not in allow_failure: exit_codes [%2]: the failure counts")
                                .arg(exitCode ? QString::number(*exitCode) : Tr::tr("(none)"), listed.join(u", "_s)));
    }
    DbStatus st = m_db->finishJob(jobId, status, exitCode, reason, now(), allowFailure);
    if (!st.ok() && st.code != DbErrorCode::WrongState)
        qWarning("opsdeck pipelines: finishing job %lld: %s", static_cast<long long>(jobId), qPrintable(st.message));
    if (!e->deploymentId.isEmpty() && status != JobStatus::Success) {
        DeploymentRecord deployment;
        if (m_db->deployment(e->deploymentId, &deployment).ok() && !isTerminalDeployment(deployment.status)) {
            (void)m_db->setDeploymentStatus(e->deploymentId, DeploymentStatus::Failed, 100, now());
            if (m_db->deployment(e->deploymentId, &deployment).ok())
                Q_EMIT deploymentUpdated(toApi(deployment));
        }
    } else if (!e->deploymentId.isEmpty() && e->plan && e->plan->deploy.service.empty()) {
        // The job's own script deployed: its success is the deployment's.
        (void)m_db->setDeploymentStatus(e->deploymentId, DeploymentStatus::Success, 100, now());
        DeploymentRecord deployment;
        if (m_db->deployment(e->deploymentId, &deployment).ok())
            Q_EMIT deploymentUpdated(toApi(deployment));
    }
    systemLine(e, Tr::tr("Job %1: %2").arg(toString(status), reason.isEmpty() ? Tr::tr("done") : reason));
    // Automatic retries: the job's retry: max, with the seed's backoff.
    if (status == JobStatus::Failed && attempt <= maxRetries) {
        const auto delay = m_options.retryBackoff.delayFor(attempt - 1, m_random);
        qint64 newId = 0;
        if (m_db->addRetry(jobId, now() + delay.count(), &newId, u"engine (retry: %1)"_s.arg(maxRetries)).ok()) {
            systemLine(e, Tr::tr("Automatic retry %1 of %2 in %3").arg(attempt).arg(maxRetries).arg(formatMs(delay.count())));
            publishJob(newId);
            wakeIn(delay.count());
        }
    }
    (void)m_db->setWorkerIdle(e->slot, now());
    m_freeSlots.append(e->slot);
    // The log's fsync (durable against power loss; a kill -9 loses nothing
    // either way) and the workspace's removal stay off the scheduler's path.
    std::unique_ptr<JobLogWriter> writer;
    {
        QMutexLocker lock(&e->sink->mutex);
        writer = std::move(e->sink->writer);
    }
    const std::string dir = m_options.keepWorkspaces ? std::string() : s(e->jobDir);
    (void)QtConcurrent::run(&m_pool, [dir, writer = std::shared_ptr<JobLogWriter>(std::move(writer))] {
        if (writer)
            (void)writer->sync();
        if (!dir.empty()) {
            std::error_code ec;
            std::filesystem::remove_all(dir, ec);
        }
    });
    m_running.erase(jobId);

    publishJob(jobId);
    advance(runId);
    scheduleDispatch();
}

void Scheduler::notifyRun(const QString &runId, RunStatus status, bool rollback)
{
    if (!m_notifier)
        return;
    RunRecord run;
    if (!m_db->run(runId, &run).ok())
        return;
    Notification n;
    n.kind = rollback ? NotificationKind::Rollback
        : status == RunStatus::Success ? NotificationKind::Success
                                       : NotificationKind::Failure;
    n.runId = runId.left(8);
    n.repository = run.repository;
    n.branch = run.branch;
    n.commit = run.commitSha;
    n.environment = toString(run.environment);
    n.status = toString(status);
    if (run.startedAt > 0 && run.completedAt >= run.startedAt)
        n.duration = std::chrono::milliseconds(run.completedAt - run.startedAt);
    if (!m_options.runLinkTemplate.isEmpty())
        n.link = QUrl(m_options.runLinkTemplate.arg(runId));
    // Delivery retries with backoff behind a circuit breaker (the webhooks
    // library); a failure is written to the audit trail, never dropped silently.
    m_notifier->notify(n).then(this, [this, runId](const NotifyResult &result) {
        if (result.ok())
            return;
        EventRecord event;
        event.runId = runId;
        event.kind = u"notification.failed"_s;
        event.actor = u"engine"_s;
        event.message = Tr::tr("The webhook notification was not delivered: %1").arg(result.message);
        (void)m_db->appendEvent(&event);
    });
}

// --- deployments and environments ---------------------------------------------

Result<QList<Backend::Deployment>> Scheduler::deployments(const QString &environment, int limit)
{
    std::optional<DeployEnvironment> env;
    if (!environment.isEmpty()) {
        DeployEnvironment e;
        if (!fromString(environment, &e))
            return fail(ErrorCode::InvalidArgument, Tr::tr("Unknown environment \"%1\".").arg(environment), u"environment"_s);
        env = e;
    }
    QList<DeploymentRecord> records;
    if (const DbStatus st = m_db->deployments(env, std::max(1, limit), &records); !st.ok())
        return dbError(st);
    QList<Backend::Deployment> out;
    for (const DeploymentRecord &record : records)
        out.append(toApi(record));
    return out;
}

Result<QList<Backend::EnvironmentState>> Scheduler::environments()
{
    QList<Backend::EnvironmentState> out;
    for (const DeployEnvironment env : {DeployEnvironment::Development, DeployEnvironment::Staging, DeployEnvironment::Production}) {
        Backend::EnvironmentState state;
        state.name = toString(env);
        DeploymentRecord current;
        if (m_db->currentDeployment(env, &current).ok() && !current.id.isEmpty())
            state.live = toApi(current);
        FreezeRecord freeze;
        if (m_db->freeze(env, &freeze).ok()) {
            state.frozen = freeze.frozen;
            state.frozenBy = freeze.frozenBy;
            state.freezeReason = freeze.reason;
        }
        out.append(state);
    }
    return out;
}

QFuture<Result<Backend::Deployment>> Scheduler::rollback(const QString &environment)
{
    auto ready = [](Result<Backend::Deployment> r) { return QtFuture::makeReadyFuture(std::move(r)); };
    DeployEnvironment env;
    if (!fromString(environment, &env))
        return ready(fail(ErrorCode::InvalidArgument, Tr::tr("Unknown environment \"%1\".").arg(environment), u"environment"_s));
    DeploymentRecord current;
    if (!m_db->currentDeployment(env, &current).ok() || current.id.isEmpty())
        return ready(fail(ErrorCode::NotFound, Tr::tr("Nothing is deployed to %1.").arg(environment)));
    DeploymentRecord previous;
    if (!m_db->previousSuccessful(env, current.id, &previous).ok() || previous.id.isEmpty())
        return ready(fail(ErrorCode::NotFound,
                          Tr::tr("%1 has no earlier successful deployment to roll back to.").arg(environment)));
    // The rollback is a deployment of its own: the earlier release, again.
    DeploymentRecord rollback = previous;
    rollback.id.clear();
    rollback.status = DeploymentStatus::Queued;
    rollback.createdBy = m_options.user;
    rollback.createdAt = 0;
    rollback.startedAt = 0;
    rollback.completedAt = 0;
    rollback.previousDeploymentId = current.id;
    rollback.rolledBackBy.clear();
    rollback.note = Tr::tr("rollback of %1 to %2").arg(current.id, previous.id);
    if (const DbStatus st = m_db->createDeployment(&rollback); !st.ok())
        return ready(dbError(st));
    (void)m_db->setDeploymentStatus(rollback.id, DeploymentStatus::Running, 20, now());
    const QString rollbackId = rollback.id;
    const QString currentId = current.id;
    const QString currentRun = current.runId;
    auto finish = [this, rollbackId, currentId, currentRun, environment](const QString &failure) -> Result<Backend::Deployment> {
        if (!failure.isEmpty()) {
            (void)m_db->setDeploymentStatus(rollbackId, DeploymentStatus::Failed, 100, now());
            DeploymentRecord record;
            if (m_db->deployment(rollbackId, &record).ok())
                Q_EMIT deploymentUpdated(toApi(record));
            return fail(ErrorCode::Unavailable, Tr::tr("The rollback of %1 failed.").arg(environment), failure);
        }
        (void)m_db->setDeploymentStatus(rollbackId, DeploymentStatus::Success, 100, now());
        (void)m_db->markRolledBack(currentId, rollbackId, now());
        if (!currentRun.isEmpty()) {
            (void)m_db->setRunStatus(currentRun, RunStatus::RolledBack, now());
            publishRun(currentRun);
            notifyRun(currentRun, RunStatus::RolledBack, true);
        }
        EventRecord event;
        event.runId = currentRun;
        event.kind = u"rollback"_s;
        event.actor = m_options.user;
        event.message = Tr::tr("Rolled %1 back: %2 replaces %3").arg(environment, rollbackId, currentId);
        (void)m_db->appendEvent(&event);
        DeploymentRecord old;
        if (m_db->deployment(currentId, &old).ok())
            Q_EMIT deploymentUpdated(toApi(old));
        DeploymentRecord record;
        if (!m_db->deployment(rollbackId, &record).ok())
            return fail(ErrorCode::Internal, Tr::tr("The rollback record is gone."));
        Q_EMIT deploymentUpdated(toApi(record));
        return toApi(record);
    };
    // A deployment made by a job's own script has nothing for the target to
    // switch back to: the record alone moves.
    if (current.strategy == DeploymentStrategy::Direct)
        return ready(finish({}));
    QString targetError;
    Backend::IDeployTarget *target = targetFor(QString::fromLatin1(LocalServiceTarget::kKind), &targetError);
    if (!target)
        return ready(finish(targetError));
    Backend::RollbackRequest request;
    request.environment = environment;
    request.toDeploymentId = previous.id;
    request.requestedBy = m_options.user;
    return target->rollback(request).then(this, [finish](const Result<Backend::DeployOutcome> &outcome) {
        if (!outcome)
            return finish(outcome.error().toString());
        if (outcome->error)
            return finish(outcome->error->toString());
        return finish({});
    });
}

Result<> Scheduler::setFrozen(const QString &environment, bool frozen, const QString &reason)
{
    DeployEnvironment env;
    if (!fromString(environment, &env))
        return fail(ErrorCode::InvalidArgument, Tr::tr("Unknown environment \"%1\".").arg(environment), u"environment"_s);
    const DbStatus st = frozen ? m_db->setFreeze(env, m_options.user, reason, now())
                               : m_db->clearFreeze(env, m_options.user, now());
    if (!st.ok())
        return dbError(st);
    if (!frozen)
        scheduleDispatch();
    return {};
}

// --- repositories --------------------------------------------------------------

Result<QList<Backend::RepositoryInfo>> Scheduler::repositories()
{
    std::vector<RepositoryEntry> entries;
    if (const RepoStatus st = m_repos->list(&entries); !st.ok())
        return fail(ErrorCode::Corrupt, Tr::tr("Cannot read the repository registry."), q(st.message));
    QList<Backend::RepositoryInfo> out;
    for (const RepositoryEntry &entry : entries)
        out.append({q(entry.name), q(entry.source),
                    entry.kind == RepositoryEntry::Kind::Mirror ? u"mirror"_s : u"local"_s});
    return out;
}

Result<Backend::RepositoryInfo> Scheduler::addRepository(const QString &name, const QString &source)
{
    RepositoryEntry entry;
    if (const RepoStatus st = m_repos->add(s(name), s(source), {}, &entry); !st.ok()) {
        const ErrorCode code = st.code == RepoErrorCode::Exists ? ErrorCode::AlreadyExists
            : st.code == RepoErrorCode::InvalidArgument        ? ErrorCode::InvalidArgument
            : st.code == RepoErrorCode::NotFound || st.code == RepoErrorCode::NotARepository ? ErrorCode::NotFound
                                                                                              : ErrorCode::Io;
        return fail(code, Tr::tr("Cannot add repository \"%1\".").arg(name), q(st.message));
    }
    QString error;
    if (Repository *repo = repository(name, &error))
        m_watched[entry.name] = repo->snapshot();
    return Backend::RepositoryInfo{q(entry.name), q(entry.source),
                                   entry.kind == RepositoryEntry::Kind::Mirror ? u"mirror"_s : u"local"_s};
}

Result<QList<Backend::RefInfo>> Scheduler::refs(const QString &repositoryName)
{
    QString error;
    Repository *repo = repository(repositoryName, &error);
    if (!repo)
        return fail(ErrorCode::NotFound, Tr::tr("No repository \"%1\" is registered.").arg(repositoryName), error);
    std::vector<Pipelines::RefInfo> branches;
    std::vector<Pipelines::RefInfo> tags;
    if (const RepoStatus st = repo->branches(&branches); !st.ok())
        return fail(ErrorCode::Io, Tr::tr("Cannot list the branches of %1.").arg(repositoryName), q(st.message));
    (void)repo->tags(&tags);
    QList<Backend::RefInfo> out;
    for (const auto &ref : branches)
        out.append({q(ref.name), q(ref.commitId), false});
    for (const auto &ref : tags)
        out.append({q(ref.name), q(ref.commitId), true});
    return out;
}

Result<QList<Backend::CommitInfo>> Scheduler::commits(const QString &repositoryName, const QString &ref, int limit)
{
    QString error;
    Repository *repo = repository(repositoryName, &error);
    if (!repo)
        return fail(ErrorCode::NotFound, Tr::tr("No repository \"%1\" is registered.").arg(repositoryName), error);
    std::vector<Pipelines::CommitInfo> log;
    if (const RepoStatus st = repo->log(s(ref), std::size_t(std::max(1, limit)), &log); !st.ok())
        return fail(ErrorCode::NotFound, Tr::tr("Cannot read the history of %1 at %2.").arg(repositoryName, ref),
                    q(st.message));
    QList<Backend::CommitInfo> out;
    for (const auto &c : log)
        out.append({q(c.id), q(c.authorName), q(c.summary), QDateTime::fromSecsSinceEpoch(c.authorTime, QTimeZone::utc())});
    return out;
}

WebhookAnswer Scheduler::deliverWebhook(const QMap<QString, QString> &headers, const QByteArray &body)
{
    if (!m_webhooks) {
        WebhookSecrets secrets;
        for (const QString &secret : m_options.webhookGithubSecrets)
            secrets.githubSecrets.push_back(s(secret));
        for (const QString &token : m_options.webhookGitlabTokens)
            secrets.gitlabTokens.push_back(s(token));
        m_webhooks = std::make_unique<WebhookReceiver>(std::move(secrets));
    }
    WebhookHeaders raw;
    for (auto it = headers.begin(); it != headers.end(); ++it)
        raw.emplace(s(it.key()), s(it.value()));
    const DeliveryOutcome outcome = m_webhooks->handle(raw, std::string_view(body.constData(), std::size_t(body.size())));
    WebhookAnswer answer;
    answer.httpStatus = outcome.httpStatus;
    answer.message = q(outcome.reason);
    if (outcome.decision != DeliveryDecision::Trigger || !outcome.push)
        return answer;
    const PushEvent &push = *outcome.push;
    auto forget = [&] {
        if (outcome.provider)
            m_webhooks->forgetDelivery(*outcome.provider, outcome.deliveryId); // a redelivery may succeed later
    };

    // Which registered repository: by name, by "group/name" path, or by clone URL.
    std::vector<RepositoryEntry> entries;
    (void)m_repos->list(&entries);
    const RepositoryEntry *match = nullptr;
    for (const RepositoryEntry &entry : entries) {
        if (entry.name == push.repository.name || entry.name == push.repository.fullPath
            || (!push.repository.cloneUrl.empty() && entry.source == push.repository.cloneUrl)) {
            match = &entry;
            break;
        }
    }
    if (!match) {
        forget();
        answer.httpStatus = 404;
        answer.message = Tr::tr("No registered repository matches %1 (%2).")
                             .arg(q(push.repository.fullPath), q(push.repository.cloneUrl));
        return answer;
    }
    QString error;
    Repository *repo = repository(q(match->name), &error);
    std::string found;
    if (repo && !repo->resolve(push.after, &found).ok() && match->kind == RepositoryEntry::Kind::Mirror)
        (void)repo->fetch(); // the push is news to the mirror
    Backend::TriggerRequest request;
    request.repository = q(match->name);
    request.ref = push.refKind == RefKind::Tag ? u"refs/tags/"_s + q(push.refName) : u"refs/heads/"_s + q(push.refName);
    request.createdBy = push.pusher.empty() ? u"webhook"_s : q(push.pusher);
    auto run = trigger(request, u"webhook"_s, q(push.after));
    if (!run) {
        forget();
        answer.httpStatus = 409;
        answer.message = run.error().toString();
        return answer;
    }
    answer.httpStatus = 202;
    answer.runId = run->id;
    answer.message = Tr::tr("Run %1 of %2 at %3 started.").arg(run->id, run->repository, q(push.after).left(8));
    return answer;
}

Result<int> Scheduler::pollNow()
{
    const int before = int(m_runs.size());
    poll();
    return int(m_runs.size()) - before;
}

void Scheduler::poll()
{
    std::vector<RepositoryEntry> entries;
    if (!m_repos->list(&entries).ok())
        return;
    for (const RepositoryEntry &entry : entries) {
        QString error;
        Repository *repo = repository(q(entry.name), &error);
        if (!repo)
            continue;
        if (entry.kind == RepositoryEntry::Kind::Mirror)
            (void)repo->fetch();
        RepoStatus status;
        RefSnapshot after = repo->snapshot(&status);
        if (!status.ok())
            continue;
        auto known = m_watched.find(entry.name);
        if (known == m_watched.end()) {
            m_watched.emplace(entry.name, std::move(after));
            continue;
        }
        if (known->second == after)
            continue;
        const std::vector<RefChange> changes = repo->changes(known->second, after, {.maxCommits = 1});
        known->second = std::move(after);
        for (const RefChange &change : changes) {
            if (change.kind == RefChange::Kind::Deleted)
                continue;
            Backend::TriggerRequest request;
            request.repository = q(entry.name);
            request.ref = change.isTag ? u"refs/tags/"_s + q(change.name) : u"refs/heads/"_s + q(change.name);
            request.createdBy = u"watch"_s;
            auto run = trigger(request, u"push"_s);
            if (!run)
                qWarning("opsdeck pipelines: push to %s %s: %s", entry.name.c_str(), change.name.c_str(),
                         qPrintable(run.error().toString()));
        }
    }
}

Result<Backend::PipelineMetrics> Scheduler::metrics(const QDateTime &since)
{
    Metrics m;
    if (const DbStatus st = m_db->metrics(since, &m); !st.ok())
        return dbError(st);
    Backend::PipelineMetrics out;
    out.deploymentSuccessRate = m.deploymentSuccessRate;
    out.averageRunSeconds = m.averageRunMs / 1000.0;
    out.queueDepth = int(m.queueDepth);
    out.runningJobs = int(m_running.size());
    out.workers = int(m.workersTotal);
    out.workerUtilisation = m.workerUtilisation;
    out.finishedRuns = int(m.runsTotal);
    out.failedRuns = int(m.runsTotal - m.runsSucceeded);
    out.finishedDeployments = int(m.deploymentsTotal);
    return out;
}

Result<QList<Backend::PipelineEvent>> Scheduler::events(const QString &runId, int limit)
{
    QList<EventRecord> records;
    if (const DbStatus st = m_db->events(runId, std::max(1, limit), &records); !st.ok())
        return dbError(st);
    QList<Backend::PipelineEvent> out;
    for (const EventRecord &r : records)
        out.append({QDateTime::fromMSecsSinceEpoch(r.at, QTimeZone::utc()), r.runId, r.jobId, r.kind, r.actor, r.message});
    return out;
}

} // namespace OpsDeck::Pipelines
