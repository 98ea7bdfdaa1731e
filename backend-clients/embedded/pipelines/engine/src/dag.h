// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

/**
 * \file
 * Which jobs of a run may start now: the stage and `needs` order of GitLab
 * CI, as a pure function over the jobs' current states, so the scheduler can
 * call it after every change and a test can drive it step by step.
 *
 * The rules (GitLab's, which the native and GitHub formats map onto):
 * - A job without needs waits until every job of the earlier stages is
 *   finished; a job with needs waits only for the jobs it names.
 * - What it waited on "failed" when one of them failed (or was cancelled)
 *   without allow_failure, or was skipped because of such a
 *   failure. A manual job nobody started counts as passed when it may fail
 *   (GitLab's non-blocking manual job) and blocks otherwise.
 * - Then the job's `when` decides: on_success runs when nothing failed,
 *   on_failure only when something did, always in both cases, manual waits
 *   for approval when nothing failed. A job that will not run is skipped,
 *   with the reason.
 * - An interrupted job (the engine stopped while it ran) holds up what
 *   waits on it until someone retries or cancels it.
 */

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace OpsDeck::Pipelines::Dag {

enum class State { Created, Pending, Manual, Running, Success, Failed, Cancelled, Skipped, Interrupted };
enum class When { OnSuccess, OnFailure, Always, Manual, Delayed, Never };

struct Job
{
    std::int64_t id = 0;
    int stageIndex = 0;
    std::optional<std::vector<std::int64_t>> needs; ///< resolved job ids; empty optional = stage order
    When when = When::OnSuccess;
    bool allowFailure = false;
    State state = State::Created;
};

struct Decision
{
    std::vector<std::int64_t> start;     ///< Created → Pending (queued for a worker)
    std::vector<std::int64_t> manual;    ///< Created → Manual (waits for approval)
    struct Skip { std::int64_t id; std::string reason; };
    std::vector<Skip> skip;              ///< Created → Skipped
};

/** What changes now. Jobs that are not Created are never touched. */
Decision advance(const std::vector<Job> &jobs);

} // namespace OpsDeck::Pipelines::Dag
