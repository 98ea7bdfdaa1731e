// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/logstore.h>
#include <opsdeck/reliability/health.h>

#include <QHash>
#include <QPointer>
#include <QThreadPool>

#include <memory>

namespace OpsDeck::Test {

/**
 * An in-memory ILogStore with real search semantics, for GUI tests and the
 * contract suite (see logstorecontract.h for the rules it shares with every
 * log store, and mockbackends.h for the threading model of all fakes).
 *
 * Query language (the subset every OpsDeck log store serves):
 * - whitespace-separated terms, all of which must match (AND); an empty query
 *   matches every record;
 * - a bare word matches records whose message contains it, case-insensitively
 *   (the fake matches substrings; an indexed store may match whole words only);
 * - `"a phrase"` matches the phrase as written, case-insensitively; `\"` and
 *   `\\` escape inside it; an unterminated quote is ErrorCode::Parse;
 * - `host:NAME`, `service:NAME` match those fields exactly (case-insensitive),
 *   `level:NAME` the level (any spelling logLevelFromName() knows); the value
 *   may be quoted; an empty value or an unknown level is ErrorCode::Parse;
 *   any other `word:word` is a bare word (URLs, "key:value" text);
 * - `source:PATH` matches the source exactly; `NAME:VALUE` for any other
 *   NAME (letters, digits, `_`, `.`) matches a record whose extracted field
 *   NAME equals VALUE (case-insensitive) or, as before, whose message
 *   contains the whole word (so URLs and "key:value" text still match);
 * - `-TERM` or `NOT TERM` (any term above) excludes the records TERM matches;
 *   a `-` or `NOT` with nothing after it is ErrorCode::Parse;
 * - a Parse error's detail starts with "1:COLUMN: ", COLUMN being the 1-based
 *   position of the offending character in the query text.
 * OR, parentheses, `prefix*`, `/regex/` and `since:`/`until:` are not
 * supported (they are bare words here).
 *
 * Search: [from, to) on LogRecord::timestamp (invalid from = everything,
 * invalid to = now; from after to is InvalidArgument "from"), newest first
 * (timestamp, then id, descending), limit in 1..10000 (more is clamped to
 * 10000, less than 1 is InvalidArgument "limit"). The cursor names the last
 * record returned, so later pages neither repeat nor skip records when newer
 * ones arrive; a cursor this store did not make is InvalidArgument "cursor".
 *
 * Append assigns ids 1, 2, 3, … in list order, sets ingestedAt to now and an
 * invalid timestamp to ingestedAt; other fields are kept as given.
 *
 * The optional calls:
 * - search with countOnly returns only the total (and the histogram);
 *   LogPage::from/to are always the range searched (an invalid from becomes
 *   the oldest match, or `to` when nothing matches); histogramBuckets > 0
 *   divides [from, to) into at most that many buckets of equal whole
 *   milliseconds;
 * - context() walks the records with the same `source` in id order;
 * - fieldNames() is host, level, service, source and every extracted field
 *   name seen, sorted;
 * - stats() reports one tier, "memory";
 * - ingestFiles() reads plain text files (folders: every file below them),
 *   one record per line (or "indent" multi-line), committing in batches of
 *   1000; it reports progress in bytes and stops at a cancel, keeping what
 *   was committed; lines are parsed by parseLine();
 * - openFiles() returns a read-only MemoryLogStore holding the files' lines
 *   (read at once: files for tests are small); its append() is Unsupported.
 */
class MemoryLogStore final : public Backend::ILogStore
{
    Q_OBJECT
public:
    explicit MemoryLogStore(const QString &displayName, QObject *parent = nullptr);
    ~MemoryLogStore() override;

    QString displayName() const override;

    QFuture<Result<qint64>> append(const QList<Backend::LogRecord> &records) override;
    QFuture<Result<Backend::LogPage>> search(const Backend::LogQuery &query) override;
    /**
     * Matching records appended after this call arrive in batches (one batch
     * per turn of the owner's event loop, however many appends happened in
     * between). A malformed \a query emits failed() (Parse) once, from the
     * event loop, and delivers nothing.
     */
    std::unique_ptr<Backend::LogSubscription> subscribe(const QString &query) override;

    QFuture<Result<QList<Backend::LogRecord>>> context(qint64 recordId, int before,
                                                       int after) override;
    QFuture<Result<Backend::LogStoreStats>> stats() override;
    QFuture<Result<qint64>> ingestFiles(const Backend::LogIngestRequest &request) override;
    Result<std::unique_ptr<Backend::ILogStore>> openFiles(const QStringList &paths) override;
    QFuture<Result<QStringList>> fieldNames() override;

    /**
     * The fake's line parser, for ingestFiles() and openFiles(): an RFC 3339
     * timestamp at the start ("2026-01-02T03:04:05Z" or with a space instead
     * of the T) is the timestamp; a level word after it (INFO, [warn], ERROR:)
     * the level; `key=value` words become fields; a line that is a JSON object
     * gives its members as fields (time/ts/timestamp, level/severity,
     * host, service). The message is always the line as written.
     */
    static Backend::LogRecord parseLine(const QString &line);

    /** Publishes a one-check health report in \a state (e.g. to show an unhealthy backend). */
    void setHealthState(Reliability::HealthState state, const QString &message = {});
    /** How many records the store holds. Thread-safe. */
    qint64 recordCount() const;

private:
    void flushSubscription(quint64 subscriptionId);
    // Stores records (ids, ingestedAt) and schedules subscription flushes;
    // any thread. The records get their ids in list order.
    qint64 commit(QList<Backend::LogRecord> records);

    struct State;
    QString m_displayName;
    std::shared_ptr<State> m_state;
    // Owner thread only: the live subscription objects, by id.
    QHash<quint64, QPointer<Backend::LogSubscription>> m_subscribers;
    // Last member, so it is the first to go; the destructor also joins it
    // explicitly before anything else is torn down.
    QThreadPool m_pool;
};

} // namespace OpsDeck::Test
