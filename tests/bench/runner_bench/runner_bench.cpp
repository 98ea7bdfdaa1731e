// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// What the job runner costs (docs/job-logs.md, "Figures"):
//   (a) log line latency: a python3 child writes lines carrying its
//       CLOCK_REALTIME at write(), 1 ms apart; the callback subtracts that
//       from its own clock: p50/p99/max (target p99 <= 50 ms);
//   (b) trivial process throughput: /bin/true through the runner (one at a
//       time, and 8 in flight) beside a bare fork/execve/waitpid loop, the
//       ceiling on this machine;
//   (c) opening (count + index) a 1,000,000-line job log, and line(i);
//   (d) starting jobs from a big process (1 GiB resident, like a console
//       with a large log open) while another thread keeps writing to that
//       memory, as the GUI thread does: spawns per second and the writer's
//       longest stall, fork() against the runner's clone(CLONE_VM).
//
//   runner_bench [--lines N] [--runs N]
#include "opsdeck/pipelines/joblog.h"
#include "opsdeck/pipelines/processrunner.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <sys/wait.h>
#include <unistd.h>

using namespace OpsDeck::Pipelines;
using Clock = std::chrono::steady_clock;

namespace {

double ms(Clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

ProcessSpec specFor(std::vector<std::string> argv, const std::string &dir)
{
    ProcessSpec spec;
    spec.argv = std::move(argv);
    spec.workingDirectory = dir;
    spec.environment = {"PATH=/usr/bin:/bin", "HOME=" + dir};
    return spec;
}

void latency(const std::string &dir, int lines)
{
    if (::access("/usr/bin/python3", X_OK) != 0) {
        std::printf("(a) skipped: needs /usr/bin/python3\n");
        return;
    }
    const std::string script = "import sys, time\n"
                               "for i in range(" + std::to_string(lines) + "):\n"
                               "    sys.stdout.write('%d line %d\\n' % (time.time_ns(), i)); sys.stdout.flush()\n"
                               "    time.sleep(0.001)\n";
    std::mutex m;
    std::vector<double> delays;
    ProcessRunner runner;
    std::string error;
    auto job = runner.start(specFor({"/usr/bin/python3", "-c", script}, dir),
                            [&](const LogLine &l) {
                                if (l.stream != LogStream::Stdout)
                                    return;
                                const long long written = std::atoll(l.bytes.c_str());
                                std::lock_guard lock(m);
                                delays.push_back(static_cast<double>(realtimeNs() - written) / 1e6);
                            },
                            {}, &error);
    if (!job) {
        std::printf("(a) failed: %s\n", error.c_str());
        return;
    }
    job->wait();
    std::sort(delays.begin(), delays.end());
    if (delays.empty())
        return;
    auto pct = [&](double p) { return delays[std::min(delays.size() - 1, static_cast<std::size_t>(p * static_cast<double>(delays.size())))]; };
    std::printf("(a) write() to callback, %zu lines: p50 %.3f ms, p99 %.3f ms, max %.3f ms\n", delays.size(),
                pct(0.50), pct(0.99), delays.back());
}

void throughput(const std::string &dir, int runs)
{
    // The ceiling: fork + execve + waitpid, nothing else.
    auto started = Clock::now();
    for (int i = 0; i < runs; ++i) {
        const pid_t pid = ::fork();
        if (pid == 0) {
            const char *argv[] = {"/bin/true", nullptr};
            ::execv("/bin/true", const_cast<char **>(argv));
            ::_exit(127);
        }
        ::waitpid(pid, nullptr, 0);
    }
    const double bare = ms(Clock::now() - started);
    std::printf("(b) bare fork/exec/waitpid of /bin/true: %d runs, %.3f ms each, %.0f/s\n", runs, bare / runs,
                runs * 1000.0 / bare);

    ProcessRunner runner;
    std::string error;
    started = Clock::now();
    for (int i = 0; i < runs; ++i) {
        auto job = runner.start(specFor({"/bin/true"}, dir), {}, {}, &error);
        if (!job || !job->wait().succeeded()) {
            std::printf("(b) failed: %s\n", error.c_str());
            return;
        }
    }
    const double one = ms(Clock::now() - started);
    std::printf("(b) runner, one at a time: %.3f ms each, %.0f/s (%.1fx the bare loop)\n", one / runs,
                runs * 1000.0 / one, one / bare);

    started = Clock::now();
    std::vector<std::shared_ptr<ProcessHandle>> inFlight;
    for (int i = 0; i < runs; ++i) {
        if (inFlight.size() == 8) {
            inFlight.front()->wait();
            inFlight.erase(inFlight.begin());
        }
        inFlight.push_back(runner.start(specFor({"/bin/true"}, dir), {}, {}, &error));
    }
    for (auto &job : inFlight)
        job->wait();
    const double eight = ms(Clock::now() - started);
    std::printf("(b) runner, 8 in flight: %.3f ms each, %.0f/s\n", eight / runs, runs * 1000.0 / eight);
}

void bigLog(const std::string &dir)
{
    const std::string path = dir + "/big.log";
    constexpr std::size_t kLines = 1'000'000;
    {
        std::string text = "#opsdeck-joblog 1\n";
        char buf[128];
        for (std::size_t i = 0; i < kLines; ++i) {
            const int n = std::snprintf(buf, sizeof buf, "%019zu O line %07zu compiling module_%zu.cpp\n",
                                        1'700'000'000'000'000'000 + i, i, i % 977);
            text.append(buf, static_cast<std::size_t>(n));
        }
        std::ofstream(path, std::ios::binary).write(text.data(), static_cast<std::streamsize>(text.size()));
    }
    const auto size = std::filesystem::file_size(path);
    std::string error;
    for (int round = 0; round < 3; ++round) {
        const auto started = Clock::now();
        auto reader = JobLogReader::open(path, &error);
        const double open = ms(Clock::now() - started);
        const auto lineStarted = Clock::now();
        std::size_t bytes = 0;
        for (std::size_t i = 0; i < 1000; ++i)
            bytes += reader->line((i * 7919) % kLines)->bytes.size();
        const double perLine = ms(Clock::now() - lineStarted) / 1000;
        const auto searchStarted = Clock::now();
        const std::size_t hits = reader->search("module_976.cpp").size();
        std::printf("(c) %zu lines, %.0f MB: open + index %.1f ms, line(i) %.4f ms, search %.0f ms (%zu hits)%s\n",
                    reader->lineCount(), static_cast<double>(size) / 1e6, open, perLine,
                    ms(Clock::now() - searchStarted), hits, bytes ? "" : " ?");
    }
}

} // namespace

/** Writes one byte per page of \a ballast, round and round, and keeps its longest pause. */
struct PageWriter
{
    std::vector<char> &ballast;
    std::atomic<bool> stop{false};
    double worstMs = 0;
    std::thread thread;

