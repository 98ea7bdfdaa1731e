// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// Damaged blobs are found (flipped bytes, truncation, deletion) on restore
// and by verify(), naming the blob and the artifact; a process killed with
// SIGKILL while storing leaves the old or the new set, never a manifest
// naming a missing or partial blob, and gc removes what it left behind.
#include "artifacttestutil.h"

#include <atomic>
#include <csignal>
#include <thread>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace OpsDeck::Pipelines;
using namespace OpsDeck::Pipelines::Test;

namespace {

struct Stored
{
    std::string blobPath;
    std::string hash;
};

Stored storeOne(ArtifactStore &store, const std::string &ws, const std::string &file, const std::string &content)
{
    writeFile(ws + "/" + file, content);
    const ArtifactStatus s = store.storeJob({.runId = "1", .jobName = "build", .workspaceDir = ws, .paths = {file}});
    EXPECT_TRUE(s.ok()) << s.message;
    ArtifactManifest m;
    EXPECT_TRUE(store.manifest("1", "build", &m).ok());
    const std::string hash = m.files.empty() ? std::string() : m.files[0].blob;
    return {store.directory() + "/blobs/" + hash.substr(0, 2) + "/" + hash, hash};
}

void flipByte(const std::string &path, std::uint64_t offset)
{
    std::string data = readFile(path);
    ASSERT_LT(offset, data.size());
    data[offset] = static_cast<char>(data[offset] ^ 0x5a);
    writeFile(path, data);
}

/** The files in \a dir except restore leftovers, which must never exist. */
bool hasRestoreLeftovers(const std::string &dir)
{
    if (!fs::exists(dir))
        return false;
    for (const auto &entry : fs::recursive_directory_iterator(dir)) {
        if (entry.path().filename().string().rfind(".opsdeck-restore-", 0) == 0)
            return true;
    }
    return false;
}

} // namespace

TEST(ArtifactIntegrity, AFlippedByteInACompressedBlobFailsTheRestoreNamingBlobAndPath)
{
    TempDir tmp;
    auto store = openStore(tmp.sub("store"));
    ASSERT_TRUE(store);
    const std::string content = textBytes(200'000, 5);
    const Stored blob = storeOne(*store, tmp.sub("ws"), "dist/app.js", content);
    flipByte(blob.blobPath, fs::file_size(blob.blobPath) / 2);

    const std::string target = tmp.sub("out");
    const ArtifactStatus s = store->restoreJob("1", "build", target);
    EXPECT_EQ(s.code, ArtifactErrorCode::Corrupt);
    EXPECT_NE(s.message.find("artifact \"dist/app.js\" of run 1, job \"build\""), std::string::npos) << s.message;
    EXPECT_NE(s.message.find("blob " + blob.hash + " is corrupt"), std::string::npos) << s.message;
    EXPECT_FALSE(fs::exists(target + "/dist/app.js")) << "no partial file under the artifact's name";
    EXPECT_FALSE(hasRestoreLeftovers(target));

    std::vector<IntegrityProblem> problems;
    ASSERT_TRUE(store->verify(&problems).ok());
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].blob, blob.hash);
    EXPECT_NE(problems[0].message.find("used by \"dist/app.js\" of run 1, job \"build\""), std::string::npos)
        << problems[0].message;
}

