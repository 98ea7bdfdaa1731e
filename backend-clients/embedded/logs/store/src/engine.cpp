// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/logs/engine.h"

#include "bytes.h"
#include "opsdeck/embedded/fileutil.h"
#include "queryexec.h"
#include "segment.h"
#include "wal.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <atomic>
#include <deque>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace OpsDeck::Logs {

using Embedded::makeDirectories;
using Embedded::writeFileAtomically;

namespace fs = std::filesystem;

constexpr std::int64_t kDayMs = 86'400'000;

std::int64_t dayOf(std::int64_t ms)
{
    return ms >= 0 ? ms / kDayMs : -((-ms + kDayMs - 1) / kDayMs);
}

std::string partitionName(std::int64_t day)
{
    const std::time_t t = static_cast<std::time_t>(day * 86400);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char name[32];
    std::snprintf(name, sizeof name, "logs-%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
    return name;
}

namespace {

std::int64_t systemNowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}


} // namespace

// --- Impl ------------------------------------------------------------------

struct LogEngine::Impl
{
    EngineOptions options;
    mutable std::mutex mutex;            // guards everything below
    std::condition_variable flushed;     // a frozen memtable became a segment
    std::condition_variable work;        // the background thread has something to do
    WriteAheadLog wal;
    std::shared_ptr<Memtable> memtable = std::make_shared<Memtable>();
    struct Frozen
    {
        std::shared_ptr<Memtable> table;
        std::uint64_t walSeq = 0;
    };
    std::deque<Frozen> frozen;
    std::vector<std::shared_ptr<SegmentReader>> segments;
    std::int64_t nextId = 1;
    std::int64_t flushedId = 0;
    std::uint64_t nextFile = 1;
    int repaired = 0;
    std::map<std::uint64_t, std::function<void(const std::vector<StoredRecord> &)>> listeners;
    std::uint64_t nextListener = 1;
    bool stopping = false;
    bool flushing = false;
    std::string backgroundError;
    std::thread background;
    std::function<void()> afterFlush; // merges when a day has gathered many segments
    std::mutex maintenance;           // one merge or retention pass at a time
    int lockFd = -1;
    std::filesystem::file_time_type manifestStamp{};

    std::filesystem::file_time_type manifestTime() const
    {
        std::error_code ec;
        return fs::last_write_time(manifestPath(), ec);
    }

    ~Impl()
    {
        if (lockFd >= 0)
            ::close(lockFd); // releases the flock
    }

    /** One process at a time writes a store: a second one is told who has it. */
    bool lockStore(std::string *error)
    {
        const std::string path = options.dir + "/LOCK";
        lockFd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (lockFd < 0) {
            *error = path + ": " + std::strerror(errno);
            return false;
        }
        if (::flock(lockFd, LOCK_EX | LOCK_NB) != 0) {
            char pid[32] = {};
            const ssize_t n = ::pread(lockFd, pid, sizeof pid - 1, 0);
            std::string holder = n > 0 ? std::string(pid, static_cast<std::size_t>(n)) : std::string("?");
            while (!holder.empty() && (holder.back() == '\n' || holder.back() == ' '))
                holder.pop_back();
            *error = "in use by another process (pid " + holder + "): " + path;
            ::close(lockFd);
            lockFd = -1;
            return false;
        }
        const std::string pid = std::to_string(::getpid()) + "\n";
        if (::ftruncate(lockFd, 0) == 0 && ::pwrite(lockFd, pid.data(), pid.size(), 0) < 0) {
            // The pid is only a hint for the message above.
        }
        return true;
    }

    std::string manifestPath() const { return options.dir + "/MANIFEST"; }
    std::string walDir() const { return options.dir + "/wal"; }

    bool writeManifest(std::string *error) const
    {
        std::ostringstream out;
        out << "opsdeck-logstore 1\n";
        out << "flushed " << flushedId << "\n";
        out << "next-file " << nextFile << "\n";
        for (const auto &s : segments)
            out << "segment " << fs::relative(s->path(), options.dir).string() << "\n";
        return writeFileAtomically(manifestPath(), out.str(), error);
    }

