// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// The artifact store on a generated build tree (a few hundred files: source
// and map text, object files, random binaries, one big log, one archive),
// beside `tar | zstd -3` and `zstd -d | tar -x` in the same run:
// store MB/s into an empty store, the same tree again (every file a dedupe
// hit), a second build where most files are unchanged, two projects stored
// by two threads at once, restore MB/s, and the bytes on disk. Figures are logical bytes (the tree's size) per second of
// wall time; each step is run --repeat times and the best is kept.
//
//   artifact_bench [--work DIR] [--scale N] [--repeat N]
#include "opsdeck/pipelines/artifactstore.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <string>
#include <thread>
#include <vector>

using namespace OpsDeck::Pipelines;
namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

void writeFile(const fs::path &path, const std::string &data)
{
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
}

std::string randomBytes(std::mt19937_64 &rng, std::size_t size)
{
    std::string out(size, '\0');
    for (std::size_t i = 0; i < size; i += 8) {
        const std::uint64_t v = rng();
        std::memcpy(out.data() + i, &v, std::min<std::size_t>(8, size - i));
    }
    return out;
}

std::string sourceText(std::mt19937_64 &rng, std::size_t size)
{
    static const char *kWords[] = {"int", "return", "const", "std::string", "namespace", "void", "if", "else",
                                   "for", "auto", "template", "class", "struct", "#include", "static", "bool",
                                   "nullptr", "error", "status", "m_value", "store", "manifest", "blob", "{",
                                   "}", "(", ");", "0x7f", "42", "size_t", "co_await", "->"};
    std::string out;
    out.reserve(size + 32);
    while (out.size() < size) {
        out += kWords[rng() % std::size(kWords)];
        out += (rng() % 7 == 0) ? "\n    " : " ";
    }
    out.resize(size);
    return out;
}

/** Object-file-like: runs of code bytes (random), symbol tables (text), zero padding. */
std::string objectLike(std::mt19937_64 &rng, std::size_t size)
{
    std::string out;
    out.reserve(size);
    while (out.size() < size) {
        switch (rng() % 3) {
        case 0: out += randomBytes(rng, 512 + rng() % 2048); break;
        case 1: out += sourceText(rng, 512 + rng() % 4096); break;
        default: out += std::string(256 + rng() % 1024, '\0'); break;
        }
    }
    out.resize(size);
    return out;
}

struct Tree
{
    std::uint64_t bytes = 0;
    std::size_t files = 0;
};

/**
 * A build tree. \a build changes the content of roughly one file in five
 * (what a typical incremental build rebuilds); the rest is the same bytes.
 */
Tree makeTree(const fs::path &root, int scale, int build, std::uint64_t project = 0)
{
    // Another project shares no content with this one.
    const std::uint64_t p = project * 1'000'000'007ULL;
    Tree tree;
    const auto put = [&](const fs::path &rel, const std::string &data) {
        writeFile(root / rel, data);
        tree.bytes += data.size();
        ++tree.files;
    };
    for (int i = 0; i < 180 * scale; ++i) {
        std::mt19937_64 rng(p + 1000 + i + (i % 5 == 0 ? 100000 * build : 0));
        put(fs::path("src") / ("module" + std::to_string(i % 12)) / ("file" + std::to_string(i) + ".cpp"),
            sourceText(rng, 4096 + rng() % (120 << 10)));
    }
    for (int i = 0; i < 80 * scale; ++i) {
        std::mt19937_64 rng(p + 5000 + i + (i % 5 == 0 ? 100000 * build : 0));
        put(fs::path("build/obj") / ("file" + std::to_string(i) + ".o"), objectLike(rng, (64 << 10) + rng() % (512 << 10)));
    }
    for (int i = 0; i < 30 * scale; ++i) {
        std::mt19937_64 rng(p + 9000 + i + (i % 5 == 0 ? 100000 * build : 0));
        put(fs::path("build/assets") / ("image" + std::to_string(i) + ".png"), randomBytes(rng, (100 << 10) + rng() % (2 << 20)));
    }
    std::mt19937_64 logRng(p + 77 + build);
    put("build/test-output.log", sourceText(logRng, static_cast<std::size_t>(48 << 20) * scale));
    std::mt19937_64 archiveRng(p + 88 + build);
    put("dist/app.tar.gz", randomBytes(archiveRng, static_cast<std::size_t>(24 << 20) * scale));
    return tree;
}

