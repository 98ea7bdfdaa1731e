// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "rawfiletestsupport.h"

#include <QDir>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <chrono>

using namespace OpsDeck;
using namespace OpsDeck::Test;
using Backend::LogPage;
using Backend::LogRecord;

namespace {

QString loghubDir()
{
    return sharedDataDir() + QStringLiteral("/loghub");
}

constexpr qint64 kBase = 1'780'000'000'000; // 2026-05-28

} // namespace

TEST(RawFileStore, FolderCountsMatchGrepForTermsAndRegexes)
{
    auto store = openStore({loghubDir()});
    ASSERT_TRUE(store);
    ASSERT_TRUE(waitIndexed(*store));
    EXPECT_EQ(store->displayName(), QStringLiteral("%1 files").arg(store->files().size()));
    EXPECT_GE(store->files().size(), 17);
    // Words, case-insensitive, whole: grep -ciw.
    for (const char *term : {"error", "failed", "session", "connection", "root", "INFO",
                             "blk_38865049064139660", "kernel", "zzzznotthere"}) {
        const QString t = QString::fromLatin1(term);
        EXPECT_EQ(countOf(*store, t),
                  grepCount({QStringLiteral("-i"), QStringLiteral("-w"), t}, loghubDir()))
            << term;
    }
    // Regexes: grep -cE (case-sensitive, like /re/).
    for (const char *re :
         {"blk_-?[0-9]+", "[0-9]+\\.[0-9]+\\.[0-9]+\\.[0-9]+", "Receiv(ed|ing) block"}) {
        const QString r = QString::fromLatin1(re);
        EXPECT_EQ(countOf(*store, u'/' + r + u'/'),
                  grepCount({QStringLiteral("-E"), r}, loghubDir()))
            << re;
    }
    // Two terms (AND) and an OR, through grep pipes of the same semantics.
    const qint64 both = countOf(*store, QStringLiteral("session opened"));
    EXPECT_GT(both, 0);
    EXPECT_LE(both, countOf(*store, QStringLiteral("session")));
    EXPECT_EQ(countOf(*store, QStringLiteral("error OR failed"))
                  + countOf(*store, QStringLiteral("error failed")),
              countOf(*store, QStringLiteral("error")) + countOf(*store, QStringLiteral("failed")));
    // Without any literal (NOT only): every line is verified.
    qint64 lines = 0;
    for (const QString &f : store->files())
        lines += readAll(f).count('\n')
                 + (readAll(f).endsWith('\n') || readAll(f).isEmpty() ? 0 : 1);
    EXPECT_EQ(countOf(*store, {}), lines);
    EXPECT_EQ(countOf(*store, QStringLiteral("-error")),
              lines - countOf(*store, QStringLiteral("error")));
}

