// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Blob files: hashing, compression and the on-disk blob format
// (docs/artifact-store.md, "Blob files"). Internal to the artifact store.

#include <cstdint>
#include <functional>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace OpsDeck::Pipelines::Internal {

constexpr std::size_t kBlobHeaderSize = 16;
constexpr std::size_t kHashHexSize = 64;

enum class BlobEncoding : std::uint8_t { Raw = 0, Zstd = 1 };

struct BlobHeader
{
    BlobEncoding encoding = BlobEncoding::Raw;
    std::uint64_t size = 0; ///< uncompressed bytes
};

bool isBlobHash(std::string_view text);

/** A name in \a tmpDir no other writer (thread or process) uses. */
std::string uniqueTempPath(const std::string &tmpDir, std::string_view suffix);

/** Incremental SHA-256 (OpenSSL EVP), lowercase hex result. */
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;
    void reset();
    void update(const void *data, std::size_t size);
    std::string finishHex();

private:
    struct Ctx;
    std::unique_ptr<Ctx> m_ctx;
};

struct BlobWriteOptions
{
    int level = 3;
    int minSavingPerMille = 30;
    std::function<void(std::uint64_t)> onChunkWritten;
};

struct BlobWriteResult
{
    std::string hash;
    std::uint64_t size = 0;
    bool written = false; ///< false: the content was already stored
    bool raw = false;
    std::uint64_t onDisk = 0;
};

/**
 * The blob area of one store: blobs/<h0h1>/<hash>, temporary files in tmp/.
 * Holds reusable buffers, zstd contexts and the pending blobs of one
 * call: one per call (cheap next to any store), never shared by threads.
 */
class BlobArea
{
public:
    explicit BlobArea(std::string root);
    ~BlobArea();
    BlobArea(const BlobArea &) = delete;
    BlobArea &operator=(const BlobArea &) = delete;

    std::string blobPath(std::string_view hash) const;
    std::string blobsDir() const { return m_root + "/blobs"; }
    std::string tmpDir() const { return m_root + "/tmp"; }
    std::string tempPath(std::string_view suffix) const { return uniqueTempPath(tmpDir(), suffix); }

    /**
     * Stores the content of \a fd (a regular file of \a size bytes, read
     * from its start) unless a complete blob of that content exists or is
     * pending. A new blob is written to tmp/ and stays pending until
     * commit(). \a displayPath names the file in error messages.
     */
    bool store(int fd, std::uint64_t size, const std::string &displayPath, const BlobWriteOptions &options,
               BlobWriteResult *result, std::string *error);

    std::size_t pendingCount() const { return m_pending.size(); }
    /**
     * Makes the pending blobs durable and gives them their names: their data
     * is synced (one syncfs for a batch, so a job of hundreds of files waits
     * for one journal commit, not hundreds), then each is renamed into its
     * fan-out folder, which is added to \a dirtyDirs for the caller to sync
     * before any manifest names the blobs.
     */
    bool commit(std::set<std::string> &dirtyDirs, std::string *error);
    /** Removes pending blobs (a failed store). */
    void abandon();

    /** Whether the blob file exists and its header and length fit \a size; its header in \a header. */
    bool looksComplete(std::string_view hash, std::uint64_t size, BlobHeader *header = nullptr) const;

    enum class ReadResult { Ok, Missing, Corrupt, Io };
    /**
     * Streams the content of blob \a hash to \a sink, checking the header,
     * the length and the SHA-256 of what comes out. \a sink returns false
     * to stop with an I/O error (its own message in \a error).
     */
    ReadResult read(std::string_view hash, std::uint64_t expectedSize,
                    const std::function<bool(const char *, std::size_t, std::string *)> &sink,
                    std::string *error);

private:
    bool writeBuffered(std::string_view hash, std::string_view payload, BlobEncoding encoding,
                       std::uint64_t size, const BlobWriteOptions &options, BlobWriteResult *result,
                       std::string *error);
    bool writeStreamed(int fd, std::uint64_t size, const std::string &expectedHash, const std::string &displayPath,
                       const BlobWriteOptions &options, BlobWriteResult *result, std::string *error);
    void addPending(int tmpFd, const std::string &tmp, std::string_view hash);

    struct Pending
    {
        int fd;
        std::string tmp;
        std::string hash;
    };

    struct Zstd;
    std::string m_root;
    std::unique_ptr<Zstd> m_zstd;
    std::vector<char> m_in;
    std::vector<char> m_out;
    std::vector<Pending> m_pending;
    std::set<std::string> m_pendingHashes;
};

} // namespace OpsDeck::Pipelines::Internal