    std::string newSegmentPath(std::int64_t day, std::string *error)
    {
        const std::string dir = options.dir + "/partitions/" + partitionName(day);
        if (!makeDirectories(dir, error))
            return {};
        char name[40];
        std::snprintf(name, sizeof name, "seg-%08llu.ods", static_cast<unsigned long long>(nextFile++));
        return dir + "/" + name;
    }

    /** Writes \a records (any order) as one segment per day; returns the readers. */
    bool writeSegments(std::vector<const StoredRecord *> records, Tier tier,
                       std::vector<std::shared_ptr<SegmentReader>> &out, std::string *error)
    {
        std::sort(records.begin(), records.end(), [](const StoredRecord *a, const StoredRecord *b) {
            return a->ts != b->ts ? a->ts < b->ts : a->id < b->id;
        });
        SegmentWriteOptions writeOptions;
        writeOptions.tier = tier;
        writeOptions.zstdLevel = tier == Tier::Cold ? options.coldZstdLevel : options.hotZstdLevel;
        if (tier == Tier::Cold) {
            // Cold: larger blocks compress harder and need fewer variable postings.
            writeOptions.blockTextBytes = 1024 * 1024;
            writeOptions.blockMaxLines = 16384;
        }
        // One segment per day; the days are written in parallel (the index
        // and zstd are CPU-bound, and a memtable usually spans several days).
        std::vector<std::pair<std::size_t, std::size_t>> groups;
        for (std::size_t i = 0; i < records.size();) {
            const std::int64_t day = dayOf(records[i]->ts);
            std::size_t end = i;
            while (end < records.size() && dayOf(records[end]->ts) == day)
                ++end;
            groups.emplace_back(i, end);
            i = end;
        }
        std::vector<std::shared_ptr<SegmentReader>> made(groups.size());
        std::vector<std::string> errors(groups.size());
        std::atomic<std::size_t> next{0};
        auto writeDays = [&] {
            for (std::size_t g = next++; g < groups.size(); g = next++) {
                const auto [begin, end] = groups[g];
                std::string path;
                {
                    std::lock_guard lock(mutex);
                    path = newSegmentPath(dayOf(records[begin]->ts), &errors[g]);
                }
                if (path.empty())
                    continue;
                const std::vector<const StoredRecord *> part(records.begin() + static_cast<std::ptrdiff_t>(begin),
                                                             records.begin() + static_cast<std::ptrdiff_t>(end));
                if (writeSegment(path, part, writeOptions, &errors[g]))
                    made[g] = SegmentReader::open(path, &errors[g]);
            }
        };
        const std::size_t threads = std::min<std::size_t>(groups.size(), std::max(1u, std::thread::hardware_concurrency()));
        std::vector<std::thread> pool;
        for (std::size_t t = 1; t < threads; ++t)
            pool.emplace_back(writeDays);
        writeDays();
        for (auto &t : pool)
            t.join();
        bool ok = true;
        for (std::size_t g = 0; g < groups.size(); ++g) {
            if (made[g]) {
                out.push_back(made[g]); // on failure the caller removes what was made
            } else if (ok) {
                ok = false;
                if (error)
                    *error = errors[g];
            }
        }
        return ok;
    }

    /** Turns the oldest frozen memtable into segments. Called without the lock. */
    bool flushOldest(std::string *error)
    {
        Frozen job;
        {
            std::lock_guard lock(mutex);
            if (frozen.empty())
                return true;
            job = frozen.front();
        }
        std::vector<const StoredRecord *> records;
        const std::size_t count = job.table->size();
        records.reserve(count);
        std::int64_t maxId = 0;
        for (std::size_t k = 0; k < count; ++k) {
            records.push_back(&job.table->at(k));
            maxId = std::max(maxId, records.back()->id);
        }
        std::vector<std::shared_ptr<SegmentReader>> made;
        if (!records.empty() && !writeSegments(records, Tier::Hot, made, error)) {
            for (const auto &s : made)
                std::filesystem::remove(s->path());
            return false;
        }
        std::lock_guard lock(mutex);
        segments.insert(segments.end(), made.begin(), made.end());
        flushedId = std::max(flushedId, maxId);
        if (!writeManifest(error))
            return false;
        frozen.pop_front();
        wal.removeUpTo(job.walSeq);
        flushed.notify_all();
        return true;
    }