TEST(RawFileStore, TwoFilesMergeByTimeNewestFirst)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString a = dir.filePath(QStringLiteral("a.log"));
    const QString b = dir.filePath(QStringLiteral("b.log"));
    QByteArray textA, textB;
    for (int i = 0; i < 5; ++i) {
        textA += stamp(kBase + (2 * i) * 1000) + " alpha " + QByteArray::number(2 * i) + "\n";
        textB += stamp(kBase + (2 * i + 1) * 1000) + " beta " + QByteArray::number(2 * i + 1)
                 + "\n";
    }
    // Equal times: the later file comes first when newest first (reverse of file order).
    textA += stamp(kBase + 20'000) + " alpha same\n    at stack frame\n";
    textB += stamp(kBase + 20'000) + " beta same\n";
    ASSERT_TRUE(writeAll(a, textA));
    ASSERT_TRUE(writeAll(b, textB));
    auto store = openStore({a, b});
    ASSERT_TRUE(store);
    ASSERT_TRUE(waitIndexed(*store));
    EXPECT_EQ(store->displayName(), QStringLiteral("2 files"));
    const auto page = searchPage(*store, {});
    ASSERT_TRUE(page.ok()) << qPrintable(page.error().toString());
    QStringList messages;
    for (const LogRecord &r : page->records)
        messages.append(r.message.startsWith(u' ') ? r.message.trimmed() : r.message.mid(25));
    EXPECT_EQ(messages, (QStringList{QStringLiteral("beta same"), QStringLiteral("at stack frame"),
                                     QStringLiteral("alpha same"), QStringLiteral("beta 9"),
                                     QStringLiteral("alpha 8"), QStringLiteral("beta 7"),
                                     QStringLiteral("alpha 6"), QStringLiteral("beta 5"),
                                     QStringLiteral("alpha 4"), QStringLiteral("beta 3"),
                                     QStringLiteral("alpha 2"), QStringLiteral("beta 1"),
                                     QStringLiteral("alpha 0")}))
        << qPrintable(messages.join(u" | "));
    EXPECT_EQ(page->records[1].timestamp, page->records[2].timestamp)
        << "the frame inherits its event's time";
    EXPECT_EQ(page->records[0].source, QFileInfo(b).absoluteFilePath());
    EXPECT_EQ(page->total, 13);
    EXPECT_TRUE(page->nextCursor.isEmpty());
    EXPECT_EQ(page->from.toMSecsSinceEpoch(), kBase);
    EXPECT_EQ(page->to.toMSecsSinceEpoch(), kBase + 20'001)
        << "default range: everything in the files";
    // since:/until: from the query narrow it.
    const QString range = QStringLiteral("since:%1 until:%2")
                              .arg(QString::fromLatin1(stamp(kBase + 3000)),
                                   QString::fromLatin1(stamp(kBase + 6000)));
    const auto narrowed = searchPage(*store, range);
    ASSERT_TRUE(narrowed.ok()) << qPrintable(narrowed.error().toString());
    EXPECT_EQ(narrowed->total, 3);
    ASSERT_EQ(narrowed->records.size(), 3);
    EXPECT_TRUE(narrowed->records[0].message.endsWith(u"beta 5"));
    // Histogram over the default range sums to the total.
    const auto histogram = searchPage(*store, {}, 1, {}, true, 10);
    ASSERT_TRUE(histogram.ok());
    qint64 sum = 0;
    for (qint64 c : histogram->histogram)
        sum += c;
    EXPECT_EQ(sum, 13);
    EXPECT_EQ(histogram->bucketMs, 2001);
    EXPECT_TRUE(histogram->records.isEmpty());
}

TEST(RawFileStore, GzipFileIsReadLikeAPlainOne)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString plain = dir.filePath(QStringLiteral("app.log"));
    QByteArray text;
    for (int i = 0; i < 5000; ++i)
        text += stamp(kBase + i * 100) + " worker " + QByteArray::number(i % 7)
                + (i % 10 == 0 ? " ERROR boom\n" : " ok\n");
    ASSERT_TRUE(writeAll(plain, text));
    QProcess gzip;
    gzip.start(QStringLiteral("gzip"), {QStringLiteral("-k"), QStringLiteral("-9"), plain});
    ASSERT_TRUE(gzip.waitForFinished(30'000));
    ASSERT_EQ(gzip.exitCode(), 0);
    const QString gz = plain + QStringLiteral(".gz");
    auto store = openStore({gz});
    ASSERT_TRUE(store);
    ASSERT_TRUE(waitIndexed(*store));
    EXPECT_EQ(store->displayName(), QStringLiteral("app.log.gz"));
    EXPECT_EQ(countOf(*store, QStringLiteral("boom")), 500);
    EXPECT_EQ(countOf(*store, {}), 5000);
    const auto page = searchPage(*store, QStringLiteral("level:error"), 2);
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page->total, 500);
    ASSERT_EQ(page->records.size(), 2);
    EXPECT_EQ(page->records[0].message,
              QString::fromLatin1(stamp(kBase + 4990 * 100) + " worker 6 ERROR boom"));
    const auto stats = awaitResult(store->stats());
    ASSERT_TRUE(stats.ok());
    ASSERT_EQ(stats->tiers.size(), 1);
    EXPECT_EQ(stats->tiers[0].tier, QStringLiteral("files"));
    EXPECT_EQ(stats->tiers[0].records, 5000);
    EXPECT_EQ(stats->tiers[0].rawBytes, text.size());
    EXPECT_EQ(stats->tiers[0].diskBytes, QFileInfo(gz).size());
}

TEST(RawFileStore, PagingCoversEveryMatchOnce)
{
    auto store = openStore({loghubDir()});
    ASSERT_TRUE(store);
    ASSERT_TRUE(waitIndexed(*store));
    for (const QString &text : {QStringLiteral("error OR failed"), QString()}) {
        const qint64 total = countOf(*store, text);
        ASSERT_GT(total, 50);
        QSet<qint64> seen;
        QString cursor;
        QDateTime last;
        int pages = 0;
        do {
            const auto page = searchPage(*store, text, 997, cursor);
            ASSERT_TRUE(page.ok()) << qPrintable(page.error().toString());
            EXPECT_EQ(page->total, total);
            for (const LogRecord &r : page->records) {
                EXPECT_FALSE(seen.contains(r.id)) << r.id;
                seen.insert(r.id);
                if (last.isValid()) {
                    ASSERT_LE(r.timestamp, last) << "newest first";
                }
                last = r.timestamp;
            }
            cursor = page->nextCursor;
            ++pages;
        } while (!cursor.isEmpty() && pages < 1000);
        EXPECT_EQ(seen.size(), total) << qPrintable(text);
    }
}

TEST(RawFileStore, ContextGivesNeighbouringLinesOfTheSameFile)
{
    const QString file = loghubDir() + QStringLiteral("/OpenSSH_2k.log");
    auto store = openStore({file, loghubDir() + QStringLiteral("/Linux_2k.log")});
    ASSERT_TRUE(store);
    const auto page = searchPage(*store, QStringLiteral("\"Failed password\""), 50);
    ASSERT_TRUE(page.ok());
    ASSERT_FALSE(page->records.isEmpty());
    const LogRecord hit = page->records[7];
    QList<QByteArray> lines = readAll(hit.source).split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    const auto around = awaitResult(store->context(hit.id, 3, 2));
    ASSERT_TRUE(around.ok()) << qPrintable(around.error().toString());
    ASSERT_EQ(around->size(), 6);
    EXPECT_EQ(around->at(3).id, hit.id);
    EXPECT_EQ(around->at(3).message, hit.message);
    const qsizetype at = lines.indexOf(hit.message.toUtf8());
    ASSERT_GE(at, 3) << hit.source.toStdString() << " " << hit.message.toStdString() << " lines "
                     << lines.size();
    for (int i = 0; i < 6; ++i) {
        EXPECT_EQ(around->at(i).message.toUtf8(), lines[at - 3 + i]);
        EXPECT_EQ(around->at(i).source, hit.source);
    }
    // The first line of a file has nothing before it.
    const auto first = awaitResult(
        store->context(around->at(0).id - around->at(0).id % (qint64(1) << 40), 5, 1));
    ASSERT_TRUE(first.ok()) << qPrintable(first.error().toString());
    EXPECT_EQ(first->size(), 2);
    EXPECT_EQ(first->at(0).message.toUtf8(), lines[0]);
    // An id that is not a line start, and one of no file.
    EXPECT_EQ(awaitResult(store->context(hit.id + 1, 1, 1)).error().code, ErrorCode::NotFound);
    EXPECT_EQ(awaitResult(store->context(qint64(77) << 40, 1, 1)).error().code,
              ErrorCode::NotFound);
    EXPECT_EQ(awaitResult(store->context(hit.id, -1, 1)).error().code, ErrorCode::InvalidArgument);
}

TEST(RawFileStore, RecordsCarryParsedFields)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("svc.log"));
    ASSERT_TRUE(writeAll(path, stamp(kBase)
                                   + " web-1 nginx[42]: WARN upstream slow user_id=17 path=/a\n"
                                   + "{\"time\":\"" + stamp(kBase + 5)
                                   + "\",\"level\":\"error\",\"msg\":\"x\",\"req\":\"r-9\"}\n"));
    auto store = openStore({path});
    ASSERT_TRUE(store);
    const auto page = searchPage(*store, QStringLiteral("host:web-1 level:warning user_id:17"));
    ASSERT_TRUE(page.ok()) << qPrintable(page.error().toString());
    ASSERT_EQ(page->records.size(), 1);
    const LogRecord r = page->records[0];
    EXPECT_EQ(r.host, QStringLiteral("web-1"));
    EXPECT_EQ(r.service, QStringLiteral("nginx"));
    EXPECT_EQ(r.level, Backend::LogLevel::Warning);
    EXPECT_EQ(r.fields.value(QStringLiteral("user_id")).toString(), QStringLiteral("17"));
    EXPECT_EQ(r.timestamp.toMSecsSinceEpoch(), kBase);
    EXPECT_EQ(countOf(*store, QStringLiteral("req:r-9")), 1);
    const auto names = awaitResult(store->fieldNames());
    ASSERT_TRUE(names.ok());
    for (const char *n : {"host", "level", "service", "source", "user_id", "req"})
        EXPECT_TRUE(names->contains(QString::fromLatin1(n))) << n << qPrintable(names->join(u','));
}

