// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// What the embedded pipeline engine costs end to end (issue "Pipelines",
// benchmarks), measured through its public interface only: a real git
// repository made with the git command, a real SQLite file, real job
// processes (in bubblewrap when it works here, and again with it off).
//
//   (1) trigger to first line: trigger() of a one-job pipeline
//       (`script: echo first`) on a 20-file repository until the line
//       "first" reaches a logLines() subscriber. The subscriber follows every
//       job as soon as jobUpdated() names it (the job is announced as pending
//       inside trigger(), long before its checkout is done, so no line is
//       missed; a miss would be counted). One run at a time, on an idle
//       engine; the phases come from the job log's own timestamps.
//   (2) trivial jobs with checkout: one run of N `script: "true"` jobs with
//       `needs: []`, workers = the number of cores; jobs per minute. The
//       ceiling beside it: a bare fork/execve/waitpid loop of /bin/true, of
//       the shell a job runs, and of that shell inside bwrap.
//   (3) log line to subscriber: a job runs a python3 script (part of the
//       checkout) that prints time.time_ns() on each line, 2 ms apart; the
//       subscriber subtracts it from its own CLOCK_REALTIME.
//
//   pipeline_bench [--runs N] [--jobs N] [--lines N] [--trace]
//
// --trace prints the stored log of the last job of (1) with each line's
// time after trigger(), at the log's ns resolution.
//
// Measured, never asserted: the table says where a target is missed.
#include <opsdeck/pipelines/embeddedpipelineengine.h>

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace OpsDeck;
using Backend::JobStatus;
using Backend::RunStatus;
using Pipelines::EmbeddedPipelineEngine;
using Pipelines::EngineOptions;

