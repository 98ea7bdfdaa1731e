// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// The metrics-source contract (tests/contract) run against PrometheusSource
// and Debian's real prometheus: each case backfills the contract's series
// with promtool into a fresh data folder and starts a server on it.
#include "metricssourcecontract.h"
#include "prometheusprocess.h"

#include <opsdeck/remote/prometheussource.h>

using namespace std::chrono_literals;

namespace OpsDeck::Test {
namespace {

std::unique_ptr<Backend::IMetricsSource> makePrometheusSource(const QString &scratch,
                                                              const QList<Backend::MetricSeries> &series)
{
    const QString data = scratch + QStringLiteral("/data");
    if (const QString error = PrometheusProcess::backfill(series, data, scratch); !error.isEmpty()) {
        ADD_FAILURE() << qPrintable(error);
        return nullptr;
    }
    auto process = std::make_unique<PrometheusProcess>();
    // No scrapes: the server holds exactly the backfilled series.
    if (const QString error = process->start(scratch, "global:\n  scrape_interval: 15s\nscrape_configs: []\n");
        !error.isEmpty()) {
        ADD_FAILURE() << qPrintable(error);
        return nullptr;
    }
    Remote::PrometheusSettings settings;
    settings.baseUrl = process->url();
    auto source = std::make_unique<Remote::PrometheusSource>(settings);
    // The server lives exactly as long as the source that talks to it.
    process.release()->setParent(source.get());
    return source;
}

std::vector<MetricsSourceFactory> factories()
{
    if (PrometheusProcess::binary().isEmpty() || PrometheusProcess::promtool().isEmpty())
        return {};
    return {MetricsSourceFactory{QStringLiteral("Prometheus"), &makePrometheusSource}};
}

} // namespace

INSTANTIATE_TEST_SUITE_P(Remote, MetricsSourceContract, ::testing::ValuesIn(factories()),
                         FactoryName{});

// Without the binaries the suite above has no instance: say why, loudly.
TEST(PrometheusContract, NeedsPrometheusAndPromtool)
{
    if (PrometheusProcess::binary().isEmpty() || PrometheusProcess::promtool().isEmpty())
        GTEST_SKIP() << "prometheus or promtool is not on PATH (packaging/install-deps.sh installs "
                        "Debian's prometheus); the contract was not run against it";
    SUCCEED();
}

} // namespace OpsDeck::Test
