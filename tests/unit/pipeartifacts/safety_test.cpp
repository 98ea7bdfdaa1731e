// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// Nothing outside the job workspace is read, nothing outside the restore
// folder is written: "..", absolute paths, symlinks out of the workspace,
// symlinks planted in the restore folder, manifests edited to escape.
#include "artifacttestutil.h"

using namespace OpsDeck::Pipelines;
using namespace OpsDeck::Pipelines::Test;

TEST(ArtifactPath, NormalisesRelativePathsAndRejectsEscapes)
{
    std::string out, error;
    ASSERT_TRUE(normaliseArtifactPath("./build//bin/app/", &out, &error));
    EXPECT_EQ(out, "build/bin/app");
    ASSERT_TRUE(normaliseArtifactPath("a..b/.hidden", &out, &error));
    EXPECT_EQ(out, "a..b/.hidden");

    EXPECT_FALSE(normaliseArtifactPath("../secret.txt", &out, &error));
    EXPECT_EQ(error, "artifact path \"../secret.txt\": \"..\" is not allowed (paths must stay inside the job workspace)");
    EXPECT_FALSE(normaliseArtifactPath("build/../../x", &out, &error));
    EXPECT_FALSE(normaliseArtifactPath("/etc/passwd", &out, &error));
    EXPECT_EQ(error, "artifact path \"/etc/passwd\": absolute paths are not allowed (paths are relative to the job workspace)");
    EXPECT_FALSE(normaliseArtifactPath("", &out, &error));
    EXPECT_FALSE(normaliseArtifactPath("./", &out, &error));
    EXPECT_FALSE(normaliseArtifactPath(std::string_view("a\nb"), &out, &error));
    EXPECT_EQ(error, "artifact path \"a\nb\": control characters are not allowed");
}

TEST(ArtifactPath, RejectsEscapingRequestPaths)
{
    TempDir tmp;
    const std::string ws = tmp.sub("ws");
    writeFile(tmp.sub("secret.txt"), "outside\n");
    writeFile(ws + "/a.txt", "a");
    auto store = openStore(tmp.sub("store"));
    ASSERT_TRUE(store);
    ArtifactStatus s = store->storeJob({.runId = "1", .jobName = "j", .workspaceDir = ws, .paths = {"../secret.txt"}});
    EXPECT_EQ(s.code, ArtifactErrorCode::UnsafePath);
    EXPECT_NE(s.message.find("\"..\" is not allowed"), std::string::npos) << s.message;
    s = store->storeJob({.runId = "1", .jobName = "j", .workspaceDir = ws, .paths = {tmp.sub("secret.txt")}});
    EXPECT_EQ(s.code, ArtifactErrorCode::UnsafePath);
    EXPECT_NE(s.message.find("absolute paths are not allowed"), std::string::npos) << s.message;
}

TEST(ArtifactPath, SymlinksOutOfTheWorkspaceAreRejectedInsideOnesFollowed)
{
    TempDir tmp;
    const std::string ws = tmp.sub("ws");
    writeFile(tmp.sub("secret.txt"), "outside\n");
    writeFile(ws + "/build/real.txt", "inside\n");
    fs::create_directories(ws + "/build/sub");
    fs::create_symlink("real.txt", ws + "/build/alias.txt");            // inside: followed
    fs::create_symlink("../real.txt", ws + "/build/sub/up.txt");        // inside via "..": followed
    fs::create_symlink("sub", ws + "/build/subdir-link");               // folder: not followed
    fs::create_symlink("gone.txt", ws + "/build/dangling.txt");         // dangling: skipped
    auto store = openStore(tmp.sub("store"));
    ASSERT_TRUE(store);
    StoreReport report;
    ArtifactStatus s = store->storeJob({.runId = "1", .jobName = "j", .workspaceDir = ws, .paths = {"build"}}, &report);
    ASSERT_TRUE(s.ok()) << s.message;
    EXPECT_EQ(report.files, 3u);
    EXPECT_EQ(report.dedupedFiles, 2u) << "alias.txt and sub/up.txt are real.txt's content";
    ASSERT_EQ(report.warnings.size(), 2u);
    EXPECT_EQ(report.warnings[0], "build/dangling.txt: dangling symlink skipped");
    EXPECT_EQ(report.warnings[1], "build/subdir-link: symlink to a folder not followed");
    ASSERT_TRUE(store->restoreJob("1", "j", tmp.sub("out")).ok());
    EXPECT_EQ(readFile(tmp.sub("out/build/alias.txt")), "inside\n");
    EXPECT_FALSE(fs::is_symlink(tmp.sub("out/build/alias.txt"))) << "restored as a file";

    // A symlink pointing out, found while walking a folder: the whole store is refused.
    fs::create_symlink(tmp.sub("secret.txt"), ws + "/build/absolute.txt");
    s = store->storeJob({.runId = "2", .jobName = "j", .workspaceDir = ws, .paths = {"build"}});
    EXPECT_EQ(s.code, ArtifactErrorCode::UnsafePath);
    EXPECT_EQ(s.message, "artifact path \"build/absolute.txt\": symlink points outside the job workspace (not followed)");
    fs::remove(ws + "/build/absolute.txt");
    fs::create_symlink("../../secret.txt", ws + "/build/relative.txt");
    s = store->storeJob({.runId = "2", .jobName = "j", .workspaceDir = ws, .paths = {"build"}});
    EXPECT_EQ(s.code, ArtifactErrorCode::UnsafePath);
    // Named directly, and through a symlinked folder on the way.
    fs::create_symlink(tmp.path(), ws + "/up");
    s = store->storeJob({.runId = "2", .jobName = "j", .workspaceDir = ws, .paths = {"up/secret.txt"}});
    EXPECT_EQ(s.code, ArtifactErrorCode::UnsafePath);
    EXPECT_EQ(s.message, "artifact path \"up/secret.txt\": leads outside the job workspace through a symlink");
    ArtifactManifest m;
    EXPECT_EQ(store->manifest("2", "j", &m).code, ArtifactErrorCode::NotFound);
}

