// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "enginetestsupport.h"

#include <QDir>
#include <QTemporaryDir>

#include <atomic>

using namespace OpsDeck::Logs;
using namespace OpsDeck::Test;

namespace {

struct FakeClock
{
    std::shared_ptr<std::atomic<std::int64_t>> now = std::make_shared<std::atomic<std::int64_t>>(kNow);
    std::function<std::int64_t()> fn() const
    {
        auto n = now;
        return [n] { return n->load(); };
    }
};

std::unique_ptr<LogEngine> openEngine(const QTemporaryDir &dir, const FakeClock &clock, std::size_t memtable = 64u << 20,
                                      bool background = true)
{
    EngineOptions options;
    options.dir = dir.filePath(QStringLiteral("logs")).toStdString();
    options.nowMs = clock.fn();
    options.memtableBytes = memtable;
    options.background = background;
    std::string error;
    auto engine = LogEngine::open(options, &error);
    EXPECT_TRUE(engine) << error;
    return engine;
}

void appendAll(LogEngine &engine, std::vector<StoredRecord> records)
{
    std::string error;
    ASSERT_TRUE(engine.append(std::move(records), true, &error)) << error;
}

std::vector<std::int64_t> ids(const SearchResult &r)
{
    std::vector<std::int64_t> out;
    for (const auto &rec : r.records)
        out.push_back(rec.id);
    return out;
}

} // namespace

TEST(LogEngine, SearchesTheSameBeforeAndAfterFlushAndReopen)
{
    QTemporaryDir dir;
    FakeClock clock;
    std::vector<StoredRecord> records;
    for (int i = 0; i < 3000; ++i) {
        records.push_back(makeRecord(kNow - 3 * kDay + i * 60'000,
                                     (i % 7 == 0 ? "ERROR disk full on /dev/sda" + std::to_string(i % 3)
                                                 : "GET /index.html 200 user=u" + std::to_string(i % 11)),
                                     "web-" + std::to_string(i % 4), i % 2 ? "nginx" : "app",
                                     i % 7 == 0 ? Level::Error : Level::Info));
    }
    auto expect = [](auto predicate) {
        std::uint64_t n = 0;
        for (int i = 0; i < 3000; ++i)
            n += predicate(i) ? 1 : 0;
        return n;
    };
    auto check = [&](const LogEngine &engine, const char *when) {
        SCOPED_TRACE(when);
        const std::int64_t from = kNow - 10 * kDay, to = kNow + kDay;
        auto count = [&](const char *q) { return searchEngine(engine, q, from, to, 10, true).total; };
        const auto disk = [](int i) { return i % 7 == 0; };
        EXPECT_EQ(count("disk"), expect(disk));
        EXPECT_EQ(count("DISK"), expect(disk));
        EXPECT_EQ(count("\"disk full\" sda1"), expect([&](int i) { return disk(i) && i % 3 == 1; }));
        EXPECT_EQ(count("\"full disk\""), 0u);
        EXPECT_EQ(count("level:error host:web-0"), expect([&](int i) { return disk(i) && i % 4 == 0; }));
        EXPECT_EQ(count("-disk service:nginx"), expect([&](int i) { return !disk(i) && i % 2 == 1; }));
        EXPECT_EQ(count("u1*"), expect([&](int i) { return !disk(i) && (i % 11 == 1 || i % 11 == 10); }));
        EXPECT_EQ(count("/sda[12]$/"), expect([&](int i) { return disk(i) && i % 3 != 0; }));
        EXPECT_EQ(count("disk OR u3"), expect([&](int i) { return disk(i) || i % 11 == 3; }));
        EXPECT_EQ(count("(disk OR u3) NOT host:web-1"),
                  expect([&](int i) { return (disk(i) || i % 11 == 3) && i % 4 != 1; }));
        EXPECT_EQ(count(""), 3000u);
        // Newest first, limit respected.
        const SearchResult page = searchEngine(engine, "disk", from, to, 5);
        ASSERT_EQ(page.records.size(), 5u);
        EXPECT_TRUE(page.more);
        EXPECT_EQ(page.records.front().id, 2997);
        for (std::size_t i = 1; i < page.records.size(); ++i)
            EXPECT_GT(page.records[i - 1].ts, page.records[i].ts);
        EXPECT_EQ(page.records.front().host, "web-0");
        EXPECT_EQ(page.records.front().service, "app");
        EXPECT_EQ(page.records.front().level, Level::Error);
        EXPECT_EQ(page.records.front().message, "ERROR disk full on /dev/sda2");
        // A range that cuts through the data.
        EXPECT_EQ(searchEngine(engine, "", kNow - 3 * kDay + 60'000 * 100, kNow - 3 * kDay + 60'000 * 200, 10, true).total,
                  100u);
    };
    {
        auto engine = openEngine(dir, clock);
        appendAll(*engine, records);
        check(*engine, "memtable");
        std::string error;
        ASSERT_TRUE(engine->flush(&error)) << error;
        check(*engine, "segments");
        EXPECT_EQ(engine->stats().hot.partitions, 3u);
    }
    auto engine = openEngine(dir, clock);
    check(*engine, "reopened");
    EXPECT_EQ(engine->lastId(), 3000);
    appendAll(*engine, {makeRecord(kNow, "disk again")});
    EXPECT_EQ(engine->lastId(), 3001);
}

