// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "opsdeck/logs/engine.h"

#include <opsdeck/api/logstore.h>

#include <QThreadPool>

#include <memory>

namespace OpsDeck::Logs {

struct ParsedQuery;

/**
 * The log store of the offline local mode: an ILogStore over LogEngine in
 * <workspace>/logs. Calls run on the store's own thread pool; live-tail
 * subscribers get records from a bounded queue, so a slow subscriber drops
 * its oldest pending records instead of slowing ingest.
 */
class EmbeddedLogStore final : public Backend::ILogStore
{
    Q_OBJECT
public:
    struct Options
    {
        int hotDays = 30;
        int retentionDays = 365;
        int defaultRangeDays = 7;     ///< searched when LogQuery::from is invalid (seed)
        std::size_t memtableBytes = 64u << 20;
        std::function<std::int64_t()> nowMs; ///< tests pass a fake clock
        bool background = true;
        /** Open a store another process writes: search, stats and live tail work
         *  (new records are picked up every 100 ms); writing fails with Conflict. */
        bool readOnly = false;
    };

    /** Opens or creates the store in \a dir; repairs it after a crash. */
    static Result<std::unique_ptr<EmbeddedLogStore>> open(const QString &dir, Options options);
    ~EmbeddedLogStore() override;

    QString displayName() const override;
    QFuture<Result<qint64>> append(const QList<Backend::LogRecord> &records) override;
    QFuture<Result<Backend::LogPage>> search(const Backend::LogQuery &query) override;
    std::unique_ptr<Backend::LogSubscription> subscribe(const QString &query) override;
    QFuture<Result<QList<Backend::LogRecord>>> context(qint64 recordId, int before, int after) override;
    QFuture<Result<Backend::LogStoreStats>> stats() override;
    QFuture<Result<qint64>> ingestFiles(const Backend::LogIngestRequest &request) override;
    QFuture<Result<QStringList>> fieldNames() override;
    /** Opens raw files without importing them (RawFileStore). */
    Result<std::unique_ptr<Backend::ILogStore>> openFiles(const QStringList &paths) override;

    /** Fills an empty store with a few days of demo logs ending now (for --demo workspaces). */
    QFuture<Result<qint64>> fillDemo(int days);

    /** Runs retention and merging now (the store also does so every hour). */
    QFuture<Result<bool>> maintain();

    LogEngine &engine() { return *m_engine; }
    const QString &directory() const { return m_dir; }

    /** Converts a parser error into the store's translated Error (ErrorCode::Parse, "1:COL: ..."). */
    static Error queryError(const QString &text, int column, int code, const QString &detail);

private:
    EmbeddedLogStore(const QString &dir, Options options, std::unique_ptr<LogEngine> engine);
    void waitForDemo() const;

    QString m_dir;
    Options m_options;
    std::unique_ptr<LogEngine> m_engine;
    QThreadPool m_pool;
    QString m_cursorTag;
    QFuture<Result<qint64>> m_demoFill;
    class Maintenance;
    Maintenance *m_maintenance = nullptr;
    class Follower;
    Follower *m_follower = nullptr;
};

/** Backend::LogRecord from a stored record (fields: stored ones plus those parsed from the message). */
Backend::LogRecord toLogRecord(const StoredRecord &r);

} // namespace OpsDeck::Logs