int run(const std::string &command)
{
    return std::system(command.c_str());
}

std::string quote(const fs::path &path)
{
    std::string out = "'";
    for (const char c : path.string())
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

double best(int repeat, const std::function<void()> &prepare, const std::function<bool()> &step)
{
    double fastest = 1e100;
    for (int i = 0; i < repeat; ++i) {
        prepare();
        const auto start = Clock::now();
        if (!step()) {
            std::fprintf(stderr, "step failed\n");
            std::exit(1);
        }
        fastest = std::min(fastest, secondsSince(start));
    }
    return fastest;
}

double mbps(std::uint64_t bytes, double seconds)
{
    return static_cast<double>(bytes) / 1e6 / seconds;
}

std::uint64_t bytesUnder(const fs::path &dir)
{
    std::uint64_t total = 0;
    for (const auto &entry : fs::recursive_directory_iterator(dir))
        total += entry.is_regular_file() ? entry.file_size() : 0;
    return total;
}

} // namespace

int main(int argc, char **argv)
{
    fs::path work;
    int scale = 1, repeat = 3;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--work" && i + 1 < argc)
            work = argv[++i];
        else if (arg == "--scale" && i + 1 < argc)
            scale = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--repeat" && i + 1 < argc)
            repeat = std::max(1, std::atoi(argv[++i]));
        else {
            std::fprintf(stderr, "usage: artifact_bench [--work DIR] [--scale N] [--repeat N]\n");
            return 2;
        }
    }
    bool ownWork = false;
    if (work.empty()) {
        std::string pattern = (fs::temp_directory_path() / "opsdeck-artifact-bench-XXXXXX").string();
        if (!::mkdtemp(pattern.data()))
            return 1;
        work = pattern;
        ownWork = true;
    }
    const fs::path ws1 = work / "build1", ws2 = work / "build2", ws3 = work / "other", storeDir = work / "store";
    const fs::path restoreDir = work / "restored", refArchive = work / "ref.tar.zst", refRestore = work / "ref-restored";
    fs::remove_all(ws1);
    fs::remove_all(ws2);
    fs::remove_all(ws3);
    const Tree tree = makeTree(ws1, scale, 1);
    const Tree tree2 = makeTree(ws2, scale, 2);
    const Tree other = makeTree(ws3, scale, 1, 1);
    std::printf("artifact_bench: %zu files, %.1f MB per build tree, work folder %s\n", tree.files,
                static_cast<double>(tree.bytes) / 1e6, work.c_str());
    // Both sides read from the page cache: warm it once.
    run("cat $(find " + quote(ws1) + " " + quote(ws2) + " " + quote(ws3) + " -type f) > /dev/null");

    std::unique_ptr<ArtifactStore> store;
    const auto freshStore = [&] {
        store.reset();
        fs::remove_all(storeDir);
        ArtifactStatus status;
        store = ArtifactStore::open(storeDir.string(), {}, &status);
        if (!store) {
            std::fprintf(stderr, "%s\n", status.message.c_str());
            std::exit(1);
        }
    };
    const auto storeTree = [&](const fs::path &ws, const char *run, StoreReport *report) {
        const ArtifactStatus status =
            store->storeJob({.runId = run, .jobName = "build", .workspaceDir = ws.string(), .paths = {"."}}, report);
        if (!status.ok())
            std::fprintf(stderr, "%s\n", status.message.c_str());
        return status.ok();
    };

    StoreReport cold, hit, incremental;
    const double tCold = best(repeat, freshStore, [&] { return storeTree(ws1, "1", &cold); });
    const std::uint64_t storedCold = bytesUnder(storeDir / "blobs");
    const double tHit = best(repeat, [] {}, [&] { return storeTree(ws1, "2", &hit); });
    // Each repeat starts from a store holding build 1 only, so build 2 is new every time.
    StoreReport untimed;
    const double tIncr = best(
        repeat, [&] { freshStore(); storeTree(ws1, "1", &untimed); },
        [&] { return storeTree(ws2, "3", &incremental); });
    const double tRestore = best(repeat, [&] { fs::remove_all(restoreDir); },
                                 [&] { return store->restoreJob("1", "build", restoreDir.string()).ok(); });
    storeTree(ws1, "2", &untimed);
    ArtifactStats stats;
    store->stats(&stats);

    // Two CI workers uploading at once through one store object (two
    // projects that share no content, into an empty store), against the two
    // stored one after the other.
    StoreReport parallelA, parallelB;
    const double tSerial = best(repeat, freshStore, [&] {
        return storeTree(ws1, "a", &parallelA) && storeTree(ws3, "b", &parallelB);
    });
    const double tParallel = best(repeat, freshStore, [&] {
        bool okA = false, okB = false;
        std::thread a([&] { okA = storeTree(ws1, "a", &parallelA); });
        std::thread b([&] { okB = storeTree(ws3, "b", &parallelB); });
        a.join();
        b.join();
        return okA && okB;
    });

    // The reference: one compressed tar per build, as many CI systems keep them.
    const double tRefStore = best(repeat, [&] { fs::remove(refArchive); }, [&] {
        return run("tar -cf - -C " + quote(ws1) + " . | zstd -3 -q -T1 -o " + quote(refArchive)) == 0;
    });
    const std::uint64_t refSize = fs::file_size(refArchive);
    const double tRefSync = best(repeat, [&] { fs::remove(refArchive); }, [&] {
        return run("tar -cf - -C " + quote(ws1) + " . | zstd -3 -q -T1 -o " + quote(refArchive) + " && sync -f "
                   + quote(refArchive))
            == 0;
    });
    const double tRefRestore = best(repeat, [&] { fs::remove_all(refRestore); fs::create_directories(refRestore); }, [&] {
        return run("zstd -d -q -c " + quote(refArchive) + " | tar -xf - -C " + quote(refRestore)) == 0;
    });

    const double mb = static_cast<double>(tree.bytes) / 1e6;
    std::printf("\n%-44s %12s %12s\n", "", "OpsDeck", "tar|zstd -3");
    std::printf("%-44s %12s %12s\n", "", "", "(+ sync -f)");
    std::printf("%-44s %9.0f MB/s %9.0f MB/s\n", "store into an empty store (durable)", mbps(tree.bytes, tCold),
                mbps(tree.bytes, tRefSync));
    std::printf("%-44s %12s %9.0f MB/s\n", "  reference without fsync", "", mbps(tree.bytes, tRefStore));
    std::printf("%-44s %9.0f MB/s %12s\n", "store, same tree again (all dedupe hits)", mbps(tree.bytes, tHit), "n/a");
    std::printf("%-44s %9.0f MB/s %12s\n", "store, next build (~1 in 5 files changed)", mbps(tree2.bytes, tIncr),
                "n/a");
    std::printf("%-44s %9.0f MB/s %12s\n", "two projects one after the other", mbps(tree.bytes + other.bytes, tSerial),
                "");
    std::printf("%-44s %9.0f MB/s %12s\n", "two projects at once (2 threads, one object)",
                mbps(tree.bytes + other.bytes, tParallel), "");
    std::printf("%-44s %9.0f MB/s %9.0f MB/s\n", "restore (hash-verified)", mbps(tree.bytes, tRestore),
                mbps(tree.bytes, tRefRestore));
    std::printf("%-44s %9.1f MB   %9.1f MB\n", "one build on disk", static_cast<double>(storedCold) / 1e6,
                static_cast<double>(refSize) / 1e6);
    std::printf("%-44s %9.1f MB   %9.1f MB\n", "three builds (1, 1 again, 2) on disk",
                static_cast<double>(stats.storedBytes) / 1e6, 3.0 * static_cast<double>(refSize) / 1e6);
    std::printf("\nsteps (best of %d): cold %.2f s, hit %.2f s, incremental %.2f s (%zu new blobs), restore %.2f s\n",
                repeat, tCold, tHit, tIncr, incremental.newBlobs, tRestore);
    std::printf("cold: %zu blobs, %zu kept raw; logical %.1f MB -> %.1f MB (compression %.2fx)\n", cold.newBlobs,
                cold.rawBlobs, mb, static_cast<double>(storedCold) / 1e6, mb * 1e6 / static_cast<double>(storedCold));
    std::printf("stats: %zu manifests, %zu files, logical %.1f MB, unique %.1f MB, stored %.1f MB; "
                "dedupe %.2fx, compression %.2fx, total %.2fx\n",
                stats.manifests, stats.files, static_cast<double>(stats.logicalBytes) / 1e6,
                static_cast<double>(stats.uniqueBytes) / 1e6, static_cast<double>(stats.storedBytes) / 1e6,
                stats.dedupeRatio(), stats.compressionRatio(), stats.totalRatio());

    store.reset();
    if (ownWork)
        fs::remove_all(work);
    return 0;
}
