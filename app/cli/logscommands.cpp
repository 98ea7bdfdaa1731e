// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "logscommands.h"

#include "clitr.h"
#include "output.h"

#include <appcontext.h>
#include <opsdeck/api/backendregistry.h>
#include <opsdeck/api/logstore.h>
#include <opsdeck/logs/filefollower.h>
#include <opsdeck/logs/logsink.h>
#include <opsdeck/logs/syslogreceiver.h>

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace OpsDeck::Cli {

using namespace Qt::StringLiterals;
using Backend::ILogStore;
using Backend::LogRecord;

namespace {

std::atomic<bool> g_stop{false};

extern "C" void onStopSignal(int)
{
    g_stop.store(true);
}

/** Runs the event loop until SIGINT/SIGTERM. */
void runUntilSignal()
{
    g_stop.store(false);
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&loop] {
        if (g_stop.load())
            loop.quit();
    });
    poll.start(50);
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

/** Opens the workspace and finds its log store; prints why not and sets \a code otherwise. */
struct LogContext
{
    std::unique_ptr<Core::AppContext> context;
    ILogStore *store = nullptr;
    int code = Ok;
};

LogContext openLogs(const GlobalOptions &global, bool create)
{
    LogContext lc;
    Core::AppContext::Options o;
    o.workspaceFlag = global.workspace;
    o.createWorkspace = create;
    lc.context = std::make_unique<Core::AppContext>(o);
    lc.context->open();
    if (const auto error = lc.context->workspaceError()) {
        printErr(error->code == ErrorCode::NotFound
                     ? Tr::tr("opsctl: %1 (create it with 'opsctl workspace init' or by starting opsdeck)")
                           .arg(error->toString())
                     : Tr::tr("opsctl: %1").arg(error->toString()));
        lc.code = WorkspaceError;
        return lc;
    }
    lc.store = lc.context->backends().get<ILogStore>();
    if (!lc.store) {
        QString why;
        for (const Error &e : lc.context->problems())
            why = e.toString();
        printErr(why.isEmpty() ? Tr::tr("opsctl: the profile \"%1\" has no log store")
                                     .arg(lc.context->backends().activeProfile().name)
                               : Tr::tr("opsctl: the log store is not available: %1").arg(why));
        lc.code = Failed;
    }
    return lc;
}

int failWith(const Error &error)
{
    printErr(Tr::tr("opsctl: %1").arg(error.toString()));
    return Failed;
}

QJsonObject recordToJson(const LogRecord &r)
{
    QJsonObject fields;
    for (auto it = r.fields.cbegin(); it != r.fields.cend(); ++it)
        fields.insert(it.key(), QJsonValue::fromVariant(it.value()));
    return QJsonObject{
        {u"id"_s, r.id},
        {u"timestamp"_s, r.timestamp.toUTC().toString(Qt::ISODateWithMs)},
        {u"ingestedAt"_s, r.ingestedAt.toUTC().toString(Qt::ISODateWithMs)},
        {u"level"_s, Backend::logLevelName(r.level)},
        {u"host"_s, r.host},
        {u"service"_s, r.service},
        {u"source"_s, r.source},
        {u"message"_s, r.message},
        {u"fields"_s, fields},
    };
}

QString recordToLine(const LogRecord &r)
{
    return u"%1 %2 %3 %4 %5"_s.arg(r.timestamp.toUTC().toString(Qt::ISODateWithMs),
                                  Backend::logLevelName(r.level).toUpper().leftJustified(8, u' '),
                                  r.host.isEmpty() ? u"-"_s : r.host, r.service.isEmpty() ? u"-"_s : r.service,
                                  r.message);
}

void printCompactJson(const QJsonObject &object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

/** Appends what the sink still holds and waits (up to 30 s) for the store to acknowledge it. */
void drain(Logs::LogSink &sink)
{
    sink.flush();
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        sink.flush();
        if (sink.inFlight() == 0 || timer.elapsed() > 30'000)
            loop.quit();
    });
    poll.start(20);
    if (sink.inFlight() > 0)
        loop.exec();
}

QStringList expandFiles(const QStringList &paths, QStringList &missing)
{
    QStringList files;
    for (const QString &p : paths) {
        const QFileInfo info(p);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(p, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                found.append(it.next());
            found.sort();
            files += found;
        } else if (info.exists()) {
            files.append(info.absoluteFilePath());
        } else {
            missing.append(p);
        }
    }
    return files;
}

int followFiles(ILogStore *store, const LogsOptions &options, bool json)
{
    QStringList missing;
    const QStringList files = expandFiles(options.args, missing);
    for (const QString &m : missing)
        printErr(Tr::tr("opsctl: %1: no such file or folder (it is watched and read once it appears)").arg(m));
    Logs::LogSink sink(store);
    int code = Ok;
    QObject::connect(&sink, &Logs::LogSink::failed, &sink, [&code](const Error &error) {
        code = failWith(error);
        g_stop.store(true);
    });
    Logs::FileFollower follower(&sink, files + missing, {options.service, options.host, 200});
    QObject::connect(&follower, &Logs::FileFollower::noticed, &follower,
                     [](const QString &message) { printErr(Tr::tr("opsctl: %1").arg(message)); });
    follower.start();
    runUntilSignal();
    drain(sink);
    if (json)
        printJson(QJsonObject{{u"committed"_s, sink.committed()}, {u"dropped"_s, sink.dropped()}});
    else
        printOut(Tr::tr("%n record(s) committed", nullptr, static_cast<int>(sink.committed())));
    return code;
}

} // namespace

