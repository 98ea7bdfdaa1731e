// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "blobio.h"

#include "opsdeck/embedded/fileutil.h"

#include <openssl/evp.h>
#include <zstd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <random>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace OpsDeck::Pipelines::Internal {

namespace {

constexpr char kMagic[4] = {'O', 'P', 'A', 'B'};
constexpr std::uint8_t kBlobVersion = 1;
constexpr std::size_t kChunk = 1 << 20;
// Files up to this size are read once into memory: hash, dedupe check and
// compression from one read. Larger ones stream, so a multi-GB artifact
// never sits in memory.
constexpr std::uint64_t kBufferedLimit = 4 << 20;
constexpr std::size_t kProbe = 1 << 20;
// From this many pending blobs on, one syncfs beats one fdatasync each:
// every fdatasync of a new file waits for its own journal commit.
constexpr std::size_t kBatchSync = 8;

std::string errnoText(const std::string &what)
{
    return what + ": " + std::strerror(errno);
}

void encodeHeader(char *out, BlobEncoding encoding, std::uint64_t size)
{
    std::memcpy(out, kMagic, 4);
    out[4] = static_cast<char>(kBlobVersion);
    out[5] = static_cast<char>(encoding);
    out[6] = 0;
    out[7] = 0;
    for (int i = 0; i < 8; ++i)
        out[8 + i] = static_cast<char>((size >> (56 - 8 * i)) & 0xff);
}

bool decodeHeader(const char *in, BlobHeader *header)
{
    if (std::memcmp(in, kMagic, 4) != 0 || static_cast<std::uint8_t>(in[4]) != kBlobVersion || in[6] != 0
        || in[7] != 0)
        return false;
    const auto encoding = static_cast<std::uint8_t>(in[5]);
    if (encoding > 1)
        return false;
    header->encoding = static_cast<BlobEncoding>(encoding);
    header->size = 0;
    for (int i = 0; i < 8; ++i)
        header->size = (header->size << 8) | static_cast<std::uint8_t>(in[8 + i]);
    return true;
}

/** read(2) until \a size bytes or end of file; -1 on error. */
ssize_t readFull(int fd, char *buffer, std::size_t size)
{
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n = ::read(fd, buffer + done, size - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        done += static_cast<std::size_t>(n);
    }
    return static_cast<ssize_t>(done);
}

bool pays(std::uint64_t compressed, std::uint64_t raw, int minSavingPerMille)
{
    // Compare in per mille without overflow: compressed <= raw * (1 - saving).
    const auto keep = static_cast<std::uint64_t>(1000 - std::clamp(minSavingPerMille, 0, 1000));
    return raw > 0 && static_cast<double>(compressed) < static_cast<double>(raw) * static_cast<double>(keep) / 1000.0;
}

/** Closes a file and removes it unless released: no temp file outlives a failed write. */
struct TempFile
{
    int fd = -1;
    std::string path;
    ~TempFile()
    {
        if (fd >= 0)
            ::close(fd);
        if (!path.empty())
            ::unlink(path.c_str());
    }
};

} // namespace

bool isBlobHash(std::string_view text)
{
    return text.size() == kHashHexSize
        && std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

std::string uniqueTempPath(const std::string &tmpDir, std::string_view suffix)
{
    // pid + a process-wide counter are unique among live writers; the random
    // part keeps a recycled pid from meeting a crashed writer's leftover.
    static std::atomic<std::uint64_t> counter{0};
    static const std::uint32_t salt = std::random_device{}();
    char name[64];
    std::snprintf(name, sizeof name, "%ld-%llu-%08x", static_cast<long>(::getpid()),
                  static_cast<unsigned long long>(++counter), static_cast<unsigned>(salt));
    return tmpDir + "/" + name + std::string(suffix);
}

// --- Sha256 -----------------------------------------------------------------

struct Sha256::Ctx
{
    EVP_MD *md = nullptr;
    EVP_MD_CTX *ctx = nullptr;
};

Sha256::Sha256()
    : m_ctx(std::make_unique<Ctx>())
{
    // An explicit fetch once, instead of the implicit one EVP_sha256() costs
    // on every init (OpenSSL 3).
    m_ctx->md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    m_ctx->ctx = EVP_MD_CTX_new();
    reset();
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_ctx->ctx);
    EVP_MD_free(m_ctx->md);
}