    /** Freezes the memtable (lock held) so the background thread flushes it. */
    bool freezeLocked(std::string *error)
    {
        if (memtable->size() == 0)
            return true;
        const std::uint64_t seq = wal.rotate(error);
        frozen.push_back(Frozen{memtable, seq});
        memtable = std::make_shared<Memtable>();
        work.notify_all();
        return true;
    }

    Snapshot snapshot() const;
    bool rewriteSegments(const std::vector<std::shared_ptr<SegmentReader>> &inputs, Tier tier,
                         std::string *error);

    void run()
    {
        std::unique_lock lock(mutex);
        while (!stopping) {
            work.wait_for(lock, std::chrono::minutes(10), [this] { return stopping || !frozen.empty(); });
            if (stopping)
                break;
            while (!frozen.empty() && !stopping) {
                flushing = true;
                lock.unlock();
                std::string error;
                const bool ok = flushOldest(&error);
                if (ok && afterFlush)
                    afterFlush();
                lock.lock();
                flushing = false;
                if (!ok) {
                    backgroundError = error;
                    flushed.notify_all();
                    // Retry later rather than spin on a full disk.
                    work.wait_for(lock, std::chrono::seconds(5), [this] { return stopping; });
                }
            }
        }
    }

    bool load(std::string *error)
    {
        if (options.readOnly) {
            if (!std::filesystem::is_directory(options.dir)) {
                *error = options.dir + ": no log store here";
                return false;
            }
        } else if (!makeDirectories(options.dir, error) || !lockStore(error)) {
            return false;
        }
        std::set<std::string> listed;
        std::ifstream in(manifestPath());
        if (in) {
            std::string word;
            in >> word;
            std::string version;
            in >> version;
            if (word != "opsdeck-logstore" || version != "1") {
                *error = manifestPath() + ": not a log store manifest of version 1";
                return false;
            }
            while (in >> word) {
                if (word == "flushed") {
                    in >> flushedId;
                } else if (word == "next-file") {
                    in >> nextFile;
                } else if (word == "segment") {
                    std::string rel;
                    in >> rel;
                    const std::string path = options.dir + "/" + rel;
                    auto reader = SegmentReader::open(path, error);
                    if (!reader)
                        return false;
                    listed.insert(fs::weakly_canonical(path).string());
                    segments.push_back(std::move(reader));
                } else {
                    *error = manifestPath() + ": unknown entry \"" + word + "\"";
                    return false;
                }
            }
        }
        if (options.readOnly) {
            manifestStamp = manifestTime();
            std::vector<StoredRecord> replay;
            if (!wal.readNew(walDir(), replay, error))
                return false;
            nextId = flushedId + 1;
            for (const auto &seg : segments)
                nextId = std::max(nextId, seg->maxId() + 1);
            for (auto &r : replay) {
                if (r.id <= flushedId)
                    continue;
                nextId = std::max(nextId, r.id + 1);
                deriveFields(r);
                memtable->push(std::move(r));
            }
            return true;
        }
        // Files a crash left behind: segments written but never listed (their
        // records are still in the WAL) and temporary files.
        std::error_code ec;
        if (fs::exists(options.dir + "/partitions", ec)) {
            for (const auto &entry : fs::recursive_directory_iterator(options.dir + "/partitions", ec)) {
                if (!entry.is_regular_file(ec))
                    continue;
                const std::string path = fs::weakly_canonical(entry.path()).string();
                if (!listed.count(path))
                    fs::remove(entry.path(), ec);
            }
            for (const auto &entry : fs::directory_iterator(options.dir + "/partitions", ec)) {
                if (entry.is_directory(ec) && fs::is_empty(entry.path(), ec))
                    fs::remove(entry.path(), ec);
            }
        }
        std::vector<StoredRecord> replay;
        if (!wal.open(walDir(), replay, repaired, error))
            return false;
        nextId = flushedId + 1;
        for (const auto &s : segments)
            nextId = std::max(nextId, s->maxId() + 1);
        for (auto &r : replay) {
            if (r.id <= flushedId)
                continue; // already in a segment; the WAL file outlived the flush
            nextId = std::max(nextId, r.id + 1);
            deriveFields(r);
            memtable->push(std::move(r));
        }
        // Re-log what was replayed into the new WAL file, so older files can go.
        if (memtable->size() > 0) {
            std::vector<StoredRecord> copy;
            for (std::size_t k = 0; k < memtable->size(); ++k)
                copy.push_back(memtable->at(k));
            if (!wal.append(copy, 0, error) || !wal.sync(error))
                return false;
        }
        // Everything older is now either in a segment or in the current file.
        wal.removeUpTo(wal.currentSeq() - 1);
        return true;
    }
};

