// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "overviewpanel.h"

#include "consoletr.h"
#include "consolestyle.h"

#include <appcontext.h>
#include <opsdeck/api/backendregistry.h>
#include <opsdeck/sdk/pluginmanager.h>

#include <QDir>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace OpsDeck::Console {

namespace {

QLabel *heading(const QString &text, QWidget *parent, qreal scale = 1.25)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(true);
    label->setFont(f);
    return label;
}

QFrame *card(QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::Base);
    return frame;
}

QString healthWord(Reliability::HealthState s)
{
    switch (s) {
    case Reliability::HealthState::Healthy: return Tr::tr("healthy");
    case Reliability::HealthState::Degraded: return Tr::tr("degraded");
    case Reliability::HealthState::Unhealthy: return Tr::tr("unhealthy");
    case Reliability::HealthState::Unknown: break;
    }
    return Tr::tr("health unknown");
}

} // namespace

OverviewPanel::OverviewPanel(Core::AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    auto *content = new QWidget(this);
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(28, 24, 28, 24);
    column->setSpacing(14);

    column->addWidget(heading(Tr::tr("Overview"), content, 1.6));

    m_problems = new QLabel(content);
    m_problems->setObjectName(QStringLiteral("startupProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::RichText);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column->addWidget(m_problems);

    auto *wsCard = card(content);
    auto *wsLayout = new QVBoxLayout(wsCard);
    wsLayout->addWidget(heading(Tr::tr("Workspace"), wsCard));
    m_workspace = new QLabel(wsCard);
    m_workspace->setObjectName(QStringLiteral("workspaceSummary"));
    m_workspace->setWordWrap(true);
    m_workspace->setTextInteractionFlags(Qt::TextSelectableByMouse);
    wsLayout->addWidget(m_workspace);
    column->addWidget(wsCard);

    auto *capCard = card(content);
    auto *capLayout = new QVBoxLayout(capCard);
    capLayout->addWidget(heading(Tr::tr("Backends of this profile"), capCard));
    m_capabilities = new QGridLayout;
    m_capabilities->setHorizontalSpacing(18);
    m_capabilities->setVerticalSpacing(6);
    capLayout->addLayout(m_capabilities);
    column->addWidget(capCard);

    auto *plugCard = card(content);
    auto *plugLayout = new QVBoxLayout(plugCard);
    plugLayout->addWidget(heading(Tr::tr("Plugins"), plugCard));
    m_plugins = new QLabel(plugCard);
    m_plugins->setObjectName(QStringLiteral("pluginSummary"));
    m_plugins->setWordWrap(true);
    plugLayout->addWidget(m_plugins);
    m_pluginsButton = new QPushButton(Tr::tr("Show plugin details…"), plugCard);
    m_pluginsButton->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    connect(m_pluginsButton, &QPushButton::clicked, this, &OverviewPanel::pluginsDialogRequested);
    plugLayout->addWidget(m_pluginsButton);
    column->addWidget(plugCard);

    auto *hint = new QLabel(Tr::tr("Press Ctrl+K to find any command."), content);
    hint->setForegroundRole(QPalette::PlaceholderText);
    column->addWidget(hint);
    column->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(&m_context.backends(), &Backend::BackendRegistry::backendsChanged, this, &OverviewPanel::refresh);
    connect(&m_context.backends(), &Backend::BackendRegistry::healthChanged, this, &OverviewPanel::refresh);
    refresh();
}

void OverviewPanel::refresh()
{
    // Problems met at startup, each with what and where.
    const QList<Error> problems = m_context.problems();
    if (problems.isEmpty()) {
        m_problems->hide();
    } else {
        QString html = QStringLiteral("<p style='color:%1'><b>%2</b></p><ul>")
                           .arg(Style::error().name(), Tr::tr("Some things need your attention:").toHtmlEscaped());
        for (const Error &e : problems)
            html += QStringLiteral("<li>%1<br><small>%2</small></li>").arg(e.message.toHtmlEscaped(), e.detail.toHtmlEscaped());
        m_problems->setText(html + QStringLiteral("</ul>"));
        m_problems->show();
    }

    const auto location = m_context.workspaceLocation();
    if (const auto ws = m_context.workspace()) {
        QStringList lines{Tr::tr("Folder: %1").arg(QDir::toNativeSeparators(ws->path)),
                          Tr::tr("Chosen by: %1").arg(Core::Workspace::sourceName(location.source)),
                          Tr::tr("Profile: %1").arg(m_context.backends().activeProfile().name)};
        if (ws->demo)
            lines.append(Tr::tr("This is a demo workspace."));
        m_workspace->setText(lines.join(QLatin1Char('\n')));
    } else {
        // The reason is in the problems above; say only what it means here.
        m_workspace->setText(Tr::tr("No workspace is open, so no local backends can run. Start OpsDeck with "
                                    "--workspace DIR to use another folder."));
    }

    while (QLayoutItem *item = m_capabilities->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int row = 0;
    const Backend::BackendRegistry &backends = m_context.backends();
    for (Backend::Capability c : Backend::allCapabilities()) {
        const Backend::IBackend *b = backends.backend(c);
        auto *name = new QLabel(Backend::capabilityDisplayName(c), this);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        auto *state = new QLabel(this);
        state->setObjectName(QStringLiteral("capability.") + Backend::capabilityId(c));
        if (b) {
            const Reliability::HealthState h = b->health().state;
            state->setText(Tr::tr("%1 — %2").arg(b->displayName(), healthWord(h)));
            if (h == Reliability::HealthState::Unhealthy || h == Reliability::HealthState::Degraded) {
                QPalette p = state->palette();
                p.setColor(QPalette::WindowText, h == Reliability::HealthState::Unhealthy ? Style::error()
                                                                                        : Style::warning());
                state->setPalette(p);
            }
        } else {
            state->setText(backends.activeProfile().isValid() ? Tr::tr("Not available in this profile")
                                                              : Tr::tr("No profile is active"));
            state->setForegroundRole(QPalette::PlaceholderText);
        }
        m_capabilities->addWidget(name, row, 0);
        m_capabilities->addWidget(state, row, 1);
        ++row;
    }
    m_capabilities->setColumnStretch(1, 1);

    int running = 0;
    int refused = 0;
    int disabled = 0;
    for (const Sdk::PluginSpec *spec : m_context.plugins().plugins()) {
        switch (spec->state) {
        case Sdk::PluginState::Running: ++running; break;
        case Sdk::PluginState::Invalid:
        case Sdk::PluginState::Failed: ++refused; break;
        case Sdk::PluginState::Disabled: ++disabled; break;
        default: break;
        }
    }
    QStringList parts{Tr::tr("%n running", nullptr, running)};
    if (refused > 0)
        parts.append(Tr::tr("%n refused", nullptr, refused));
    if (disabled > 0)
        parts.append(Tr::tr("%n disabled", nullptr, disabled));
    m_plugins->setText(parts.join(QStringLiteral(", ")));
}

QStringList OverviewPanel::capabilityRows() const
{
    QStringList rows;
    for (int r = 0; r < m_capabilities->rowCount(); ++r) {
        auto *name = m_capabilities->itemAtPosition(r, 0);
        auto *state = m_capabilities->itemAtPosition(r, 1);
        if (!name || !state)
            continue;
        rows.append(qobject_cast<QLabel *>(name->widget())->text() + QStringLiteral(": ")
                    + qobject_cast<QLabel *>(state->widget())->text());
    }
    return rows;
}

} // namespace OpsDeck::Console
