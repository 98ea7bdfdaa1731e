// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "enginetestsupport.h"

#include "segment.h"

#include <QFile>
#include <QTemporaryDir>

#include <algorithm>

#include <gtest/gtest.h>

using namespace OpsDeck::Logs;
using namespace OpsDeck::Test;

namespace {

std::vector<StoredRecord> sampleRecords(int n)
{
    std::vector<StoredRecord> records;
    for (int i = 0; i < n; ++i) {
        StoredRecord r = makeRecord(kNow + i * 1000, "request " + std::to_string(i) + " took " + std::to_string(i % 97)
                                                       + "ms user=u" + std::to_string(i % 13),
                                    "web-" + std::to_string(i % 3), i % 2 ? "api" : "worker",
                                    i % 10 == 0 ? Level::Error : Level::Info);
        r.id = i + 1;
        if (i % 50 == 0)
            r.extra.push_back(Field{"trace", "t" + std::to_string(i)});
        records.push_back(std::move(r));
    }
    return records;
}

std::vector<const StoredRecord *> pointers(const std::vector<StoredRecord> &records)
{
    std::vector<const StoredRecord *> p;
    for (const auto &r : records)
        p.push_back(&r);
    return p;
}

} // namespace

TEST(Segment, RoundTripsEveryColumn)
{
    QTemporaryDir dir;
    const auto records = sampleRecords(5000);
    const std::string path = dir.filePath(QStringLiteral("a.ods")).toStdString();
    std::string error;
    ASSERT_TRUE(writeSegment(path, pointers(records), {}, &error)) << error;
    auto reader = SegmentReader::open(path, &error);
    ASSERT_TRUE(reader) << error;
    EXPECT_EQ(reader->lineCount(), 5000u);
    EXPECT_GT(reader->blocks().size(), 1u);
    EXPECT_EQ(reader->minTs(), kNow);
    EXPECT_EQ(reader->maxTs(), kNow + 4999 * 1000);
    EXPECT_EQ(reader->minId(), 1);
    EXPECT_EQ(reader->maxId(), 5000);

    std::uint32_t line = 0;
    for (std::size_t b = 0; b < reader->blocks().size(); ++b) {
        DecodedBlock block;
        ASSERT_TRUE(reader->decodeBlock(b, true, block, &error)) << error;
        for (std::size_t i = 0; i < block.ids.size(); ++i, ++line) {
            const StoredRecord &want = records[line];
            EXPECT_EQ(block.ids[i], want.id);
            EXPECT_EQ(block.ts[i], want.ts);
            EXPECT_EQ(block.levels[i], want.level);
            EXPECT_EQ(reader->hostName(block.hosts[i]), want.host);
            EXPECT_EQ(reader->serviceName(block.services[i]), want.service);
            EXPECT_EQ(block.text.substr(block.textOffsets[i], block.textOffsets[i + 1] - block.textOffsets[i] - 1),
                      want.message);
            EXPECT_EQ(block.extra[i], want.extra);
        }
    }
    EXPECT_EQ(line, 5000u);
}

TEST(Segment, LargeSegmentsCompressTextWithATrainedDictionaryAndReadBack)
{
    // Over 1 MiB of text: blocks are compressed with a dictionary trained on
    // the segment; every block must still decode to the same bytes.
    QTemporaryDir dir;
    const auto records = sampleRecords(40000);
    std::uint64_t raw = 0;
    for (const auto &r : records)
        raw += r.message.size() + 1;
    ASSERT_GT(raw, 1u << 20);
    const std::string path = dir.filePath(QStringLiteral("big.ods")).toStdString();
    std::string error;
    ASSERT_TRUE(writeSegment(path, pointers(records), {}, &error)) << error;
    auto reader = SegmentReader::open(path, &error);
    ASSERT_TRUE(reader) << error;
    std::uint64_t packed = 0;
    std::uint32_t line = 0;
    for (std::size_t b = 0; b < reader->blocks().size(); ++b) {
        packed += reader->blocks()[b].textBytes;
        DecodedBlock block;
        ASSERT_TRUE(reader->decodeBlock(b, true, block, &error)) << error;
        for (std::size_t i = 0; i < block.ids.size(); ++i, ++line) {
            ASSERT_EQ(block.text.substr(block.textOffsets[i], block.textOffsets[i + 1] - block.textOffsets[i] - 1),
                      records[line].message);
        }
    }
    EXPECT_EQ(line, 40000u);
    EXPECT_LT(packed * 5, raw) << "repetitive text compresses to under a fifth";
}

