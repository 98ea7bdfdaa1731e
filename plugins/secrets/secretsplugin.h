// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/sdk/iplugin.h>

#include <QPointer>

namespace OpsDeck::Sdk {
class StatusItem;
}

namespace OpsDeck::Secrets {

class SecretsPanel;

/** The Secrets plugin: registers the panel, its commands and a lock-state status item. */
class SecretsPlugin final : public Sdk::IPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID OPSDECK_PLUGIN_IID FILE "secrets.json")
    Q_INTERFACES(OpsDeck::Sdk::IPlugin)

public:
    Result<> initialize(Sdk::IHost &host) final;

private:
    /** Brings the Secrets view to the front (creating the panel) and returns it. */
    SecretsPanel *showPanel();

    Sdk::IHost *m_host = nullptr;
    QPointer<SecretsPanel> m_panel;
    Sdk::StatusItem *m_status = nullptr;
};

} // namespace OpsDeck::Secrets
