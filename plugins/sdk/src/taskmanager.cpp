// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/sdk/taskmanager.h"

#include <QFutureWatcher>
#include <QMap>
#include <QThreadPool>

namespace OpsDeck::Sdk {

struct TaskManager::Private
{
    struct Entry
    {
        TaskInfo info;
        QFutureWatcher<void> *watcher = nullptr; // child of the manager
    };
    QMap<quint64, Entry> tasks;
    quint64 nextId = 1;
    QString currentOwner;
    QThreadPool pool;
};

TaskManager::TaskManager(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    d->pool.setObjectName(QStringLiteral("opsdeck-tasks"));
}

TaskManager::~TaskManager()
{
    // Work still running holds no pointer to us, but it may hold pointers into
    // plugins that are about to be unloaded: stop it and wait.
    cancelAll();
    d->pool.waitForDone();
    Q_ASSERT(d->pool.activeThreadCount() == 0);
}

quint64 TaskManager::track(const QString &title, const QFuture<void> &future)
{
    const quint64 id = d->nextId++;
    auto *watcher = new QFutureWatcher<void>(this);
    Private::Entry entry;
    entry.info.id = id;
    entry.info.title = title;
    entry.info.owner = d->currentOwner;
    entry.watcher = watcher;
    d->tasks.insert(id, entry);

    connect(watcher, &QFutureWatcherBase::progressRangeChanged, this, [this, id](int minimum, int maximum) {
        auto it = d->tasks.find(id);
        if (it == d->tasks.end())
            return;
        it->info.progressMinimum = minimum;
        it->info.progressMaximum = maximum;
        Q_EMIT taskProgress(id);
    });
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, id](int value) {
        auto it = d->tasks.find(id);
        if (it == d->tasks.end())
            return;
        it->info.progressValue = value;
        Q_EMIT taskProgress(id);
    });
    connect(watcher, &QFutureWatcherBase::progressTextChanged, this, [this, id](const QString &text) {
        auto it = d->tasks.find(id);
        if (it == d->tasks.end())
            return;
        it->info.progressText = text;
        Q_EMIT taskProgress(id);
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, id, watcher] {
        const bool canceled = watcher->isCanceled();
        d->tasks.remove(id);
        watcher->deleteLater();
        Q_EMIT taskFinished(id, canceled);
    });
    watcher->setFuture(future);
    Q_EMIT taskStarted(id);
    return id;
}

QList<TaskInfo> TaskManager::tasks() const
{
    QList<TaskInfo> out;
    for (const auto &entry : std::as_const(d->tasks))
        out.append(entry.info);
    return out;
}

void TaskManager::cancel(quint64 id)
{
    const auto it = d->tasks.constFind(id);
    if (it != d->tasks.constEnd())
        it->watcher->cancel();
}

void TaskManager::cancelAll()
{
    for (const auto &entry : std::as_const(d->tasks))
        entry.watcher->cancel();
}

QThreadPool *TaskManager::pool() const
{
    return &d->pool;
}

void TaskManager::setCurrentOwner(const QString &owner)
{
    d->currentOwner = owner;
}

} // namespace OpsDeck::Sdk
