// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

/**
 * \file
 * The contract every ILogStore owes the console (embedded, remote, fake).
 *
 * Calls and threading
 *  1. Every call returns a future that finishes with exactly one result while
 *     the caller's event loop runs; the caller never blocks.
 *  2. Subscription signals are emitted on the store's owner thread.
 *
 * Append
 *  3. append() reports how many records it committed: all of them, 0 for none.
 *  4. Records round-trip unchanged: message (byte for byte, multi-line and
 *     non-ASCII), host, service, level, source, timestamp (to the
 *     millisecond) and the given fields (a store may add fields).
 *  5. The store assigns ids: positive, unique, increasing in append order
 *     (list order within one call; a later call gets larger ids).
 *  6. Appends issued without waiting for each other all commit.
 *
 * Search (every case passes an explicit [from, to): a store may default to
 * a recent window when from is invalid)
 *  7. Query language: whitespace-separated terms, all of which must match; a
 *     bare word matches messages containing it, case-insensitively (cases use
 *     whole words, so word-indexed and substring stores both pass);
 *     `"a phrase"` matches those words adjacent and in that order;
 *     `host:X`, `service:X`, `level:X` match the field (level by any spelling
 *     logLevelFromName() accepts).
 *  8. A malformed query fails with ErrorCode::Parse and a detail starting
 *     with "1:COLUMN:", COLUMN the 1-based position of the offending
 *     character: an unterminated quote (the quote's position), a field with
 *     no value (where the value should start), an unknown level (the value).
 *  9. The range is half-open: from <= timestamp < to. from after to is
 *     InvalidArgument.
 * 10. Results are newest first (timestamps never increase down the list).
 * 11. Paging: a page holds at most `limit` records; limit < 1 is
 *     InvalidArgument; `total` is the number of matches in the range on every
 *     page; following nextCursor until it is empty returns every match
 *     exactly once, still newest first. Cursors are stable: records appended
 *     after the first page that are newer than it never show up on later
 *     pages, and no earlier match is repeated or skipped. A cursor the store
 *     did not make is InvalidArgument.
 *
 * Live tail
 * 12. subscribe() delivers matching records appended after it returned, in
 *     append (id) order, and none appended (finished) before it, and none
 *     that do not match.
 * 13. A malformed subscription query emits failed() with ErrorCode::Parse
 *     once, after subscribe() returned (so it can be observed), and delivers
 *     nothing.
 * 14. Destroying a subscription while records keep arriving is safe.
 *
 * Health
 * 15. After construction health() is not Unhealthy (Unknown is allowed until
 *     a first check), capability() is LogStore and displayName() is not empty.
 */

#include "contractsupport.h"

#include <opsdeck/api/logstore.h>

#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <ostream>

namespace OpsDeck::Test {

/** Makes a fresh, empty log store; \a scratchDir is a new empty folder per case. */
struct LogStoreFactory
{
    QString name; ///< instantiation name: letters, digits and '_'
    std::function<std::unique_ptr<Backend::ILogStore>(const QString &scratchDir)> make;
};

inline void PrintTo(const LogStoreFactory &factory, std::ostream *os)
{
    *os << factory.name.toStdString();
}

class LogStoreContract : public ::testing::TestWithParam<LogStoreFactory>
{
protected:
    void SetUp() override;
    void TearDown() override;

    /** A record at base time + \a seconds (base is about two hours ago). */
    Backend::LogRecord record(int seconds, const QString &message,
                              const QString &host = QStringLiteral("web-1"),
                              const QString &service = QStringLiteral("api"),
                              Backend::LogLevel level = Backend::LogLevel::Info) const;
    /** Appends \a records and waits; a failure or short count fails the case. */
    void appendAll(const QList<Backend::LogRecord> &records);
    /** \a text over [base, base + 1 h). */
    Backend::LogQuery query(const QString &text, int limit = 100) const;
    /** Every match of \a text in [base, base + 1 h), following cursors. */
    QList<Backend::LogRecord> searchAll(const QString &text);
    QDateTime at(int seconds) const { return m_base.addSecs(seconds); }

    QTemporaryDir m_scratch;
    std::unique_ptr<Backend::ILogStore> m_store;
    QDateTime m_base;
};

} // namespace OpsDeck::Test
