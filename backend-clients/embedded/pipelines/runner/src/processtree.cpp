// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "processtree_p.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <mutex>
#include <set>
#include <sstream>

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace OpsDeck::Pipelines {

namespace {

constexpr std::uint64_t kGiB = 1024ull * 1024 * 1024;
constexpr long kCgroup2Magic = 0x63677270;

bool writeFileText(const std::string &path, const std::string &text)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
    ::close(fd);
    return ok;
}

/** "/sys/fs/cgroup/<own cgroup>" or empty with \a why. */
std::string ownCgroupDir(std::string *why)
{
    struct statfs fs{};
    if (::statfs("/sys/fs/cgroup", &fs) != 0 || static_cast<long>(fs.f_type) != kCgroup2Magic) {
        *why = "cgroup v2 not used: /sys/fs/cgroup is not a cgroup2 mount";
        return {};
    }
    std::ifstream in("/proc/self/cgroup");
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("0::", 0) == 0)
            return "/sys/fs/cgroup" + line.substr(3);
    }
    *why = "cgroup v2 not used: /proc/self/cgroup has no unified (0::) entry";
    return {};
}

} // namespace

std::optional<ResourceLimits> resourceLimitsFor(std::string_view resourceClass)
{
    // The seed's worker sizes (1/2/4 vCPU, 2/4/8 GB); CPU time is one hour
    // per CPU, well beyond any sane job, so it only stops a runaway loop.
    ResourceLimits l;
    l.resourceClass = std::string(resourceClass);
    l.openFiles = 4096;
    if (resourceClass == "small") {
        l.cpus = 1, l.memoryBytes = 2 * kGiB, l.cpuSeconds = 3600, l.maxProcesses = 512;
    } else if (resourceClass == "medium") {
        l.cpus = 2, l.memoryBytes = 4 * kGiB, l.cpuSeconds = 7200, l.maxProcesses = 1024;
    } else if (resourceClass == "large") {
        l.cpus = 4, l.memoryBytes = 8 * kGiB, l.cpuSeconds = 14400, l.maxProcesses = 2048;
    } else {
        return std::nullopt;
    }
    return l;
}

const char *limitMechanismName(LimitMechanism mechanism)
{
    switch (mechanism) {
    case LimitMechanism::None: return "none";
    case LimitMechanism::Rlimits: return "rlimits";
    case LimitMechanism::CgroupV2: return "cgroup v2 + rlimits";
    }
    return "none";
}

LimitMechanism availableLimitMechanism(std::string *why)
{
    static std::once_flag once;
    static LimitMechanism mechanism = LimitMechanism::Rlimits;
    static std::string reason;
    std::call_once(once, [] {
        const std::string dir = ownCgroupDir(&reason);
        if (dir.empty())
            return;
        const std::string probe = dir + "/opsdeck-probe-" + std::to_string(::getpid());
        if (::mkdir(probe.c_str(), 0755) != 0) {
            reason = "cgroup v2 not used: cannot create a cgroup under " + dir + ": " + std::strerror(errno);
            return;
        }
        const bool canKill = ::access((probe + "/cgroup.kill").c_str(), W_OK) == 0;
        ::rmdir(probe.c_str());
        if (!canKill) {
            reason = "cgroup v2 not used: " + dir + " has no cgroup.kill (Linux < 5.14)";
            return;
        }
        mechanism = LimitMechanism::CgroupV2;
        reason = "cgroup v2 under " + dir;
    });
    if (why)
        *why = reason;
    return mechanism;
}