TEST(LogEngine, CursorPagesCoverEveryMatchOnceEvenAcrossSegments)
{
    QTemporaryDir dir;
    FakeClock clock;
    auto engine = openEngine(dir, clock, 512, false); // many small segments, no background merge
    for (int batch = 0; batch < 20; ++batch) {
        std::vector<StoredRecord> records;
        for (int i = 0; i < 50; ++i)
            records.push_back(makeRecord(kNow - kDay + (i * 20 + batch) * 1000, "tick " + std::to_string(batch)));
        appendAll(*engine, std::move(records));
    }
    std::string error;
    ASSERT_TRUE(engine->flush(&error)) << error;
    EXPECT_GT(engine->stats().hot.segments, 4u);

    SearchResult first = searchEngine(*engine, "tick", kNow - 2 * kDay, kNow, 7);
    EXPECT_EQ(first.total, 1000u);
    std::vector<std::int64_t> seen = ids(first);
    auto parsed = std::get<ParsedQuery>(parseQuery("tick", kNow));
    auto matcher = std::get<Matcher>(Matcher::compile(parsed.root));
    SearchResult page = first;
    while (page.more) {
        SearchRequest request;
        request.query = &parsed.root;
        request.matcher = &matcher;
        request.fromMs = kNow - 2 * kDay;
        request.toMs = kNow;
        request.limit = 7;
        request.hasCursor = true;
        request.cursorTs = page.records.back().ts;
        request.cursorId = page.records.back().id;
        request.maxId = first.maxId;
        SearchResult next;
        ASSERT_TRUE(engine->search(request, next, &error)) << error;
        EXPECT_EQ(next.total, 1000u);
        if (!next.records.empty()) {
            EXPECT_LT(next.records.front().ts, page.records.back().ts);
        }
        for (const auto &r : next.records)
            seen.push_back(r.id);
        page = std::move(next);
        // Newer records arriving between pages never show up on later pages.
        appendAll(*engine, {makeRecord(kNow - kDay, "tick late")});
    }
    std::sort(seen.begin(), seen.end());
    ASSERT_EQ(seen.size(), 1000u);
    EXPECT_EQ(std::adjacent_find(seen.begin(), seen.end()), seen.end());
    EXPECT_EQ(seen.back(), 1000);
}

TEST(LogEngine, HistogramCountsMatchesPerBucket)
{
    QTemporaryDir dir;
    FakeClock clock;
    auto engine = openEngine(dir, clock);
    std::vector<StoredRecord> records;
    // Hour h gets h+1 matching records.
    for (int h = 0; h < 24; ++h) {
        for (int k = 0; k <= h; ++k)
            records.push_back(makeRecord(kNow - kDay + h * 3'600'000 + k * 1000, "beat"));
        records.push_back(makeRecord(kNow - kDay + h * 3'600'000 + 500, "other"));
    }
    appendAll(*engine, records);
    for (bool flushed : {false, true}) {
        SCOPED_TRACE(flushed ? "segments" : "memtable");
        if (flushed) {
            std::string error;
            ASSERT_TRUE(engine->flush(&error)) << error;
        }
        const SearchResult r = searchEngine(*engine, "beat", kNow - kDay, kNow, 10, true, 24);
        EXPECT_EQ(r.bucketMs, 3'600'000);
        ASSERT_EQ(r.histogram.size(), 24u);
        for (int h = 0; h < 24; ++h)
            EXPECT_EQ(r.histogram[static_cast<std::size_t>(h)], static_cast<std::uint64_t>(h + 1)) << "hour " << h;
        EXPECT_EQ(r.total, 300u);
    }
}

TEST(LogEngine, ContextComesFromTheSameSourceInOrder)
{
    QTemporaryDir dir;
    FakeClock clock;
    auto engine = openEngine(dir, clock);
    std::vector<StoredRecord> records;
    for (int i = 0; i < 200; ++i) {
        StoredRecord r = makeRecord(kNow - kDay + i * 1000, "line " + std::to_string(i));
        r.source = i % 2 ? "/var/log/b.log" : "/var/log/a.log";
        records.push_back(std::move(r));
    }
    appendAll(*engine, records);
    std::string error;
    ASSERT_TRUE(engine->flush(&error)) << error;
    std::vector<StoredRecord> around;
    ASSERT_TRUE(engine->context(101, 3, 2, around, &error)) << error; // id 101 = line 100, in a.log
    std::vector<std::string> messages;
    for (const auto &r : around)
        messages.push_back(r.message);
    EXPECT_EQ(messages, (std::vector<std::string>{"line 94", "line 96", "line 98", "line 100", "line 102", "line 104"}));
    EXPECT_FALSE(engine->context(99999, 1, 1, around, &error));
}

