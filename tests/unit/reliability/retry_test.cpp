// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "testsupport.h"

#include <opsdeck/reliability/retry.h>

#include <QCoreApplication>
#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QPromise>

#include <gtest/gtest.h>

#include <deque>
#include <memory>
#include <stdexcept>
#include <thread>
#include <utility>
#include <vector>

using namespace std::chrono_literals;
using OpsDeck::Reliability::BackoffPolicy;
using OpsDeck::Reliability::RandomSource;
using OpsDeck::Reliability::retry;
using OpsDeck::Reliability::RetryHandle;
using OpsDeck::Reliability::RetryOptions;
using OpsDeck::Reliability::RetryOutcome;
using OpsDeck::Reliability::RetryStatus;
using OpsDeck::Reliability::Scheduler;
using OpsDeck::Test::waitUntil;

namespace {

// Records every requested wait. Immediate runs the task inside schedule();
// Queued posts it to the context; Held keeps it until fireHeld(), skipping
// tasks whose context has died, as the Scheduler contract demands.
class RecordingScheduler final : public Scheduler
{
public:
    enum class Mode { Immediate, Queued, Held };

    explicit RecordingScheduler(Mode mode = Mode::Immediate)
        : m_mode(mode)
    {}

    void schedule(std::chrono::milliseconds delay, QObject *context,
                  std::function<void()> task) override
    {
        delays.push_back(delay);
        switch (m_mode) {
        case Mode::Immediate:
            task();
            if (fireTwice)
                task();
            break;
        case Mode::Queued:
            QMetaObject::invokeMethod(context, std::move(task), Qt::QueuedConnection);
            break;
        case Mode::Held:
            m_held.emplace_back(QPointer<QObject>(context), std::move(task));
            break;
        }
    }

    int fireHeld()
    {
        auto held = std::exchange(m_held, {});
        int fired = 0;
        for (auto &[context, task] : held) {
            if (context) {
                task();
                ++fired;
            }
        }
        return fired;
    }

    std::size_t heldCount() const { return m_held.size(); }

    std::vector<std::chrono::milliseconds> delays;
    bool fireTwice = false;

private:
    Mode m_mode;
    std::vector<std::pair<QPointer<QObject>, std::function<void()>>> m_held;
};

// > 0: success; < 0: retryable failure; 0: permanent failure.
bool isRetryable(const int &value)
{
    return value < 0;
}

// Returns the scripted results one by one as ready futures; repeats the last.
struct ScriptedOperation
{
    std::deque<int> results;
    int calls = 0;

