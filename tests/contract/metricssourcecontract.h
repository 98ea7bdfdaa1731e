// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

/**
 * \file
 * The contract every IMetricsSource owes the console (embedded store,
 * Prometheus client, fake). The data set is small and fixed: cpu_usage for
 * hosts "a" and "b" and mem_bytes for host "a", one sample every 15 s for
 * 10 minutes, starting an hour ago (so retention and staleness windows of
 * real servers do not get in the way).
 *
 * Calls
 *  1. Every call returns a future that finishes with exactly one result while
 *     the caller's event loop runs.
 *
 * Expressions (the subset every source serves: an instant-vector selector)
 *  2. `name` selects every series of that metric; `name{label="value"}`
 *     narrows by label. A name nobody has selects nothing (an empty list, not
 *     an error). Returned series carry their labels, "__name__" included.
 *  3. A malformed expression fails with ErrorCode::Parse whose detail starts
 *     with a "LINE:COLUMN:" position (Prometheus' form, "1:14: …").
 *
 * range()
 *  4. start and end must be valid and start < end, step > 0; otherwise
 *     ErrorCode::InvalidArgument.
 *  5. Returned samples lie within [start, end], strictly increasing in time,
 *     and each value is that of the latest stored sample at or before its
 *     timestamp (true both for raw samples and for step-evaluated points).
 *
 * instant()
 *  6. One sample per matching series: the value of its latest sample at or
 *     before `at`, with a timestamp between that sample's and `at`. A series
 *     with no sample at or before `at` is left out.
 *
 * Health
 *  7. After construction health() is not Unhealthy, capability() is
 *     MetricsSource and displayName() is not empty.
 */

#include "contractsupport.h"

#include <opsdeck/api/metricssource.h>

#include <QTemporaryDir>
#include <QTimeZone>

#include <functional>
#include <optional>
#include <memory>
#include <ostream>

namespace OpsDeck::Test {

/**
 * Makes a source serving exactly \a series (already time-ordered);
 * \a scratchDir is a new empty folder per case.
 */
struct MetricsSourceFactory
{
    QString name; ///< instantiation name: letters, digits and '_'
    std::function<std::unique_ptr<Backend::IMetricsSource>(
        const QString &scratchDir, const QList<Backend::MetricSeries> &series)>
        make;
};

inline void PrintTo(const MetricsSourceFactory &factory, std::ostream *os)
{
    *os << factory.name.toStdString();
}

class MetricsSourceContract : public ::testing::TestWithParam<MetricsSourceFactory>
{
protected:
    void SetUp() override;
    void TearDown() override;

    /** The stored value of \a labels' series at or before \a timestampMs, if any. */
    std::optional<double> storedValueAt(const QMap<QString, QString> &labels,
                                        qint64 timestampMs) const;
    QDateTime at(int seconds) const
    {
        return QDateTime::fromMSecsSinceEpoch(m_startMs + seconds * 1000LL, QTimeZone::utc());
    }
    Backend::RangeQuery rangeQuery(const QString &expression, int fromSeconds, int toSeconds) const;

    QTemporaryDir m_scratch;
    QList<Backend::MetricSeries> m_seed;
    qint64 m_startMs = 0; ///< time of the first stored sample
    std::unique_ptr<Backend::IMetricsSource> m_source;
};

} // namespace OpsDeck::Test
