// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "pipelinescommands.h"

#include "clitr.h"
#include "output.h"

#include <workspace.h>

#include <opsdeck/pipelines/artifactstore.h>
#include <opsdeck/pipelines/embeddedpipelineengine.h>
#include <opsdeck/pipelines/pipelinereader.h>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QTimer>

#include <filesystem>
#include <map>
#include <set>

namespace OpsDeck::Cli {

using namespace Qt::StringLiterals;
namespace Pipe = OpsDeck::Pipelines;

namespace {

int failLine(const QString &message)
{
    printErr(Tr::tr("opsctl: %1").arg(message));
    return Failed;
}

int usageLine(const QString &message)
{
    printErr(Tr::tr("opsctl: %1").arg(message));
    return Usage;
}

/**
 * Where \a file sits in its repository: the folder holding ".git" above it
 * (so includes and the format follow the repository's own paths), else the
 * file's folder.
 */
std::pair<std::filesystem::path, std::string> repositoryOf(const QString &file)
{
    const std::filesystem::path absolute = std::filesystem::absolute(file.toStdString()).lexically_normal();
    for (std::filesystem::path dir = absolute.parent_path(); !dir.empty(); dir = dir.parent_path()) {
        std::error_code ec;
        if (std::filesystem::exists(dir / ".git", ec))
            return {dir, absolute.lexically_relative(dir).generic_string()};
        if (dir == dir.root_path())
            break;
    }
    return {absolute.parent_path(), absolute.filename().generic_string()};
}

Pipe::PipelineFormat formatOf(const std::string &absolute)
{
    if (absolute.find("/.github/workflows/") != std::string::npos)
        return Pipe::PipelineFormat::GitHub;
    if (absolute.find("/.opsdeck/") != std::string::npos)
        return Pipe::PipelineFormat::Native;
    return Pipe::PipelineFormat::GitLab;
}

QString needsText(const Pipe::JobPlan &job)
{
    if (!job.needs)
        return Tr::tr("(stage order)");
    QStringList names;
    for (const Pipe::Need &need : *job.needs)
        names << QString::fromStdString(need.job) + (need.optional ? u"?"_s : QString());
    return names.isEmpty() ? Tr::tr("(none: starts at once)") : names.join(u", "_s);
}

QString bytes(std::uint64_t n)
{
    return QLocale::c().formattedDataSize(static_cast<qint64>(n), 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

int pipelinesValidate(const GlobalOptions &global, const PipelinesOptions &options)
{
    if (options.args.size() != 1) {
        printErr(Tr::tr("opsctl: usage: opsctl pipelines validate FILE [--json] [--ref REF]"));
        return Usage;
    }
    const QString file = options.args.at(0);
    const QFileInfo info(file);
    if (!info.isFile())
        return failLine(Tr::tr("%1: no such file").arg(file));
    const auto [root, relative] = repositoryOf(file);
    const Pipe::FolderFiles files(root);
    Pipe::PipelineContext context;
    const std::string ref = options.ref.isEmpty() ? context.defaultBranch : options.ref.toStdString();
    if (ref.rfind("refs/tags/", 0) == 0)
        context.tag = ref.substr(10);
    else
        context.branch = ref.rfind("refs/heads/", 0) == 0 ? ref.substr(11) : ref;
    const Pipe::Plan plan = Pipe::readPipeline(files, relative, context,
                                               formatOf(info.absoluteFilePath().toStdString()));
    if (global.json) {
        // The reader's own JSON (docs/pipeline-files.md), printed as it is.
        std::fputs(Pipe::planToJson(plan).c_str(), stdout);
        std::fputc('\n', stdout);
        if (!plan.ok())
            std::fputs(Pipe::planToText(plan).c_str(), stderr);
        return plan.ok() ? Ok : Failed;
    }
    if (!plan.ok()) {
        for (const Pipe::Diagnostic &e : plan.errors)
            printErr(QString::fromStdString(e.toString()));
        return Failed;
    }
    // Stages with jobs (GitLab always declares .pre and .post).
    QSet<QString> used;
    for (const Pipe::JobPlan &job : plan.jobs)
        used.insert(QString::fromStdString(job.stage));
    printOut(Tr::tr("%1: %2 job(s) in %3 stage(s)%4")
                 .arg(file)
                 .arg(plan.jobs.size())
                 .arg(used.size())
                 .arg(plan.pipelineRuns ? QString()
                                        : Tr::tr("; no pipeline for %1: %2")
                                              .arg(QString::fromStdString(ref), QString::fromStdString(plan.notRunReason))));
    Table table({Tr::tr("STAGE"), Tr::tr("JOB"), Tr::tr("WHEN"), Tr::tr("ALLOW FAILURE"), Tr::tr("NEEDS")});
    for (const Pipe::JobPlan &job : plan.jobs) {
        QString when = QString::fromLatin1(Pipe::toString(job.when));
        if (!job.whenReason.empty())
            when += u" ("_s + QString::fromStdString(job.whenReason) + u")"_s;
        table.addRow({QString::fromStdString(job.stage), QString::fromStdString(job.name), when,
                      job.allowFailure ? Tr::tr("yes") : Tr::tr("no"), needsText(job)});
    }
    printOut(table.toString());
    for (const Pipe::Unresolved &u : plan.unresolved)
        printOut(Tr::tr("%1: not run offline: %2 (%3)")
                     .arg(QString::fromStdString(u.where.toString()), QString::fromStdString(u.what),
                          QString::fromStdString(u.reason)));
    for (const Pipe::Diagnostic &w : plan.warnings)
        printErr(Tr::tr("%1 (warning)").arg(QString::fromStdString(w.toString())));
    return Ok;
}

int pipelinesArtifactsStats(const GlobalOptions &global)
{
    const auto location = Core::Workspace::locate(global.workspace);
    auto workspace = Core::Workspace::open(location.path, false);
    if (!workspace) {
        printErr(Tr::tr("opsctl: %1").arg(workspace.error().toString()));
        return WorkspaceError;
    }
    const std::string dir = QDir(workspace->path).filePath(u"pipelines/artifacts"_s).toStdString();
    Pipe::ArtifactStats stats;
    if (std::filesystem::exists(dir)) {
        Pipe::ArtifactStoreOptions storeOptions;
        storeOptions.createIfMissing = false; // reading never makes an empty store
        Pipe::ArtifactStatus status;
        const auto store = Pipe::ArtifactStore::open(dir, storeOptions, &status);
        if (!store)
            return failLine(QString::fromStdString(status.message));
        if (status = store->stats(&stats); !status.ok())
            return failLine(QString::fromStdString(status.message));
    }
    if (global.json) {
        printJson(QJsonObject{{u"manifests"_s, static_cast<qint64>(stats.manifests)},
                              {u"files"_s, static_cast<qint64>(stats.files)},
                              {u"logical_bytes"_s, static_cast<qint64>(stats.logicalBytes)},
                              {u"unique_bytes"_s, static_cast<qint64>(stats.uniqueBytes)},
                              {u"stored_bytes"_s, static_cast<qint64>(stats.storedBytes)},
                              {u"blobs"_s, static_cast<qint64>(stats.blobs)},
                              {u"raw_blobs"_s, static_cast<qint64>(stats.rawBlobs)},
                              {u"manifest_bytes"_s, static_cast<qint64>(stats.manifestBytes)},
                              {u"garbage_blobs"_s, static_cast<qint64>(stats.garbageBlobs)},
                              {u"garbage_bytes"_s, static_cast<qint64>(stats.garbageBytes)},
                              {u"dedupe_ratio"_s, stats.dedupeRatio()},
                              {u"compression_ratio"_s, stats.compressionRatio()},
                              {u"total_ratio"_s, stats.totalRatio()}});
        return Ok;
    }
    Table table({Tr::tr("MEASURE"), Tr::tr("VALUE")});
    table.addRow({Tr::tr("artifact sets (run, job)"), QString::number(stats.manifests)});
    table.addRow({Tr::tr("files"), QString::number(stats.files)});
    table.addRow({Tr::tr("logical bytes (all files of all sets)"), bytes(stats.logicalBytes)});
    table.addRow({Tr::tr("after deduplication"), bytes(stats.uniqueBytes)});
    table.addRow({Tr::tr("stored bytes (compressed, on disk)"), bytes(stats.storedBytes)});
    table.addRow({Tr::tr("deduplication"), QStringLiteral("%1×").arg(stats.dedupeRatio(), 0, 'f', 2)});
    table.addRow({Tr::tr("compression"), QStringLiteral("%1×").arg(stats.compressionRatio(), 0, 'f', 2)});
    table.addRow({Tr::tr("logical / stored"), QStringLiteral("%1×").arg(stats.totalRatio(), 0, 'f', 2)});
    table.addRow({Tr::tr("garbage (gc removes it)"),
                  Tr::tr("%1 blob(s), %2").arg(stats.garbageBlobs).arg(bytes(stats.garbageBytes))});
    printOut(table.toString());
    return Ok;
}

} // namespace OpsDeck::Cli

// --- the engine verbs ------------------------------------------------------------

namespace OpsDeck::Cli {

namespace {

using Backend::JobStatus;
using Backend::RunStatus;

struct EngineContext
{
    std::unique_ptr<Pipe::EmbeddedPipelineEngine> engine;
    int code = Ok;
};

EngineContext openEngine(const GlobalOptions &global)
{
    EngineContext ec;
    const auto location = Core::Workspace::locate(global.workspace);
    auto workspace = Core::Workspace::open(location.path, true);
    if (!workspace) {
        printErr(Tr::tr("opsctl: %1").arg(workspace.error().toString()));
        ec.code = WorkspaceError;
        return ec;
    }
    Pipe::EngineOptions options;
    options.directory = QDir(workspace->path).filePath(u"pipelines"_s);
    options.pollInterval = std::chrono::milliseconds(0); // opsctl does not watch; the console does
    options.startWorkers = false;                        // only `--wait` runs jobs here
    options.restoreServices = false;                     // the console keeps deployed services running
    auto engine = Pipe::EmbeddedPipelineEngine::open(options);
    if (!engine) {
        printErr(Tr::tr("opsctl: %1").arg(engine.error().toString()));
        ec.code = Failed;
        return ec;
    }
    ec.engine = std::move(*engine);
    return ec;
}

template<typename T>
bool check(const Result<T> &result, int *code)
{
    if (result.ok())
        return true;
    printErr(Tr::tr("opsctl: %1").arg(result.error().toString()));
    *code = result.error().code == ErrorCode::InvalidArgument ? Usage : Failed;
    return false;
}

QString shortId(const QString &id)
{
    return id.left(8);
}

QString age(const QDateTime &when)
{
    if (!when.isValid())
        return u"-"_s;
    const qint64 s = when.secsTo(QDateTime::currentDateTimeUtc());
    if (s < 60)
        return Tr::tr("%1 s ago").arg(s);
    if (s < 3600)
        return Tr::tr("%1 min ago").arg(s / 60);
    if (s < 86400)
        return Tr::tr("%1 h ago").arg(s / 3600);
    return Tr::tr("%1 d ago").arg(s / 86400);
}

QString duration(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid())
        return u"-"_s;
    const qint64 ms = from.msecsTo(to.isValid() ? to : QDateTime::currentDateTimeUtc());
    if (ms < 60'000)
        return u"%1 s"_s.arg(double(ms) / 1000.0, 0, 'f', 1);
    return u"%1 min %2 s"_s.arg(ms / 60'000).arg((ms / 1000) % 60);
}

bool finished(RunStatus status)
{
    return status != RunStatus::Queued && status != RunStatus::Running;
}

QJsonObject runJson(const Backend::PipelineRun &run)
{
    return QJsonObject{{u"id"_s, run.id},
                       {u"repository"_s, run.repository},
                       {u"branch"_s, run.branch},
                       {u"commit"_s, run.commit},
                       {u"environment"_s, run.environment},
                       {u"status"_s, Backend::runStatusName(run.status)},
                       {u"progress"_s, run.progress},
                       {u"trigger"_s, run.trigger},
                       {u"created_by"_s, run.createdBy},
                       {u"created_at"_s, run.createdAt.toString(Qt::ISODateWithMs)},
                       {u"started_at"_s, run.startedAt.toString(Qt::ISODateWithMs)},
                       {u"completed_at"_s, run.completedAt.toString(Qt::ISODateWithMs)}};
}

QJsonObject jobJson(const Backend::PipelineJob &job)
{
    QJsonArray steps;
    for (const Backend::PipelineStep &step : job.steps)
        steps.append(QJsonObject{{u"name"_s, step.name}, {u"status"_s, Backend::jobStatusName(step.status)},
                                 {u"exit_code"_s, step.exitCode}, {u"skipped_reason"_s, step.skippedReason}});
    return QJsonObject{{u"id"_s, job.id},
                       {u"name"_s, job.name},
                       {u"stage"_s, job.stage},
                       {u"status"_s, Backend::jobStatusName(job.status)},
                       {u"when"_s, job.when},
                       {u"allow_failure"_s, job.allowFailure},
                       {u"attempt"_s, job.attempt},
                       {u"exit_code"_s, job.exitCode},
                       {u"failure_reason"_s, job.failureReason},
                       {u"not_before"_s, job.notBefore.isValid() ? job.notBefore.toString(Qt::ISODateWithMs) : QString()},
                       {u"environment"_s, job.environment},
                       {u"sandbox"_s, job.sandbox},
                       {u"steps"_s, steps}};
}

/** A run id from a full id or a unique prefix of one (as `git` takes short ids). */
bool resolveRun(Pipe::EmbeddedPipelineEngine &engine, const QString &text, QString *id, int *code)
{
    Backend::RunFilter filter;
    filter.limit = 100000;
    const auto runs = await(engine.listRuns(filter));
    if (!check(runs, code))
        return false;
    QStringList matches;
    for (const Backend::PipelineRun &run : *runs) {
        if (run.id == text) {
            *id = run.id;
            return true;
        }
        if (text.size() >= 4 && run.id.startsWith(text))
            matches.append(run.id);
    }
    if (matches.size() == 1) {
        *id = matches.first();
        return true;
    }
    printErr(matches.isEmpty() ? Tr::tr("opsctl: no run '%1' (see 'opsctl pipelines list')").arg(text)
                               : Tr::tr("opsctl: '%1' matches %2 runs; give more of the id").arg(text).arg(matches.size()));
    *code = Failed;
    return false;
}

/** Prints lines of \a jobId from \a next on; returns false on a read error. */
bool printLog(Pipe::EmbeddedPipelineEngine &engine, qint64 jobId, qint64 *next, bool *jobFinished, int *code)
{
    for (;;) {
        const auto chunk = await(engine.readLog(jobId, *next, 10'000));
        if (!check(chunk, code))
            return false;
        QByteArray out;
        for (const Backend::LogLine &line : chunk->lines) {
            out += line.text;
            out += '\n';
        }
        if (!out.isEmpty()) {
            fwrite(out.constData(), 1, size_t(out.size()), stdout);
            fflush(stdout);
        }
        *next += chunk->lines.size();
        *jobFinished = chunk->finished;
        if (chunk->lines.isEmpty() || *next >= chunk->totalLines)
            return true;
    }
}

void sleepWithEvents(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

/** Streams every job's log until the run ends; the exit code says whether it succeeded. */
int waitForRun(Pipe::EmbeddedPipelineEngine &engine, const QString &runId, bool quiet)
{
    int code = Ok;
    std::map<qint64, qint64> printed; // job id -> lines printed
    std::set<qint64> headed;
    std::set<qint64> announcedManual;
    for (;;) {
        const auto details = await(engine.runDetails(runId));
        if (!check(details, &code))
            return code;
        for (const Backend::PipelineJob &job : details->jobs) {
            if (job.status == JobStatus::Manual && !announcedManual.contains(job.id)) {
                announcedManual.insert(job.id);
                if (!job.allowFailure)
                    printErr(Tr::tr("opsctl: job %1 (%2) waits for approval: opsctl pipelines approve %2")
                                 .arg(job.name).arg(job.id));
            }
            if (quiet || job.status == JobStatus::Created || job.status == JobStatus::Pending
                || job.status == JobStatus::Manual || job.status == JobStatus::Skipped)
                continue;
            if (!headed.contains(job.id)) {
                headed.insert(job.id);
                printOut(Tr::tr("── %1 (job %2, attempt %3) ──").arg(job.name).arg(job.id).arg(job.attempt));
            }
            qint64 &next = printed[job.id];
            bool jobDone = false;
            if (!printLog(engine, job.id, &next, &jobDone, &code))
                return code;
        }
        if (finished(details->run.status)) {
            if (!details->error.isEmpty())
                printErr(Tr::tr("opsctl: %1").arg(details->error));
            printErr(Tr::tr("opsctl: run %1 %2").arg(shortId(runId), Backend::runStatusName(details->run.status)));
            return details->run.status == RunStatus::Success ? Ok : Failed;
        }
        sleepWithEvents(100);
    }
}

/** --repo: a registered name, or a path to register under its folder's name. */
bool ensureRepository(Pipe::EmbeddedPipelineEngine &engine, const QString &repo, QString *name, int *code)
{
    const auto list = await(engine.repositories());
    if (!check(list, code))
        return false;
    for (const Backend::RepositoryInfo &info : *list) {
        if (info.name == repo) {
            *name = repo;
            return true;
        }
    }
    const QFileInfo path(repo);
    if (!path.exists()) {
        printErr(Tr::tr("opsctl: no repository '%1' is registered, and no such folder exists "
                        "(add one with 'opsctl pipelines repos add NAME SOURCE')").arg(repo));
        *code = Failed;
        return false;
    }
    const QString canonical = path.canonicalFilePath();
    for (const Backend::RepositoryInfo &info : *list) {
        if (QFileInfo(info.source).canonicalFilePath() == canonical) {
            *name = info.name;
            return true;
        }
    }
    QString base = QFileInfo(canonical).fileName();
    if (base.endsWith(".git"_L1))
        base.chop(4);
    const auto added = await(engine.addRepository(base, canonical));
    if (!check(added, code))
        return false;
    printErr(Tr::tr("opsctl: registered %1 as repository '%2'").arg(canonical, added->name));
    *name = added->name;
    return true;
}

int runCommand(const GlobalOptions &global, const PipelinesOptions &options, bool deploy)
{
    if (options.repo.isEmpty() || options.ref.isEmpty())
        return usageLine(Tr::tr("'pipelines %1' needs --repo and --ref").arg(deploy ? u"deploy"_s : u"run"_s));
    if (deploy && options.env.isEmpty())
        return usageLine(Tr::tr("'pipelines deploy' needs --env development|staging|production"));
    EngineContext ec = openEngine(global);
    if (!ec.engine)
        return ec.code;
    int code = Ok;
    Backend::TriggerRequest request;
    if (!ensureRepository(*ec.engine, options.repo, &request.repository, &code))
        return code;
    request.ref = options.ref;
    request.environment = options.env;
    request.runTests = !options.noTests;
    request.rollbackOnFailure = !options.noRollback;
    if (options.wait)
        ec.engine->startWorkers(); // this process runs the jobs unless the console already does
    const auto run = await(ec.engine->trigger(request));
    if (!check(run, &code))
        return code;
    if (global.json && !options.wait)
        printJson(runJson(*run));
    else
        printOut(run->id);
    if (!options.wait)
        return run->status == RunStatus::Failed ? Failed : Ok;
    const int result = waitForRun(*ec.engine, run->id, global.json);
    if (global.json) {
        const auto details = await(ec.engine->runDetails(run->id));
        if (details) {
            QJsonObject out = runJson(details->run);
            QJsonArray jobs;
            for (const Backend::PipelineJob &job : details->jobs)
                jobs.append(jobJson(job));
            out.insert(u"jobs"_s, jobs);
            out.insert(u"error"_s, details->error);
            printJson(out);
        }
    }
    return result;
}

int listCommand(const GlobalOptions &global, const PipelinesOptions &options)
{
    EngineContext ec = openEngine(global);
    if (!ec.engine)
        return ec.code;
    int code = Ok;
    Backend::RunFilter filter;
    filter.repository = options.repo;
    filter.environment = options.env;
    filter.limit = options.limit;
    const auto runs = await(ec.engine->listRuns(filter));
    if (!check(runs, &code))
        return code;
    if (global.json) {
        QJsonArray out;
        for (const Backend::PipelineRun &run : *runs)
            out.append(runJson(run));
        printJson(out);
        return Ok;
    }
    Table table({Tr::tr("RUN"), Tr::tr("STATUS"), Tr::tr("REPOSITORY"), Tr::tr("BRANCH"), Tr::tr("COMMIT"),
                 Tr::tr("ENV"), Tr::tr("TRIGGER"), Tr::tr("BY"), Tr::tr("CREATED"), Tr::tr("DURATION")});
    for (const Backend::PipelineRun &run : *runs) {
        table.addRow({shortId(run.id), Backend::runStatusName(run.status), run.repository, run.branch,
                      run.commit.left(8), run.environment, run.trigger, run.createdBy, age(run.createdAt),
                      duration(run.startedAt, run.completedAt)});
    }
    printOut(table.toString());
    return Ok;
}

int showCommand(const GlobalOptions &global, const QString &runText)
{
    EngineContext ec = openEngine(global);
    if (!ec.engine)
        return ec.code;
    int code = Ok;
    QString runId;
    if (!resolveRun(*ec.engine, runText, &runId, &code))
        return code;
    const auto details = await(ec.engine->runDetails(runId));
    if (!check(details, &code))
        return code;
    if (global.json) {
        QJsonObject out = runJson(details->run);
        QJsonArray jobs;
        for (const Backend::PipelineJob &job : details->jobs)
            jobs.append(jobJson(job));
        out.insert(u"jobs"_s, jobs);
        out.insert(u"pipeline_file"_s, details->pipelineFile);
        out.insert(u"error"_s, details->error);
        out.insert(u"warnings"_s, QJsonArray::fromStringList(details->warnings));
        out.insert(u"unresolved"_s, QJsonArray::fromStringList(details->unresolved));
        printJson(out);
        return Ok;
    }
    const Backend::PipelineRun &run = details->run;
    printOut(Tr::tr("Run %1: %2, %3 at %4 (%5) for %6, %7% done")
                 .arg(run.id, Backend::runStatusName(run.status), run.repository, run.branch, run.commit.left(8),
                      run.environment)
                 .arg(run.progress));
    if (!details->error.isEmpty())
        printOut(Tr::tr("Error: %1").arg(details->error));
    Table table({Tr::tr("JOB"), Tr::tr("NAME"), Tr::tr("STAGE"), Tr::tr("STATUS"), Tr::tr("ATTEMPT"),
                 Tr::tr("DURATION"), Tr::tr("NOTE")});
    for (const Backend::PipelineJob &job : details->jobs) {
        table.addRow({QString::number(job.id), job.name, job.stage, Backend::jobStatusName(job.status),
                      QString::number(job.attempt), duration(job.startedAt, job.completedAt),
                      job.notBefore.isValid()
                          ? Tr::tr("starts at %1").arg(job.notBefore.toLocalTime().toString(u"HH:mm:ss"_s))
                          : job.failureReason});
    }
    printOut(table.toString());
    for (const QString &w : details->warnings)
        printOut(Tr::tr("warning: %1").arg(w));
    for (const QString &u : details->unresolved)
        printOut(Tr::tr("not run offline: %1").arg(u));
    return Ok;
}

int logsCommand(const GlobalOptions &global, const PipelinesOptions &options)
{
    if (options.args.isEmpty() || options.args.size() > 2)
        return usageLine(Tr::tr("usage: opsctl pipelines logs RUN [JOB] [--follow]"));
    EngineContext ec = openEngine(global);
    if (!ec.engine)
        return ec.code;
    int code = Ok;
    QString runId;
    if (!resolveRun(*ec.engine, options.args.at(0), &runId, &code))
        return code;
    const QString jobText = options.args.value(1);
    std::map<qint64, qint64> printed;
    std::set<qint64> headed;
    for (;;) {
        const auto details = await(ec.engine->runDetails(runId));
        if (!check(details, &code))
            return code;
        bool found = jobText.isEmpty();
        for (const Backend::PipelineJob &job : details->jobs) {
            if (!jobText.isEmpty() && job.name != jobText && QString::number(job.id) != jobText)
                continue;
            found = true;
            if (job.status == JobStatus::Created || job.status == JobStatus::Pending || job.status == JobStatus::Manual
                || job.status == JobStatus::Skipped)
                continue;
            if (jobText.isEmpty() && !headed.contains(job.id)) {
                headed.insert(job.id);
                printOut(Tr::tr("── %1 (job %2, attempt %3) ──").arg(job.name).arg(job.id).arg(job.attempt));
            }
            bool jobDone = false;
            if (!printLog(*ec.engine, job.id, &printed[job.id], &jobDone, &code))
                return code;
        }
        if (!found)
            return failLine(Tr::tr("run %1 has no job '%2'").arg(shortId(runId), jobText));
        if (!options.follow || finished(details->run.status))
            return Ok;
        sleepWithEvents(200);
    }
}

/** A job id: a number. */
bool jobId(const QString &text, qint64 *id)
{
    bool ok = false;
    *id = text.toLongLong(&ok);
    return ok && *id > 0;
}

int simpleCommand(const GlobalOptions &global, const QString &verb, const PipelinesOptions &options)
{
    EngineContext ec = openEngine(global);
    if (!ec.engine)
        return ec.code;
    int code = Ok;
    Pipe::EmbeddedPipelineEngine &engine = *ec.engine;
    const QString arg = options.args.value(0);
    if (verb == u"cancel" || verb == u"retry") {
        if (arg.isEmpty())
            return usageLine(Tr::tr("usage: opsctl pipelines %1 RUN|JOB").arg(verb));
        qint64 id = 0;
        if (jobId(arg, &id)) {
            if (verb == u"cancel") {
                if (!check(await(engine.cancelJob(id)), &code))
                    return code;
                printOut(Tr::tr("job %1 cancelled").arg(id));
            } else {
                if (options.wait)
                    engine.startWorkers();
                const auto job = await(engine.retryJob(id));
                if (!check(job, &code))
                    return code;
                printOut(Tr::tr("job %1 retried as job %2 (attempt %3)").arg(id).arg(job->id).arg(job->attempt));
                if (options.wait)
                    return waitForRun(engine, job->runId, global.json);
            }
            return Ok;
        }
        QString runId;
        if (!resolveRun(engine, arg, &runId, &code))
            return code;
        if (verb == u"retry" && options.wait)
            engine.startWorkers();
        if (!check(verb == u"cancel" ? await(engine.cancel(runId)) : await(engine.retryRun(runId)), &code))
            return code;
        printOut(verb == u"cancel" ? Tr::tr("run %1 cancelled").arg(shortId(runId))
                                   : Tr::tr("run %1: failed jobs queued again").arg(shortId(runId)));
        if (verb == u"retry" && options.wait)
            return waitForRun(engine, runId, global.json);
        return Ok;
    }
    if (verb == u"approve") {
        qint64 id = 0;
        if (!jobId(arg, &id))
            return usageLine(Tr::tr("usage: opsctl pipelines approve JOB (a job number, see 'pipelines show RUN')"));
        if (!check(await(engine.approve(id)), &code))
            return code;
        printOut(Tr::tr("job %1 approved").arg(id));
        return Ok;
    }
    if (verb == u"rollback") {
        if (arg.isEmpty())
            return usageLine(Tr::tr("usage: opsctl pipelines rollback ENV"));
        engine.startWorkers();
        const auto deployment = await(engine.rollback(arg));
        if (!check(deployment, &code))
            return code;
        printOut(Tr::tr("%1 rolled back: %2 is live again (commit %3, deployment %4)")
                     .arg(arg, deployment->branch, deployment->commit.left(8), deployment->id));
        return Ok;
    }
    if (verb == u"freeze" || verb == u"unfreeze") {
        if (arg.isEmpty())
            return usageLine(Tr::tr("usage: opsctl pipelines %1 ENV [REASON]").arg(verb));
        if (!check(await(engine.setFrozen(arg, verb == u"freeze", options.args.mid(1).join(u' '))), &code))
            return code;
        printOut(verb == u"freeze" ? Tr::tr("%1 is frozen: no deployment starts there").arg(arg)
                                   : Tr::tr("%1 is open for deployments again").arg(arg));
        return Ok;
    }
    if (verb == u"environments") {
        const auto envs = await(engine.environments());
        if (!check(envs, &code))
            return code;
        if (global.json) {
            QJsonArray out;
            for (const Backend::EnvironmentState &e : *envs) {
                QJsonObject o{{u"name"_s, e.name}, {u"frozen"_s, e.frozen}, {u"frozen_by"_s, e.frozenBy},
                              {u"freeze_reason"_s, e.freezeReason}};
                if (e.live)
                    o.insert(u"live"_s, QJsonObject{{u"deployment"_s, e.live->id}, {u"run"_s, e.live->runId},
                                                     {u"repository"_s, e.live->repository}, {u"branch"_s, e.live->branch},
                                                     {u"commit"_s, e.live->commit},
                                                     {u"since"_s, e.live->completedAt.toString(Qt::ISODateWithMs)}});
                out.append(o);
            }
            printJson(out);
            return Ok;
        }
        Table table({Tr::tr("ENVIRONMENT"), Tr::tr("LIVE"), Tr::tr("COMMIT"), Tr::tr("RUN"), Tr::tr("SINCE"),
                     Tr::tr("FROZEN")});
        for (const Backend::EnvironmentState &e : *envs) {
            table.addRow({e.name, e.live ? e.live->repository + u'@' + e.live->branch : u"-"_s,
                          e.live ? e.live->commit.left(8) : u"-"_s, e.live ? shortId(e.live->runId) : u"-"_s,
                          e.live ? age(e.live->completedAt) : u"-"_s,
                          e.frozen ? Tr::tr("yes (%1: %2)").arg(e.frozenBy, e.freezeReason) : Tr::tr("no")});
        }
        printOut(table.toString());
        return Ok;
    }
    if (verb == u"events") {
        QString runId;
        if (!arg.isEmpty() && !resolveRun(engine, arg, &runId, &code))
            return code;
        const auto events = await(engine.events(runId, options.limit));
        if (!check(events, &code))
            return code;
        Table table({Tr::tr("WHEN"), Tr::tr("KIND"), Tr::tr("BY"), Tr::tr("RUN"), Tr::tr("MESSAGE")});
        for (const Backend::PipelineEvent &e : *events)
            table.addRow({e.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s), e.kind, e.actor, shortId(e.runId),
                          e.message});
        printOut(table.toString());
        return Ok;
    }
    if (verb == u"repos") {
        const QString sub = options.args.value(0);
        if (sub == u"add" && options.args.size() == 3) {
            const auto added = await(engine.addRepository(options.args.at(1), options.args.at(2)));
            if (!check(added, &code))
                return code;
            printOut(Tr::tr("repository '%1' added (%2)").arg(added->name, added->kind));
            return Ok;
        }
        if (sub == u"list" && options.args.size() == 1) {
            const auto repos = await(engine.repositories());
            if (!check(repos, &code))
                return code;
            if (global.json) {
                QJsonArray out;
                for (const Backend::RepositoryInfo &r : *repos)
                    out.append(QJsonObject{{u"name"_s, r.name}, {u"source"_s, r.source}, {u"kind"_s, r.kind}});
                printJson(out);
                return Ok;
            }
            Table table({Tr::tr("NAME"), Tr::tr("KIND"), Tr::tr("SOURCE")});
            for (const Backend::RepositoryInfo &r : *repos)
                table.addRow({r.name, r.kind, r.source});
            printOut(table.toString());
            return Ok;
        }
        return usageLine(Tr::tr("usage: opsctl pipelines repos add NAME SOURCE | repos list"));
    }
    return usageLine(Tr::tr("unknown command 'pipelines %1'").arg(verb));
}

} // namespace

int pipelinesCommand(const GlobalOptions &global, const QString &verb, const PipelinesOptions &options)
{
    if (verb == u"run")
        return runCommand(global, options, false);
    if (verb == u"deploy")
        return runCommand(global, options, true);
    if (verb == u"list")
        return listCommand(global, options);
    if (verb == u"show") {
        if (options.args.size() != 1)
            return usageLine(Tr::tr("usage: opsctl pipelines show RUN"));
        return showCommand(global, options.args.at(0));
    }
    if (verb == u"logs")
        return logsCommand(global, options);
    return simpleCommand(global, verb, options);
}

} // namespace OpsDeck::Cli
