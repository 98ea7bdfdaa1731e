// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/sdk/iplugin.h>

#include <QPointer>

namespace OpsDeck::Capacity::Internal {

class AlertsBinding;
class CapacityPanel;

/** The Capacity plugin: registers the panel and its commands. */
class CapacityPlugin final : public Sdk::IPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID OPSDECK_PLUGIN_IID FILE "capacity.json")
    Q_INTERFACES(OpsDeck::Sdk::IPlugin)

public:
    Result<> initialize(Sdk::IHost &host) final;

private:
    /** Brings the Capacity view to the front (creating the panel) and returns it. */
    CapacityPanel *showPanel();

    Sdk::IHost *m_host = nullptr;
    QPointer<CapacityPanel> m_panel;
    AlertsBinding *m_alerts = nullptr;
};

} // namespace OpsDeck::Capacity::Internal
