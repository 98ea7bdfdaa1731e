// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/sdk/iplugin.h>

#include <QPointer>

namespace OpsDeck::Sdk {
class StatusItem;
}

namespace OpsDeck::Pipelines::Internal {

class PipelinesPanel;

/** The Pipelines plugin: registers the panel, its commands and a status item. */
class PipelinesPlugin final : public Sdk::IPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID OPSDECK_PLUGIN_IID FILE "pipelines.json")
    Q_INTERFACES(OpsDeck::Sdk::IPlugin)

public:
    Result<> initialize(Sdk::IHost &host) final;

private:
    /** Brings the Pipelines view to the front (creating the panel) and returns it. */
    PipelinesPanel *showPanel();
    /** Asks which environment to act on; empty when the user cancelled. */
    QString pickEnvironment(const QString &title, const QString &label);

    Sdk::IHost *m_host = nullptr;
    QPointer<PipelinesPanel> m_panel;
    Sdk::StatusItem *m_status = nullptr;
};

} // namespace OpsDeck::Pipelines::Internal
