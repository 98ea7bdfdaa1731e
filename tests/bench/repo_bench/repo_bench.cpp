// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// What the CI engine pays per poll and per job for its repositories:
//   - snapshot of a repository with 100 branches, refs loose and packed,
//     read in full (the first poll after a change) and from the cache (a
//     quiet repository); the engine polls every few hundred ms, target
//     well under 1 ms;
//   - resolve of a branch name;
//   - checkout of a 50-file repository (about 400 KB) into a fresh folder,
//     from the working repository (loose objects) and from a repacked mirror,
//     on one and two threads (the engine's target is >= 2,000 trivial jobs
//     a minute on 2 cores, so a checkout must cost a few ms at most);
//   - for scale, in the same run: posix_spawn + wait of /bin/true (the
//     floor of any job) and `git archive` + `tar -x` of the same commit.
// The repositories are made with the git command in a temporary folder.
//
//   repo_bench [--work DIR] [--benchmark_filter=...] [--benchmark_repetitions=N]
//
// --work picks the file system: the job folders' file creation dominates a
// checkout, so run it on the disk the workspace lives on (and on a tmpfs
// such as /dev/shm to see the layer's own cost).
#include "opsdeck/pipelines/repositorystore.h"

#include <benchmark/benchmark.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace OpsDeck::Pipelines;
namespace fs = std::filesystem;

