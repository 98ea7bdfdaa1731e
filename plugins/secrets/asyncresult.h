// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "secretstr.h"

#include <opsdeck/api/result.h>

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace OpsDeck::Secrets {

/**
 * Calls \a onResult(Result<T>) on \a receiver's thread when \a future
 * finishes. The watcher is a child of \a receiver, so a closed panel never
 * receives a late result; a future that ends without a result (cancelled)
 * arrives as ErrorCode::Cancelled. The GUI thread never waits on the store:
 * the KDF and every decryption run on the store's worker.
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

} // namespace OpsDeck::Secrets
