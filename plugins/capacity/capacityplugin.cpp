// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "capacityplugin.h"

#include "alertsbinding.h"
#include "capacitypanel.h"
#include "capacitytr.h"

#include <opsdeck/api/backendregistry.h>
#include <opsdeck/sdk/commandregistry.h>
#include <opsdeck/sdk/ihost.h>
#include <opsdeck/sdk/viewregistry.h>

#include <QIcon>

using namespace Qt::StringLiterals;

namespace OpsDeck::Capacity::Internal {

namespace {
const QString kViewId = u"capacity.view"_s;
} // namespace

CapacityPanel *CapacityPlugin::showPanel()
{
    m_host->views().activate(kViewId); // creates the panel the first time
    return m_panel.data();
}

Result<> CapacityPlugin::initialize(Sdk::IHost &host)
{
    // Only wiring here: the panel does the work; the alert rules run from
    // the start, whether the view is ever opened or not.
    m_host = &host;
    m_alerts = new AlertsBinding(host, this);
    const QString category = Tr::tr("Capacity");
    const QList<Sdk::Command> commands{
        {.id = u"capacity.show"_s,
         .title = Tr::tr("Show Capacity Planner"),
         .category = category,
         .description = Tr::tr("Open the capacity planner: scenarios, outputs as you type, growth and autoscaling"),
         .handler =
             [this] {
                 if (CapacityPanel *panel = showPanel())
                     panel->showPlanner();
             }},
        {.id = u"capacity.dashboards"_s,
         .title = Tr::tr("Show Dashboards"),
         .category = category,
         .description = Tr::tr("Live metrics panels from the embedded store and Prometheus"),
         .handler =
             [this] {
                 if (CapacityPanel *panel = showPanel())
                     panel->showDashboards();
             }},
        {.id = u"capacity.alerts"_s,
         .title = Tr::tr("Show Alerts"),
         .category = category,
         .description = Tr::tr("Alert states (pending, firing, resolved) and their history"),
         .handler =
             [this] {
                 if (CapacityPanel *panel = showPanel())
                     panel->showAlerts();
             }},
        {.id = u"capacity.compare"_s,
         .title = Tr::tr("Compare Scenarios"),
         .category = category,
         .description = Tr::tr("Compare the scenarios selected in the planner side by side"),
         .handler =
             [this] {
                 if (CapacityPanel *panel = showPanel())
                     panel->compareSelected();
             }},
    };
    for (const Sdk::Command &command : commands) {
        if (auto added = host.commands().add(command); !added)
            return added.error();
    }

    return host.views().add({.id = kViewId,
                             .title = Tr::tr("Capacity"),
                             .icon = QIcon(u":/capacity/capacity.svg"_s),
                             .toolTip = Tr::tr("Capacity planner, dashboards and alerts"),
                             .priority = 40,
                             .factory = [this, &host](QWidget *parent) -> QWidget * {
                                 auto *panel = new CapacityPanel(host.backends(), parent);
                                 m_panel = panel;
                                 m_alerts->attach(panel->alerts());
                                 return panel;
                             }});
}

} // namespace OpsDeck::Capacity::Internal
