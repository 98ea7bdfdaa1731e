// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/pipelines/joblog.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

namespace OpsDeck::Pipelines {

namespace {

constexpr std::string_view kFileHeader = "#opsdeck-joblog 1\n";
constexpr std::size_t kRecordHeader = 22; // 19 digits, ' ', stream, continuation
constexpr std::size_t kMaxPayload = 64 * 1024;
constexpr std::size_t kMaxRecord = kRecordHeader + kMaxPayload + 1;
constexpr std::size_t kChunk = 1 << 20;

std::string errnoText(int err)
{
    return std::strerror(err);
}

void setError(std::string *error, std::string text)
{
    if (error)
        *error = std::move(text);
}

bool preadAll(int fd, char *data, std::size_t size, std::uint64_t offset)
{
    while (size > 0) {
        const ssize_t n = ::pread(fd, data, size, static_cast<off_t>(offset));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= static_cast<std::size_t>(n);
        offset += static_cast<std::uint64_t>(n);
    }
    return true;
}

std::uint64_t fileSize(int fd)
{
    struct stat st{};
    if (::fstat(fd, &st) != 0)
        return 0;
    return static_cast<std::uint64_t>(st.st_size);
}

/** Why the record [data, data+size) (with its '\n') is malformed, or empty when it is fine. */
const char *checkRecord(const char *data, std::size_t size)
{
    if (size < kRecordHeader + 1)
        return "shorter than the 22-byte record header";
    for (std::size_t i = 0; i < 19; ++i)
        if (data[i] < '0' || data[i] > '9')
            return "timestamp is not 19 digits";
    if (data[19] != ' ')
        return "no space after the timestamp";
    if (data[20] != 'O' && data[20] != 'E' && data[20] != 'S')
        return "stream is not O, E or S";
    if (data[21] != ' ' && data[21] != '+')
        return "continuation mark is not ' ' or '+'";
    if (size > kMaxRecord)
        return "record longer than 64 KiB";
    return nullptr;
}

LogLine parseRecord(const char *data, std::size_t size)
{
    LogLine line;
    std::int64_t ts = 0;
    for (std::size_t i = 0; i < 19; ++i)
        ts = ts * 10 + (data[i] - '0');
    line.timeNs = ts;
    line.stream = data[20] == 'O' ? LogStream::Stdout : data[20] == 'E' ? LogStream::Stderr : LogStream::System;
    line.continued = data[21] == '+';
    line.bytes.assign(data + kRecordHeader, size - kRecordHeader - 1);
    return line;
}

} // namespace

char logStreamCode(LogStream stream)
{
    switch (stream) {
    case LogStream::Stdout: return 'O';
    case LogStream::Stderr: return 'E';
    case LogStream::System: return 'S';
    }
    return 'S';
}

std::int64_t realtimeNs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_REALTIME, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// ---------------------------------------------------------------- writer

JobLogWriter::~JobLogWriter()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

std::unique_ptr<JobLogWriter> JobLogWriter::open(const std::string &path, std::string *error)
{
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd < 0) {
        setError(error, path + ": cannot open the job log: " + errnoText(errno));
        return nullptr;
    }
    std::unique_ptr<JobLogWriter> writer(new JobLogWriter);
    writer->m_fd = fd;
    writer->m_path = path;
    const std::uint64_t size = fileSize(fd);
    std::string head(std::min<std::uint64_t>(size, kFileHeader.size()), '\0');
    if (!head.empty() && !preadAll(fd, head.data(), head.size(), 0)) {
        setError(error, path + ": cannot read the job log: " + errnoText(errno));
        return nullptr;
    }
    if (head.size() < kFileHeader.size() && kFileHeader.starts_with(head)) {
        // Empty, or a header torn by a crash: start over.
        if (::ftruncate(fd, 0) != 0
            || ::write(fd, kFileHeader.data(), kFileHeader.size()) != static_cast<ssize_t>(kFileHeader.size())) {
            setError(error, path + ": cannot write the job log header: " + errnoText(errno));
            return nullptr;
        }
        return writer;
    }
    if (head != kFileHeader) {
        setError(error, path + ": not an OpsDeck job log (the first line is not '#opsdeck-joblog 1')");
        return nullptr;
    }
    // Cut a torn tail: everything after the last '\n'.
    std::uint64_t end = size;
    std::string buf;
    while (end > kFileHeader.size()) {
        const std::uint64_t from = std::max<std::uint64_t>(kFileHeader.size(), end > 65536 ? end - 65536 : 0);
        buf.resize(end - from);
        if (!preadAll(fd, buf.data(), buf.size(), from)) {
            setError(error, path + ": cannot read the job log: " + errnoText(errno));
            return nullptr;
        }
        const auto nl = buf.rfind('\n');
        if (nl != std::string::npos) {
            end = from + nl + 1;
            break;
        }
        end = from;
    }
    if (end != size && ::ftruncate(fd, static_cast<off_t>(end)) != 0) {
        setError(error, path + ": cannot cut the torn tail of the job log: " + errnoText(errno));
        return nullptr;
    }
    return writer;
}

