// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// The stage and needs order of the scheduler, step by step, as GitLab runs it.
#include "dag.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace OpsDeck::Pipelines;
using Dag::State;
using Dag::When;

namespace {

Dag::Job job(std::int64_t id, int stage, When when = When::OnSuccess, bool allowFailure = false)
{
    Dag::Job j;
    j.id = id;
    j.stageIndex = stage;
    j.when = when;
    j.allowFailure = allowFailure;
    return j;
}

bool has(const std::vector<std::int64_t> &ids, std::int64_t id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

bool skipped(const Dag::Decision &d, std::int64_t id)
{
    return std::any_of(d.skip.begin(), d.skip.end(), [&](const auto &s) { return s.id == id; });
}

/// Applies a decision as the scheduler would.
void applyDecision(std::vector<Dag::Job> &jobs, const Dag::Decision &d)
{
    for (auto &j : jobs) {
        if (has(d.start, j.id))
            j.state = State::Pending;
        if (has(d.manual, j.id))
            j.state = State::Manual;
        if (skipped(d, j.id))
            j.state = State::Skipped;
    }
}

void setState(std::vector<Dag::Job> &jobs, std::int64_t id, State state)
{
    for (auto &j : jobs) {
        if (j.id == id)
            j.state = state;
    }
}

} // namespace

TEST(Dag, StagesRunInOrder)
{
    std::vector<Dag::Job> jobs{job(1, 0), job(2, 0), job(3, 1), job(4, 2)};
    auto d = Dag::advance(jobs);
    EXPECT_EQ(d.start, (std::vector<std::int64_t>{1, 2}));
    applyDecision(jobs, d);
    setState(jobs, 1, State::Success);
    d = Dag::advance(jobs);
    EXPECT_TRUE(d.start.empty()) << "job 3 waits for job 2 of the same earlier stage";
    setState(jobs, 2, State::Success);
    d = Dag::advance(jobs);
    EXPECT_EQ(d.start, (std::vector<std::int64_t>{3}));
}

TEST(Dag, NeedsStartBeforeTheirStage)
{
    std::vector<Dag::Job> jobs{job(1, 0), job(2, 0), job(3, 1)};
    jobs[2].needs = std::vector<std::int64_t>{1};
    applyDecision(jobs, Dag::advance(jobs));
    setState(jobs, 1, State::Success);
    const auto d = Dag::advance(jobs);
    EXPECT_EQ(d.start, (std::vector<std::int64_t>{3})) << "job 3 needs only job 1, job 2 still runs";
}

TEST(Dag, EmptyNeedsStartAtOnce)
{
    std::vector<Dag::Job> jobs{job(1, 0), job(2, 3)};
    jobs[1].needs = std::vector<std::int64_t>{};
    const auto d = Dag::advance(jobs);
    EXPECT_EQ(d.start, (std::vector<std::int64_t>{1, 2}));
}

TEST(Dag, FailureSkipsLaterStagesButRunsOnFailureAndAlways)
{
    std::vector<Dag::Job> jobs{job(1, 0), job(2, 1), job(3, 2), job(4, 1, When::OnFailure), job(5, 2, When::Always)};
    applyDecision(jobs, Dag::advance(jobs));
    setState(jobs, 1, State::Failed);
    auto d = Dag::advance(jobs);
    EXPECT_TRUE(skipped(d, 2));
    EXPECT_TRUE(has(d.start, 4));
    EXPECT_FALSE(skipped(d, 3)) << "stage 2 waits for all of stage 1, job 4 included";
    EXPECT_FALSE(has(d.start, 5)) << "always waits for its earlier stage (job 4) to end";
    applyDecision(jobs, d);
    setState(jobs, 4, State::Success);
    d = Dag::advance(jobs);
    EXPECT_EQ(d.start, (std::vector<std::int64_t>{5}));
    EXPECT_TRUE(skipped(d, 3)) << "the skipped job 2 passes its failure on";
}

TEST(Dag, AllowedFailureDoesNotStopThePipeline)
{
    std::vector<Dag::Job> jobs{job(1, 0, When::OnSuccess, true), job(2, 1), job(3, 1, When::OnFailure)};
    applyDecision(jobs, Dag::advance(jobs));
    setState(jobs, 1, State::Failed);
    const auto d = Dag::advance(jobs);
    EXPECT_TRUE(has(d.start, 2));
    EXPECT_TRUE(skipped(d, 3));
}

TEST(Dag, ManualJobsWaitForApprovalAndBlockOnlyWhenNotAllowedToFail)
{
    std::vector<Dag::Job> jobs{job(1, 0), job(2, 1, When::Manual, true), job(3, 2), job(4, 1, When::Manual, false),
                               job(5, 2)};
    jobs[2].needs = std::vector<std::int64_t>{2};
    jobs[4].needs = std::vector<std::int64_t>{4};
    applyDecision(jobs, Dag::advance(jobs));
    setState(jobs, 1, State::Success);
    auto d = Dag::advance(jobs);
    EXPECT_EQ(d.manual, (std::vector<std::int64_t>{2, 4}));
    EXPECT_TRUE(has(d.start, 3)) << "a manual job that may fail does not block, even in the same pass";
    EXPECT_FALSE(has(d.start, 5)) << "a blocking manual job holds its dependants";
    applyDecision(jobs, d);
    EXPECT_TRUE(Dag::advance(jobs).start.empty());
    setState(jobs, 4, State::Success); // approved and ran
    EXPECT_TRUE(has(Dag::advance(jobs).start, 5));
}

TEST(Dag, InterruptedJobsHoldTheirDependantsUntilRetried)
{
    std::vector<Dag::Job> jobs{job(1, 0), job(2, 1)};
    applyDecision(jobs, Dag::advance(jobs));
    setState(jobs, 1, State::Interrupted);
    auto d = Dag::advance(jobs);
    EXPECT_TRUE(d.start.empty());
    EXPECT_TRUE(d.skip.empty()) << "nothing is skipped for an interruption";
    // The retry replaces the interrupted attempt in the view the scheduler passes.
    jobs[0].id = 7;
    jobs[0].state = State::Success;
    d = Dag::advance(jobs);
    EXPECT_EQ(d.start, (std::vector<std::int64_t>{2}));
}

TEST(Dag, NeverJobsAreSkippedWithoutFailingOthers)
{
    std::vector<Dag::Job> jobs{job(1, 0, When::Never), job(2, 1)};
    const auto d = Dag::advance(jobs);
    EXPECT_TRUE(skipped(d, 1));
    EXPECT_TRUE(has(d.start, 2));
}

TEST(Dag, StartedJobsAreNeverTouched)
{
    std::vector<Dag::Job> jobs{job(1, 0), job(2, 0)};
    jobs[0].state = State::Running;
    jobs[1].state = State::Pending;
    const auto d = Dag::advance(jobs);
    EXPECT_TRUE(d.start.empty());
    EXPECT_TRUE(d.manual.empty());
    EXPECT_TRUE(d.skip.empty());
}
