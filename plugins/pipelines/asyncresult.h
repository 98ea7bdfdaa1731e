// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "pipelinestr.h"

#include <opsdeck/api/result.h>

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace OpsDeck::Pipelines::Internal {

/**
 * Calls \a onResult(Result<T>) on \a receiver's thread when \a future
 * finishes. The watcher is a child of \a receiver, so a closed panel never
 * receives a late result; a future that ends without a result (cancelled,
 * or the engine went away) arrives as ErrorCode::Cancelled.
 */
template<typename T, typename F>
void whenFinished(QObject *receiver, const QFuture<Result<T>> &future, F &&onResult)
{
    auto *watcher = new QFutureWatcher<Result<T>>(receiver);
    QObject::connect(watcher, &QFutureWatcherBase::finished, receiver,
                     [watcher, callback = std::forward<F>(onResult)]() mutable {
                         watcher->deleteLater();
                         const QFuture<Result<T>> done = watcher->future();
                         if (done.isCanceled() || done.resultCount() == 0) {
                             callback(Result<T>(fail(ErrorCode::Cancelled,
                                                     Tr::tr("The request was cancelled."))));
                             return;
                         }
                         callback(done.result());
                     });
    watcher->setFuture(future);
}

/** "message (detail)" for a label or a notification. */
inline QString errorText(const Error &error)
{
    return error.detail.isEmpty() ? error.message : Tr::tr("%1 (%2)").arg(error.message, error.detail);
}

} // namespace OpsDeck::Pipelines::Internal