namespace {

int run(std::vector<std::string> args)
{
    std::vector<char *> argv;
    for (std::string &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int rc = ::posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0)
        return -1;
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

void git(const std::string &repo, std::vector<std::string> args)
{
    std::vector<std::string> argv = {"git", "-C", repo, "-c", "user.name=Bench", "-c", "user.email=bench@opsdeck.dev"};
    argv.insert(argv.end(), args.begin(), args.end());
    if (run(argv) != 0) {
        std::fprintf(stderr, "git %s failed\n", args.front().c_str());
        std::exit(1);
    }
}

void writeFile(const fs::path &path, const std::string &data)
{
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
}

std::string readAll(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::string out(static_cast<std::size_t>(fs::file_size(path)), '\0');
    in.read(out.data(), static_cast<std::streamsize>(out.size()));
    return out;
}

/** --work DIR: where the repositories and job folders go (default: the temp folder). */
std::string s_workDir;

/** The repositories, made once for the whole run. */
struct World
{
    fs::path root;
    std::string small;      ///< 50 files, loose objects
    std::string branches;   ///< 100 branches, loose refs
    std::string packed;     ///< a bare clone of it, refs packed
    std::string commit;
    std::unique_ptr<RepositoryStore> store;
    std::unique_ptr<Repository> smallRepo, mirrorRepo, loose100, packed100;
    std::atomic<unsigned> counter{0};
    std::vector<std::pair<std::string, std::string>> contents; ///< the small repository's files

    World()
    {
        ::setenv("GIT_CONFIG_NOSYSTEM", "1", 1);
        ::setenv("GIT_CONFIG_GLOBAL", "/dev/null", 1);
        const fs::path base = s_workDir.empty() ? fs::temp_directory_path() : fs::path(s_workDir);
        std::string pattern = (base / "opsdeck-repo-bench-XXXXXX").string();
        if (!::mkdtemp(pattern.data()))
            std::exit(1);
        root = pattern;
        small = (root / "small").string();
        fs::create_directories(small);
        git(small, {"init", "-q", "-b", "main"});
        std::mt19937 rng(7);
        for (int i = 0; i < 50; ++i) {
            std::string text;
            const std::size_t size = 1000 + rng() % 15000;
            while (text.size() < size)
                text += "line " + std::to_string(rng()) + " of some source file\n";
            const std::string dir = i < 20 ? "src" : (i < 35 ? "src/lib/core" : "tests");
            writeFile(fs::path(small) / dir / ("file" + std::to_string(i) + ".c"), text);
        }
        writeFile(fs::path(small) / "build.sh", "#!/bin/sh\nmake\n");
        fs::permissions(fs::path(small) / "build.sh", fs::perms(0755));
        git(small, {"add", "-A"});
        git(small, {"commit", "-q", "-m", "fifty files"});

        branches = (root / "branches").string();
        fs::create_directories(branches);
        git(branches, {"init", "-q", "-b", "main"});
        writeFile(fs::path(branches) / "a", "a");
        git(branches, {"add", "-A"});
        git(branches, {"commit", "-q", "-m", "one"});
        for (int i = 0; i < 99; ++i)
            git(branches, {"branch", "feature/b" + std::to_string(i)});
        packed = (root / "packed").string();
        run({"git", "clone", "-q", "--bare", branches, packed});
        git(packed, {"pack-refs", "--all"});

        RepoStatus status;
        store = RepositoryStore::open((root / "store").string(), &status);
        if (!store || !store->add("mirror", small, {.mode = AddOptions::Mode::Mirror}).ok()) {
            std::fprintf(stderr, "store: %s\n", status.message.c_str());
            std::exit(1);
        }
        smallRepo = Repository::open(small, "small", &status);
        mirrorRepo = store->repository("mirror", &status);
        // A local clone copies loose objects as they are; pack them, as a
        // network clone or a gc would, so this case reads from a pack.
        if (mirrorRepo)
            git(mirrorRepo->path(), {"repack", "-adq"});
        loose100 = Repository::open(branches, "branches", &status);
        packed100 = Repository::open(packed, "packed", &status);
        if (!smallRepo || !mirrorRepo || !loose100 || !packed100 || !smallRepo->resolve("main", &commit).ok()) {
            std::fprintf(stderr, "setup: %s\n", status.message.c_str());
            std::exit(1);
        }
        for (const auto &entry : fs::recursive_directory_iterator(small)) {
            const std::string rel = entry.path().lexically_relative(small).string();
            if (entry.is_regular_file() && !rel.starts_with(".git"))
                contents.emplace_back(rel, readAll(entry.path()));
        }
        // Ref folders younger than 2 s are never served from the snapshot
        // cache (racy timestamps): let them age once, so "Quiet" is quiet.
        std::this_thread::sleep_for(std::chrono::milliseconds(2200));
    }
    ~World()
    {
        std::error_code ec;
        fs::remove_all(root, ec);
    }
    std::string freshDir() { return (root / "jobs" / std::to_string(counter++)).string(); }
};

World &world()
{
    static World w;
    return w;
}

/**
 * \a touch: the refs folder's times set to now before each poll (paused),
 * so every snapshot reads the refs in full, as the first poll after a push
 * does. Otherwise the repository is quiet and polls are served from the
 * snapshot cache after a few stat calls.
 */
void snapshotOf(benchmark::State &state, Repository &repo, const std::string &touch)
{
    std::size_t refs = 0;
    const auto readsBefore = repo.snapshotFullReads();
    for (auto _ : state) {
        if (!touch.empty()) {
            state.PauseTiming();
            ::utimensat(AT_FDCWD, touch.c_str(), nullptr, 0);
            state.ResumeTiming();
        }
        const RefSnapshot s = repo.snapshot();
        refs = s.refs.size();
        benchmark::DoNotOptimize(refs);
    }
    state.counters["refs"] = static_cast<double>(refs);
    state.counters["full_reads"] = static_cast<double>(repo.snapshotFullReads() - readsBefore);
}

// Quiet first: the Changed cases make the folders fresh again for 2 s.
void BM_Snapshot100BranchesLooseQuiet(benchmark::State &state)
{
    snapshotOf(state, *world().loose100, {});
}
BENCHMARK(BM_Snapshot100BranchesLooseQuiet)->Unit(benchmark::kMicrosecond);

void BM_Snapshot100BranchesPackedQuiet(benchmark::State &state)
{
    snapshotOf(state, *world().packed100, {});
}
BENCHMARK(BM_Snapshot100BranchesPackedQuiet)->Unit(benchmark::kMicrosecond);

void BM_Snapshot100BranchesLooseChanged(benchmark::State &state)
{
    snapshotOf(state, *world().loose100, world().branches + "/.git/refs/heads");
}
BENCHMARK(BM_Snapshot100BranchesLooseChanged)->Unit(benchmark::kMicrosecond);

void BM_Snapshot100BranchesPackedChanged(benchmark::State &state)
{
    snapshotOf(state, *world().packed100, world().packed + "/refs/heads");
}
BENCHMARK(BM_Snapshot100BranchesPackedChanged)->Unit(benchmark::kMicrosecond);

void BM_ResolveBranch(benchmark::State &state)
{
    std::string id;
    for (auto _ : state) {
        world().smallRepo->resolve("main", &id);
        benchmark::DoNotOptimize(id);
    }
}
BENCHMARK(BM_ResolveBranch)->Unit(benchmark::kMicrosecond);

void checkoutOf(benchmark::State &state, Repository &repo)
{
    World &w = world();
    std::uint64_t bytes = 0;
    std::size_t files = 0;
    for (auto _ : state) {
        const std::string dir = w.freshDir();
        CheckoutReport report;
        const RepoStatus status = repo.checkout(w.commit, dir, {}, &report);
        if (!status.ok()) {
            state.SkipWithError(status.message.c_str());
            break;
        }
        bytes += report.bytes;
        files = report.files;
        state.PauseTiming();
        std::error_code ec;
        fs::remove_all(dir, ec);
        state.ResumeTiming();
    }
    state.counters["files"] = static_cast<double>(files);
    state.counters["checkouts"] = benchmark::Counter(static_cast<double>(state.iterations()),
                                                     benchmark::Counter::kIsRate);
    state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
}

void BM_Checkout50FilesLoose(benchmark::State &state)
{
    checkoutOf(state, *world().smallRepo);
}
BENCHMARK(BM_Checkout50FilesLoose)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Checkout50FilesLoose)->Unit(benchmark::kMillisecond)->UseRealTime()->Threads(2);

void BM_Checkout50FilesPackedMirror(benchmark::State &state)
{
    checkoutOf(state, *world().mirrorRepo);
}
BENCHMARK(BM_Checkout50FilesPackedMirror)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Checkout50FilesPackedMirror)->Unit(benchmark::kMillisecond)->UseRealTime()->Threads(2);

