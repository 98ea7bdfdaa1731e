// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFutureWatcher>
#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace OpsDeck::Sdk {
class IHost;
}

namespace OpsDeck::Hello {

/** The example panel: a greeting, a cancellable task and the backends in use. */
class HelloPanel final : public QWidget
{
    Q_OBJECT
public:
    HelloPanel(Sdk::IHost &host, std::function<void()> greet, QWidget *parent = nullptr);
    ~HelloPanel() override;

private:
    void startCounting();
    void showBackends();

    Sdk::IHost &m_host;
    QLabel *m_backends = nullptr;
    QPushButton *m_countButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_result = nullptr;
    QFutureWatcher<int> m_watcher; // a member: a closed panel never gets a late result
};

} // namespace OpsDeck::Hello
