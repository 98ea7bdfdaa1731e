// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "opsdeck/api/backend.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
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
    QString text;             ///< the store's query language (documented with the log store)
    QDateTime from;           ///< inclusive; invalid = the store's default range
    QDateTime to;             ///< exclusive; invalid = now
    int limit = 100;
    QString cursor;           ///< from LogPage::nextCursor, for the next page
};

/** One page of results, newest first. */
struct OPSDECK_BACKENDAPI_EXPORT LogPage
{
    QList<LogRecord> records;
    qint64 total = -1;        ///< matches in the whole range, -1 if unknown
    QString nextCursor;       ///< empty on the last page
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
};

} // namespace OpsDeck::Backend