bool JobLogWriter::append(const LogLine &line, std::string *error)
{
    const std::int64_t ts = std::max<std::int64_t>(line.timeNs, 0); // int64 fits 19 digits
    std::string_view rest = line.bytes;
    // One record per piece: a '\n' inside, or more than 64 KiB, starts another.
    do {
        const std::size_t nl = rest.find('\n');
        std::size_t take = std::min(nl == std::string_view::npos ? rest.size() : nl, kMaxPayload);
        const bool splitLong = take == kMaxPayload && rest.size() > kMaxPayload && nl != kMaxPayload;
        const bool last = !splitLong && (nl == std::string_view::npos);
        const bool continued = splitLong || (last && line.continued);
        char header[kRecordHeader + 1];
        std::snprintf(header, sizeof header, "%019lld %c%c", static_cast<long long>(ts),
                      logStreamCode(line.stream), continued ? '+' : ' ');
        iovec iov[3] = {{header, kRecordHeader},
                        {const_cast<char *>(rest.data()), take},
                        {const_cast<char *>("\n"), 1}};
        std::size_t total = kRecordHeader + take + 1;
        ssize_t n;
        do {
            n = ::writev(m_fd, iov, 3);
        } while (n < 0 && errno == EINTR);
        if (n != static_cast<ssize_t>(total)) {
            // A short write leaves a torn record; the next open() cuts it.
            setError(error, m_path + ": cannot append to the job log: "
                                + (n < 0 ? errnoText(errno) : std::string("short write (disk full?)")));
            return false;
        }
        rest.remove_prefix(take);
        if (!splitLong && nl != std::string_view::npos && nl == take)
            rest.remove_prefix(1); // the '\n' itself
        if (last)
            break;
    } while (true);
    return true;
}

bool JobLogWriter::sync(std::string *error)
{
    if (::fsync(m_fd) != 0) {
        setError(error, m_path + ": fsync of the job log failed: " + errnoText(errno));
        return false;
    }
    return true;
}

const std::string &JobLogWriter::path() const
{
    return m_path;
}

// ---------------------------------------------------------------- reader

JobLogReader::~JobLogReader()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

std::unique_ptr<JobLogReader> JobLogReader::open(const std::string &path, std::string *error)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        setError(error, path + ": cannot open the job log: " + errnoText(errno));
        return nullptr;
    }
    std::unique_ptr<JobLogReader> reader(new JobLogReader);
    reader->m_fd = fd;
    reader->m_path = path;
    const std::uint64_t size = fileSize(fd);
    std::string head(std::min<std::uint64_t>(size, kFileHeader.size()), '\0');
    if (!head.empty() && !preadAll(fd, head.data(), head.size(), 0)) {
        setError(error, path + ": cannot read the job log: " + errnoText(errno));
        return nullptr;
    }
    if (!kFileHeader.starts_with(head)) {
        setError(error, path + ": not an OpsDeck job log (the first line is not '#opsdeck-joblog 1')");
        return nullptr;
    }
    reader->m_end = kFileHeader.size();
    if (head.size() == kFileHeader.size())
        reader->scanFrom(reader->m_end);
    return reader;
}

