// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "secretsplugin.h"

#include "secretspanel.h"
#include "secretstr.h"

#include <opsdeck/api/backendregistry.h>
#include <opsdeck/api/secretstore.h>
#include <opsdeck/sdk/commandregistry.h>
#include <opsdeck/sdk/ihost.h>
#include <opsdeck/sdk/statusbarregistry.h>
#include <opsdeck/sdk/viewregistry.h>

#include <QIcon>

using namespace Qt::StringLiterals;

namespace OpsDeck::Secrets {

namespace {
const QString kViewId = u"secrets.view"_s;
} // namespace

SecretsPanel *SecretsPlugin::showPanel()
{
    m_host->views().activate(kViewId); // creates the panel the first time
    return m_panel.data();
}

Result<> SecretsPlugin::initialize(Sdk::IHost &host)
{
    // Only wiring here: the panel does the work.
    m_host = &host;
    m_status = host.statusBar().add(u"secrets.status"_s);
    m_status->setToolTip(Tr::tr("Whether the vault is unlocked. Click to open the Secrets panel."));
    m_status->setCommandId(u"secrets.find"_s);

    const auto unlocked = [&host] {
        const auto *store = host.backends().get<Backend::ISecretStore>();
        return store && !store->isLocked();
    };
    const QString category = Tr::tr("Secrets");
    const QList<Sdk::Command> commands{
        {.id = u"secrets.find"_s,
         .title = Tr::tr("Find Secret"),
         .category = category,
         .description = Tr::tr("Open the Secrets panel and put the cursor in the filter (or the passphrase)"),
         .handler =
             [this] {
                 if (SecretsPanel *panel = showPanel())
                     panel->focusFilter();
             }},
        {.id = u"secrets.lock"_s,
         .title = Tr::tr("Lock Vault"),
         .category = category,
         .description = Tr::tr("Forget the vault's keys now; the passphrase is needed again"),
         .handler =
             [&host, this] {
                 if (m_panel)
                     m_panel->lockVault();
                 else if (auto *store = host.backends().get<Backend::ISecretStore>())
                     store->lock();
             },
         .isEnabled = unlocked},
        {.id = u"secrets.new"_s,
         .title = Tr::tr("New Secret…"),
         .category = category,
         .description = Tr::tr("Write the first version of a new secret"),
         .handler =
             [this] {
                 if (SecretsPanel *panel = showPanel())
                     panel->newSecret();
             },
         .isEnabled = unlocked},
    };
    for (const Sdk::Command &command : commands) {
        if (auto added = host.commands().add(command); !added)
            return added.error();
    }

    return host.views().add({.id = kViewId,
                             .title = Tr::tr("Secrets"),
                             .icon = QIcon(u":/secrets/secrets.svg"_s),
                             .toolTip = Tr::tr("Unlock the vault; find, reveal, copy and rotate secrets"),
                             .priority = 30,
                             .factory = [this, &host](QWidget *parent) -> QWidget * {
                                 auto *panel = new SecretsPanel(host, parent);
                                 m_panel = panel;
                                 const auto update = [this, panel] { m_status->setText(panel->statusText()); };
                                 connect(panel, &SecretsPanel::statusChanged, m_status, update);
                                 update();
                                 return panel;
                             }});
}

} // namespace OpsDeck::Secrets
