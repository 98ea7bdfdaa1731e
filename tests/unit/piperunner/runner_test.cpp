// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "runnertestutil.h"

#include "opsdeck/pipelines/joblog.h"

#include <gtest/gtest.h>

#include <csignal>
#include <memory>

using namespace OpsDeck::Pipelines;
using namespace OpsDeck::Test;
using namespace std::chrono_literals;

namespace {

ProcessResult runScript(ProcessRunner &runner, const ProcessSpec &spec, Collector &lines)
{
    std::string error;
    auto job = runner.start(spec, lines.callback(), {}, &error);
    EXPECT_TRUE(job) << error;
    if (!job)
        return {};
    return job->wait();
}

} // namespace

TEST(Runner, LinesArriveInOrderWithTheirStreams)
{
    TempDir dir;
    ProcessRunner runner;
    Collector lines;
    // Pauses between the streams: across two pipes only time orders lines.
    const ProcessResult r = runScript(runner, shellSpec("for i in 1 2 3; do echo out$i; done; sleep 0.05;"
                                                        "echo err1 >&2; sleep 0.05; echo out4; sleep 0.05;"
                                                        "echo err2 >&2",
                                                        dir.path()),
                                      lines);
    EXPECT_TRUE(r.succeeded());
    std::vector<std::string> program;
    std::int64_t lastTime = 0;
    for (const LogLine &l : lines.all()) {
        EXPECT_GE(l.timeNs, lastTime);
        lastTime = l.timeNs;
        if (l.stream != LogStream::System)
            program.push_back((l.stream == LogStream::Stdout ? "O:" : "E:") + l.bytes);
    }
    EXPECT_EQ(program, (std::vector<std::string>{"O:out1", "O:out2", "O:out3", "E:err1", "O:out4", "E:err2"}));
    EXPECT_NE(lines.systemText().find("exited with code 0"), std::string::npos) << lines.systemText();
    EXPECT_GT(lines.all().front().timeNs, realtimeNs() - 60'000'000'000);
}

TEST(Runner, AnsiEscapesAndInvalidUtf8SurviveUntouched)
{
    TempDir dir;
    ProcessRunner runner;
    Collector lines;
    runScript(runner, shellSpec(R"(printf '\033[31mred\033[0m \377\376 tab\there\r\n')", dir.path()), lines);
    EXPECT_EQ(lines.of(LogStream::Stdout),
              std::vector<std::string>{"\x1b[31mred\x1b[0m \xff\xfe tab\there\r"});
}

TEST(Runner, LastLineWithoutNewlineAndOverlongLinesSplitAt64KiB)
{
    TempDir dir;
    ProcessRunner runner;
    Collector lines;
    runScript(runner, shellSpec("head -c 200000 /dev/zero | tr '\\0' x; echo; printf 'no newline'", dir.path()),
              lines);
    std::vector<LogLine> out;
    for (const LogLine &l : lines.all())
        if (l.stream == LogStream::Stdout)
            out.push_back(l);
    ASSERT_EQ(out.size(), 5u);
    EXPECT_EQ(out[0].bytes, std::string(65536, 'x'));
    EXPECT_TRUE(out[0].continued);
    EXPECT_TRUE(out[1].continued);
    EXPECT_TRUE(out[2].continued);
    EXPECT_EQ(out[3].bytes, std::string(200000 - 3 * 65536, 'x'));
    EXPECT_FALSE(out[3].continued);
    EXPECT_EQ(out[4].bytes, "no newline");
}

TEST(Runner, ExitCodesAndSignals)
{
    TempDir dir;
    ProcessRunner runner;
    Collector lines;
    ProcessResult r = runScript(runner, shellSpec("exit 3", dir.path()), lines);
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.signal, 0);
    EXPECT_FALSE(r.succeeded());
    r = runScript(runner, shellSpec("kill -SEGV $$", dir.path()), lines);
    EXPECT_EQ(r.signal, SIGSEGV);
    EXPECT_FALSE(r.timedOut);
    EXPECT_FALSE(r.cancelled);
    EXPECT_NE(lines.systemText().find("killed by signal 11 (SEGV)"), std::string::npos) << lines.systemText();
    // A busy child: CPU time and memory come back through wait4.
    r = runScript(runner, shellSpec("i=0; while [ $i -lt 20000 ]; do i=$((i+1)); done", dir.path()), lines);
    EXPECT_TRUE(r.succeeded());
    EXPECT_GT(r.userCpu + r.systemCpu, 1ms);
    EXPECT_GT(r.maxRssKiB, 100);
    EXPECT_GE(r.wallTime, r.userCpu / 2);
}

