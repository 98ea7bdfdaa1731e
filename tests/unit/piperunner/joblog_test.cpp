// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "runnertestutil.h"

#include "opsdeck/pipelines/joblog.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdio>
#include <thread>

using namespace OpsDeck::Pipelines;
using namespace OpsDeck::Test;
using namespace std::chrono_literals;

namespace {

std::vector<LogLine> sampleLines()
{
    return {
        {1, LogStream::Stdout, false, "plain"},
        {2, LogStream::Stderr, false, "\x1b[31merror\x1b[0m \xff\xfe"},
        {3, LogStream::System, false, "timed out after 30 s"},
        {4, LogStream::Stdout, false, ""},
        {5, LogStream::Stdout, true, std::string(65536, 'a')},
        {6, LogStream::Stdout, false, "tail of the long line\r"},
        {1'767'225'600'123'456'789, LogStream::Stderr, false, std::string("nul\0inside", 10)},
    };
}

std::unique_ptr<JobLogWriter> writerFor(const std::string &path)
{
    std::string error;
    auto writer = JobLogWriter::open(path, &error);
    EXPECT_TRUE(writer) << error;
    return writer;
}

std::unique_ptr<JobLogReader> readerFor(const std::string &path)
{
    std::string error;
    auto reader = JobLogReader::open(path, &error);
    EXPECT_TRUE(reader) << error;
    return reader;
}

} // namespace

TEST(JobLog, RoundTripKeepsBytesStreamsTimesAndContinuations)
{
    TempDir dir;
    const std::string path = dir.path() + "/job.log";
    const auto lines = sampleLines();
    {
        auto writer = writerFor(path);
        for (const LogLine &l : lines)
            ASSERT_TRUE(writer->append(l));
        ASSERT_TRUE(writer->sync());
    }
    auto reader = readerFor(path);
    EXPECT_EQ(reader->lineCount(), lines.size());
    EXPECT_EQ(reader->lines(0, 100), lines);
    EXPECT_EQ(reader->line(1), lines[1]);
    EXPECT_FALSE(reader->line(lines.size()));
    EXPECT_TRUE(reader->corruption().empty());
    // The file is greppable text: one record a line.
    const std::string text = readFile(path);
    EXPECT_EQ(text.rfind("#opsdeck-joblog 1\n0000000000000000001 O plain\n", 0), 0u) << text.substr(0, 80);
    EXPECT_NE(text.find("\n1767225600123456789 E nul"), std::string::npos);
}

TEST(JobLog, NewlinesAndOverlongBytesBecomeSeveralRecords)
{
    TempDir dir;
    const std::string path = dir.path() + "/job.log";
    writerFor(path)->append({7, LogStream::Stdout, false, "a\nb\n" + std::string(70000, 'x')});
    auto reader = readerFor(path);
    const auto lines = reader->lines(0, 10);
    ASSERT_EQ(lines.size(), 4u);
    EXPECT_EQ(lines[0].bytes, "a");
    EXPECT_EQ(lines[1].bytes, "b");
    EXPECT_EQ(lines[2].bytes, std::string(65536, 'x'));
    EXPECT_TRUE(lines[2].continued);
    EXPECT_EQ(lines[3].bytes, std::string(70000 - 65536, 'x'));
    EXPECT_FALSE(lines[3].continued);
}

TEST(JobLog, TornTailIsNeverServedAndTheNextWriterCutsIt)
{
    TempDir dir;
    const std::string path = dir.path() + "/job.log";
    {
        auto writer = writerFor(path);
        for (int i = 0; i < 3; ++i)
            writer->append({i, LogStream::Stdout, false, "line " + std::to_string(i)});
    }
    // What kill -9 in the middle of a write leaves; then zeros, as after a power cut.
    writeFile(path, readFile(path) + "0000000000000000009 O half a rec");
    EXPECT_EQ(readerFor(path)->lineCount(), 3u);
    writeFile(path, readFile(path) + std::string(4096, '\0'));
    auto reader = readerFor(path);
    EXPECT_EQ(reader->lineCount(), 3u);
    EXPECT_TRUE(reader->corruption().empty()) << reader->corruption();

    writerFor(path)->append({10, LogStream::Stderr, false, "after restart"});
    reader = readerFor(path);
    ASSERT_EQ(reader->lineCount(), 4u);
    EXPECT_EQ(reader->line(2)->bytes, "line 2");
    EXPECT_EQ(reader->line(3)->bytes, "after restart");
    EXPECT_EQ(readFile(path).find('\0'), std::string::npos);
}

