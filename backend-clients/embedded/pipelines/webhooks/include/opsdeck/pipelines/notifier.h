// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

/**
 * \file
 * Pipeline notifications: what a run tells people when it ends, and the
 * interface every channel (Slack, the desktop, e-mail later) implements
 * (docs/webhooks.md, "Notifications").
 *
 * Qt Core only. A channel that needs widgets or the system tray (the desktop
 * notifier) is implemented by the host and handed to the engine as a
 * Notifier; the engine never knows which channels exist.
 *
 * \code
 * class TrayNotifier final : public OpsDeck::Pipelines::Notifier
 * {
 * public:
 *     QString id() const override { return QStringLiteral("desktop"); }
 *     QFuture<OpsDeck::Pipelines::NotifyResult> notify(const OpsDeck::Pipelines::Notification &n) override
 *     {
 *         m_tray->showMessage(OpsDeck::Pipelines::notificationTitle(n), OpsDeck::Pipelines::notificationText(n));
 *         return QtFuture::makeReadyFuture(OpsDeck::Pipelines::NotifyResult{});  // delivered
 *     }
 * };
 * \endcode
 */

#include <QFuture>
#include <QString>
#include <QUrl>

#include <chrono>

namespace OpsDeck::Pipelines {

/** Which end of a run a notification reports. */
enum class NotificationKind { Success, Failure, Rollback };

/** Machine-readable name: "success", "failure", "rollback". */
QString toString(NotificationKind kind);

/** One finished run (or rollback), as people need to see it. */
struct Notification
{
    NotificationKind kind = NotificationKind::Failure;
    QString runId;       ///< "1042"
    QString repository;  ///< "payments/api"
    QString branch;      ///< "main"
    QString commit;      ///< full id; channels show the first 7 characters
    QString environment; ///< "production"; empty for runs that deploy nothing
    QString status;      ///< the run's final status as the engine names it: "failed at stage test"
    std::chrono::milliseconds duration{0};
    QUrl link;           ///< where the run can be opened (console or server URL); may be empty
};

/** "Failed: payments/api main" and the like: a one-line title. */
QString notificationTitle(const Notification &notification);
/** Plain text body with the other fields, one per line, empty ones left out. */
QString notificationText(const Notification &notification);
/** "850 ms", "45 s", "3 min 12 s", "1 h 02 min". */
QString formatDuration(std::chrono::milliseconds duration);

/** How a notify() call ended. */
enum class NotifyStatus {
    Delivered,   ///< the channel accepted it
    Rejected,    ///< the channel refused it for good (a 4xx answer: bad URL, revoked hook); not retried
    GaveUp,      ///< every attempt failed (5xx, 429, timeout, refused connection), or the wait asked for was too long
    CircuitOpen, ///< not sent: the channel failed repeatedly and is rested until a later probe
};

/** Machine-readable name: "delivered", "rejected", "gave-up", "circuit-open". */
QString toString(NotifyStatus status);

struct NotifyResult
{
    NotifyStatus status = NotifyStatus::Delivered;
    int attempts = 0;   ///< requests actually sent
    int httpStatus = 0; ///< of the last answer; 0 when none came
    QString message;    ///< empty when delivered; one English line, never the channel's secret URL
    bool ok() const { return status == NotifyStatus::Delivered; }
};

/**
 * A notification channel.
 *
 * notify() returns at once; the future finishes once the notification was
 * delivered or the channel gave up. It never blocks the calling thread, so
 * the GUI thread may call it. If the channel object is destroyed first, the
 * future is cancelled.
 */
class Notifier
{
public:
    virtual ~Notifier();

    /** Dotted lowercase id of the channel: "slack", "desktop". */
    virtual QString id() const = 0;

    /** Sends \a notification. Thread-safe. */
    virtual QFuture<NotifyResult> notify(const Notification &notification) = 0;

protected:
    Notifier() = default;
    Notifier(const Notifier &) = delete;
    Notifier &operator=(const Notifier &) = delete;
};

} // namespace OpsDeck::Pipelines