    QFuture<int> operator()()
    {
        ++calls;
        const int value = results.size() > 1 ? results.front() : results.back();
        if (results.size() > 1)
            results.pop_front();
        return QtFuture::makeReadyFuture(value);
    }
};

struct Collected
{
    std::vector<RetryOutcome<int>> outcomes;
    bool done() const { return !outcomes.empty(); }
};

BackoffPolicy noJitter()
{
    BackoffPolicy policy;
    policy.maxJitter = 0ms;
    return policy;
}

void flushDeferredDeletes()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace

TEST(Retry, FirstSuccessNeedsNoWait)
{
    QObject context;
    auto scheduler = std::make_shared<RecordingScheduler>();
    auto op = std::make_shared<ScriptedOperation>(ScriptedOperation{{7}});
    Collected got;
    retry(
        &context, [op] { return (*op)(); }, isRetryable,
        [&](RetryOutcome<int> o) { got.outcomes.push_back(std::move(o)); },
        RetryOptions{.policy = noJitter(), .scheduler = scheduler});
    ASSERT_TRUE(waitUntil([&] { return got.done(); }));
    EXPECT_EQ(got.outcomes[0].status, RetryStatus::Completed);
    EXPECT_EQ(got.outcomes[0].attempts, 1);
    EXPECT_EQ(got.outcomes[0].result, 7);
    EXPECT_TRUE(scheduler->delays.empty());
}

TEST(Retry, WaitsFollowTheSeedsBackoffUntilSuccess)
{
    QObject context;
    auto scheduler = std::make_shared<RecordingScheduler>();
    auto op = std::make_shared<ScriptedOperation>(ScriptedOperation{{-1, -1, -1, 42}});
    Collected got;
    retry(
        &context, [op] { return (*op)(); }, isRetryable,
        [&](RetryOutcome<int> o) { got.outcomes.push_back(std::move(o)); },
        RetryOptions{.policy = noJitter(), .scheduler = scheduler});
    ASSERT_TRUE(waitUntil([&] { return got.done(); }));
    EXPECT_EQ(got.outcomes[0].status, RetryStatus::Completed);
    EXPECT_EQ(got.outcomes[0].attempts, 4);
    EXPECT_EQ(got.outcomes[0].result, 42);
    EXPECT_EQ(scheduler->delays, (std::vector{1000ms, 2000ms, 4000ms}));
    EXPECT_EQ(op->calls, 4);
}

TEST(Retry, GivesUpAfterFiveAttemptsWithTheLastResult)
{
    QObject context;
    auto scheduler = std::make_shared<RecordingScheduler>(RecordingScheduler::Mode::Queued);
    auto op = std::make_shared<ScriptedOperation>(ScriptedOperation{{-1, -2, -3, -4, -5, 99}});
    Collected got;
    retry(
        &context, [op] { return (*op)(); }, isRetryable,
        [&](RetryOutcome<int> o) { got.outcomes.push_back(std::move(o)); },
        RetryOptions{.policy = noJitter(), .scheduler = scheduler});
    ASSERT_TRUE(waitUntil([&] { return got.done(); }));
    EXPECT_EQ(got.outcomes[0].status, RetryStatus::Exhausted);
    EXPECT_EQ(got.outcomes[0].attempts, 5);
    EXPECT_EQ(got.outcomes[0].result, -5);
    EXPECT_EQ(scheduler->delays, (std::vector{1000ms, 2000ms, 4000ms, 8000ms}));
    EXPECT_EQ(op->calls, 5);
}

TEST(Retry, SeededJitterGivesExactDelays)
{
    QObject context;
    auto scheduler = std::make_shared<RecordingScheduler>();
    auto op = std::make_shared<ScriptedOperation>(ScriptedOperation{{-1}});
    Collected got;
    retry(
        &context, [op] { return (*op)(); }, isRetryable,
        [&](RetryOutcome<int> o) { got.outcomes.push_back(std::move(o)); },
        RetryOptions{
            .policy = {}, .scheduler = scheduler, .random = std::make_shared<RandomSource>(42)});
    ASSERT_TRUE(waitUntil([&] { return got.done(); }));
    // delayFor(0..3) for seed 42; see BackoffPolicy.SeededDelaysAreExactAndPortable.
    EXPECT_EQ(scheduler->delays, (std::vector{1937ms, 2528ms, 4922ms, 8669ms}));
}

TEST(Retry, PermanentFailureStopsAtOnce)
{
    QObject context;
    auto scheduler = std::make_shared<RecordingScheduler>();
    auto op = std::make_shared<ScriptedOperation>(ScriptedOperation{{-1, 0, 5}});
    Collected got;
    retry(
        &context, [op] { return (*op)(); }, isRetryable,
        [&](RetryOutcome<int> o) { got.outcomes.push_back(std::move(o)); },
        RetryOptions{.policy = noJitter(), .scheduler = scheduler});
    ASSERT_TRUE(waitUntil([&] { return got.done(); }));
    EXPECT_EQ(got.outcomes[0].status, RetryStatus::Completed);
    EXPECT_EQ(got.outcomes[0].attempts, 2);
    EXPECT_EQ(got.outcomes[0].result, 0);
    EXPECT_EQ(op->calls, 2);
}

TEST(Retry, HonoursMaxAttemptsAndTreatsInvalidAsOne)
{
    for (auto [maxAttempts, expected] :
         {std::pair{1, 1}, std::pair{3, 3}, std::pair{0, 1}, std::pair{-4, 1}}) {
        QObject context;
        auto scheduler = std::make_shared<RecordingScheduler>();
        auto op = std::make_shared<ScriptedOperation>(ScriptedOperation{{-1}});
        Collected got;
        BackoffPolicy policy = noJitter();
        policy.maxAttempts = maxAttempts;
        retry(
            &context, [op] { return (*op)(); }, isRetryable,
            [&](RetryOutcome<int> o) { got.outcomes.push_back(std::move(o)); },
            RetryOptions{.policy = policy, .scheduler = scheduler});
        ASSERT_TRUE(waitUntil([&] { return got.done(); }));
        EXPECT_EQ(got.outcomes[0].status, RetryStatus::Exhausted) << maxAttempts;
        EXPECT_EQ(got.outcomes[0].attempts, expected) << maxAttempts;
        EXPECT_EQ(op->calls, expected) << maxAttempts;
    }
}

TEST(Retry, NeverCallsBackFromInsideRetry)
{
    QObject context;
    auto op = std::make_shared<ScriptedOperation>(ScriptedOperation{{1}});
    Collected got;
    const RetryHandle handle = retry(
        &context, [op] { return (*op)(); }, isRetryable,
        [&](RetryOutcome<int> o) { got.outcomes.push_back(std::move(o)); });
    // The first attempt started at once, but its result comes from the event loop.
    EXPECT_EQ(op->calls, 1);
    EXPECT_FALSE(got.done());
    EXPECT_TRUE(handle.isActive());
    ASSERT_TRUE(waitUntil([&] { return got.done(); }));
    EXPECT_FALSE(handle.isActive());
}

TEST(Retry, DefaultTimerSchedulerRetriesWithoutBlocking)
{
    QObject context;
    auto op = std::make_shared<ScriptedOperation>(ScriptedOperation{{-1, -1, 3}});
    Collected got;
    BackoffPolicy fast;
    fast.baseDelay = 1ms;
    fast.maxDelay = 5ms;
    fast.maxJitter = 0ms;
    retry(
        &context, [op] { return (*op)(); }, isRetryable,
        [&](RetryOutcome<int> o) { got.outcomes.push_back(std::move(o)); },
        RetryOptions{.policy = fast});
    EXPECT_EQ(op->calls, 1); // the second attempt waits for a real timer
    ASSERT_TRUE(waitUntil([&] { return got.done(); }));
    EXPECT_EQ(got.outcomes[0].status, RetryStatus::Completed);
    EXPECT_EQ(got.outcomes[0].attempts, 3);
}

TEST(Retry, CancelDuringWaitStopsFurtherAttempts)
{
    QObject context;
    auto scheduler = std::make_shared<RecordingScheduler>(RecordingScheduler::Mode::Held);
    auto op = std::make_shared<ScriptedOperation>(ScriptedOperation{{-1}});
    Collected got;
    RetryHandle handle = retry(
        &context, [op] { return (*op)(); }, isRetryable,
        [&](RetryOutcome<int> o) { got.outcomes.push_back(std::move(o)); },
        RetryOptions{.policy = noJitter(), .scheduler = scheduler});
    ASSERT_TRUE(waitUntil([&] { return scheduler->heldCount() == 1; }));
    handle.cancel();
    EXPECT_FALSE(got.done()); // delivered later, never from inside cancel()
    // The wait ends before the event loop has even seen the cancellation:
    // still no second attempt.
    scheduler->fireHeld();
    EXPECT_EQ(op->calls, 1);
    ASSERT_TRUE(waitUntil([&] { return got.done(); }));
    EXPECT_EQ(got.outcomes[0].status, RetryStatus::Cancelled);
    EXPECT_EQ(got.outcomes[0].attempts, 1);
    EXPECT_EQ(got.outcomes[0].result, -1);

    flushDeferredDeletes();
    QCoreApplication::processEvents();
    EXPECT_EQ(op->calls, 1);
    EXPECT_EQ(got.outcomes.size(), 1u);
    handle.cancel(); // idempotent, and harmless after the end
}

TEST(Retry, CancelAfterTheWaitButBeforeDeliveryStillWins)
{
    QObject context;
    auto scheduler = std::make_shared<RecordingScheduler>(RecordingScheduler::Mode::Held);
    auto op = std::make_shared<ScriptedOperation>(ScriptedOperation{{-1}});
    Collected got;
    RetryHandle handle = retry(
        &context, [op] { return (*op)(); }, isRetryable,
        [&](RetryOutcome<int> o) { got.outcomes.push_back(std::move(o)); },
        RetryOptions{.policy = noJitter(), .scheduler = scheduler});
    ASSERT_TRUE(waitUntil([&] { return scheduler->heldCount() == 1; }));
    scheduler->fireHeld(); // attempt 2 starts; its result is queued
    EXPECT_EQ(op->calls, 2);
    handle.cancel();
    ASSERT_TRUE(waitUntil([&] { return got.done(); }));
    QCoreApplication::processEvents();
    EXPECT_EQ(got.outcomes[0].status, RetryStatus::Cancelled);
    EXPECT_EQ(got.outcomes[0].attempts, 2);
    EXPECT_EQ(scheduler->heldCount(), 0u); // no third wait was requested
    EXPECT_EQ(got.outcomes.size(), 1u);
}

TEST(Retry, CancelIgnoresTheAttemptInFlight)
{
    QObject context;
    QPromise<int> promise;
    int calls = 0;
    Collected got;
    RetryHandle handle = retry(
        &context,
        [&] {
            ++calls;
            return promise.future();
        },
        isRetryable, [&](RetryOutcome<int> o) { got.outcomes.push_back(std::move(o)); },
        RetryOptions{.policy = noJitter(), .scheduler = std::make_shared<RecordingScheduler>()});
    promise.start();
    handle.cancel();
    ASSERT_TRUE(waitUntil([&] { return got.done(); }));
    EXPECT_EQ(got.outcomes[0].status, RetryStatus::Cancelled);
    EXPECT_EQ(got.outcomes[0].attempts, 1);
    EXPECT_FALSE(got.outcomes[0].result.has_value());

    promise.addResult(-1); // would be retryable; must start nothing
    promise.finish();
    QCoreApplication::processEvents();
    flushDeferredDeletes();
    EXPECT_EQ(calls, 1);
    EXPECT_EQ(got.outcomes.size(), 1u);
}

TEST(Retry, CancelFromAnotherThread)
{
    QObject context;
    auto scheduler = std::make_shared<RecordingScheduler>(RecordingScheduler::Mode::Held);
    auto op = std::make_shared<ScriptedOperation>(ScriptedOperation{{-1}});
    Collected got;
    RetryHandle handle = retry(
        &context, [op] { return (*op)(); }, isRetryable,
        [&](RetryOutcome<int> o) { got.outcomes.push_back(std::move(o)); },
        RetryOptions{.policy = noJitter(), .scheduler = scheduler});
    ASSERT_TRUE(waitUntil([&] { return scheduler->heldCount() == 1; }));
    std::thread canceller([handle]() mutable { handle.cancel(); });
    canceller.join();
    ASSERT_TRUE(waitUntil([&] { return got.done(); }));
    EXPECT_EQ(got.outcomes[0].status, RetryStatus::Cancelled);
    scheduler->fireHeld();
    EXPECT_EQ(op->calls, 1);
}

TEST(Retry, DestroyingTheContextDuringAWaitStopsSilently)
{
    auto *context = new QObject;
    auto scheduler = std::make_shared<RecordingScheduler>(RecordingScheduler::Mode::Held);
    auto op = std::make_shared<ScriptedOperation>(ScriptedOperation{{-1}});
    bool called = false;
    const RetryHandle handle = retry(
        context, [op] { return (*op)(); }, isRetryable,
        [&called](RetryOutcome<int>) { called = true; },
        RetryOptions{.policy = noJitter(), .scheduler = scheduler});
    ASSERT_TRUE(waitUntil([&] { return scheduler->heldCount() == 1; }));
    EXPECT_TRUE(handle.isActive());
    delete context;
    EXPECT_FALSE(handle.isActive());
    EXPECT_EQ(scheduler->fireHeld(), 0); // the run died with its context
    QCoreApplication::processEvents();
    EXPECT_FALSE(called);
    EXPECT_EQ(op->calls, 1);
    RetryHandle(handle).cancel(); // cancelling a dead run is harmless
}

TEST(Retry, DestroyingTheContextDuringAnAttemptStopsSilently)
{
    auto *context = new QObject;
    QPromise<int> promise;
    int calls = 0;
    bool called = false;
    retry(
        context,
        [&] {
            ++calls;
            return promise.future();
        },
        isRetryable, [&called](RetryOutcome<int>) { called = true; },
        RetryOptions{.policy = noJitter(), .scheduler = std::make_shared<RecordingScheduler>()});
    promise.start();
    delete context;
    promise.addResult(-1);
    promise.finish();
    QCoreApplication::processEvents();
    EXPECT_FALSE(called);
    EXPECT_EQ(calls, 1);
}

TEST(Retry, CallbackMayDeleteTheContext)
{
    auto *context = new QObject;
    QPointer<QObject> watch(context);
    auto op = std::make_shared<ScriptedOperation>(ScriptedOperation{{-1, 1}});
    int calls = 0;
    retry(
        context, [op] { return (*op)(); }, isRetryable,
        [&calls, context](RetryOutcome<int>) {
            ++calls;
            delete context; // also deletes the run that is calling us
        },
        RetryOptions{.policy = noJitter(), .scheduler = std::make_shared<RecordingScheduler>()});
    ASSERT_TRUE(waitUntil([&] { return watch.isNull(); }));
    QCoreApplication::processEvents();
    flushDeferredDeletes();
    EXPECT_EQ(calls, 1);
}

TEST(Retry, CancelledOrFailedFutureAborts)
{
    {
        QObject context;
        Collected got;
        retry(
            &context, [] { return QFuture<int>(); }, isRetryable, // default QFuture: cancelled
            [&](RetryOutcome<int> o) { got.outcomes.push_back(std::move(o)); });
        ASSERT_TRUE(waitUntil([&] { return got.done(); }));
        EXPECT_EQ(got.outcomes[0].status, RetryStatus::Aborted);
        EXPECT_EQ(got.outcomes[0].attempts, 1);
        EXPECT_FALSE(got.outcomes[0].result.has_value());
    }
    {
        QObject context;
        Collected got;
        retry(
            &context,
            [] {
                QPromise<int> promise;
                promise.start();
                promise.setException(std::make_exception_ptr(std::runtime_error("boom")));
                promise.finish();
                return promise.future();
            },
            isRetryable, [&](RetryOutcome<int> o) { got.outcomes.push_back(std::move(o)); });
        ASSERT_TRUE(waitUntil([&] { return got.done(); }));
        EXPECT_EQ(got.outcomes[0].status, RetryStatus::Aborted);
    }
}

TEST(Retry, StaleSchedulerFiringsStartNoExtraAttempts)
{
    QObject context;
    auto scheduler = std::make_shared<RecordingScheduler>();
    scheduler->fireTwice = true;
    auto op = std::make_shared<ScriptedOperation>(ScriptedOperation{{-1}});
    Collected got;
    retry(
        &context, [op] { return (*op)(); }, isRetryable,
        [&](RetryOutcome<int> o) { got.outcomes.push_back(std::move(o)); },
        RetryOptions{.policy = noJitter(), .scheduler = scheduler});
    ASSERT_TRUE(waitUntil([&] { return got.done(); }));
    QCoreApplication::processEvents();
    EXPECT_EQ(got.outcomes[0].status, RetryStatus::Exhausted);
    EXPECT_EQ(op->calls, 5);
    // One wait per failed attempt: a second firing started nothing.
    EXPECT_EQ(scheduler->delays, (std::vector{1000ms, 2000ms, 4000ms, 8000ms}));
    EXPECT_EQ(got.outcomes.size(), 1u);
}

TEST(Retry, RejectsMissingOrForeignContext)
{
    bool called = false;
    int calls = 0;
    const RetryHandle none = retry(
        nullptr,
        [&calls] {
            ++calls;
            return QtFuture::makeReadyFuture(1);
        },
        isRetryable, [&called](RetryOutcome<int>) { called = true; });
    EXPECT_FALSE(none.isActive());

    QObject foreign;
    std::thread other([&] {
        const RetryHandle h = retry(
            &foreign,
            [&calls] {
                ++calls;
                return QtFuture::makeReadyFuture(1);
            },
            isRetryable, [&called](RetryOutcome<int>) { called = true; });
        EXPECT_FALSE(h.isActive());
    });
    other.join();
    QCoreApplication::processEvents();
    EXPECT_EQ(calls, 0);
    EXPECT_FALSE(called);
    RetryHandle().cancel(); // a default handle controls nothing
    EXPECT_FALSE(RetryHandle().isActive());
}