TEST(ArtifactIntegrity, AFlippedByteInARawBlobIsCaughtByTheHash)
{
    TempDir tmp;
    auto store = openStore(tmp.sub("store"));
    ASSERT_TRUE(store);
    const Stored blob = storeOne(*store, tmp.sub("ws"), "pkg.tar.gz", randomBytes(100'000, 6));
    ASSERT_EQ(fs::file_size(blob.blobPath), 16u + 100'000u) << "stored raw";
    flipByte(blob.blobPath, 16 + 4321);
    const ArtifactStatus s = store->restoreJob("1", "build", tmp.sub("out"));
    EXPECT_EQ(s.code, ArtifactErrorCode::Corrupt);
    EXPECT_NE(s.message.find("blob " + blob.hash + " is corrupt: content hash is "), std::string::npos) << s.message;
    EXPECT_NE(s.message.find("\"pkg.tar.gz\""), std::string::npos) << s.message;
    EXPECT_FALSE(fs::exists(tmp.sub("out/pkg.tar.gz")));
}

TEST(ArtifactIntegrity, TruncatedAndMissingBlobsAreReportedAndAFreshStoreHealsThem)
{
    TempDir tmp;
    auto store = openStore(tmp.sub("store"));
    ASSERT_TRUE(store);
    const std::string ws = tmp.sub("ws");
    const std::string content = textBytes(500'000, 8);
    const Stored blob = storeOne(*store, ws, "big.txt", content);
    fs::resize_file(blob.blobPath, fs::file_size(blob.blobPath) - 100);

    ArtifactStatus s = store->restoreJob("1", "build", tmp.sub("out"));
    EXPECT_EQ(s.code, ArtifactErrorCode::Corrupt);
    EXPECT_NE(s.message.find("blob " + blob.hash + " is corrupt: truncated"), std::string::npos) << s.message;
    EXPECT_NE(s.message.find("\"big.txt\""), std::string::npos) << s.message;

    fs::resize_file(blob.blobPath, 9);
    s = store->restoreJob("1", "build", tmp.sub("out"));
    EXPECT_NE(s.message.find("truncated header (9 of 16 bytes)"), std::string::npos) << s.message;

    // The same content stored again replaces the broken blob (it fails the
    // cheap completeness check) instead of deduplicating against it.
    StoreReport report;
    ASSERT_TRUE(store->storeJob({.runId = "2", .jobName = "build", .workspaceDir = ws, .paths = {"big.txt"}}, &report).ok());
    EXPECT_EQ(report.newBlobs, 1u);
    s = store->restoreJob("1", "build", tmp.sub("out"));
    ASSERT_TRUE(s.ok()) << s.message;
    EXPECT_EQ(readFile(tmp.sub("out/big.txt")), content);

    fs::remove(blob.blobPath);
    s = store->restoreJob("1", "build", tmp.sub("out2"));
    EXPECT_EQ(s.code, ArtifactErrorCode::Corrupt);
    EXPECT_NE(s.message.find("blob " + blob.hash + " is missing"), std::string::npos) << s.message;
    std::vector<IntegrityProblem> problems;
    ASSERT_TRUE(store->verify(&problems).ok());
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_NE(problems[0].message.find("and 1 more"), std::string::npos) << "runs 1 and 2 both use it";
}

TEST(ArtifactIntegrity, GcRemovesLeftoversOfInterruptedWrites)
{
    TempDir tmp;
    auto store = openStore(tmp.sub("store"));
    ASSERT_TRUE(store);
    storeOne(*store, tmp.sub("ws"), "a.txt", "kept\n");
    writeFile(tmp.sub("store/tmp/123-1-deadbeef.blob"), std::string(1000, 'x'));
    writeFile(tmp.sub("store/tmp/123-2-deadbeef.manifest"), "{");
    const std::string orphan(64, 'e');
    writeFile(tmp.sub("store/blobs/ee/" + orphan), "OPAB...");
    ArtifactStats stats;
    ASSERT_TRUE(store->stats(&stats).ok());
    EXPECT_EQ(stats.garbageBlobs, 1u);
    EXPECT_EQ(stats.garbageBytes, 1000u + 1u + 7u);
    GcReport gc;
    ASSERT_TRUE(store->collectGarbage(&gc).ok());
    EXPECT_EQ(gc.tempFilesRemoved, 2u);
    EXPECT_EQ(gc.blobsRemoved, 1u);
    EXPECT_EQ(gc.blobsKept, 1u);
    EXPECT_EQ(gc.bytesFreed, 1008u);
    EXPECT_TRUE(fs::is_empty(tmp.sub("store/tmp")));
    ASSERT_TRUE(store->restoreJob("1", "build", tmp.sub("out")).ok());
}

namespace {

enum class KillPoint { MidFirstBlob, MidLaterBlob, AfterDelay };

/**
 * Forks a child that stores \a paths of \a ws as (run 1, build); the parent
 * SIGKILLs it at \a point. Returns false when the child finished first.
 */
bool storeAndKill(const std::string &storeDir, const std::string &ws, KillPoint point, int delayMs)
{
    int fds[2];
    if (::pipe(fds) != 0)
        return false;
    const pid_t child = ::fork();
    if (child == 0) {
        ::close(fds[0]);
        ArtifactStoreOptions options;
        int blobChunks = 0;
        std::uint64_t lastWritten = 0;
        options.onChunkWritten = [&](std::uint64_t written) {
            if (written < lastWritten)
                ++blobChunks; // a new blob began
            lastWritten = written;
            const bool signal = (point == KillPoint::MidFirstBlob && blobChunks == 0 && written >= (256u << 10))
                || (point == KillPoint::MidLaterBlob && blobChunks >= 1 && written >= (1u << 20));
            if (signal) {
                const char byte = 'k';
                [[maybe_unused]] auto n = ::write(fds[1], &byte, 1);
                ::pause(); // killed here, with a half-written blob in tmp/
            }
        };
        ArtifactStatus status;
        auto store = ArtifactStore::open(storeDir, std::move(options), &status);
        if (!store)
            ::_exit(2);
        status = store->storeJob({.runId = "1", .jobName = "build", .workspaceDir = ws, .paths = {"."}});
        ::_exit(status.ok() ? 0 : 1);
    }
    ::close(fds[1]);
    bool killed = false;
    if (point == KillPoint::AfterDelay) {
        ::usleep(static_cast<useconds_t>(delayMs) * 1000);
        killed = ::kill(child, SIGKILL) == 0;
    } else {
        char byte = 0;
        if (::read(fds[0], &byte, 1) == 1)
            killed = ::kill(child, SIGKILL) == 0;
    }
    ::close(fds[0]);
    int wstatus = 0;
    ::waitpid(child, &wstatus, 0);
    return killed && WIFSIGNALED(wstatus) && WTERMSIG(wstatus) == SIGKILL;
}

} // namespace

TEST(ArtifactIntegrity, KillNineWhileStoringLeavesTheOldOrTheNewSetAndGcCleansUp)
{
    TempDir tmp;
    const std::string storeDir = tmp.sub("store");
    const std::string oldWs = tmp.sub("old"), newWs = tmp.sub("new");
    writeFile(oldWs + "/result.txt", "the previous attempt\n");
    // Several blobs of a few MiB each, compressible and not, so a kill can
    // land inside a blob, between blobs or around the manifest's rename.
    writeFile(newWs + "/a-log.txt", textBytes(6 << 20, 21));
    writeFile(newWs + "/b-image.bin", randomBytes(6 << 20, 22));
    writeFile(newWs + "/c-log.txt", textBytes(6 << 20, 23));
    writeFile(newWs + "/result.txt", "the new attempt\n");
    // Enough small files that blobs are made durable in one batch (syncfs).
    for (int i = 0; i < 20; ++i)
        writeFile(newWs + "/obj/file" + std::to_string(i) + ".o", randomBytes(3000 + 100 * i, 100 + i));
    {
        auto store = openStore(storeDir);
        ASSERT_TRUE(store);
        ASSERT_TRUE(store->storeJob({.runId = "1", .jobName = "build", .workspaceDir = oldWs, .paths = {"."}}).ok());
    }

    struct Attempt
    {
        KillPoint point;
        int delayMs;
    };
    const std::vector<Attempt> attempts{{KillPoint::MidFirstBlob, 0}, {KillPoint::MidLaterBlob, 0},
                                        {KillPoint::AfterDelay, 5},   {KillPoint::AfterDelay, 40},
                                        {KillPoint::AfterDelay, 120}, {KillPoint::AfterDelay, 400}};
    int killedMidWrite = 0;
    for (const Attempt &attempt : attempts) {
        SCOPED_TRACE("kill point " + std::to_string(static_cast<int>(attempt.point)) + ", delay "
                     + std::to_string(attempt.delayMs) + " ms");
        // Each attempt starts from the old set and an empty blob area for the new one.
        {
            auto store = openStore(storeDir);
            ASSERT_TRUE(store);
            ASSERT_TRUE(store->storeJob({.runId = "1", .jobName = "build", .workspaceDir = oldWs, .paths = {"."}}).ok());
            ASSERT_TRUE(store->collectGarbage().ok());
        }
        const bool killed = storeAndKill(storeDir, newWs, attempt.point, attempt.delayMs);
        if (attempt.point != KillPoint::AfterDelay) {
            ASSERT_TRUE(killed) << "the child must die mid-write";
        }

        auto store = openStore(storeDir);
        ASSERT_TRUE(store);
        if (killed && !fs::is_empty(storeDir + "/tmp"))
            ++killedMidWrite;
        // Old or new, whole: the manifest reads, every blob it names is intact.
        ArtifactManifest m;
        const ArtifactStatus s = store->manifest("1", "build", &m);
        ASSERT_TRUE(s.ok()) << s.message;
        ASSERT_TRUE(m.files.size() == 1 || m.files.size() == 24) << m.files.size();
        std::vector<IntegrityProblem> problems;
        ASSERT_TRUE(store->verify(&problems).ok());
        EXPECT_TRUE(problems.empty()) << problems.front().message;
        const std::string target = tmp.sub("restored");
        fs::remove_all(target);
        ASSERT_TRUE(store->restoreJob("1", "build", target).ok());
        const std::string &source = m.files.size() == 1 ? oldWs : newWs;
        for (const ArtifactFile &file : m.files)
            EXPECT_EQ(readFile(target + "/" + file.path), readFile(source + "/" + file.path)) << file.path;

        // gc: temp files and blobs of the unfinished set go, the live set stays.
        GcReport gc;
        ASSERT_TRUE(store->collectGarbage(&gc).ok());
        EXPECT_TRUE(fs::is_empty(storeDir + "/tmp"));
        ArtifactStats stats;
        ASSERT_TRUE(store->stats(&stats).ok());
        EXPECT_EQ(stats.garbageBlobs, 0u);
        EXPECT_EQ(stats.garbageBytes, 0u);
        EXPECT_EQ(stats.blobs, filesUnder(storeDir + "/blobs"));
        EXPECT_EQ(stats.storedBytes, bytesUnder(storeDir + "/blobs"));
        ASSERT_TRUE(store->verify(&problems).ok());
        EXPECT_TRUE(problems.empty());
    }
    EXPECT_GE(killedMidWrite, 2) << "the hooked kills land with a temp file in tmp/";
}

TEST(ArtifactIntegrity, AFileChangedWhileItIsStoredIsRefused)
{
    TempDir tmp;
    const std::string ws = tmp.sub("ws");
    writeFile(ws + "/growing.log", textBytes(6 << 20, 31)); // above 4 MiB: hashed, then compressed
    ArtifactStoreOptions options;
    bool changed = false;
    options.onChunkWritten = [&](std::uint64_t) {
        if (changed)
            return;
        changed = true;
        // The job (or a stray process) rewrites the file during the second pass.
        const int fd = ::open((ws + "/growing.log").c_str(), O_WRONLY);
        ASSERT_GE(fd, 0);
        ASSERT_EQ(::pwrite(fd, "CHANGED", 7, 5 << 20), 7);
        ::close(fd);
    };
    auto store = openStore(tmp.sub("store"), options);
    ASSERT_TRUE(store);
    const ArtifactStatus s = store->storeJob({.runId = "1", .jobName = "j", .workspaceDir = ws, .paths = {"growing.log"}});
    EXPECT_EQ(s.code, ArtifactErrorCode::Io);
    EXPECT_EQ(s.message, "artifact path \"growing.log\": growing.log: the file changed while it was being stored");
    ArtifactManifest m;
    EXPECT_EQ(store->manifest("1", "j", &m).code, ArtifactErrorCode::NotFound);
    EXPECT_EQ(filesUnder(tmp.sub("store/blobs")), 0u);
    EXPECT_TRUE(fs::is_empty(tmp.sub("store/tmp"))) << "the failed blob's temp file is gone";
}

TEST(ArtifactIntegrity, ConcurrentWritersAndGcNeverLoseABlobAManifestNames)
{
    TempDir tmp;
    const std::string storeDir = tmp.sub("store");
    const std::string ws = tmp.sub("ws");
    // Content shared between runs (the dedupe hits gc must not pull away)
    // and content unique to each run (what gc frees once a run is deleted).
    for (int i = 0; i < 12; ++i)
        writeFile(ws + "/shared/lib" + std::to_string(i) + ".a", textBytes(20'000 + 1000 * i, 200 + i));
    ASSERT_TRUE(openStore(storeDir));

    const auto writer = [&](int id) {
        ArtifactStatus status;
        auto store = ArtifactStore::open(storeDir, {}, &status);
        if (!store)
            ::_exit(2);
        const std::string own = tmp.sub("ws-" + std::to_string(id));
        for (int run = 0; run < 25; ++run) {
            const std::string runId = std::to_string(id) + "-" + std::to_string(run);
            fs::create_directories(own);
            fs::copy(ws + "/shared", own + "/shared", fs::copy_options::recursive | fs::copy_options::overwrite_existing);
            writeFile(own + "/unique.txt", textBytes(5000, static_cast<std::uint32_t>(1000 * id + run)));
            status = store->storeJob({.runId = runId, .jobName = "build", .workspaceDir = own, .paths = {"."}});
            if (!status.ok())
                ::_exit(3);
            // Keep the last three runs, like a short retention.
            if (run >= 3 && !store->deleteRun(std::to_string(id) + "-" + std::to_string(run - 3)).ok())
                ::_exit(4);
        }
        ::_exit(0);
    };
    std::vector<pid_t> children;
    for (int id = 0; id < 2; ++id) {
        const pid_t pid = ::fork();
        if (pid == 0)
            writer(id);
        children.push_back(pid);
    }
    // gc as often as it can get the lock while the writers work.
    auto store = openStore(storeDir);
    ASSERT_TRUE(store);
    int finished = 0, collections = 0;
    std::size_t freed = 0;
    while (finished < 2) {
        GcReport gc;
        ASSERT_TRUE(store->collectGarbage(&gc).ok());
        ++collections;
        freed += gc.blobsRemoved;
        for (pid_t &pid : children) {
            int wstatus = 0;
            if (pid > 0 && ::waitpid(pid, &wstatus, WNOHANG) == pid) {
                EXPECT_TRUE(WIFEXITED(wstatus) && WEXITSTATUS(wstatus) == 0) << "writer exit " << WEXITSTATUS(wstatus);
                pid = -1;
                ++finished;
            }
        }
    }
    EXPECT_GT(collections, 1);
    EXPECT_GT(freed, 0u) << "deleted runs' unique blobs were collected while writers ran";

    std::vector<ManifestSummary> listed;
    ASSERT_TRUE(store->list(&listed).ok());
    EXPECT_EQ(listed.size(), 6u); // three runs per writer
    std::vector<IntegrityProblem> problems;
    ASSERT_TRUE(store->verify(&problems).ok());
    EXPECT_TRUE(problems.empty()) << problems.front().message;
    for (const ManifestSummary &m : listed) {
        const std::string target = tmp.sub("restore-" + m.id.runId);
        const ArtifactStatus s = store->restoreJob(m.id.runId, m.id.jobName, target);
        EXPECT_TRUE(s.ok()) << s.message;
        EXPECT_EQ(readFile(target + "/shared/lib3.a"), readFile(ws + "/shared/lib3.a"));
    }
    GcReport gc;
    ASSERT_TRUE(store->collectGarbage(&gc).ok());
    ArtifactStats stats;
    ASSERT_TRUE(store->stats(&stats).ok());
    EXPECT_EQ(stats.blobs, 12u + 6u);
    EXPECT_EQ(stats.blobs, filesUnder(storeDir + "/blobs"));
}

TEST(ArtifactIntegrity, ThreadsShareOneStoreObjectWhileGcRuns)
{
    TempDir tmp;
    const std::string ws = tmp.sub("ws");
    for (int i = 0; i < 8; ++i)
        writeFile(ws + "/shared/part" + std::to_string(i) + ".bin", textBytes(30'000 + 500 * i, 300 + i));
    auto store = openStore(tmp.sub("store"));
    ASSERT_TRUE(store);

    std::atomic<int> failures{0};
    std::atomic<bool> done{false};
    std::vector<std::thread> workers;
    for (int id = 0; id < 3; ++id) {
        workers.emplace_back([&, id] {
            const std::string own = tmp.sub("ws-" + std::to_string(id));
            fs::create_directories(own);
            fs::copy(ws + "/shared", own + "/shared", fs::copy_options::recursive);
            for (int run = 0; run < 12; ++run) {
                const std::string runId = std::to_string(id) + "-" + std::to_string(run);
                writeFile(own + "/unique.txt", textBytes(4000, static_cast<std::uint32_t>(100 * id + run)));
                if (!store->storeJob({.runId = runId, .jobName = "build", .workspaceDir = own, .paths = {"."}}).ok())
                    ++failures;
                // Restore into one folder shared by all threads: temp names must not collide.
                if (!store->restoreJob(runId, "build", tmp.sub("shared-target")).ok())
                    ++failures;
                if (run >= 2 && !store->deleteRun(std::to_string(id) + "-" + std::to_string(run - 2)).ok())
                    ++failures;
            }
        });
    }
    std::thread collector([&] {
        while (!done) {
            if (!store->collectGarbage().ok())
                ++failures;
        }
    });
    for (std::thread &t : workers)
        t.join();
    done = true;
    collector.join();
    EXPECT_EQ(failures.load(), 0);

    std::vector<ManifestSummary> listed;
    ASSERT_TRUE(store->list(&listed).ok());
    EXPECT_EQ(listed.size(), 6u);
    std::vector<IntegrityProblem> problems;
    ASSERT_TRUE(store->verify(&problems).ok());
    EXPECT_TRUE(problems.empty()) << problems.front().message;
    ASSERT_TRUE(store->collectGarbage().ok());
    ArtifactStats stats;
    ASSERT_TRUE(store->stats(&stats).ok());
    EXPECT_EQ(stats.blobs, 8u + 6u);
    EXPECT_EQ(stats.blobs, filesUnder(tmp.sub("store/blobs")));
    EXPECT_TRUE(fs::is_empty(tmp.sub("store/tmp")));
}
