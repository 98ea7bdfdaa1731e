// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "wal.h"

#include "bytes.h"
#include "opsdeck/embedded/fileutil.h"

#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <fcntl.h>
#include <unistd.h>

namespace OpsDeck::Logs {

using Embedded::makeDirectories;
using Embedded::syncDirectory;

namespace fs = std::filesystem;

namespace {
constexpr char kWalMagic[8] = {'O', 'D', 'W', 'A', 'L', '0', '0', '1'};
constexpr std::uint32_t kMaxEntry = 64u << 20;

std::uint32_t checksum(std::string_view data)
{
    return static_cast<std::uint32_t>(
        crc32(0, reinterpret_cast<const Bytef *>(data.data()), static_cast<uInt>(data.size())));
}
} // namespace

WriteAheadLog::~WriteAheadLog()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

std::string WriteAheadLog::fileName(std::uint64_t seq) const
{
    char name[32];
    std::snprintf(name, sizeof name, "wal-%012llu.log", static_cast<unsigned long long>(seq));
    return m_dir + "/" + name;
}

void WriteAheadLog::encode(const StoredRecord &r, std::string &out)
{
    Bytes::putVarint(out, static_cast<std::uint64_t>(r.id));
    Bytes::putSigned(out, r.ts);
    Bytes::putSigned(out, r.ingested - r.ts);
    out.push_back(static_cast<char>(r.level));
    Bytes::putString(out, r.host);
    Bytes::putString(out, r.service);
    Bytes::putString(out, r.source);
    Bytes::putString(out, r.message);
    Bytes::putVarint(out, r.extra.size());
    for (const auto &f : r.extra) {
        Bytes::putString(out, f.key);
        Bytes::putString(out, f.value);
    }
}

bool WriteAheadLog::decode(std::string_view payload, StoredRecord &r)
{
    Bytes::Reader in(payload);
    r.id = static_cast<std::int64_t>(in.varint());
    r.ts = in.signedVarint();
    r.ingested = r.ts + in.signedVarint();
    r.level = static_cast<Level>(std::min<std::uint8_t>(in.u8(), 7));
    r.host = std::string(in.string());
    r.service = std::string(in.string());
    r.source = std::string(in.string());
    r.message = std::string(in.string());
    const auto count = in.varint();
    if (count > payload.size())
        return false;
    r.extra.clear();
    for (std::uint64_t k = 0; k < count && in.ok(); ++k) {
        Field f;
        f.key = std::string(in.string());
        f.value = std::string(in.string());
        r.extra.push_back(std::move(f));
    }
    return in.ok() && in.atEnd();
}

bool WriteAheadLog::open(const std::string &dir, std::vector<StoredRecord> &replay, int &repaired,
                         std::string *error)
{
    m_dir = dir;
    repaired = 0;
    if (!makeDirectories(dir, error))
        return false;
    std::vector<std::pair<std::uint64_t, std::string>> files;
    for (const auto &entry : fs::directory_iterator(dir)) {
        const std::string name = entry.path().filename().string();
        unsigned long long seq = 0;
        if (std::sscanf(name.c_str(), "wal-%llu.log", &seq) == 1 && name.size() == 20)
            files.emplace_back(seq, entry.path().string());
    }
    std::sort(files.begin(), files.end());
    for (const auto &[seq, path] : files) {
        m_seq = std::max<std::uint64_t>(m_seq, seq);
        std::ifstream in(path, std::ios::binary);
        std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        std::size_t pos = 0;
        std::size_t good = 0;
        if (data.size() >= sizeof kWalMagic && std::memcmp(data.data(), kWalMagic, sizeof kWalMagic) == 0) {
            pos = good = sizeof kWalMagic;
            while (data.size() - pos >= 8) {
                const std::uint32_t length = Bytes::getU32(data.data() + pos);
                const std::uint32_t crc = Bytes::getU32(data.data() + pos + 4);
                if (length > kMaxEntry || data.size() - pos - 8 < length)
                    break;
                const std::string_view payload(data.data() + pos + 8, length);
                if (checksum(payload) != crc)
                    break;
                StoredRecord record;
                if (!decode(payload, record))
                    break;
                replay.push_back(std::move(record));
                pos += 8 + length;
                good = pos;
            }
        }
        if (good != data.size()) {
            // A torn or damaged tail: everything after the last good entry was
            // never acknowledged (sync had not returned), so cutting it loses
            // nothing that was committed.
            ++repaired;
            if (good < sizeof kWalMagic) {
                std::error_code ec;
                fs::remove(path, ec);
            } else if (::truncate(path.c_str(), static_cast<off_t>(good)) != 0) {
                if (error)
                    *error = path + ": " + std::strerror(errno);
                return false;
            }
        }
    }
    return openFile(m_seq + 1, error);
}

bool WriteAheadLog::readNew(const std::string &dir, std::vector<StoredRecord> &out, std::string *error)
{
    m_dir = dir;
    std::error_code ec;
    std::vector<std::pair<std::uint64_t, std::string>> files;
    for (const auto &entry : fs::directory_iterator(dir, ec)) {
        const std::string name = entry.path().filename().string();
        unsigned long long seq = 0;
        if (std::sscanf(name.c_str(), "wal-%llu.log", &seq) == 1 && name.size() == 20)
            files.emplace_back(seq, entry.path().string());
    }
    if (ec) {
        if (error)
            *error = dir + ": " + ec.message();
        return false;
    }
    std::sort(files.begin(), files.end());
    std::map<std::uint64_t, std::uint64_t> seen;
    for (const auto &[seq, path] : files) {
        std::uint64_t pos = m_readOffsets.count(seq) ? m_readOffsets[seq] : 0;
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            continue; // deleted by the writer after a flush: its records are in segments
        }
        in.seekg(static_cast<std::streamoff>(pos));
        std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        std::size_t at = 0;
        if (pos == 0) {
            if (data.size() < sizeof kWalMagic) {
                seen[seq] = 0;
                continue;
            }
            if (std::memcmp(data.data(), kWalMagic, sizeof kWalMagic) != 0) {
                seen[seq] = 0;
                continue;
            }
            at = sizeof kWalMagic;
        }
        while (data.size() - at >= 8) {
            const std::uint32_t length = Bytes::getU32(data.data() + at);
            const std::uint32_t crc = Bytes::getU32(data.data() + at + 4);
            if (length > kMaxEntry || data.size() - at - 8 < length)
                break; // not complete yet: the writer is in the middle of it
            const std::string_view payload(data.data() + at + 8, length);
            StoredRecord record;
            if (checksum(payload) != crc || !decode(payload, record))
                break;
            out.push_back(std::move(record));
            at += 8 + length;
        }
        seen[seq] = pos + at;
    }
    m_readOffsets.swap(seen);
    return true;
}

