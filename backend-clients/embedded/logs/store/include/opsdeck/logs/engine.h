// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

/**
 * \file
 * The embedded log store's engine, in plain C++: write-ahead log, memtable,
 * daily partitions of immutable segment files, token index, background
 * flush, merge and retention. EmbeddedLogStore puts the ILogStore face on it;
 * tests and benchmarks drive it directly. Format: docs/log-store-format.md.
 *
 * Threads: every public function may be called from any thread.
 */

#include "opsdeck/logs/storedrecord.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace OpsDeck::Logs {

struct QueryNode;
class Matcher;

struct EngineOptions
{
    std::string dir;                               ///< <workspace>/logs
    std::size_t memtableBytes = 64u << 20;         ///< flush to a segment at this much text
    int hotDays = 30;                              ///< then recompressed into the cold tier
    int retentionDays = 365;                       ///< then deleted
    std::function<std::int64_t()> nowMs;           ///< the clock (tests pass a fake); default: system
    bool background = true;                        ///< flush/merge on a background thread
    /**
     * Open a store another process writes: no lock, nothing written or
     * repaired; refresh() picks up what the writer committed since.
     * Appending, flushing, merging and retention fail with "read-only".
     */
    bool readOnly = false;
    int hotZstdLevel = 3;
    int coldZstdLevel = 19;
};

/** One search over [fromMs, toMs), newest first. */
struct SearchRequest
{
    const QueryNode *query = nullptr;
    const Matcher *matcher = nullptr;
    bool needsDerivedFields = false;   ///< the query names extracted fields: reparse messages to verify
    std::int64_t fromMs = 0;
    std::int64_t toMs = 0;
    std::size_t limit = 100;
    bool countOnly = false;
    int buckets = 0;                   ///< > 0: fill the histogram
    bool hasCursor = false;            ///< only records before (cursorTs, cursorId)
    std::int64_t cursorTs = 0;
    std::int64_t cursorId = 0;
    std::int64_t maxId = 0;            ///< only ids <= maxId (0: everything committed now)
};

struct SearchResult
{
    std::vector<StoredRecord> records;
    std::uint64_t total = 0;
    bool more = false;                 ///< there are further matches after the last record
    std::int64_t maxId = 0;            ///< the snapshot the search saw (for cursors)
    std::int64_t bucketMs = 0;
    std::vector<std::uint64_t> histogram;
};

struct TierSizes
{
    std::uint64_t partitions = 0;
    std::uint64_t segments = 0;
    std::uint64_t records = 0;
    std::uint64_t rawBytes = 0;
    std::uint64_t diskBytes = 0;
    std::int64_t oldestDay = 0;        ///< days since the epoch (valid when partitions > 0)
    std::int64_t newestDay = 0;
};

struct EngineStats
{
    TierSizes hot;
    TierSizes cold;
    TierSizes recent;                  ///< not yet in a segment: memtable + write-ahead log
    int repairedOnOpen = 0;            ///< torn WAL tails cut when the store was opened
};

class LogEngine
{
public:
    ~LogEngine();
    LogEngine(const LogEngine &) = delete;
    LogEngine &operator=(const LogEngine &) = delete;

    /** Opens (creating if needed) the store in options.dir; repairs a crashed one. */
    static std::unique_ptr<LogEngine> open(EngineOptions options, std::string *error);

    /**
     * Assigns ids, writes \a records to the write-ahead log and makes them
     * searchable. With \a sync the call returns after fdatasync: then the
     * records survive kill -9 and a power cut ("committed"). Without, they
     * are committed by the next sync (a later append with sync, or commit()).
     */
    bool append(std::vector<StoredRecord> &&records, bool sync, std::string *error);
    bool commit(std::string *error);

    bool search(const SearchRequest &request, SearchResult &result, std::string *error) const;
    /** Up to \a before / \a after records of the same source around \a id, in source order. */
    bool context(std::int64_t id, int before, int after, std::vector<StoredRecord> &out,
                 std::string *error) const;
    /** Extracted field names seen in the index (for completion). */
    std::vector<std::string> fieldNames(std::size_t max) const;

    /** Writes the memtable to segments now and waits for it. */
    bool flush(std::string *error);
    /** Merges small segments of a partition into one. */
    bool merge(std::string *error);
    /** Moves partitions older than hotDays to cold, deletes those older than retentionDays. */
    bool enforceRetention(std::string *error);
    void setRetention(int hotDays, int retentionDays);

    /**
     * Read-only mode: reads what the writing process added (new WAL entries,
     * a new MANIFEST after a flush or merge) and hands new records to the
     * commit listeners. Returns the number of new records.
     */
    std::size_t refresh(std::string *error);
    bool isReadOnly() const;

    EngineStats stats() const;
    std::int64_t lastId() const;
    std::int64_t nowMs() const;

    /**
     * Calls \a sink with every batch of records once committed, in id order,
     * on the committing thread while the store's lock is held: it must be
     * quick and must not call back into the engine.
     */
    std::uint64_t addCommitListener(std::function<void(const std::vector<StoredRecord> &)> sink);
    void removeCommitListener(std::uint64_t id);

    struct Impl;

private:
    explicit LogEngine(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

/** Days since the epoch of \a ms (UTC), and the partition folder name "logs-YYYY-MM-DD". */
std::int64_t dayOf(std::int64_t ms);
std::string partitionName(std::int64_t day);

} // namespace OpsDeck::Logs
