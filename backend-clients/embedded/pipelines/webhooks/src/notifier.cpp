// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/pipelines/notifier.h"

#include <QStringList>

namespace OpsDeck::Pipelines {

Notifier::~Notifier() = default;

QString toString(NotificationKind kind)
{
    switch (kind) {
    case NotificationKind::Success:
        return QStringLiteral("success");
    case NotificationKind::Failure:
        return QStringLiteral("failure");
    case NotificationKind::Rollback:
        return QStringLiteral("rollback");
    }
    return QStringLiteral("unknown");
}

QString toString(NotifyStatus status)
{
    switch (status) {
    case NotifyStatus::Delivered:
        return QStringLiteral("delivered");
    case NotifyStatus::Rejected:
        return QStringLiteral("rejected");
    case NotifyStatus::GaveUp:
        return QStringLiteral("gave-up");
    case NotifyStatus::CircuitOpen:
        return QStringLiteral("circuit-open");
    }
    return QStringLiteral("unknown");
}

QString formatDuration(std::chrono::milliseconds duration)
{
    const qint64 ms = std::max<qint64>(0, duration.count());
    if (ms < 1000)
        return QStringLiteral("%1 ms").arg(ms);
    const qint64 seconds = ms / 1000;
    if (seconds < 60)
        return QStringLiteral("%1 s").arg(seconds);
    if (seconds < 3600)
        return seconds % 60 == 0 ? QStringLiteral("%1 min").arg(seconds / 60)
                                 : QStringLiteral("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return QStringLiteral("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString notificationTitle(const Notification &n)
{
    QString verb;
    switch (n.kind) {
    case NotificationKind::Success:
        verb = QStringLiteral("Succeeded");
        break;
    case NotificationKind::Failure:
        verb = QStringLiteral("Failed");
        break;
    case NotificationKind::Rollback:
        verb = QStringLiteral("Rolled back");
        break;
    }
    QString subject = n.repository;
    if (!n.branch.isEmpty())
        subject += (subject.isEmpty() ? QString() : QStringLiteral(" ")) + n.branch;
    if (!n.environment.isEmpty())
        subject += QStringLiteral(" → ") + n.environment;
    return subject.isEmpty() ? verb : verb + QStringLiteral(": ") + subject;
}

QString notificationText(const Notification &n)
{
    QStringList lines;
    auto add = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines << label + QStringLiteral(": ") + value;
    };
    add(QStringLiteral("Run"), n.runId);
    add(QStringLiteral("Repository"), n.repository);
    add(QStringLiteral("Branch"), n.branch);
    add(QStringLiteral("Commit"), n.commit.left(7));
    add(QStringLiteral("Environment"), n.environment);
    add(QStringLiteral("Status"), n.status);
    if (n.duration.count() > 0)
        add(QStringLiteral("Duration"), formatDuration(n.duration));
    if (n.link.isValid() && !n.link.isEmpty())
        add(QStringLiteral("Link"), n.link.toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace OpsDeck::Pipelines
