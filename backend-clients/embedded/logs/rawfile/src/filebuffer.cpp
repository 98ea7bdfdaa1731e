// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "filebuffer.h"

#include <zlib.h>

#include <array>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <mutex>

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

namespace OpsDeck::Logs::RawFile {

namespace {

// --- SIGBUS guard ----------------------------------------------------------
// A fixed table, so the handler reads it without locks or allocation.

struct Range
{
    std::atomic<std::uintptr_t> begin{0};
    std::atomic<std::uintptr_t> end{0};
};

constexpr std::size_t kMaxRanges = 4096;
std::array<Range, kMaxRanges> g_ranges;
std::atomic<std::uint64_t> g_rescues{0};
struct sigaction g_previous = {};
std::once_flag g_installOnce;

void onSigbus(int signal, siginfo_t *info, void *context)
{
    const auto address = reinterpret_cast<std::uintptr_t>(info ? info->si_addr : nullptr);
    for (const Range &range : g_ranges) {
        const std::uintptr_t begin = range.begin.load(std::memory_order_acquire);
        if (begin == 0 || address < begin || address >= range.end.load(std::memory_order_acquire))
            continue;
        const auto pageSize = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
        void *page = reinterpret_cast<void *>(address & ~(pageSize - 1));
        // A zero page over the vanished part of the file: the read that faulted is retried and sees
        // NULs.
        if (::mmap(page, pageSize, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
            != MAP_FAILED) {
            g_rescues.fetch_add(1, std::memory_order_relaxed);
            return;
        }
        break;
    }
    // Not ours: behave as if we were never installed.
    if ((g_previous.sa_flags & SA_SIGINFO) != 0 && g_previous.sa_sigaction) {
        g_previous.sa_sigaction(signal, info, context);
        return;
    }
    if (g_previous.sa_handler == SIG_IGN)
        return;
    if (g_previous.sa_handler == SIG_DFL) {
        struct sigaction fallback = {};
        fallback.sa_handler = SIG_DFL;
        ::sigemptyset(&fallback.sa_mask);
        ::sigaction(SIGBUS, &fallback, nullptr);
        return; // the faulting access runs again and takes the default action
    }
    g_previous.sa_handler(signal);
}

void installGuard()
{
    std::call_once(g_installOnce, [] {
        struct sigaction action = {};
        action.sa_sigaction = &onSigbus;
        action.sa_flags = SA_SIGINFO | SA_RESTART;
        ::sigemptyset(&action.sa_mask);
        ::sigaction(SIGBUS, &action, &g_previous);
    });
}

void registerRange(const char *data, std::size_t size)
{
    installGuard();
    const auto begin = reinterpret_cast<std::uintptr_t>(data);
    for (Range &range : g_ranges) {
        std::uintptr_t expected = 0;
        if (range.begin.load(std::memory_order_relaxed) == 0
            && range.end.load(std::memory_order_relaxed) == 0) {
            // Claim the slot through `end` first so the handler never sees a half-written pair.
            if (range.end.compare_exchange_strong(expected, begin + size)) {
                range.begin.store(begin, std::memory_order_release);
                return;
            }
        }
    }
    // Table full (thousands of mapped files): the mapping works, just unguarded.
}

void unregisterRange(const char *data)
{
    const auto begin = reinterpret_cast<std::uintptr_t>(data);
    for (Range &range : g_ranges) {
        if (range.begin.load(std::memory_order_relaxed) == begin) {
            range.begin.store(0, std::memory_order_release);
            range.end.store(0, std::memory_order_release);
            return;
        }
    }
}

/** The gzip trailer's ISIZE (last member's size mod 4 GiB): a reserve() hint, 1 if implausible. */
std::uint64_t inflatedSizeHint(const std::string &path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    std::uint64_t hint = 0;
    const off_t size = ::lseek(fd, 0, SEEK_END);
    unsigned char trailer[4] = {0, 0, 0, 0};
    if (size >= 18 && ::pread(fd, trailer, 4, size - 4) == 4) {
        hint = std::uint64_t(trailer[0]) | std::uint64_t(trailer[1]) << 8
               | std::uint64_t(trailer[2]) << 16 | std::uint64_t(trailer[3]) << 24;
        if (hint < static_cast<std::uint64_t>(size) / 2)
            hint = 0; // a file over 4 GiB inflated, or several members: let the string grow
    }
    ::close(fd);
    return hint + 1;
}

} // namespace

FileBuffer::~FileBuffer()
{
    if (m_mapped) {
        unregisterRange(m_data);
        ::munmap(const_cast<char *>(m_data), m_size);
    }
}

std::shared_ptr<const FileBuffer> FileBuffer::map(const std::string &path, std::uint64_t size,
                                                  std::string &error)
{
    std::shared_ptr<FileBuffer> buffer(new FileBuffer);
    if (size == 0)
        return buffer;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        error = std::strerror(errno);
        return nullptr;
    }
    void *data = ::mmap(nullptr, static_cast<std::size_t>(size), PROT_READ, MAP_SHARED, fd, 0);
    const int mapErrno = errno;
    ::close(fd);
    if (data == MAP_FAILED) {
        error = std::strerror(mapErrno);
        return nullptr;
    }
    buffer->m_data = static_cast<const char *>(data);
    buffer->m_size = static_cast<std::size_t>(size);
    buffer->m_mapped = true;
    registerRange(buffer->m_data, buffer->m_size);
    return buffer;
}

std::shared_ptr<const FileBuffer> FileBuffer::fromBytes(std::string bytes)
{
    std::shared_ptr<FileBuffer> buffer(new FileBuffer);
    buffer->m_owned = std::move(bytes);
    buffer->m_data = buffer->m_owned.data();
    buffer->m_size = buffer->m_owned.size();
    return buffer;
}

bool looksBinary(std::string_view head)
{
    return head.substr(0, 4096).find('\0') != std::string_view::npos;
}

bool isGzip(std::string_view head)
{
    return head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0x1f
           && static_cast<unsigned char>(head[1]) == 0x8b;
}

bool inflateGzip(const std::string &path, std::string &out, std::uint64_t maxBytes,
                 const std::atomic_bool *cancel, std::string &error)
{
    gzFile gz = ::gzopen(path.c_str(), "rb");
    if (!gz) {
        error = errno != 0 ? std::strerror(errno) : "cannot open gzip stream";
        return false;
    }
    ::gzbuffer(gz, 1u << 20);
    if (maxBytes == 0)
        out.reserve(static_cast<std::size_t>(inflatedSizeHint(path)));
    constexpr std::size_t kStep = 4u << 20;
    bool ok = true;
    while (true) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            error = "cancelled";
            ok = false;
            break;
        }
        std::size_t want = kStep;
        if (maxBytes > 0)
            want = std::min<std::size_t>(want, static_cast<std::size_t>(maxBytes - out.size()));
        if (want == 0)
            break;
        const std::size_t old = out.size();
        out.resize(old + want);
        const int n = ::gzread(gz, out.data() + old, static_cast<unsigned>(want));
        if (n < 0) {
            int code = 0;
            error = ::gzerror(gz, &code);
            out.resize(old);
            ok = false;
            break;
        }
        out.resize(old + static_cast<std::size_t>(n));
        if (n == 0)
            break;
    }
    ::gzclose(gz);
    return ok;
}

namespace Detail {
std::uint64_t sigbusRescues()
{
    return g_rescues.load(std::memory_order_relaxed);
}
} // namespace Detail

} // namespace OpsDeck::Logs::RawFile
