// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/result.h>

#include <QList>

namespace OpsDeck::Backend {
class BackendRegistry;
}

namespace OpsDeck::Core {

/**
 * Registers the provider for "local" profiles: the embedded engines on the
 * profile's workspace folder. Each engine lands with its own issue; a
 * capability without an engine is simply not provided, and the console
 * shows it as not available.
 */
void registerLocalProvider(Backend::BackendRegistry &registry);

/**
 * Whether this process runs the local engines' background work: pipeline
 * jobs, the repository watch, the deployed services, the demo's history.
 * The console does (it says so before opening the workspace); opsctl's
 * one-shot commands do not, so a `workspace info` never starts, and then
 * kills, a queued job. Default: false.
 */
void setRunsBackgroundWork(bool on);
bool runsBackgroundWork();

/**
 * Who the console and opsctl act as towards the embedded vault by default:
 * the login name ($USER, else the password database), the identity that is
 * admin of a vault it created.
 */
QString localIdentity();

/**
 * Why engines of the last local activation are missing (a store another
 * process holds, a damaged file), so the console and opsctl can say so.
 */
QList<Error> localProviderProblems();

} // namespace OpsDeck::Core