TEST(JobLog, MalformedRecordStopsTheScanWithItsPlace)
{
    TempDir dir;
    const std::string path = dir.path() + "/job.log";
    writerFor(path)->append({1, LogStream::Stdout, false, "good"});
    writeFile(path, readFile(path) + "garbage that is not a record\n0000000000000000002 O after\n");
    auto reader = readerFor(path);
    EXPECT_EQ(reader->lineCount(), 1u);
    EXPECT_NE(reader->corruption().find(path + ": line 2 (byte 45): timestamp is not 19 digits"), std::string::npos)
        << reader->corruption();

    std::string error;
    writeFile(dir.path() + "/other.txt", "hello\n");
    EXPECT_FALSE(JobLogReader::open(dir.path() + "/other.txt", &error));
    EXPECT_NE(error.find("other.txt: not an OpsDeck job log"), std::string::npos) << error;
    EXPECT_FALSE(JobLogWriter::open(dir.path() + "/other.txt", &error));
    EXPECT_NE(error.find("other.txt: not an OpsDeck job log"), std::string::npos) << error;
    EXPECT_EQ(readFile(dir.path() + "/other.txt"), "hello\n");
}

TEST(JobLog, MillionLinesIndexedQuickly)
{
    TempDir dir;
    const std::string path = dir.path() + "/big.log";
    constexpr std::size_t kLines = 1'000'000;
    {
        // Written in the documented format directly: a million write(2)s
        // would measure the writer, not the reader.
        std::string text = "#opsdeck-joblog 1\n";
        text.reserve(kLines * 64);
        char buf[128];
        for (std::size_t i = 0; i < kLines; ++i) {
            const int n = std::snprintf(buf, sizeof buf, "%019zu %c line %07zu compiling module_%zu.cpp\n",
                                        1'700'000'000'000'000'000 + i, i % 10 == 0 ? 'E' : 'O', i, i % 977);
            text.append(buf, static_cast<std::size_t>(n));
        }
        writeFile(path, text);
    }
    const auto started = std::chrono::steady_clock::now();
    auto reader = readerFor(path);
    ASSERT_EQ(reader->lineCount(), kLines);
    const auto opened = std::chrono::steady_clock::now() - started;
    std::printf("open + index of %zu lines: %.0f ms\n", kLines,
                std::chrono::duration<double, std::milli>(opened).count());
    EXPECT_LT(opened, 3s); // a Debug build on a busy machine; the bench has the real figure
    for (std::size_t i : {std::size_t(0), std::size_t(123457), kLines - 1}) {
        const auto line = reader->line(i);
        ASSERT_TRUE(line);
        char want[64];
        std::snprintf(want, sizeof want, "line %07zu compiling module_%zu.cpp", i, i % 977);
        EXPECT_EQ(line->bytes, want);
        EXPECT_EQ(line->timeNs, static_cast<std::int64_t>(1'700'000'000'000'000'000 + i));
        EXPECT_EQ(line->stream, i % 10 == 0 ? LogStream::Stderr : LogStream::Stdout);
    }
    const auto hits = reader->search("module_976.cpp");
    ASSERT_FALSE(hits.empty());
    EXPECT_EQ(hits.size(), kLines / 977 + (kLines % 977 > 976 ? 1 : 0));
    for (std::size_t h : hits)
        EXPECT_EQ(h % 977, 976u);
}

TEST(JobLog, FollowWhileTheWriterWrites)
{
    TempDir dir;
    const std::string path = dir.path() + "/live.log";
    auto writer = writerFor(path);
    auto reader = readerFor(path);
    EXPECT_EQ(reader->lineCount(), 0u);
    constexpr int kLines = 20000;
    std::atomic<bool> done{false};
    std::thread producer([&] {
        for (int i = 0; i < kLines; ++i)
            writer->append({i, LogStream::Stdout, false, "follow " + std::to_string(i)});
        done = true;
    });
    std::size_t seen = 0;
    bool ordered = true;
    auto check = [&] {
        const std::size_t fresh = reader->refresh();
        for (const LogLine &l : reader->lines(seen, fresh)) {
            ordered = ordered && l.bytes == "follow " + std::to_string(seen) && l.timeNs == static_cast<std::int64_t>(seen);
            ++seen;
        }
    };
    while (!done)
        check();
    producer.join();
    check();
    EXPECT_TRUE(ordered);
    EXPECT_EQ(seen, static_cast<std::size_t>(kLines));
    EXPECT_TRUE(reader->corruption().empty()) << reader->corruption();
    EXPECT_EQ(reader->refresh(), 0u);
}
