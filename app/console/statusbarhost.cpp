// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "statusbarhost.h"

#include "consoletr.h"
#include "consolestyle.h"

#include <appcontext.h>
#include <opsdeck/api/backendregistry.h>
#include <opsdeck/sdk/hostservices.h>
#include <opsdeck/sdk/notificationcenter.h>
#include <opsdeck/sdk/statusbarregistry.h>
#include <opsdeck/sdk/taskmanager.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

namespace OpsDeck::Console {

namespace {

// Colours readable on both light and dark palettes.
QColor severityColor(Sdk::StatusItem::Severity s, const QPalette &palette)
{
    switch (s) {
    case Sdk::StatusItem::Severity::Ok: return Style::ok();
    case Sdk::StatusItem::Severity::Warning: return Style::warning();
    case Sdk::StatusItem::Severity::Error: return Style::error();
    case Sdk::StatusItem::Severity::Neutral: break;
    }
    return palette.color(QPalette::WindowText);
}

Sdk::StatusItem::Severity severityOf(Reliability::HealthState state)
{
    switch (state) {
    case Reliability::HealthState::Healthy: return Sdk::StatusItem::Severity::Ok;
    case Reliability::HealthState::Degraded: return Sdk::StatusItem::Severity::Warning;
    case Reliability::HealthState::Unhealthy: return Sdk::StatusItem::Severity::Error;
    case Reliability::HealthState::Unknown: break;
    }
    return Sdk::StatusItem::Severity::Neutral;
}

QString healthText(Reliability::HealthState state)
{
    switch (state) {
    case Reliability::HealthState::Healthy: return Tr::tr("healthy");
    case Reliability::HealthState::Degraded: return Tr::tr("degraded");
    case Reliability::HealthState::Unhealthy: return Tr::tr("unhealthy");
    case Reliability::HealthState::Unknown: break;
    }
    return Tr::tr("unknown");
}

void paintButton(QToolButton *button, const QString &text, const QColor &color)
{
    button->setText(text);
    QPalette p = button->palette();
    p.setColor(QPalette::ButtonText, color);
    p.setColor(QPalette::WindowText, color);
    button->setPalette(p);
}

QToolButton *flatButton(QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setAutoRaise(true);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

} // namespace

StatusBarHost::StatusBarHost(Core::AppContext &context, QStatusBar *bar, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_bar(bar)
{
    Sdk::HostServices &services = m_context.services();

    // Tasks: the newest running task, its progress and a cancel button.
    m_taskArea = new QWidget(bar);
    m_taskArea->setObjectName(QStringLiteral("taskArea"));
    auto *taskRow = new QHBoxLayout(m_taskArea);
    taskRow->setContentsMargins(0, 0, 0, 0);
    m_taskLabel = new QLabel(m_taskArea);
    m_taskProgress = new QProgressBar(m_taskArea);
    m_taskProgress->setMaximumWidth(140);
    m_taskProgress->setMaximumHeight(14);
    m_taskProgress->setTextVisible(false);
    m_taskCancel = flatButton(m_taskArea);
    m_taskCancel->setText(Tr::tr("Cancel"));
    m_taskCancel->setToolTip(Tr::tr("Cancel this task"));
    taskRow->addWidget(m_taskLabel);
    taskRow->addWidget(m_taskProgress);
    taskRow->addWidget(m_taskCancel);
    m_bar->addWidget(m_taskArea);
    m_taskArea->hide();
    connect(m_taskCancel, &QToolButton::clicked, this, [this] {
        const auto tasks = m_context.services().tasks().tasks();
        if (!tasks.isEmpty())
            m_context.services().tasks().cancel(tasks.constLast().id);
    });
    Sdk::TaskManager &tasks = services.tasks();
    connect(&tasks, &Sdk::TaskManager::taskStarted, this, &StatusBarHost::updateTasks);
    connect(&tasks, &Sdk::TaskManager::taskProgress, this, &StatusBarHost::updateTasks);
    connect(&tasks, &Sdk::TaskManager::taskFinished, this, &StatusBarHost::updateTasks);

    // Plugins' items.
    Sdk::StatusBarRegistry &items = services.statusBar();
    for (Sdk::StatusItem *item : items.items())
        addItem(item);
    connect(&items, &Sdk::StatusBarRegistry::itemAdded, this, &StatusBarHost::addItem);
    connect(&items, &Sdk::StatusBarRegistry::itemRemoved, this, [this](const QString &id) {
        if (QToolButton *b = m_items.take(id))
            b->deleteLater();
    });

    // Backend health, one indicator per capability, in a fixed order.
    for (Backend::Capability c : Backend::allCapabilities()) {
        QToolButton *b = flatButton(bar);
        b->setObjectName(QStringLiteral("health.") + Backend::capabilityId(c));
        m_bar->addPermanentWidget(b);
        m_health.insert(c, b);
    }
    Backend::BackendRegistry &backends = m_context.backends();
    connect(&backends, &Backend::BackendRegistry::backendsChanged, this, &StatusBarHost::updateHealth);
    connect(&backends, &Backend::BackendRegistry::healthChanged, this, &StatusBarHost::updateHealth);
    updateHealth();

    m_notifications = flatButton(bar);
    m_notifications->setObjectName(QStringLiteral("notificationsButton"));
    m_notifications->setToolTip(Tr::tr("Show notifications (Ctrl+Shift+N)"));
    m_bar->addPermanentWidget(m_notifications);
    connect(m_notifications, &QToolButton::clicked, this, &StatusBarHost::notificationsRequested);
    connect(&services.notifications(), &Sdk::NotificationCenter::changed, this, &StatusBarHost::updateNotifications);
    connect(&services.notifications(), &Sdk::NotificationCenter::posted, this,
            [this](const Sdk::Notification &n) { m_bar->showMessage(n.title, 6000); });
    updateNotifications();
}

QToolButton *StatusBarHost::healthIndicator(Backend::Capability capability) const
{
    return m_health.value(capability);
}

QToolButton *StatusBarHost::itemButton(const QString &itemId) const
{
    return m_items.value(itemId);
}

QWidget *StatusBarHost::taskArea() const
{
    return m_taskArea;
}

void StatusBarHost::addItem(Sdk::StatusItem *item)
{
    if (m_items.contains(item->id()))
        return;
    QToolButton *b = flatButton(m_bar);
    b->setObjectName(QStringLiteral("status.") + item->id());
    m_bar->addPermanentWidget(b);
    m_items.insert(item->id(), b);
    connect(item, &Sdk::StatusItem::changed, b, [this, item] { updateItem(item); });
    connect(b, &QToolButton::clicked, this, [this, item] {
        if (!item->commandId().isEmpty())
            Q_EMIT commandRequested(item->commandId());
    });
    updateItem(item);
}

void StatusBarHost::updateItem(Sdk::StatusItem *item)
{
    QToolButton *b = m_items.value(item->id());
    if (!b)
        return;
    paintButton(b, item->text(), severityColor(item->severity(), m_bar->palette()));
    b->setToolTip(item->toolTip());
    b->setVisible(!item->text().isEmpty());
    b->setCursor(item->commandId().isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
}

void StatusBarHost::updateHealth()
{
    const Backend::BackendRegistry &backends = m_context.backends();
    for (auto it = m_health.cbegin(); it != m_health.cend(); ++it) {
        const Backend::Capability c = it.key();
        QToolButton *b = it.value();
        const QString name = Backend::capabilityDisplayName(c);
        const Backend::IBackend *backend = backends.backend(c);
        if (!backend) {
            QColor grey = m_bar->palette().color(QPalette::WindowText);
            grey.setAlphaF(0.5f);
            paintButton(b, QStringLiteral("○ ") + name, grey);
            b->setToolTip(Tr::tr("%1: not available in profile \"%2\"")
                              .arg(name, backends.activeProfile().name.isEmpty() ? Tr::tr("none")
                                                                                 : backends.activeProfile().name));
            continue;
        }
        // A capability may have several backends (the embedded metrics store
        // and configured Prometheus servers): the indicator shows the worst,
        // the tooltip each one.
        const auto rank = [](Reliability::HealthState state) {
            switch (state) {
            case Reliability::HealthState::Healthy: return 0;
            case Reliability::HealthState::Unknown: return 1;
            case Reliability::HealthState::Degraded: return 2;
            case Reliability::HealthState::Unhealthy: return 3;
            }
            return 1;
        };
        Reliability::HealthState worst = backend->health().state;
        QStringList lines;
        for (const Backend::IBackend *each : backends.backends()) {
            if (each->capability() != c)
                continue;
            const Reliability::HealthReport report = each->health();
            if (rank(report.state) > rank(worst))
                worst = report.state;
            lines.append(Tr::tr("%1: %2 (%3)").arg(name, each->displayName(), healthText(report.state)));
            for (const Reliability::HealthCheck &check : report.checks)
                lines.append(QStringLiteral("• %1: %2 %3").arg(check.name, healthText(check.state), check.message));
        }
        // A distinct mark per state, so colour is never the only signal.
        QString mark = QStringLiteral("● ");
        if (worst == Reliability::HealthState::Degraded)
            mark = QStringLiteral("▲ ");
        else if (worst == Reliability::HealthState::Unhealthy)
            mark = QStringLiteral("✖ ");
        else if (worst == Reliability::HealthState::Unknown)
            mark = QStringLiteral("◌ ");
        paintButton(b, mark + name, severityColor(severityOf(worst), m_bar->palette()));
        b->setToolTip(lines.join(QLatin1Char('\n')));
    }
}

void StatusBarHost::updateTasks()
{
    const QList<Sdk::TaskInfo> tasks = m_context.services().tasks().tasks();
    if (tasks.isEmpty()) {
        m_taskArea->hide();
        return;
    }
    const Sdk::TaskInfo &t = tasks.constLast();
    QString label = t.progressText.isEmpty() ? t.title : Tr::tr("%1: %2").arg(t.title, t.progressText);
    if (tasks.size() > 1)
        label = Tr::tr("%1 (+%n more)", nullptr, int(tasks.size() - 1)).arg(label);
    m_taskLabel->setText(label);
    m_taskProgress->setRange(t.progressMinimum, t.progressMaximum);
    m_taskProgress->setValue(t.progressValue);
    m_taskArea->show();
}

void StatusBarHost::updateNotifications()
{
    const int unread = m_context.services().notifications().unreadCount();
    const QString text = unread > 0 ? Tr::tr("Notifications: %1").arg(unread) : Tr::tr("Notifications");
    paintButton(m_notifications, text,
                unread > 0 ? severityColor(Sdk::StatusItem::Severity::Warning, m_bar->palette())
                           : m_bar->palette().color(QPalette::WindowText));
    m_notifications->setAccessibleName(Tr::tr("Notifications: %n unread", nullptr, unread));
}

} // namespace OpsDeck::Console
