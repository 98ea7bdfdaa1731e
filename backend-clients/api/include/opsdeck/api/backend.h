// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "opsdeck/api/backendapi_export.h"
#include "opsdeck/api/result.h"

#include <opsdeck/reliability/health.h>

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace OpsDeck::Backend {
Q_NAMESPACE_EXPORT(OPSDECK_BACKENDAPI_EXPORT)

/**
 * The capabilities a profile can provide. Each has exactly one interface
 * (ILogStore, ISecretStore, IPipelineEngine, IMetricsSource) and a stable
 * id used in plugin metadata ("Capabilities": ["logstore"]).
 */
enum class Capability { LogStore, SecretStore, PipelineEngine, MetricsSource };
Q_ENUM_NS(Capability)

/** Every capability, in display order. */
OPSDECK_BACKENDAPI_EXPORT QList<Capability> allCapabilities();
/** Stable id: "logstore", "secretstore", "pipelines", "metrics". */
OPSDECK_BACKENDAPI_EXPORT QString capabilityId(Capability capability);
/** Parses a stable id; std::nullopt for an unknown one. */
OPSDECK_BACKENDAPI_EXPORT std::optional<Capability> capabilityFromId(const QString &id);
/** Translated name for the user, e.g. "Log store". */
OPSDECK_BACKENDAPI_EXPORT QString capabilityDisplayName(Capability capability);

/**
 * Base of every backend implementation. A backend is created by a
 * BackendProvider for one profile and lives on the GUI (owner) thread; its
 * methods return futures and never block the caller.
 *
 * Health is pushed: an implementation calls setHealth() when it learns
 * something, and the console's status bar follows healthChanged().
 */
class OPSDECK_BACKENDAPI_EXPORT IBackend : public QObject
{
    Q_OBJECT
public:
    explicit IBackend(QObject *parent = nullptr);
    ~IBackend() override;

    virtual Capability capability() const = 0;
    /** Short name for the user: "Embedded log store", "Prometheus (ops-1)". */
    virtual QString displayName() const = 0;

    /** The last known health; Unknown until the first check. */
    Reliability::HealthReport health() const { return m_health; }

Q_SIGNALS:
    void healthChanged(const OpsDeck::Reliability::HealthReport &report);

protected:
    /** Records \a report and emits healthChanged() on the owner thread (callable from any thread). */
    void setHealth(const Reliability::HealthReport &report);

private:
    Reliability::HealthReport m_health;
};

} // namespace OpsDeck::Backend
