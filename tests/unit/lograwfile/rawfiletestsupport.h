// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "testsupport.h"

#include <opsdeck/logs/rawfilestore.h>

#include <QDateTime>
#include <QFile>
#include <QFuture>
#include <QProcess>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <ostream>
#include <optional>

// Readable GoogleTest output for Qt strings.
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

inline void PrintTo(const QStringList &list, std::ostream *os)
{
    *os << '[' << list.join(QStringLiteral(", ")).toStdString() << ']';
}

namespace OpsDeck::Test {

/** The result of \a future, with the event loop running while it is computed. */
template<typename T>
T awaitResult(QFuture<T> future, std::chrono::milliseconds timeout = std::chrono::seconds(120))
{
    const bool finished = waitUntil([&] { return future.isFinished(); }, timeout);
    EXPECT_TRUE(finished) << "the future did not finish in time";
    if (!finished)
        return T(fail(ErrorCode::Timeout, QStringLiteral("timeout")));
    return future.result();
}

inline std::unique_ptr<Logs::RawFileStore> openStore(const QStringList &paths)
{
    auto opened = Logs::RawFileStore::open(paths);
    EXPECT_TRUE(opened.ok()) << (opened.ok() ? "" : qPrintable(opened.error().toString()));
    if (!opened.ok())
        return nullptr;
    return std::move(*opened);
}

inline bool waitIndexed(Logs::RawFileStore &store,
                        std::chrono::milliseconds timeout = std::chrono::seconds(120))
{
    return waitUntil([&] { return store.isIndexed(); }, timeout);
}

inline Result<Backend::LogPage> searchPage(Logs::RawFileStore &store, const QString &text,
                                           int limit = 100, const QString &cursor = {},
                                           bool countOnly = false, int buckets = 0)
{
    Backend::LogQuery query;
    query.text = text;
    query.limit = limit;
    query.cursor = cursor;
    query.countOnly = countOnly;
    query.histogramBuckets = buckets;
    return awaitResult(store.search(query));
}

inline qint64 countOf(Logs::RawFileStore &store, const QString &text)
{
    const auto page = searchPage(store, text, 1, {}, true);
    EXPECT_TRUE(page.ok()) << qPrintable(text) << ": "
                           << (page.ok() ? "" : qPrintable(page.error().toString()));
    return page.ok() ? page->total : -1;
}

/** Runs a program and returns its standard output (empty when it could not run). */
inline QByteArray runProgram(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60'000))
        return {};
    return p.readAllStandardOutput();
}

/** Sum of `grep -c` per file over every regular file below \a dir (what a folder open reads). */
inline qint64 grepCount(const QStringList &grepArgs, const QString &dir)
{
    QStringList args{QStringLiteral("-r"), QStringLiteral("-a"), QStringLiteral("-c"),
                     QStringLiteral("-h")};
    args += grepArgs;
    args.append(dir);
    const QByteArray out = runProgram(QStringLiteral("grep"), args);
    qint64 total = 0;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.trimmed().isEmpty())
            total += line.trimmed().toLongLong();
    }
    return total;
}

/** "2026-03-01T10:00:00.000Z"-style stamp for \a ms since the epoch. */
inline QByteArray stamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"))
        .toLatin1();
}

/** stamp() for many increasing times: QDateTime once per second, the milliseconds by hand. */
class StampWriter
{
public:
    void append(QByteArray &out, qint64 ms)
    {
        if (ms / 1000 != m_second) {
            m_second = ms / 1000;
            m_prefix = stamp(m_second * 1000).left(20); // "yyyy-MM-ddTHH:mm:ss."
        }
        const int milli = static_cast<int>(ms % 1000);
        const char digits[4] = {static_cast<char>('0' + milli / 100),
                                static_cast<char>('0' + milli / 10 % 10),
                                static_cast<char>('0' + milli % 10), 'Z'};
        out += m_prefix;
        out.append(digits, 4);
    }

private:
    qint64 m_second = -1;
    QByteArray m_prefix;
};

inline bool appendTo(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::Append))
        return false;
    return f.write(data) == data.size();
}

} // namespace OpsDeck::Test
