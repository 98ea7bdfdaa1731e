// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/sdk/iplugin.h>

#include <QPointer>

namespace OpsDeck::Sdk {
class StatusItem;
}

namespace OpsDeck::LogSearch {

class LogsPanel;

/** The Logs plugin: registers the panel, its commands and a status item. */
class LogSearchPlugin final : public Sdk::IPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID OPSDECK_PLUGIN_IID FILE "logsearch.json")
    Q_INTERFACES(OpsDeck::Sdk::IPlugin)

public:
    Result<> initialize(Sdk::IHost &host) final;

private:
    /** Brings the Logs view to the front (creating the panel) and returns it. */
    LogsPanel *showPanel();

    Sdk::IHost *m_host = nullptr;
    QPointer<LogsPanel> m_panel;
    Sdk::StatusItem *m_status = nullptr;
};

} // namespace OpsDeck::LogSearch