// --- LogEngine ---------------------------------------------------------------

LogEngine::LogEngine(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}

LogEngine::~LogEngine()
{
    std::string error;
    flush(&error);
    {
        std::lock_guard lock(d->mutex);
        d->stopping = true;
        d->work.notify_all();
    }
    if (d->background.joinable())
        d->background.join();
}

std::unique_ptr<LogEngine> LogEngine::open(EngineOptions options, std::string *error)
{
    auto impl = std::make_unique<Impl>();
    if (!options.nowMs)
        options.nowMs = systemNowMs;
    impl->options = std::move(options);
    std::string ignored;
    if (!impl->load(error ? error : &ignored))
        return nullptr;
    std::unique_ptr<LogEngine> engine(new LogEngine(std::move(impl)));
    Impl *d = engine->d.get();
    if (d->options.background && !d->options.readOnly) {
        LogEngine *self = engine.get();
        d->afterFlush = [self] {
            std::string mergeError; // a failed merge leaves the segments as they were
            self->merge(&mergeError);
        };
        d->background = std::thread([d] { d->run(); });
    }
    else {
        std::string err;
        while (true) {
            {
                std::lock_guard lock(d->mutex);
                if (d->frozen.empty())
                    break;
            }
            if (!d->flushOldest(&err)) {
                if (error)
                    *error = err;
                return nullptr;
            }
        }
    }
    return engine;
}

namespace {
bool readOnlyError(std::string *error)
{
    if (error)
        *error = "the store is open read-only (another process is writing it)";
    return false;
}
} // namespace

bool LogEngine::append(std::vector<StoredRecord> &&records, bool sync, std::string *error)
{
    if (d->options.readOnly)
        return readOnlyError(error);
    if (records.empty())
        return sync ? commit(error) : true;
    std::unique_lock lock(d->mutex);
    // Back-pressure: never let more than two memtables wait for the disk.
    d->flushed.wait(lock, [this] { return d->frozen.size() < 2 || d->stopping || !d->options.background; });
    const std::int64_t now = d->options.nowMs();
    for (auto &r : records) {
        r.id = d->nextId++;
        if (r.ingested == kNoTime)
            r.ingested = now;
        if (r.ts == kNoTime)
            r.ts = r.ingested;
    }
    if (!d->wal.append(records, 0, error))
        return false;
    if (sync && !d->wal.sync(error))
        return false;
    for (const auto &[id, sink] : d->listeners)
        sink(records);
    for (auto &r : records)
        d->memtable->push(std::move(r));
    if (d->memtable->bytes() >= d->options.memtableBytes) {
        if (!d->freezeLocked(error))
            return false;
        if (!d->options.background) {
            lock.unlock();
            return d->flushOldest(error);
        }
    }
    return true;
}

