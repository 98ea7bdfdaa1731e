// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "pipelineenginecontract.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace OpsDeck::Test {

using Backend::PipelineRun;
using Backend::RunFilter;
using Backend::RunStatus;
using Backend::TriggerRequest;

GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(PipelineEngineContract);

namespace {

QStringList idsOf(const QList<PipelineRun> &runs)
{
    QStringList out;
    for (const PipelineRun &run : runs)
        out.append(run.id);
    return out;
}

std::optional<PipelineRun> findRun(const QList<PipelineRun> &runs, const QString &id)
{
    for (const PipelineRun &run : runs) {
        if (run.id == id)
            return run;
    }
    return std::nullopt;
}

} // namespace

void PipelineEngineContract::SetUp()
{
    ASSERT_TRUE(m_scratch.isValid());
    m_engine = GetParam().make(m_scratch.path());
    ASSERT_NE(m_engine, nullptr);
}

void PipelineEngineContract::TearDown()
{
    m_engine.reset();
}

TriggerRequest PipelineEngineContract::request(const QString &repository,
                                               const QString &environment) const
{
    TriggerRequest r;
    r.repository = repository;
    r.ref = GetParam().branch;
    r.environment = environment;
    return r;
}

void PipelineEngineContract::triggerRun(const TriggerRequest &request, PipelineRun *run)
{
    const auto triggered = await(m_engine->trigger(request));
    ASSERT_TRUE(triggered.ok()) << errorText(triggered);
    *run = *triggered;
}

void PipelineEngineContract::listRuns(const RunFilter &filter, QList<PipelineRun> *runs)
{
    const auto listed = await(m_engine->listRuns(filter));
    ASSERT_TRUE(listed.ok()) << errorText(listed);
    *runs = *listed;
}

// --- rule 9 ---------------------------------------------------------------

TEST_P(PipelineEngineContract, IsUsableAfterConstruction)
{
    EXPECT_EQ(m_engine->capability(), Backend::Capability::PipelineEngine);
    EXPECT_FALSE(m_engine->displayName().isEmpty());
    EXPECT_NE(m_engine->health().state, Reliability::HealthState::Unhealthy);
    QList<PipelineRun> runs;
    ASSERT_NO_FATAL_FAILURE(listRuns({}, &runs));
    EXPECT_TRUE(runs.isEmpty());
}

// --- rules 1, 3 -----------------------------------------------------------

TEST_P(PipelineEngineContract, TriggerReturnsQueuedRunWithSeedFields)
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    PipelineRun run;
    ASSERT_NO_FATAL_FAILURE(triggerRun(request(GetParam().repository), &run));
    const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);

    EXPECT_FALSE(run.id.isEmpty());
    EXPECT_EQ(run.repository, GetParam().repository);
    EXPECT_EQ(run.branch, GetParam().branch);
    static const QRegularExpression objectId(u"^[0-9a-f]{40}([0-9a-f]{24})?$"_s);
    EXPECT_TRUE(run.commit.isEmpty() || objectId.match(run.commit).hasMatch())
        << run.commit.toStdString();
    EXPECT_EQ(run.environment, u"staging"_s);
    EXPECT_EQ(run.status, RunStatus::Queued);
    EXPECT_EQ(run.progress, 0);
    EXPECT_TRUE(run.createdAt.isValid());
    EXPECT_GE(run.createdAt, before);
    EXPECT_LE(run.createdAt, after);
    EXPECT_FALSE(run.startedAt.isValid());
    EXPECT_FALSE(run.completedAt.isValid());

    PipelineRun second;
    ASSERT_NO_FATAL_FAILURE(triggerRun(request(GetParam().repository), &second));
    EXPECT_NE(second.id, run.id);
}

// --- rule 4 ---------------------------------------------------------------

TEST_P(PipelineEngineContract, EmptyRepositoryIsInvalidArgumentNamingTheField)
{
    const auto triggered = await(m_engine->trigger(request(QString())));
    ASSERT_FALSE(triggered.ok());
    const Error &error = triggered.error();
    EXPECT_EQ(error.code, ErrorCode::InvalidArgument) << describe(error);
    EXPECT_TRUE(error.message.contains(u"repository", Qt::CaseInsensitive)
                || error.detail.contains(u"repository", Qt::CaseInsensitive))
        << describe(error);
}

// --- rule 5 ---------------------------------------------------------------

