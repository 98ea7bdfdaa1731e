// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "logsearchplugin.h"

#include "logsearchtr.h"
#include "logspanel.h"

#include <opsdeck/api/backendregistry.h>
#include <opsdeck/api/logstore.h>
#include <opsdeck/sdk/commandregistry.h>
#include <opsdeck/sdk/ihost.h>
#include <opsdeck/sdk/statusbarregistry.h>
#include <opsdeck/sdk/viewregistry.h>

#include <QIcon>

using namespace Qt::StringLiterals;

namespace OpsDeck::LogSearch {

namespace {
const QString kViewId = u"logsearch.view"_s;
} // namespace

LogsPanel *LogSearchPlugin::showPanel()
{
    m_host->views().activate(kViewId); // creates the panel the first time
    return m_panel.data();
}

Result<> LogSearchPlugin::initialize(Sdk::IHost &host)
{
    // Only wiring here: the panel does the work.
    m_host = &host;
    m_status = host.statusBar().add(u"logsearch.status"_s);
    m_status->setToolTip(Tr::tr("The Logs panel's search. Click to search the logs."));
    m_status->setCommandId(u"logsearch.focusQuery"_s);

    const auto hasStore = [&host] { return host.backends().get<Backend::ILogStore>() != nullptr; };
    const QString category = Tr::tr("Logs");
    const QList<Sdk::Command> commands{
        {.id = u"logsearch.focusQuery"_s,
         .title = Tr::tr("Search Logs"),
         .category = category,
         .description = Tr::tr("Open the Logs panel and put the cursor in the query bar"),
         .shortcut = QKeySequence(Qt::CTRL | Qt::Key_L),
         .handler =
             [this] {
                 if (LogsPanel *panel = showPanel())
                     panel->focusQuery();
             }},
        {.id = u"logsearch.toggleLiveTail"_s,
         .title = Tr::tr("Toggle Live Tail"),
         .category = category,
         .description = Tr::tr("Start or stop adding matching records as they arrive"),
         .handler =
             [this] {
                 if (LogsPanel *panel = showPanel())
                     panel->toggleLiveTail();
             },
         .isEnabled = hasStore},
        {.id = u"logsearch.import"_s,
         .title = Tr::tr("Import Log Files…"),
         .category = category,
         .description = Tr::tr("Read log files or a folder into the log store"),
         .handler =
             [this] {
                 if (LogsPanel *panel = showPanel())
                     panel->importWithDialog();
             },
         .isEnabled = hasStore},
        {.id = u"logsearch.openFiles"_s,
         .title = Tr::tr("Open Log File…"),
         .category = category,
         .description = Tr::tr("Search log files where they are, without importing them"),
         .handler =
             [this] {
                 if (LogsPanel *panel = showPanel())
                     panel->openWithDialog();
             },
         .isEnabled = hasStore},
        {.id = u"logsearch.export"_s,
         .title = Tr::tr("Export Log Search…"),
         .category = category,
         .description = Tr::tr("Write every match of the current search to a CSV file"),
         .handler =
             [this] {
                 if (LogsPanel *panel = showPanel())
                     panel->exportWithDialog();
             },
         .isEnabled = hasStore},
    };
    for (const Sdk::Command &command : commands) {
        if (auto added = host.commands().add(command); !added)
            return added.error();
    }

    return host.views().add({.id = kViewId,
                             .title = Tr::tr("Logs"),
                             .icon = QIcon(u":/logsearch/logsearch.svg"_s),
                             .toolTip = Tr::tr("Search, chart and tail the logs"),
                             .priority = 20,
                             .factory = [this, &host](QWidget *parent) -> QWidget * {
                                 auto *panel = new LogsPanel(host, parent);
                                 m_panel = panel;
                                 const auto update = [this, panel] { m_status->setText(panel->statusText()); };
                                 connect(panel, &LogsPanel::statusChanged, m_status, update);
                                 update();
                                 return panel;
                             }});
}

} // namespace OpsDeck::LogSearch