bool LogEngine::commit(std::string *error)
{
    if (d->options.readOnly)
        return readOnlyError(error);
    std::lock_guard lock(d->mutex);
    return d->wal.sync(error);
}

bool LogEngine::flush(std::string *error)
{
    if (d->options.readOnly)
        return true; // nothing of ours to write
    {
        std::unique_lock lock(d->mutex);
        if (!d->wal.sync(error))
            return false;
        if (!d->freezeLocked(error))
            return false;
        if (d->options.background && d->background.joinable()) {
            d->flushed.wait(lock, [this] {
                return d->frozen.empty() || d->stopping || !d->backgroundError.empty();
            });
            if (!d->backgroundError.empty()) {
                if (error)
                    *error = d->backgroundError;
                return false;
            }
            return true;
        }
    }
    while (true) {
        {
            std::lock_guard lock(d->mutex);
            if (d->frozen.empty())
                return true;
        }
        if (!d->flushOldest(error))
            return false;
    }
}

bool LogEngine::isReadOnly() const
{
    return d->options.readOnly;
}

std::size_t LogEngine::refresh(std::string *error)
{
    if (!d->options.readOnly)
        return 0;
    // A new MANIFEST means a flush, merge or retention happened: take its segments.
    if (d->manifestTime() != d->manifestStamp) {
        std::ifstream in(d->manifestPath());
        std::string word, version;
        in >> word >> version;
        std::int64_t flushed = 0;
        std::vector<std::shared_ptr<SegmentReader>> segments;
        std::map<std::string, std::shared_ptr<SegmentReader>> known;
        {
            std::lock_guard lock(d->mutex);
            for (const auto &seg : d->segments)
                known[seg->path()] = seg;
        }
        bool ok = word == "opsdeck-logstore" && version == "1";
        while (ok && in >> word) {
            if (word == "flushed") {
                in >> flushed;
            } else if (word == "next-file") {
                std::uint64_t ignored = 0;
                in >> ignored;
            } else if (word == "segment") {
                std::string rel;
                in >> rel;
                const std::string path = d->options.dir + "/" + rel;
                if (auto it = known.find(path); it != known.end()) {
                    segments.push_back(it->second);
                } else if (auto reader = SegmentReader::open(path, error)) {
                    segments.push_back(std::move(reader));
                } else {
                    ok = false; // replaced again while we read: try next time
                }
            }
        }
        if (ok) {
            std::lock_guard lock(d->mutex);
            d->segments = std::move(segments);
            d->flushedId = std::max(d->flushedId, flushed);
            d->manifestStamp = d->manifestTime();
            // Records now in segments leave the memtable.
            auto fresh = std::make_shared<Memtable>();
            for (std::size_t i = 0; i < d->memtable->size(); ++i) {
                if (d->memtable->at(i).id > d->flushedId) {
                    StoredRecord copy = d->memtable->at(i);
                    fresh->push(std::move(copy));
                }
            }
            d->memtable = std::move(fresh);
        }
    }
    std::vector<StoredRecord> fresh;
    if (!d->wal.readNew(d->walDir(), fresh, error))
        return 0;
    std::vector<StoredRecord> added;
    std::lock_guard lock(d->mutex);
    for (auto &r : fresh) {
        if (r.id < d->nextId || r.id <= d->flushedId)
            continue;
        d->nextId = r.id + 1;
        deriveFields(r);
        added.push_back(std::move(r));
    }
    if (!added.empty()) {
        for (const auto &[id, sink] : d->listeners)
            sink(added);
        for (auto &r : added)
            d->memtable->push(std::move(r));
    }
    return added.size();
}

std::int64_t LogEngine::lastId() const
{
    std::lock_guard lock(d->mutex);
    return d->nextId - 1;
}

std::int64_t LogEngine::nowMs() const
{
    return d->options.nowMs();
}

void LogEngine::setRetention(int hotDays, int retentionDays)
{
    std::lock_guard lock(d->mutex);
    d->options.hotDays = hotDays;
    d->options.retentionDays = retentionDays;
}

