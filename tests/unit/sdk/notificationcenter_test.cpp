// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "qtprinters.h"
#include "testsupport.h"

#include <opsdeck/sdk/notificationcenter.h>

#include <QLoggingCategory>
#include <QSet>
#include <QSignalSpy>
#include <QThread>

#include <gtest/gtest.h>

#include <memory>

using OpsDeck::Sdk::Notification;
using OpsDeck::Sdk::NotificationCenter;

namespace {

Notification note(const QString &title,
                  Notification::Severity severity = Notification::Severity::Info)
{
    return Notification{.severity = severity, .title = title};
}

QStringList titles(const NotificationCenter &center)
{
    QStringList out;
    for (const Notification &n : center.notifications())
        out.append(n.title);
    return out;
}

/** Every post is logged at info level; hundreds of them would bury the test output. */
class QuietNotificationLog final : public ::testing::Environment
{
public:
    void SetUp() override
    {
        QLoggingCategory::setFilterRules(QStringLiteral("opsdeck.sdk.notifications.info=false"));
    }
};

[[maybe_unused]] ::testing::Environment *const s_quiet =
    ::testing::AddGlobalTestEnvironment(new QuietNotificationLog);

} // namespace

TEST(NotificationCenter, ListsNewestFirstAndFillsInIdTimeAndOwner)
{
    NotificationCenter center;
    QSignalSpy posted(&center, &NotificationCenter::posted);
    QSignalSpy changed(&center, &NotificationCenter::changed);

    center.setCurrentOwner(QStringLiteral("pipelines"));
    const quint64 first =
        center.post(note(QStringLiteral("Build failed"), Notification::Severity::Error));
    center.setCurrentOwner({});
    const quint64 second =
        center.post(note(QStringLiteral("Deploy done"), Notification::Severity::Success));

    EXPECT_GT(first, 0u);
    EXPECT_GT(second, first);
    EXPECT_EQ(titles(center),
              (QStringList{QStringLiteral("Deploy done"), QStringLiteral("Build failed")}));
    const QList<Notification> list = center.notifications();
    EXPECT_EQ(list.at(0).id, second);
    EXPECT_EQ(list.at(1).owner, QStringLiteral("pipelines"));
    EXPECT_EQ(list.at(0).owner, QString());
    EXPECT_EQ(list.at(1).severity, Notification::Severity::Error);
    EXPECT_TRUE(list.at(0).time.isValid());
    EXPECT_EQ(posted.count(), 2);
    EXPECT_EQ(changed.count(), 2);
    EXPECT_EQ(posted.at(0).at(0).value<Notification>().title, QStringLiteral("Build failed"));
}

TEST(NotificationCenter, KeepsAGivenTimeAndOwner)
{
    NotificationCenter center;
    center.setCurrentOwner(QStringLiteral("ignored"));
    Notification n = note(QStringLiteral("Old news"));
    n.time = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    n.owner = QStringLiteral("secrets");
    n.read = true; // a new notification is always unread
    center.post(n);
    const Notification stored = center.notifications().first();
    EXPECT_EQ(stored.time, n.time);
    EXPECT_EQ(stored.owner, QStringLiteral("secrets"));
    EXPECT_FALSE(stored.read);
}

TEST(NotificationCenter, CountsUnreadUntilMarkedRead)
{
    NotificationCenter center;
    EXPECT_EQ(center.unreadCount(), 0);
    center.post(note(QStringLiteral("a")));
    center.post(note(QStringLiteral("b")));
    center.post(note(QStringLiteral("c")));
    EXPECT_EQ(center.unreadCount(), 3);

    QSignalSpy changed(&center, &NotificationCenter::changed);
    center.markAllRead();
    EXPECT_EQ(center.unreadCount(), 0);
    EXPECT_EQ(changed.count(), 1);
    center.markAllRead(); // nothing unread: no signal
    EXPECT_EQ(changed.count(), 1);

    center.post(note(QStringLiteral("d")));
    EXPECT_EQ(center.unreadCount(), 1);
    EXPECT_TRUE(center.notifications().at(1).read);

    center.clear();
    EXPECT_TRUE(center.notifications().isEmpty());
    EXPECT_EQ(center.unreadCount(), 0);
}

TEST(NotificationCenter, KeepsOnlyTheNewestFiveHundred)
{
    NotificationCenter center;
    for (int i = 1; i <= 520; ++i)
        center.post(note(QString::number(i)));
    const QList<Notification> list = center.notifications();
    ASSERT_EQ(list.size(), 500);
    EXPECT_EQ(list.first().title, QStringLiteral("520"));
    EXPECT_EQ(list.last().title, QStringLiteral("21"));
    EXPECT_EQ(center.unreadCount(), 500);
}

TEST(NotificationCenter, PostFromAWorkerThreadArrivesOnTheOwnerThread)
{
    NotificationCenter center;
    QThread *deliveredOn = nullptr;
    QList<Notification> received;
    QObject receiver;
    QObject::connect(&center, &NotificationCenter::posted, &receiver, [&](const Notification &n) {
        deliveredOn = QThread::currentThread();
        received.append(n);
    });

    quint64 idFromWorker = 99;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        idFromWorker =
            center.post(note(QStringLiteral("from worker 1"), Notification::Severity::Warning));
        center.post(note(QStringLiteral("from worker 2")));
    }));
    worker->start();
    ASSERT_TRUE(worker->wait(10000));

    // Nothing is touched on the worker: the list fills when this thread's
    // event loop delivers the queued posts.
    EXPECT_EQ(idFromWorker, 0u);
    EXPECT_TRUE(center.notifications().isEmpty());
    ASSERT_TRUE(OpsDeck::Test::waitUntil([&] { return received.size() == 2; }));
    EXPECT_EQ(deliveredOn, QThread::currentThread());
    EXPECT_EQ(titles(center),
              (QStringList{QStringLiteral("from worker 2"), QStringLiteral("from worker 1")}));
    EXPECT_GT(received.at(0).id, 0u);
    EXPECT_EQ(received.at(0).severity, Notification::Severity::Warning);
}

TEST(NotificationCenter, PostsFromManyThreadsAllArrive)
{
    NotificationCenter center;
    constexpr int kThreads = 4;
    constexpr int kEach = 50;
    std::vector<std::unique_ptr<QThread>> workers;
    for (int t = 0; t < kThreads; ++t) {
        workers.emplace_back(QThread::create([&center, t] {
            for (int i = 0; i < kEach; ++i)
                center.post(note(QStringLiteral("%1-%2").arg(t).arg(i)));
        }));
        workers.back()->start();
    }
    for (auto &w : workers)
        ASSERT_TRUE(w->wait(10000));
    ASSERT_TRUE(OpsDeck::Test::waitUntil(
        [&] { return center.notifications().size() == kThreads * kEach; }));
    QSet<quint64> ids;
    for (const Notification &n : center.notifications())
        ids.insert(n.id);
    EXPECT_EQ(ids.size(), kThreads * kEach);
}
