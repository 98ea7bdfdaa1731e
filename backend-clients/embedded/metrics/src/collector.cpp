// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/metrics/collector.h"

#include "opsdeck/metrics/exposition.h"

#include "metricstr_p.h"

namespace OpsDeck::Metrics {

Collector::Collector(const Registry &registry, std::shared_ptr<MetricsStore> store,
                     std::chrono::milliseconds interval)
    : m_registry(registry), m_store(std::move(store)), m_interval(interval)
{}

Collector::~Collector()
{
    stop();
}

void Collector::start()
{
    std::lock_guard lock(m_mutex);
    if (m_thread.joinable())
        return;
    m_stopping = false;
    m_thread = std::thread([this] { run(); });
}

void Collector::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

Result<> Collector::collectNow()
{
    const QList<FlatSample> samples = flatten(m_registry.snapshot());
    QList<std::pair<Labels, double>> batch;
    batch.reserve(samples.size());
    for (const FlatSample &s : samples)
        batch.append({s.labels, s.value});
    auto rejected = m_store->appendAll(batch, m_store->now());
    Result<> result;
    if (!rejected)
        result = rejected.error();
    else if (auto flushed = m_store->flush(); !flushed)
        result = flushed;
    std::lock_guard lock(m_mutex);
    ++m_collections;
    m_lastError = result ? QString() : result.error().toString();
    return result;
}

qint64 Collector::collections() const
{
    std::lock_guard lock(m_mutex);
    return m_collections;
}

QString Collector::lastError() const
{
    std::lock_guard lock(m_mutex);
    return m_lastError;
}

void Collector::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        lock.unlock();
        if (auto r = collectNow(); !r)
            qCWarning(lcMetrics) << "collecting metrics failed:" << r.error().toString();
        lock.lock();
        m_wake.wait_for(lock, m_interval, [this] { return m_stopping; });
    }
}

} // namespace OpsDeck::Metrics
