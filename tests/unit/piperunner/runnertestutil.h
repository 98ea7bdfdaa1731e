// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Helpers for the runner tests: a temporary folder, a shell job spec,
// collecting lines from the runner's thread, and whether a pid still runs.

#include "opsdeck/pipelines/processrunner.h"

#include "filebytes.h"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <sys/types.h>

namespace OpsDeck::Test {

class TempDir
{
public:
    explicit TempDir(const std::string &base = {})
    {
        std::string pattern = (base.empty() ? std::filesystem::temp_directory_path().string() : base)
                              + "/piperunner-XXXXXX";
        m_path = ::mkdtemp(pattern.data()) ? pattern : std::string();
    }
    ~TempDir()
    {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    TempDir(const TempDir &) = delete;
    TempDir &operator=(const TempDir &) = delete;
    const std::string &path() const { return m_path; }

private:
    std::string m_path;
};

inline Pipelines::ProcessSpec shellSpec(const std::string &script, const std::string &dir)
{
    Pipelines::ProcessSpec spec;
    spec.argv = {"/bin/sh", "-c", script};
    spec.workingDirectory = dir;
    spec.environment = {"PATH=/usr/local/bin:/usr/bin:/bin", "HOME=" + dir, "LANG=C.UTF-8"};
    spec.killGrace = std::chrono::milliseconds(300);
    return spec;
}

/** Lines as the runner delivers them, safe to read from the test's thread. */
class Collector
{
public:
    Pipelines::ProcessRunner::LineCallback callback()
    {
        return [this](const Pipelines::LogLine &line) {
            std::lock_guard lock(m_mutex);
            m_lines.push_back(line);
        };
    }
    std::vector<Pipelines::LogLine> all() const
    {
        std::lock_guard lock(m_mutex);
        return m_lines;
    }
    std::vector<std::string> of(Pipelines::LogStream stream) const
    {
        std::vector<std::string> out;
        for (const Pipelines::LogLine &l : all())
            if (l.stream == stream)
                out.push_back(l.bytes);
        return out;
    }
    std::string systemText() const
    {
        std::string out;
        for (const std::string &s : of(Pipelines::LogStream::System))
            out += s + "\n";
        return out;
    }

private:
    mutable std::mutex m_mutex;
    std::vector<Pipelines::LogLine> m_lines;
};

/** Polls \a predicate every 5 ms until it holds or \a timeout passes. */
inline bool eventually(const std::function<bool()> &predicate,
                       std::chrono::milliseconds timeout = std::chrono::seconds(10))
{
    const auto until = std::chrono::steady_clock::now() + timeout;
    while (!predicate()) {
        if (std::chrono::steady_clock::now() > until)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return true;
}

/** The pid written to \a file by a script, once it is there; 0 when it never came. */
inline pid_t pidFromFile(const std::string &file)
{
    pid_t pid = 0;
    eventually([&] {
        std::ifstream in(file);
        return static_cast<bool>(in >> pid) && pid > 0;
    });
    return pid;
}

/** True while \a pid exists and is not a zombie (an orphan nobody reaped yet is dead). */
inline bool running(pid_t pid)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string stat;
    if (!std::getline(in, stat))
        return false;
    const auto paren = stat.rfind(')');
    if (paren == std::string::npos || paren + 2 >= stat.size())
        return false;
    const char state = stat[paren + 2];
    return state != 'Z' && state != 'X';
}

} // namespace OpsDeck::Test
