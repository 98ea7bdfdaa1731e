// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/pipelines/processrunner.h"

#include "linesplitter_p.h"
#include "processtree_p.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <future>
#include <list>
#include <mutex>
#include <thread>

#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace OpsDeck::Pipelines {

using namespace Internal;
using Clock = std::chrono::steady_clock;

struct RunnerJob;

namespace {

constexpr auto kSweepInterval = std::chrono::milliseconds(20);

struct ChildLimit
{
    int resource;
    rlimit value;
};

/** What the child does between clone() and execve(), all prepared before. */
struct ChildSetup
{
    int procsFd = -1;
    int devnull = -1;
    int out = -1;
    int err = -1;
    int status = -1;
    const ChildLimit *rlimits = nullptr;
    std::size_t rlimitCount = 0;
    const char *cwd = nullptr;
    const char *program = nullptr;
    char *const *argv = nullptr;
    char *const *envp = nullptr;
};

/**
 * The child's side: own process group, cgroup, fds 0-2, limits, default
 * signals, then exec. It runs on its own small stack in the parent's memory
 * (CLONE_VM) while the calling thread waits, so only plain system calls:
 * no allocation, no locks. A failure is reported through the status pipe.
 */
int childMain(void *arg)
{
    const ChildSetup &c = *static_cast<const ChildSetup *>(arg);
    ::setpgid(0, 0);
    int e = 0;
    if (c.procsFd >= 0 && ::write(c.procsFd, "0", 1) != 1) {
        e = errno;
    } else {
        // Handlers first (the parent's would run in this half-made child),
        // then the signal mask the parent blocked around clone().
        struct sigaction dfl{};
        dfl.sa_handler = SIG_DFL;
        for (int sig = 1; sig < NSIG; ++sig)
            if (sig != SIGKILL && sig != SIGSTOP)
                ::sigaction(sig, &dfl, nullptr);
        sigset_t none;
        sigemptyset(&none);
        ::sigprocmask(SIG_SETMASK, &none, nullptr);
        ::dup2(c.devnull, 0);
        ::dup2(c.out, 1);
        ::dup2(c.err, 2);
        for (std::size_t k = 0; k < c.rlimitCount; ++k)
            ::setrlimit(c.rlimits[k].resource, &c.rlimits[k].value);
        // Anything another thread opened without O_CLOEXEC stays out of the job.
        ::syscall(SYS_close_range, 3u, ~0u, 4u /* CLOSE_RANGE_CLOEXEC */);
        if (::chdir(c.cwd) != 0)
            e = errno;
        else
            ::execve(c.program, c.argv, c.envp);
        if (!e)
            e = errno;
    }
    [[maybe_unused]] ssize_t n = ::write(c.status, &e, sizeof e);
    ::_exit(127);
}

/**
 * Starts childMain() the way posix_spawn does: clone(CLONE_VM | CLONE_VFORK),
 * so the kernel copies no page tables and the other threads of this process
 * (the GUI thread of the console) take no copy-on-write faults afterwards.
 * fork() here stalled every thread for tens of milliseconds per job. Returns
 * the pid, or -errno.
 */
pid_t spawnChild(ChildSetup *setup)
{
    constexpr std::size_t kStack = 64 * 1024;
    void *stack = ::mmap(nullptr, kStack, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
    if (stack == MAP_FAILED)
        return -errno;
    sigset_t all, old;
    sigfillset(&all);
    ::pthread_sigmask(SIG_SETMASK, &all, &old);
    const pid_t pid = ::clone(childMain, static_cast<char *>(stack) + kStack, CLONE_VM | CLONE_VFORK | SIGCHLD, setup);
    const int e = errno;
    ::pthread_sigmask(SIG_SETMASK, &old, nullptr);
    ::munmap(stack, kStack);
    return pid < 0 ? -e : pid;
}
constexpr auto kDrainAfterKill = std::chrono::milliseconds(1000);
constexpr auto kDrainLeftoversAlive = std::chrono::milliseconds(200);

std::string seconds(std::chrono::nanoseconds d)
{
    const double s = std::chrono::duration<double>(d).count();
    char buf[32];
    std::snprintf(buf, sizeof buf, s < 10 ? "%.2f s" : "%.0f s", s);
    return buf;
}

std::string bytesText(std::uint64_t b)
{
    if (b % (1024ull * 1024 * 1024) == 0)
        return std::to_string(b >> 30) + " GiB";
    return std::to_string(b >> 20) + " MiB";
}

/** argv[0] as execve wants it: searched in PATH when it has no '/'. */
std::string resolveProgram(const ProcessSpec &spec, std::string *error)
{
    const std::string &program = spec.argv.front();
    if (program.find('/') != std::string::npos) {
        const std::string full = program.front() == '/' ? program : spec.workingDirectory + "/" + program;
        if (::access(full.c_str(), X_OK) != 0) {
            *error = "cannot run '" + program + "': " + std::strerror(errno);
            return {};
        }
        return full;
    }
    std::string path = "/usr/local/bin:/usr/bin:/bin";
    for (const std::string &e : spec.environment)
        if (e.rfind("PATH=", 0) == 0)
            path = e.substr(5);
    std::size_t from = 0;
    while (from <= path.size()) {
        std::size_t to = path.find(':', from);
        if (to == std::string::npos)
            to = path.size();
        std::string dir = path.substr(from, to - from);
        if (dir.empty())
            dir = spec.workingDirectory;
        const std::string full = dir + "/" + program;
        struct stat st{};
        if (::stat(full.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(full.c_str(), X_OK) == 0)
            return full;
        from = to + 1;
    }
    *error = "cannot run '" + program + "': not found in PATH=" + path;
    return {};
}

struct Watch
{
    RunnerJob *job;
    int kind; // 0 stdout, 1 stderr, 2 pidfd
};

} // namespace

/** One started process; the runner's thread owns everything but the completion state. */
struct RunnerJob final : ProcessHandle
{
    // Set before the process starts, then read-only.
    pid_t m_pid = -1;
    std::string m_token;
    std::chrono::milliseconds timeout{0};
    std::chrono::milliseconds grace{0};
    bool killLeftovers = true;
    ProcessRunner::LineCallback onLine;
    ProcessRunner::FinishedCallback onFinished;
    std::unique_ptr<JobLogWriter> writer;
    std::unique_ptr<JobCgroup> cgroup;
    std::vector<LogLine> startLines;
    ProcessResult result;
    int wakeFd = -1; // the runner's eventfd

    // The runner's thread only.
    int pidfd = -1;
    int fds[2] = {-1, -1};
    LineSplitter splitters[2] = {LineSplitter(LogStream::Stdout), LineSplitter(LogStream::Stderr)};
    Watch watches[3];
    Clock::time_point startedAt, timeoutAt = Clock::time_point::max(), termDeadline, nextSweep, drainDeadline;
    Clock::time_point exitedAt;
    bool mainExited = false, stopping = false, treeDone = false, reaped = false, leftoverChecked = false;
    bool removed = false;

    // Any thread.
    std::atomic<bool> cancelRequested{false};
    mutable std::mutex mutex;
    std::condition_variable finishedCv;
    bool done = false;

    pid_t pid() const override { return m_pid; }
    const std::string &token() const override { return m_token; }
    void cancel() override;
    bool finished() const override
    {
        std::lock_guard lock(mutex);
        return done;
    }
    ProcessResult wait() override
    {
        std::unique_lock lock(mutex);
        finishedCv.wait(lock, [this] { return done; });
        return result;
    }
    std::optional<ProcessResult> waitFor(std::chrono::milliseconds t) override
    {
        std::unique_lock lock(mutex);
        if (!finishedCv.wait_for(lock, t, [this] { return done; }))
            return std::nullopt;
        return result;
    }

    void deliver(LogLine line)
    {
        if (writer && result.logError.empty()) {
            std::string error;
            if (!writer->append(line, &error))
                result.logError = error;
        }
        if (onLine)
            onLine(line);
    }
    void system(std::string text) { deliver(LogLine{realtimeNs(), LogStream::System, false, std::move(text)}); }
};

struct ProcessRunner::Private
{
    int epoll = -1;
    int wake = -1;
    std::thread thread;
    std::thread::id threadId;

    std::mutex mutex; // guards the queue, the job count, quitting
    struct Launch
    {
        std::shared_ptr<RunnerJob> job;
        ProcessSpec spec;
        std::shared_ptr<std::promise<std::string>> started;
    };
    std::deque<Launch> launches;
    std::size_t active = 0;
    bool quitting = false;
    std::list<std::shared_ptr<RunnerJob>> jobs; // the runner's thread only

    void wakeUp()
    {
        const std::uint64_t one = 1;
        [[maybe_unused]] const ssize_t n = ::write(wake, &one, sizeof one);
    }
    void loop();
    std::string spawn(const std::shared_ptr<RunnerJob> &job, const ProcessSpec &spec);
    void launch(const std::shared_ptr<RunnerJob> &job, const ProcessSpec &spec, std::promise<std::string> &done);
    void readPipe(RunnerJob &job, int which);
    void closePipe(RunnerJob &job, int which);
    void advance(RunnerJob &job, Clock::time_point now);
    void beginStop(RunnerJob &job, Clock::time_point now, std::string why);
    void finish(RunnerJob &job);
};

void RunnerJob::cancel()
{
    cancelRequested = true;
    const std::uint64_t one = 1;
    [[maybe_unused]] const ssize_t n = ::write(wakeFd, &one, sizeof one);
}

ProcessRunner::ProcessRunner() : d(std::make_unique<Private>())
{
    d->epoll = ::epoll_create1(EPOLL_CLOEXEC);
    d->wake = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.ptr = nullptr;
    ::epoll_ctl(d->epoll, EPOLL_CTL_ADD, d->wake, &ev);
    d->thread = std::thread([this] { d->loop(); });
    d->threadId = d->thread.get_id();
}

ProcessRunner::~ProcessRunner()
{
    {
        std::lock_guard lock(d->mutex);
        d->quitting = true;
    }
    d->wakeUp();
    d->thread.join();
    ::close(d->wake);
    ::close(d->epoll);
}

std::size_t ProcessRunner::running() const
{
    std::lock_guard lock(d->mutex);
    return d->active;
}

std::shared_ptr<ProcessHandle> ProcessRunner::start(const ProcessSpec &spec, LineCallback onLine,
                                                    FinishedCallback onFinished, std::string *error)
{
    std::string failure;
    auto fail = [&](std::string text) -> std::shared_ptr<ProcessHandle> {
        if (error)
            *error = std::move(text);
        return nullptr;
    };
    if (spec.argv.empty() || spec.argv.front().empty())
        return fail("nothing to run: argv is empty");
    struct stat st{};
    if (spec.workingDirectory.empty() || ::stat(spec.workingDirectory.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
        return fail("working directory '" + spec.workingDirectory + "' does not exist or is not a folder");

    auto job = std::make_shared<RunnerJob>();
    job->wakeFd = d->wake;
    job->timeout = spec.timeout;
    job->grace = spec.killGrace;
    job->killLeftovers = spec.killLeftovers;
    job->onLine = std::move(onLine);
    job->onFinished = std::move(onFinished);
    if (!spec.logPath.empty()) {
        job->writer = JobLogWriter::open(spec.logPath, &failure);
        if (!job->writer)
            return fail(failure);
    }
    auto promise = std::make_shared<std::promise<std::string>>();
    std::future<std::string> started = promise->get_future();
    if (std::this_thread::get_id() == d->threadId) {
        // From a callback: the runner's thread itself starts it.
        d->launch(job, spec, *promise);
    } else {
        {
            std::lock_guard lock(d->mutex);
            if (d->quitting)
                return fail("the runner is shutting down");
            d->launches.push_back({job, spec, promise});
        }
        d->wakeUp();
    }
    failure = started.get();
    if (!failure.empty())
        return fail(failure);
    return job;
}

void ProcessRunner::Private::launch(const std::shared_ptr<RunnerJob> &job, const ProcessSpec &spec,
                                    std::promise<std::string> &done)
{
    const std::string failure = spawn(job, spec);
    if (failure.empty()) {
        {
            std::lock_guard lock(mutex);
            ++active;
        }
        jobs.push_back(job);
        for (LogLine &line : job->startLines)
            job->deliver(std::move(line));
        job->startLines.clear();
    }
    done.set_value(failure);
}

std::string ProcessRunner::Private::spawn(const std::shared_ptr<RunnerJob> &job, const ProcessSpec &spec)
{
    std::string error;
    std::string program = resolveProgram(spec, &error);
    if (program.empty())
        return error;
    job->m_token = newJobToken();

    // Limits: what the class asks for, how it is enforced, said once at the start.
    const ResourceLimits &limits = spec.limits;
    const bool anyLimit = limits.cpuSeconds || limits.memoryBytes || limits.cpus || limits.maxProcesses
                          || limits.openFiles;
    if (anyLimit) {
        std::string why;
        job->cgroup = JobCgroup::create(job->m_token, limits, &why);
        job->result.limitMechanism = job->cgroup ? LimitMechanism::CgroupV2 : LimitMechanism::Rlimits;
        job->result.limitNote = why;
        std::string text = "limits: " + (limits.resourceClass.empty() ? std::string("custom") : limits.resourceClass)
                           + " via " + limitMechanismName(job->result.limitMechanism) + " (";
        if (limits.cpuSeconds)
            text += "cpu time " + std::to_string(limits.cpuSeconds) + " s, ";
        if (limits.memoryBytes)
            text += "memory " + bytesText(limits.memoryBytes) + (job->cgroup ? "" : " per process") + ", ";
        if (limits.openFiles)
            text += "open files " + std::to_string(limits.openFiles) + ", ";
        text.resize(text.size() - 2);
        text += ")" + (why.empty() ? std::string() : "; " + why);
        job->startLines.push_back({realtimeNs(), LogStream::System, false, text});
    }

    std::vector<std::string> args;
    if (spec.sandbox) {
        std::string why;
        if (sandboxAvailable(&why)) {
            args = bwrapArguments(bwrapPath(), spec.sandboxWritable.empty() ? spec.workingDirectory
                                                                               : spec.sandboxWritable,
                                  spec.workingDirectory, spec.sandboxHidden);
            args.push_back("--");
            job->result.sandboxed = true;
        }
        job->result.sandboxNote = why;
        job->startLines.push_back({realtimeNs(), LogStream::System, false, why});
    }
    if (args.empty()) {
        args.push_back(program);
    } else {
        program = args.front();
        args.push_back(spec.argv.front());
    }
    args.insert(args.end(), spec.argv.begin() + 1, spec.argv.end());
    std::vector<std::string> env;
    const std::string tokenPrefix = std::string(kTokenVariable) + "=";
    for (const std::string &e : spec.environment)
        if (e.rfind(tokenPrefix, 0) != 0)
            env.push_back(e);
    env.push_back(tokenPrefix + job->m_token);

    // Everything the child touches is ready before fork(): after it, only
    // async-signal-safe calls (another thread may hold the malloc lock).
    std::vector<char *> argvp, envp;
    for (std::string &a : args)
        argvp.push_back(a.data());
    argvp.push_back(nullptr);
    for (std::string &e : env)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    std::vector<ChildLimit> rlimits;
    auto addLimit = [&](int resource, std::uint64_t soft, std::uint64_t hard) {
        rlimit current{};
        ::getrlimit(resource, &current);
        const rlim_t h = std::min<rlim_t>(static_cast<rlim_t>(hard), current.rlim_max);
        rlimits.push_back({resource, {std::min<rlim_t>(static_cast<rlim_t>(soft), h), h}});
    };
    if (limits.cpuSeconds)
        addLimit(RLIMIT_CPU, limits.cpuSeconds, limits.cpuSeconds + 5);
    if (limits.memoryBytes)
        addLimit(RLIMIT_DATA, limits.memoryBytes, limits.memoryBytes);
    if (limits.openFiles)
        addLimit(RLIMIT_NOFILE, limits.openFiles, limits.openFiles);

    int out[2], err[2], status[2];
    if (::pipe2(out, O_CLOEXEC) != 0)
        return std::string("cannot make a pipe: ") + std::strerror(errno);
    if (::pipe2(err, O_CLOEXEC) != 0) {
        ::close(out[0]), ::close(out[1]);
        return std::string("cannot make a pipe: ") + std::strerror(errno);
    }
    if (::pipe2(status, O_CLOEXEC) != 0) {
        ::close(out[0]), ::close(out[1]), ::close(err[0]), ::close(err[1]);
        return std::string("cannot make a pipe: ") + std::strerror(errno);
    }
    const int devnull = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    const int procsFd = job->cgroup ? job->cgroup->procsFd() : -1;
    const char *cwd = spec.workingDirectory.c_str();

    ChildSetup setup;
    setup.procsFd = procsFd;
    setup.devnull = devnull;
    setup.out = out[1];
    setup.err = err[1];
    setup.status = status[1];
    setup.rlimits = rlimits.data();
    setup.rlimitCount = rlimits.size();
    setup.cwd = cwd;
    setup.program = program.c_str();
    setup.argv = argvp.data();
    setup.envp = envp.data();

    job->startedAt = Clock::now();
    const pid_t pid = spawnChild(&setup);
    const int forkErrno = pid < 0 ? -pid : 0;
    ::close(devnull);
    ::close(out[1]), ::close(err[1]), ::close(status[1]);
    if (pid < 0) {
        ::close(out[0]), ::close(err[0]), ::close(status[0]);
        return std::string("cannot start a process: ") + std::strerror(forkErrno);
    }
    ::setpgid(pid, pid); // also here, so a signal to the group right away cannot miss it
    int childErrno = 0;
    ssize_t n;
    do {
        n = ::read(status[0], &childErrno, sizeof childErrno);
    } while (n < 0 && errno == EINTR);
    ::close(status[0]);
    if (n > 0) {
        ::close(out[0]), ::close(err[0]);
        ::waitpid(pid, nullptr, 0);
        return "cannot run '" + spec.argv.front() + "' in '" + spec.workingDirectory
               + "': " + std::strerror(childErrno);
    }
    job->m_pid = pid;
    job->pidfd = pidfdOpen(pid);
    job->fds[0] = out[0];
    job->fds[1] = err[0];
    if (job->timeout.count() > 0)
        job->timeoutAt = job->startedAt + job->timeout;
    for (int k = 0; k < 3; ++k) {
        job->watches[k] = Watch{job.get(), k};
        const int fd = k < 2 ? job->fds[k] : job->pidfd;
        if (k < 2)
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
        epoll_event ev{};
        ev.events = EPOLLIN;
        ev.data.ptr = &job->watches[k];
        ::epoll_ctl(epoll, EPOLL_CTL_ADD, fd, &ev);
    }
    return {};
}

void ProcessRunner::Private::readPipe(RunnerJob &job, int which)
{
    char buf[65536];
    for (;;) {
        const ssize_t n = ::read(job.fds[which], buf, sizeof buf);
        if (n > 0) {
            job.splitters[which].feed(buf, static_cast<std::size_t>(n), realtimeNs(),
                                      [&job](LogLine line) { job.deliver(std::move(line)); });
            if (static_cast<std::size_t>(n) < sizeof buf)
                return; // drained; the next poll tells when there is more
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EAGAIN)
            return;
        closePipe(job, which); // end of file (or an error: nothing more will come)
        return;
    }
}

void ProcessRunner::Private::closePipe(RunnerJob &job, int which)
{
    if (job.fds[which] < 0)
        return;
    ::epoll_ctl(epoll, EPOLL_CTL_DEL, job.fds[which], nullptr);
    ::close(job.fds[which]);
    job.fds[which] = -1;
    job.splitters[which].finish(realtimeNs(), [&job](LogLine line) { job.deliver(std::move(line)); });
}

void ProcessRunner::Private::beginStop(RunnerJob &job, Clock::time_point now, std::string why)
{
    job.stopping = true;
    job.system(std::move(why));
    job.termDeadline = now + job.grace;
    job.nextSweep = now + kSweepInterval;
    // The main process is not reaped yet (even as a zombie it holds its
    // pid), so its process group cannot belong to anyone else.
    ::kill(-job.m_pid, SIGTERM);
    signalTagged(job.m_token, SIGTERM);
}

void ProcessRunner::Private::advance(RunnerJob &job, Clock::time_point now)
{
    if (!job.stopping && !job.treeDone) {
        if (job.cancelRequested) {
            job.result.cancelled = true;
            beginStop(job, now, "cancelled: stopping the process tree (SIGTERM, SIGKILL after "
                                    + seconds(job.grace) + ")");
        } else if (!job.mainExited && now >= job.timeoutAt) {
            job.result.timedOut = true;
            beginStop(job, now, "timed out after " + seconds(job.timeout) + ": stopping the process tree (SIGTERM, SIGKILL after "
                                    + seconds(job.grace) + ")");
        } else if (job.mainExited && !job.leftoverChecked) {
            job.leftoverChecked = true;
            if (!job.killLeftovers) {
                job.treeDone = true;
            } else {
                std::vector<TaggedProcess> left = findTagged(job.m_token);
                job.result.leftoversKilled = static_cast<int>(left.size());
                closeAll(left);
                if (job.result.leftoversKilled > 0)
                    beginStop(job, now, "the main process ended; stopping "
                                            + std::to_string(job.result.leftoversKilled)
                                            + " process(es) it left running");
                else
                    ::kill(-job.m_pid, SIGKILL), job.treeDone = true;
            }
        }
    }
    if (job.stopping && !job.treeDone) {
        bool goneEarly = false;
        if (job.mainExited && now >= job.nextSweep) {
            std::vector<TaggedProcess> left = findTagged(job.m_token);
            goneEarly = left.empty();
            closeAll(left);
            job.nextSweep = now + kSweepInterval;
        }
        if (goneEarly || now >= job.termDeadline) {
            if (!job.reaped)
                ::kill(-job.m_pid, SIGKILL);
            if (job.cgroup)
                job.cgroup->kill();
            const int killed = freezeAndKill(job.m_token);
            if (killed > 0 && !goneEarly)
                job.system("killed " + std::to_string(killed) + " process(es) with SIGKILL after the "
                           + seconds(job.grace) + " grace");
            job.treeDone = true;
        }
    }
    if (job.mainExited && job.treeDone && !job.reaped) {
        int status = 0;
        rusage usage{};
        while (::wait4(job.m_pid, &status, 0, &usage) < 0 && errno == EINTR) {
        }
        job.reaped = true;
        job.cgroup.reset();
        job.result.wallTime = job.exitedAt - job.startedAt;
        job.result.userCpu = std::chrono::seconds(usage.ru_utime.tv_sec) + std::chrono::microseconds(usage.ru_utime.tv_usec);
        job.result.systemCpu = std::chrono::seconds(usage.ru_stime.tv_sec) + std::chrono::microseconds(usage.ru_stime.tv_usec);
        job.result.maxRssKiB = usage.ru_maxrss;
        if (WIFSIGNALED(status)) {
            job.result.signal = WTERMSIG(status);
        } else {
            job.result.exitCode = WEXITSTATUS(status);
        }
        // Whoever could still write is dead (or, without killLeftovers, let
        // live): read what is in the pipes, then stop waiting.
        job.drainDeadline = now + (job.killLeftovers ? kDrainAfterKill : kDrainLeftoversAlive);
    }
    if (job.reaped && ((job.fds[0] < 0 && job.fds[1] < 0) || now >= job.drainDeadline)) {
        if (job.fds[0] >= 0)
            readPipe(job, 0);
        if (job.fds[1] >= 0)
            readPipe(job, 1);
        closePipe(job, 0);
        closePipe(job, 1);
        finish(job);
    }
}

void ProcessRunner::Private::finish(RunnerJob &job)
{
    ProcessResult &r = job.result;
    if (r.signal)
        job.system("killed by signal " + std::to_string(r.signal) + " (" + sigabbrev_np(r.signal) + ") after "
                   + seconds(r.wallTime));
    else
        job.system("exited with code " + std::to_string(r.exitCode) + " after " + seconds(r.wallTime));
    if (job.writer) {
        std::string error;
        if (!job.writer->sync(&error) && r.logError.empty())
            r.logError = error;
    }
    if (job.pidfd >= 0)
        ::close(job.pidfd), job.pidfd = -1;
    if (job.onFinished)
        job.onFinished(r);
    job.removed = true;
    {
        std::lock_guard lock(mutex);
        --active;
    }
    {
        std::lock_guard lock(job.mutex);
        job.done = true;
    }
    job.finishedCv.notify_all();
}

void ProcessRunner::Private::loop()
{
    epoll_event events[64];
    for (;;) {
        auto now = Clock::now();
        Clock::time_point next = now + std::chrono::seconds(1);
        for (const auto &job : jobs) {
            if (!job->stopping && !job->mainExited)
                next = std::min(next, job->timeoutAt);
            if (job->stopping && !job->treeDone)
                next = std::min({next, job->termDeadline, job->mainExited ? job->nextSweep : next});
            if (job->reaped)
                next = std::min(next, job->drainDeadline);
        }
        const auto wait = std::chrono::ceil<std::chrono::milliseconds>(std::max(next - now, Clock::duration::zero()));
        const int n = ::epoll_wait(epoll, events, 64, static_cast<int>(wait.count()));
        for (int i = 0; i < n; ++i) {
            auto *watch = static_cast<Watch *>(events[i].data.ptr);
            if (!watch) {
                std::uint64_t count;
                [[maybe_unused]] ssize_t r = ::read(wake, &count, sizeof count);
                continue;
            }
            RunnerJob &job = *watch->job;
            if (watch->kind < 2) {
                if (job.fds[watch->kind] >= 0)
                    readPipe(job, watch->kind);
            } else if (!job.mainExited) {
                job.mainExited = true;
                job.exitedAt = Clock::now();
                ::epoll_ctl(epoll, EPOLL_CTL_DEL, job.pidfd, nullptr);
            }
        }
        bool quit = false;
        std::deque<Launch> starting;
        {
            std::lock_guard lock(mutex);
            starting.swap(launches);
            quit = quitting;
        }
        for (Launch &l : starting) {
            if (quit)
                l.started->set_value("the runner is shutting down");
            else
                launch(l.job, l.spec, *l.started);
        }
        now = Clock::now();
        for (const auto &job : jobs) {
            if (quit && !job->stopping && !job->mainExited) {
                job->grace = std::chrono::milliseconds(0);
                job->cancelRequested = true;
            }
            advance(*job, now);
        }
        jobs.remove_if([](const std::shared_ptr<RunnerJob> &job) { return job->removed; });
        if (quit && jobs.empty())
            return;
    }
}

} // namespace OpsDeck::Pipelines