TEST_P(PipelineEngineContract, TriggeredRunIsListedWithItsSeedFields)
{
    PipelineRun run;
    ASSERT_NO_FATAL_FAILURE(triggerRun(request(GetParam().repository, u"production"_s), &run));
    QList<PipelineRun> runs;
    ASSERT_NO_FATAL_FAILURE(listRuns({}, &runs));
    const auto listed = findRun(runs, run.id);
    ASSERT_TRUE(listed.has_value()) << "run " << run.id.toStdString() << " is not listed";
    EXPECT_EQ(listed->repository, run.repository);
    EXPECT_EQ(listed->branch, run.branch);
    EXPECT_EQ(listed->environment, u"production"_s);
    EXPECT_EQ(listed->status, RunStatus::Queued);
    EXPECT_EQ(listed->createdAt, run.createdAt);
}

// --- rule 6 ---------------------------------------------------------------

TEST_P(PipelineEngineContract, ListIsNewestFirstAndFiltered)
{
    PipelineRun first, second, third;
    ASSERT_NO_FATAL_FAILURE(triggerRun(request(GetParam().repository), &first));
    ASSERT_NO_FATAL_FAILURE(triggerRun(request(GetParam().otherRepository), &second));
    ASSERT_NO_FATAL_FAILURE(triggerRun(request(GetParam().repository), &third));
    ASSERT_TRUE(await(m_engine->cancel(first.id)).ok());

    QList<PipelineRun> runs;
    ASSERT_NO_FATAL_FAILURE(listRuns({}, &runs));
    EXPECT_EQ(idsOf(runs), (QStringList{third.id, second.id, first.id}));

    RunFilter byRepository;
    byRepository.repository = GetParam().repository;
    ASSERT_NO_FATAL_FAILURE(listRuns(byRepository, &runs));
    EXPECT_EQ(idsOf(runs), (QStringList{third.id, first.id}));

    RunFilter queued;
    queued.status = RunStatus::Queued;
    ASSERT_NO_FATAL_FAILURE(listRuns(queued, &runs));
    EXPECT_EQ(idsOf(runs), (QStringList{third.id, second.id}));

    RunFilter cancelled;
    cancelled.status = RunStatus::Cancelled;
    ASSERT_NO_FATAL_FAILURE(listRuns(cancelled, &runs));
    EXPECT_EQ(idsOf(runs), QStringList{first.id});

    RunFilter newest;
    newest.limit = 1;
    ASSERT_NO_FATAL_FAILURE(listRuns(newest, &runs));
    EXPECT_EQ(idsOf(runs), QStringList{third.id});
}

// --- rule 7 ---------------------------------------------------------------

TEST_P(PipelineEngineContract, CancelOfUnknownRunIsNotFound)
{
    PipelineRun run;
    ASSERT_NO_FATAL_FAILURE(triggerRun(request(GetParam().repository), &run));
    const auto cancelled = await(m_engine->cancel(run.id + u"-no-such-run"_s));
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().code, ErrorCode::NotFound) << describe(cancelled.error());
}

// --- rules 2, 8 -----------------------------------------------------------

TEST_P(PipelineEngineContract, CancelOfQueuedRunReportsCancelled)
{
    PipelineRun run, bystander;
    ASSERT_NO_FATAL_FAILURE(triggerRun(request(GetParam().repository), &run));
    ASSERT_NO_FATAL_FAILURE(triggerRun(request(GetParam().repository), &bystander));

    SignalLog<PipelineRun> updates(m_engine.get(), &Backend::IPipelineEngine::runUpdated);
    auto future = m_engine->cancel(run.id);
    EXPECT_EQ(updates.count(), 0) << "runUpdated() was emitted inside cancel()";
    const auto cancelled = await(future);
    ASSERT_TRUE(cancelled.ok()) << errorText(cancelled);

    const auto reportedCancelled = [&] {
        for (const PipelineRun &u : updates.values()) {
            if (u.id == run.id && u.status == RunStatus::Cancelled)
                return true;
        }
        return false;
    };
    ASSERT_TRUE(waitUntil(reportedCancelled, kContractTimeout)) << "no runUpdated() with Cancelled";
    EXPECT_TRUE(updates.allOn(QThread::currentThread())) << "runUpdated() off the owner thread";
    // An engine may announce a new run (runUpdated() is how a view learns of
    // runs others triggered), and that announcement may arrive late; what
    // it must not do is report the bystander as anything but still queued.
    for (const PipelineRun &u : updates.values()) {
        if (u.id == bystander.id) {
            EXPECT_EQ(u.status, RunStatus::Queued) << "an unrelated run changed";
        }
    }

    QList<PipelineRun> runs;
    ASSERT_NO_FATAL_FAILURE(listRuns({}, &runs));
    const auto listed = findRun(runs, run.id);
    ASSERT_TRUE(listed.has_value());
    EXPECT_EQ(listed->status, RunStatus::Cancelled);
    EXPECT_TRUE(listed->completedAt.isValid());
    const auto other = findRun(runs, bystander.id);
    ASSERT_TRUE(other.has_value());
    EXPECT_EQ(other->status, RunStatus::Queued);
}

} // namespace OpsDeck::Test
