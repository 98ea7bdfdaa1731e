// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// The IMetricsSource contract (tests/contract/metricssourcecontract.h) run
// against the embedded source: a real store in the case's scratch folder,
// seeded through append() and flushed, then reopened so the answers come
// from what was replayed from the segment files.
#include "metricssourcecontract.h"

#include <opsdeck/metrics/embeddedmetricssource.h>

using namespace Qt::StringLiterals;

namespace OpsDeck::Test {
namespace {

MetricsSourceFactory embeddedMetrics()
{
    return {u"Embedded"_s,
            [](const QString &scratch, const QList<Backend::MetricSeries> &series)
                -> std::unique_ptr<Backend::IMetricsSource> {
                {
                    // The contract's samples lie minutes in the past: written
                    // with no background compaction, so no rollup watermark
                    // moves past them halfway through (the store takes no
                    // backfill behind it; docs/metrics-store.md).
                    Metrics::StoreOptions writing;
                    writing.backgroundThread = false;
                    auto store = Metrics::MetricsStore::open(scratch, writing);
                    if (!store) {
                        ADD_FAILURE() << store.error().toString().toStdString();
                        return nullptr;
                    }
                    for (const Backend::MetricSeries &s : series) {
                        auto ref = (*store)->series(s.labels);
                        if (!ref) {
                            ADD_FAILURE() << ref.error().toString().toStdString();
                            return nullptr;
                        }
                        for (const Backend::Sample &sample : s.samples)
                            (*store)->append(*ref, sample.timestampMs, sample.value);
                    }
                    if (auto r = (*store)->flush(); !r) {
                        ADD_FAILURE() << r.error().toString().toStdString();
                        return nullptr;
                    }
                }
                auto reopened = Metrics::MetricsStore::open(scratch);
                if (!reopened) {
                    ADD_FAILURE() << reopened.error().toString().toStdString();
                    return nullptr;
                }
                return std::make_unique<Metrics::EmbeddedMetricsSource>(*reopened);
            }};
}

} // namespace

INSTANTIATE_TEST_SUITE_P(Embedded, MetricsSourceContract, ::testing::Values(embeddedMetrics()), FactoryName());

} // namespace OpsDeck::Test
