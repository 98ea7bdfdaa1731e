// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "dag.h"

#include <unordered_map>

namespace OpsDeck::Pipelines::Dag {

namespace {

enum class Upstream { Waiting, Passed, Failed };

/// Skipped jobs remember whether a failure skipped them: those pass the failure on.
struct View
{
    const std::vector<Job> &jobs;
    std::unordered_map<std::int64_t, const Job *> byId;
    std::unordered_map<std::int64_t, bool> skippedByFailure;

    /// What \a job, in \a state, means for the jobs that wait on it.
    Upstream of(const Job &job, State state) const
    {
        switch (state) {
        case State::Success:
            return Upstream::Passed;
        case State::Failed:
        case State::Cancelled:
            return job.allowFailure ? Upstream::Passed : Upstream::Failed;
        case State::Interrupted:
            // The engine stopped under it: nobody knows how it would have
            // ended. What waits on it keeps waiting for a retry (or a cancel).
            return Upstream::Waiting;
        case State::Skipped: {
            const auto it = skippedByFailure.find(job.id);
            return it != skippedByFailure.end() && it->second ? Upstream::Failed : Upstream::Passed;
        }
        case State::Manual:
            // A manual job that may fail does not hold anything up (GitLab).
            return job.allowFailure ? Upstream::Passed : Upstream::Waiting;
        case State::Created:
        case State::Pending:
        case State::Running:
            return Upstream::Waiting;
        }
        return Upstream::Waiting;
    }
};

} // namespace

Decision advance(const std::vector<Job> &jobs)
{
    Decision decision;
    View view{jobs, {}, {}};
    for (const Job &job : jobs)
        view.byId.emplace(job.id, &job);

    // A job skipped because something failed passes "failed" on to what
    // waits for it. Jobs skipped earlier carry no reason here, so a skipped
    // on_success job is taken as skipped by failure (the only way one is
    // skipped after creation), anything else as skipped on purpose.
    for (const Job &job : jobs) {
        if (job.state == State::Skipped)
            view.skippedByFailure[job.id] = job.when == When::OnSuccess || job.when == When::Manual
                || job.when == When::Delayed;
    }

    // Decisions made in this pass feed later jobs of the same pass, so a
    // chain of skips settles at once.
    std::unordered_map<std::int64_t, State> decided;
    auto stateOf = [&](const Job &job) {
        const auto it = decided.find(job.id);
        return it == decided.end() ? job.state : it->second;
    };
    auto upstreamOf = [&](const Job &job) { return view.of(job, stateOf(job)); };

    bool changed = true;
    while (changed) {
        changed = false;
        for (const Job &job : jobs) {
            if (stateOf(job) != State::Created)
                continue;
            if (job.when == When::Never) {
                decided[job.id] = State::Skipped;
                view.skippedByFailure[job.id] = false;
                decision.skip.push_back({job.id, "when: never"});
                changed = true;
                continue;
            }
            bool waiting = false;
            bool failed = false;
            auto consider = [&](const Job &up) {
                switch (upstreamOf(up)) {
                case Upstream::Waiting: waiting = true; break;
                case Upstream::Failed: failed = true; break;
                case Upstream::Passed: break;
                }
            };
            if (job.needs) {
                for (const std::int64_t id : *job.needs) {
                    const auto it = view.byId.find(id);
                    if (it != view.byId.end())
                        consider(*it->second);
                }
            } else {
                for (const Job &up : jobs) {
                    if (up.stageIndex < job.stageIndex)
                        consider(up);
                }
            }
            if (waiting)
                continue;
            State next = State::Created;
            std::string reason;
            switch (job.when) {
            case When::OnSuccess:
            case When::Delayed:
                next = failed ? State::Skipped : State::Pending;
                reason = "an earlier job failed";
                break;
            case When::Manual:
                next = failed ? State::Skipped : State::Manual;
                reason = "an earlier job failed";
                break;
            case When::OnFailure:
                next = failed ? State::Pending : State::Skipped;
                reason = "when: on_failure, and nothing failed";
                break;
            case When::Always:
                next = State::Pending;
                break;
            case When::Never:
                break;
            }
            decided[job.id] = next;
            changed = true;
            if (next == State::Pending) {
                decision.start.push_back(job.id);
            } else if (next == State::Manual) {
                decision.manual.push_back(job.id);
            } else if (next == State::Skipped) {
                view.skippedByFailure[job.id] = job.when != When::OnFailure;
                decision.skip.push_back({job.id, reason});
            }
        }
    }
    return decision;
}

} // namespace OpsDeck::Pipelines::Dag
