// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "opsdeck/api/backend.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QStringList>
#include <QVariantMap>

#include <memory>

namespace OpsDeck::Backend {

enum class LogLevel { Unknown, Trace, Debug, Info, Notice, Warning, Error, Critical };

/** Lowercase name ("warning"); parses the common spellings back (WARN, err, …). */
OPSDECK_BACKENDAPI_EXPORT QString logLevelName(LogLevel level);
OPSDECK_BACKENDAPI_EXPORT LogLevel logLevelFromName(const QString &name);

/** One log record: a line (or a multi-line event) with its parsed fields. */
struct OPSDECK_BACKENDAPI_EXPORT LogRecord
{
    qint64 id = 0;            ///< assigned by the store, increasing per store
    QDateTime timestamp;      ///< when it happened (ingest time if unparseable)
    QDateTime ingestedAt;
    QString host;
    QString service;
    QString source;           ///< file path or "syslog://udp", for context lookups
    LogLevel level = LogLevel::Unknown;
    QString message;          ///< the raw text, never altered
    QVariantMap fields;       ///< extracted key/value fields (JSON, logfmt)
    friend bool operator==(const LogRecord &, const LogRecord &) = default;
};

/** A search: the query language text and a time range. */
struct OPSDECK_BACKENDAPI_EXPORT LogQuery
{
    QString text;             ///< the store's query language (docs/log-query.md)
    QDateTime from;           ///< inclusive; invalid = the store's default range
    QDateTime to;             ///< exclusive; invalid = now
    int limit = 100;          ///< page size, >= 1 (ignored with countOnly)
    QString cursor;           ///< from LogPage::nextCursor, for the next page
    bool countOnly = false;   ///< only LogPage::total (and the histogram): no records
    int histogramBuckets = 0; ///< > 0: fill LogPage::histogram with about this many buckets
};

/** One page of results, newest first. */
struct OPSDECK_BACKENDAPI_EXPORT LogPage
{
    QList<LogRecord> records;
    qint64 total = -1;        ///< matches in the whole range, -1 if unknown
    QString nextCursor;       ///< empty on the last page
    QDateTime from;           ///< the range actually searched (defaults and in-query
    QDateTime to;             ///< since:/until: applied)
    qint64 bucketMs = 0;      ///< histogram bucket width; bucket i starts at from + i * bucketMs
    QList<qint64> histogram;  ///< matches per bucket, oldest first (empty unless asked)
};

/** Sizes of one storage tier ("hot", "cold", "wal"). */
struct OPSDECK_BACKENDAPI_EXPORT LogTierStats
{
    QString tier;
    qint64 partitions = 0;    ///< daily partitions in the tier
    qint64 records = 0;
    qint64 rawBytes = 0;      ///< the records' text as ingested
    qint64 diskBytes = 0;     ///< what the tier takes on disk (data + index)
    QDate oldest;             ///< first and last day held
    QDate newest;
};

/** What a store holds, for `opsctl logs stats` and the Logs panel. */
struct OPSDECK_BACKENDAPI_EXPORT LogStoreStats
{
    QList<LogTierStats> tiers;
    int hotDays = 0;          ///< retention settings in force (0 = not applicable)
    int retentionDays = 0;
};

/** Files or folders to read into the store (`opsctl logs ingest`). */
struct OPSDECK_BACKENDAPI_EXPORT LogIngestRequest
{
    QStringList paths;        ///< files (plain or gzip) or folders (every log in them)
    QString service;          ///< overrides what the lines say, when not empty
    QString host;
    /** Multi-line rule: "" one record per line; "indent" joins lines that start
     *  with whitespace to the record before them. */
    QString multiline;
};

/**
 * A live-tail subscription. Records arrive in batches on the owner's thread;
 * destroying the object ends the subscription.
 */
class OPSDECK_BACKENDAPI_EXPORT LogSubscription : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~LogSubscription() override;
Q_SIGNALS:
    void recordsArrived(const QList<OpsDeck::Backend::LogRecord> &records);
    void failed(const OpsDeck::Error &error);
};

/** The log store: ingest, search and live tail. */
class OPSDECK_BACKENDAPI_EXPORT ILogStore : public IBackend
{
    Q_OBJECT
public:
    static constexpr Capability kCapability = Capability::LogStore;
    using IBackend::IBackend;
    Capability capability() const final { return kCapability; }

    /** Stores \a records; the result is how many were committed (durable). */
    virtual QFuture<Result<qint64>> append(const QList<LogRecord> &records) = 0;
    /** Runs \a query; a malformed query fails with ErrorCode::Parse and the position. */
    virtual QFuture<Result<LogPage>> search(const LogQuery &query) = 0;
    /** Starts a live tail of records matching \a query from now on. */
    virtual std::unique_ptr<LogSubscription> subscribe(const QString &query) = 0;

    // --- Optional: a store that cannot do these fails with ErrorCode::Unsupported.

    /**
     * The records around \a recordId from the same source: up to \a before
     * records before it, the record itself and up to \a after after it, in
     * the order the source wrote them.
     */
    virtual QFuture<Result<QList<LogRecord>>> context(qint64 recordId, int before, int after);
    /** Sizes per tier and the retention in force. */
    virtual QFuture<Result<LogStoreStats>> stats();
    /**
     * Reads files into the store. The future reports progress
     * (progressValue out of progressMaximum, in a unit the store picks;
     * progressText says it in bytes) and can be cancelled: what was committed
     * before the cancel stays. The result is the number of records committed.
     */
    virtual QFuture<Result<qint64>> ingestFiles(const LogIngestRequest &request);
    /**
     * Opens raw log files or folders for searching without importing them (an
     * ephemeral store over the files, several files merged by time). Search,
     * context and subscribe work on the result; append does not.
     */
    virtual Result<std::unique_ptr<ILogStore>> openFiles(const QStringList &paths);
    /** Field names a query can use (host, service, level and extracted ones), for completion. */
    virtual QFuture<Result<QStringList>> fieldNames();
};

} // namespace OpsDeck::Backend
