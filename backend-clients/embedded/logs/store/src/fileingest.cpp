// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/logs/fileingest.h"

#include "opsdeck/logs/engine.h"
#include "opsdeck/logs/multiline.h"
#include "opsdeck/logs/resolve.h"

#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <unistd.h>

namespace OpsDeck::Logs {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kReadChunk = 1u << 20;
constexpr std::size_t kMaxLine = 1u << 20;   // longer lines are cut into several records
constexpr std::size_t kBatch = 4096;

/** Reads a plain or gzip file in chunks. */
class ChunkReader
{
public:
    ~ChunkReader()
    {
        if (m_gz)
            gzclose(m_gz);
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool open(const std::string &path, std::string &error)
    {
        m_fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (m_fd < 0) {
            error = std::strerror(errno);
            return false;
        }
        unsigned char magic[2] = {0, 0};
        const ssize_t n = ::pread(m_fd, magic, 2, 0);
        if (n == 2 && isGzipMagic(magic, 2)) {
            m_gz = gzdopen(m_fd, "rb");
            m_fd = -1; // gz owns it now
            if (!m_gz) {
                error = "cannot read gzip stream";
                return false;
            }
            gzbuffer(m_gz, 256 * 1024);
        }
        return true;
    }
    /** Bytes read into \a buffer (0 at the end), -1 on error. */
    long read(char *buffer, std::size_t size, std::string &error)
    {
        if (m_gz) {
            const int n = gzread(m_gz, buffer, static_cast<unsigned>(size));
            if (n < 0) {
                int code = 0;
                error = gzerror(m_gz, &code);
                return -1;
            }
            return n;
        }
        while (true) {
            const ssize_t n = ::read(m_fd, buffer, size);
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0)
                error = std::strerror(errno);
            return static_cast<long>(n);
        }
    }

private:
    int m_fd = -1;
    gzFile m_gz = nullptr;
};

bool looksBinary(std::string_view head)
{
    // NUL bytes in the first block: an image, an archive, a core file.
    return head.find('\0') != std::string_view::npos;
}

std::int64_t wallMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

bool isGzipMagic(const unsigned char *data, std::size_t size)
{
    return size >= 2 && data[0] == 0x1f && data[1] == 0x8b;
}

std::vector<std::string> expandLogPaths(const std::vector<std::string> &paths, std::vector<std::string> &problems)
{
    std::vector<std::string> files;
    for (const auto &p : paths) {
        std::error_code ec;
        const auto status = fs::status(p, ec);
        if (ec || !fs::exists(status)) {
            problems.push_back(p + ": no such file or folder");
            continue;
        }
        if (fs::is_directory(status)) {
            std::vector<std::string> found;
            for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
                 it != fs::recursive_directory_iterator(); it.increment(ec)) {
                if (ec)
                    break;
                const std::string name = it->path().filename().string();
                if (!name.empty() && name[0] == '.') {
                    if (it->is_directory(ec))
                        it.disable_recursion_pending();
                    continue;
                }
                if (it->is_regular_file(ec))
                    found.push_back(it->path().string());
            }
            std::sort(found.begin(), found.end());
            files.insert(files.end(), found.begin(), found.end());
        } else {
            files.push_back(p);
        }
    }
    return files;
}