std::uint64_t LogEngine::addCommitListener(std::function<void(const std::vector<StoredRecord> &)> sink)
{
    std::lock_guard lock(d->mutex);
    const std::uint64_t id = d->nextListener++;
    d->listeners.emplace(id, std::move(sink));
    return id;
}

void LogEngine::removeCommitListener(std::uint64_t id)
{
    std::lock_guard lock(d->mutex);
    d->listeners.erase(id);
}

Snapshot LogEngine::Impl::snapshot() const
{
    std::lock_guard lock(mutex);
    Snapshot s;
    s.segments = segments;
    for (const auto &f : frozen)
        s.tables.push_back({f.table, f.table->size()});
    s.tables.push_back({memtable, memtable->size()});
    s.maxId = nextId - 1;
    return s;
}

bool LogEngine::search(const SearchRequest &request, SearchResult &result, std::string *error) const
{
    return executeSearch(d->snapshot(), request, result, error);
}

bool LogEngine::context(std::int64_t id, int before, int after, std::vector<StoredRecord> &out,
                        std::string *error) const
{
    return executeContext(d->snapshot(), id, before, after, out, error);
}

std::vector<std::string> LogEngine::fieldNames(std::size_t max) const
{
    const Snapshot s = d->snapshot();
    std::set<std::string> names;
    if (!s.segments.empty())
        names.insert("level"); // indexed under its own key, not as "\x01level=..."
    for (const auto &seg : s.segments) {
        for (const auto &key : seg->keysWithPrefix("\x01", 4096)) {
            const auto eq = key.find('=');
            if (eq != std::string::npos && eq > 1)
                names.insert(key.substr(1, eq - 1));
            if (names.size() >= max)
                break;
        }
    }
    for (const auto &[table, count] : s.tables) {
        for (std::size_t k = 0; k < count && names.size() < max; ++k) {
            for (const auto &f : table->at(k).derived)
                names.insert(f.key);
            for (const auto &f : table->at(k).extra)
                names.insert(f.key);
        }
    }
    return {names.begin(), names.end()};
}

EngineStats LogEngine::stats() const
{
    EngineStats stats;
    const Snapshot s = d->snapshot();
    std::map<std::pair<int, std::int64_t>, bool> days;
    for (const auto &seg : s.segments) {
        TierSizes &t = seg->tier() == Tier::Cold ? stats.cold : stats.hot;
        const std::int64_t day = dayOf(seg->minTs());
        if (!days.count({int(seg->tier()), day})) {
            days[{int(seg->tier()), day}] = true;
            if (t.partitions == 0 || day < t.oldestDay)
                t.oldestDay = day;
            if (t.partitions == 0 || day > t.newestDay)
                t.newestDay = day;
            ++t.partitions;
        }
        ++t.segments;
        t.records += seg->lineCount();
        t.rawBytes += seg->rawBytes();
        t.diskBytes += seg->fileBytes();
    }
    for (const auto &[table, count] : s.tables) {
        stats.recent.records += count;
        for (std::size_t k = 0; k < count; ++k)
            stats.recent.rawBytes += table->at(k).message.size() + 1;
    }
    {
        std::lock_guard lock(d->mutex);
        stats.recent.diskBytes = d->wal.bytesOnDisk();
        stats.repairedOnOpen = d->repaired;
    }
    return stats;
}

