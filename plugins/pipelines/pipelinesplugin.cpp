// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "pipelinesplugin.h"

#include "pipelinespanel.h"
#include "pipelinestr.h"

#include <opsdeck/api/backendregistry.h>
#include <opsdeck/api/pipelineengine.h>
#include <opsdeck/sdk/commandregistry.h>
#include <opsdeck/sdk/ihost.h>
#include <opsdeck/sdk/statusbarregistry.h>
#include <opsdeck/sdk/viewregistry.h>

#include <QIcon>
#include <QInputDialog>

using namespace Qt::StringLiterals;

namespace OpsDeck::Pipelines::Internal {

namespace {
const QString kViewId = u"pipelines.view"_s;
} // namespace

PipelinesPanel *PipelinesPlugin::showPanel()
{
    m_host->views().activate(kViewId); // creates the panel the first time
    return m_panel.data();
}

QString PipelinesPlugin::pickEnvironment(const QString &title, const QString &label)
{
    bool ok = false;
    const QStringList environments{u"production"_s, u"staging"_s, u"development"_s};
    const QString picked = QInputDialog::getItem(m_panel, title, label, environments, 0, false, &ok);
    return ok ? picked : QString();
}

Result<> PipelinesPlugin::initialize(Sdk::IHost &host)
{
    // Only wiring here: the panel does the work.
    m_host = &host;
    m_status = host.statusBar().add(u"pipelines.status"_s);
    m_status->setToolTip(Tr::tr("Running and queued pipeline runs. Click to open the Pipelines panel."));
    m_status->setCommandId(u"pipelines.show"_s);

    const auto hasEngine = [&host] { return host.backends().get<Backend::IPipelineEngine>() != nullptr; };
    const QString category = Tr::tr("Pipelines");
    const QList<Sdk::Command> commands{
        {.id = u"pipelines.show"_s,
         .title = Tr::tr("Show Pipelines"),
         .category = category,
         .description = Tr::tr("Open the Pipelines panel: runs, deployments and the audit trail"),
         .handler = [this] { showPanel(); }},
        {.id = u"pipelines.trigger"_s,
         .title = Tr::tr("Trigger pipeline…"),
         .category = category,
         .description = Tr::tr("Start a run: repository, branch or tag, commit and environment"),
         .shortcut = QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
         .handler =
             [this] {
                 if (PipelinesPanel *panel = showPanel())
                     panel->openTriggerDialog();
             },
         .isEnabled = hasEngine},
        {.id = u"pipelines.rollback"_s,
         .title = Tr::tr("Rollback environment…"),
         .category = category,
         .description = Tr::tr("Put an environment's previous successful deployment back"),
         .handler =
             [this] {
                 if (PipelinesPanel *panel = showPanel()) {
                     const QString env = pickEnvironment(Tr::tr("Rollback"), Tr::tr("Roll back which environment?"));
                     if (!env.isEmpty())
                         panel->rollbackEnvironment(env);
                 }
             },
         .isEnabled = hasEngine},
        {.id = u"pipelines.freeze"_s,
         .title = Tr::tr("Freeze environment…"),
         .category = category,
         .description = Tr::tr("Stop deployments to an environment from starting (or let them start again)"),
         .handler =
             [this] {
                 if (PipelinesPanel *panel = showPanel()) {
                     const QString env = pickEnvironment(Tr::tr("Freeze"), Tr::tr("Freeze or unfreeze which environment?"));
                     if (!env.isEmpty())
                         panel->freezeEnvironment(env);
                 }
             },
         .isEnabled = hasEngine},
    };
    for (const Sdk::Command &command : commands) {
        if (auto added = host.commands().add(command); !added)
            return added.error();
    }

    return host.views().add({.id = kViewId,
                             .title = Tr::tr("Pipelines"),
                             .icon = QIcon(u":/pipelines/pipelines.svg"_s),
                             .toolTip = Tr::tr("Pipeline runs, deployments and the audit trail"),
                             .priority = 10,
                             .factory = [this, &host](QWidget *parent) -> QWidget * {
                                 auto *panel = new PipelinesPanel(host, parent);
                                 m_panel = panel;
                                 const auto update = [this, panel] { m_status->setText(panel->statusText()); };
                                 connect(panel, &PipelinesPanel::statusChanged, m_status, update);
                                 update();
                                 return panel;
                             }});
}

} // namespace OpsDeck::Pipelines::Internal
