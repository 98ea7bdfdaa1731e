// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "rawfiletestsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <unistd.h>

using namespace OpsDeck;
using namespace OpsDeck::Test;
using Backend::LogRecord;

namespace {

constexpr qint64 kBase = 1'780'000'000'000;

QList<LogRecord> received(const QSignalSpy &spy)
{
    QList<LogRecord> all;
    for (const auto &args : spy)
        all += args.at(0).value<QList<LogRecord>>();
    return all;
}

} // namespace

TEST(RawFileFollow, DeliversAppendedLinesAndSurvivesTruncation)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("app.log"));
    ASSERT_TRUE(writeAll(path, stamp(kBase) + " start needle 0\n" + stamp(kBase + 1) + " other\n"));
    auto store = openStore({path});
    ASSERT_TRUE(store);
    ASSERT_TRUE(waitIndexed(*store));
    auto subscription = store->subscribe(QStringLiteral("needle"));
    QSignalSpy spy(subscription.get(), &Backend::LogSubscription::recordsArrived);
    QSignalSpy failed(subscription.get(), &Backend::LogSubscription::failed);

    // Appended complete lines: only matching ones arrive, with their parsed time.
    ASSERT_TRUE(appendTo(path, stamp(kBase + 10) + " needle 1\n" + stamp(kBase + 11) + " hay\n"
                                   + stamp(kBase + 12) + " needle 2\n"));
    ASSERT_TRUE(waitUntil([&] { return received(spy).size() >= 2; }));
    auto got = received(spy);
    ASSERT_EQ(got.size(), 2);
    EXPECT_EQ(got[0].message, QString::fromLatin1(stamp(kBase + 10) + " needle 1"));
    EXPECT_EQ(got[1].timestamp.toMSecsSinceEpoch(), kBase + 12);
    EXPECT_EQ(got[1].source, QFileInfo(path).absoluteFilePath());

    // The store itself grew: search and context see the new lines.
    EXPECT_EQ(countOf(*store, QStringLiteral("needle")), 3);
    const auto around = awaitResult(store->context(got[0].id, 1, 1));
    ASSERT_TRUE(around.ok());
    ASSERT_EQ(around->size(), 3);
    EXPECT_TRUE(around->at(2).message.endsWith(u"hay"));

    // A partial line waits for its newline.
    ASSERT_TRUE(appendTo(path, stamp(kBase + 20) + " needle 3 in"));
    ASSERT_TRUE(waitUntil([&] { return countOf(*store, {}) == 6; }));
    EXPECT_EQ(received(spy).size(), 2);
    ASSERT_TRUE(appendTo(path, " two writes\n"));
    ASSERT_TRUE(waitUntil([&] { return received(spy).size() >= 3; }));
    EXPECT_EQ(received(spy).at(2).message,
              QString::fromLatin1(stamp(kBase + 20) + " needle 3 in two writes"));

    // Truncation (copytruncate): the file is read again and its new lines arrive.
    ASSERT_EQ(::truncate(QFile::encodeName(path).constData(), 0), 0);
    ASSERT_TRUE(appendTo(path, stamp(kBase + 30) + " needle after rotation\n"));
    ASSERT_TRUE(waitUntil([&] { return received(spy).size() >= 4; }));
    EXPECT_EQ(received(spy).at(3).message,
              QString::fromLatin1(stamp(kBase + 30) + " needle after rotation"));
    EXPECT_EQ(countOf(*store, QStringLiteral("needle")), 1);
    EXPECT_EQ(awaitResult(store->context(got[0].id, 0, 0)).error().code, ErrorCode::NotFound)
        << "ids of the old content do not point into the new one";
    ASSERT_TRUE(appendTo(path, stamp(kBase + 31) + " needle again\n"));
    ASSERT_TRUE(waitUntil([&] { return received(spy).size() >= 5; }));
    EXPECT_EQ(failed.count(), 0);

    // After the subscription ends nothing more is read (and nothing crashes).
    subscription.reset();
    ASSERT_TRUE(appendTo(path, stamp(kBase + 40) + " needle late\n"));
    waitUntil([] { return false; }, std::chrono::milliseconds(600)); // two more poll periods
    EXPECT_EQ(countOf(*store, QStringLiteral("needle")), 2);
}

TEST(RawFileFollow, ARewriteLargerThanTheOldFileIsReadAgain)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("app.log"));
    ASSERT_TRUE(writeAll(path, stamp(kBase) + " old needle\n"));
    auto store = openStore({path});
    ASSERT_TRUE(store);
    ASSERT_TRUE(waitIndexed(*store));
    auto subscription = store->subscribe(QStringLiteral("needle"));
    QSignalSpy spy(subscription.get(), &Backend::LogSubscription::recordsArrived);
    // Truncated and refilled past the old size within one poll period: same inode, larger.
    ASSERT_TRUE(writeAll(path, stamp(kBase + 1) + " brand new needle one\n" + stamp(kBase + 2)
                                   + " brand new needle two\n"));
    ASSERT_TRUE(waitUntil([&] { return received(spy).size() >= 2; }));
    EXPECT_EQ(received(spy).size(), 2);
    EXPECT_EQ(countOf(*store, QStringLiteral("needle")), 2);
    EXPECT_EQ(countOf(*store, QStringLiteral("old")), 0);
}

TEST(RawFileFollow, FollowsAFileThatStartsEmpty)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("new.log"));
    ASSERT_TRUE(writeAll(path, {}));
    auto store = openStore({path});
    ASSERT_TRUE(store);
    const auto empty = searchPage(*store, {});
    ASSERT_TRUE(empty.ok());
    EXPECT_TRUE(empty->records.isEmpty());
    ASSERT_TRUE(waitIndexed(*store));
    EXPECT_EQ(countOf(*store, {}), 0);
    auto subscription = store->subscribe({});
    QSignalSpy spy(subscription.get(), &Backend::LogSubscription::recordsArrived);
    ASSERT_TRUE(appendTo(path, "no stamp yet\n" + stamp(kBase) + " first\n"));
    ASSERT_TRUE(waitUntil([&] { return received(spy).size() >= 2; }));
    const auto got = received(spy);
    ASSERT_EQ(got.size(), 2);
    EXPECT_EQ(got[0].timestamp.toMSecsSinceEpoch(), kBase)
        << "lines before the first stamp take it";
    EXPECT_EQ(countOf(*store, {}), 2);
}

TEST(RawFileFollow, ABadQueryFailsTheSubscription)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("x.log"));
    ASSERT_TRUE(writeAll(path, stamp(kBase) + " a\n"));
    auto store = openStore({path});
    ASSERT_TRUE(store);
    auto subscription = store->subscribe(QStringLiteral("\"open"));
    QSignalSpy failed(subscription.get(), &Backend::LogSubscription::failed);
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 1; }));
    EXPECT_EQ(failed.at(0).at(0).value<Error>().code, ErrorCode::Parse);
}

TEST(RawFileFollow, SubscriptionMayOutliveTheStore)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("x.log"));
    ASSERT_TRUE(writeAll(path, stamp(kBase) + " a\n"));
    auto store = openStore({path});
    ASSERT_TRUE(store);
    auto subscription = store->subscribe(QStringLiteral("a"));
    store.reset();
    subscription.reset(); // must not touch the dead store
    SUCCEED();
}
