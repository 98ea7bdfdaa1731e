// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/metrics/embeddedmetricssource.h"

#include "metricstr_p.h"

#include <QtConcurrent/QtConcurrentRun>

namespace OpsDeck::Metrics {

using Backend::MetricSeries;

namespace {
Reliability::HealthReport reportFor(const MetricsStore &store)
{
    Reliability::HealthCheck check;
    check.name = QStringLiteral("metrics-store");
    check.checkedAt = QDateTime::currentDateTimeUtc();
    const QList<RecoveryNote> notes = store.recoveryNotes();
    bool corrupt = false;
    for (const RecoveryNote &n : notes)
        corrupt = corrupt || !n.tornTail;
    if (corrupt) {
        check.state = Reliability::HealthState::Degraded;
        check.message = Tr::tr("Some metrics segment files are damaged; see the log for which.");
    } else {
        check.state = Reliability::HealthState::Healthy;
        check.message = notes.isEmpty() ? QString() : Tr::tr("A torn write from an earlier crash was cut off.");
    }
    return Reliability::HealthReport::fromChecks({check});
}
} // namespace

EmbeddedMetricsSource::EmbeddedMetricsSource(std::shared_ptr<MetricsStore> store, QueryOptions options,
                                             QObject *parent)
    : IMetricsSource(parent), m_store(std::move(store)), m_options(options)
{
    m_pool.setMaxThreadCount(2);
    setHealth(reportFor(*m_store));
}

EmbeddedMetricsSource::~EmbeddedMetricsSource()
{
    m_pool.waitForDone();
}

QString EmbeddedMetricsSource::displayName() const
{
    return Tr::tr("Embedded metrics store");
}

QFuture<Result<QList<MetricSeries>>> EmbeddedMetricsSource::instant(const QString &expression, const QDateTime &at)
{
    const qint64 atMs = at.isValid() ? at.toMSecsSinceEpoch() : m_store->now();
    return QtConcurrent::run(&m_pool, [store = m_store, expression, atMs, options = m_options] {
        return evaluateInstant(*store, expression, atMs, options);
    });
}

QFuture<Result<QList<MetricSeries>>> EmbeddedMetricsSource::range(const Backend::RangeQuery &query)
{
    return QtConcurrent::run(&m_pool, [store = m_store, query, options = m_options]() -> Result<QList<MetricSeries>> {
        if (!query.start.isValid())
            return fail(ErrorCode::InvalidArgument, Tr::tr("Invalid metrics query."), QStringLiteral("start: ") + Tr::tr("not a valid time"));
        if (!query.end.isValid())
            return fail(ErrorCode::InvalidArgument, Tr::tr("Invalid metrics query."), QStringLiteral("end: ") + Tr::tr("not a valid time"));
        const qint64 start = query.start.toMSecsSinceEpoch();
        const qint64 end = query.end.toMSecsSinceEpoch();
        if (start >= end)
            return fail(ErrorCode::InvalidArgument, Tr::tr("Invalid metrics query."), QStringLiteral("start: ") + Tr::tr("must be before end"));
        return evaluateRange(*store, query.expression, start, end, qint64(query.step.count()), options);
    });
}

} // namespace OpsDeck::Metrics
