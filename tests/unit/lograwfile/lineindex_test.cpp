// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// The pieces under RawFileStore: the timestamp fast path, the chunked line
// index (inheritance across chunk borders), the tail read of the first
// screen, the follow's incremental index and the SIGBUS guard.
#include "rawfiletestsupport.h"

#include "filebuffer.h"
#include "indexer.h"
#include "lineindex.h"
#include "tail.h"

#include <opsdeck/logs/lineparser.h>

#include <QDir>
#include <QTemporaryDir>

#include <random>

#include <unistd.h>

using namespace OpsDeck;
using namespace OpsDeck::Logs;
using namespace OpsDeck::Logs::RawFile;

namespace {

constexpr std::int64_t kNow = 1'795'000'000'000;

std::shared_ptr<FileView> indexWhole(const std::string &bytes, std::uint64_t chunk)
{
    auto view = std::make_shared<FileView>();
    view->buffer = FileBuffer::fromBytes(bytes);
    view->fallbackTs = 42;
    const std::string_view data = view->buffer->bytes();
    std::vector<ChunkIndex> chunks;
    for (std::uint64_t k = 0; k * chunk < data.size() || (k == 0 && data.empty()); ++k) {
        const std::uint64_t begin = chunkStart(data, k * chunk);
        const std::uint64_t end = chunkStart(data, (k + 1) * chunk);
        chunks.push_back(begin < end ? indexChunk(data, begin, end, kNow, kNoTime, nullptr)
                                     : ChunkIndex{});
        if (data.empty())
            break;
    }
    finaliseChunks(chunks, *view);
    return view;
}

std::vector<std::int64_t> timesOf(const FileView &v)
{
    std::vector<std::int64_t> out;
    for (std::uint64_t i = 0; i < v.lines; ++i)
        out.push_back(v.ts(i));
    return out;
}

std::vector<std::string> textsOf(const FileView &v)
{
    std::vector<std::string> out;
    for (std::uint64_t i = 0; i < v.lines; ++i)
        out.emplace_back(v.text(i));
    return out;
}

} // namespace