TEST(Segment, IndexNamesExactlyTheLinesWithAToken)
{
    QTemporaryDir dir;
    const auto records = sampleRecords(3000);
    const std::string path = dir.filePath(QStringLiteral("a.ods")).toStdString();
    std::string error;
    ASSERT_TRUE(writeSegment(path, pointers(records), {}, &error)) << error;
    auto reader = SegmentReader::open(path, &error);
    ASSERT_TRUE(reader) << error;

    // "took 5ms" appears where i % 97 == 5; tokens are lowercased keys.
    // "5ms" holds a digit: a variable, indexed by block, so the lookup names
    // candidate lines (every line of those blocks) and says it is not exact.
    std::vector<std::uint32_t> want;
    for (std::uint32_t i = 0; i < 3000; ++i) {
        if (i % 97 == 5)
            want.push_back(i);
    }
    bool exact = true;
    const Postings variable = reader->lookup("5ms", &exact);
    EXPECT_FALSE(exact);
    for (std::uint32_t line : want)
        EXPECT_TRUE(variable.contains(line)) << line;
    EXPECT_LE(variable.cardinality(), 3000u);

    // Words go through their templates and are exact.
    EXPECT_EQ(reader->lookup("request", &exact).cardinality(), 3000u);
    EXPECT_TRUE(exact);
    EXPECT_TRUE(reader->lookup("REQUEST").empty()) << "keys are lowercase; callers lowercase";
    EXPECT_TRUE(reader->lookup("absent").empty());
    // Fields and levels name their lines, digits or not.
    EXPECT_EQ(reader->lookup(fieldKey("host", "WEB-1"), &exact).cardinality(), 1000u);
    EXPECT_TRUE(exact);
    EXPECT_EQ(reader->lookup(levelKey(Level::Error)).cardinality(), 300u);
    EXPECT_EQ(reader->lookup(fieldKey("trace", "t50"), &exact).values(), std::vector<std::uint32_t>{50});
    EXPECT_TRUE(exact);
    EXPECT_EQ(reader->templateCount(), 1u) << "one message shape: request # took #ms user=#";

    Postings prefix;
    exact = true;
    ASSERT_TRUE(reader->lookupPrefix("u1", prefix, 1000, &exact));
    EXPECT_FALSE(exact) << "u1, u10 ... are variables";
    for (int i = 0; i < 3000; ++i) {
        if (i % 13 == 1 || i % 13 >= 10) {
            EXPECT_TRUE(prefix.contains(static_cast<std::uint32_t>(i))) << i;
        }
    }
    Postings words;
    exact = true;
    ASSERT_TRUE(reader->lookupPrefix("req", words, 1000, &exact));
    EXPECT_TRUE(exact);
    EXPECT_EQ(words.cardinality(), 3000u);
}

