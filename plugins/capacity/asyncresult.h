// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "capacitytr.h"

#include <opsdeck/api/result.h>

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace OpsDeck::Capacity::Internal {

/**
 * Calls \a onResult(T) on \a receiver's thread when \a future finishes. The
 * watcher is a child of \a receiver, so a closed panel never receives a late
 * result; a future that ends without a result (cancelled, or the backend went
 * away) calls \a onCancelled instead.
 */
template<typename T, typename F, typename C>
QFutureWatcher<T> *whenFinished(QObject *receiver, const QFuture<T> &future, F &&onResult, C &&onCancelled)
{
    auto *watcher = new QFutureWatcher<T>(receiver);
    QObject::connect(watcher, &QFutureWatcherBase::finished, receiver,
                     [watcher, callback = std::forward<F>(onResult), cancelled = std::forward<C>(onCancelled)]() mutable {
                         watcher->deleteLater();
                         const QFuture<T> done = watcher->future();
                         if (done.isCanceled() || done.resultCount() == 0) {
                             cancelled();
                             return;
                         }
                         callback(done.result());
                     });
    watcher->setFuture(future);
    return watcher;
}

/** "message (detail)" for a label or a notification. */
inline QString errorText(const Error &error)
{
    return error.detail.isEmpty() ? error.message : Tr::tr("%1 (%2)").arg(error.message, error.detail);
}

} // namespace OpsDeck::Capacity::Internal