TEST(RawFileStore, ErrorsAndRefusals)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("nope.log"));
    auto notFound = Logs::RawFileStore::open({missing});
    ASSERT_FALSE(notFound.ok());
    EXPECT_EQ(notFound.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(notFound.error().message.contains(missing));
    EXPECT_EQ(Logs::RawFileStore::open({}).error().code, ErrorCode::InvalidArgument);

    // A folder: a binary file and a hidden one are left out; the binary one is reported.
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("logs/.hidden")));
    ASSERT_TRUE(writeAll(dir.filePath(QStringLiteral("logs/b.log")), stamp(kBase) + " fine\n"));
    ASSERT_TRUE(
        writeAll(dir.filePath(QStringLiteral("logs/a.log")), stamp(kBase) + " also fine\n"));
    ASSERT_TRUE(writeAll(dir.filePath(QStringLiteral("logs/.secret.log")), "hidden\n"));
    ASSERT_TRUE(writeAll(dir.filePath(QStringLiteral("logs/.hidden/x.log")), "hidden\n"));
    QByteArray garbage("\x7f"
                       "ELF");
    garbage += QByteArray(64, '\0') + QByteArray("binary junk\n");
    ASSERT_TRUE(writeAll(dir.filePath(QStringLiteral("logs/core.bin")), garbage));
    auto store = openStore({dir.filePath(QStringLiteral("logs"))});
    ASSERT_TRUE(store);
    EXPECT_EQ(store->files(), (QStringList{dir.filePath(QStringLiteral("logs/a.log")),
                                           dir.filePath(QStringLiteral("logs/b.log"))}));
    ASSERT_EQ(store->skippedFiles().size(), 1);
    EXPECT_TRUE(store->skippedFiles()[0].contains(u"core.bin"))
        << qPrintable(store->skippedFiles()[0]);
    EXPECT_TRUE(store->skippedFiles()[0].contains(u"binary"))
        << qPrintable(store->skippedFiles()[0]);
    EXPECT_EQ(countOf(*store, QStringLiteral("hidden")), 0);
    EXPECT_EQ(countOf(*store, {}), 2);

    // Only binary: nothing to show.
    auto onlyBinary = Logs::RawFileStore::open({dir.filePath(QStringLiteral("logs/core.bin"))});
    ASSERT_FALSE(onlyBinary.ok());
    EXPECT_EQ(onlyBinary.error().code, ErrorCode::InvalidArgument);
    EXPECT_TRUE(onlyBinary.error().detail.contains(u"binary"));

    // Read-only, query errors, bad arguments.
    EXPECT_EQ(awaitResult(store->append({LogRecord{}})).error().code, ErrorCode::Unsupported);
    const auto parse = searchPage(*store, QStringLiteral("(error"));
    ASSERT_FALSE(parse.ok());
    EXPECT_EQ(parse.error().code, ErrorCode::Parse);
    EXPECT_TRUE(parse.error().detail.startsWith(u"1:")) << qPrintable(parse.error().detail);
    EXPECT_EQ(searchPage(*store, {}, 0).error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(searchPage(*store, {}, 10, QStringLiteral("Zm9yZWlnbjox")).error().code,
              ErrorCode::InvalidArgument);
    Backend::LogQuery backwards;
    backwards.from = QDateTime::fromMSecsSinceEpoch(kBase + 10, QTimeZone::utc());
    backwards.to = QDateTime::fromMSecsSinceEpoch(kBase, QTimeZone::utc());
    EXPECT_EQ(awaitResult(store->search(backwards)).error().code, ErrorCode::InvalidArgument);
    // A cursor of another store over the same files is foreign.
    auto other = openStore({dir.filePath(QStringLiteral("logs"))});
    ASSERT_TRUE(other);
    const auto otherPage = searchPage(*other, {}, 1);
    ASSERT_TRUE(otherPage.ok());
    ASSERT_FALSE(otherPage->nextCursor.isEmpty());
    EXPECT_EQ(searchPage(*store, {}, 1, otherPage->nextCursor).error().code,
              ErrorCode::InvalidArgument);
}

