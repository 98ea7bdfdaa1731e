// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

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

} // namespace OpsDeck::Core
