// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "runnertestutil.h"

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace OpsDeck::Pipelines;
using namespace OpsDeck::Test;
using namespace std::chrono_literals;

namespace {

/** A listening TCP socket on 127.0.0.1, any port. */
class Listener
{
public:
    Listener()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        if (::bind(m_fd, reinterpret_cast<sockaddr *>(&addr), len) == 0 && ::listen(m_fd, 8) == 0
            && ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
            m_port = ntohs(addr.sin_port);
    }
    ~Listener() { ::close(m_fd); }
    int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
};

ProcessResult run(ProcessRunner &runner, const ProcessSpec &spec, Collector &lines)
{
    std::string error;
    auto job = runner.start(spec, lines.callback(), {}, &error);
    EXPECT_TRUE(job) << error;
    return job ? job->wait() : ProcessResult{};
}

class Sandbox : public ::testing::Test
{
protected:
    void SetUp() override
    {
        std::string why;
        if (!sandboxAvailable(&why))
            GTEST_SKIP() << why;
        EXPECT_EQ(why.rfind("sandbox on: ", 0), 0u) << why;
    }
};

} // namespace

TEST_F(Sandbox, NoNetworkEvenTo127001)
{
    Listener listener;
    ASSERT_GT(listener.port(), 0);
    TempDir dir;
    ProcessRunner runner;
    Collector lines;
    const std::string connect = "exec 3<>/dev/tcp/127.0.0.1/" + std::to_string(listener.port()) + " && echo connected";
    ProcessSpec spec = shellSpec("", dir.path());
    spec.argv = {"/bin/bash", "-c", connect};
    ProcessResult r = run(runner, spec, lines);
    EXPECT_TRUE(r.succeeded()) << "the listener must be reachable without the sandbox";
    EXPECT_FALSE(r.sandboxed);

    spec.sandbox = true;
    Collector sandboxed;
    r = run(runner, spec, sandboxed);
    EXPECT_TRUE(r.sandboxed) << r.sandboxNote;
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(sandboxed.of(LogStream::Stdout).empty());
    EXPECT_NE(sandboxed.systemText().find("sandbox on: "), std::string::npos) << sandboxed.systemText();
}

TEST_F(Sandbox, WritesOnlyInsideItsFolderAndHasAPrivateTmp)
{
    TempDir dir;
    // Outside the workspace and outside /tmp (which the sandbox replaces).
    TempDir outside(std::filesystem::current_path().string());
    ASSERT_FALSE(outside.path().empty());
    ProcessRunner runner;
    Collector lines;
    const std::string marker = "/tmp/piperunner-sandbox-" + std::to_string(::getpid());
    ProcessSpec spec = shellSpec("echo in > inside.txt && echo ok-inside; echo out > '" + outside.path()
                                     + "/outside.txt' || echo refused-outside; echo t > " + marker
                                     + " && echo ok-tmp",
                                 dir.path());
    spec.sandbox = true;
    const ProcessResult r = run(runner, spec, lines);
    EXPECT_TRUE(r.sandboxed);
    EXPECT_EQ(lines.of(LogStream::Stdout), (std::vector<std::string>{"ok-inside", "refused-outside", "ok-tmp"}));
    EXPECT_EQ(readFile(dir.path() + "/inside.txt"), "in\n");
    EXPECT_FALSE(std::filesystem::exists(outside.path() + "/outside.txt"));
    EXPECT_FALSE(std::filesystem::exists(marker));

    // The same script unsandboxed writes outside: the refusal was the sandbox's.
    spec.sandbox = false;
    Collector plain;
    run(runner, spec, plain);
    EXPECT_TRUE(std::filesystem::exists(outside.path() + "/outside.txt"));
    std::filesystem::remove(marker);
}

TEST_F(Sandbox, CancelStillKillsTheWholeTree)
{
    TempDir dir;
    ProcessRunner runner;
    Collector lines;
    ProcessSpec spec = shellSpec("( setsid sh -c 'trap \"\" TERM; sleep 1000 & echo $! > gc.pid; wait' & ); sleep 1000",
                                 dir.path());
    spec.sandbox = true;
    std::string error;
    auto job = runner.start(spec, lines.callback(), {}, &error);
    ASSERT_TRUE(job) << error;
    const pid_t grandchild = pidFromFile(dir.path() + "/gc.pid");
    ASSERT_GT(grandchild, 0);
    ASSERT_TRUE(running(grandchild));
    job->cancel();
    const ProcessResult r = job->wait();
    EXPECT_TRUE(r.cancelled);
    EXPECT_TRUE(r.sandboxed);
    EXPECT_TRUE(eventually([&] { return !running(grandchild); }, 2s));
}