FileIngestResult ingestFiles(LogEngine &engine, const std::vector<std::string> &paths,
                             const FileIngestOptions &options)
{
    FileIngestResult result;
    const std::vector<std::string> files = expandLogPaths(paths, result.skipped);
    std::uint64_t total = 0;
    for (const auto &f : files) {
        std::error_code ec;
        total += fs::file_size(f, ec);
    }
    RecordResolver resolver(engine.nowMs());
    std::vector<StoredRecord> batch;
    batch.reserve(kBatch);
    std::uint64_t pending = 0;         // appended, not yet synced
    std::uint64_t bytesSinceCommit = 0;
    std::uint64_t compressedDone = 0;
    bool failed = false;

    auto commit = [&] {
        std::string error;
        if (!batch.empty()) {
            const std::size_t n = batch.size();
            if (!engine.append(std::move(batch), false, &error)) {
                result.error = error;
                failed = true;
                return;
            }
            pending += n;
            batch.clear();
            batch.reserve(kBatch);
        }
        if (!engine.commit(&error)) {
            result.error = error;
            failed = true;
            return;
        }
        result.committed += pending;
        pending = 0;
        bytesSinceCommit = 0;
    };

    std::vector<char> buffer(kReadChunk);
    for (const auto &path : files) {
        if (failed || result.cancelled)
            break;
        ChunkReader reader;
        std::string error;
        if (!reader.open(path, error)) {
            result.skipped.push_back(path + ": " + error);
            continue;
        }
        const std::string source = fs::absolute(path).lexically_normal().string();
        const std::int64_t ingested = wallMs();
        MultilineJoiner joiner(options.joinIndented ? MultilineJoiner::Rule::Indent : MultilineJoiner::Rule::None);
        auto emit = [&](std::string_view text) {
            RecordInput in;
            in.message.assign(text);
            in.source = source;
            in.host = options.host;
            in.service = options.service;
            batch.push_back(resolver.resolve(std::move(in), ingested));
            bytesSinceCommit += text.size() + 1;
            if (batch.size() >= kBatch) {
                std::string appendError;
                const std::size_t n = batch.size();
                if (!engine.append(std::move(batch), false, &appendError)) {
                    result.error = appendError;
                    failed = true;
                }
                pending += n;
                batch.clear();
                batch.reserve(kBatch);
                if (!failed && bytesSinceCommit >= options.commitBytes)
                    commit();
            }
        };
        std::string carry;
        bool first = true;
        std::uint64_t fileBytes = 0;
        while (!failed) {
            const long n = reader.read(buffer.data(), buffer.size(), error);
            if (n < 0) {
                result.skipped.push_back(path + ": " + error + " (kept what was read before)");
                break;
            }
            if (n == 0)
                break;
            std::string_view chunk(buffer.data(), static_cast<std::size_t>(n));
            if (first) {
                first = false;
                if (looksBinary(chunk.substr(0, 4096))) {
                    result.skipped.push_back(path + ": binary content, not a log");
                    break;
                }
                ++result.files;
            }
            fileBytes += static_cast<std::uint64_t>(n);
            result.bytes += static_cast<std::uint64_t>(n);
            std::size_t pos = 0;
            while (pos < chunk.size()) {
                const void *nl = std::memchr(chunk.data() + pos, '\n', chunk.size() - pos);
                if (!nl) {
                    carry.append(chunk.substr(pos));
                    if (carry.size() >= kMaxLine) {
                        joiner.push(carry, emit);
                        carry.clear();
                    }
                    break;
                }
                const std::size_t end = static_cast<std::size_t>(static_cast<const char *>(nl) - chunk.data());
                std::string_view line = chunk.substr(pos, end - pos);
                if (!carry.empty()) {
                    carry.append(line);
                    line = carry;
                }
                if (!line.empty() && line.back() == '\r')
                    line.remove_suffix(1);
                joiner.push(line, emit);
                carry.clear();
                pos = end + 1;
            }
            if (options.progress) {
                std::error_code ec;
                const auto done = compressedDone + std::min<std::uint64_t>(fileBytes, fs::file_size(path, ec));
                if (!options.progress(done, total)) {
                    result.cancelled = true;
                    break;
                }
            }
        }
        if (!carry.empty() && !result.cancelled) {
            std::string_view line = carry;
            if (line.back() == '\r')
                line.remove_suffix(1);
            joiner.push(line, emit);
        }
        if (!result.cancelled)
            joiner.flush(emit);
        std::error_code ec;
        compressedDone += fs::file_size(path, ec);
    }
    if (!failed)
        commit();
    return result;
}

} // namespace OpsDeck::Logs
