// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

/**
 * \file
 * In-memory fakes of the four backend interfaces, for GUI tests (profile
 * switching, unhealthy backends) and for the contract suites until the
 * embedded engines exist. They are honest fakes: real behaviour on in-memory
 * data, no network, no disk.
 *
 * Threading, the same for all four:
 * - Every call returns at once. The work runs on the backend's own
 *   QThreadPool through QtConcurrent, so the returned future is usually (not
 *   always) unfinished when the call returns; callers must not assume either.
 *   Calls issued without waiting for each other may complete in any order.
 * - Shared state is guarded by a mutex, so calls from any thread are safe;
 *   signals, though, are always emitted on the owner thread (the thread the
 *   backend lives in), from its event loop through a queued call, never from
 *   inside the call that caused them. The exceptions are synchronous
 *   methods: lock() emits lockedChanged() directly, setHealthState() emits
 *   healthChanged() directly.
 * - The destructor joins the pool, so every future handed out is finished
 *   once the backend is gone, and no late signal reaches anyone.
 *
 * Each fake takes a display name and reports a Healthy one-check health
 * report from construction; setHealthState() publishes another state.
 */

#include "memorylogstore.h"
#include "memorymetricssource.h"
#include "memorypipelineengine.h"
#include "memorysecretstore.h"

#include <opsdeck/api/backendregistry.h>

namespace OpsDeck::Test {

/** The passphrase of a mock secret store unless the profile sets "passphrase". */
inline constexpr QByteArrayView kMockPassphrase = "mock-passphrase";

/**
 * Registers a provider for profiles of \a kind that creates all four fakes,
 * named after the profile ("Mock log store (Staging)"). Profile options:
 * - "passphrase" (string): the secret store's passphrase, default kMockPassphrase;
 * - "series" (QVariant holding QList<Backend::MetricSeries>): the metrics data.
 *
 * \code
 * BackendRegistry registry;
 * OpsDeck::Test::registerMockProvider(registry, u"mock"_s);
 * registry.activate({.id = u"a"_s, .name = u"Alpha"_s, .kind = u"mock"_s});
 * auto *logs = qobject_cast<MemoryLogStore *>(registry.get<Backend::ILogStore>());
 * \endcode
 */
void registerMockProvider(Backend::BackendRegistry &registry, const QString &kind);

} // namespace OpsDeck::Test