TEST(Runner, StartFailuresNameTheCause)
{
    TempDir dir;
    ProcessRunner runner;
    std::string error;
    ProcessSpec spec = shellSpec("true", dir.path());
    spec.argv = {"no-such-program-opsdeck"};
    EXPECT_FALSE(runner.start(spec, {}, {}, &error));
    EXPECT_NE(error.find("'no-such-program-opsdeck': not found in PATH="), std::string::npos) << error;

    spec = shellSpec("true", dir.path() + "/missing");
    EXPECT_FALSE(runner.start(spec, {}, {}, &error));
    EXPECT_NE(error.find(dir.path() + "/missing"), std::string::npos) << error;

    spec = shellSpec("true", dir.path());
    spec.argv = {"./not-executable"};
    std::ofstream(dir.path() + "/not-executable") << "#!/bin/sh\n";
    EXPECT_FALSE(runner.start(spec, {}, {}, &error));
    EXPECT_NE(error.find("'./not-executable': Permission denied"), std::string::npos) << error;

    spec = shellSpec("true", dir.path());
    spec.logPath = dir.path() + "/no/such/folder/job.log";
    EXPECT_FALSE(runner.start(spec, {}, {}, &error));
    EXPECT_NE(error.find(spec.logPath), std::string::npos) << error;
    EXPECT_EQ(runner.running(), 0u);
}

TEST(Runner, TimeoutKillsTheTreeIncludingAGrandchild)
{
    TempDir dir;
    ProcessRunner runner;
    Collector lines;
    ProcessSpec spec = shellSpec("sleep 1000 & echo $! > gc.pid; sleep 1000", dir.path());
    spec.timeout = 300ms;
    const ProcessResult r = runScript(runner, spec, lines);
    const pid_t grandchild = pidFromFile(dir.path() + "/gc.pid");
    ASSERT_GT(grandchild, 0);
    EXPECT_TRUE(r.timedOut);
    EXPECT_FALSE(r.cancelled);
    EXPECT_EQ(r.signal, SIGTERM);
    EXPECT_GE(r.wallTime, 300ms);
    EXPECT_LT(r.wallTime, 5s);
    EXPECT_TRUE(eventually([&] { return !running(grandchild); }, 2s));
    EXPECT_NE(lines.systemText().find("timed out after 0.30 s"), std::string::npos) << lines.systemText();
}

TEST(Runner, CancelKillsSetsidAndDoubleForkedGrandchildrenThatIgnoreSigterm)
{
    TempDir dir;
    ProcessRunner runner;
    Collector lines;
    // The subshell exits at once (double fork); setsid leaves the process
    // group; the trap makes SIGTERM useless, so only the SIGKILL sweep helps.
    ProcessSpec spec = shellSpec("( setsid sh -c 'trap \"\" TERM; echo $$ > s.pid; sleep 1000 & echo $! > gc.pid;"
                                 " while :; do sleep 0.05; done' & ); sleep 1000",
                                 dir.path());
    std::string error;
    auto job = runner.start(spec, lines.callback(), {}, &error);
    ASSERT_TRUE(job) << error;
    const pid_t session = pidFromFile(dir.path() + "/s.pid");
    const pid_t grandchild = pidFromFile(dir.path() + "/gc.pid");
    ASSERT_GT(session, 0);
    ASSERT_GT(grandchild, 0);
    EXPECT_EQ(runner.running(), 1u);
    EXPECT_NE(::getsid(session), ::getsid(job->pid()));
    std::thread([job] { job->cancel(); }).join(); // from another thread
    const ProcessResult r = job->wait();
    EXPECT_TRUE(r.cancelled);
    EXPECT_FALSE(r.timedOut);
    EXPECT_FALSE(running(session));
    EXPECT_FALSE(running(grandchild));
    EXPECT_EQ(runner.running(), 0u);
    EXPECT_NE(lines.systemText().find("with SIGKILL after the 0.30 s grace"), std::string::npos)
        << lines.systemText();
}

