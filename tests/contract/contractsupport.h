// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Shared plumbing of the contract suites: waiting for futures, recording
// signals with the thread they were emitted on, naming instantiations.

#include "testsupport.h"

#include <opsdeck/api/result.h>

#include <QFuture>
#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QObject>
#include <QThread>

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <ostream>
#include <string>

namespace OpsDeck {
/** Lets GoogleTest print an Error readably in assertion messages. */
inline void PrintTo(const Error &error, std::ostream *os)
{
    *os << errorCodeName(error.code).toStdString() << " (" << error.toString().toStdString() << ')';
}
} // namespace OpsDeck

namespace OpsDeck::Test {

/** How long a contract case waits for any one result before failing. */
inline constexpr std::chrono::milliseconds kContractTimeout{10000};

inline std::string describe(const Error &error)
{
    return errorCodeName(error.code).toStdString() + ": " + error.toString().toStdString();
}

/** Empty for a success, the error for a failure: for `ASSERT_TRUE(r.ok()) << errorText(r)`. */
template<typename R>
std::string errorText(const R &result)
{
    return result.ok() ? std::string() : describe(result.error());
}

/**
 * Waits (processing events, never sleeping) until \a future finishes and
 * returns its single result. A future that does not finish in time, or that
 * finishes cancelled or without a result, turns into a failed Result whose
 * message starts with "[contract]", so the case fails with a clear reason.
 */
template<typename R>
R await(QFuture<R> future, std::chrono::milliseconds timeout = kContractTimeout)
{
    if (!waitUntil([&future] { return future.isFinished(); }, timeout)) {
        return fail(ErrorCode::Timeout,
                    QStringLiteral("[contract] the future did not finish in time"));
    }
    if (future.isCanceled() || future.resultCount() != 1) {
        return fail(ErrorCode::Internal,
                    QStringLiteral(
                        "[contract] the future finished cancelled or without exactly one result"));
    }
    return future.result();
}

/**
 * Records every emission of a one-argument signal, with the thread it was
 * emitted on (the connection is direct, so the slot runs in the emitter's
 * thread). Safe to feed from any thread.
 */
template<typename T>
class SignalLog
{
public:
    template<typename Sender, typename Signal>
    SignalLog(const Sender *sender, Signal signal)
    {
        QObject::connect(
            sender, signal, &m_context,
            [this](const T &value) {
                QMutexLocker lock(&m_mutex);
                m_values.append(value);
                m_threads.append(QThread::currentThread());
            },
            Qt::DirectConnection);
    }

    qsizetype count() const
    {
        QMutexLocker lock(&m_mutex);
        return m_values.size();
    }
    QList<T> values() const
    {
        QMutexLocker lock(&m_mutex);
        return m_values;
    }
    /** True when every emission so far happened on \a thread. */
    bool allOn(const QThread *thread) const
    {
        QMutexLocker lock(&m_mutex);
        return std::all_of(m_threads.cbegin(), m_threads.cend(),
                           [thread](const QThread *t) { return t == thread; });
    }

private:
    mutable QMutex m_mutex;
    QList<T> m_values;
    QList<const QThread *> m_threads;
    QObject m_context; // last: disconnects before the lists go
};

/** Names an instantiation after its factory's `name` (letters, digits and '_' only). */
struct FactoryName
{
    template<typename Factory>
    std::string operator()(const ::testing::TestParamInfo<Factory> &info) const
    {
        return info.param.name.toStdString();
    }
};

} // namespace OpsDeck::Test
