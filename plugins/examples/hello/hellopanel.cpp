// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "hellopanel.h"

#include "hellotr.h"

#include <opsdeck/api/backendregistry.h>
#include <opsdeck/sdk/ihost.h>
#include <opsdeck/sdk/taskmanager.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace OpsDeck::Hello {

HelloPanel::HelloPanel(Sdk::IHost &host, std::function<void()> greet, QWidget *parent)
    : QWidget(parent)
    , m_host(host)
{
    auto *title = new QLabel(Tr::tr("Hello, on-call engineer"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *intro = new QLabel(Tr::tr("This panel comes from the example plugin. It shows what a plugin can do "
                                    "through the SDK: a panel, commands in the palette (press Ctrl+K), a status "
                                    "bar item, notifications, settings and long tasks that can be cancelled."),
                             this);
    intro->setWordWrap(true);

    auto *greetButton = new QPushButton(Tr::tr("Say hello"), this);
    connect(greetButton, &QPushButton::clicked, this, [greet] { greet(); });

    m_countButton = new QPushButton(Tr::tr("Run a long task"), this);
    m_cancelButton = new QPushButton(Tr::tr("Cancel"), this);
    m_cancelButton->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_result = new QLabel(this);
    connect(m_countButton, &QPushButton::clicked, this, &HelloPanel::startCounting);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] { m_watcher.cancel(); });
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_countButton->setEnabled(true);
        m_cancelButton->setEnabled(false);
        if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0)
            m_result->setText(Tr::tr("Cancelled."));
        else
            m_result->setText(Tr::tr("Done: counted to %1.").arg(m_watcher.result()));
    });

    m_backends = new QLabel(this);
    m_backends->setWordWrap(true);
    m_backends->setTextFormat(Qt::PlainText);
    connect(&m_host.backends(), &Backend::BackendRegistry::backendsChanged, this, &HelloPanel::showBackends);
    showBackends();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(greetButton);
    buttons->addWidget(m_countButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addSpacing(12);
    layout->addWidget(m_backends);
    layout->addStretch();
}

HelloPanel::~HelloPanel()
{
    m_watcher.cancel();
    m_watcher.waitForFinished(); // the task polls isCanceled() every 20 ms
}

void HelloPanel::startCounting()
{
    m_countButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_result->clear();
    // Runs on the task pool: the GUI thread only sees progress and the result.
    m_watcher.setFuture(m_host.tasks().run<int>(Tr::tr("Counting to 100"), [](QPromise<int> &promise) {
        promise.setProgressRange(0, 100);
        for (int i = 1; i <= 100; ++i) {
            if (promise.isCanceled())
                return;
            QThread::msleep(20); // stands in for real work
            promise.setProgressValueAndText(i, Tr::tr("%1 of 100").arg(i));
        }
        promise.addResult(100);
    }));
}

void HelloPanel::showBackends()
{
    const Backend::BackendRegistry &registry = m_host.backends();
    QStringList lines;
    lines.append(Tr::tr("Profile: %1").arg(registry.activeProfile().name.isEmpty()
                                               ? Tr::tr("none")
                                               : registry.activeProfile().name));
    for (Backend::Capability c : Backend::allCapabilities()) {
        const Backend::IBackend *b = registry.backend(c);
        lines.append(b ? Tr::tr("%1: %2").arg(Backend::capabilityDisplayName(c), b->displayName())
                       : Tr::tr("%1: not available").arg(Backend::capabilityDisplayName(c)));
    }
    m_backends->setText(lines.join(QLatin1Char('\n')));
}

} // namespace OpsDeck::Hello
