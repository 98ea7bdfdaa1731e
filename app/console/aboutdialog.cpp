// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "aboutdialog.h"

#include "consoletr.h"

#include <appcontext.h>
#include <buildconfig.h>
#include <opsdeck/sdk/pluginspec.h>

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace OpsDeck::Console {

AboutDialog::AboutDialog(Core::AppContext &context, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(Tr::tr("About OpsDeck"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/opsdeck/icons/dev.opsdeck.OpsDeck.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);

    const auto ws = context.workspace();
    auto *text = new QLabel(this);
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setOpenExternalLinks(true);
    text->setText(Tr::tr("<h2>OpsDeck %1</h2>"
                         "<p>The operations console for on-call engineers: pipelines, logs, secrets and "
                         "capacity in one window, offline or against your team's systems.</p>"
                         "<p>Plugin SDK %2 · Qt %3</p>"
                         "<p>Workspace: %4</p>"
                         "<p>Licensed under the Apache License 2.0.</p>")
                      .arg(QStringLiteral(OPSDECK_VERSION), Sdk::sdkVersion().toString(),
                           QString::fromLatin1(qVersion()),
                           ws ? QDir::toNativeSeparators(ws->path).toHtmlEscaped() : Tr::tr("none")));
    text->setWordWrap(true);
    text->setMinimumWidth(380);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

} // namespace OpsDeck::Console
