// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/api/backend.h"

#include "apitr.h"

#include <QThread>

namespace OpsDeck::Backend {

QList<Capability> allCapabilities()
{
    return {Capability::PipelineEngine, Capability::LogStore, Capability::SecretStore,
            Capability::MetricsSource};
}

QString capabilityId(Capability capability)
{
    switch (capability) {
    case Capability::LogStore: return QStringLiteral("logstore");
    case Capability::SecretStore: return QStringLiteral("secretstore");
    case Capability::PipelineEngine: return QStringLiteral("pipelines");
    case Capability::MetricsSource: return QStringLiteral("metrics");
    }
    return {};
}

std::optional<Capability> capabilityFromId(const QString &id)
{
    for (Capability c : allCapabilities()) {
        if (capabilityId(c) == id)
            return c;
    }
    return std::nullopt;
}

QString capabilityDisplayName(Capability capability)
{
    switch (capability) {
    case Capability::LogStore: return Tr::tr("Log store");
    case Capability::SecretStore: return Tr::tr("Secret store");
    case Capability::PipelineEngine: return Tr::tr("Pipeline engine");
    case Capability::MetricsSource: return Tr::tr("Metrics source");
    }
    return {};
}

IBackend::IBackend(QObject *parent)
    : QObject(parent)
{
}

IBackend::~IBackend() = default;

void IBackend::setHealth(const Reliability::HealthReport &report)
{
    // Health checks may run on a worker; the report and its signal belong to
    // the owner thread, so readers of health() never race with a writer.
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(this, [this, report] { setHealth(report); }, Qt::QueuedConnection);
        return;
    }
    m_health = report;
    Q_EMIT healthChanged(m_health);
}

} // namespace OpsDeck::Backend
