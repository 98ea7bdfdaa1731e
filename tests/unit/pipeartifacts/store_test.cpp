// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// Storing, listing, restoring and deleting job artifacts on a real folder;
// dedupe across runs; compression skipped where it does not pay; stats
// checked against the files actually on disk.
#include "artifacttestutil.h"

#include <QByteArray>
#include <QCryptographicHash>

#include <map>
#include <set>

using namespace OpsDeck::Pipelines;
using namespace OpsDeck::Pipelines::Test;

namespace {

/** A small build tree: text, a binary, an executable, a nested folder. */
void makeBuildTree(const std::string &ws, std::uint32_t seed)
{
    writeFile(ws + "/build/app", randomBytes(70'000, seed), fs::perms(0755));
    writeFile(ws + "/build/app.map", textBytes(120'000, seed + 1));
    writeFile(ws + "/build/lib/libcore.a", textBytes(60'000, 7)); // same in every build
    writeFile(ws + "/build/lib/empty.txt", "");
    // Appended, not "a" + to_string() + "b": GCC 12 at -O3 misreports that as out of bounds.
    std::string html = "<html>docs of build ";
    html += std::to_string(seed);
    html += "</html>\n";
    writeFile(ws + "/build/docs/index.html", html);
    writeFile(ws + "/notes.txt", "not an artifact\n");
}

std::map<std::string, std::string> filesOf(const std::string &dir)
{
    std::map<std::string, std::string> out;
    for (const auto &entry : fs::recursive_directory_iterator(dir)) {
        if (entry.is_regular_file())
            out[fs::relative(entry.path(), dir).string()] = readFile(entry.path().string());
    }
    return out;
}

} // namespace

TEST(ArtifactStore, StoresListsAndRestoresAJobsFiles)
{
    TempDir tmp;
    const std::string ws = tmp.sub("ws");
    makeBuildTree(ws, 1);
    auto store = openStore(tmp.sub("store"));
    ASSERT_TRUE(store);

    StoreReport report;
    ArtifactStatus status = store->storeJob({.runId = "1042", .jobName = "build linux", .workspaceDir = ws,
                                             .paths = {"build"}, .expireIn = "1 week"},
                                            &report);
    ASSERT_TRUE(status.ok()) << status.message;
    EXPECT_EQ(report.files, 5u);
    EXPECT_EQ(report.newBlobs, 5u);
    EXPECT_EQ(report.dedupedFiles, 0u);
    EXPECT_EQ(report.logicalBytes, bytesUnder(ws + "/build"));

    ArtifactManifest manifest;
    ASSERT_TRUE(store->manifest("1042", "build linux", &manifest).ok());
    ASSERT_EQ(manifest.files.size(), 5u);
    EXPECT_EQ(manifest.files[0].path, "build/app");
    EXPECT_EQ(manifest.files[0].mode, 0755u);
    EXPECT_EQ(manifest.files[0].size, 70'000u);
    EXPECT_EQ(manifest.files[1].path, "build/app.map");
    EXPECT_EQ(manifest.files[1].mode, 0644u);
    EXPECT_EQ(manifest.expireIn, "1 week");

    std::vector<ManifestSummary> listed;
    ASSERT_TRUE(store->list(&listed).ok());
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed[0].id, (ManifestId{"1042", "build linux"}));
    EXPECT_EQ(listed[0].files, 5u);
    EXPECT_EQ(listed[0].expiresAt, listed[0].createdAt + 7 * 86400);

    const std::string target = tmp.sub("next-job");
    RestoreReport restored;
    status = store->restoreJob("1042", "build linux", target, &restored);
    ASSERT_TRUE(status.ok()) << status.message;
    EXPECT_EQ(restored.files, 5u);
    auto expected = filesOf(ws);
    expected.erase("notes.txt");
    EXPECT_EQ(filesOf(target), expected);
    EXPECT_EQ(fs::status(target + "/build/app").permissions() & fs::perms::all, fs::perms(0755));
    EXPECT_EQ(fs::status(target + "/build/app.map").permissions() & fs::perms::all, fs::perms(0644));
}

TEST(ArtifactStore, SameContentIsStoredOnceAcrossRuns)
{
    TempDir tmp;
    const std::string ws1 = tmp.sub("ws1"), ws2 = tmp.sub("ws2");
    makeBuildTree(ws1, 1);
    makeBuildTree(ws2, 2); // app, app.map and index.html differ; libcore.a and empty.txt do not
    auto store = openStore(tmp.sub("store"));
    ASSERT_TRUE(store);

    StoreReport first, second, third;
    ASSERT_TRUE(store->storeJob({.runId = "1", .jobName = "build", .workspaceDir = ws1, .paths = {"build"}}, &first).ok());
    const std::size_t blobsAfterFirst = filesUnder(tmp.sub("store/blobs"));
    ASSERT_TRUE(store->storeJob({.runId = "2", .jobName = "build", .workspaceDir = ws2, .paths = {"build"}}, &second).ok());
    EXPECT_EQ(second.dedupedFiles, 2u);
    EXPECT_EQ(second.newBlobs, 3u);
    EXPECT_EQ(filesUnder(tmp.sub("store/blobs")), blobsAfterFirst + 3);

    // The very same tree again (a re-run): nothing new is written at all.
    const std::uint64_t bytesBefore = bytesUnder(tmp.sub("store/blobs"));
    ASSERT_TRUE(store->storeJob({.runId = "3", .jobName = "build", .workspaceDir = ws1, .paths = {"build"}}, &third).ok());
    EXPECT_EQ(third.newBlobs, 0u);
    EXPECT_EQ(third.dedupedFiles, 5u);
    EXPECT_EQ(third.writtenBytes, 0u);
    EXPECT_EQ(bytesUnder(tmp.sub("store/blobs")), bytesBefore);

    // Two files of one job with the same content share a blob too.
    writeFile(ws1 + "/copy/a.bin", randomBytes(5000, 9));
    writeFile(ws1 + "/copy/b.bin", randomBytes(5000, 9));
    StoreReport copies;
    ASSERT_TRUE(store->storeJob({.runId = "4", .jobName = "copies", .workspaceDir = ws1, .paths = {"copy"}}, &copies).ok());
    EXPECT_EQ(copies.newBlobs, 1u);
    EXPECT_EQ(copies.dedupedFiles, 1u);
}

TEST(ArtifactStore, CompressesTextAndKeepsIncompressibleContentRaw)
{
    TempDir tmp;
    const std::string ws = tmp.sub("ws");
    const std::string text = textBytes(300'000, 3);
    const std::string noise = randomBytes(300'000, 4);
    writeFile(ws + "/report.txt", text);
    writeFile(ws + "/bundle.tar.gz", noise);
    auto store = openStore(tmp.sub("store"));
    ASSERT_TRUE(store);
    StoreReport report;
    ASSERT_TRUE(store->storeJob({.runId = "7", .jobName = "pack", .workspaceDir = ws, .paths = {"report.txt", "bundle.tar.gz"}},
                                &report)
                    .ok());
    EXPECT_EQ(report.rawBlobs, 1u);

    ArtifactManifest m;
    ASSERT_TRUE(store->manifest("7", "pack", &m).ok());
    ASSERT_EQ(m.files.size(), 2u);
    const auto blobFile = [&](const ArtifactFile &f) {
        return tmp.sub("store/blobs/" + f.blob.substr(0, 2) + "/" + f.blob);
    };
    // bundle.tar.gz sorts first: stored raw, exactly header + content,
    // named by the SHA-256 of that content (checked with Qt's own SHA-256).
    EXPECT_EQ(m.files[0].path, "bundle.tar.gz");
    const auto sha256 = [](const std::string &data) {
        return QCryptographicHash::hash(QByteArray::fromStdString(data), QCryptographicHash::Sha256).toHex().toStdString();
    };
    EXPECT_EQ(m.files[0].blob, sha256(noise));
    EXPECT_EQ(m.files[1].blob, sha256(text));
    EXPECT_EQ(fs::file_size(blobFile(m.files[0])), 16 + noise.size());
    EXPECT_EQ(readFile(blobFile(m.files[0])).substr(16), noise);
    // The text shrinks to well under half.
    EXPECT_LT(fs::file_size(blobFile(m.files[1])), text.size() / 2);

    ArtifactStats stats;
    ASSERT_TRUE(store->stats(&stats).ok());
    EXPECT_EQ(stats.rawBlobs, 1u);
}

TEST(ArtifactStore, StreamsLargeFilesAndFallsBackToRawWhenTheProbeWasWrong)
{
    TempDir tmp;
    const std::string ws = tmp.sub("ws");
    // Above the 4 MiB in-memory limit: hashed, then compressed in a second pass.
    const std::string big = textBytes(9 << 20, 11);
    // A compressible first megabyte (the probe) on an incompressible body.
    const std::string tricky = std::string(1 << 20, 'x') + randomBytes(7 << 20, 12);
    const std::string noisy = randomBytes(6 << 20, 13);
    writeFile(ws + "/big.log", big);
    writeFile(ws + "/tricky.bin", tricky);
    writeFile(ws + "/noisy.bin", noisy);
    // Compression must save a fifth to be kept: tricky.bin's 1/8 is not enough.
    ArtifactStoreOptions options;
    options.minSavingPerMille = 200;
    auto store = openStore(tmp.sub("store"), options);
    ASSERT_TRUE(store);
    StoreReport report;
    const auto status = store->storeJob({.runId = "8", .jobName = "big", .workspaceDir = ws, .paths = {"."}}, &report);
    ASSERT_TRUE(status.ok()) << status.message;
    EXPECT_EQ(report.files, 3u);
    EXPECT_EQ(report.newBlobs, 3u);
    // tricky.bin: compressed would be ~7/8 of the size, under the bar; noisy.bin: raw from the probe.
    EXPECT_EQ(report.rawBlobs, 2u);
    ArtifactStats stats;
    ASSERT_TRUE(store->stats(&stats).ok());
    EXPECT_EQ(stats.rawBlobs, 2u);
    EXPECT_LT(stats.storedBytes, big.size() / 2 + tricky.size() + noisy.size() + 3 * 16);

    const std::string target = tmp.sub("out");
    ASSERT_TRUE(store->restoreJob("8", "big", target).ok());
    EXPECT_EQ(readFile(target + "/big.log"), big);
    EXPECT_EQ(readFile(target + "/tricky.bin"), tricky);
    EXPECT_EQ(readFile(target + "/noisy.bin"), noisy);

    // Storing the same large file again is a dedupe hit (one read, no write).
    StoreReport again;
    ASSERT_TRUE(store->storeJob({.runId = "9", .jobName = "big", .workspaceDir = ws, .paths = {"big.log"}}, &again).ok());
    EXPECT_EQ(again.newBlobs, 0u);
    EXPECT_EQ(again.dedupedFiles, 1u);
}

TEST(ArtifactStore, StatsMatchTheFilesOnDisk)
{
    TempDir tmp;
    const std::string ws1 = tmp.sub("ws1"), ws2 = tmp.sub("ws2");
    makeBuildTree(ws1, 1);
    makeBuildTree(ws2, 2);
    auto store = openStore(tmp.sub("store"));
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->storeJob({.runId = "1", .jobName = "build", .workspaceDir = ws1, .paths = {"build"}}).ok());
    ASSERT_TRUE(store->storeJob({.runId = "2", .jobName = "build", .workspaceDir = ws2, .paths = {"build"}}).ok());
    ASSERT_TRUE(store->storeJob({.runId = "2", .jobName = "docs", .workspaceDir = ws2, .paths = {"build/docs"}}).ok());

    ArtifactStats stats;
    ASSERT_TRUE(store->stats(&stats).ok());
    EXPECT_EQ(stats.manifests, 3u);
    EXPECT_EQ(stats.files, 5u + 5u + 1u);
    const std::uint64_t logical =
        bytesUnder(ws1 + "/build") + bytesUnder(ws2 + "/build") + bytesUnder(ws2 + "/build/docs");
    EXPECT_EQ(stats.logicalBytes, logical);

    // Distinct contents, counted by the test from the source files.
    std::set<std::string> distinct;
    for (const std::string &dir : {ws1 + "/build", ws2 + "/build"}) {
        for (const auto &entry : fs::recursive_directory_iterator(dir)) {
            if (entry.is_regular_file())
                distinct.insert(readFile(entry.path().string()));
        }
    }
    std::uint64_t unique = 0;
    for (const std::string &content : distinct)
        unique += content.size();
    EXPECT_EQ(stats.blobs, distinct.size());
    EXPECT_EQ(stats.uniqueBytes, unique);
    EXPECT_EQ(stats.blobs, filesUnder(tmp.sub("store/blobs")));
    EXPECT_EQ(stats.storedBytes, bytesUnder(tmp.sub("store/blobs")));
    EXPECT_EQ(stats.manifestBytes, bytesUnder(tmp.sub("store/manifests")));
    EXPECT_EQ(stats.garbageBlobs, 0u);
    EXPECT_EQ(stats.garbageBytes, 0u);
    EXPECT_DOUBLE_EQ(stats.dedupeRatio(), static_cast<double>(logical) / static_cast<double>(unique));
    EXPECT_DOUBLE_EQ(stats.compressionRatio(),
                     static_cast<double>(unique) / static_cast<double>(bytesUnder(tmp.sub("store/blobs"))));
    EXPECT_GT(stats.dedupeRatio(), 1.0);
    EXPECT_GT(stats.compressionRatio(), 1.0);

    // Deleting run 1 leaves its unique blobs as garbage until gc.
    ASSERT_TRUE(store->deleteRun("1").ok());
    ArtifactStats after;
    ASSERT_TRUE(store->stats(&after).ok());
    EXPECT_EQ(after.manifests, 2u);
    EXPECT_EQ(after.garbageBlobs, 3u);
    EXPECT_EQ(after.storedBytes + after.garbageBytes, bytesUnder(tmp.sub("store/blobs")));
}

TEST(ArtifactStore, DeletingManifestsFreesOnlyBlobsNoManifestUses)
{
    TempDir tmp;
    const std::string ws1 = tmp.sub("ws1"), ws2 = tmp.sub("ws2");
    makeBuildTree(ws1, 1);
    makeBuildTree(ws2, 2);
    auto store = openStore(tmp.sub("store"));
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->storeJob({.runId = "1", .jobName = "build", .workspaceDir = ws1, .paths = {"build"}}).ok());
    ASSERT_TRUE(store->storeJob({.runId = "2", .jobName = "build", .workspaceDir = ws2, .paths = {"build"}}).ok());
    const std::uint64_t before = bytesUnder(tmp.sub("store/blobs"));

    ASSERT_TRUE(store->deleteJob("1", "build").ok());
    EXPECT_FALSE(fs::exists(tmp.sub("store/manifests/1"))) << "an emptied run folder goes too";
    EXPECT_EQ(store->deleteJob("1", "build").code, ArtifactErrorCode::NotFound);
    GcReport gc;
    ASSERT_TRUE(store->collectGarbage(&gc).ok());
    EXPECT_EQ(gc.blobsRemoved, 3u); // app, app.map, index.html of run 1
    EXPECT_EQ(gc.blobsKept, 5u);
    EXPECT_EQ(gc.bytesFreed, before - bytesUnder(tmp.sub("store/blobs")));

    // Run 2 is whole, including the blobs it shared with run 1.
    const std::string target = tmp.sub("out");
    ASSERT_TRUE(store->restoreJob("2", "build", target).ok());
    EXPECT_EQ(readFile(target + "/build/lib/libcore.a"), readFile(ws2 + "/build/lib/libcore.a"));
    std::vector<IntegrityProblem> problems;
    ASSERT_TRUE(store->verify(&problems).ok());
    EXPECT_TRUE(problems.empty());

    ASSERT_TRUE(store->deleteJob("2", "build").ok());
    ASSERT_TRUE(store->collectGarbage(&gc).ok());
    EXPECT_EQ(gc.blobsKept, 0u);
    EXPECT_EQ(filesUnder(tmp.sub("store/blobs")), 0u);
}

TEST(ArtifactStore, ARetriedJobReplacesItsSetAndOddJobNamesWork)
{
    TempDir tmp;
    const std::string ws = tmp.sub("ws");
    writeFile(ws + "/out.txt", "first try\n");
    auto store = openStore(tmp.sub("store"));
    ASSERT_TRUE(store);
    const std::string job = "test: [linux, 1/2] ünïcode";
    ASSERT_TRUE(store->storeJob({.runId = "r-5", .jobName = job, .workspaceDir = ws, .paths = {"out.txt"}}).ok());
    writeFile(ws + "/out.txt", "second try\n");
    ASSERT_TRUE(store->storeJob({.runId = "r-5", .jobName = job, .workspaceDir = ws, .paths = {"out.txt"}}).ok());
    std::vector<ManifestSummary> listed;
    ASSERT_TRUE(store->list(&listed).ok());
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed[0].id.jobName, job);
    EXPECT_EQ(filesUnder(tmp.sub("store/manifests")), 1u);
    ASSERT_TRUE(store->restoreJob("r-5", job, tmp.sub("out")).ok());
    EXPECT_EQ(readFile(tmp.sub("out/out.txt")), "second try\n");

    // A job name too long for a file name is stored under its hash.
    const std::string longName(190, 'j');
    ASSERT_TRUE(store->storeJob({.runId = "r-5", .jobName = longName + "/x", .workspaceDir = ws, .paths = {"out.txt"}}).ok());
    ArtifactManifest m;
    ASSERT_TRUE(store->manifest("r-5", longName + "/x", &m).ok());
    EXPECT_EQ(m.jobName, longName + "/x");
}

TEST(ArtifactStore, RejectsBadRequestsWithClearMessages)
{
    TempDir tmp;
    const std::string ws = tmp.sub("ws");
    writeFile(ws + "/a.txt", "a");
    auto store = openStore(tmp.sub("store"));
    ASSERT_TRUE(store);
    ArtifactStatus s = store->storeJob({.runId = "../1", .jobName = "b", .workspaceDir = ws, .paths = {"a.txt"}});
    EXPECT_EQ(s.code, ArtifactErrorCode::InvalidArgument);
    EXPECT_NE(s.message.find("run id \"../1\""), std::string::npos) << s.message;
    s = store->storeJob({.runId = "1", .jobName = "", .workspaceDir = ws, .paths = {"a.txt"}});
    EXPECT_EQ(s.code, ArtifactErrorCode::InvalidArgument);
    s = store->storeJob({.runId = "1", .jobName = "b", .workspaceDir = ws, .paths = {"a.txt"}, .expireIn = "3 fortnights"});
    EXPECT_EQ(s.code, ArtifactErrorCode::InvalidArgument);
    EXPECT_EQ(s.message, "expire_in \"3 fortnights\": column 3: unknown unit \"fortnights\" "
                         "(use seconds, minutes, hours, days, weeks, months or years)");
    s = store->storeJob({.runId = "1", .jobName = "b", .workspaceDir = ws, .paths = {"missing/file"}});
    EXPECT_EQ(s.code, ArtifactErrorCode::InvalidArgument);
    EXPECT_EQ(s.message, "artifact path \"missing/file\": no such file or folder in the job workspace");
    s = store->storeJob({.runId = "1", .jobName = "b", .workspaceDir = ws, .paths = {}});
    EXPECT_EQ(s.message, "no artifact paths given");
    EXPECT_EQ(store->restoreJob("1", "b", tmp.sub("out")).code, ArtifactErrorCode::NotFound);
    // Nothing was stored by any of these.
    EXPECT_EQ(filesUnder(tmp.sub("store/blobs")), 0u);
    EXPECT_EQ(filesUnder(tmp.sub("store/manifests")), 0u);
}

TEST(ArtifactStore, RefusesAStoreWrittenByANewerVersion)
{
    TempDir tmp;
    writeFile(tmp.sub("store/FORMAT"), "opsdeck-artifacts 2\n");
    ArtifactStatus status;
    EXPECT_FALSE(ArtifactStore::open(tmp.sub("store"), {}, &status));
    EXPECT_EQ(status.code, ArtifactErrorCode::NewerFormat);
    EXPECT_NE(status.message.find("format \"2\""), std::string::npos) << status.message;
    EXPECT_FALSE(fs::exists(tmp.sub("store/blobs"))) << "refused untouched";
    EXPECT_FALSE(fs::exists(tmp.sub("store/LOCK")));
    writeFile(tmp.sub("other/FORMAT"), "something else\n");
    EXPECT_FALSE(ArtifactStore::open(tmp.sub("other"), {}, &status));
    EXPECT_EQ(status.code, ArtifactErrorCode::Corrupt);
}

TEST(ArtifactStore, ManyFilesAreCommittedInBatchesAndAllComeBack)
{
    TempDir tmp;
    const std::string ws = tmp.sub("ws");
    // More files than one batch of pending blobs (256), a few duplicates.
    for (int i = 0; i < 300; ++i)
        writeFile(ws + "/out/" + std::to_string(i % 7) + "/f" + std::to_string(i) + ".txt",
                  textBytes(200 + static_cast<std::size_t>(i % 280) * 10, static_cast<std::uint32_t>(i % 280)));
    auto store = openStore(tmp.sub("store"));
    ASSERT_TRUE(store);
    StoreReport report;
    const ArtifactStatus s = store->storeJob({.runId = "1", .jobName = "many", .workspaceDir = ws, .paths = {"out"}}, &report);
    ASSERT_TRUE(s.ok()) << s.message;
    EXPECT_EQ(report.files, 300u);
    EXPECT_EQ(report.newBlobs, 280u) << "files i and i+280 have the same content";
    EXPECT_EQ(report.dedupedFiles, 20u);
    EXPECT_EQ(filesUnder(tmp.sub("store/blobs")), 280u);
    EXPECT_TRUE(fs::is_empty(tmp.sub("store/tmp")));
    ASSERT_TRUE(store->restoreJob("1", "many", tmp.sub("restored")).ok());
    EXPECT_EQ(filesOf(tmp.sub("restored")), filesOf(ws));
    std::vector<IntegrityProblem> problems;
    ASSERT_TRUE(store->verify(&problems).ok());
    EXPECT_TRUE(problems.empty());
}

TEST(ArtifactStore, ReadersCanOpenWithoutCreating)
{
    TempDir tmp;
    ArtifactStoreOptions readOnly;
    readOnly.createIfMissing = false;
    ArtifactStatus status;
    EXPECT_FALSE(ArtifactStore::open(tmp.sub("none"), readOnly, &status));
    EXPECT_EQ(status.code, ArtifactErrorCode::NotFound);
    EXPECT_EQ(status.message, "no artifact store in " + tmp.sub("none"));
    EXPECT_FALSE(fs::exists(tmp.sub("none")));

    ASSERT_TRUE(openStore(tmp.sub("made")));
    EXPECT_EQ(readFile(tmp.sub("made/FORMAT")), "opsdeck-artifacts 1\n");
    auto reader = ArtifactStore::open(tmp.sub("made"), readOnly, &status);
    ASSERT_TRUE(reader) << status.message;
    ArtifactStats stats;
    ASSERT_TRUE(reader->stats(&stats).ok());
    EXPECT_EQ(stats.manifests, 0u);
    EXPECT_DOUBLE_EQ(stats.dedupeRatio(), 1.0);
    EXPECT_DOUBLE_EQ(stats.compressionRatio(), 1.0);
}