void Sha256::reset()
{
    EVP_DigestInit_ex(m_ctx->ctx, m_ctx->md, nullptr);
}

void Sha256::update(const void *data, std::size_t size)
{
    EVP_DigestUpdate(m_ctx->ctx, data, size);
}

std::string Sha256::finishHex()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_ctx->ctx, digest, &length);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out(2 * length, '0');
    for (unsigned int i = 0; i < length; ++i) {
        out[2 * i] = kHex[digest[i] >> 4];
        out[2 * i + 1] = kHex[digest[i] & 0xf];
    }
    reset();
    return out;
}

// --- BlobArea ---------------------------------------------------------------

struct BlobArea::Zstd
{
    ZSTD_CCtx *cctx = ZSTD_createCCtx();
    ZSTD_DCtx *dctx = ZSTD_createDCtx();
    Sha256 sha;
    ~Zstd()
    {
        ZSTD_freeCCtx(cctx);
        ZSTD_freeDCtx(dctx);
    }
};

BlobArea::BlobArea(std::string root)
    : m_root(std::move(root))
    , m_zstd(std::make_unique<Zstd>())
{
}

BlobArea::~BlobArea()
{
    abandon();
}

std::string BlobArea::blobPath(std::string_view hash) const
{
    return m_root + "/blobs/" + std::string(hash.substr(0, 2)) + "/" + std::string(hash);
}

bool BlobArea::looksComplete(std::string_view hash, std::uint64_t size, BlobHeader *out) const
{
    const std::string path = blobPath(hash);
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return false;
    char raw[kBlobHeaderSize];
    struct stat st{};
    const bool read = readFull(fd, raw, sizeof raw) == static_cast<ssize_t>(sizeof raw) && ::fstat(fd, &st) == 0;
    ::close(fd);
    BlobHeader header;
    if (!read || !decodeHeader(raw, &header) || header.size != size)
        return false;
    if (out)
        *out = header;
    const auto payload = static_cast<std::uint64_t>(st.st_size) - kBlobHeaderSize;
    // A raw blob's length is exact; a compressed one at least holds a frame.
    return header.encoding == BlobEncoding::Raw ? payload == size : payload > 0;
}

bool BlobArea::store(int fd, std::uint64_t size, const std::string &displayPath, const BlobWriteOptions &options,
                     BlobWriteResult *result, std::string *error)
{
    *result = {};
    result->size = size;
    Sha256 &sha = m_zstd->sha;
    // The context is shared with read(), which may have stopped half-way
    // on a corrupt blob: a stale state here would name a blob wrongly.
    sha.reset();
    if (size <= kBufferedLimit) {
        m_in.resize(size + 1);
        const ssize_t n = readFull(fd, m_in.data(), size + 1);
        if (n < 0) {
            *error = errnoText(displayPath);
            return false;
        }
        if (static_cast<std::uint64_t>(n) != size) {
            *error = displayPath + ": the file changed while it was being stored";
            return false;
        }
        sha.update(m_in.data(), size);
        result->hash = sha.finishHex();
        if (m_pendingHashes.count(result->hash) || looksComplete(result->hash, size))
            return true;
        const std::string_view content(m_in.data(), size);
        m_out.resize(ZSTD_compressBound(size));
        const std::size_t compressed =
            ZSTD_compressCCtx(m_zstd->cctx, m_out.data(), m_out.size(), content.data(), size, options.level);
        if (!ZSTD_isError(compressed) && pays(compressed, size, options.minSavingPerMille))
            return writeBuffered(result->hash, std::string_view(m_out.data(), compressed), BlobEncoding::Zstd, size,
                                 options, result, error);
        return writeBuffered(result->hash, content, BlobEncoding::Raw, size, options, result, error);
    }

    // Large file: hash first, so storing known content costs one read and no
    // compression; then compress in a second pass that hashes again, so a
    // file changed in between is caught instead of stored under a wrong name.
    m_in.resize(kChunk);
    std::uint64_t total = 0;
    for (;;) {
        const ssize_t n = readFull(fd, m_in.data(), kChunk);
        if (n < 0) {
            *error = errnoText(displayPath);
            return false;
        }
        if (n == 0)
            break;
        sha.update(m_in.data(), static_cast<std::size_t>(n));
        total += static_cast<std::uint64_t>(n);
    }
    result->hash = sha.finishHex();
    if (total != size) {
        *error = displayPath + ": the file changed while it was being stored";
        return false;
    }
    if (m_pendingHashes.count(result->hash) || looksComplete(result->hash, size))
        return true;
    return writeStreamed(fd, size, result->hash, displayPath, options, result, error);
}

