// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/logstore.h>

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace OpsDeck::Sdk {
class TaskManager;
}

namespace OpsDeck::LogSearch {

enum class ExportFormat { Csv, JsonLines };

/** The CSV header line: time,level,host,service,source,message,fields (RFC 4180, CRLF). */
QByteArray csvHeader();
/** One record as a CSV line; fields as a JSON object in the last column. */
QByteArray csvLine(const Backend::LogRecord &record);
/** One record as a JSON object on one line (id, time, level, host, service, source, message, fields). */
QByteArray jsonLine(const Backend::LogRecord &record);

/**
 * Exports every match of a search to a file, as a task in the host's task
 * manager (progress, cancel).
 *
 * The GUI thread pages through the store (the store is only called from
 * its owner thread, and the job can stop paging the moment the store goes
 * away); the task thread writes what it is handed through a small queue and
 * reports progress. The file is written through QSaveFile: it appears only
 * when the export completed, never half-written after a cancel or error.
 * Paging pauses while more than a few pages wait to be written, so a slow
 * disk bounds the memory used.
 */
class ExportJob final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 5000;
    /** Called once on the GUI thread: the records written, an error, or Cancelled. */
    using Done = std::function<void(const Result<qint64> &result)>;

    ExportJob(Backend::ILogStore *store, const Backend::LogQuery &query, const QString &path,
              ExportFormat format, QObject *parent = nullptr);
    ~ExportJob() override;

    /** Starts the task through \a tasks with \a title. */
    void start(Sdk::TaskManager &tasks, const QString &title, Done done);
    /** Stops paging and ends the task with \a error (e.g. the store went away). */
    void abort(const Error &error);
    QFuture<Result<qint64>> future() const { return m_watcher.future(); }
    bool isRunning() const { return m_running; }

private:
    struct Channel;
    void requestNext();
    void finishPaging(std::optional<Error> error);

    QPointer<Backend::ILogStore> m_store;
    Backend::LogQuery m_query;
    QString m_path;
    ExportFormat m_format;
    std::shared_ptr<Channel> m_channel;
    QFutureWatcher<Result<qint64>> m_watcher;
    Done m_done;
    qint64 m_pushed = 0;
    bool m_pagingDone = false;
    bool m_running = false;
};

} // namespace OpsDeck::LogSearch
