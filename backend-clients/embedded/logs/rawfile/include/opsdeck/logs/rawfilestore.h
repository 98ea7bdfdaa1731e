// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/logstore.h>

#include <QHash>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace OpsDeck::Logs {

namespace RawFile {
struct StoreState;
class RawSubscription;
} // namespace RawFile

/**
 * "Open a file" mode (what klogg and lnav do): an ephemeral, read-only
 * ILogStore over raw log files and folders, searched in place without
 * importing them.
 *
 * open() maps plain files (gzip files are inflated to memory in the
 * background) and returns at once; the line index (line starts and one time
 * per line, 8 bytes a line, 12 at most) is built on a private thread pool, in chunks
 * across all cores, reporting indexingProgress() and then
 * indexingFinished(). While it runs, the empty query without cursor is
 * answered from the end of the files (the first screen: total -1, from/to
 * invalid, a nextCursor that pages on through the index; a gzip file still
 * inflating is missing from it); every other call waits for the index
 * inside its future, never on the caller's thread.
 *
 * Records are lines. A line without a timestamp inherits the one before it
 * (a stack trace stays with its event); lines before a file's first
 * timestamp take that one, a file with none its modification time. Results
 * are all files merged newest first by (time, file, line): the exact reverse
 * of the merged file order, so equal times keep file order. The default
 * range is everything in the files. Record ids are (file slot << 40 | byte
 * offset of the line): stable for the store's lifetime, until a followed
 * file is truncated (it is then read again under a new slot).
 *
 * \code
 * auto store = OpsDeck::Logs::RawFileStore::open({QStringLiteral("/var/log/syslog")});
 * if (!store)
 *     return showError(store.error());
 * connect(store->get(), &RawFileStore::indexingFinished, this, &View::refresh);
 * Backend::LogQuery query;                     // empty query: the newest lines
 * auto *watcher = new QFutureWatcher<Result<Backend::LogPage>>(this);
 * watcher->setFuture((*store)->search(query)); // first screen even while indexing
 * \endcode
 */
class RawFileStore final : public Backend::ILogStore
{
    Q_OBJECT
public:
    /**
     * Opens files and folders (every regular file below a folder, sorted,
     * hidden ones left out). Binary files (a NUL in the first 4 KiB) and
     * unreadable ones are skipped and listed in skippedFiles(). A missing
     * path fails with ErrorCode::NotFound naming it; nothing left to show
     * fails with ErrorCode::InvalidArgument.
     */
    static Result<std::unique_ptr<RawFileStore>> open(const QStringList &paths);
    ~RawFileStore() override;

    QString displayName() const override;
    /** Always ErrorCode::Unsupported: opened files are read-only. */
    QFuture<Result<qint64>> append(const QList<Backend::LogRecord> &records) override;
    QFuture<Result<Backend::LogPage>> search(const Backend::LogQuery &query) override;
    /**
     * Follows the files while any subscription lives (sizes polled every
     * 250 ms): appended complete lines are indexed (search and context see
     * them) and the matching ones delivered on the owner's thread. A file
     * truncated or replaced is read again from its start under a new slot.
     */
    std::unique_ptr<Backend::LogSubscription> subscribe(const QString &query) override;
    QFuture<Result<QList<Backend::LogRecord>>> context(qint64 recordId, int before,
                                                       int after) override;
    /** One tier, "files": line count, bytes as read and bytes on disk. */
    QFuture<Result<Backend::LogStoreStats>> stats() override;
    QFuture<Result<QStringList>> fieldNames() override;
    /** Opens another RawFileStore over \a paths. */
    Result<std::unique_ptr<Backend::ILogStore>> openFiles(const QStringList &paths) override;

    /** The files shown, in file order (absolute paths). */
    QStringList files() const;
    /** What open() left out, as "path: reason". */
    QStringList skippedFiles() const;
    /** True once every file is indexed. */
    bool isIndexed() const;
    /** Memory the line index takes (0 until indexed). */
    qint64 indexMemoryBytes() const;

Q_SIGNALS:
    /** Bytes indexed so far out of \a total (gzip files count their compressed size). */
    void indexingProgress(qint64 done, qint64 total);
    void indexingFinished();

private:
    explicit RawFileStore(std::shared_ptr<RawFile::StoreState> state);
    void startIndexing();
    void pollFollowedFiles();
    void unsubscribe(quint64 id);
    void deliver(const QList<QPair<quint64, QList<Backend::LogRecord>>> &batches);
    friend class RawFile::RawSubscription;

    std::shared_ptr<RawFile::StoreState> m_state;
    QThreadPool m_indexPool; ///< the index build: one task per chunk
    /// Searches, context, the follow: apart, so the first screen never queues behind chunks.
    QThreadPool m_pool;
    QTimer m_followTimer;
    bool m_polling = false;
    quint64 m_nextSubscription = 1;
    struct Subscriber;
    QHash<quint64, std::shared_ptr<Subscriber>> m_subscribers;
};

} // namespace OpsDeck::Logs
