// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/sdk/ihost.h"
#include "opsdeck/sdk/iplugin.h"

namespace OpsDeck::Sdk {

IPlugin::IPlugin(QObject *parent)
    : QObject(parent)
{
}

IPlugin::~IPlugin() = default;

void IPlugin::extensionsInitialized() {}

IPlugin::ShutdownMode IPlugin::aboutToShutdown()
{
    return ShutdownMode::Sync;
}

IHost::~IHost() = default;

} // namespace OpsDeck::Sdk
