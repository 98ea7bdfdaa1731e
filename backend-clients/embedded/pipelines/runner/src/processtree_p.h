// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Process-tree plumbing of the runner: job tokens, the /proc sweep and the
// freeze-then-kill loop, the job cgroup, the bwrap command line.

#include "opsdeck/pipelines/processrunner.h"

#include <string>
#include <vector>

#include <sys/types.h>

namespace OpsDeck::Pipelines::Internal {

constexpr const char *kTokenVariable = "OPSDECK_JOB_TOKEN";

/** 32 hex digits from getrandom(2). */
std::string newJobToken();

int pidfdOpen(pid_t pid);
int pidfdSignal(int pidfd, int signal);

/**
 * Processes (other than this one) whose environ holds
 * OPSDECK_JOB_TOKEN=\a token, each pinned by a pidfd the caller closes.
 * A candidate is kept only if it is still alive after its environ was read,
 * so the pidfd names the process whose environ matched.
 */
struct TaggedProcess
{
    pid_t pid;
    int pidfd;
};
std::vector<TaggedProcess> findTagged(const std::string &token);
void closeAll(std::vector<TaggedProcess> &processes);

/** Sends \a signal to every tagged process; returns how many there were. */
int signalTagged(const std::string &token, int signal);

/**
 * SIGSTOP then SIGKILL every tagged process, again and again until a sweep
 * finds none (a stopped process cannot fork, so each round shrinks the
 * tree). Returns the number of distinct processes killed.
 */
int freezeAndKill(const std::string &token);

/** A cgroup v2 of one job, below the runner's own cgroup. */
class JobCgroup
{
public:
    ~JobCgroup();
    /** Null with \a why when no cgroup can be made here. */
    static std::unique_ptr<JobCgroup> create(const std::string &token, const ResourceLimits &limits,
                                             std::string *why);
    /** An O_WRONLY fd of cgroup.procs, for the child to write "0" into before exec. */
    int procsFd() const { return m_procsFd; }
    /** cgroup.kill: every process in it gets SIGKILL. */
    bool kill();
    const std::string &path() const { return m_path; }

private:
    std::string m_path;
    int m_procsFd = -1;
};

/** bwrap's path, or empty. */
std::string bwrapPath();
/** The bwrap arguments before "--" and the command. */
std::vector<std::string> bwrapArguments(const std::string &bwrap, const std::string &writable,
                                        const std::string &workingDirectory,
                                        const std::vector<std::string> &hidden = {});

} // namespace OpsDeck::Pipelines::Internal