TEST(RawFileIndex, FastIsoAgreesWithLineParserOnLoghubAndGeneratedStamps)
{
    std::vector<std::string> lines;
    const QDir loghub(OpsDeck::Test::sharedDataDir() + QStringLiteral("/loghub"));
    for (const QString &name : loghub.entryList({QStringLiteral("*.log")}, QDir::Files)) {
        for (const QByteArray &line : OpsDeck::Test::readAll(loghub.filePath(name)).split('\n'))
            lines.push_back(line.toStdString());
    }
    ASSERT_GT(lines.size(), 30'000u);
    std::mt19937 rng(7);
    const char *zones[] = {"Z",      "z",  "",       "+02:00", "-0530", " +0100",
                           " -12 x", "+5", "+25:00", " +01",   "-00:00"};
    const char *seps[] = {"T", "t", " "};
    const char *fractions[] = {"", ".1", ",12", ".123", ".123456789", ".", ","};
    for (int i = 0; i < 20'000; ++i) {
        char buf[128];
        const int year = 1890 + static_cast<int>(rng() % 1200);
        std::snprintf(buf, sizeof buf, "%s%04d-%02d-%02d%s%02d:%02d:%02d%s%s%s",
                      rng() % 5 == 0 ? "[" : "", year, static_cast<int>(rng() % 14),
                      static_cast<int>(rng() % 33), seps[rng() % 3], static_cast<int>(rng() % 26),
                      static_cast<int>(rng() % 61), static_cast<int>(rng() % 62),
                      fractions[rng() % 7], zones[rng() % 11],
                      rng() % 2 ? " host app[1]: hello" : "]x");
        lines.emplace_back(buf);
    }
    LineParser parser(LineParser::Options{kNow});
    ParsedLine parsed;
    std::size_t fast = 0;
    for (const std::string &line : lines) {
        std::string_view view = line;
        if (!view.empty() && view.back() == '\r')
            view.remove_suffix(1);
        const std::int64_t quick = RawFile::Detail::fastIsoTimestamp(view);
        if (quick == kNoTime)
            continue; // the general parser decides these
        ++fast;
        parser.parse(view, parsed);
        ASSERT_EQ(quick, parsed.timestampMs) << line;
    }
    EXPECT_GT(fast, 5'000u);
}

TEST(RawFileIndex, LinesWithoutTimeInheritAcrossChunkBorders)
{
    // A stack trace after each event, and leading lines before the first stamp.
    std::string text = "banner line\n\n";
    for (int i = 0; i < 400; ++i) {
        text += OpsDeck::Test::stamp(kNow - 400'000 + i * 1000).toStdString() + " app[1]: event "
                + std::to_string(i) + "\n";
        text += "    at frame one\n    at frame two\r\n";
    }
    text += "tail without newline";
    const auto whole = indexWhole(text, 1u << 30);
    ASSERT_EQ(whole->lines, 2u + 400u * 3u + 1u);
    EXPECT_EQ(whole->ts(0), kNow - 400'000) << "lines before the first stamp take it";
    EXPECT_EQ(whole->ts(1), kNow - 400'000);
    EXPECT_EQ(whole->ts(2 + 3 * 7 + 2), kNow - 400'000 + 7000)
        << "a frame inherits its event's time";
    EXPECT_EQ(whole->ts(whole->lines - 1), kNow - 400'000 + 399'000);
    EXPECT_TRUE(whole->sorted);
    EXPECT_TRUE(whole->crlf);
    EXPECT_TRUE(whole->partialTail);
    EXPECT_EQ(whole->text(2 + 2), "    at frame two") << "\\r\\n is not part of the text";
    EXPECT_EQ(whole->text(whole->lines - 1), "tail without newline");
    // Every chunk size gives the same index.
    for (std::uint64_t chunk : {1u, 7u, 64u, 333u, 4096u}) {
        const auto cut = indexWhole(text, chunk);
        ASSERT_EQ(timesOf(*cut), timesOf(*whole)) << "chunk " << chunk;
        ASSERT_EQ(textsOf(*cut), textsOf(*whole)) << "chunk " << chunk;
        for (std::uint64_t line = 0; line < whole->lines; ++line) {
            ASSERT_EQ(cut->lineAt(whole->start(line)), static_cast<std::int64_t>(line));
            ASSERT_EQ(cut->lineContaining(
                          whole->start(line) + 1 < cut->indexedEnd() ? whole->start(line) : 0),
                      whole->start(line) + 1 < cut->indexedEnd() ? line : 0u);
        }
    }
}

TEST(RawFileIndex, FileWithoutTimestampsUsesFallbackAndWideBlocksWork)
{
    const auto none = indexWhole("just\ntext\n", 4);
    ASSERT_EQ(none->lines, 2u);
    EXPECT_EQ(none->ts(0), 42);
    EXPECT_EQ(none->ts(1), 42);
    const auto empty = indexWhole("", 16);
    EXPECT_EQ(empty->lines, 0u);
    // Times spread over years do not fit 32-bit deltas: the block widens.
    std::string text;
    text += "2001-01-01T00:00:00Z old\n";
    text += "2030-01-01T00:00:00Z new\n";
    text += "no stamp\n";
    text += "1999-12-31T23:59:59.999Z older\n";
    const auto wide = indexWhole(text, 1u << 20);
    ASSERT_EQ(wide->lines, 4u);
    EXPECT_EQ(wide->ts(2), wide->ts(1));
    EXPECT_EQ(wide->ts(3), 946'684'799'999);
    EXPECT_FALSE(wide->sorted);
    EXPECT_EQ(wide->lowerBoundTs(0), 0u);
}

TEST(RawFileIndex, IndexTakesAtMostTwelveBytesPerLine)
{
    std::string text;
    for (int i = 0; i < 50'000; ++i)
        text += OpsDeck::Test::stamp(kNow + i * 7).toStdString() + " x\n";
    const auto view = indexWhole(text, 256u << 10);
    ASSERT_EQ(view->lines, 50'000u);
    EXPECT_LE(view->indexBytes(), 50'000u * 12u + 4096u);
}

TEST(RawFileIndex, TailAgreesWithTheIndex)
{
    std::string text = "preamble\n";
    std::mt19937 rng(3);
    for (int i = 0; i < 3000; ++i) {
        if (rng() % 4 == 0)
            text += "  continuation " + std::to_string(i) + "\n";
        else
            text += OpsDeck::Test::stamp(kNow - 3'000'000 + i * 1000).toStdString() + " line "
                    + std::to_string(i) + "\n";
    }
    for (const std::string &variant : {text, text.substr(0, text.size() - 1), std::string("a\nb\n"),
                                       std::string("\n\n\n"), std::string("only")}) {
        const auto view = indexWhole(variant, 1000);
        for (std::size_t count : {1u, 5u, 100u, 5000u}) {
            const auto tail = readTail(variant, count, kNow, 42);
            ASSERT_TRUE(tail.has_value());
            const std::size_t n = std::min<std::size_t>(count, view->lines);
            ASSERT_EQ(tail->lines.size(), n) << count;
            EXPECT_EQ(tail->wholeFile, n == view->lines);
            for (std::size_t i = 0; i < n; ++i) {
                const std::uint64_t line = view->lines - n + i;
                ASSERT_EQ(tail->lines[i].offset, view->start(line));
                ASSERT_EQ(tail->lines[i].ts, view->ts(line)) << "line " << line;
                ASSERT_EQ(variant.substr(tail->lines[i].offset, tail->lines[i].length),
                          view->text(line));
            }
        }
    }
}

TEST(RawFileIndex, ExtendingAViewEqualsIndexingTheGrownFile)
{
    std::string text;
    for (int i = 0; i < 200; ++i)
        text += OpsDeck::Test::stamp(kNow + i * 10).toStdString() + " a\n"
                + (i % 3 ? "" : " trace\n");
    text += "partial";
    const auto before = indexWhole(text, 512);
    std::string grown = text + " now complete\n";
    for (int i = 0; i < 50; ++i)
        grown += OpsDeck::Test::stamp(kNow + 5000 + i).toStdString() + " b\n";
    grown += "again partial";
    std::uint64_t firstNew = 0;
    const auto extended = extendView(*before, FileBuffer::fromBytes(grown), kNow, firstNew);
    const auto reference = indexWhole(grown, 512);
    EXPECT_EQ(firstNew, before->lines - 1) << "the partial line is indexed again";
    EXPECT_EQ(timesOf(*extended), timesOf(*reference));
    EXPECT_EQ(textsOf(*extended), textsOf(*reference));
    EXPECT_TRUE(extended->partialTail);
    EXPECT_LT(extended->blocks.size(), reference->blocks.size() + 2);
}

TEST(RawFileIndex, SigbusGuardTurnsATruncatedMappingIntoZeros)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("shrinks.log"));
    const std::size_t page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
    ASSERT_TRUE(OpsDeck::Test::writeAll(path, QByteArray(static_cast<qsizetype>(page * 4), 'x')));
    std::string error;
    auto buffer = FileBuffer::map(QFile::encodeName(path).toStdString(), page * 4, error);
    ASSERT_TRUE(buffer) << error;
    ASSERT_EQ(::truncate(QFile::encodeName(path).constData(), static_cast<off_t>(page)), 0);
    const std::uint64_t before = RawFile::Detail::sigbusRescues();
    const char beyond = buffer->bytes()[page * 3 + 5]; // would be SIGBUS without the guard
    EXPECT_EQ(beyond, '\0');
    EXPECT_EQ(buffer->bytes()[10], 'x');
    EXPECT_EQ(RawFile::Detail::sigbusRescues(), before + 1);
}