bool sandboxAvailable(std::string *why)
{
    static std::once_flag once;
    static bool available = false;
    static std::string reason;
    std::call_once(once, [] {
        const std::string bwrap = Internal::bwrapPath();
        if (bwrap.empty()) {
            reason = "sandbox off: bwrap not installed";
            return;
        }
        // Installed is not enough: user namespaces may be disabled.
        const pid_t pid = ::fork();
        if (pid == 0) {
            const int devnull = ::open("/dev/null", O_RDWR);
            ::dup2(devnull, 0), ::dup2(devnull, 1), ::dup2(devnull, 2);
            const char *argv[] = {bwrap.c_str(), "--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc",
                                  "--unshare-net", "--die-with-parent", "true", nullptr};
            ::execv(bwrap.c_str(), const_cast<char **>(argv));
            ::_exit(127);
        }
        int status = 0;
        while (pid > 0 && ::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
        if (pid > 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0) {
            available = true;
            reason = "sandbox on: " + bwrap + " (no network, read-only /, private /tmp)";
        } else {
            reason = "sandbox off: " + bwrap + " cannot create its namespaces here (a test run failed)";
        }
    });
    if (why)
        *why = reason;
    return available;
}

namespace Internal {

std::string newJobToken()
{
    unsigned char raw[16];
    std::size_t got = 0;
    while (got < sizeof raw) {
        const ssize_t n = ::getrandom(raw + got, sizeof raw - got, 0);
        if (n > 0)
            got += static_cast<std::size_t>(n);
    }
    static const char hex[] = "0123456789abcdef";
    std::string token;
    for (unsigned char c : raw) {
        token += hex[c >> 4];
        token += hex[c & 15];
    }
    return token;
}

int pidfdOpen(pid_t pid)
{
    return static_cast<int>(::syscall(SYS_pidfd_open, pid, 0));
}

int pidfdSignal(int pidfd, int signal)
{
    return static_cast<int>(::syscall(SYS_pidfd_send_signal, pidfd, signal, nullptr, 0));
}

namespace {

/** The whole of /proc/PID/environ into \a env; false when it cannot be opened. */
bool readEnviron(const char *path, std::string &env)
{
    env.clear();
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    char buf[16384];
    ssize_t n;
    while ((n = ::read(fd, buf, sizeof buf)) > 0)
        env.append(buf, static_cast<std::size_t>(n));
    ::close(fd);
    return true;
}

/** Neither a kernel thread nor a zombie (from /proc/PID/stat): its empty environment may be an execve in progress. */
bool mayBeInExec(long pid)
{
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%ld/stat", pid);
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    char buf[1024];
    const ssize_t n = ::read(fd, buf, sizeof buf - 1);
    ::close(fd);
    if (n <= 0)
        return false;
    buf[n] = '\0';
    // "pid (comm) state ppid pgrp session tty_nr tpgid flags ...": comm may
    // hold spaces and parentheses, so fields are counted from the last ')'.
    const char *close = std::strrchr(buf, ')');
    if (!close || close[1] != ' ')
        return false;
    const char state = close[2];
    if (state == 'Z' || state == 'X')
        return false;
    unsigned long flags = 0;
    if (std::sscanf(close + 3, " %*d %*d %*d %*d %*d %lu", &flags) != 1)
        return false;
    constexpr unsigned long kKernelThread = 0x00200000; // PF_KTHREAD
    return (flags & kKernelThread) == 0;
}

} // namespace

std::vector<TaggedProcess> findTagged(const std::string &token)
{
    std::vector<TaggedProcess> found;
    const std::string needle = std::string(kTokenVariable) + "=" + token;
    DIR *proc = ::opendir("/proc");
    if (!proc)
        return found;
    const pid_t self = ::getpid();
    const uid_t uid = ::geteuid();
    std::string env;
    char path[64];
    while (dirent *entry = ::readdir(proc)) {
        char *end = nullptr;
        const long pid = std::strtol(entry->d_name, &end, 10);
        if (*end != '\0' || pid <= 0 || pid == self)
            continue;
        std::snprintf(path, sizeof path, "/proc/%ld/environ", pid);
        struct stat st{};
        if (uid != 0 && (::stat(path, &st) != 0 || st.st_uid != uid))
            continue; // another user's process: not ours to read, not ours to kill
        const int pidfd = pidfdOpen(static_cast<pid_t>(pid));
        if (pidfd < 0)
            continue;
        bool match = false;
        // A process in the middle of execve shows an empty environment for a
        // moment (its new memory map has none yet): one a job started just
        // before it ended would slip through. Read such a process again,
        // unless it is a kernel thread or a zombie, whose environment stays
        // empty.
        bool readable = readEnviron(path, env);
        for (int retry = 0; readable && env.empty() && retry < 20 && mayBeInExec(pid); ++retry) {
            ::usleep(200);
            readable = readEnviron(path, env);
        }
        if (readable) {
            // NAME=value as a whole entry: at the start or after a NUL, ending at a NUL or the end.
            for (std::size_t at = env.find(needle); at != std::string::npos; at = env.find(needle, at + 1)) {
                const std::size_t after = at + needle.size();
                if ((at == 0 || env[at - 1] == '\0') && (after == env.size() || env[after] == '\0')) {
                    match = true;
                    break;
                }
            }
        }
        // Still alive after the read: the environ we read was this process's.
        if (match && pidfdSignal(pidfd, 0) == 0)
            found.push_back({static_cast<pid_t>(pid), pidfd});
        else
            ::close(pidfd);
    }
    ::closedir(proc);
    return found;
}

void closeAll(std::vector<TaggedProcess> &processes)
{
    for (const TaggedProcess &p : processes)
        ::close(p.pidfd);
    processes.clear();
}

int signalTagged(const std::string &token, int signal)
{
    std::vector<TaggedProcess> tagged = findTagged(token);
    for (const TaggedProcess &p : tagged)
        pidfdSignal(p.pidfd, signal);
    const int count = static_cast<int>(tagged.size());
    closeAll(tagged);
    return count;
}

int freezeAndKill(const std::string &token)
{
    std::set<pid_t> killed;
    // A stopped process cannot fork, so the tree only shrinks; the bound is
    // against a process we can see but cannot kill.
    for (int round = 0; round < 100; ++round) {
        std::vector<TaggedProcess> tagged = findTagged(token);
        if (tagged.empty())
            break;
        for (const TaggedProcess &p : tagged)
            pidfdSignal(p.pidfd, SIGSTOP);
        for (const TaggedProcess &p : tagged) {
            pidfdSignal(p.pidfd, SIGKILL);
            killed.insert(p.pid);
        }
        closeAll(tagged);
    }
    return static_cast<int>(killed.size());
}

JobCgroup::~JobCgroup()
{
    if (m_procsFd >= 0)
        ::close(m_procsFd);
    // Empty once its processes have exited; a few tries for the last ones.
    for (int i = 0; i < 50 && ::rmdir(m_path.c_str()) != 0 && errno == EBUSY; ++i)
        ::usleep(2000);
}

std::unique_ptr<JobCgroup> JobCgroup::create(const std::string &token, const ResourceLimits &limits,
                                             std::string *why)
{
    if (availableLimitMechanism(why) != LimitMechanism::CgroupV2)
        return nullptr;
    const std::string dir = ownCgroupDir(why);
    if (dir.empty())
        return nullptr;
    std::unique_ptr<JobCgroup> group(new JobCgroup);
    group->m_path = dir + "/opsdeck-job-" + token;
    if (::mkdir(group->m_path.c_str(), 0755) != 0) {
        *why = "cgroup v2 not used: cannot create " + group->m_path + ": " + std::strerror(errno);
        group->m_path.clear();
        return nullptr;
    }
    // A limit whose controller is not delegated to us has no file: noted, not fatal.
    std::string missing;
    if (limits.memoryBytes && !writeFileText(group->m_path + "/memory.max", std::to_string(limits.memoryBytes)))
        missing += " memory.max";
    if (limits.cpus && !writeFileText(group->m_path + "/cpu.max", std::to_string(limits.cpus * 100000) + " 100000"))
        missing += " cpu.max";
    if (limits.maxProcesses && !writeFileText(group->m_path + "/pids.max", std::to_string(limits.maxProcesses)))
        missing += " pids.max";
    group->m_procsFd = ::open((group->m_path + "/cgroup.procs").c_str(), O_WRONLY | O_CLOEXEC);
    if (group->m_procsFd < 0) {
        *why = "cgroup v2 not used: cannot open " + group->m_path + "/cgroup.procs: " + std::strerror(errno);
        return nullptr;
    }
    *why = "cgroup v2 " + group->m_path + (missing.empty() ? std::string() : "; not delegated:" + missing);
    return group;
}

bool JobCgroup::kill()
{
    return writeFileText(m_path + "/cgroup.kill", "1");
}

std::string bwrapPath()
{
    for (const char *candidate : {"/usr/bin/bwrap", "/usr/local/bin/bwrap", "/bin/bwrap"}) {
        if (::access(candidate, X_OK) == 0)
            return candidate;
    }
    return {};
}

std::vector<std::string> bwrapArguments(const std::string &bwrap, const std::string &writable,
                                        const std::string &workingDirectory, const std::vector<std::string> &hidden)
{
    // Order matters: later mounts cover earlier ones, so the private /tmp
    // and the hidden folders come before the writable folder (which may
    // live under either of them).
    std::vector<std::string> args{bwrap, "--die-with-parent", "--unshare-net", "--ro-bind", "/", "/", "--dev", "/dev",
                                  "--proc", "/proc", "--tmpfs", "/tmp"};
    for (const std::string &path : hidden) {
        args.push_back("--tmpfs");
        args.push_back(path);
    }
    for (const char *arg : {"--bind", writable.c_str(), writable.c_str(), "--chdir", workingDirectory.c_str()})
        args.emplace_back(arg);
    return args;
}

} // namespace Internal
} // namespace OpsDeck::Pipelines
