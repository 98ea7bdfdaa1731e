// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "enginetestsupport.h"

#include "wal.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace OpsDeck::Logs;
using namespace OpsDeck::Test;

TEST(WriteAheadLog, TornTailIsCutAndEverythingBeforeItKept)
{
    QTemporaryDir dir;
    const std::string walDir = dir.filePath(QStringLiteral("wal")).toStdString();
    std::string error;
    {
        WriteAheadLog wal;
        std::vector<StoredRecord> none;
        int repaired = 0;
        ASSERT_TRUE(wal.open(walDir, none, repaired, &error)) << error;
        std::vector<StoredRecord> batch;
        for (int i = 1; i <= 100; ++i) {
            StoredRecord r = makeRecord(kNow + i, "line " + std::to_string(i) + " \xc3\xa9\n continued");
            r.id = i;
            r.extra.push_back(Field{"k", "v" + std::to_string(i)});
            batch.push_back(std::move(r));
        }
        ASSERT_TRUE(wal.append(batch, 0, &error)) << error;
        ASSERT_TRUE(wal.sync(&error)) << error;
    }
    // Cut the file in the middle of the last entry, as kill -9 during write() would.
    const QStringList files = QDir(QString::fromStdString(walDir)).entryList({QStringLiteral("wal-*.log")});
    ASSERT_EQ(files.size(), 1);
    QFile file(QString::fromStdString(walDir) + u'/' + files.first());
    const qint64 size = file.size();
    ASSERT_TRUE(file.resize(size - 5));

    WriteAheadLog wal;
    std::vector<StoredRecord> replay;
    int repaired = 0;
    ASSERT_TRUE(wal.open(walDir, replay, repaired, &error)) << error;
    EXPECT_EQ(repaired, 1);
    ASSERT_EQ(replay.size(), 99u);
    EXPECT_EQ(replay.front().id, 1);
    EXPECT_EQ(replay.back().id, 99);
    EXPECT_EQ(replay[41].message, "line 42 \xc3\xa9\n continued");
    EXPECT_EQ(replay[41].extra, (std::vector<Field>{{"k", "v42"}}));
}

TEST(WriteAheadLog, GarbageInTheMiddleStopsThatFileNotTheStore)
{
    QTemporaryDir dir;
    const std::string walDir = dir.filePath(QStringLiteral("wal")).toStdString();
    std::string error;
    {
        WriteAheadLog wal;
        std::vector<StoredRecord> none;
        int repaired = 0;
        ASSERT_TRUE(wal.open(walDir, none, repaired, &error)) << error;
        std::vector<StoredRecord> batch;
        for (int i = 1; i <= 10; ++i) {
            StoredRecord r = makeRecord(kNow + i, "line " + std::to_string(i));
            r.id = i;
            batch.push_back(std::move(r));
        }
        ASSERT_TRUE(wal.append(batch, 0, &error)) << error;
    }
    const QStringList files = QDir(QString::fromStdString(walDir)).entryList({QStringLiteral("wal-*.log")});
    QFile file(QString::fromStdString(walDir) + u'/' + files.first());
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    QByteArray data = file.readAll();
    data[data.size() / 2] = static_cast<char>(data[data.size() / 2] ^ 0xff);
    file.seek(0);
    file.write(data);
    file.close();

    WriteAheadLog wal;
    std::vector<StoredRecord> replay;
    int repaired = 0;
    ASSERT_TRUE(wal.open(walDir, replay, repaired, &error)) << error;
    EXPECT_EQ(repaired, 1);
    EXPECT_GT(replay.size(), 2u);
    EXPECT_LT(replay.size(), 10u);
    for (std::size_t i = 0; i < replay.size(); ++i)
        EXPECT_EQ(replay[i].message, "line " + std::to_string(i + 1));
}
