// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// Appends records to a log store as fast as it can and prints the last id of
// every batch that append() reported committed. crash_test kills it with
// SIGKILL at a random moment and checks that every printed id survived.
#include <opsdeck/logs/engine.h>

#include <chrono>
#include <cstdio>
#include <string>

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: logstore_crashwriter DIR\n");
        return 2;
    }
    OpsDeck::Logs::EngineOptions options;
    options.dir = argv[1];
    options.memtableBytes = 256 * 1024; // flush often, so kills land in flushes too
    std::string error;
    auto engine = OpsDeck::Logs::LogEngine::open(options, &error);
    if (!engine) {
        std::fprintf(stderr, "open: %s\n", error.c_str());
        return 1;
    }
    const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    std::int64_t next = engine->lastId() + 1;
    while (true) {
        std::vector<OpsDeck::Logs::StoredRecord> batch;
        for (int i = 0; i < 200; ++i, ++next) {
            OpsDeck::Logs::StoredRecord r;
            r.ts = now - 3'600'000 + next;
            r.ingested = r.ts;
            r.host = "crash-host";
            r.service = "crash";
            r.source = "crashwriter";
            r.message = "crash test record s" + std::to_string(next) + " payload " + std::string(next % 200, 'x');
            batch.push_back(std::move(r));
        }
        if (!engine->append(std::move(batch), true, &error)) {
            std::fprintf(stderr, "append: %s\n", error.c_str());
            return 1;
        }
        std::printf("committed %lld\n", static_cast<long long>(next - 1));
        std::fflush(stdout);
    }
}