bool LogEngine::merge(std::string *error)
{
    if (d->options.readOnly)
        return true;
    std::lock_guard maintenance(d->maintenance);
    // Merge the hot segments of each partition that has more than four, up to
    // 512 MiB of text at a time, so a busy day ends up as a few large segments.
    std::map<std::int64_t, std::vector<std::shared_ptr<SegmentReader>>> byDay;
    {
        std::lock_guard lock(d->mutex);
        for (const auto &s : d->segments) {
            if (s->tier() == Tier::Hot)
                byDay[dayOf(s->minTs())].push_back(s);
        }
    }
    for (auto &[day, list] : byDay) {
        if (list.size() <= 4)
            continue;
        std::sort(list.begin(), list.end(),
                  [](const auto &a, const auto &b) { return a->rawBytes() < b->rawBytes(); });
        std::vector<std::shared_ptr<SegmentReader>> chosen;
        std::uint64_t bytes = 0;
        for (const auto &s : list) {
            if (!chosen.empty() && bytes + s->rawBytes() > (512ull << 20))
                break;
            chosen.push_back(s);
            bytes += s->rawBytes();
        }
        if (chosen.size() < 2)
            continue;
        if (!d->rewriteSegments(chosen, Tier::Hot, error))
            return false;
    }
    return true;
}

bool LogEngine::Impl::rewriteSegments(const std::vector<std::shared_ptr<SegmentReader>> &inputs, Tier tier,
                                      std::string *error)
{
    std::vector<StoredRecord> records;
    for (const auto &s : inputs) {
        if (!readAllRecords(*s, records, error))
            return false;
    }
    std::vector<const StoredRecord *> pointers;
    pointers.reserve(records.size());
    for (auto &r : records) {
        deriveFields(r);
        pointers.push_back(&r);
    }
    std::vector<std::shared_ptr<SegmentReader>> made;
    if (!pointers.empty() && !writeSegments(pointers, tier, made, error))
        return false;
    std::lock_guard lock(mutex);
    std::vector<std::shared_ptr<SegmentReader>> kept;
    for (const auto &s : segments) {
        if (std::find(inputs.begin(), inputs.end(), s) == inputs.end())
            kept.push_back(s);
    }
    kept.insert(kept.end(), made.begin(), made.end());
    segments.swap(kept);
    if (!writeManifest(error))
        return false;
    // Open searches keep their mapping; the files go now (Linux keeps mapped data).
    std::error_code ec;
    for (const auto &s : inputs) {
        fs::remove(s->path(), ec);
        const fs::path dir = fs::path(s->path()).parent_path();
        if (fs::is_empty(dir, ec))
            fs::remove(dir, ec);
    }
    return true;
}

bool LogEngine::enforceRetention(std::string *error)
{
    if (d->options.readOnly)
        return true;
    std::lock_guard maintenance(d->maintenance);
    int hotDays = 0, retentionDays = 0;
    std::vector<std::shared_ptr<SegmentReader>> all;
    {
        std::lock_guard lock(d->mutex);
        hotDays = d->options.hotDays;
        retentionDays = d->options.retentionDays;
        all = d->segments;
    }
    const std::int64_t today = dayOf(d->options.nowMs());
    std::vector<std::shared_ptr<SegmentReader>> expired;
    std::map<std::int64_t, std::vector<std::shared_ptr<SegmentReader>>> toCold;
    for (const auto &s : all) {
        const std::int64_t age = today - dayOf(s->maxTs());
        if (age >= retentionDays)
            expired.push_back(s);
        else if (age >= hotDays && s->tier() == Tier::Hot)
            toCold[dayOf(s->minTs())].push_back(s);
    }
    if (!expired.empty()) {
        std::lock_guard lock(d->mutex);
        std::vector<std::shared_ptr<SegmentReader>> kept;
        for (const auto &s : d->segments) {
            if (std::find(expired.begin(), expired.end(), s) == expired.end())
                kept.push_back(s);
        }
        d->segments.swap(kept);
        if (!d->writeManifest(error))
            return false;
        std::error_code ec;
        for (const auto &s : expired) {
            fs::remove(s->path(), ec);
            const fs::path dir = fs::path(s->path()).parent_path();
            if (fs::is_empty(dir, ec))
                fs::remove(dir, ec);
        }
    }
    for (auto &[day, list] : toCold) {
        // A cold partition keeps its cold segments and gains one more.
        if (!d->rewriteSegments(list, Tier::Cold, error))
            return false;
    }
    return true;
}

} // namespace OpsDeck::Logs