namespace {

// What the issue compares with (quoted, not run).
constexpr double kGitlabRunnerPollMs = 3000; // gitlab-runner's default check_interval
constexpr double kJenkinsQuietPeriodMs = 5000; // Jenkins' default quiet period

qint64 realtimeNs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_REALTIME, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

double msSince(qint64 startNs)
{
    return double(realtimeNs() - startNs) / 1e6;
}

struct Stats
{
    std::size_t n = 0;
    double p50 = 0, p95 = 0, p99 = 0, max = 0;
};

Stats stats(std::vector<double> v)
{
    Stats s;
    if (v.empty())
        return s;
    std::sort(v.begin(), v.end());
    auto at = [&](double p) { return v[std::min(v.size() - 1, std::size_t(p * double(v.size())))]; };
    s.n = v.size();
    s.p50 = at(0.50);
    s.p95 = at(0.95);
    s.p99 = at(0.99);
    s.max = v.back();
    return s;
}

double loadAverage()
{
    double one = -1;
    if (FILE *f = std::fopen("/proc/loadavg", "r")) {
        if (std::fscanf(f, "%lf", &one) != 1)
            one = -1;
        std::fclose(f);
    }
    return one;
}

void printLoad(const char *when)
{
    QFile f(u"/proc/loadavg"_s);
    QByteArray text = f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray("unknown");
    std::printf("load average at %s: %s (%d cores)\n", when, text.constData(), QThread::idealThreadCount());
    std::fflush(stdout);
}

/** Runs the event loop until \a done holds or \a timeoutMs passes; false on timeout. */
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    const qint64 start = realtimeNs();
    while (!done()) {
        if (msSince(start) > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

template<typename T>
std::optional<T> await(QFuture<Result<T>> future, const char *what)
{
    if (!waitFor([&] { return future.isFinished(); }, 60'000)) {
        std::fprintf(stderr, "pipeline_bench: %s did not answer in 60 s\n", what);
        return std::nullopt;
    }
    const Result<T> result = future.result();
    if (!result) {
        std::fprintf(stderr, "pipeline_bench: %s failed: %s\n", what, qPrintable(result.error().toString()));
        return std::nullopt;
    }
    return *result;
}

bool isTerminal(RunStatus s)
{
    return s != RunStatus::Queued && s != RunStatus::Running;
}

// --- the repository --------------------------------------------------------------

bool git(const QString &dir, const QStringList &args)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"GIT_CONFIG_NOSYSTEM"_s, u"1"_s);
    env.insert(u"GIT_CONFIG_GLOBAL"_s, u"/dev/null"_s);
    for (const char *who : {"AUTHOR", "COMMITTER"}) {
        env.insert(u"GIT_%1_NAME"_s.arg(QLatin1StringView(who)), u"Bench"_s);
        env.insert(u"GIT_%1_EMAIL"_s.arg(QLatin1StringView(who)), u"bench@opsdeck.dev"_s);
    }
    process.setProcessEnvironment(env);
    process.start(u"git"_s, args);
    if (!process.waitForFinished(30'000) || process.exitCode() != 0) {
        std::fprintf(stderr, "pipeline_bench: git %s failed in %s: %s\n", qPrintable(args.join(u' ')),
                     qPrintable(dir), process.readAllStandardError().constData());
        return false;
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "pipeline_bench: cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

const QByteArray kEmitter = "import sys, time\n"
                            "for i in range(int(sys.argv[1])):\n"
                            "    sys.stdout.write('%d line %d\\n' % (time.time_ns(), i))\n"
                            "    sys.stdout.flush()\n"
                            "    time.sleep(0.002)\n";

/**
 * A 20-file repository with three branches: main (one job, `echo first`),
 * many (\a jobs trivial jobs, all ready at once) and lines (the emitter).
 */
bool makeRepository(const QString &dir, int jobs, int lines)
{
    QDir().mkpath(dir);
    if (!git(dir, {u"init"_s, u"-q"_s, u"-b"_s, u"main"_s}))
        return false;
    bool ok = writeFile(dir + u"/README.md"_s, "# bench app\n") && writeFile(dir + u"/Makefile"_s, "all:\n\ttrue\n")
        && writeFile(dir + u"/emit.py"_s, kEmitter);
    for (int i = 1; ok && i <= 16; ++i) {
        QByteArray body = "int f" + QByteArray::number(i) + "(int x)\n{\n";
        for (int l = 0; l < 40; ++l)
            body += "    x = x * 31 + " + QByteArray::number(l) + ";\n";
        body += "    return x;\n}\n";
        ok = writeFile(dir + u"/src/file%1.c"_s.arg(i, 2, 10, QChar(u'0')), body);
    }
    ok = ok && writeFile(dir + u"/.opsdeck/pipeline.yml"_s,
                         "version: 1\nstages: [build]\njobs:\n  first:\n    stage: build\n    script: echo first\n");
    if (!ok || !git(dir, {u"add"_s, u"-A"_s}) || !git(dir, {u"commit"_s, u"-q"_s, u"-m"_s, u"first"_s}))
        return false;

    QByteArray many = "version: 1\nstages: [build]\njobs:\n";
    for (int i = 1; i <= jobs; ++i)
        many += "  j" + QByteArray::number(i).rightJustified(4, '0') + ":\n    stage: build\n    needs: []\n"
                "    script: \"true\"\n";
    if (!git(dir, {u"checkout"_s, u"-q"_s, u"-b"_s, u"many"_s}) || !writeFile(dir + u"/.opsdeck/pipeline.yml"_s, many)
        || !git(dir, {u"commit"_s, u"-q"_s, u"-am"_s, u"many"_s}))
        return false;
    const QByteArray linesPipeline = "version: 1\nstages: [build]\njobs:\n  lines:\n    stage: build\n"
                                     "    script: python3 emit.py " + QByteArray::number(lines) + "\n";
    return git(dir, {u"checkout"_s, u"-q"_s, u"-b"_s, u"lines"_s, u"main"_s})
        && writeFile(dir + u"/.opsdeck/pipeline.yml"_s, linesPipeline)
        && git(dir, {u"commit"_s, u"-q"_s, u"-am"_s, u"lines"_s}) && git(dir, {u"checkout"_s, u"-q"_s, u"main"_s});
}

// --- the subscriber --------------------------------------------------------------

/**
 * What a panel does: follows every job the engine announces and notes when
 * lines arrive. Everything here runs on the owner (main) thread.
 */
class Subscriber
{
public:
    explicit Subscriber(EmbeddedPipelineEngine *engine)
        : m_engine(engine)
    {
        QObject::connect(engine, &Backend::IPipelineEngine::jobUpdated, &m_context,
                         [this](const Backend::PipelineJob &job) { onJob(job); });
        QObject::connect(engine, &Backend::IPipelineEngine::runUpdated, &m_context,
                         [this](const Backend::PipelineRun &run) {
                             if (isTerminal(run.status))
                                 finishedRuns.insert(run.id, realtimeNs());
                         });
        QObject::connect(engine, &Backend::IPipelineEngine::logLines, &m_context,
                         [this](qint64 jobId, const QList<Backend::LogLine> &lines) { onLines(jobId, lines); });
    }

    QHash<QString, qint64> finishedRuns;   ///< run id -> when its terminal update arrived
    QHash<qint64, qint64> firstLineAt;     ///< job id -> when its "first" line arrived
    QHash<qint64, QString> runOfJob;
    QString sandboxNote;
    /** Set during (3): embedded-time deltas of the emitter's lines, ms. */
    std::vector<double> *lineDelays = nullptr;
    /** Off during (2): a panel follows the job it shows, not two hundred at once. */
    bool followJobs = true;

private:
    void onJob(const Backend::PipelineJob &job)
    {
        if (followJobs && !m_followed.contains(job.id) && !Backend::isFinished(job.status)) {
            m_followed.insert(job.id);
            runOfJob.insert(job.id, job.runId);
            m_engine->followLog(job.id, true);
        }
        if (!job.sandbox.isEmpty())
            sandboxNote = job.sandbox;
        if (Backend::isFinished(job.status) && m_followed.remove(job.id))
            m_engine->followLog(job.id, false);
    }

    void onLines(qint64 jobId, const QList<Backend::LogLine> &lines)
    {
        const qint64 now = realtimeNs();
        for (const Backend::LogLine &line : lines) {
            if (line.stream != Backend::LogLine::Stream::Out)
                continue;
            if (line.text == "first" && !firstLineAt.contains(jobId))
                firstLineAt.insert(jobId, now);
            if (lineDelays && line.text.contains(" line ")) {
                bool ok = false;
                const qint64 written = line.text.left(line.text.indexOf(' ')).toLongLong(&ok);
                if (ok)
                    lineDelays->push_back(double(now - written) / 1e6);
            }
        }
    }

    EmbeddedPipelineEngine *m_engine;
    QObject m_context;
    QSet<qint64> m_followed;
};

// --- (1) trigger to first line ------------------------------------------------

struct LatencyResult
{
    Stats total;
    Stats toJobStart, checkout, stepSpawn, delivery; // phases, from the job log's timestamps
    int missed = 0;
    int failed = 0;
    QString lastRun;      ///< the last measured run and job, and when it was triggered (--trace)
    qint64 lastJob = 0;
    qint64 lastTriggerNs = 0;
};

Backend::TriggerRequest request(const QString &ref)
{
    Backend::TriggerRequest r;
    r.repository = u"app"_s;
    r.ref = ref;
    r.environment = u"development"_s;
    return r;
}

LatencyResult triggerLatency(EmbeddedPipelineEngine &engine, Subscriber &sub, int runs)
{
    LatencyResult out;
    std::vector<double> total, start, checkout, spawn, delivery;
    const int warmup = 5;
    for (int i = 0; i < warmup + runs; ++i) {
        const qint64 t0 = realtimeNs();
        auto run = await(engine.trigger(request(u"main"_s)), "trigger");
        if (!run) {
            ++out.failed;
            continue;
        }
        if (!waitFor([&] { return sub.finishedRuns.contains(run->id); }, 30'000)) {
            std::fprintf(stderr, "pipeline_bench: run %s did not end in 30 s\n", qPrintable(run->id));
            ++out.failed;
            continue;
        }
        auto details = await(engine.runDetails(run->id), "runDetails");
        if (!details || details->jobs.size() != 1 || details->run.status != RunStatus::Success) {
            ++out.failed;
            continue;
        }
        const qint64 jobId = details->jobs.first().id;
        if (i < warmup)
            continue;
        if (!sub.firstLineAt.contains(jobId)) {
            ++out.missed; // followed too late: the line went by before the subscription
            continue;
        }
        const qint64 received = sub.firstLineAt.value(jobId);
        total.push_back(double(received - t0) / 1e6);
        out.lastRun = run->id;
        out.lastJob = jobId;
        out.lastTriggerNs = t0;
        // Where the time went, from the log's own clock (ms resolution).
        auto log = await(engine.readLog(jobId, 0, 100), "readLog");
        if (!log)
            continue;
        qint64 running = 0, checkedOut = 0, step = 0, first = 0;
        for (const Backend::LogLine &line : log->lines) {
            if (line.stream == Backend::LogLine::Stream::System) {
                if (!running && line.text.startsWith("Running job"))
                    running = line.timeMs;
                else if (!checkedOut && line.text.startsWith("Checked out"))
                    checkedOut = line.timeMs;
                else if (!step && line.text.startsWith("Step 1"))
                    step = line.timeMs;
            } else if (line.text == "first" && !first) {
                first = line.timeMs;
            }
        }
        if (running && checkedOut && step && first) {
            start.push_back(double(running) - double(t0) / 1e6);
            checkout.push_back(double(checkedOut - running));
            spawn.push_back(double(first - step));
            delivery.push_back(double(received) / 1e6 - double(first));
        }
    }
    out.total = stats(total);
    out.toJobStart = stats(start);
    out.checkout = stats(checkout);
    out.stepSpawn = stats(spawn);
    out.delivery = stats(delivery);
    return out;
}

// --- (2) trivial jobs with checkout ------------------------------------------------

struct ThroughputResult
{
    int jobs = 0;
    int succeeded = 0;
    double seconds = 0;
    /** Mean ms per job from the stored logs: started -> checked out -> step -> exited -> done -> the slot's next start. */
    double checkout = 0, toStep = 0, process = 0, toDone = 0, slotIdle = 0;
    double perMinute() const { return seconds > 0 ? succeeded * 60.0 / seconds : 0; }
};

/** The phases of every job of \a details, from their stored logs (ns timestamps). */
void jobPhases(const QString &workspace, const Backend::RunDetails &details, ThroughputResult *out)
{
    struct Span
    {
        qint64 start = 0, checkedOut = 0, step = 0, exited = 0, done = 0;
    };
    std::map<QByteArray, std::vector<Span>> bySlot;
    double checkout = 0, toStep = 0, process = 0, toDone = 0;
    int n = 0;
    for (const Backend::PipelineJob &job : details.jobs) {
        QFile file(QDir(workspace).filePath(u"logs/%1/%2.log"_s.arg(details.run.id).arg(job.id)));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        Span span;
        QByteArray slot;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            const qint64 ns = line.left(19).toLongLong();
            const QByteArray text = line.mid(22);
            if (text.startsWith("Running job")) {
                span.start = ns;
                slot = text.mid(text.indexOf(" on ") + 4).split(',').value(0);
            } else if (text.startsWith("Checked out")) {
                span.checkedOut = ns;
            } else if (text.startsWith("Step 1")) {
                span.step = ns;
            } else if (text.startsWith("exited with")) {
                span.exited = ns;
            } else if (text.startsWith("Job ")) {
                span.done = ns;
            }
        }
        if (!span.start || !span.checkedOut || !span.step || !span.exited || !span.done)
            continue;
        checkout += double(span.checkedOut - span.start);
        toStep += double(span.step - span.checkedOut);
        process += double(span.exited - span.step);
        toDone += double(span.done - span.exited);
        ++n;
        bySlot[slot].push_back(span);
    }
    if (n == 0)
        return;
    out->checkout = checkout / n / 1e6;
    out->toStep = toStep / n / 1e6;
    out->process = process / n / 1e6;
    out->toDone = toDone / n / 1e6;
    double idle = 0;
    int gaps = 0;
    for (auto &[slot, spans] : bySlot) {
        std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
        for (std::size_t i = 1; i < spans.size(); ++i, ++gaps)
            idle += double(spans[i].start - spans[i - 1].done);
    }
    out->slotIdle = gaps ? idle / gaps / 1e6 : 0;
}

ThroughputResult throughput(EmbeddedPipelineEngine &engine, Subscriber &sub, int jobs, const QString &workspace)
{
    ThroughputResult out;
    out.jobs = jobs;
    sub.followJobs = false;
    const qint64 t0 = realtimeNs();
    auto run = await(engine.trigger(request(u"many"_s)), "trigger");
    if (!run)
        return out;
    if (!waitFor([&] { return sub.finishedRuns.contains(run->id); }, 150'000)) {
        std::fprintf(stderr, "pipeline_bench: the %d-job run did not end in 150 s\n", jobs);
        return out;
    }
    sub.followJobs = true;
    out.seconds = double(sub.finishedRuns.value(run->id) - t0) / 1e9;
    if (auto details = await(engine.runDetails(run->id), "runDetails")) {
        for (const Backend::PipelineJob &job : details->jobs)
            out.succeeded += job.status == JobStatus::Success ? 1 : 0;
        jobPhases(workspace, *details, &out);
    }
    return out;
}

/** ms per process of fork + execve + waitpid of \a argv, \a runs times; the ceiling. */
double bareLoop(const std::vector<std::string> &argv, int runs)
{
    std::vector<char *> args;
    for (const std::string &a : argv)
        args.push_back(const_cast<char *>(a.c_str()));
    args.push_back(nullptr);
    const qint64 t0 = realtimeNs();
    for (int i = 0; i < runs; ++i) {
        const pid_t pid = ::fork();
        if (pid == 0) {
            ::execv(args[0], args.data());
            ::_exit(127);
        }
        int status = 0;
        ::waitpid(pid, &status, 0);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
            return -1;
    }
    return msSince(t0) / runs;
}

// --- (3) log line to subscriber ----------------------------------------------------

struct LinesResult
{
    Stats delay;
    int expected = 0;
};

LinesResult lineLatency(EmbeddedPipelineEngine &engine, Subscriber &sub, int lines)
{
    LinesResult out;
    out.expected = lines;
    std::vector<double> delays;
    sub.lineDelays = &delays;
    sub.followJobs = true;
    if (auto run = await(engine.trigger(request(u"lines"_s)), "trigger")) {
        if (!waitFor([&] { return sub.finishedRuns.contains(run->id); }, 60'000))
            std::fprintf(stderr, "pipeline_bench: the line emitter did not end in 60 s\n");
    }
    sub.lineDelays = nullptr;
    out.delay = stats(delays);
    return out;
}

/**
 * The stored job log (docs/job-logs.md: 19-digit CLOCK_REALTIME ns per line)
 * of \a result's last job, each line's time after trigger(): where the
 * milliseconds of (1) go, at a finer grain than the API's timeMs.
 */
void printTrace(const QString &workspace, const LatencyResult &result)
{
    QFile file(QDir(workspace).filePath(u"logs/%1/%2.log"_s.arg(result.lastRun).arg(result.lastJob)));
    if (result.lastJob == 0 || !file.open(QIODevice::ReadOnly)) {
        std::printf("  (trace) no stored log to show\n");
        return;
    }
    std::printf("  (trace) run %s, job %lld, ms after trigger():\n", qPrintable(result.lastRun),
                static_cast<long long>(result.lastJob));
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        bool ok = false;
        const qint64 ns = line.left(19).toLongLong(&ok);
        if (ok)
            std::printf("    %8.2f  %s\n", double(ns - result.lastTriggerNs) / 1e6, line.mid(20).left(110).constData());
    }
}

// --- one engine, one sandbox mode ------------------------------------------------

struct ModeResult
{
    QString name;
    QString sandboxNote;
    bool opened = false;
    LatencyResult latency;
    ThroughputResult throughput;
    LinesResult lines;
};

ModeResult measure(const QString &name, EngineOptions::Sandbox sandbox, const QString &workspace,
                   const QString &repo, int runs, int jobs, int lines, bool trace)
{
    ModeResult out;
    out.name = name;
    EngineOptions options;
    options.directory = workspace;
    options.sandbox = sandbox;
    options.workers = 0; // the number of cores
    options.pollInterval = std::chrono::milliseconds(0);
    options.user = u"bench"_s;
    auto engine = EmbeddedPipelineEngine::open(options);
    if (!engine) {
        std::fprintf(stderr, "pipeline_bench: cannot open the engine (%s): %s\n", qPrintable(name),
                     qPrintable(engine.error().toString()));
        return out;
    }
    if (!await((*engine)->addRepository(u"app"_s, repo), "addRepository"))
        return out;
    out.opened = true;
    Subscriber sub(engine->get());
    std::printf("  %s: trigger latency, %d runs ...\n", qPrintable(name), runs);
    std::fflush(stdout);
    out.latency = triggerLatency(**engine, sub, runs);
    out.sandboxNote = sub.sandboxNote;
    if (trace)
        printTrace(workspace, out.latency);
    std::printf("  %s: %d trivial jobs ...\n", qPrintable(name), jobs);
    std::fflush(stdout);
    out.throughput = throughput(**engine, sub, jobs, workspace);
    if (::access("/usr/bin/python3", X_OK) == 0) {
        std::printf("  %s: %d log lines ...\n", qPrintable(name), lines);
        std::fflush(stdout);
        out.lines = lineLatency(**engine, sub, lines);
    }
    return out;
}

void printStatsRow(const char *what, const Stats &s, const char *target)
{
    std::printf("  %-40s %5zu %8.1f %8.1f %8.1f %8.1f   %s\n", what, s.n, s.p50, s.p95, s.p99, s.max, target);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int runs = 200, jobs = 200, lines = 1000;
    bool trace = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--trace") == 0) {
            trace = true;
            continue;
        }
        if (i + 1 >= argc) {
            std::fprintf(stderr, "pipeline_bench: %s needs a number\n", argv[i]);
            return 2;
        }
        if (std::strcmp(argv[i], "--runs") == 0)
            runs = std::max(1, std::atoi(argv[++i]));
        else if (std::strcmp(argv[i], "--jobs") == 0)
            jobs = std::max(1, std::atoi(argv[++i]));
        else if (std::strcmp(argv[i], "--lines") == 0)
            lines = std::max(1, std::atoi(argv[++i]));
        else {
            std::fprintf(stderr, "usage: pipeline_bench [--runs N] [--jobs N] [--lines N] [--trace]\n");
            return 2;
        }
    }
    const qint64 benchStart = realtimeNs();
    printLoad("start");
    const double loadAtStart = loadAverage();

    QTemporaryDir scratch(QDir::tempPath() + u"/pipeline-bench-XXXXXX"_s);
    if (!scratch.isValid())
        return 1;
    const QString repo = scratch.filePath(u"app"_s);
    if (!makeRepository(repo, jobs, lines))
        return 1;

    std::vector<ModeResult> modes;
    modes.push_back(measure(u"sandbox auto"_s, EngineOptions::Sandbox::Auto, scratch.filePath(u"ws-auto/pipelines"_s),
                            repo, runs, jobs, lines, trace));
    modes.push_back(measure(u"sandbox off"_s, EngineOptions::Sandbox::Off, scratch.filePath(u"ws-off/pipelines"_s),
                            repo, runs, jobs, lines, trace));

    // The ceiling: what one trivial process costs here, nothing else.
    const int bareRuns = 300;
    const double bareTrue = bareLoop({"/bin/true"}, bareRuns);
    const double bareBash = bareLoop({"/bin/bash", "--noprofile", "--norc", "-c", "true"}, bareRuns);
    double bareBwrap = -1;
    if (::access("/usr/bin/bwrap", X_OK) == 0) {
        const std::string dir = scratch.path().toStdString();
        bareBwrap = bareLoop({"/usr/bin/bwrap", "--die-with-parent", "--unshare-net", "--ro-bind", "/", "/", "--dev",
                              "/dev", "--proc", "/proc", "--tmpfs", "/tmp", "--bind", dir, dir, "--chdir", dir, "--",
                              "/bin/bash", "--noprofile", "--norc", "-c", "true"},
                             100);
    }

    std::printf("\npipeline_bench: embedded engine, %d-file repository, workers = %d cores\n", 20,
                QThread::idealThreadCount());
    for (const ModeResult &m : modes) {
        if (!m.opened) {
            std::printf("\n[%s] engine did not open\n", qPrintable(m.name));
            continue;
        }
        std::printf("\n[%s] job sandbox: %s\n", qPrintable(m.name), qPrintable(m.sandboxNote));
        std::printf("  %-40s %5s %8s %8s %8s %8s   %s\n", "(ms)", "n", "p50", "p95", "p99", "max", "target");
        printStatsRow("(1) trigger() -> \"first\" at subscriber", m.latency.total, "p50 <= 25, p99 <= 100");
        printStatsRow("    trigger() -> job started", m.latency.toJobStart, "");
        printStatsRow("    job started -> checked out", m.latency.checkout, "");
        printStatsRow("    step started -> line read", m.latency.stepSpawn, "");
        printStatsRow("    line read -> subscriber", m.latency.delivery, "");
        if (m.latency.missed || m.latency.failed)
            std::printf("  (1) missed (followed too late): %d, failed runs: %d\n", m.latency.missed, m.latency.failed);
        printStatsRow("(3) line write -> subscriber", m.lines.delay, "p99 <= 50");
        if (m.lines.delay.n != std::size_t(m.lines.expected))
            std::printf("  (3) received %zu of %d lines\n", m.lines.delay.n, m.lines.expected);
        const ThroughputResult &t = m.throughput;
        std::printf("  (2) %d trivial jobs with checkout: %d succeeded in %.2f s = %.0f jobs/min, %.1f ms/job "
                    "(target >= 2000 jobs/min)\n",
                    t.jobs, t.succeeded, t.seconds, t.perMinute(), t.succeeded ? t.seconds * 1000 / t.succeeded : 0.0);
        std::printf("      per job on its slot, mean ms: started -> checked out %.1f, -> step %.1f, step -> exited %.1f, "
                    "-> done %.1f; slot idle until its next job %.1f\n",
                    t.checkout, t.toStep, t.process, t.toDone, t.slotIdle);
    }
    std::printf("\nceiling, one process at a time (fork + execve + waitpid):\n");
    std::printf("  /bin/true                                  %6.2f ms = %6.0f /min\n", bareTrue, 60'000 / bareTrue);
    std::printf("  bash --noprofile --norc -c true            %6.2f ms = %6.0f /min\n", bareBash, 60'000 / bareBash);
    if (bareBwrap > 0)
        std::printf("  bwrap (the job's mounts) bash -c true      %6.2f ms = %6.0f /min\n", bareBwrap, 60'000 / bareBwrap);
    std::printf("  x %d cores, bash: %.0f /min\n", QThread::idealThreadCount(),
                60'000 / bareBash * QThread::idealThreadCount());
    std::printf("\nfor comparison (constants, not run): gitlab-runner polls every %.0f ms; Jenkins' quiet period "
                "is %.0f ms\n",
                kGitlabRunnerPollMs, kJenkinsQuietPeriodMs);
    std::printf("\n");
    printLoad("end");
    std::printf("whole bench: %.1f s (load at start %.2f)\n", msSince(benchStart) / 1000, loadAtStart);
    return 0;
}