TEST(LogEngine, RetentionMovesHotToColdToDeletedWithAFakeClock)
{
    QTemporaryDir dir;
    FakeClock clock;
    auto engine = openEngine(dir, clock);
    engine->setRetention(30, 365);
    std::vector<StoredRecord> records;
    for (int day : {1, 10, 40, 100, 400}) {
        for (int i = 0; i < 100; ++i)
            records.push_back(makeRecord(kNow - day * kDay + i * 1000, "day" + std::to_string(day) + " event " + std::to_string(i)));
    }
    appendAll(*engine, records);
    std::string error;
    ASSERT_TRUE(engine->flush(&error)) << error;
    EXPECT_EQ(engine->stats().hot.partitions, 5u);
    ASSERT_TRUE(engine->enforceRetention(&error)) << error;
    EngineStats s = engine->stats();
    EXPECT_EQ(s.hot.partitions, 2u);
    EXPECT_EQ(s.cold.partitions, 2u);
    EXPECT_EQ(s.cold.records, 200u);
    const std::int64_t all = kNow - 1000 * kDay;
    EXPECT_EQ(searchEngine(*engine, "event", all, kNow + 1, 10, true).total, 400u);
    EXPECT_EQ(searchEngine(*engine, "day100", all, kNow + 1, 10, true).total, 100u) << "cold is still searchable";
    EXPECT_EQ(searchEngine(*engine, "day100 event 42", all, kNow + 1, 10, true).total, 1u);
    EXPECT_EQ(searchEngine(*engine, "day400", all, kNow + 1, 10, true).total, 0u) << "older than a year: deleted";
    EXPECT_FALSE(QDir(dir.filePath(QStringLiteral("logs/partitions/") + QString::fromStdString(partitionName(OpsDeck::Logs::dayOf(kNow - 400 * kDay))))).exists());

    // Time passes: the 10-day-old partition turns cold, the 100-day one stays cold.
    clock.now->store(kNow + 25 * kDay);
    ASSERT_TRUE(engine->enforceRetention(&error)) << error;
    s = engine->stats();
    EXPECT_EQ(s.hot.partitions, 1u);
    EXPECT_EQ(s.cold.partitions, 3u);
    EXPECT_EQ(searchEngine(*engine, "event", all, kNow + 30 * kDay, 10, true).total, 400u);
    // Survives a reopen.
    engine.reset();
    engine = openEngine(dir, clock);
    EXPECT_EQ(engine->stats().cold.partitions, 3u);
    EXPECT_EQ(searchEngine(*engine, "day40 event", all, kNow + 30 * kDay, 10, true).total, 100u);
}

TEST(LogEngine, MergeLeavesOneSegmentPerDayAndTheSameAnswers)
{
    QTemporaryDir dir;
    FakeClock clock;
    auto engine = openEngine(dir, clock, 2048, false); // merged by hand below
    for (int batch = 0; batch < 30; ++batch) {
        std::vector<StoredRecord> records;
        for (int i = 0; i < 40; ++i)
            records.push_back(makeRecord(kNow - kDay / 2 + batch * 100'000 + i, "merge me " + std::to_string(i % 5)));
        appendAll(*engine, std::move(records));
    }
    std::string error;
    ASSERT_TRUE(engine->flush(&error)) << error;
    const auto before = engine->stats().hot.segments;
    EXPECT_GT(before, 4u);
    ASSERT_TRUE(engine->merge(&error)) << error;
    EXPECT_EQ(engine->stats().hot.segments, 1u);
    EXPECT_EQ(engine->stats().hot.records, 1200u);
    EXPECT_EQ(searchEngine(*engine, "merge 3", kNow - kDay, kNow, 10, true).total, 240u);
    const auto files = QDir(dir.filePath(QStringLiteral("logs/partitions"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    ASSERT_EQ(files.size(), 1);
    EXPECT_EQ(QDir(dir.filePath(QStringLiteral("logs/partitions/") + files.first())).entryList(QDir::Files).size(), 1);
}

TEST(LogEngine, SecondProcessIsToldTheStoreIsInUse)
{
    QTemporaryDir dir;
    FakeClock clock;
    auto engine = openEngine(dir, clock);
    EngineOptions options;
    options.dir = dir.filePath(QStringLiteral("logs")).toStdString();
    std::string error;
    // flock is per open file description: a second open in this process conflicts too.
    EXPECT_FALSE(LogEngine::open(options, &error));
    EXPECT_NE(error.find("in use by another process"), std::string::npos) << error;
}
