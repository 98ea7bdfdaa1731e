// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "opsdeck/sdk/sdk_export.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <memory>

namespace OpsDeck::Sdk {

struct OPSDECK_SDK_EXPORT Notification
{
    enum class Severity { Info, Success, Warning, Error };

    quint64 id = 0;            ///< assigned by post()
    Severity severity = Severity::Info;
    QString title;             ///< translated, one line
    QString body;              ///< translated, may be several sentences
    QString owner;             ///< plugin id (filled in), "" for the console
    QDateTime time;            ///< filled in by post()
    bool read = false;
};

/**
 * The user's notification list. post() may be called from any thread; the
 * list and its signals live on the GUI thread.
 *
 * \code
 * host.notifications().post({.severity = Notification::Severity::Error,
 *                            .title = tr("Deployment failed"),
 *                            .body = tr("%1 was rolled back.").arg(service)});
 * \endcode
 */
class OPSDECK_SDK_EXPORT NotificationCenter : public QObject
{
    Q_OBJECT
public:
    explicit NotificationCenter(QObject *parent = nullptr);
    ~NotificationCenter() override;

    /** Adds \a notification; returns its id (0 when posted from another thread). */
    quint64 post(Notification notification);
    QList<Notification> notifications() const; ///< newest first
    int unreadCount() const;
    void markAllRead();
    void clear();

    /// \internal
    void setCurrentOwner(const QString &owner);

Q_SIGNALS:
    void posted(const OpsDeck::Sdk::Notification &notification);
    void changed();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace OpsDeck::Sdk
