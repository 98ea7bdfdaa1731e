// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "notificationspanel.h"

#include "consoletr.h"
#include "consolestyle.h"

#include <opsdeck/sdk/notificationcenter.h>

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace OpsDeck::Console {

namespace {
QString severityText(Sdk::Notification::Severity s)
{
    switch (s) {
    case Sdk::Notification::Severity::Info: return Tr::tr("Info");
    case Sdk::Notification::Severity::Success: return Tr::tr("Done");
    case Sdk::Notification::Severity::Warning: return Tr::tr("Warning");
    case Sdk::Notification::Severity::Error: return Tr::tr("Error");
    }
    return {};
}

QColor severityColor(Sdk::Notification::Severity s, const QPalette &palette)
{
    switch (s) {
    case Sdk::Notification::Severity::Success: return Style::ok();
    case Sdk::Notification::Severity::Warning: return Style::warning();
    case Sdk::Notification::Severity::Error: return Style::error();
    case Sdk::Notification::Severity::Info: break;
    }
    return palette.color(QPalette::Text);
}
} // namespace

NotificationsPanel::NotificationsPanel(Sdk::NotificationCenter &center, QWidget *parent)
    : QWidget(parent)
    , m_center(center)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("notificationList"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(Tr::tr("Notifications"));

    auto *clear = new QPushButton(Tr::tr("Clear all"), this);
    connect(clear, &QPushButton::clicked, this, [this] { m_center.clear(); });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(&m_center, &Sdk::NotificationCenter::changed, this, &NotificationsPanel::rebuild);
    rebuild();
}

void NotificationsPanel::rebuild()
{
    m_list->clear();
    const QList<Sdk::Notification> items = m_center.notifications();
    if (items.isEmpty()) {
        auto *empty = new QListWidgetItem(Tr::tr("No notifications."), m_list);
        empty->setFlags(Qt::NoItemFlags);
        return;
    }
    for (const Sdk::Notification &n : items) {
        QString text = QStringLiteral("%1  %2 — %3")
                           .arg(n.time.toString(QStringLiteral("HH:mm:ss")), severityText(n.severity), n.title);
        if (!n.body.isEmpty())
            text += QLatin1Char('\n') + n.body;
        auto *item = new QListWidgetItem(text, m_list);
        item->setForeground(severityColor(n.severity, m_list->palette()));
        item->setToolTip(n.owner.isEmpty() ? QString() : Tr::tr("From %1").arg(n.owner));
        if (!n.read) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
    }
}

} // namespace OpsDeck::Console
