// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// Runs every contract suite against the in-memory fakes of tests/mock.
#include "logstorecontract.h"
#include "metricssourcecontract.h"
#include "pipelineenginecontract.h"
#include "secretstorecontract.h"

#include "mockbackends.h"

using namespace Qt::StringLiterals;

namespace OpsDeck::Test {
namespace {

LogStoreFactory memoryLogStore()
{
    return {u"Memory"_s, [](const QString &) -> std::unique_ptr<Backend::ILogStore> {
                return std::make_unique<MemoryLogStore>(u"Memory log store"_s);
            }};
}

SecretStoreFactory memorySecretStore()
{
    return {u"Memory"_s,
            [](const QString &,
               const Backend::SecretBytes &passphrase) -> std::unique_ptr<Backend::ISecretStore> {
                return std::make_unique<MemorySecretStore>(u"Memory secret store"_s, passphrase);
            }};
}

PipelineEngineFactory memoryPipelineEngine()
{
    PipelineEngineFactory factory;
    factory.name = u"Memory"_s;
    factory.make = [](const QString &) -> std::unique_ptr<Backend::IPipelineEngine> {
        return std::make_unique<MemoryPipelineEngine>(u"Memory pipeline engine"_s);
    };
    return factory;
}

MetricsSourceFactory memoryMetricsSource()
{
    return {u"Memory"_s,
            [](const QString &, const QList<Backend::MetricSeries> &series)
                -> std::unique_ptr<Backend::IMetricsSource> {
                return std::make_unique<MemoryMetricsSource>(u"Memory metrics source"_s, series);
            }};
}

} // namespace

INSTANTIATE_TEST_SUITE_P(Mock, LogStoreContract, ::testing::Values(memoryLogStore()),
                         FactoryName{});
INSTANTIATE_TEST_SUITE_P(Mock, SecretStoreContract, ::testing::Values(memorySecretStore()),
                         FactoryName{});
INSTANTIATE_TEST_SUITE_P(Mock, PipelineEngineContract, ::testing::Values(memoryPipelineEngine()),
                         FactoryName{});
INSTANTIATE_TEST_SUITE_P(Mock, MetricsSourceContract, ::testing::Values(memoryMetricsSource()),
                         FactoryName{});

} // namespace OpsDeck::Test
