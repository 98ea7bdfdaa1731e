// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "logexport.h"

#include "asyncresult.h"
#include "logsearchtr.h"

#include <opsdeck/sdk/taskmanager.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QSaveFile>
#include <QTimer>
#include <QWaitCondition>

#include <atomic>
#include <climits>
#include <optional>

using namespace Qt::StringLiterals;

namespace OpsDeck::LogSearch {

using Backend::LogRecord;

namespace {

constexpr int kMaxQueuedPages = 4;

QByteArray csvField(const QString &value)
{
    QByteArray bytes = value.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        return '"' + bytes + '"';
    }
    return bytes;
}

QString timeOf(const LogRecord &r)
{
    return r.timestamp.toUTC().toString(Qt::ISODateWithMs);
}

QString levelOf(const LogRecord &r)
{
    return r.level == Backend::LogLevel::Unknown ? QString() : Backend::logLevelName(r.level);
}

int clampInt(qint64 v)
{
    return int(std::min<qint64>(v, INT_MAX));
}

} // namespace

QByteArray csvHeader()
{
    return "time,level,host,service,source,message,fields\r\n";
}

QByteArray csvLine(const LogRecord &r)
{
    const QByteArray fields = r.fields.isEmpty()
                                  ? QByteArray()
                                  : QJsonDocument(QJsonObject::fromVariantMap(r.fields)).toJson(QJsonDocument::Compact);
    return csvField(timeOf(r)) + ',' + csvField(levelOf(r)) + ',' + csvField(r.host) + ',' + csvField(r.service)
           + ',' + csvField(r.source) + ',' + csvField(r.message) + ',' + csvField(QString::fromUtf8(fields))
           + "\r\n";
}

QByteArray jsonLine(const LogRecord &r)
{
    QJsonObject o{{u"id"_s, r.id},          {u"time"_s, timeOf(r)},       {u"level"_s, levelOf(r)},
                  {u"host"_s, r.host},      {u"service"_s, r.service},    {u"source"_s, r.source},
                  {u"message"_s, r.message}};
    if (!r.fields.isEmpty())
        o.insert(u"fields"_s, QJsonObject::fromVariantMap(r.fields));
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

// What the GUI thread hands the writer. Pages go in, the count of written
// records comes back (the GUI reads it to decide whether to fetch more).
struct ExportJob::Channel
{
    QMutex mutex;
    QWaitCondition ready;
    QList<QList<LogRecord>> pages;
    bool done = false;
    std::optional<Error> error;
    qint64 total = -1;
    std::atomic<qint64> written{0};

    void push(QList<LogRecord> page)
    {
        QMutexLocker lock(&mutex);
        pages.append(std::move(page));
        ready.wakeAll();
    }
    void finish(std::optional<Error> e)
    {
        QMutexLocker lock(&mutex);
        done = true;
        if (e && !error)
            error = std::move(e);
        ready.wakeAll();
    }
};

ExportJob::ExportJob(Backend::ILogStore *store, const Backend::LogQuery &query, const QString &path,
                     ExportFormat format, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_query(query)
    , m_path(path)
    , m_format(format)
    , m_channel(std::make_shared<Channel>())
{
    m_query.cursor.clear();
    m_query.countOnly = false;
    m_query.histogramBuckets = 0;
    m_query.limit = kPageSize;
}

ExportJob::~ExportJob()
{
    // The task holds only the channel: ending it is enough, it never calls back.
    m_channel->finish(fail(ErrorCode::Cancelled, Tr::tr("The export was stopped.")));
}

void ExportJob::start(Sdk::TaskManager &tasks, const QString &title, Done done)
{
    m_done = std::move(done);
    m_running = true;
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_running = false;
        m_pagingDone = true;
        const QFuture<Result<qint64>> f = m_watcher.future();
        const Result<qint64> result = (f.isCanceled() || f.resultCount() == 0)
                                          ? Result<qint64>(fail(ErrorCode::Cancelled, Tr::tr("The export was cancelled.")))
                                          : f.result();
        if (m_done)
            m_done(result);
    });

    auto work = [channel = m_channel, path = m_path, format = m_format](QPromise<Result<qint64>> &promise) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            promise.addResult(fail(ErrorCode::Io, Tr::tr("The export file cannot be written."),
                                   u"%1: %2"_s.arg(path, file.errorString())));
            return;
        }
        if (format == ExportFormat::Csv)
            file.write(csvHeader());
        promise.setProgressRange(0, 0);
        qint64 written = 0;
        bool rangeSet = false;
        while (true) {
            QList<LogRecord> page;
            bool finished = false;
            std::optional<Error> error;
            {
                QMutexLocker lock(&channel->mutex);
                while (channel->pages.isEmpty() && !channel->done && !promise.isCanceled())
                    channel->ready.wait(&channel->mutex, 100); // wakes to notice a cancel
                if (!channel->pages.isEmpty())
                    page = channel->pages.takeFirst();
                finished = channel->done && channel->pages.isEmpty() && page.isEmpty();
                error = channel->error;
                if (!rangeSet && channel->total > 0) {
                    promise.setProgressRange(0, clampInt(channel->total));
                    rangeSet = true;
                }
            }
            if (promise.isCanceled()) {
                file.cancelWriting();
                return;
            }
            if (error) {
                file.cancelWriting();
                promise.addResult(*error);
                return;
            }
            if (finished)
                break;
            for (const LogRecord &r : std::as_const(page))
                file.write(format == ExportFormat::Csv ? csvLine(r) : jsonLine(r));
            written += page.size();
            channel->written = written;
            promise.setProgressValueAndText(clampInt(written), Tr::tr("%n record(s) written", nullptr, clampInt(written)));
        }
        if (!file.commit()) {
            promise.addResult(fail(ErrorCode::Io, Tr::tr("The export file cannot be written."),
                                   u"%1: %2"_s.arg(path, file.errorString())));
            return;
        }
        promise.addResult(Result<qint64>(written));
    };
    m_watcher.setFuture(tasks.run<Result<qint64>>(title, std::move(work)));
    requestNext();
}

void ExportJob::abort(const Error &error)
{
    finishPaging(error);
}

void ExportJob::finishPaging(std::optional<Error> error)
{
    if (m_pagingDone)
        return;
    m_pagingDone = true;
    m_channel->finish(std::move(error));
}

void ExportJob::requestNext()
{
    if (m_pagingDone || !m_running)
        return;
    if (m_watcher.isFinished() || m_watcher.isCanceled()) {
        finishPaging(std::nullopt);
        return;
    }
    if (!m_store) {
        finishPaging(fail(ErrorCode::Unavailable, Tr::tr("The log store went away during the export.")));
        return;
    }
    // Back-pressure: let the writer catch up before fetching more.
    if (m_pushed - m_channel->written.load() >= qint64(kMaxQueuedPages) * kPageSize) {
        QTimer::singleShot(25, this, &ExportJob::requestNext);
        return;
    }
    whenFinished(this, m_store->search(m_query), [this](const Result<Backend::LogPage> &page) {
        if (m_pagingDone)
            return;
        if (!page) {
            finishPaging(page.error());
            return;
        }
        if (m_channel->total < 0 && page->total >= 0) {
            QMutexLocker lock(&m_channel->mutex);
            m_channel->total = page->total;
        }
        m_pushed += page->records.size();
        if (!page->records.isEmpty())
            m_channel->push(page->records);
        if (page->nextCursor.isEmpty()) {
            finishPaging(std::nullopt);
            return;
        }
        m_query.cursor = page->nextCursor;
        requestNext();
    });
}

} // namespace OpsDeck::LogSearch
