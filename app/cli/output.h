// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace OpsDeck::Cli {

/** Writes \a text and a newline to standard output / standard error. */
void printOut(const QString &text);
void printErr(const QString &text);
/** Writes \a value as indented JSON to standard output. */
void printJson(const QJsonValue &value);

/** A plain-text table with aligned columns, as `kubectl get` prints them. */
class Table
{
public:
    explicit Table(QStringList header);
    void addRow(QStringList row);
    QString toString() const;

private:
    QList<QStringList> m_rows;
};

/** Waits for \a future while the event loop runs (signals keep flowing). */
template<typename T>
T await(QFuture<T> future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}

} // namespace OpsDeck::Cli