TEST(Runner, LeftoverDaemonKilledWhenTheJobEnds)
{
    TempDir dir;
    ProcessRunner runner;
    Collector lines;
    ProcessResult r = runScript(runner, shellSpec("setsid sleep 1000 & echo $! > d.pid; echo done", dir.path()), lines);
    const pid_t daemon = pidFromFile(dir.path() + "/d.pid");
    ASSERT_GT(daemon, 0);
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.leftoversKilled, 1);
    EXPECT_TRUE(eventually([&] { return !running(daemon); }, 2s));
    EXPECT_NE(lines.systemText().find("stopping 1 process(es) it left running"), std::string::npos)
        << lines.systemText();
}

TEST(Runner, LeftoverDaemonKeptWhenAsked)
{
    TempDir dir;
    ProcessRunner runner;
    Collector lines;
    ProcessSpec spec = shellSpec("setsid sleep 1000 >/dev/null 2>&1 & echo $! > d.pid", dir.path());
    spec.killLeftovers = false;
    const ProcessResult r = runScript(runner, spec, lines);
    const pid_t daemon = pidFromFile(dir.path() + "/d.pid");
    ASSERT_GT(daemon, 0);
    EXPECT_EQ(r.leftoversKilled, 0);
    EXPECT_TRUE(running(daemon));
    ::kill(daemon, SIGKILL);
}

TEST(Runner, CpuTimeLimitStopsABusyLoop)
{
    TempDir dir;
    ProcessRunner runner;
    Collector lines;
    ProcessSpec spec = shellSpec("while :; do :; done", dir.path());
    spec.limits.resourceClass = "custom";
    spec.limits.cpuSeconds = 1;
    spec.timeout = 20s;
    const ProcessResult r = runScript(runner, spec, lines);
    EXPECT_EQ(r.signal, SIGXCPU);
    EXPECT_FALSE(r.timedOut);
    EXPECT_GE(r.userCpu + r.systemCpu, 900ms);
    EXPECT_NE(r.limitMechanism, LimitMechanism::None);
    EXPECT_NE(lines.systemText().find("limits: custom via"), std::string::npos) << lines.systemText();
}

TEST(Runner, MemoryLimitMakesALargeAllocationFail)
{
    if (::access("/usr/bin/python3", X_OK) != 0)
        GTEST_SKIP() << "needs /usr/bin/python3";
    TempDir dir;
    ProcessRunner runner;
    Collector lines;
    ProcessSpec spec = shellSpec("", dir.path());
    spec.limits.resourceClass = "custom";
    spec.limits.memoryBytes = 256ull << 20;
    spec.argv = {"/usr/bin/python3", "-c", "b = bytearray(32 << 20); print('small ok')"};
    ProcessResult r = runScript(runner, spec, lines);
    EXPECT_TRUE(r.succeeded()) << lines.systemText();
    spec.argv = {"/usr/bin/python3", "-c", "b = bytearray(512 << 20); print('large ok')"};
    r = runScript(runner, spec, lines);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(lines.of(LogStream::Stdout), std::vector<std::string>{"small ok"});
    const auto err = lines.of(LogStream::Stderr);
    ASSERT_FALSE(err.empty());
    EXPECT_EQ(err.back(), "MemoryError");
}

TEST(Runner, ResourceClasses)
{
    const auto small = resourceLimitsFor("small");
    const auto large = resourceLimitsFor("large");
    ASSERT_TRUE(small && large);
    EXPECT_EQ(small->cpus, 1u);
    EXPECT_EQ(small->memoryBytes, 2ull << 30);
    EXPECT_EQ(large->memoryBytes, 8ull << 30);
    EXPECT_LT(small->cpuSeconds, large->cpuSeconds);
    EXPECT_FALSE(resourceLimitsFor("huge"));
    // This machine: whatever the probe says is what a job reports.
    std::string why;
    const LimitMechanism available = availableLimitMechanism(&why);
    EXPECT_FALSE(why.empty());
    TempDir dir;
    ProcessRunner runner;
    Collector lines;
    ProcessSpec spec = shellSpec("true", dir.path());
    spec.limits = *small;
    const ProcessResult r = runScript(runner, spec, lines);
    EXPECT_TRUE(r.succeeded());
    EXPECT_EQ(r.limitMechanism, available) << r.limitNote;
}