bool BlobArea::writeBuffered(std::string_view hash, std::string_view payload, BlobEncoding encoding,
                             std::uint64_t size, const BlobWriteOptions &options, BlobWriteResult *result,
                             std::string *error)
{
    TempFile tmp;
    tmp.path = tempPath(".blob");
    tmp.fd = ::open(tmp.path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (tmp.fd < 0) {
        *error = errnoText(tmp.path);
        tmp.path.clear();
        return false;
    }
    char header[kBlobHeaderSize];
    encodeHeader(header, encoding, size);
    if (!Embedded::writeFully(tmp.fd, std::string_view(header, sizeof header))) {
        *error = errnoText(tmp.path);
        return false;
    }
    std::uint64_t written = 0;
    while (written < payload.size()) {
        const std::size_t n = std::min<std::size_t>(kChunk, payload.size() - written);
        if (!Embedded::writeFully(tmp.fd, payload.substr(written, n))) {
            *error = errnoText(tmp.path);
            return false;
        }
        written += n;
        if (options.onChunkWritten)
            options.onChunkWritten(written);
    }
    addPending(tmp.fd, tmp.path, hash);
    tmp.fd = -1;
    tmp.path.clear();
    result->written = true;
    result->raw = encoding == BlobEncoding::Raw;
    result->onDisk = kBlobHeaderSize + payload.size();
    return true;
}

bool BlobArea::writeStreamed(int fd, std::uint64_t size, const std::string &expectedHash,
                             const std::string &displayPath, const BlobWriteOptions &options,
                             BlobWriteResult *result, std::string *error)
{
    TempFile tmp;
    tmp.path = tempPath(".blob");
    tmp.fd = ::open(tmp.path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (tmp.fd < 0) {
        *error = errnoText(tmp.path);
        tmp.path.clear();
        return false;
    }

    // Probe: compress the first megabyte. Already-compressed input (archives,
    // images, packages) shows it at once, and is then copied without paying
    // for a full compression pass.
    m_out.resize(ZSTD_compressBound(kProbe));
    std::size_t probeSize = 0;
    {
        const ssize_t n = ::pread(fd, m_in.data(), kProbe, 0);
        if (n < 0) {
            *error = errnoText(displayPath);
            return false;
        }
        probeSize = static_cast<std::size_t>(n);
    }
    const std::size_t probe =
        ZSTD_compressCCtx(m_zstd->cctx, m_out.data(), m_out.size(), m_in.data(), probeSize, options.level);
    bool compress = !ZSTD_isError(probe) && pays(probe, probeSize, options.minSavingPerMille);

    Sha256 &sha = m_zstd->sha;
    for (int attempt = 0; attempt < 2; ++attempt) {
        sha.reset();
        if (::lseek(fd, 0, SEEK_SET) != 0 || ::ftruncate(tmp.fd, 0) != 0
            || ::lseek(tmp.fd, static_cast<off_t>(kBlobHeaderSize), SEEK_SET) < 0) {
            *error = errnoText(displayPath);
            return false;
        }
        if (compress) {
            ZSTD_CCtx_reset(m_zstd->cctx, ZSTD_reset_session_and_parameters);
            ZSTD_CCtx_setParameter(m_zstd->cctx, ZSTD_c_compressionLevel, options.level);
            ZSTD_CCtx_setPledgedSrcSize(m_zstd->cctx, size);
            m_out.resize(ZSTD_CStreamOutSize());
        }
        std::uint64_t readBytes = 0, written = 0;
        bool end = false;
        while (!end) {
            const ssize_t n = readFull(fd, m_in.data(), kChunk);
            if (n < 0) {
                *error = errnoText(displayPath);
                return false;
            }
            end = static_cast<std::size_t>(n) < kChunk;
            readBytes += static_cast<std::uint64_t>(n);
            if (readBytes > size) {
                *error = displayPath + ": the file changed while it was being stored";
                return false;
            }
            sha.update(m_in.data(), static_cast<std::size_t>(n));
            if (!compress) {
                if (!Embedded::writeFully(tmp.fd, std::string_view(m_in.data(), static_cast<std::size_t>(n)))) {
                    *error = errnoText(tmp.path);
                    return false;
                }
                written += static_cast<std::uint64_t>(n);
                if (options.onChunkWritten)
                    options.onChunkWritten(written);
                continue;
            }
            ZSTD_inBuffer in{m_in.data(), static_cast<std::size_t>(n), 0};
            const ZSTD_EndDirective mode = end ? ZSTD_e_end : ZSTD_e_continue;
            for (;;) {
                ZSTD_outBuffer out{m_out.data(), m_out.size(), 0};
                const std::size_t remaining = ZSTD_compressStream2(m_zstd->cctx, &out, &in, mode);
                if (ZSTD_isError(remaining)) {
                    *error = displayPath + ": zstd: " + ZSTD_getErrorName(remaining);
                    return false;
                }
                if (out.pos > 0) {
                    if (!Embedded::writeFully(tmp.fd, std::string_view(m_out.data(), out.pos))) {
                        *error = errnoText(tmp.path);
                        return false;
                    }
                    written += out.pos;
                    if (options.onChunkWritten)
                        options.onChunkWritten(written);
                }
                if (end ? remaining == 0 : in.pos == in.size)
                    break;
            }
        }
        if (readBytes != size || sha.finishHex() != expectedHash) {
            *error = displayPath + ": the file changed while it was being stored";
            return false;
        }
        // The probe guessed wrong (a compressible head on an incompressible
        // body): copy it raw after all, as promised for content that does not shrink.
        if (compress && !pays(written, size, options.minSavingPerMille)) {
            compress = false;
            continue;
        }
        char header[kBlobHeaderSize];
        encodeHeader(header, compress ? BlobEncoding::Zstd : BlobEncoding::Raw, size);
        if (::pwrite(tmp.fd, header, sizeof header, 0) != static_cast<ssize_t>(sizeof header)) {
            *error = errnoText(tmp.path);
            return false;
        }
        addPending(tmp.fd, tmp.path, expectedHash);
        tmp.fd = -1;
        tmp.path.clear();
        result->written = true;
        result->raw = !compress;
        result->onDisk = kBlobHeaderSize + written;
        return true;
    }
    *error = displayPath + ": could not store the file";
    return false;
}

void BlobArea::addPending(int tmpFd, const std::string &tmp, std::string_view hash)
{
    m_pending.push_back({tmpFd, tmp, std::string(hash)});
    m_pendingHashes.insert(std::string(hash));
}

bool BlobArea::commit(std::set<std::string> &dirtyDirs, std::string *error)
{
    if (m_pending.empty())
        return true;
    // Data first: a blob must never get its name before its bytes are on disk.
    if (m_pending.size() >= kBatchSync) {
        if (::syncfs(m_pending.front().fd) != 0) {
            *error = errnoText(tmpDir() + " (syncfs)");
            abandon();
            return false;
        }
    } else {
        for (const Pending &p : m_pending) {
            if (::fdatasync(p.fd) != 0) {
                *error = errnoText(p.tmp);
                abandon();
                return false;
            }
        }
    }
    for (Pending &p : m_pending) {
        ::close(p.fd);
        p.fd = -1;
    }
    bool ok = true;
    for (const Pending &p : m_pending) {
        const std::string final = blobPath(p.hash);
        const std::string fanout = final.substr(0, final.rfind('/'));
        if (ok && ::mkdir(fanout.c_str(), 0755) == 0) {
            dirtyDirs.insert(blobsDir());
        } else if (ok && errno != EEXIST) {
            *error = errnoText(fanout);
            ok = false;
        }
        if (ok && ::rename(p.tmp.c_str(), final.c_str()) != 0) {
            *error = errnoText(final);
            ok = false;
        }
        if (ok)
            dirtyDirs.insert(fanout);
        else
            ::unlink(p.tmp.c_str());
    }
    m_pending.clear();
    m_pendingHashes.clear();
    return ok;
}

void BlobArea::abandon()
{
    for (const Pending &p : m_pending) {
        if (p.fd >= 0)
            ::close(p.fd);
        ::unlink(p.tmp.c_str());
    }
    m_pending.clear();
    m_pendingHashes.clear();
}

BlobArea::ReadResult BlobArea::read(std::string_view hash, std::uint64_t expectedSize,
                                    const std::function<bool(const char *, std::size_t, std::string *)> &sink,
                                    std::string *error)
{
    const std::string path = blobPath(hash);
    TempFile file; // only for closing: path stays empty
    file.fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (file.fd < 0) {
        if (errno == ENOENT) {
            *error = "blob " + std::string(hash) + " is missing (" + path + ")";
            return ReadResult::Missing;
        }
        *error = errnoText(path);
        return ReadResult::Io;
    }
    const auto corrupt = [&](const std::string &what) {
        *error = "blob " + std::string(hash) + " is corrupt: " + what + " (" + path + ")";
        return ReadResult::Corrupt;
    };
    char raw[kBlobHeaderSize];
    const ssize_t headerRead = readFull(file.fd, raw, sizeof raw);
    if (headerRead < 0) {
        *error = errnoText(path);
        return ReadResult::Io;
    }
    BlobHeader header;
    if (headerRead != static_cast<ssize_t>(sizeof raw))
        return corrupt("truncated header (" + std::to_string(headerRead) + " of " + std::to_string(sizeof raw)
                       + " bytes)");
    if (!decodeHeader(raw, &header))
        return corrupt("not a blob file (bad magic, version or encoding)");
    if (header.size != expectedSize)
        return corrupt("holds " + std::to_string(header.size) + " bytes, the manifest says "
                       + std::to_string(expectedSize));

    Sha256 &sha = m_zstd->sha;
    sha.reset();
    m_in.resize(kChunk);
    std::uint64_t produced = 0;
    const auto emit = [&](const char *data, std::size_t n) -> bool {
        produced += n;
        if (produced > expectedSize)
            return false;
        sha.update(data, n);
        return sink(data, n, error);
    };
    if (header.encoding == BlobEncoding::Raw) {
        for (;;) {
            const ssize_t n = readFull(file.fd, m_in.data(), kChunk);
            if (n < 0) {
                *error = errnoText(path);
                return ReadResult::Io;
            }
            if (n == 0)
                break;
            if (!emit(m_in.data(), static_cast<std::size_t>(n)))
                return produced > expectedSize ? corrupt("longer than its " + std::to_string(expectedSize) + " bytes")
                                               : ReadResult::Io;
        }
    } else {
        ZSTD_DCtx_reset(m_zstd->dctx, ZSTD_reset_session_and_parameters);
        m_out.resize(ZSTD_DStreamOutSize());
        std::size_t last = 1;
        bool sawInput = false;
        for (;;) {
            const ssize_t n = readFull(file.fd, m_in.data(), kChunk);
            if (n < 0) {
                *error = errnoText(path);
                return ReadResult::Io;
            }
            if (n == 0)
                break;
            sawInput = true;
            ZSTD_inBuffer in{m_in.data(), static_cast<std::size_t>(n), 0};
            while (in.pos < in.size) {
                ZSTD_outBuffer out{m_out.data(), m_out.size(), 0};
                last = ZSTD_decompressStream(m_zstd->dctx, &out, &in);
                if (ZSTD_isError(last))
                    return corrupt(std::string("zstd: ") + ZSTD_getErrorName(last));
                if (out.pos > 0 && !emit(m_out.data(), out.pos))
                    return produced > expectedSize
                        ? corrupt("decompresses to more than its " + std::to_string(expectedSize) + " bytes")
                        : ReadResult::Io;
                if (last == 0 && in.pos < in.size)
                    return corrupt("trailing bytes after the compressed data");
            }
        }
        if (!sawInput || last != 0)
            return corrupt("truncated compressed data");
    }
    if (produced != expectedSize)
        return corrupt("truncated: " + std::to_string(produced) + " of " + std::to_string(expectedSize) + " bytes");
    const std::string actual = sha.finishHex();
    if (actual != hash)
        return corrupt("content hash is " + actual);
    return ReadResult::Ok;
}

} // namespace OpsDeck::Pipelines::Internal
