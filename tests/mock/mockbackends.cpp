// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "mockbackends.h"

using namespace Qt::StringLiterals;

namespace OpsDeck::Test {

void registerMockProvider(Backend::BackendRegistry &registry, const QString &kind)
{
    registry.registerProvider(
        kind,
        [](const Backend::Profile &profile)
            -> Result<std::vector<std::unique_ptr<Backend::IBackend>>> {
            const QString name = profile.name.isEmpty() ? profile.id : profile.name;
            const QVariant passphraseOption = profile.options.value(u"passphrase"_s);
            const QByteArray passphrase = passphraseOption.isValid()
                                              ? passphraseOption.toString().toUtf8()
                                              : kMockPassphrase.toByteArray();
            const auto series
                = profile.options.value(u"series"_s).value<QList<Backend::MetricSeries>>();

            std::vector<std::unique_ptr<Backend::IBackend>> backends;
            backends.push_back(
                std::make_unique<MemoryLogStore>(u"Mock log store (%1)"_s.arg(name)));
            backends.push_back(std::make_unique<MemorySecretStore>(
                u"Mock secret store (%1)"_s.arg(name), Backend::SecretBytes::fromUtf8(passphrase)));
            backends.push_back(
                std::make_unique<MemoryPipelineEngine>(u"Mock pipeline engine (%1)"_s.arg(name)));
            backends.push_back(std::make_unique<MemoryMetricsSource>(
                u"Mock metrics source (%1)"_s.arg(name), series));
            return backends;
        });
}

} // namespace OpsDeck::Test
