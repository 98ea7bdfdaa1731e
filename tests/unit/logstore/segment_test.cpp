// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "enginetestsupport.h"

#include "segment.h"

#include <QFile>
#include <QTemporaryDir>

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
    std::vector<std::uint32_t> want;
    for (std::uint32_t i = 0; i < 3000; ++i) {
        if (i % 97 == 5)
            want.push_back(i);
    }
    EXPECT_EQ(reader->lookup("5ms").values(), want);
    EXPECT_EQ(reader->lookup("request").cardinality(), 3000u);
    EXPECT_TRUE(reader->lookup("REQUEST").empty()) << "keys are lowercase; callers lowercase";
    EXPECT_TRUE(reader->lookup("absent").empty());
    EXPECT_EQ(reader->lookup(fieldKey("host", "WEB-1")).cardinality(), 1000u);
    EXPECT_EQ(reader->lookup(levelKey(Level::Error)).cardinality(), 300u);
    EXPECT_EQ(reader->lookup(fieldKey("trace", "t50")).values(), std::vector<std::uint32_t>{50});

    Postings prefix;
    ASSERT_TRUE(reader->lookupPrefix("u1", prefix, 1000));
    // u1, u10, u11, u12: i % 13 in {1, 10, 11, 12}
    std::uint64_t expected = 0;
    for (int i = 0; i < 3000; ++i)
        expected += (i % 13 == 1 || i % 13 >= 10) ? 1 : 0;
    EXPECT_EQ(prefix.cardinality(), expected);
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
