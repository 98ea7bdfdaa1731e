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
 * - a Parse error's detail starts with "1:COLUMN: ", COLUMN being the 1-based
 *   position of the offending character in the query text.
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

    /** Publishes a one-check health report in \a state (e.g. to show an unhealthy backend). */
    void setHealthState(Reliability::HealthState state, const QString &message = {});
    /** How many records the store holds. Thread-safe. */
    qint64 recordCount() const;

private:
    void flushSubscription(quint64 subscriptionId);

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
