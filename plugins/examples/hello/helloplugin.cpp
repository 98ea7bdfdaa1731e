// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "helloplugin.h"

#include "hellopanel.h"
#include "hellotr.h"

#include <opsdeck/sdk/commandregistry.h>
#include <opsdeck/sdk/ihost.h>
#include <opsdeck/sdk/notificationcenter.h>
#include <opsdeck/sdk/pluginsettings.h>
#include <opsdeck/sdk/statusbarregistry.h>
#include <opsdeck/sdk/viewregistry.h>

#include <QIcon>

namespace OpsDeck::Hello {

namespace {

void updateStatus(Sdk::StatusItem *item, int greetings)
{
    item->setText(Tr::tr("Hello: %n greeting(s)", nullptr, greetings));
    item->setToolTip(Tr::tr("Greetings sent by the Hello example plugin. Click to greet again."));
}

} // namespace

Result<> HelloPlugin::initialize(Sdk::IHost &host)
{
    // The plugin class only wires things up; the panel does the work.
    Sdk::StatusItem *status = host.statusBar().add(QStringLiteral("hello.greetings"));
    status->setCommandId(QStringLiteral("hello.greet"));
    updateStatus(status, host.settings().value(QStringLiteral("greetings"), 0).toInt());

    auto greet = [&host, status] {
        const int greetings = host.settings().value(QStringLiteral("greetings"), 0).toInt() + 1;
        host.settings().setValue(QStringLiteral("greetings"), greetings);
        updateStatus(status, greetings);
        host.notifications().post({.severity = Sdk::Notification::Severity::Success,
                                   .title = Tr::tr("Hello from the example plugin"),
                                   .body = Tr::tr("This is greeting number %1.").arg(greetings)});
    };

    if (auto added = host.commands().add({.id = QStringLiteral("hello.greet"),
                                          .title = Tr::tr("Say Hello"),
                                          .category = Tr::tr("Hello"),
                                          .description = Tr::tr("Post a greeting to the notification list"),
                                          .shortcut = QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H),
                                          .handler = greet});
        !added) {
        return added.error();
    }
    if (auto added = host.commands().add({.id = QStringLiteral("hello.open"),
                                          .title = Tr::tr("Open Hello Panel"),
                                          .category = Tr::tr("Hello"),
                                          .description = Tr::tr("Show the example plugin's panel"),
                                          .handler = [&host] { host.views().activate(QStringLiteral("hello.view")); }});
        !added) {
        return added.error();
    }

    return host.views().add({.id = QStringLiteral("hello.view"),
                             .title = Tr::tr("Hello"),
                             .icon = QIcon(QStringLiteral(":/hello/hello.svg")),
                             .toolTip = Tr::tr("The example plugin's panel"),
                             .priority = 900,
                             .factory = [&host, greet](QWidget *parent) -> QWidget * {
                                 return new HelloPanel(host, greet, parent);
                             }});
}

} // namespace OpsDeck::Hello