TEST(RawFileStore, FirstPageArrivesWhileIndexingABigFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("big.log"));
    qint64 lines = 0;
    {
        // 200 MB of RFC 3339 lines, written in 4 MB slices.
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        QByteArray slice;
        StampWriter stamps;
        qint64 ms = kBase;
        qint64 line = 0;
        while (f.size() < (200ll << 20)) {
            slice.clear();
            while (slice.size() < (4 << 20)) {
                stamps.append(slice, ms);
                slice += " host-";
                slice += QByteArray::number(line % 13);
                slice += " app[7]: request ";
                slice += QByteArray::number(line);
                slice += " served in ";
                slice += QByteArray::number(line % 977);
                slice += " ms status=200 path=/api/v1/items\n";
                if (line % 50 == 0) {
                    slice += "    at com.example.Handler.run(Handler.java:42)\n";
                    ++lines;
                }
                ++lines;
                ms += 3;
                ++line;
            }
            ASSERT_EQ(f.write(slice), slice.size());
        }
    }
    auto store = openStore({path});
    ASSERT_TRUE(store);
    QSignalSpy progress(store.get(), &Logs::RawFileStore::indexingProgress);
    QSignalSpy finished(store.get(), &Logs::RawFileStore::indexingFinished);
    const auto started = std::chrono::steady_clock::now();
    auto future = store->search(Backend::LogQuery{});
    future.waitForFinished(); // no event loop: indexingFinished cannot be delivered meanwhile
    const auto elapsed = std::chrono::steady_clock::now() - started;
    const bool indexedBefore = store->isIndexed();
    const auto first = future.result();
    ASSERT_TRUE(first.ok()) << qPrintable(first.error().toString());
    EXPECT_FALSE(indexedBefore) << "the first page came from the tail while indexing";
    EXPECT_EQ(first->total, -1) << "not known yet";
    ASSERT_EQ(first->records.size(), 100);
    EXPECT_FALSE(first->nextCursor.isEmpty());
    EXPECT_LT(std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count(), 2000);
    // Other queries wait for the index, without blocking this thread.
    auto counting = store->search(Backend::LogQuery{{}, {}, {}, 1, {}, true, 0});
    EXPECT_FALSE(counting.isFinished());
    ASSERT_TRUE(waitUntil([&] { return finished.count() == 1; }, std::chrono::seconds(300)));
    EXPECT_GT(progress.count(), 0);
    EXPECT_EQ(progress.last().at(0).toLongLong(), progress.last().at(1).toLongLong());
    const auto count = awaitResult(counting);
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(count->total, lines);
    // The indexed first page is the same page, and the tail's cursor pages on from it.
    const auto again = searchPage(*store, {});
    ASSERT_TRUE(again.ok());
    ASSERT_EQ(again->records.size(), 100);
    for (int i = 0; i < 100; ++i) {
        EXPECT_EQ(again->records[i].id, first->records[i].id) << i;
        EXPECT_EQ(again->records[i].timestamp, first->records[i].timestamp) << i;
    }
    const auto next = searchPage(*store, {}, 5, first->nextCursor);
    ASSERT_TRUE(next.ok()) << qPrintable(next.error().toString());
    ASSERT_EQ(next->records.size(), 5);
    EXPECT_LE(next->records[0].timestamp, first->records.back().timestamp);
    EXPECT_NE(next->records[0].id, first->records.back().id);
}

TEST(RawFileStore, ClosingWhileIndexingCancelsPromptly)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("many.log"));
    QByteArray text;
    StampWriter stamps;
    for (int i = 0; i < 400'000; ++i) {
        stamps.append(text, kBase + i);
        text += " line ";
        text += QByteArray::number(i);
        text += '\n';
    }
    ASSERT_TRUE(writeAll(path, text));
    auto store = openStore({path});
    ASSERT_TRUE(store);
    auto waiting = store->search(
        Backend::LogQuery{QStringLiteral("line"), {}, {}, 10, {}, false, 0});
    const auto started = std::chrono::steady_clock::now();
    store.reset();
    EXPECT_LT(std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now()
                                                                    - started)
                  .count(),
              5000);
    ASSERT_TRUE(waiting.isFinished());
    const auto result = waiting.result();
    if (!result.ok()) {
        EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
    }
}