/**
 * The file system's floor: the same 51 files and 3 folders written from
 * memory (mkdir, open, write, fchmod, close), no git at all.
 */
void BM_PlainWriteSameFiles(benchmark::State &state)
{
    World &w = world();
    for (auto _ : state) {
        const std::string dir = w.freshDir();
        ::mkdir(dir.c_str(), 0755);
        for (const char *folder : {"/src", "/src/lib", "/src/lib/core", "/tests"})
            ::mkdir((dir + folder).c_str(), 0755);
        for (const auto &[path, content] : w.contents) {
            const int fd = ::open((dir + "/" + path).c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
            if (fd < 0) {
                state.SkipWithError("open failed");
                break;
            }
            benchmark::DoNotOptimize(::write(fd, content.data(), content.size()));
            ::fchmod(fd, 0644);
            ::close(fd);
        }
        state.PauseTiming();
        std::error_code ec;
        fs::remove_all(dir, ec);
        state.ResumeTiming();
    }
}
BENCHMARK(BM_PlainWriteSameFiles)->Unit(benchmark::kMillisecond)->UseRealTime();

/** The floor of any job: starting and reaping one trivial process. */
void BM_SpawnTrue(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(run({"/bin/true"}));
}
BENCHMARK(BM_SpawnTrue)->Unit(benchmark::kMillisecond)->UseRealTime();

/** git's own way to the same folder: git archive to a file, then tar -x. */
void BM_GitArchiveTar(benchmark::State &state)
{
    World &w = world();
    for (auto _ : state) {
        const std::string dir = w.freshDir();
        fs::create_directories(dir);
        const std::string tar = dir + ".tar";
        run({"git", "-C", w.small, "archive", "--format=tar", "-o", tar, w.commit});
        run({"tar", "-xf", tar, "-C", dir});
        state.PauseTiming();
        std::error_code ec;
        fs::remove_all(dir, ec);
        fs::remove(tar, ec);
        state.ResumeTiming();
    }
}
BENCHMARK(BM_GitArchiveTar)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    // Our own option first; Google Benchmark rejects what it does not know.
    int kept = 1;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--work" && i + 1 < argc)
            s_workDir = argv[++i];
        else if (arg.starts_with("--work="))
            s_workDir = arg.substr(7);
        else
            argv[kept++] = argv[i];
    }
    argc = kept;
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    world(); // the repositories are made before any timing starts
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