TEST(Segment, PhrasesOfWordsAreDecidedOnTheTemplates)
{
    QTemporaryDir dir;
    std::vector<StoredRecord> records;
    auto message = [](int i) {
        const std::string n = std::to_string(i);
        switch (i % 4) {
        case 0: return "Received block blk_" + n + " of size 67108864";
        case 1: return "block received late from " + n;
        case 2: return "PacketResponder " + n + " for block terminating";
        default: return std::string("received, block: done");
        }
    };
    for (int i = 0; i < 4000; ++i) {
        StoredRecord r = makeRecord(kNow + i, message(i), "dn-1", "hdfs", Level::Info);
        r.id = i + 1;
        records.push_back(std::move(r));
    }
    const std::string path = dir.filePath(QStringLiteral("p.ods")).toStdString();
    std::string error;
    ASSERT_TRUE(writeSegment(path, pointers(records), {}, &error)) << error;
    auto reader = SegmentReader::open(path, &error);
    ASSERT_TRUE(reader) << error;
    EXPECT_EQ(reader->templateCount(), 4u);

    auto linesWhere = [](int kind) {
        std::vector<std::uint32_t> lines;
        for (std::uint32_t i = 0; i < 4000; ++i) {
            if (int(i % 4) == kind)
                lines.push_back(i);
        }
        return lines;
    };
    Postings out;
    // Phrases are token sequences: "received, block:" holds "received block" too.
    ASSERT_TRUE(reader->phraseLines({"received", "block"}, out));
    std::vector<std::uint32_t> want = linesWhere(0);
    const auto fourth = linesWhere(3);
    want.insert(want.end(), fourth.begin(), fourth.end());
    std::sort(want.begin(), want.end());
    EXPECT_EQ(out.values(), want);
    ASSERT_TRUE(reader->phraseLines({"block", "received"}, out));
    EXPECT_EQ(out.values(), linesWhere(1));
    ASSERT_TRUE(reader->phraseLines({"for", "block", "terminating"}, out));
    EXPECT_EQ(out.values(), linesWhere(2));
    // A variable in between breaks adjacency on every line of the template.
    ASSERT_TRUE(reader->phraseLines({"packetresponder", "for"}, out));
    EXPECT_TRUE(out.empty());
    ASSERT_TRUE(reader->phraseLines({"received", "nowhere"}, out));
    EXPECT_TRUE(out.empty());
    // A variable in the phrase cannot be decided on templates: the caller verifies.
    EXPECT_FALSE(reader->phraseLines({"block", "blk_8"}, out));
}

TEST(Segment, LowerBoundFindsTheFirstLineAtOrAfterATime)
{
    QTemporaryDir dir;
    const auto records = sampleRecords(4000);
    const std::string path = dir.filePath(QStringLiteral("a.ods")).toStdString();
    std::string error;
    ASSERT_TRUE(writeSegment(path, pointers(records), {}, &error)) << error;
    auto reader = SegmentReader::open(path, &error);
    ASSERT_TRUE(reader) << error;
    EXPECT_EQ(reader->lowerBoundTs(kNow - 1), 0u);
    EXPECT_EQ(reader->lowerBoundTs(kNow + 1234 * 1000), 1234u);
    EXPECT_EQ(reader->lowerBoundTs(kNow + 1234 * 1000 + 1), 1235u);
    EXPECT_EQ(reader->lowerBoundTs(kNow + 10'000'000), 4000u);
}

TEST(Segment, DamagedFilesAreRefusedWithAReasonNotACrash)
{
    QTemporaryDir dir;
    const auto records = sampleRecords(2000);
    const std::string path = dir.filePath(QStringLiteral("a.ods")).toStdString();
    std::string error;
    ASSERT_TRUE(writeSegment(path, pointers(records), {}, &error)) << error;
    QFile file(QString::fromStdString(path));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray good = file.readAll();
    file.close();

    auto tryBytes = [&](const QByteArray &bytes) {
        const std::string damaged = dir.filePath(QStringLiteral("d.ods")).toStdString();
        QFile out(QString::fromStdString(damaged));
        EXPECT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(bytes);
        out.close();
        std::string why;
        auto reader = SegmentReader::open(damaged, &why);
        if (reader) {
            // Opened (the damage missed the footer): every block must decode or fail cleanly.
            for (std::size_t b = 0; b < reader->blocks().size(); ++b) {
                DecodedBlock block;
                reader->decodeBlock(b, true, block, &why);
            }
            return std::string();
        }
        EXPECT_NE(why.find(damaged), std::string::npos) << why;
        return why;
    };
    EXPECT_NE(tryBytes(good.left(good.size() / 2)).find("trailer"), std::string::npos);
    EXPECT_FALSE(tryBytes(QByteArray("garbage")).empty());
    QByteArray flipped = good;
    flipped[flipped.size() - 30] = static_cast<char>(flipped[flipped.size() - 30] ^ 0x55);
    EXPECT_NE(tryBytes(flipped).find("checksum"), std::string::npos);
    // Damage in the middle of the data: opening may succeed, reading must not crash.
    QByteArray middle = good;
    for (int i = 100; i < 400; ++i)
        middle[i] = static_cast<char>(i * 7);
    tryBytes(middle);
}
