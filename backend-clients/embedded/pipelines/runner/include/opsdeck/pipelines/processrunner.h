// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

/**
 * \file
 * Runs a job's processes on this machine (docs/job-logs.md, "Running"):
 * resource limits, a wall-clock timeout, cancel from any thread, killing
 * the whole process tree (also grandchildren that called setsid() or
 * double-forked), an optional bubblewrap sandbox, and live output lines.
 *
 * How a tree is killed: the child starts in its own process group, and its
 * environment carries OPSDECK_JOB_TOKEN=<128 random bits>. On timeout,
 * cancel, and (by default) when the main process ends, the runner signals
 * the group, then sweeps /proc for processes of this user whose environ
 * holds the token (what Jenkins' ProcessTreeKiller does with BUILD_ID),
 * SIGSTOPs them all so none can fork, SIGKILLs them, and repeats until a
 * sweep finds none. Each candidate is pinned with a pidfd before its environ
 * is read, so a recycled pid is never signalled. When the runner can make a
 * cgroup v2 below its own, the job also runs in it (memory.max, cpu.max,
 * pids.max, then cgroup.kill). A process that scrubs its environment and
 * leaves the group escapes only when there is no cgroup.
 *
 * One ProcessRunner has one thread serving all its processes (epoll over
 * the pipes, pidfds and timers). Callbacks run on that thread: keep them
 * short, and never wait() on the same runner from inside one.
 *
 * \code
 * ProcessRunner runner;
 * ProcessSpec spec;
 * spec.argv = {"/bin/sh", "-c", "make test"};
 * spec.workingDirectory = checkout;
 * spec.environment = {"PATH=/usr/bin:/bin", "HOME=" + checkout};
 * spec.limits = *resourceLimitsFor("small");
 * spec.timeout = std::chrono::minutes(30);
 * spec.sandbox = sandboxAvailable();
 * spec.logPath = runDir + "/job-42.log";
 * std::string error;
 * auto job = runner.start(spec, [](const LogLine &l) { show(l); },
 *                         [](const ProcessResult &r) { report(r); }, &error);
 * if (!job) fail(error);
 * ...
 * job->cancel();                   // any thread
 * ProcessResult result = job->wait();
 * \endcode
 */

#include <opsdeck/pipelines/joblog.h>

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <sys/types.h>

