// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "qtprinters.h"
#include "testsupport.h"

#include <opsdeck/sdk/taskmanager.h>

#include <QDeadlineTimer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QThread>
#include <QThreadPool>

#include <gtest/gtest.h>

#include <atomic>
#include <memory>

using OpsDeck::Sdk::TaskInfo;
using OpsDeck::Sdk::TaskManager;
using OpsDeck::Test::waitUntil;

namespace {

/** Shared by a test and its task: an early test exit cannot leave the task a dangling pointer. */
struct Probe
{
    std::atomic_bool started = false;
    std::atomic_bool sawCancel = false;
    std::atomic_bool done = false;
    QSemaphore release;
};

/** Spins until cancelled (or a safety deadline), yielding the core. */
template <typename T>
void runUntilCanceled(Probe &probe, const QPromise<T> &promise)
{
    probe.started = true;
    const QDeadlineTimer safety(std::chrono::seconds(30));
    while (!promise.isCanceled() && !safety.hasExpired())
        QThread::yieldCurrentThread();
    probe.sawCancel = promise.isCanceled();
}

quint64 idOf(const QSignalSpy &spy, qsizetype index = 0)
{
    return spy.at(index).at(0).value<quint64>();
}

} // namespace

TEST(TaskManager, ReportsProgressWhileRunningAndFinishes)
{
    TaskManager tasks;
    tasks.setCurrentOwner(QStringLiteral("logsearch"));
    QSignalSpy started(&tasks, &TaskManager::taskStarted);
    QSignalSpy progress(&tasks, &TaskManager::taskProgress);
    QSignalSpy finished(&tasks, &TaskManager::taskFinished);
    auto probe = std::make_shared<Probe>();

    QFuture<int> future =
        tasks.run<int>(QStringLiteral("Counting lines"), [probe](QPromise<int> &promise) {
            promise.setProgressRange(0, 10);
            promise.setProgressValueAndText(3, QStringLiteral("3 of 10"));
            probe->release.tryAcquire(1, 30000); // held until the test has looked
            promise.setProgressValue(10);
            promise.addResult(42);
        });
    tasks.setCurrentOwner({});
    ASSERT_EQ(started.count(), 1);
    const quint64 id = idOf(started);
    EXPECT_GT(id, 0u);

    const bool sawProgress = waitUntil([&] {
        const QList<TaskInfo> list = tasks.tasks();
        return list.size() == 1 && list.first().progressValue == 3 &&
               list.first().progressText == QStringLiteral("3 of 10") &&
               list.first().progressMaximum == 10;
    });
    probe->release.release();
    ASSERT_TRUE(sawProgress);
    const TaskInfo info = tasks.tasks().value(0);
    EXPECT_EQ(info.id, id);
    EXPECT_EQ(info.title, QStringLiteral("Counting lines"));
    EXPECT_EQ(info.owner, QStringLiteral("logsearch"));
    EXPECT_EQ(info.progressMinimum, 0);
    EXPECT_GE(progress.count(), 2); // range, then value and text
    EXPECT_EQ(idOf(progress), id);

    ASSERT_TRUE(waitUntil([&] { return finished.count() == 1; }));
    EXPECT_EQ(idOf(finished), id);
    EXPECT_FALSE(finished.at(0).at(1).toBool());
    EXPECT_TRUE(tasks.tasks().isEmpty());
    ASSERT_EQ(future.resultCount(), 1);
    EXPECT_EQ(future.result(), 42);
}

TEST(TaskManager, CancelStopsAPromiseLoop)
{
    TaskManager tasks;
    QSignalSpy started(&tasks, &TaskManager::taskStarted);
    QSignalSpy finished(&tasks, &TaskManager::taskFinished);
    auto probe = std::make_shared<Probe>();

    QFuture<void> future =
        tasks.run<void>(QStringLiteral("Tailing"), [probe](QPromise<void> &promise) {
            runUntilCanceled(*probe, promise);
            probe->done = true;
        });
    ASSERT_EQ(started.count(), 1);
    ASSERT_TRUE(waitUntil([&] { return probe->started.load(); }));
    EXPECT_EQ(finished.count(), 0);

    tasks.cancel(idOf(started));
    ASSERT_TRUE(waitUntil([&] { return finished.count() == 1; }));
    EXPECT_TRUE(probe->sawCancel);
    EXPECT_TRUE(probe->done); // the work ended before the task was reported finished
    EXPECT_TRUE(finished.at(0).at(1).toBool());
    EXPECT_TRUE(future.isCanceled());
    EXPECT_TRUE(tasks.tasks().isEmpty());

    tasks.cancel(idOf(started)); // a finished task: nothing happens
}

TEST(TaskManager, CancelAllStopsEveryTask)
{
    TaskManager tasks;
    QSignalSpy finished(&tasks, &TaskManager::taskFinished);
    auto first = std::make_shared<Probe>();
    auto second = std::make_shared<Probe>();
    tasks.run<void>(QStringLiteral("one"),
                    [first](QPromise<void> &promise) { runUntilCanceled(*first, promise); });
    tasks.run<void>(QStringLiteral("two"),
                    [second](QPromise<void> &promise) { runUntilCanceled(*second, promise); });
    ASSERT_TRUE(waitUntil([&] { return first->started && second->started; }));
    EXPECT_EQ(tasks.tasks().size(), 2);

    tasks.cancelAll();
    ASSERT_TRUE(waitUntil([&] { return finished.count() == 2; }));
    EXPECT_TRUE(first->sawCancel);
    EXPECT_TRUE(second->sawCancel);
}

TEST(TaskManager, DestructorCancelsAndWaitsForRunningWork)
{
    auto tasks = std::make_unique<TaskManager>();
    auto probe = std::make_shared<Probe>();
    tasks->run<void>(QStringLiteral("Slow to stop"), [probe](QPromise<void> &promise) {
        runUntilCanceled(*probe, promise);
        // Cleanup that takes a while after the cancel: had the destructor not
        // waited, this would still be running when it returned.
        QThread::msleep(200);
        probe->done = true;
    });
    ASSERT_TRUE(waitUntil([&] { return probe->started.load(); }));

    tasks.reset();
    EXPECT_TRUE(probe->sawCancel);
    EXPECT_TRUE(probe->done);
}

TEST(TaskManager, TracksAFutureStartedElsewhere)
{
    TaskManager tasks;
    QSignalSpy finished(&tasks, &TaskManager::taskFinished);
    QPromise<void> promise;
    promise.start();
    const quint64 id = tasks.track(QStringLiteral("Uploading"), promise.future());
    ASSERT_EQ(tasks.tasks().size(), 1);
    EXPECT_EQ(tasks.tasks().first().title, QStringLiteral("Uploading"));

    tasks.cancel(id); // reaches whoever holds the promise
    EXPECT_TRUE(promise.isCanceled());
    promise.finish();
    ASSERT_TRUE(waitUntil([&] { return finished.count() == 1; }));
    EXPECT_EQ(idOf(finished), id);
    EXPECT_TRUE(finished.at(0).at(1).toBool());
    EXPECT_TRUE(tasks.tasks().isEmpty());
}

TEST(TaskManager, PoolHasAtLeastTwoThreads)
{
    TaskManager tasks;
    ASSERT_NE(tasks.pool(), nullptr);
    EXPECT_GE(tasks.pool()->maxThreadCount(), 2);
    EXPECT_NE(tasks.pool(), QThreadPool::globalInstance());
}
