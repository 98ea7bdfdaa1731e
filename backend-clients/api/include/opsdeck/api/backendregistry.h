// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "opsdeck/api/backend.h"
#include "opsdeck/api/backendapi_export.h"
#include "opsdeck/api/profile.h"
#include "opsdeck/api/result.h"

#include <QObject>

#include <functional>
#include <memory>
#include <vector>

namespace OpsDeck::Backend {

/**
 * Creates the backends of one kind of profile. The returned objects are
 * owned by the registry from then on. A provider returns only what it can
 * serve: a capability it leaves out shows as "not available" in the console.
 */
using BackendProvider = std::function<Result<std::vector<std::unique_ptr<IBackend>>>(const Profile &)>;

/**
 * The backends of the active profile, by interface. Plugins ask it for an
 * interface and follow backendsChanged(): when the user switches profile,
 * every pointer handed out before is destroyed after aboutToRebind().
 *
 * \code
 * void LogsPanel::rebind()
 * {
 *     m_store = m_backends.get<OpsDeck::Backend::ILogStore>(); // may be nullptr
 *     m_unavailable->setVisible(!m_store);
 * }
 * connect(&backends, &BackendRegistry::backendsChanged, this, &LogsPanel::rebind);
 * \endcode
 */
class OPSDECK_BACKENDAPI_EXPORT BackendRegistry : public QObject
{
    Q_OBJECT
public:
    explicit BackendRegistry(QObject *parent = nullptr);
    ~BackendRegistry() override;

    /** Registers the provider for profiles of \a kind (replaces an earlier one). */
    void registerProvider(const QString &kind, BackendProvider provider);
    bool hasProvider(const QString &kind) const;

    /**
     * Makes \a profile the active one: creates its backends through the
     * provider of its kind and drops the previous ones. On failure the
     * previous profile stays bound and the error says why.
     */
    Result<> activate(const Profile &profile);
    /** Drops every backend (at shutdown). */
    void clear();

    Profile activeProfile() const;
    /** Incremented on every successful activate(); lets holders detect staleness. */
    quint64 generation() const;

    IBackend *backend(Capability capability) const;
    bool isAvailable(Capability capability) const { return backend(capability) != nullptr; }
    QList<IBackend *> backends() const;

    /** The backend implementing interface \a T, or nullptr when the profile has none. */
    template<typename T>
    T *get() const
    {
        return qobject_cast<T *>(backend(T::kCapability));
    }

Q_SIGNALS:
    /** Emitted before the current backends are destroyed: drop pointers now. */
    void aboutToRebind();
    /** Emitted after a new profile's backends are in place. */
    void backendsChanged();
    /** Any bound backend's health changed. */
    void healthChanged(OpsDeck::Backend::Capability capability,
                       const OpsDeck::Reliability::HealthReport &report);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace OpsDeck::Backend