    explicit PageWriter(std::vector<char> &b)
        : ballast(b), thread([this] { loop(); })
    {
    }
    ~PageWriter()
    {
        stop = true;
        thread.join();
    }
    void loop()
    {
        std::size_t at = 0;
        while (!stop) {
            const auto t0 = Clock::now();
            for (int k = 0; k < 256; ++k) {
                ballast[at] += 1;
                at = (at + 4096) % ballast.size();
            }
            worstMs = std::max(worstMs, ms(Clock::now() - t0));
        }
    }
};

void bigParent(const std::string &dir, int runs)
{
    std::vector<char> ballast(std::size_t(1) << 30);
    for (std::size_t i = 0; i < ballast.size(); i += 4096)
        ballast[i] = 1;
    double bare = 0, bareWorst = 0;
    {
        PageWriter writer(ballast);
        const auto started = Clock::now();
        for (int i = 0; i < runs; ++i) {
            const pid_t pid = ::fork();
            if (pid == 0) {
                const char *argv[] = {"/bin/true", nullptr};
                ::execv("/bin/true", const_cast<char **>(argv));
                ::_exit(127);
            }
            ::waitpid(pid, nullptr, 0);
        }
        bare = ms(Clock::now() - started) / runs;
        bareWorst = writer.worstMs;
    }
    double runner = 0, runnerWorst = 0;
    {
        ProcessRunner processes;
        std::string error;
        PageWriter writer(ballast);
        const auto started = Clock::now();
        for (int i = 0; i < runs; ++i) {
            auto job = processes.start(specFor({"/bin/true"}, dir), {}, {}, &error);
            if (!job || !job->wait().succeeded()) {
                std::printf("(d) failed: %s\n", error.c_str());
                return;
            }
        }
        runner = ms(Clock::now() - started) / runs;
        runnerWorst = writer.worstMs;
    }
    std::printf("(d) from a 1 GiB process, %d runs: fork/exec %.3f ms each, writer thread's longest stall %.1f ms;"
                " runner %.3f ms each, longest stall %.1f ms\n",
                runs, bare, bareWorst, runner, runnerWorst);
}

int main(int argc, char **argv)
{
    int lines = 2000, runs = 500;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--lines") == 0)
            lines = std::atoi(argv[i + 1]);
        else if (std::strcmp(argv[i], "--runs") == 0)
            runs = std::atoi(argv[i + 1]);
    }
    std::string tmp = std::filesystem::temp_directory_path().string() + "/runner-bench-XXXXXX";
    if (!::mkdtemp(tmp.data()))
        return 1;
    latency(tmp, lines);
    throughput(tmp, runs);
    bigLog(tmp);
    bigParent(tmp, std::min(runs, 200));
    std::filesystem::remove_all(tmp);
    return 0;
}
