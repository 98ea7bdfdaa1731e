// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// Throughput of the log line parser and the syslog wire parser on the loghub
// samples (../shared/data/loghub, or $OPSDECK_LOGHUB_DIR). Figures are bytes/s
// of raw log text. Target: >= 400 MB/s for LineParser on one core.
#include <opsdeck/logs/lineparser.h>
#include <opsdeck/logs/syslog.h>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#ifndef OPSDECK_LOGHUB_DIR
#define OPSDECK_LOGHUB_DIR "../shared/data/loghub"
#endif

namespace {

using namespace OpsDeck::Logs;

constexpr std::int64_t kNow = 1767225600000; // 2026-01-01T00:00:00Z

struct Corpus
{
    std::vector<std::string> files;                  // whole files, one per system
    std::vector<std::vector<std::string_view>> lines; // lines of each file
    std::size_t bytes = 0;
};

const Corpus &corpus()
{
    static const Corpus c = [] {
        Corpus result;
        const char *env = std::getenv("OPSDECK_LOGHUB_DIR");
        const std::filesystem::path dir = env ? env : OPSDECK_LOGHUB_DIR;
        std::vector<std::filesystem::path> paths;
        for (const auto &entry : std::filesystem::directory_iterator(dir)) {
            if (entry.path().filename().string().ends_with("_2k.log"))
                paths.push_back(entry.path());
        }
        std::sort(paths.begin(), paths.end());
        result.files.reserve(paths.size());
        for (const auto &path : paths) {
            std::ifstream in(path, std::ios::binary);
            std::stringstream ss;
            ss << in.rdbuf();
            result.files.push_back(ss.str());
        }
        for (const std::string &file : result.files) {
            std::vector<std::string_view> lines;
            std::size_t start = 0;
            for (std::size_t i = 0; i <= file.size(); ++i) {
                if (i == file.size() || file[i] == '\n') {
                    if (i > start)
                        lines.emplace_back(file.data() + start, i - start);
                    start = i + 1;
                }
            }
            result.bytes += file.size();
            result.lines.push_back(std::move(lines));
        }
        return result;
    }();
    return c;
}

// The loghub files one after another, as an ingest of 16 files would see them.
void BM_LineParserLoghubConcatenated(benchmark::State &state)
{
    const Corpus &c = corpus();
    if (c.files.empty()) {
        state.SkipWithError("no loghub samples found; set OPSDECK_LOGHUB_DIR");
        return;
    }
    LineParser parser({.nowMs = kNow});
    ParsedLine out;
    std::size_t stamped = 0;
    for (auto _ : state) {
        for (const auto &lines : c.lines) {
            for (const std::string_view line : lines)
                stamped += parser.parse(line, out) ? 1 : 0;
        }
        benchmark::DoNotOptimize(out);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * c.bytes));
    state.counters["stamped"] = static_cast<double>(stamped) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_LineParserLoghubConcatenated);

// Worst case for sticky detection: every line from another system than the last.
void BM_LineParserLoghubInterleaved(benchmark::State &state)
{
    const Corpus &c = corpus();
    if (c.files.empty()) {
        state.SkipWithError("no loghub samples found; set OPSDECK_LOGHUB_DIR");
        return;
    }
    std::vector<std::string_view> mixed;
    for (std::size_t i = 0;; ++i) {
        bool any = false;
        for (const auto &lines : c.lines) {
            if (i < lines.size()) {
                mixed.push_back(lines[i]);
                any = true;
            }
        }
        if (!any)
            break;
    }
    LineParser parser({.nowMs = kNow});
    ParsedLine out;
    for (auto _ : state) {
        for (const std::string_view line : mixed)
            parser.parse(line, out);
        benchmark::DoNotOptimize(out);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * c.bytes));
}
BENCHMARK(BM_LineParserLoghubInterleaved);

// One system at a time (the argument is the file's index in sorted order).
void BM_LineParserPerSystem(benchmark::State &state)
{
    const Corpus &c = corpus();
    const auto index = static_cast<std::size_t>(state.range(0));
    if (index >= c.files.size()) {
        state.SkipWithError("no such loghub file");
        return;
    }
    state.SetLabel(std::string(c.lines[index].empty() ? "" : c.lines[index].front().substr(0, 24)));
    LineParser parser({.nowMs = kNow});
    ParsedLine out;
    for (auto _ : state) {
        for (const std::string_view line : c.lines[index])
            parser.parse(line, out);
        benchmark::DoNotOptimize(out);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * c.files[index].size()));
}
BENCHMARK(BM_LineParserPerSystem)->DenseRange(0, 15);

// JSON lines as structured loggers write them (9 members, one nested object).
void BM_LineParserJsonLines(benchmark::State &state)
{
    std::vector<std::string> lines;
    std::size_t bytes = 0;
    for (int i = 0; i < 2000; ++i) {
        const std::string n = std::to_string(i);
        lines.push_back(R"({"ts":"2024-05-01T10:)" + std::to_string(10 + i % 50) + R"(:00.)"
                        + std::to_string(100 + i % 900) + R"(Z","level":")"
                        + (i % 7 == 0 ? "error" : "info")
                        + R"(","service":"api","host":"web-)" + std::to_string(i % 7)
                        + R"(","msg":"request handled path=/v1/items/)" + n
                        + R"(","status":200,"took_ms":)" + std::to_string(i % 997) + "." + n
                        + R"(,"req":{"id":"r-)" + n + R"(","ua":"curl/8.1"}})");
        bytes += lines.back().size() + 1;
    }
    LineParser parser({.nowMs = kNow});
    ParsedLine out;
    for (auto _ : state) {
        for (const std::string &line : lines)
            parser.parse(line, out);
        benchmark::DoNotOptimize(out);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_LineParserJsonLines);

void BM_SyslogMessages(benchmark::State &state)
{
    const std::string messages[] = {
        R"(<13>1 2026-11-28T04:01:17.536344+00:00 vm root - - [timeQuality tzKnown="1" isSynced="0"] hello from the benchmark with a typical length of text)",
        "<13>Nov 28 04:01:17 vm sshd[812]: Accepted publickey for deploy from 10.0.0.7 port 51234 ssh2",
    };
    RecordInput record;
    std::size_t bytes = 0;
    for (auto _ : state) {
        for (const std::string &m : messages) {
            parseSyslogMessage(m, kNow, kNow, record);
            bytes += m.size();
        }
        benchmark::DoNotOptimize(record);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
}
BENCHMARK(BM_SyslogMessages);

void BM_SyslogFrameDecoderLf(benchmark::State &state)
{
    std::string stream;
    while (stream.size() < (1 << 20))
        stream += "<13>Nov 28 04:01:17 vm sshd[812]: Accepted publickey for deploy from 10.0.0.7\n";
    std::size_t frames = 0;
    for (auto _ : state) {
        SyslogFrameDecoder decoder;
        for (std::size_t off = 0; off < stream.size(); off += 8192)
            decoder.feed(std::string_view(stream).substr(off, 8192), [&frames](std::string_view) { ++frames; });
        decoder.flush([&frames](std::string_view) { ++frames; });
    }
    benchmark::DoNotOptimize(frames);
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * stream.size()));
}
BENCHMARK(BM_SyslogFrameDecoderLf);

} // namespace

BENCHMARK_MAIN();