bool JobLogReader::scanFrom(std::uint64_t offset)
{
    if (!m_corruption.empty())
        return false;
    const std::uint64_t size = fileSize(m_fd);
    if (size < kFileHeader.size())
        return false;
    std::string buf;
    while (offset < size) {
        const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(kChunk, size - offset));
        buf.resize(want);
        if (!preadAll(m_fd, buf.data(), want, offset))
            return false;
        const char *p = buf.data();
        const char *end = p + want;
        while (p < end) {
            const char *nl = static_cast<const char *>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
            if (!nl) {
                if (static_cast<std::size_t>(end - p) > kMaxRecord) {
                    m_corruption = m_path + ": line " + std::to_string(m_offsets.size() + 1) + " (byte "
                                   + std::to_string(offset + static_cast<std::uint64_t>(p - buf.data()))
                                   + "): record longer than 64 KiB";
                    return false;
                }
                break; // torn or still being written; or continues in the next chunk
            }
            const std::size_t len = static_cast<std::size_t>(nl - p) + 1;
            if (const char *why = checkRecord(p, len)) {
                m_corruption = m_path + ": line " + std::to_string(m_offsets.size() + 1) + " (byte "
                               + std::to_string(offset + static_cast<std::uint64_t>(p - buf.data())) + "): " + why;
                return false;
            }
            m_offsets.push_back(offset + static_cast<std::uint64_t>(p - buf.data()));
            p = nl + 1;
        }
        const std::uint64_t consumed = static_cast<std::uint64_t>(p - buf.data());
        offset += consumed;
        m_end = offset;
        if (consumed == 0)
            break; // only a torn tail is left
    }
    return true;
}

std::size_t JobLogReader::lineCount() const
{
    return m_offsets.size();
}

std::optional<LogLine> JobLogReader::line(std::size_t index) const
{
    if (index >= m_offsets.size())
        return std::nullopt;
    const std::uint64_t from = m_offsets[index];
    const std::uint64_t to = index + 1 < m_offsets.size() ? m_offsets[index + 1] : m_end;
    std::string buf(static_cast<std::size_t>(to - from), '\0');
    if (!preadAll(m_fd, buf.data(), buf.size(), from))
        return std::nullopt;
    return parseRecord(buf.data(), buf.size());
}

std::vector<LogLine> JobLogReader::lines(std::size_t first, std::size_t count) const
{
    std::vector<LogLine> out;
    if (first >= m_offsets.size())
        return out;
    const std::size_t last = std::min(m_offsets.size(), first + count); // exclusive
    const std::uint64_t from = m_offsets[first];
    const std::uint64_t to = last < m_offsets.size() ? m_offsets[last] : m_end;
    std::string buf(static_cast<std::size_t>(to - from), '\0');
    if (!preadAll(m_fd, buf.data(), buf.size(), from))
        return out;
    out.reserve(last - first);
    for (std::size_t i = first; i < last; ++i) {
        const std::uint64_t b = m_offsets[i] - from;
        const std::uint64_t e = (i + 1 < m_offsets.size() ? m_offsets[i + 1] : m_end) - from;
        out.push_back(parseRecord(buf.data() + b, static_cast<std::size_t>(e - b)));
    }
    return out;
}

std::size_t JobLogReader::refresh()
{
    const std::size_t before = m_offsets.size();
    if (m_end < kFileHeader.size()) {
        // The writer had not written the header yet when we opened.
        std::string head(kFileHeader.size(), '\0');
        if (fileSize(m_fd) < kFileHeader.size() || !preadAll(m_fd, head.data(), head.size(), 0))
            return 0;
        if (head != kFileHeader) {
            m_corruption = m_path + ": not an OpsDeck job log (the first line is not '#opsdeck-joblog 1')";
            return 0;
        }
        m_end = kFileHeader.size();
    }
    scanFrom(m_end);
    return m_offsets.size() - before;
}

std::vector<std::size_t> JobLogReader::search(std::string_view needle) const
{
    std::vector<std::size_t> hits;
    std::string buf;
    std::size_t i = 0;
    const std::size_t n = m_offsets.size();
    while (i < n) {
        // A batch of whole records of about kChunk bytes.
        const std::uint64_t from = m_offsets[i];
        std::size_t j = i;
        while (j < n && m_offsets[j] - from < kChunk)
            ++j;
        const std::uint64_t to = j < n ? m_offsets[j] : m_end;
        buf.resize(static_cast<std::size_t>(to - from));
        if (!preadAll(m_fd, buf.data(), buf.size(), from))
            break;
        for (std::size_t k = i; k < j; ++k) {
            const std::size_t b = static_cast<std::size_t>(m_offsets[k] - from);
            const std::size_t e = static_cast<std::size_t>((k + 1 < n ? m_offsets[k + 1] : m_end) - from);
            const std::string_view payload(buf.data() + b + kRecordHeader, e - b - kRecordHeader - 1);
            if (payload.find(needle) != std::string_view::npos)
                hits.push_back(k);
        }
        i = j;
    }
    return hits;
}

const std::string &JobLogReader::corruption() const
{
    return m_corruption;
}

} // namespace OpsDeck::Pipelines
