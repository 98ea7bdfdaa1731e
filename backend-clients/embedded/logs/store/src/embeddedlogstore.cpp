// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/logs/embeddedlogstore.h"

#include "logstoretr.h"
#include "queryexec.h"

#include "opsdeck/logs/demologs.h"
#include "opsdeck/logs/fileingest.h"
#include "opsdeck/logs/matcher.h"
#include "opsdeck/logs/query.h"
#include "opsdeck/logs/rawfilestore.h"
#include "opsdeck/logs/resolve.h"

#include <opsdeck/metrics/registry.h>
#include <opsdeck/reliability/health.h>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QLocale>
#include <QPointer>
#include <QPromise>
#include <QScopeGuard>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <deque>
#include <mutex>

namespace OpsDeck::Logs {

using namespace Qt::StringLiterals;
using Backend::LogPage;
using Backend::LogQuery;
using Backend::LogRecord;

namespace {

/** The log store's own metrics (docs/metrics-store.md): records in, search time. */
struct LogMetrics
{
    Metrics::Counter *ingested = nullptr;
    Metrics::Histogram *search = nullptr;

    static const LogMetrics &get()
    {
        static const LogMetrics metrics = [] {
            LogMetrics m;
            Metrics::Registry &registry = Metrics::Registry::process();
            if (auto family = registry.counter(u"opsdeck_log_ingest_records_total"_s,
                                               u"Log records written to the embedded log store."_s))
                m.ingested = &(*family)->with();
            if (auto family = registry.histogram(u"opsdeck_log_search_duration_seconds"_s,
                                                 u"Time the embedded log store took to answer a search."_s,
                                                 Metrics::Registry::defaultSecondsBuckets()))
                m.search = &(*family)->with();
            return m;
        }();
        return metrics;
    }
    void countIngested(double records) const
    {
        if (ingested)
            ingested->inc(records);
    }
};

} // namespace

namespace {

constexpr int kMaxLimit = 10'000;
constexpr std::size_t kTailQueueLimit = 100'000;

std::string toStd(const QString &s)
{
    return s.toStdString();
}

QString fromStd(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

std::int64_t systemNow()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool namesExtractedField(const QueryNode &node)
{
    if ((node.kind == QueryNode::Kind::Field || node.kind == QueryNode::Kind::FieldPrefix)
        && node.field != "host" && node.field != "service" && node.field != "source")
        return true;
    for (const auto &child : node.children) {
        if (namesExtractedField(child))
            return true;
    }
    return false;
}

/** A parsed, compiled query, or the error to report. */
struct Compiled
{
    std::optional<ParsedQuery> parsed;
    std::optional<Matcher> matcher;
    bool needsDerived = false;
    std::optional<Error> error;
};

Compiled compileQuery(const QString &text, std::int64_t nowMs)
{
    Compiled c;
    auto parsed = parseQuery(toStd(text), nowMs);
    if (auto *e = std::get_if<QueryError>(&parsed)) {
        c.error = EmbeddedLogStore::queryError(text, e->column, static_cast<int>(e->code), fromStd(e->detail));
        return c;
    }
    c.parsed = std::move(std::get<ParsedQuery>(parsed));
    auto matcher = Matcher::compile(c.parsed->root);
    if (auto *e = std::get_if<QueryError>(&matcher)) {
        c.error = EmbeddedLogStore::queryError(text, e->column, static_cast<int>(e->code), fromStd(e->detail));
        return c;
    }
    c.matcher.emplace(std::move(std::get<Matcher>(matcher)));
    c.needsDerived = namesExtractedField(c.parsed->root);
    return c;
}

Reliability::HealthReport healthReport(Reliability::HealthState state, const QString &message)
{
    Reliability::HealthCheck check;
    check.name = QStringLiteral("embedded-logstore");
    check.state = state;
    check.message = message;
    check.checkedAt = QDateTime::currentDateTimeUtc();
    return Reliability::HealthReport::fromChecks({check});
}

/** A live tail: records matched on the committing thread, delivered on the owner's. */
class TailSubscription final : public Backend::LogSubscription
{
public:
    TailSubscription(LogEngine &engine, Compiled compiled)
        : m_engine(engine), m_compiled(std::move(compiled))
    {
        if (m_compiled.error) {
            const Error error = *m_compiled.error;
            QMetaObject::invokeMethod(this, [this, error] { Q_EMIT failed(error); }, Qt::QueuedConnection);
            return;
        }
        m_listener = m_engine.addCommitListener([this](const std::vector<StoredRecord> &records) {
            onCommitted(records);
        });
    }
    ~TailSubscription() override
    {
        // After this returns no commit is calling onCommitted any more.
        if (m_listener)
            m_engine.removeCommitListener(m_listener);
    }

private:
    void onCommitted(const std::vector<StoredRecord> &records)
    {
        // Runs on the ingesting thread under the engine's lock: match, queue, return.
        bool schedule = false;
        std::vector<Field> fields;
        for (const auto &r : records) {
            fields = r.extra;
            fields.insert(fields.end(), r.derived.begin(), r.derived.end());
            const RecordView view{r.message, r.host, r.service, r.source, r.level, &fields};
            if (!m_compiled.matcher->matches(view))
                continue;
            std::lock_guard lock(m_mutex);
            if (m_queue.size() >= kTailQueueLimit) {
                m_queue.pop_front(); // back-pressure: the subscriber loses the oldest, ingest never waits
                ++m_dropped;
            }
            m_queue.push_back(r);
            if (!m_scheduled) {
                m_scheduled = true;
                schedule = true;
            }
        }
        if (schedule)
            QMetaObject::invokeMethod(this, [this] { deliver(); }, Qt::QueuedConnection);
    }

    void deliver()
    {
        std::deque<StoredRecord> batch;
        {
            std::lock_guard lock(m_mutex);
            batch.swap(m_queue);
            m_scheduled = false;
        }
        QList<LogRecord> out;
        out.reserve(static_cast<qsizetype>(batch.size()));
        for (const auto &r : batch)
            out.append(toLogRecord(r));
        if (!out.isEmpty())
            Q_EMIT recordsArrived(out);
    }

    LogEngine &m_engine;
    Compiled m_compiled;
    std::uint64_t m_listener = 0;
    std::mutex m_mutex;
    std::deque<StoredRecord> m_queue;
    bool m_scheduled = false;
    std::uint64_t m_dropped = 0;
};

struct Cursor
{
    std::int64_t ts = 0;
    std::int64_t id = 0;
    std::int64_t maxId = 0;
};

QString encodeCursor(const QString &tag, const Cursor &c)
{
    const QString text = u"%1:%2:%3:%4"_s.arg(tag).arg(c.ts).arg(c.id).arg(c.maxId);
    return QString::fromLatin1(text.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<Cursor> decodeCursor(const QString &tag, const QString &text)
{
    const QByteArray raw = QByteArray::fromBase64(text.toLatin1(), QByteArray::Base64UrlEncoding);
    const QStringList parts = QString::fromUtf8(raw).split(u':');
    if (parts.size() != 4 || parts[0] != tag)
        return std::nullopt;
    Cursor c;
    bool ok1 = false, ok2 = false, ok3 = false;
    c.ts = parts[1].toLongLong(&ok1);
    c.id = parts[2].toLongLong(&ok2);
    c.maxId = parts[3].toLongLong(&ok3);
    if (!ok1 || !ok2 || !ok3 || c.maxId < 1)
        return std::nullopt;
    return c;
}

Backend::LogTierStats tierStats(const QString &name, const TierSizes &t)
{
    Backend::LogTierStats s;
    s.tier = name;
    s.partitions = static_cast<qint64>(t.partitions);
    s.records = static_cast<qint64>(t.records);
    s.rawBytes = static_cast<qint64>(t.rawBytes);
    s.diskBytes = static_cast<qint64>(t.diskBytes);
    if (t.partitions > 0) {
        s.oldest = QDate(1970, 1, 1).addDays(t.oldestDay);
        s.newest = QDate(1970, 1, 1).addDays(t.newestDay);
    }
    return s;
}

} // namespace

LogRecord toLogRecord(const StoredRecord &r)
{
    LogRecord out;
    out.id = r.id;
    out.timestamp = QDateTime::fromMSecsSinceEpoch(r.ts, Qt::UTC);
    out.ingestedAt = QDateTime::fromMSecsSinceEpoch(r.ingested, Qt::UTC);
    out.host = fromStd(r.host);
    out.service = fromStd(r.service);
    out.source = fromStd(r.source);
    out.level = static_cast<Backend::LogLevel>(r.level);
    out.message = fromStd(r.message);
    std::vector<Field> derived = r.derived;
    if (derived.empty()) {
        StoredRecord copy;
        copy.message = r.message;
        deriveFields(copy);
        derived = std::move(copy.derived);
    }
    for (const auto &f : derived)
        out.fields.insert(fromStd(f.key), fromStd(f.value));
    for (const auto &f : r.extra)
        out.fields.insert(fromStd(f.key), fromStd(f.value));
    return out;
}

class EmbeddedLogStore::Maintenance : public QObject
{
public:
    explicit Maintenance(EmbeddedLogStore *store) : QObject(store), m_store(store)
    {
        m_timer.setInterval(std::chrono::hours(1));
        connect(&m_timer, &QTimer::timeout, this, [this] { (void)m_store->maintain(); });
        m_timer.start();
    }

private:
    EmbeddedLogStore *m_store;
    QTimer m_timer;
};

/** Read-only mode: polls the writer's files off the GUI thread. */
class EmbeddedLogStore::Follower : public QObject
{
public:
    explicit Follower(EmbeddedLogStore *store) : QObject(store), m_store(store)
    {
        m_timer.setInterval(100);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (m_busy)
                return;
            m_busy = true;
            QtConcurrent::run(&m_store->m_pool, [engine = m_store->m_engine.get()] {
                std::string error;
                engine->refresh(&error);
            }).then(this, [this] { m_busy = false; });
        });
        m_timer.start();
    }

private:
    EmbeddedLogStore *m_store;
    QTimer m_timer;
    bool m_busy = false;
};

Error EmbeddedLogStore::queryError(const QString &text, int column, int code, const QString &detail)
{
    Q_UNUSED(text)
    Q_UNUSED(code)
    return fail(ErrorCode::Parse, OpsDeck::Logs::Tr::tr("The query has a syntax error at column %1.").arg(column),
                u"1:%1: %2"_s.arg(column).arg(detail));
}

Result<std::unique_ptr<EmbeddedLogStore>> EmbeddedLogStore::open(const QString &dir, Options options)
{
    if (!options.nowMs)
        options.nowMs = systemNow;
    EngineOptions engineOptions;
    engineOptions.dir = toStd(QDir(dir).absolutePath());
    engineOptions.hotDays = options.hotDays;
    engineOptions.retentionDays = options.retentionDays;
    engineOptions.memtableBytes = options.memtableBytes;
    engineOptions.nowMs = options.nowMs;
    engineOptions.background = options.background;
    engineOptions.readOnly = options.readOnly;
    std::string error;
    auto engine = LogEngine::open(engineOptions, &error);
    if (!engine) {
        if (error.find("in use by another process") != std::string::npos) {
            return fail(ErrorCode::Conflict, OpsDeck::Logs::Tr::tr("The log store is in use by another OpsDeck process."),
                        fromStd(error));
        }
        return fail(ErrorCode::Corrupt, OpsDeck::Logs::Tr::tr("The log store cannot be opened."), fromStd(error));
    }
    return std::unique_ptr<EmbeddedLogStore>(new EmbeddedLogStore(dir, std::move(options), std::move(engine)));
}

EmbeddedLogStore::EmbeddedLogStore(const QString &dir, Options options, std::unique_ptr<LogEngine> engine)
    : m_dir(dir), m_options(std::move(options)), m_engine(std::move(engine))
{
    m_pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    m_cursorTag = QString::fromLatin1(
        QCryptographicHash::hash(QDir(dir).absolutePath().toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
    const EngineStats s = m_engine->stats();
    if (m_options.readOnly) {
        setHealth(healthReport(Reliability::HealthState::Degraded,
                               OpsDeck::Logs::Tr::tr("Read-only: another OpsDeck process is writing this log store.")));
        m_follower = new Follower(this);
        return;
    }
    setHealth(healthReport(Reliability::HealthState::Healthy,
                           s.repairedOnOpen > 0
                               ? OpsDeck::Logs::Tr::tr("Recovered after an unclean shutdown (%n damaged write-ahead log tail(s) cut).",
                                        nullptr, s.repairedOnOpen)
                               : OpsDeck::Logs::Tr::tr("Open")));
    if (m_options.background) {
        m_maintenance = new Maintenance(this);
        (void)maintain(); // retention may be due since the store was last open
    }
}

EmbeddedLogStore::~EmbeddedLogStore()
{
    m_pool.waitForDone();
}

QString EmbeddedLogStore::displayName() const
{
    return OpsDeck::Logs::Tr::tr("Embedded log store");
}

QFuture<Result<qint64>> EmbeddedLogStore::append(const QList<LogRecord> &records)
{
    return QtConcurrent::run(&m_pool, [this, records]() -> Result<qint64> {
        RecordResolver resolver(m_options.nowMs());
        std::vector<StoredRecord> batch;
        batch.reserve(static_cast<std::size_t>(records.size()));
        const std::int64_t now = m_options.nowMs();
        for (const LogRecord &r : records) {
            RecordInput in;
            in.message = toStd(r.message);
            in.host = toStd(r.host);
            in.service = toStd(r.service);
            in.source = toStd(r.source);
            in.level = static_cast<Level>(r.level);
            in.timestampMs = r.timestamp.isValid() ? r.timestamp.toMSecsSinceEpoch() : kNoTime;
            for (auto it = r.fields.cbegin(); it != r.fields.cend(); ++it)
                in.fields.push_back(Field{toStd(it.key()), toStd(it.value().toString())});
            batch.push_back(resolver.resolve(std::move(in), now));
        }
        const auto count = static_cast<qint64>(batch.size());
        std::string error;
        if (m_engine->isReadOnly()) {
            return fail(ErrorCode::Conflict,
                        OpsDeck::Logs::Tr::tr("The log store is read-only here: another OpsDeck process is writing it."),
                        m_dir);
        }
        if (!m_engine->append(std::move(batch), true, &error))
            return fail(ErrorCode::Io, OpsDeck::Logs::Tr::tr("The log records could not be written."), fromStd(error));
        LogMetrics::get().countIngested(double(count));
        return count;
    });
}

QFuture<Result<LogPage>> EmbeddedLogStore::search(const LogQuery &query)
{
    return QtConcurrent::run(&m_pool, [this, query]() -> Result<LogPage> {
        waitForDemo();
        QElapsedTimer took;
        took.start();
        const auto observe = qScopeGuard([&took] {
            if (const LogMetrics &m = LogMetrics::get(); m.search)
                m.search->observe(double(took.nsecsElapsed()) / 1e9);
        });
        if (!query.countOnly && query.limit < 1) {
            return fail(ErrorCode::InvalidArgument, OpsDeck::Logs::Tr::tr("The page size must be at least 1."),
                        u"limit: %1"_s.arg(query.limit));
        }
        const std::int64_t now = m_options.nowMs();
        Compiled compiled = compileQuery(query.text, now);
        if (compiled.error)
            return *compiled.error;
        std::int64_t to = query.to.isValid() ? query.to.toMSecsSinceEpoch() : now + 1;
        if (compiled.parsed->untilMs != kNoTime)
            to = compiled.parsed->untilMs;
        std::int64_t from = query.from.isValid() ? query.from.toMSecsSinceEpoch()
                                                 : to - std::int64_t(m_options.defaultRangeDays) * 86'400'000;
        if (compiled.parsed->sinceMs != kNoTime)
            from = compiled.parsed->sinceMs;
        if (from > to) {
            return fail(ErrorCode::InvalidArgument, OpsDeck::Logs::Tr::tr("The time range ends before it starts."),
                        QStringLiteral("from is after to"));
        }
        SearchRequest request;
        request.query = &compiled.parsed->root;
        request.matcher = &*compiled.matcher;
        request.needsDerivedFields = compiled.needsDerived;
        request.fromMs = from;
        request.toMs = to;
        request.limit = static_cast<std::size_t>(std::clamp(query.limit, 1, kMaxLimit));
        request.countOnly = query.countOnly;
        request.buckets = std::clamp(query.histogramBuckets, 0, 2000);
        if (!query.cursor.isEmpty()) {
            const auto cursor = decodeCursor(m_cursorTag, query.cursor);
            if (!cursor) {
                return fail(ErrorCode::InvalidArgument, OpsDeck::Logs::Tr::tr("The page cursor is not valid."),
                            u"cursor: %1"_s.arg(query.cursor));
            }
            request.hasCursor = true;
            request.cursorTs = cursor->ts;
            request.cursorId = cursor->id;
            request.maxId = cursor->maxId;
        }
        SearchResult result;
        std::string error;
        if (!m_engine->search(request, result, &error))
            return fail(ErrorCode::Corrupt, OpsDeck::Logs::Tr::tr("The log store could not be read."), fromStd(error));
        LogPage page;
        page.total = static_cast<qint64>(result.total);
        page.from = QDateTime::fromMSecsSinceEpoch(from, Qt::UTC);
        page.to = QDateTime::fromMSecsSinceEpoch(to, Qt::UTC);
        page.bucketMs = result.bucketMs;
        for (auto c : result.histogram)
            page.histogram.append(static_cast<qint64>(c));
        page.records.reserve(static_cast<qsizetype>(result.records.size()));
        for (const auto &r : result.records)
            page.records.append(toLogRecord(r));
        if (result.more && !result.records.empty()) {
            const StoredRecord &last = result.records.back();
            page.nextCursor = encodeCursor(m_cursorTag, Cursor{last.ts, last.id, std::max<std::int64_t>(1, result.maxId)});
        }
        return page;
    });
}

std::unique_ptr<Backend::LogSubscription> EmbeddedLogStore::subscribe(const QString &query)
{
    return std::make_unique<TailSubscription>(*m_engine, compileQuery(query, m_options.nowMs()));
}

QFuture<Result<QList<LogRecord>>> EmbeddedLogStore::context(qint64 recordId, int before, int after)
{
    return QtConcurrent::run(&m_pool, [this, recordId, before, after]() -> Result<QList<LogRecord>> {
        if (before < 0 || after < 0 || before > 10'000 || after > 10'000) {
            return fail(ErrorCode::InvalidArgument, OpsDeck::Logs::Tr::tr("Context must be between 0 and 10000 records."),
                        u"before: %1, after: %2"_s.arg(before).arg(after));
        }
        std::vector<StoredRecord> records;
        std::string error;
        if (!m_engine->context(recordId, before, after, records, &error))
            return fail(ErrorCode::NotFound, OpsDeck::Logs::Tr::tr("The record is not in the log store."), fromStd(error));
        QList<LogRecord> out;
        for (const auto &r : records)
            out.append(toLogRecord(r));
        return out;
    });
}

QFuture<Result<Backend::LogStoreStats>> EmbeddedLogStore::stats()
{
    return QtConcurrent::run(&m_pool, [this]() -> Result<Backend::LogStoreStats> {
        const EngineStats s = m_engine->stats();
        Backend::LogStoreStats out;
        out.tiers.append(tierStats(QStringLiteral("recent"), s.recent));
        out.tiers.append(tierStats(QStringLiteral("hot"), s.hot));
        out.tiers.append(tierStats(QStringLiteral("cold"), s.cold));
        out.hotDays = m_options.hotDays;
        out.retentionDays = m_options.retentionDays;
        return out;
    });
}

QFuture<Result<qint64>> EmbeddedLogStore::ingestFiles(const Backend::LogIngestRequest &request)
{
    return QtConcurrent::run(&m_pool, [this, request](QPromise<Result<qint64>> &promise) {
        if (request.paths.isEmpty()) {
            promise.addResult(fail(ErrorCode::InvalidArgument, OpsDeck::Logs::Tr::tr("No files to read."), QStringLiteral("paths")));
            return;
        }
        if (!request.multiline.isEmpty() && request.multiline != u"indent") {
            promise.addResult(fail(ErrorCode::InvalidArgument, OpsDeck::Logs::Tr::tr("Unknown multi-line rule \"%1\".").arg(request.multiline),
                                   QStringLiteral("multiline")));
            return;
        }
        if (m_engine->isReadOnly()) {
            promise.addResult(fail(ErrorCode::Conflict,
                                   OpsDeck::Logs::Tr::tr("The log store is read-only here: another OpsDeck process is writing it."),
                                   m_dir));
            return;
        }
        std::vector<std::string> paths;
        for (const QString &p : request.paths)
            paths.push_back(toStd(p));
        FileIngestOptions options;
        options.service = toStd(request.service);
        options.host = toStd(request.host);
        options.joinIndented = request.multiline == u"indent";
        // Progress in KiB keeps files over 2 GiB inside QFuture's int range.
        options.progress = [&promise](std::uint64_t done, std::uint64_t total) {
            promise.setProgressRange(0, static_cast<int>(std::min<std::uint64_t>(total / 1024, INT_MAX)));
            promise.setProgressValueAndText(
                static_cast<int>(std::min<std::uint64_t>(done / 1024, INT_MAX)),
                OpsDeck::Logs::Tr::tr("%1 of %2 read").arg(QLocale().formattedDataSize(static_cast<qint64>(done)),
                                            QLocale().formattedDataSize(static_cast<qint64>(total))));
            return !promise.isCanceled();
        };
        const FileIngestResult result = Logs::ingestFiles(*m_engine, paths, options);
        LogMetrics::get().countIngested(double(result.committed));
        if (!result.error.empty()) {
            promise.addResult(fail(ErrorCode::Io, OpsDeck::Logs::Tr::tr("Reading stopped after %n record(s) were committed.", nullptr,
                                                         static_cast<int>(result.committed)),
                                   fromStd(result.error)));
            return;
        }
        if (result.files == 0 && !result.skipped.empty()) {
            QStringList problems;
            for (const auto &s : result.skipped)
                problems.append(fromStd(s));
            promise.addResult(fail(ErrorCode::NotFound, OpsDeck::Logs::Tr::tr("None of the paths could be read."), problems.join(u"; ")));
            return;
        }
        promise.addResult(static_cast<qint64>(result.committed));
    });
}

QFuture<Result<QStringList>> EmbeddedLogStore::fieldNames()
{
    return QtConcurrent::run(&m_pool, [this]() -> Result<QStringList> {
        QStringList names{QStringLiteral("host"), QStringLiteral("level"), QStringLiteral("service"),
                          QStringLiteral("source")};
        for (const auto &n : m_engine->fieldNames(500)) {
            const QString name = fromStd(n);
            if (!names.contains(name))
                names.append(name);
        }
        std::sort(names.begin() + 4, names.end());
        return names;
    });
}

QFuture<Result<qint64>> EmbeddedLogStore::fillDemo(int days)
{
    return m_demoFill = QtConcurrent::run(&m_pool, [this, days]() -> Result<qint64> {
        if (m_engine->lastId() > 0)
            return qint64(0); // never mix demo records into real ones
        std::string error;
        const auto n = writeDemoLogs(*m_engine, m_options.nowMs(), days, 20261128, &error);
        if (!error.empty())
            return fail(ErrorCode::Io, OpsDeck::Logs::Tr::tr("The demo logs could not be written."), fromStd(error));
        return static_cast<qint64>(n);
    });
}

void EmbeddedLogStore::waitForDemo() const
{
    // Pool threads only: a search right after a demo workspace was made sees all of it.
    QFuture<Result<qint64>> fill = m_demoFill;
    if (fill.isValid() && !fill.isFinished())
        fill.waitForFinished();
}

Result<std::unique_ptr<Backend::ILogStore>> EmbeddedLogStore::openFiles(const QStringList &paths)
{
    auto store = RawFileStore::open(paths);
    if (!store)
        return store.error();
    return std::unique_ptr<Backend::ILogStore>(std::move(*store));
}

QFuture<Result<bool>> EmbeddedLogStore::maintain()
{
    return QtConcurrent::run(&m_pool, [this]() -> Result<bool> {
        std::string error;
        if (!m_engine->enforceRetention(&error) || !m_engine->merge(&error)) {
            setHealth(healthReport(Reliability::HealthState::Degraded,
                                   OpsDeck::Logs::Tr::tr("Background maintenance failed: %1").arg(fromStd(error))));
            return fail(ErrorCode::Io, OpsDeck::Logs::Tr::tr("Log store maintenance failed."), fromStd(error));
        }
        return true;
    });
}

} // namespace OpsDeck::Logs
