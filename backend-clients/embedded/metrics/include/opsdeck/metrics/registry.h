// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "opsdeck/metrics/labels.h"

#include <opsdeck/api/result.h>

#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <atomic>
#include <map>
#include <memory>
#include <type_traits>
#include <vector>

namespace OpsDeck::Metrics {

enum class MetricType { Counter, Gauge, Histogram };

/** A value that only goes up (resets when the process restarts). Lock-free; any thread. */
class Counter
{
public:
    /** Adds \a amount; a negative or NaN amount is ignored (a counter never goes down). */
    void inc(double amount = 1.0) noexcept
    {
        if (amount >= 0)
            m_value.fetch_add(amount, std::memory_order_relaxed);
    }
    double value() const noexcept { return m_value.load(std::memory_order_relaxed); }

private:
    std::atomic<double> m_value{0};
};

/** A value that goes up and down. Lock-free; any thread. */
class Gauge
{
public:
    void set(double value) noexcept { m_value.store(value, std::memory_order_relaxed); }
    void add(double amount) noexcept { m_value.fetch_add(amount, std::memory_order_relaxed); }
    void inc() noexcept { add(1); }
    void dec() noexcept { add(-1); }
    double value() const noexcept { return m_value.load(std::memory_order_relaxed); }

private:
    std::atomic<double> m_value{0};
};

/** Cumulative bucket counts as the exposition format wants them. */
struct HistogramData
{
    QList<double> upperBounds;       ///< finite, increasing; "+Inf" is implicit
    QList<quint64> cumulativeCounts; ///< upperBounds.size() + 1 entries, the last is +Inf
    double sum = 0;
    quint64 count = 0;
};

/** Observations counted into fixed buckets. observe() is lock-free; any thread. */
class Histogram
{
public:
    explicit Histogram(std::shared_ptr<const std::vector<double>> bounds);
    void observe(double value) noexcept;
    HistogramData data() const;

private:
    std::shared_ptr<const std::vector<double>> m_bounds;
    std::unique_ptr<std::atomic<quint64>[]> m_buckets; // per bucket, not cumulative; last = +Inf
    std::atomic<double> m_sum{0};
};

/** One labelled child of a family at snapshot time. */
struct SeriesSnapshot
{
    Labels labels;      ///< without "__name__"
    double value = 0;   ///< counters and gauges
    HistogramData histogram;
};

struct FamilySnapshot
{
    QString name;
    QString help;
    MetricType type = MetricType::Counter;
    QList<SeriesSnapshot> series;
};

/**
 * A metric name with a fixed list of label names; each set of label values is
 * one child (Counter, Gauge or Histogram). with() takes a lock to find or make
 * the child: call it once and keep the reference — the child lives as long as
 * the registry, and updating it never locks.
 */
template<typename Metric>
class Family
{
public:
    Family(QString name, QString help, QStringList labelNames,
           std::shared_ptr<const std::vector<double>> bounds = {})
        : m_name(std::move(name)), m_help(std::move(help)), m_labelNames(std::move(labelNames)),
          m_bounds(std::move(bounds))
    {}

    const QString &name() const { return m_name; }
    const QString &help() const { return m_help; }
    const QStringList &labelNames() const { return m_labelNames; }

    /**
     * The child for \a labelValues, one value per label name in order. Missing
     * values count as "", extra ones are dropped (both log a warning).
     */
    Metric &with(QStringList labelValues = {});

    /** Every child with its label values, under the family lock. */
    template<typename Fn>
    void forEach(Fn &&fn) const
    {
        QMutexLocker lock(&m_mutex);
        for (const auto &[values, metric] : m_children)
            fn(values, *metric);
    }

private:
    QString m_name;
    QString m_help;
    QStringList m_labelNames;
    std::shared_ptr<const std::vector<double>> m_bounds;
    mutable QMutex m_mutex;
    std::map<QStringList, std::unique_ptr<Metric>> m_children;
};

namespace Internal {
/** Pads or trims \a values to \a labelNames' length, warning about the mismatch. */
QStringList normalizeLabelValues(const QString &family, const QStringList &labelNames,
                                 QStringList values);
template<typename Metric>
std::unique_ptr<Metric> makeMetric(const std::shared_ptr<const std::vector<double>> &bounds)
{
    if constexpr (std::is_same_v<Metric, Histogram>)
        return std::make_unique<Histogram>(bounds);
    else
        return std::make_unique<Metric>();
}
} // namespace Internal

template<typename Metric>
Metric &Family<Metric>::with(QStringList labelValues)
{
    if (labelValues.size() != m_labelNames.size())
        labelValues = Internal::normalizeLabelValues(m_name, m_labelNames, std::move(labelValues));
    QMutexLocker lock(&m_mutex);
    auto it = m_children.find(labelValues);
    if (it == m_children.end())
        it = m_children.emplace(labelValues, Internal::makeMetric<Metric>(m_bounds)).first;
    return *it->second;
}

using CounterFamily = Family<Counter>;
using GaugeFamily = Family<Gauge>;
using HistogramFamily = Family<Histogram>;

/**
 * The metrics a process exposes about itself: the console's and the embedded
 * services' counters, gauges and histograms. Families are registered once by
 * name; registering the same name again with the same type and label names
 * returns the same family (so a reloaded plugin keeps its counters).
 *
 * \code
 * auto lines = registry.counter(u"opsdeck_log_ingest_lines_total"_s,
 *                               u"Log lines ingested."_s, {u"source"_s});
 * if (!lines) return lines.error();
 * Metrics::Counter &syslog = (*lines)->with({u"syslog"_s});   // keep this
 * syslog.inc();                                                 // hot path: one atomic add
 * \endcode
 */
class Registry
{
public:
    Registry();
    ~Registry();
    Registry(const Registry &) = delete;
    Registry &operator=(const Registry &) = delete;

    Result<CounterFamily *> counter(const QString &name, const QString &help,
                                    const QStringList &labelNames = {});
    Result<GaugeFamily *> gauge(const QString &name, const QString &help,
                                const QStringList &labelNames = {});
    /** \a upperBounds: finite, strictly increasing; the "+Inf" bucket is added. */
    Result<HistogramFamily *> histogram(const QString &name, const QString &help,
                                        const QList<double> &upperBounds,
                                        const QStringList &labelNames = {});

    /** Every family and child, sorted by name then labels. */
    QList<FamilySnapshot> snapshot() const;

    /** Default buckets for durations in seconds (5 ms … 10 s, like Prometheus' clients). */
    static QList<double> defaultSecondsBuckets();

    /**
     * The process's own registry, like a Prometheus client's default one:
     * the embedded services record into it (docs/metrics-store.md lists the
     * names), the console's collector stores it and its endpoint exposes it.
     */
    static Registry &process();

private:
    struct Entry;
    Result<Entry *> add(const QString &name, const QString &help, MetricType type,
                        const QStringList &labelNames, const QList<double> &bounds);

    mutable QMutex m_mutex;
    std::map<QString, std::unique_ptr<Entry>> m_families;
};

} // namespace OpsDeck::Metrics