TEST(Runner, ManyProcessesAtOnce)
{
    TempDir dir;
    ProcessRunner runner;
    constexpr int kJobs = 40;
    std::vector<std::unique_ptr<Collector>> lines;
    std::vector<std::shared_ptr<ProcessHandle>> jobs;
    std::atomic<int> finishedCalls{0};
    for (int i = 0; i < kJobs; ++i) {
        lines.push_back(std::make_unique<Collector>());
        std::string error;
        auto job = runner.start(shellSpec("echo job " + std::to_string(i) + "; echo err " + std::to_string(i)
                                              + " >&2; exit " + std::to_string(i % 7),
                                          dir.path()),
                                lines.back()->callback(), [&](const ProcessResult &) { ++finishedCalls; },
                                &error);
        ASSERT_TRUE(job) << error;
        jobs.push_back(job);
    }
    for (int i = 0; i < kJobs; ++i) {
        const auto r = jobs[static_cast<std::size_t>(i)]->waitFor(20s);
        ASSERT_TRUE(r);
        EXPECT_EQ(r->exitCode, i % 7);
        EXPECT_EQ(lines[static_cast<std::size_t>(i)]->of(LogStream::Stdout),
                  std::vector<std::string>{"job " + std::to_string(i)});
        EXPECT_EQ(lines[static_cast<std::size_t>(i)]->of(LogStream::Stderr),
                  std::vector<std::string>{"err " + std::to_string(i)});
    }
    EXPECT_EQ(finishedCalls.load(), kJobs);
    EXPECT_EQ(runner.running(), 0u);
}

TEST(Runner, EveryLineGoesToTheJobLogToo)
{
    TempDir dir;
    ProcessRunner runner;
    Collector lines;
    ProcessSpec spec = shellSpec("echo one; printf '\\033[1mtwo\\033[0m\\n' >&2; printf three", dir.path());
    spec.logPath = dir.path() + "/job.log";
    const ProcessResult r = runScript(runner, spec, lines);
    EXPECT_TRUE(r.logError.empty()) << r.logError;
    std::string error;
    auto reader = JobLogReader::open(spec.logPath, &error);
    ASSERT_TRUE(reader) << error;
    EXPECT_EQ(reader->lines(0, 1000), lines.all());
    EXPECT_EQ(reader->search("two"), std::vector<std::size_t>{reader->lineCount() - 3});
}

TEST(Runner, DestroyingTheRunnerStopsWhatRuns)
{
    TempDir dir;
    pid_t grandchild = 0;
    std::shared_ptr<ProcessHandle> job;
    {
        ProcessRunner runner;
        std::string error;
        job = runner.start(shellSpec("setsid sleep 1000 & echo $! > gc.pid; sleep 1000", dir.path()), {}, {},
                           &error);
        ASSERT_TRUE(job) << error;
        grandchild = pidFromFile(dir.path() + "/gc.pid");
    }
    ASSERT_TRUE(job->finished());
    EXPECT_TRUE(job->wait().cancelled);
    EXPECT_FALSE(running(grandchild));
}

TEST(Runner, StartAndCancelFromCallbacks)
{
    TempDir dir;
    ProcessRunner runner;
    std::shared_ptr<ProcessHandle> second;
    std::string error;
    // The first job's first line starts a second job and cancels itself.
    std::shared_ptr<ProcessHandle> first;
    std::mutex m;
    auto job = runner.start(shellSpec("while [ ! -e go ]; do sleep 0.01; done; echo go; sleep 1000", dir.path()),
                            [&](const LogLine &l) {
                                if (l.bytes != "go")
                                    return;
                                std::lock_guard lock(m);
                                second = runner.start(shellSpec("echo second", dir.path()), {}, {}, &error);
                                first->cancel();
                            },
                            {}, &error);
    {
        std::lock_guard lock(m);
        first = job;
    }
    ASSERT_TRUE(job) << error;
    std::ofstream(dir.path() + "/go").put('\n');
    const auto r = job->waitFor(10s);
    ASSERT_TRUE(r);
    EXPECT_TRUE(r->cancelled);
    std::lock_guard lock(m);
    ASSERT_TRUE(second) << error;
    EXPECT_TRUE(second->wait().succeeded());
}
