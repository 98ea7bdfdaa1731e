// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internals shared by the PipelineDatabase source files: the connection,
// the write transaction, statement helpers that turn every SQLite failure
// into a DbStatus naming the operation, and the schema.

#include <opsdeck/pipelines/pipelinedatabase.h>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <initializer_list>

namespace OpsDeck::Pipelines {

struct PipelineDatabasePrivate
{
    QString path;
    QString connectionName;
    QThread *thread = nullptr;
    QSqlDatabase db;
    bool inTransaction = false;

    /** A forward-only query on this connection. */
    QSqlQuery query() const;
    /** WrongThread when called from another thread than the opener's. */
    DbStatus checkThread(const char *operation) const;
    /** "Pipeline database <path>: cannot <operation>: <text>" with a code. */
    DbStatus failure(DbErrorCode code, const QString &operation, const QString &text) const;
    /** Prepares and runs \a sql with positional \a binds; the error names \a operation. */
    DbStatus exec(QSqlQuery &q, const QString &sql, std::initializer_list<QVariant> binds,
                  const QString &operation) const;
    DbStatus exec(QSqlQuery &q, const QString &sql, const QVariantList &binds,
                  const QString &operation) const;
    /** Reserves \a count values of the named counter; \a first receives the first of them. */
    DbStatus reserve(const QString &counter, qint64 count, qint64 *first);
};

/**
 * BEGIN IMMEDIATE ... COMMIT, rolled back unless commit() succeeded. IMMEDIATE
 * takes the write lock up front, waiting under the busy timeout: a deferred
 * transaction that reads first and writes later can fail at once with
 * SQLITE_BUSY when another process wrote in between, without waiting.
 */
class WriteTransaction
{
public:
    WriteTransaction(PipelineDatabasePrivate &d, const QString &operation);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;
    /** Whether BEGIN worked; otherwise status() says why. */
    bool began() const { return m_status.ok(); }
    const DbStatus &status() const { return m_status; }
    DbStatus commit();

private:
    PipelineDatabasePrivate &m_d;
    QString m_operation;
    DbStatus m_status;
    bool m_open = false;
};

inline QString cols(const char *columns)
{
    return QString::fromLatin1(columns);
}

/** The enum stored as \a value's text; \a fallback for unknown text (a CHECK constraint prevents it). */
template<typename E>
E enumOf(const QVariant &value, E fallback)
{
    E out = fallback;
    fromString(value.toString(), &out);
    return out;
}

/** NULL for 0 (unset times and ids), the value otherwise. */
QVariant nullIfZero(qint64 value);
QVariant nullIfEmpty(const QString &value);
QVariant optionalInt(const std::optional<int> &value);
qint64 int64(const QVariant &value);
std::optional<int> optInt(const QVariant &value);

// Schema (schema.cpp).
struct Migration
{
    int version;
    const char *description;
    QStringList statements;
};
const QList<Migration> &migrations();
/** Checks the file, refuses newer or foreign ones, applies missing migrations up to \a target. */
DbStatus migrate(PipelineDatabasePrivate &d, int target);

// Row readers; the column lists match the SELECTs in the source files.
extern const char *const kRunColumns;
extern const char *const kJobColumns;
extern const char *const kStepColumns;
extern const char *const kDeploymentColumns;
extern const char *const kWorkerColumns;
extern const char *const kEventColumns;
RunRecord readRun(const QSqlQuery &q);
JobRecord readJob(const QSqlQuery &q);
StepRecord readStep(const QSqlQuery &q);
DeploymentRecord readDeployment(const QSqlQuery &q);
WorkerRecord readWorker(const QSqlQuery &q);
EventRecord readEvent(const QSqlQuery &q);

/** Inserts an event inside the caller's transaction. */
DbStatus insertEvent(PipelineDatabasePrivate &d, EventRecord *event);
/** The recompute rule, inside the caller's transaction. */
DbStatus recomputeRun(PipelineDatabasePrivate &d, const QString &runId, qint64 at, RunStatus *newStatus,
                      RunStatus *oldStatus);

} // namespace OpsDeck::Pipelines