TEST(ArtifactPath, RestoreNeverWritesThroughASymlinkInTheTarget)
{
    TempDir tmp;
    const std::string ws = tmp.sub("ws");
    writeFile(ws + "/bin/tool", "#!/bin/sh\necho hi\n", fs::perms(0755));
    auto store = openStore(tmp.sub("store"));
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->storeJob({.runId = "1", .jobName = "j", .workspaceDir = ws, .paths = {"bin"}}).ok());

    const std::string target = tmp.sub("target"), elsewhere = tmp.sub("elsewhere");
    fs::create_directories(target);
    fs::create_directories(elsewhere);
    fs::create_symlink(elsewhere, target + "/bin");
    const ArtifactStatus s = store->restoreJob("1", "j", target);
    EXPECT_EQ(s.code, ArtifactErrorCode::UnsafePath);
    EXPECT_EQ(s.message, "artifact \"bin/tool\" of run 1, job \"j\": \"bin\" in the restore folder is a symlink "
                         "or not a folder; refusing to write through it");
    EXPECT_TRUE(fs::is_empty(elsewhere));

    // A symlink at the file's own name is replaced, not followed.
    fs::remove(target + "/bin");
    fs::create_directories(target + "/bin");
    writeFile(elsewhere + "/victim", "untouched\n");
    fs::create_symlink(elsewhere + "/victim", target + "/bin/tool");
    ASSERT_TRUE(store->restoreJob("1", "j", target).ok());
    EXPECT_FALSE(fs::is_symlink(target + "/bin/tool"));
    EXPECT_EQ(readFile(target + "/bin/tool"), "#!/bin/sh\necho hi\n");
    EXPECT_EQ(readFile(elsewhere + "/victim"), "untouched\n");
}

TEST(ArtifactPath, AManifestEditedToEscapeIsRefused)
{
    TempDir tmp;
    const std::string ws = tmp.sub("ws");
    writeFile(ws + "/ok.txt", "ok\n");
    auto store = openStore(tmp.sub("store"));
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->storeJob({.runId = "1", .jobName = "j", .workspaceDir = ws, .paths = {"ok.txt"}}).ok());
    const std::string path = tmp.sub("store/manifests/1/j.json");
    std::string text = readFile(path);
    const std::size_t at = text.find("\"ok.txt\"");
    ASSERT_NE(at, std::string::npos);
    text.replace(at, 8, "\"../../evil.txt\"");
    writeFile(path, text);

    const ArtifactStatus s = store->restoreJob("1", "j", tmp.sub("target"));
    EXPECT_EQ(s.code, ArtifactErrorCode::Corrupt);
    EXPECT_EQ(s.message, "manifests/1/j.json: field \"files[0].path\": artifact path \"../../evil.txt\": "
                         "\"..\" is not allowed (paths must stay inside the job workspace)");
    EXPECT_FALSE(fs::exists(tmp.sub("evil.txt")));
    // gc refuses to run over a manifest it cannot read: it might name blobs.
    GcReport gc;
    const ArtifactStatus g = store->collectGarbage(&gc);
    EXPECT_EQ(g.code, ArtifactErrorCode::Corrupt);
    EXPECT_EQ(filesUnder(tmp.sub("store/blobs")), 1u);

    writeFile(path, "{\n  \"format\": \"opsdeck-artifact-manifest\",\n  oops\n}\n");
    const ArtifactStatus j = store->restoreJob("1", "j", tmp.sub("target"));
    EXPECT_EQ(j.message, "manifests/1/j.json: line 3, column 3: not valid JSON");
}

TEST(ArtifactPath, OnlyPermissionBitsAreKeptNeverSetuid)
{
    TempDir tmp;
    const std::string ws = tmp.sub("ws");
    writeFile(ws + "/tool", "#!/bin/sh\n", fs::perms(0755) | fs::perms::set_uid | fs::perms::set_gid);
    writeFile(ws + "/private.key", "k\n", fs::perms(0600));
    auto store = openStore(tmp.sub("store"));
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->storeJob({.runId = "1", .jobName = "j", .workspaceDir = ws, .paths = {"."}}).ok());
    ArtifactManifest m;
    ASSERT_TRUE(store->manifest("1", "j", &m).ok());
    ASSERT_EQ(m.files.size(), 2u);
    EXPECT_EQ(m.files[0].mode, 0600u);
    EXPECT_EQ(m.files[1].mode, 0755u);
    EXPECT_NE(readFile(tmp.sub("store/manifests/1/j.json")).find("\"mode\":\"0755\""), std::string::npos);
    ASSERT_TRUE(store->restoreJob("1", "j", tmp.sub("out")).ok());
    EXPECT_EQ(fs::status(tmp.sub("out/tool")).permissions(), fs::perms(0755));
    EXPECT_EQ(fs::status(tmp.sub("out/private.key")).permissions(), fs::perms(0600));
}