QDateTime parseTimeArgument(const QString &text, const QDateTime &now)
{
    static const QRegularExpression duration(u"^(\\d+)(s|m|h|d|w)$"_s);
    const auto m = duration.match(text.trimmed());
    if (m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0);
        const qint64 seconds = unit == u's' ? n : unit == u'm' ? n * 60 : unit == u'h' ? n * 3600
                             : unit == u'd' ? n * 86400 : n * 7 * 86400;
        return now.addSecs(-seconds);
    }
    QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime && !text.contains(u'Z') && !text.contains(u'+'))
        t.setTimeSpec(Qt::UTC);
    return t;
}

int logsIngest(const GlobalOptions &global, const LogsOptions &options)
{
    if (options.args.isEmpty()) {
        printErr(Tr::tr("opsctl: 'logs ingest' needs at least one file or folder"));
        return Usage;
    }
    LogContext lc = openLogs(global, true);
    if (!lc.store)
        return lc.code;
    if (options.follow) {
        if (!options.multiline.isEmpty()) {
            printErr(Tr::tr("opsctl: --multiline does not combine with --follow yet"));
            return Usage;
        }
        return followFiles(lc.store, options, global.json);
    }
    Backend::LogIngestRequest request;
    for (const QString &p : options.args)
        request.paths.append(QDir::current().absoluteFilePath(p));
    request.service = options.service;
    request.host = options.host;
    request.multiline = options.multiline;

    QFuture<Result<qint64>> future = lc.store->ingestFiles(request);
    QFutureWatcher<Result<qint64>> watcher;
    const bool showProgress = ::isatty(STDERR_FILENO) && !global.json;
    if (showProgress) {
        QObject::connect(&watcher, &QFutureWatcher<Result<qint64>>::progressTextChanged, &watcher,
                         [](const QString &text) {
                             std::fprintf(stderr, "\r%s   ", text.toLocal8Bit().constData());
                             std::fflush(stderr);
                         });
    }
    watcher.setFuture(future);
    g_stop.store(false);
    std::signal(SIGINT, onStopSignal);
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Result<qint64>>::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&future] {
        if (g_stop.load())
            future.cancel();
    });
    poll.start(50);
    QElapsedTimer timer;
    timer.start();
    if (!future.isFinished())
        loop.exec();
    std::signal(SIGINT, SIG_DFL);
    if (showProgress)
        std::fputs("\n", stderr);
    if (future.isCanceled() && future.resultCount() == 0) {
        printErr(Tr::tr("opsctl: cancelled; what was committed before stays"));
        return Failed;
    }
    const Result<qint64> result = future.result();
    if (!result)
        return failWith(result.error());
    if (global.json) {
        printJson(QJsonObject{{u"committed"_s, *result}, {u"seconds"_s, timer.elapsed() / 1000.0}});
    } else {
        printOut(Tr::tr("%n record(s) committed", nullptr, static_cast<int>(*result)));
    }
    return Ok;
}

