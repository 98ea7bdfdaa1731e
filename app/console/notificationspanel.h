// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QListWidget;

namespace OpsDeck::Sdk {
class NotificationCenter;
}

namespace OpsDeck::Console {

/** The notification list: newest first, severity, time, title and text. */
class NotificationsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit NotificationsPanel(Sdk::NotificationCenter &center, QWidget *parent = nullptr);
    QListWidget *list() const { return m_list; }

private:
    void rebuild();

    Sdk::NotificationCenter &m_center;
    QListWidget *m_list = nullptr;
};

} // namespace OpsDeck::Console