namespace OpsDeck::Pipelines {

/**
 * What a job may use. Zero means "no limit". cpuSeconds and memoryBytes
 * are rlimits and so apply to each process of the tree separately;
 * cpus, maxProcesses (and memoryBytes once more, for the tree) need a cgroup.
 */
struct ResourceLimits
{
    std::string resourceClass;        ///< "small", "medium", "large" or "custom"
    std::uint64_t cpuSeconds = 0;     ///< RLIMIT_CPU (SIGXCPU at the limit, SIGKILL 5 s later)
    std::uint64_t memoryBytes = 0;    ///< RLIMIT_DATA per process (heap + private mappings); memory.max for the tree
    std::uint32_t cpus = 0;           ///< cgroup cpu.max: this many CPUs' worth of time
    std::uint32_t maxProcesses = 0;   ///< cgroup pids.max (RLIMIT_NPROC is per user, so never used)
    std::uint64_t openFiles = 0;      ///< RLIMIT_NOFILE
    friend bool operator==(const ResourceLimits &, const ResourceLimits &) = default;
};

/**
 * The limits of a resource class (the seed's worker sizes):
 *   small   1 CPU, 2 GiB, 1 h CPU time,  512 processes
 *   medium  2 CPU, 4 GiB, 2 h CPU time, 1024 processes
 *   large   4 CPU, 8 GiB, 4 h CPU time, 2048 processes
 * all with 4096 open files. Nothing for an unknown name.
 */
std::optional<ResourceLimits> resourceLimitsFor(std::string_view resourceClass);

/** How limits are enforced. */
enum class LimitMechanism : std::uint8_t {
    None,           ///< no limits asked for
    Rlimits,        ///< setrlimit in the child only
    CgroupV2,       ///< a cgroup v2 of the job's own (plus the rlimits)
};

/** "none", "rlimits", "cgroup v2 + rlimits". */
const char *limitMechanismName(LimitMechanism mechanism);

/**
 * What this process can use for jobs: CgroupV2 when it can create a cgroup
 * under its own delegated one, else Rlimits; \a why says why not a cgroup.
 * Probed once, cached.
 */
LimitMechanism availableLimitMechanism(std::string *why = nullptr);

/**
 * True when bubblewrap is installed and works here (probed once with a
 * real `bwrap ... true`, cached). When false, \a why says why, e.g.
 * "sandbox off: bwrap not installed".
 */
bool sandboxAvailable(std::string *why = nullptr);

/** One process to run. */
struct ProcessSpec
{
    std::vector<std::string> argv;       ///< argv[0] is searched in PATH of \a environment when it has no '/'
    std::string workingDirectory;        ///< must exist
    std::vector<std::string> environment;///< complete, "NAME=value"; the runner adds OPSDECK_JOB_TOKEN
    ResourceLimits limits;               ///< all zero: none
    std::chrono::milliseconds timeout{0};///< wall clock, 0: none
    std::chrono::milliseconds killGrace{5000}; ///< SIGTERM to SIGKILL on timeout/cancel/leftovers
    bool killLeftovers = true;           ///< kill what the job left running when its main process ends
    bool sandbox = false;                ///< through bwrap: no network, read-only /, private /tmp
    std::string sandboxWritable;         ///< writable folder in the sandbox; default workingDirectory
    /** Folders the sandbox covers with an empty tmpfs (other jobs, the workspace's data); sandboxWritable stays visible. */
    std::vector<std::string> sandboxHidden;
    std::string logPath;                 ///< when set, every line is also appended to this job log
};

/** How a process ended. */
struct ProcessResult
{
    int exitCode = -1;                   ///< when it exited (through the sandbox: 128+N for signal N)
    int signal = 0;                      ///< when a signal ended it
    bool timedOut = false;
    bool cancelled = false;
    std::chrono::nanoseconds wallTime{0};///< start to the main process's end
    std::chrono::nanoseconds userCpu{0}; ///< of the tree as far as it was reaped (wait4)
    std::chrono::nanoseconds systemCpu{0};
    std::int64_t maxRssKiB = 0;          ///< largest resident set among the reaped processes
    LimitMechanism limitMechanism = LimitMechanism::None;
    std::string limitNote;               ///< e.g. "cgroup v2 not used: ..."
    bool sandboxed = false;
    std::string sandboxNote;             ///< "sandbox on: bwrap ..." / "sandbox off: ..."
    int leftoversKilled = 0;             ///< processes of the tree killed after the main one ended
    std::string logError;                ///< set when writing the job log failed
    /** Exited with status 0, not timed out or cancelled. */
    bool succeeded() const { return signal == 0 && exitCode == 0 && !timedOut && !cancelled; }
};

class ProcessRunner;

/** A started process. Shared: the runner keeps it until it has ended. */
class ProcessHandle
{
public:
    virtual ~ProcessHandle() = default;
    /** The main process (bwrap when sandboxed). */
    virtual pid_t pid() const = 0;
    /** The OPSDECK_JOB_TOKEN value tagging every process of the tree. */
    virtual const std::string &token() const = 0;
    /** Kills the whole tree (SIGTERM, killGrace, SIGKILL); the result says cancelled. Any thread, any time. */
    virtual void cancel() = 0;
    /** True once the result is there (and onFinished has run). */
    virtual bool finished() const = 0;
    /** Blocks until finished. Never from a callback of the same runner. */
    virtual ProcessResult wait() = 0;
    /** Like wait() but gives up after \a timeout. */
    virtual std::optional<ProcessResult> waitFor(std::chrono::milliseconds timeout) = 0;
};

class ProcessRunner
{
public:
    using LineCallback = std::function<void(const LogLine &)>;
    using FinishedCallback = std::function<void(const ProcessResult &)>;

    ProcessRunner();
    /** Cancels whatever still runs (grace 0) and waits for it. */
    ~ProcessRunner();
    ProcessRunner(const ProcessRunner &) = delete;
    ProcessRunner &operator=(const ProcessRunner &) = delete;

    /**
     * Starts \a spec. \a onLine gets every complete line (stdout, stderr and
     * the runner's own System lines) in order per stream, on the runner's
     * thread, right after it was read; \a onFinished gets the result once
     * the process ended, its leftovers are dead and its output is drained.
     * Either may be empty. Null with \a error naming the cause (program not
     * found, working directory missing, log not writable, ...).
     */
    std::shared_ptr<ProcessHandle> start(const ProcessSpec &spec, LineCallback onLine,
                                         FinishedCallback onFinished, std::string *error);

    /** Processes started and not finished. */
    std::size_t running() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace OpsDeck::Pipelines
