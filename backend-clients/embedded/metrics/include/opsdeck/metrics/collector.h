// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "opsdeck/metrics/metricsstore.h"
#include "opsdeck/metrics/registry.h"

#include <opsdeck/api/result.h>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace OpsDeck::Metrics {

/**
 * Copies a Registry into a MetricsStore every \a interval, on its own thread
 * (never the caller's), and flushes the store after each copy, so what the
 * dashboards read has survived a crash. Histograms are stored the way
 * Prometheus scrapes them: name_bucket{le=…}, name_sum, name_count.
 */
class Collector
{
public:
    Collector(const Registry &registry, std::shared_ptr<MetricsStore> store,
              std::chrono::milliseconds interval = std::chrono::seconds(15));
    /** Stops and joins the thread (it finishes the copy in progress). */
    ~Collector();
    Collector(const Collector &) = delete;
    Collector &operator=(const Collector &) = delete;

    void start();
    void stop();
    /** One copy now, on the calling thread, at the store's clock. */
    Result<> collectNow();
    /** How many copies ran, and the last error (empty when the last one worked). */
    qint64 collections() const;
    QString lastError() const;

private:
    void run();
    const Registry &m_registry;
    std::shared_ptr<MetricsStore> m_store;
    std::chrono::milliseconds m_interval;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    qint64 m_collections = 0;
    QString m_lastError;
    std::thread m_thread;
};

} // namespace OpsDeck::Metrics