int logsSearch(const GlobalOptions &global, const LogsOptions &options)
{
    if (options.args.size() > 1) {
        printErr(Tr::tr("opsctl: 'logs search' takes one query; quote it: opsctl logs search 'error host:web-1'"));
        return Usage;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Backend::LogQuery query;
    query.text = options.args.value(0);
    if (!options.since.isEmpty()) {
        query.from = parseTimeArgument(options.since, now);
        if (!query.from.isValid()) {
            printErr(Tr::tr("opsctl: --since: expected a duration like 24h or an RFC 3339 time, got '%1'").arg(options.since));
            return Usage;
        }
    }
    if (!options.until.isEmpty()) {
        query.to = parseTimeArgument(options.until, now);
        if (!query.to.isValid()) {
            printErr(Tr::tr("opsctl: --until: expected a duration like 24h or an RFC 3339 time, got '%1'").arg(options.until));
            return Usage;
        }
    }
    if (options.limit < 1) {
        printErr(Tr::tr("opsctl: --limit must be at least 1"));
        return Usage;
    }
    query.limit = options.limit;
    query.countOnly = options.count;
    LogContext lc = openLogs(global, false);
    if (!lc.store)
        return lc.code;
    const auto page = await(lc.store->search(query));
    if (!page)
        return failWith(page.error());
    if (options.count) {
        if (global.json)
            printJson(QJsonObject{{u"total"_s, page->total}});
        else
            printOut(QString::number(page->total));
        return Ok;
    }
    if (global.json) {
        QJsonArray records;
        for (const LogRecord &r : page->records)
            records.append(recordToJson(r));
        printJson(QJsonObject{{u"total"_s, page->total},
                              {u"from"_s, page->from.toUTC().toString(Qt::ISODateWithMs)},
                              {u"to"_s, page->to.toUTC().toString(Qt::ISODateWithMs)},
                              {u"records"_s, records},
                              {u"nextCursor"_s, page->nextCursor}});
        return Ok;
    }
    for (const LogRecord &r : page->records)
        printOut(recordToLine(r));
    if (page->total > page->records.size()) {
        printErr(Tr::tr("(%1 of %2 matches shown; --limit N shows more)")
                     .arg(page->records.size())
                     .arg(page->total));
    }
    return Ok;
}

int logsTail(const GlobalOptions &global, const LogsOptions &options)
{
    if (options.args.size() > 1) {
        printErr(Tr::tr("opsctl: 'logs tail' takes one query; quote it"));
        return Usage;
    }
    LogContext lc = openLogs(global, false);
    if (!lc.store)
        return lc.code;
    auto subscription = lc.store->subscribe(options.args.value(0));
    int code = Ok;
    QObject::connect(subscription.get(), &Backend::LogSubscription::recordsArrived, subscription.get(),
                     [&global](const QList<LogRecord> &records) {
                         for (const LogRecord &r : records) {
                             if (global.json)
                                 printCompactJson(recordToJson(r));
                             else
                                 printOut(recordToLine(r));
                         }
                         std::fflush(stdout);
                     });
    QObject::connect(subscription.get(), &Backend::LogSubscription::failed, subscription.get(),
                     [&code](const Error &error) {
                         code = failWith(error);
                         g_stop.store(true);
                     });
    // Scripts wait for this line before they write.
    printErr(Tr::tr("opsctl: following \"%1\" (Ctrl+C stops)").arg(options.args.value(0)));
    runUntilSignal();
    return code;
}

int logsListen(const GlobalOptions &global, const LogsOptions &options)
{
    QHostAddress address(QHostAddress::LocalHost);
    if (!options.bind.isEmpty() && !address.setAddress(options.bind)) {
        printErr(Tr::tr("opsctl: --bind: '%1' is not an IP address").arg(options.bind));
        return Usage;
    }
    int udp = options.syslogUdp;
    int tcp = options.syslogTcp;
    if (udp < 0 && tcp < 0)
        udp = tcp = 5514; // both, on the unprivileged syslog port rsyslog setups use
    LogContext lc = openLogs(global, true);
    if (!lc.store)
        return lc.code;
    Logs::LogSink sink(lc.store);
    int code = Ok;
    QObject::connect(&sink, &Logs::LogSink::failed, &sink, [&code](const Error &error) {
        code = failWith(error);
    });
    Logs::SyslogReceiver receiver(&sink);
    QStringList endpoints;
    if (udp >= 0) {
        const auto port = receiver.listenUdp(address, static_cast<quint16>(udp));
        if (!port)
            return failWith(port.error());
        endpoints.append(u"udp://%1:%2"_s.arg(address.toString()).arg(*port));
    }
    if (tcp >= 0) {
        const auto port = receiver.listenTcp(address, static_cast<quint16>(tcp));
        if (!port)
            return failWith(port.error());
        endpoints.append(u"tcp://%1:%2"_s.arg(address.toString()).arg(*port));
    }
    // Scripts wait for this line before they send.
    printErr(Tr::tr("opsctl: listening for syslog on %1").arg(endpoints.join(u", ")));
    runUntilSignal();
    drain(sink);
    if (global.json) {
        printJson(QJsonObject{{u"received"_s, receiver.received()},
                              {u"committed"_s, sink.committed()},
                              {u"dropped"_s, sink.dropped()}});
    } else {
        printOut(Tr::tr("%n record(s) committed", nullptr, static_cast<int>(sink.committed())));
    }
    return code;
}

int logsStats(const GlobalOptions &global)
{
    LogContext lc = openLogs(global, false);
    if (!lc.store)
        return lc.code;
    const auto stats = await(lc.store->stats());
    if (!stats)
        return failWith(stats.error());
    qint64 raw = 0, disk = 0;
    for (const auto &t : stats->tiers) {
        raw += t.rawBytes;
        disk += t.diskBytes;
    }
    if (global.json) {
        QJsonArray tiers;
        for (const auto &t : stats->tiers) {
            tiers.append(QJsonObject{{u"tier"_s, t.tier},
                                     {u"partitions"_s, t.partitions},
                                     {u"records"_s, t.records},
                                     {u"rawBytes"_s, t.rawBytes},
                                     {u"diskBytes"_s, t.diskBytes},
                                     {u"oldest"_s, t.oldest.isValid() ? QJsonValue(t.oldest.toString(Qt::ISODate)) : QJsonValue()},
                                     {u"newest"_s, t.newest.isValid() ? QJsonValue(t.newest.toString(Qt::ISODate)) : QJsonValue()}});
        }
        printJson(QJsonObject{{u"tiers"_s, tiers},
                              {u"hotDays"_s, stats->hotDays},
                              {u"retentionDays"_s, stats->retentionDays},
                              {u"rawBytes"_s, raw},
                              {u"diskBytes"_s, disk}});
        return Ok;
    }
    const QLocale c = QLocale::c();
    Table table({Tr::tr("TIER"), Tr::tr("DAYS"), Tr::tr("RECORDS"), Tr::tr("RAW"), Tr::tr("ON DISK"), Tr::tr("RATIO"),
                 Tr::tr("OLDEST"), Tr::tr("NEWEST")});
    for (const auto &t : stats->tiers) {
        table.addRow({t.tier, QString::number(t.partitions), QString::number(t.records),
                      c.formattedDataSize(t.rawBytes), c.formattedDataSize(t.diskBytes),
                      t.rawBytes > 0 ? u"%1 %"_s.arg(100.0 * double(t.diskBytes) / double(t.rawBytes), 0, 'f', 1) : u"-"_s,
                      t.oldest.isValid() ? t.oldest.toString(Qt::ISODate) : u"-"_s,
                      t.newest.isValid() ? t.newest.toString(Qt::ISODate) : u"-"_s});
    }
    printOut(table.toString());
    printOut(Tr::tr("Retention: hot %1 days, then cold until %2 days.").arg(stats->hotDays).arg(stats->retentionDays));
    return Ok;
}

} // namespace OpsDeck::Cli
