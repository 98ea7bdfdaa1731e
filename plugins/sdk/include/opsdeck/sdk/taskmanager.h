// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "opsdeck/sdk/sdk_export.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

class QThreadPool;

namespace OpsDeck::Sdk {

/** A running task as the console shows it. */
struct OPSDECK_SDK_EXPORT TaskInfo
{
    quint64 id = 0;
    QString title;
    QString owner;
    int progressMinimum = 0;
    int progressMaximum = 0;   ///< 0 and 0 = indeterminate
    int progressValue = 0;
    QString progressText;
};

/**
 * Long-running work off the GUI thread, shown in the status bar with
 * progress and a cancel button.
 *
 * The work function receives a QPromise: it reports progress with
 * setProgressRange()/setProgressValueAndText(), checks isCanceled() often,
 * and returns (or adds a result). The returned QFuture is the caller's to
 * watch with a QFutureWatcher parented to a receiver.
 *
 * \code
 * QFuture<int> f = host.tasks().run<int>(tr("Counting lines"), [path](QPromise<int> &promise) {
 *     QFile file(path);
 *     if (!file.open(QIODevice::ReadOnly))
 *         return;                                   // no result: the watcher sees none
 *     promise.setProgressRange(0, int(file.size() / 4096));
 *     int lines = 0;
 *     while (!file.atEnd() && !promise.isCanceled()) {
 *         lines += file.read(4096).count('\n');
 *         promise.setProgressValue(int(file.pos() / 4096));
 *     }
 *     promise.addResult(lines);
 * });
 * \endcode
 */
class OPSDECK_SDK_EXPORT TaskManager : public QObject
{
    Q_OBJECT
public:
    explicit TaskManager(QObject *parent = nullptr);
    /** Cancels every task and waits for the pool to drain. */
    ~TaskManager() override;

    /** Runs \a work(QPromise<T>&) on the task pool and tracks it. */
    template<typename T, typename Work>
    QFuture<T> run(const QString &title, Work &&work)
    {
        QFuture<T> future = QtConcurrent::run(pool(), std::forward<Work>(work));
        track(title, QFuture<void>(future));
        return future;
    }

    /** Shows an already running \a future (from anywhere) as a task. */
    quint64 track(const QString &title, const QFuture<void> &future);

    QList<TaskInfo> tasks() const;
    /** Requests cancellation; the task ends when its work notices. */
    void cancel(quint64 id);
    void cancelAll();
    /** The pool tasks run on (at most the number of cores, at least two threads). */
    QThreadPool *pool() const;

    /// \internal
    void setCurrentOwner(const QString &owner);

Q_SIGNALS:
    void taskStarted(quint64 id);
    void taskProgress(quint64 id);
    void taskFinished(quint64 id, bool canceled);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace OpsDeck::Sdk
