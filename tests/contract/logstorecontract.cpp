// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "logstorecontract.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace OpsDeck::Test {

using Backend::LogLevel;
using Backend::LogPage;
using Backend::LogQuery;
using Backend::LogRecord;
using Backend::LogSubscription;

GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(LogStoreContract);

namespace {

QStringList messagesOf(const QList<LogRecord> &records)
{
    QStringList out;
    for (const LogRecord &r : records)
        out.append(r.message);
    return out;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

bool newestFirst(const QList<LogRecord> &records)
{
    // is_sorted fails when a later record is strictly newer than an earlier one.
    const auto newer = [](const LogRecord &a, const LogRecord &b) { return a.timestamp > b.timestamp; };
    return std::is_sorted(records.cbegin(), records.cend(), newer);
}

bool hasDetailPrefix(const Error &error, int column)
{
    return error.detail.startsWith(u"1:%1:"_s.arg(column));
}

} // namespace

void LogStoreContract::SetUp()
{
    ASSERT_TRUE(m_scratch.isValid());
    m_store = GetParam().make(m_scratch.path());
    ASSERT_NE(m_store, nullptr);
    const qint64 nowS = QDateTime::currentSecsSinceEpoch();
    m_base = QDateTime::fromSecsSinceEpoch(nowS - 2 * 3600, QTimeZone::utc());
}

void LogStoreContract::TearDown()
{
    m_store.reset();
}

LogRecord LogStoreContract::record(int seconds, const QString &message, const QString &host,
                                   const QString &service, LogLevel level) const
{
    LogRecord r;
    r.timestamp = at(seconds);
    r.host = host;
    r.service = service;
    r.source = u"contract://"_s + host;
    r.level = level;
    r.message = message;
    return r;
}

void LogStoreContract::appendAll(const QList<LogRecord> &records)
{
    const auto committed = await(m_store->append(records));
    ASSERT_TRUE(committed.ok()) << errorText(committed);
    ASSERT_EQ(*committed, records.size());
}

LogQuery LogStoreContract::query(const QString &text, int limit) const
{
    LogQuery q;
    q.text = text;
    q.from = at(0);
    q.to = at(3600);
    q.limit = limit;
    return q;
}

QList<LogRecord> LogStoreContract::searchAll(const QString &text)
{
    QList<LogRecord> out;
    LogQuery q = query(text, 1000);
    for (int guard = 0; guard < 100; ++guard) {
        const auto page = await(m_store->search(q));
        if (!page.ok()) {
            ADD_FAILURE() << "search \"" << text.toStdString() << "\": " << errorText(page);
            return out;
        }
        out += page->records;
        if (page->nextCursor.isEmpty())
            return out;
        q.cursor = page->nextCursor;
    }
    ADD_FAILURE() << "search \"" << text.toStdString() << "\" never reached its last page";
    return out;
}

// --- rule 15 --------------------------------------------------------------

TEST_P(LogStoreContract, IsUsableAfterConstruction)
{
    EXPECT_EQ(m_store->capability(), Backend::Capability::LogStore);
    EXPECT_FALSE(m_store->displayName().isEmpty());
    EXPECT_NE(m_store->health().state, Reliability::HealthState::Unhealthy);
}

// --- rules 1, 3 -----------------------------------------------------------

TEST_P(LogStoreContract, AppendReportsCommittedCount)
{
    const auto three
        = await(m_store->append({record(1, u"one"_s), record(2, u"two"_s), record(3, u"three"_s)}));
    ASSERT_TRUE(three.ok()) << errorText(three);
    EXPECT_EQ(*three, 3);
    const auto none = await(m_store->append({}));
    ASSERT_TRUE(none.ok()) << errorText(none);
    EXPECT_EQ(*none, 0);
}

// --- rule 4 ---------------------------------------------------------------

TEST_P(LogStoreContract, RecordsRoundTripUnchanged)
{
    LogRecord in = record(10, u"  Käse ✓ first line\n\tsecond  line with  spaces\r\nthird  "_s,
                          u"db-7"_s, u"billing"_s, LogLevel::Warning);
    in.timestamp = in.timestamp.addMSecs(123);
    in.fields.insert(u"user"_s, u"alice"_s);
    ASSERT_NO_FATAL_FAILURE(appendAll({in}));

    const QList<LogRecord> found = searchAll(QString());
    ASSERT_EQ(found.size(), 1);
    const LogRecord &out = found.first();
    EXPECT_EQ(out.message, in.message);
    EXPECT_EQ(out.host, in.host);
    EXPECT_EQ(out.service, in.service);
    EXPECT_EQ(out.source, in.source);
    EXPECT_EQ(out.level, in.level);
    EXPECT_EQ(out.timestamp.toMSecsSinceEpoch(), in.timestamp.toMSecsSinceEpoch());
    EXPECT_EQ(out.fields.value(u"user"_s).toString(), u"alice"_s);
    EXPECT_GT(out.id, 0);
    EXPECT_TRUE(out.ingestedAt.isValid());
}

// --- rule 5 ---------------------------------------------------------------

TEST_P(LogStoreContract, IdsIncreaseInAppendOrder)
{
    // Timestamps deliberately disagree with append order: ids follow appends.
    ASSERT_NO_FATAL_FAILURE(appendAll({record(50, u"first-a"_s), record(10, u"first-b"_s)}));
    ASSERT_NO_FATAL_FAILURE(appendAll({record(30, u"second"_s)}));

    QHash<QString, qint64> ids;
    for (const LogRecord &r : searchAll(QString()))
        ids.insert(r.message, r.id);
    ASSERT_EQ(ids.size(), 3);
    EXPECT_GT(ids.value(u"first-a"_s), 0);
    EXPECT_LT(ids.value(u"first-a"_s), ids.value(u"first-b"_s));
    EXPECT_LT(ids.value(u"first-b"_s), ids.value(u"second"_s));
}

// --- rule 6 ---------------------------------------------------------------

TEST_P(LogStoreContract, ConcurrentAppendsAllCommit)
{
    QList<QFuture<Result<qint64>>> futures;
    for (int batch = 0; batch < 8; ++batch) {
        QList<LogRecord> records;
        for (int i = 0; i < 25; ++i)
            records.append(record(batch * 100 + i, u"batch %1 record %2"_s.arg(batch).arg(i)));
        futures.append(m_store->append(records));
    }
    for (const auto &future : std::as_const(futures)) {
        const auto committed = await(future);
        ASSERT_TRUE(committed.ok()) << errorText(committed);
        EXPECT_EQ(*committed, 25);
    }
    const QList<LogRecord> all = searchAll(QString());
    EXPECT_EQ(all.size(), 200);
    QSet<qint64> ids;
    for (const LogRecord &r : all)
        ids.insert(r.id);
    EXPECT_EQ(ids.size(), 200) << "ids are not unique";
}

// --- rule 7 ---------------------------------------------------------------

TEST_P(LogStoreContract, FindsRecordsByWordCaseInsensitively)
{
    ASSERT_NO_FATAL_FAILURE(
        appendAll({record(1, u"Disk FULL on /var"_s), record(2, u"disk check ok"_s),
                   record(3, u"network timeout"_s)}));
    const QStringList both{u"Disk FULL on /var"_s, u"disk check ok"_s};
    EXPECT_EQ(sorted(messagesOf(searchAll(u"disk"_s))), both);
    EXPECT_EQ(sorted(messagesOf(searchAll(u"DISK"_s))), both);
    EXPECT_EQ(messagesOf(searchAll(u"timeout"_s)), QStringList{u"network timeout"_s});

    const auto none = await(m_store->search(query(u"absentword"_s)));
    ASSERT_TRUE(none.ok()) << errorText(none);
    EXPECT_TRUE(none->records.isEmpty());
    EXPECT_EQ(none->total, 0);
    EXPECT_TRUE(none->nextCursor.isEmpty());
}

TEST_P(LogStoreContract, AllWordsMustMatch)
{
    ASSERT_NO_FATAL_FAILURE(
        appendAll({record(1, u"Disk FULL on /var"_s), record(2, u"disk check ok"_s),
                   record(3, u"network timeout"_s)}));
    EXPECT_EQ(messagesOf(searchAll(u"disk full"_s)), QStringList{u"Disk FULL on /var"_s});
    EXPECT_EQ(messagesOf(searchAll(u"  full   DISK "_s)), QStringList{u"Disk FULL on /var"_s});
    EXPECT_TRUE(searchAll(u"disk timeout"_s).isEmpty());
}

TEST_P(LogStoreContract, QuotedPhraseMatchesAdjacentWordsInOrder)
{
    ASSERT_NO_FATAL_FAILURE(
        appendAll({record(1, u"Disk full on /var"_s), record(2, u"full disk array"_s),
                   record(3, u"disk is not full"_s)}));
    EXPECT_EQ(messagesOf(searchAll(u"\"disk full\""_s)), QStringList{u"Disk full on /var"_s});
    EXPECT_EQ(searchAll(u"disk full"_s).size(), 3);
}

TEST_P(LogStoreContract, FieldTermsSelectHostServiceAndLevel)
{
    ASSERT_NO_FATAL_FAILURE(appendAll({
        record(1, u"request served"_s, u"web-1"_s, u"api"_s, LogLevel::Info),
        record(2, u"request failed"_s, u"web-2"_s, u"api"_s, LogLevel::Error),
        record(3, u"query failed"_s, u"web-1"_s, u"db"_s, LogLevel::Error),
        record(4, u"slow query"_s, u"web-2"_s, u"db"_s, LogLevel::Warning),
    }));
    EXPECT_EQ(sorted(messagesOf(searchAll(u"host:web-2"_s))),
              (QStringList{u"request failed"_s, u"slow query"_s}));
    EXPECT_EQ(sorted(messagesOf(searchAll(u"service:db"_s))),
              (QStringList{u"query failed"_s, u"slow query"_s}));
    EXPECT_EQ(sorted(messagesOf(searchAll(u"level:error"_s))),
              (QStringList{u"query failed"_s, u"request failed"_s}));
    EXPECT_EQ(sorted(messagesOf(searchAll(u"level:ERR"_s))),
              (QStringList{u"query failed"_s, u"request failed"_s}));
    EXPECT_EQ(messagesOf(searchAll(u"host:web-1 level:error"_s)), QStringList{u"query failed"_s});
    EXPECT_EQ(messagesOf(searchAll(u"failed service:api"_s)), QStringList{u"request failed"_s});
}

// --- rule 8 ---------------------------------------------------------------

TEST_P(LogStoreContract, MalformedQueryIsParseErrorWithPosition)
{
    struct Case
    {
        QString text;
        int column;
    };
    const QList<Case> cases{
        {u"disk \"full"_s, 6},  // the unterminated quote
        {u"error host:"_s, 12}, // where host's value should start
        {u"level:loud"_s, 7},   // the unknown level
    };
    for (const Case &c : cases) {
        const auto page = await(m_store->search(query(c.text)));
        ASSERT_FALSE(page.ok()) << "query: " << c.text.toStdString();
        EXPECT_EQ(page.error().code, ErrorCode::Parse) << describe(page.error());
        EXPECT_TRUE(hasDetailPrefix(page.error(), c.column))
            << "query " << c.text.toStdString() << " expected detail starting with 1:" << c.column
            << ": but got " << page.error().detail.toStdString();
    }
}

// --- rule 9 ---------------------------------------------------------------

TEST_P(LogStoreContract, TimeRangeIsHalfOpen)
{
    ASSERT_NO_FATAL_FAILURE(appendAll({record(99, u"range before"_s), record(100, u"range from"_s),
                                       record(199, u"range last"_s), record(200, u"range to"_s)}));
    LogQuery q = query(u"range"_s);
    q.from = at(100);
    q.to = at(200);
    const auto page = await(m_store->search(q));
    ASSERT_TRUE(page.ok()) << errorText(page);
    EXPECT_EQ(messagesOf(page->records), (QStringList{u"range last"_s, u"range from"_s}));
    EXPECT_EQ(page->total, 2);
}

TEST_P(LogStoreContract, RangeEndingBeforeItStartsIsInvalidArgument)
{
    LogQuery q = query(QString());
    q.from = at(200);
    q.to = at(100);
    const auto page = await(m_store->search(q));
    ASSERT_FALSE(page.ok());
    EXPECT_EQ(page.error().code, ErrorCode::InvalidArgument) << describe(page.error());
}

// --- rule 10 --------------------------------------------------------------

TEST_P(LogStoreContract, ResultsAreNewestFirst)
{
    ASSERT_NO_FATAL_FAILURE(appendAll({record(20, u"order b"_s), record(5, u"order d"_s)}));
    ASSERT_NO_FATAL_FAILURE(appendAll({record(30, u"order a"_s), record(10, u"order c"_s)}));
    const auto page = await(m_store->search(query(u"order"_s)));
    ASSERT_TRUE(page.ok()) << errorText(page);
    EXPECT_EQ(messagesOf(page->records),
              (QStringList{u"order a"_s, u"order b"_s, u"order c"_s, u"order d"_s}));
}

// --- rule 11 --------------------------------------------------------------

TEST_P(LogStoreContract, PagesReturnEveryMatchExactlyOnce)
{
    QList<LogRecord> records;
    for (int i = 0; i < 25; ++i) // three records share each second: cursors must break ties
        records.append(record(100 + i / 3, u"paged %1"_s.arg(i)));
    records.append(record(50, u"other"_s));
    ASSERT_NO_FATAL_FAILURE(appendAll(records));

    LogQuery q = query(u"paged"_s, 7);
    QList<LogRecord> seen;
    int pages = 0;
    for (;;) {
        ASSERT_LT(++pages, 10) << "paging does not end";
        const auto page = await(m_store->search(q));
        ASSERT_TRUE(page.ok()) << errorText(page);
        EXPECT_LE(page->records.size(), 7);
        EXPECT_EQ(page->total, 25);
        seen += page->records;
        if (page->nextCursor.isEmpty())
            break;
        ASSERT_FALSE(page->records.isEmpty()) << "a page with a cursor but no records";
        q.cursor = page->nextCursor;
    }
    EXPECT_EQ(seen.size(), 25);
    QStringList messages = messagesOf(seen);
    messages.removeDuplicates();
    EXPECT_EQ(messages.size(), 25) << "a record came back twice";
    EXPECT_TRUE(newestFirst(seen));
}

TEST_P(LogStoreContract, CursorIsStableWhenNewerRecordsArrive)
{
    QList<LogRecord> originals;
    for (int i = 0; i < 12; ++i)
        originals.append(record(100 + i, u"stable %1"_s.arg(i)));
    ASSERT_NO_FATAL_FAILURE(appendAll(originals));

    LogQuery q = query(u"stable"_s, 5);
    auto page = await(m_store->search(q));
    ASSERT_TRUE(page.ok()) << errorText(page);
    QStringList seen = messagesOf(page->records);
    ASSERT_FALSE(page->nextCursor.isEmpty());

    ASSERT_NO_FATAL_FAILURE(
        appendAll({record(300, u"stable late 1"_s), record(301, u"stable late 2"_s),
                   record(302, u"stable late 3"_s)}));
    q.cursor = page->nextCursor;
    for (int guard = 0; guard < 10 && !q.cursor.isEmpty(); ++guard) {
        page = await(m_store->search(q));
        ASSERT_TRUE(page.ok()) << errorText(page);
        seen += messagesOf(page->records);
        q.cursor = page->nextCursor;
    }
    QStringList expected = messagesOf(originals);
    EXPECT_EQ(sorted(seen), sorted(expected));
}

TEST_P(LogStoreContract, ForeignCursorIsInvalidArgument)
{
    ASSERT_NO_FATAL_FAILURE(appendAll({record(1, u"one"_s), record(2, u"two"_s)}));
    LogQuery q = query(QString(), 1);
    q.cursor = u"not-a-cursor"_s;
    const auto page = await(m_store->search(q));
    ASSERT_FALSE(page.ok());
    EXPECT_EQ(page.error().code, ErrorCode::InvalidArgument) << describe(page.error());
}

TEST_P(LogStoreContract, LimitBelowOneIsInvalidArgument)
{
    const auto page = await(m_store->search(query(QString(), 0)));
    ASSERT_FALSE(page.ok());
    EXPECT_EQ(page.error().code, ErrorCode::InvalidArgument) << describe(page.error());
}

// --- rules 2, 12 ----------------------------------------------------------

TEST_P(LogStoreContract, SubscriptionDeliversOnlyLaterMatchingRecords)
{
    ASSERT_NO_FATAL_FAILURE(appendAll({record(1, u"tail before"_s)}));
    const std::unique_ptr<LogSubscription> subscription = m_store->subscribe(u"tail"_s);
    ASSERT_NE(subscription, nullptr);
    SignalLog<QList<LogRecord>> batches(subscription.get(), &LogSubscription::recordsArrived);
    SignalLog<Error> failures(subscription.get(), &LogSubscription::failed);

    ASSERT_NO_FATAL_FAILURE(
        appendAll({record(2, u"tail after one"_s), record(3, u"unrelated after"_s)}));
    ASSERT_NO_FATAL_FAILURE(appendAll({record(4, u"tail after two"_s)}));

    QList<LogRecord> received;
    const auto collect = [&] {
        received.clear();
        for (const auto &batch : batches.values())
            received += batch;
        return messagesOf(received).contains(u"tail after two"_s);
    };
    ASSERT_TRUE(waitUntil(collect, kContractTimeout)) << "the live tail delivered nothing";
    EXPECT_EQ(messagesOf(received), (QStringList{u"tail after one"_s, u"tail after two"_s}));
    EXPECT_TRUE(std::is_sorted(received.cbegin(), received.cend(),
                               [](const LogRecord &a, const LogRecord &b) { return a.id < b.id; }));
    EXPECT_TRUE(batches.allOn(QThread::currentThread())) << "records arrived off the owner thread";
    EXPECT_EQ(failures.count(), 0);
}

// --- rule 13 --------------------------------------------------------------

TEST_P(LogStoreContract, MalformedSubscriptionQueryFails)
{
    const std::unique_ptr<LogSubscription> bad = m_store->subscribe(u"\"abc"_s);
    ASSERT_NE(bad, nullptr);
    SignalLog<Error> failures(bad.get(), &LogSubscription::failed);
    SignalLog<QList<LogRecord>> badBatches(bad.get(), &LogSubscription::recordsArrived);
    ASSERT_TRUE(waitUntil([&] { return failures.count() > 0; }, kContractTimeout))
        << "failed() was not emitted after subscribe() returned";
    EXPECT_EQ(failures.values().constFirst().code, ErrorCode::Parse);
    EXPECT_TRUE(failures.allOn(QThread::currentThread()));

    // A good subscription on the same words shows when delivery has happened.
    const std::unique_ptr<LogSubscription> good = m_store->subscribe(u"abc"_s);
    SignalLog<QList<LogRecord>> goodBatches(good.get(), &LogSubscription::recordsArrived);
    ASSERT_NO_FATAL_FAILURE(appendAll({record(1, u"abc \"abc"_s)}));
    ASSERT_TRUE(waitUntil([&] { return goodBatches.count() > 0; }, kContractTimeout));
    EXPECT_EQ(badBatches.count(), 0);
    EXPECT_EQ(failures.count(), 1);
}

// --- rule 14 --------------------------------------------------------------

TEST_P(LogStoreContract, DestroyingSubscriptionIsSafe)
{
    auto doomed = m_store->subscribe(u"gone"_s);
    const std::unique_ptr<LogSubscription> witness = m_store->subscribe(u"gone"_s);
    SignalLog<QList<LogRecord>> witnessed(witness.get(), &LogSubscription::recordsArrived);

    // Destroy it with a delivery possibly in flight, then append more.
    const auto inFlight = m_store->append({record(1, u"gone one"_s)});
    doomed.reset();
    ASSERT_TRUE(await(inFlight).ok());
    ASSERT_NO_FATAL_FAILURE(appendAll({record(2, u"gone two"_s)}));
    ASSERT_TRUE(waitUntil(
        [&] {
            int n = 0;
            for (const auto &batch : witnessed.values())
                n += int(batch.size());
            return n == 2;
        },
        kContractTimeout));
}

} // namespace OpsDeck::Test
