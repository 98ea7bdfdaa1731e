// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/metrics/registry.h"

#include "metricstr_p.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <variant>

namespace OpsDeck::Metrics {

Q_LOGGING_CATEGORY(lcMetrics, "opsdeck.embedded.metrics", QtWarningMsg)

Histogram::Histogram(std::shared_ptr<const std::vector<double>> bounds)
    : m_bounds(std::move(bounds)),
      m_buckets(std::make_unique<std::atomic<quint64>[]>(m_bounds->size() + 1))
{
    for (std::size_t i = 0; i <= m_bounds->size(); ++i)
        m_buckets[i].store(0, std::memory_order_relaxed);
}

void Histogram::observe(double value) noexcept
{
    if (std::isnan(value))
        return;
    // "le" buckets: the first bound >= value; past the last one is +Inf.
    const auto it = std::lower_bound(m_bounds->cbegin(), m_bounds->cend(), value);
    m_buckets[static_cast<std::size_t>(it - m_bounds->cbegin())].fetch_add(1, std::memory_order_relaxed);
    m_sum.fetch_add(value, std::memory_order_relaxed);
}

HistogramData Histogram::data() const
{
    HistogramData out;
    out.upperBounds = QList<double>(m_bounds->cbegin(), m_bounds->cend());
    quint64 running = 0;
    for (std::size_t i = 0; i <= m_bounds->size(); ++i) {
        running += m_buckets[i].load(std::memory_order_relaxed);
        out.cumulativeCounts.append(running);
    }
    // The count is the +Inf bucket, so the two always agree even while other
    // threads observe (a separate counter could be read a moment later).
    out.count = running;
    out.sum = m_sum.load(std::memory_order_relaxed);
    return out;
}

namespace Internal {
QStringList normalizeLabelValues(const QString &family, const QStringList &labelNames,
                                 QStringList values)
{
    qCWarning(lcMetrics) << "metric" << family << "has" << labelNames.size() << "labels"
                         << labelNames << "but was given" << values.size() << "values" << values;
    while (values.size() < labelNames.size())
        values.append(QString());
    values.resize(labelNames.size());
    return values;
}
} // namespace Internal

struct Registry::Entry
{
    MetricType type;
    QString help;
    QStringList labelNames;
    QList<double> bounds;
    std::variant<std::unique_ptr<CounterFamily>, std::unique_ptr<GaugeFamily>,
                 std::unique_ptr<HistogramFamily>>
        family;
};

Registry::Registry() = default;
Registry::~Registry() = default;

Registry &Registry::process()
{
    static Registry registry;
    return registry;
}

QList<double> Registry::defaultSecondsBuckets()
{
    return {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
}

Result<Registry::Entry *> Registry::add(const QString &name, const QString &help, MetricType type,
                                        const QStringList &labelNames, const QList<double> &bounds)
{
    if (!isValidMetricName(name)) {
        return fail(ErrorCode::InvalidArgument, Tr::tr("Invalid metric name."),
                    Tr::tr("\"%1\": a metric name is letters, digits, '_' and ':', not starting with a digit").arg(name));
    }
    for (const QString &label : labelNames) {
        if (!isValidLabelName(label) || label.startsWith(QStringLiteral("__"))
            || (type == MetricType::Histogram && label == QStringLiteral("le"))) {
            return fail(ErrorCode::InvalidArgument, Tr::tr("Invalid label name."),
                        Tr::tr("metric %1, label \"%2\": a label name is letters, digits and '_', "
                               "not starting with a digit or \"__\" (and \"le\" is reserved for histograms)")
                            .arg(name, label));
        }
    }
    if (labelNames.size() != QSet<QString>(labelNames.cbegin(), labelNames.cend()).size()) {
        return fail(ErrorCode::InvalidArgument, Tr::tr("Invalid label name."),
                    Tr::tr("metric %1: label names repeat: %2").arg(name, labelNames.join(u", ")));
    }
    for (qsizetype i = 0; i < bounds.size(); ++i) {
        if (!std::isfinite(bounds[i]) || (i > 0 && bounds[i] <= bounds[i - 1])) {
            return fail(ErrorCode::InvalidArgument, Tr::tr("Invalid histogram buckets."),
                        Tr::tr("metric %1, bucket %2: bounds must be finite and strictly increasing")
                            .arg(name).arg(i + 1));
        }
    }
    QMutexLocker lock(&m_mutex);
    auto it = m_families.find(name);
    if (it != m_families.end()) {
        Entry *entry = it->second.get();
        if (entry->type != type || entry->labelNames != labelNames || entry->bounds != bounds) {
            return fail(ErrorCode::AlreadyExists, Tr::tr("The metric is already registered differently."),
                        Tr::tr("metric %1: registered before with another type, label names or buckets").arg(name));
        }
        return entry;
    }
    auto entry = std::make_unique<Entry>();
    entry->type = type;
    entry->help = help;
    entry->labelNames = labelNames;
    entry->bounds = bounds;
    switch (type) {
    case MetricType::Counter:
        entry->family = std::make_unique<CounterFamily>(name, help, labelNames);
        break;
    case MetricType::Gauge:
        entry->family = std::make_unique<GaugeFamily>(name, help, labelNames);
        break;
    case MetricType::Histogram:
        entry->family = std::make_unique<HistogramFamily>(
            name, help, labelNames,
            std::make_shared<const std::vector<double>>(bounds.cbegin(), bounds.cend()));
        break;
    }
    Entry *raw = entry.get();
    m_families.emplace(name, std::move(entry));
    return raw;
}

Result<CounterFamily *> Registry::counter(const QString &name, const QString &help,
                                          const QStringList &labelNames)
{
    auto entry = add(name, help, MetricType::Counter, labelNames, {});
    if (!entry)
        return entry.error();
    return std::get<std::unique_ptr<CounterFamily>>((*entry)->family).get();
}

Result<GaugeFamily *> Registry::gauge(const QString &name, const QString &help,
                                      const QStringList &labelNames)
{
    auto entry = add(name, help, MetricType::Gauge, labelNames, {});
    if (!entry)
        return entry.error();
    return std::get<std::unique_ptr<GaugeFamily>>((*entry)->family).get();
}

Result<HistogramFamily *> Registry::histogram(const QString &name, const QString &help,
                                              const QList<double> &upperBounds,
                                              const QStringList &labelNames)
{
    auto entry = add(name, help, MetricType::Histogram, labelNames, upperBounds);
    if (!entry)
        return entry.error();
    return std::get<std::unique_ptr<HistogramFamily>>((*entry)->family).get();
}

namespace {
Labels labelsOf(const QStringList &names, const QStringList &values)
{
    Labels labels;
    for (qsizetype i = 0; i < names.size(); ++i)
        labels.insert(names[i], values.value(i));
    return labels;
}
} // namespace

QList<FamilySnapshot> Registry::snapshot() const
{
    QList<FamilySnapshot> out;
    QMutexLocker lock(&m_mutex);
    out.reserve(qsizetype(m_families.size()));
    for (const auto &[name, entry] : m_families) {
        FamilySnapshot family;
        family.name = name;
        family.help = entry->help;
        family.type = entry->type;
        std::visit(
            [&](const auto &fam) {
                fam->forEach([&](const QStringList &values, const auto &metric) {
                    SeriesSnapshot s;
                    s.labels = labelsOf(entry->labelNames, values);
                    if constexpr (std::is_same_v<std::decay_t<decltype(metric)>, Histogram>)
                        s.histogram = metric.data();
                    else
                        s.value = metric.value();
                    family.series.append(std::move(s));
                });
            },
            entry->family);
        out.append(std::move(family));
    }
    return out;
}

} // namespace OpsDeck::Metrics
