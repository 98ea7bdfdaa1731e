// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "lineindex.h"
#include "rawsearch.h"

#include <opsdeck/api/logstore.h>

#include <QDateTime>
#include <QStringList>
#include <QThreadPool>

#include <deque>
#include <functional>
#include <mutex>

namespace OpsDeck::Logs::RawFile {

/** Record ids: the file's slot above the byte offset of the line (files up to 1 TiB). */
inline constexpr int kOffsetBits = 40;
inline constexpr std::uint64_t kOffsetMask = (std::uint64_t(1) << kOffsetBits) - 1;

/** A file as the first screen reads it before its index exists. */
struct TailSource
{
    int slot = 0;
    std::string path;
    std::int64_t fallbackTs = 0;
    std::shared_ptr<const FileBuffer> buffer; ///< null until a gzip file is inflated
};

/** Work waiting for the index: \c run once it is there, \c cancel if the store closes first. */
struct Pending
{
    std::function<void()> run;
    std::function<void()> cancel;
};

struct CacheEntry
{
    std::string text;
    std::int64_t fromMs = 0;
    std::int64_t toMs = 0;
    std::uint64_t generation = 0;
    std::shared_ptr<const MatchSet> matches;
    std::size_t bytes = 0;
};

/**
 * What the store shares with its pool tasks. The store cancels and joins
 * every task in its destructor, so tasks may use \c pool; they hold the
 * state by shared_ptr only so that the order of destruction never matters.
 */
struct StoreState
{
    std::shared_ptr<std::atomic_bool> cancel = std::make_shared<std::atomic_bool>(false);
    std::int64_t nowMs = 0; ///< fixed at open: year-less stamps resolve the same way every time
    QDateTime openedAt;     ///< LogRecord::ingestedAt of every record
    QString cursorTag;      ///< random per store: a cursor from another store is refused
    QThreadPool *pool = nullptr; ///< the store's query pool
    QStringList displayFiles;
    std::vector<std::shared_ptr<FileView>>
        opening; ///< from open() to the indexer (owner thread only)

    mutable std::mutex mutex; // guards everything below
    QStringList skipped;
    std::vector<TailSource> tails;
    std::vector<std::shared_ptr<const FileView>>
        views; ///< indexed, in file order (empty until indexed)
    bool indexed = false;
    std::uint64_t generation = 0; ///< bumped whenever a view changes (follow)
    std::vector<Pending> pending;
    std::deque<CacheEntry> cache;
    int nextSlot = 0;

    bool cancelled() const { return cancel->load(std::memory_order_relaxed); }

    /** Runs \a run on the pool once the index is there (now, if it is). */
    void whenIndexed(Pending task);
    /** The indexed views and their generation. */
    std::vector<std::shared_ptr<const FileView>> snapshot(std::uint64_t *generation
                                                          = nullptr) const;
};

/** The work distribution of a search: blockingMap on \a pool, the calling thread taking part. */
Parallel poolParallel(QThreadPool *pool);

/** A record for line \a text of file \a path (host, service, level and fields parsed from it). */
Backend::LogRecord makeRecord(int slot, const std::string &path, std::string_view text,
                              std::uint64_t offset, std::int64_t ts, const StoreState &state);
Backend::LogRecord makeRecord(const FileView &view, std::uint64_t line, const StoreState &state);

QString fromStd(std::string_view s);
/** A path as stored (bytes, QFile::encodeName) back to a QString. */
QString decodePath(const std::string &path);

/** Page size limit of search(); larger limits are clamped. */
inline constexpr int kMaxLimit = 10'000;

/** The translated Error for a query syntax error: ErrorCode::Parse, detail "1:COL: ...". */
Error parseError(const QueryError &error);
/** What a call gets when the store closes before it ran. */
Error cancelledError();

/**
 * The first screen while the index is being built: the newest \a limit
 * lines from the end of each file (total -1, from/to unknown). nullopt when
 * a file's times cannot be settled without its index: wait for it then.
 */
std::optional<Backend::LogPage> firstScreen(const StoreState &state, int limit);

/** A search over the indexed views (the store's search() once the index is there). */
Result<Backend::LogPage> indexedSearch(StoreState &state, const Backend::LogQuery &query);

} // namespace OpsDeck::Logs::RawFile