bool WriteAheadLog::openFile(std::uint64_t seq, std::string *error)
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_seq = seq;
    const std::string path = fileName(seq);
    m_fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0644);
    if (m_fd < 0) {
        if (error)
            *error = path + ": " + std::strerror(errno);
        return false;
    }
    if (::write(m_fd, kWalMagic, sizeof kWalMagic) != static_cast<ssize_t>(sizeof kWalMagic)) {
        if (error)
            *error = path + ": " + std::strerror(errno);
        return false;
    }
    return syncDirectory(m_dir, error);
}

bool WriteAheadLog::append(const std::vector<StoredRecord> &records, std::size_t first, std::string *error)
{
    m_buffer.clear();
    std::string payload;
    for (std::size_t i = first; i < records.size(); ++i) {
        payload.clear();
        encode(records[i], payload);
        Bytes::putU32(m_buffer, static_cast<std::uint32_t>(payload.size()));
        Bytes::putU32(m_buffer, checksum(payload));
        m_buffer.append(payload);
    }
    std::size_t written = 0;
    while (written < m_buffer.size()) {
        const ssize_t n = ::write(m_fd, m_buffer.data() + written, m_buffer.size() - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (error)
                *error = fileName(m_seq) + ": " + std::strerror(errno);
            return false;
        }
        written += static_cast<std::size_t>(n);
    }
    return true;
}

bool WriteAheadLog::sync(std::string *error)
{
    if (::fdatasync(m_fd) != 0) {
        if (error)
            *error = fileName(m_seq) + ": " + std::strerror(errno);
        return false;
    }
    return true;
}

std::uint64_t WriteAheadLog::rotate(std::string *error)
{
    const std::uint64_t closed = m_seq;
    sync(error);
    openFile(m_seq + 1, error);
    return closed;
}

void WriteAheadLog::removeUpTo(std::uint64_t seq)
{
    std::error_code ec;
    for (const auto &entry : fs::directory_iterator(m_dir, ec)) {
        const std::string name = entry.path().filename().string();
        unsigned long long s = 0;
        if (std::sscanf(name.c_str(), "wal-%llu.log", &s) == 1 && s <= seq)
            fs::remove(entry.path(), ec);
    }
    std::string ignored;
    syncDirectory(m_dir, &ignored);
}

std::uint64_t WriteAheadLog::bytesOnDisk() const
{
    std::uint64_t total = 0;
    std::error_code ec;
    for (const auto &entry : fs::directory_iterator(m_dir, ec)) {
        if (entry.is_regular_file(ec))
            total += entry.file_size(ec);
    }
    return total;
}

} // namespace OpsDeck::Logs
