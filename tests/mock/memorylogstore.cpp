// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "memorylogstore.h"

#include "mockhealth.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QPromise>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <functional>
#include <limits>
#include <map>
#include <utility>

using namespace Qt::StringLiterals;

namespace OpsDeck::Test {

using Backend::LogIngestRequest;
using Backend::LogLevel;
using Backend::LogPage;
using Backend::LogQuery;
using Backend::LogRecord;
using Backend::LogSubscription;

namespace {

constexpr int kMaxLimit = 10000;

struct Term
{
    enum class Kind { Text, Host, Service, Level, Source, Field };
    Kind kind = Kind::Text;
    QString text;
    LogLevel level = LogLevel::Unknown;
    bool negated = false;
    QString field; // Kind::Field: the field name
    QString word;  // Kind::Field: the whole word, matched as text too

    bool matches(const LogRecord &record) const { return negated != matchesPositive(record); }

    bool matchesPositive(const LogRecord &record) const
    {
        switch (kind) {
        case Kind::Text: return record.message.contains(text, Qt::CaseInsensitive);
        case Kind::Host: return record.host.compare(text, Qt::CaseInsensitive) == 0;
        case Kind::Service: return record.service.compare(text, Qt::CaseInsensitive) == 0;
        case Kind::Level: return record.level == level;
        case Kind::Source: return record.source.compare(text, Qt::CaseInsensitive) == 0;
        case Kind::Field: {
            for (auto it = record.fields.cbegin(); it != record.fields.cend(); ++it) {
                if (it.key().compare(field, Qt::CaseInsensitive) == 0
                    && it.value().toString().compare(text, Qt::CaseInsensitive) == 0)
                    return true;
            }
            return !word.isEmpty() && record.message.contains(word, Qt::CaseInsensitive);
        }
        }
        return false;
    }
};

struct ParsedQuery
{
    QList<Term> terms;

    bool matches(const LogRecord &record) const
    {
        return std::all_of(terms.cbegin(), terms.cend(),
                           [&record](const Term &t) { return t.matches(record); });
    }
};

Error parseError(qsizetype index, const QString &what)
{
    return fail(ErrorCode::Parse, QStringLiteral("The log query cannot be read."),
                u"1:%1: %2"_s.arg(index + 1).arg(what));
}

// Reads a quoted string starting at text[pos] == '"'; on success pos is just
// past the closing quote.
Result<QString> readQuoted(const QString &text, qsizetype &pos)
{
    const qsizetype open = pos;
    QString out;
    for (++pos; pos < text.size(); ++pos) {
        const QChar c = text.at(pos);
        if (c == u'\\' && pos + 1 < text.size()) {
            out.append(text.at(++pos));
        } else if (c == u'"') {
            ++pos;
            return out;
        } else {
            out.append(c);
        }
    }
    return parseError(open, QStringLiteral("unterminated quoted phrase"));
}

bool isFieldName(QStringView name)
{
    if (name.isEmpty() || !(name.front().isLetter() || name.front() == u'_'))
        return false;
    return std::all_of(name.begin(), name.end(), [](QChar c) {
        return c.isLetterOrNumber() || c == u'_' || c == u'.';
    });
}

Result<ParsedQuery> parseQuery(const QString &text)
{
    ParsedQuery query;
    qsizetype pos = 0;
    bool negateNext = false;
    qsizetype negationAt = -1;
    const auto skipSpace = [&text](qsizetype p) {
        while (p < text.size() && text.at(p).isSpace())
            ++p;
        return p;
    };
    while (true) {
        pos = skipSpace(pos);
        if (pos >= text.size())
            break;
        bool negated = false;
        if (text.at(pos) == u'-' && pos + 1 < text.size() && !text.at(pos + 1).isSpace()) {
            negated = true;
            ++pos;
        } else if (text.mid(pos, 3) == u"NOT"
                   && (pos + 3 == text.size() || text.at(pos + 3).isSpace())) {
            negateNext = true;
            negationAt = pos;
            pos += 3;
            continue;
        } else if (text.at(pos) == u'-' && (pos + 1 == text.size() || text.at(pos + 1).isSpace())) {
            return parseError(pos + 1, QStringLiteral("expected a term after \"-\""));
        }
        if (negateNext) {
            negated = !negated;
            negateNext = false;
        }
        if (text.at(pos) == u'"') {
            auto phrase = readQuoted(text, pos);
            if (!phrase)
                return phrase.error();
            if (!phrase->isEmpty()) {
                Term term{Term::Kind::Text, *phrase, LogLevel::Unknown};
                term.negated = negated;
                query.terms.append(term);
            }
            continue;
        }
        const qsizetype start = pos;
        while (pos < text.size() && !text.at(pos).isSpace())
            ++pos;
        QString word = text.mid(start, pos - start);

        const qsizetype colon = word.indexOf(u':');
        const QString field = colon > 0 ? word.left(colon).toLower() : QString();
        Term::Kind kind = Term::Kind::Text;
        if (field == u"host")
            kind = Term::Kind::Host;
        else if (field == u"service")
            kind = Term::Kind::Service;
        else if (field == u"level")
            kind = Term::Kind::Level;
        else if (field == u"source")
            kind = Term::Kind::Source;
        else if (colon > 0 && isFieldName(QStringView(word).left(colon)))
            kind = Term::Kind::Field;
        if (kind == Term::Kind::Text) {
            Term term{kind, word, LogLevel::Unknown};
            term.negated = negated;
            query.terms.append(term);
            continue;
        }

        const qsizetype valueStart = start + colon + 1;
        QString value;
        bool quoted = false;
        if (valueStart < text.size() && text.at(valueStart) == u'"') {
            pos = valueStart;
            auto phrase = readQuoted(text, pos);
            if (!phrase)
                return phrase.error();
            value = *phrase;
            quoted = true;
        } else {
            value = text.mid(valueStart, pos - valueStart);
        }
        if (kind == Term::Kind::Field) {
            if (value.isEmpty() && !quoted) {
                // "word:" is text, as it always was.
                Term term{Term::Kind::Text, word, LogLevel::Unknown};
                term.negated = negated;
                query.terms.append(term);
                continue;
            }
            Term term{kind, value, LogLevel::Unknown};
            term.field = word.left(colon);
            term.word = quoted ? QString() : word;
            term.negated = negated;
            query.terms.append(term);
            continue;
        }
        if (value.isEmpty())
            return parseError(valueStart, u"expected a value after \"%1:\""_s.arg(field));
        Term term{kind, value, LogLevel::Unknown};
        term.negated = negated;
        if (kind == Term::Kind::Level) {
            term.level = Backend::logLevelFromName(value);
            if (term.level == LogLevel::Unknown
                && value.compare(u"unknown", Qt::CaseInsensitive) != 0)
                return parseError(valueStart, u"unknown level \"%1\""_s.arg(value));
        }
        query.terms.append(term);
    }
    if (negateNext)
        return parseError(negationAt + 3, QStringLiteral("expected a term after NOT"));
    return query;
}

// Position of a record in newest-first order; larger sorts first.
struct SortKey
{
    qint64 timestampMs = 0;
    qint64 id = 0;
    friend auto operator<=>(const SortKey &, const SortKey &) = default;
};

SortKey keyOf(const LogRecord &record)
{
    return {record.timestamp.toMSecsSinceEpoch(), record.id};
}

QString encodeCursor(const SortKey &key)
{
    return u"m1.%1.%2"_s.arg(key.timestampMs).arg(key.id);
}

std::optional<SortKey> decodeCursor(const QString &cursor)
{
    const QStringList parts = cursor.split(u'.');
    if (parts.size() != 3 || parts.at(0) != u"m1")
        return std::nullopt;
    bool okTime = false;
    bool okId = false;
    SortKey key{parts.at(1).toLongLong(&okTime), parts.at(2).toLongLong(&okId)};
    if (!okTime || !okId || key.id <= 0)
        return std::nullopt;
    return key;
}

} // namespace

struct MemoryLogStore::State
{
    struct Subscription
    {
        ParsedQuery query;
        QList<LogRecord> pending;
    };

    mutable QMutex mutex;
    bool readOnly = false;                         // set once, before sharing
    qint64 nextId = 1;
    QList<LogRecord> records;                      // in id order
    std::map<quint64, Subscription> subscriptions; // live, with a valid query
    quint64 nextSubscriptionId = 1;
};

MemoryLogStore::MemoryLogStore(const QString &displayName, QObject *parent)
    : ILogStore(parent)
    , m_displayName(displayName)
    , m_state(std::make_shared<State>())
{
    m_pool.setMaxThreadCount(4);
    setHealthState(Reliability::HealthState::Healthy);
}

MemoryLogStore::~MemoryLogStore()
{
    // Work in flight touches m_state and posts to this object; join it first.
    m_pool.waitForDone();
}

QString MemoryLogStore::displayName() const
{
    return m_displayName;
}

void MemoryLogStore::setHealthState(Reliability::HealthState state, const QString &message)
{
    setHealth(mockHealthReport(state, QStringLiteral("memory-logstore"), message));
}

qint64 MemoryLogStore::recordCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->records.size();
}

qint64 MemoryLogStore::commit(QList<LogRecord> records)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<quint64> toFlush;
    {
        QMutexLocker lock(&m_state->mutex);
        for (LogRecord &record : records) {
            record.id = m_state->nextId++;
            record.ingestedAt = now;
            if (!record.timestamp.isValid())
                record.timestamp = now;
            m_state->records.append(record);
            for (auto &[id, subscription] : m_state->subscriptions) {
                if (!subscription.query.matches(record))
                    continue;
                // Only the first record of a batch schedules a flush; the
                // rest ride along, which is what makes deliveries batched.
                if (subscription.pending.isEmpty())
                    toFlush.append(id);
                subscription.pending.append(record);
            }
        }
    }
    for (quint64 id : toFlush) {
        QMetaObject::invokeMethod(
            this, [this, id] { flushSubscription(id); }, Qt::QueuedConnection);
    }
    return records.size();
}

QFuture<Result<qint64>> MemoryLogStore::append(const QList<LogRecord> &records)
{
    if (m_state->readOnly) {
        return QtFuture::makeReadyFuture(Result<qint64>(
            fail(ErrorCode::Unsupported, QStringLiteral("Opened files cannot be appended to."),
                 QStringLiteral("append"))));
    }
    return QtConcurrent::run(&m_pool, [this, records]() -> Result<qint64> {
        return commit(records);
    });
}

void MemoryLogStore::flushSubscription(quint64 subscriptionId)
{
    QList<LogRecord> batch;
    {
        QMutexLocker lock(&m_state->mutex);
        const auto it = m_state->subscriptions.find(subscriptionId);
        if (it == m_state->subscriptions.end())
            return;
        batch.swap(it->second.pending);
    }
    const QPointer<LogSubscription> subscriber = m_subscribers.value(subscriptionId);
    if (subscriber && !batch.isEmpty())
        Q_EMIT subscriber->recordsArrived(batch);
}

QFuture<Result<LogPage>> MemoryLogStore::search(const LogQuery &query)
{
    return QtConcurrent::run(&m_pool, [state = m_state, query]() -> Result<LogPage> {
        if (query.limit < 1) {
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("The page size must be at least 1."),
                        u"limit: %1"_s.arg(query.limit));
        }
        const QDateTime to = query.to.isValid() ? query.to : QDateTime::currentDateTimeUtc();
        if (query.from.isValid() && query.from > to) {
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("The time range ends before it starts."),
                        QStringLiteral("from is after to"));
        }
        std::optional<SortKey> after;
        if (!query.cursor.isEmpty()) {
            after = decodeCursor(query.cursor);
            if (!after) {
                return fail(ErrorCode::InvalidArgument,
                            QStringLiteral("The page cursor is not valid."),
                            u"cursor: %1"_s.arg(query.cursor));
            }
        }
        const auto parsed = parseQuery(query.text);
        if (!parsed)
            return parsed.error();

        QList<LogRecord> matches;
        {
            QMutexLocker lock(&state->mutex);
            for (const LogRecord &record : std::as_const(state->records)) {
                if (query.from.isValid() && record.timestamp < query.from)
                    continue;
                if (record.timestamp >= to)
                    continue;
                if (parsed->matches(record))
                    matches.append(record);
            }
        }
        std::sort(matches.begin(), matches.end(),
                  [](const LogRecord &a, const LogRecord &b) { return keyOf(a) > keyOf(b); });

        LogPage page;
        page.total = matches.size();
        page.to = to;
        page.from = query.from.isValid() ? query.from
                    : matches.isEmpty()  ? to
                                         : matches.constLast().timestamp;
        if (query.histogramBuckets > 0) {
            const qint64 fromMs = page.from.toMSecsSinceEpoch();
            const qint64 span = std::max<qint64>(1, to.toMSecsSinceEpoch() - fromMs);
            page.bucketMs = std::max<qint64>(1, (span + query.histogramBuckets - 1)
                                                    / query.histogramBuckets);
            page.histogram.fill(0, (span + page.bucketMs - 1) / page.bucketMs);
            for (const LogRecord &r : std::as_const(matches)) {
                const qint64 bucket = (r.timestamp.toMSecsSinceEpoch() - fromMs) / page.bucketMs;
                if (bucket >= 0 && bucket < page.histogram.size())
                    ++page.histogram[bucket];
            }
        }
        if (query.countOnly)
            return page;
        const int limit = std::min(query.limit, kMaxLimit);
        auto it = matches.cbegin();
        if (after)
            it = std::find_if(it, matches.cend(),
                              [&](const LogRecord &r) { return keyOf(r) < *after; });
        for (; it != matches.cend() && page.records.size() < limit; ++it)
            page.records.append(*it);
        if (it != matches.cend())
            page.nextCursor = encodeCursor(keyOf(page.records.constLast()));
        return page;
    });
}

std::unique_ptr<LogSubscription> MemoryLogStore::subscribe(const QString &query)
{
    auto subscription = std::make_unique<LogSubscription>();
    auto parsed = parseQuery(query);
    if (!parsed) {
        // Reported from the event loop: nobody can be connected yet.
        QMetaObject::invokeMethod(
            subscription.get(),
            [subscriber = subscription.get(), error = parsed.error()] {
                Q_EMIT subscriber->failed(error);
            },
            Qt::QueuedConnection);
        return subscription;
    }
    quint64 id = 0;
    {
        QMutexLocker lock(&m_state->mutex);
        id = m_state->nextSubscriptionId++;
        m_state->subscriptions.emplace(id, State::Subscription{std::move(*parsed), {}});
    }
    m_subscribers.insert(id, subscription.get());
    connect(subscription.get(), &QObject::destroyed, this, [this, id] {
        m_subscribers.remove(id);
        QMutexLocker lock(&m_state->mutex);
        m_state->subscriptions.erase(id);
    });
    return subscription;
}

QFuture<Result<QList<LogRecord>>> MemoryLogStore::context(qint64 recordId, int before, int after)
{
    return QtConcurrent::run(&m_pool, [state = m_state, recordId, before,
                                       after]() -> Result<QList<LogRecord>> {
        if (before < 0 || after < 0) {
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("The context size cannot be negative."),
                        u"before %1, after %2"_s.arg(before).arg(after));
        }
        QMutexLocker lock(&state->mutex);
        const auto it = std::find_if(state->records.cbegin(), state->records.cend(),
                                     [recordId](const LogRecord &r) { return r.id == recordId; });
        if (it == state->records.cend()) {
            return fail(ErrorCode::NotFound, QStringLiteral("The log record does not exist."),
                        u"id %1"_s.arg(recordId));
        }
        const QString source = it->source;
        QList<LogRecord> earlier;
        for (auto back = it; back != state->records.cbegin() && earlier.size() < before;) {
            --back;
            if (back->source == source)
                earlier.prepend(*back);
        }
        QList<LogRecord> out = earlier;
        out.append(*it);
        int later = 0;
        for (auto next = it + 1; next != state->records.cend() && later < after; ++next) {
            if (next->source == source) {
                out.append(*next);
                ++later;
            }
        }
        return out;
    });
}

QFuture<Result<Backend::LogStoreStats>> MemoryLogStore::stats()
{
    return QtConcurrent::run(&m_pool, [state = m_state]() -> Result<Backend::LogStoreStats> {
        Backend::LogTierStats tier;
        tier.tier = QStringLiteral("memory");
        QSet<QDate> days;
        QMutexLocker lock(&state->mutex);
        for (const LogRecord &r : std::as_const(state->records)) {
            ++tier.records;
            tier.rawBytes += r.message.toUtf8().size() + 1;
            const QDate day = r.timestamp.toUTC().date();
            days.insert(day);
            if (!tier.oldest.isValid() || day < tier.oldest)
                tier.oldest = day;
            if (!tier.newest.isValid() || day > tier.newest)
                tier.newest = day;
        }
        tier.partitions = days.size();
        Backend::LogStoreStats stats;
        stats.tiers.append(tier);
        return stats;
    });
}

QFuture<Result<QStringList>> MemoryLogStore::fieldNames()
{
    return QtConcurrent::run(&m_pool, [state = m_state]() -> Result<QStringList> {
        QSet<QString> names{u"host"_s, u"service"_s, u"level"_s, u"source"_s};
        QMutexLocker lock(&state->mutex);
        for (const LogRecord &r : std::as_const(state->records)) {
            for (auto it = r.fields.cbegin(); it != r.fields.cend(); ++it)
                names.insert(it.key());
        }
        QStringList out(names.cbegin(), names.cend());
        out.sort(Qt::CaseInsensitive);
        return out;
    });
}

namespace {

QStringList filesBelow(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        if (QFileInfo(path).isDir()) {
            QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
            QStringList found;
            while (it.hasNext())
                found.append(it.next());
            found.sort();
            files += found;
        } else {
            files.append(path);
        }
    }
    return files;
}

// Reads \a path as records; joins indented lines to the record before them
// when \a indent. Calls \a batch with at most 1000 records at a time and
// \a progress with the bytes read so far; stops when \a cancelled().
Result<> readRecords(const QString &path, const LogIngestRequest &request,
                     const std::function<bool(QList<LogRecord> &&)> &batch,
                     const std::function<void(qint64)> &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::NotFound, QStringLiteral("The log file cannot be read."),
                    u"%1: %2"_s.arg(path, file.errorString()));
    }
    const bool indent = request.multiline == u"indent";
    QList<LogRecord> pending;
    while (!file.atEnd()) {
        QByteArray bytes = file.readLine();
        while (bytes.endsWith('\n') || bytes.endsWith('\r'))
            bytes.chop(1);
        const QString line = QString::fromUtf8(bytes);
        if (indent && !pending.isEmpty() && !line.isEmpty() && line.front().isSpace()) {
            pending.last().message += u'\n' + line;
            continue;
        }
        if (line.isEmpty())
            continue;
        LogRecord record = MemoryLogStore::parseLine(line);
        record.source = path;
        if (!request.service.isEmpty())
            record.service = request.service;
        if (!request.host.isEmpty())
            record.host = request.host;
        if (pending.size() >= 1000) {
            if (!batch(std::exchange(pending, {})))
                return {};
            progress(file.pos());
        }
        pending.append(record);
    }
    if (!pending.isEmpty())
        batch(std::move(pending));
    progress(file.size());
    return {};
}

} // namespace

QFuture<Result<qint64>> MemoryLogStore::ingestFiles(const LogIngestRequest &request)
{
    if (m_state->readOnly) {
        return QtFuture::makeReadyFuture(Result<qint64>(
            fail(ErrorCode::Unsupported, QStringLiteral("Opened files cannot be appended to."),
                 QStringLiteral("ingestFiles"))));
    }
    return QtConcurrent::run(&m_pool, [this, request](QPromise<Result<qint64>> &promise) {
        const QStringList files = filesBelow(request.paths);
        qint64 totalBytes = 0;
        for (const QString &f : files)
            totalBytes += QFileInfo(f).size();
        // Progress is an int: count KiB for big inputs.
        const qint64 unit = totalBytes > std::numeric_limits<int>::max() / 2 ? 1024 : 1;
        promise.setProgressRange(0, int(totalBytes / unit));
        qint64 committed = 0;
        qint64 doneBytes = 0;
        for (const QString &path : files) {
            const auto read = readRecords(
                path, request,
                [&](QList<LogRecord> &&records) {
                    if (promise.isCanceled())
                        return false;
                    committed += commit(std::move(records));
                    return true;
                },
                [&](qint64 bytes) { promise.setProgressValue(int((doneBytes + bytes) / unit)); });
            if (!read) {
                promise.addResult(Result<qint64>(read.error()));
                return;
            }
            if (promise.isCanceled())
                return;
            doneBytes += QFileInfo(path).size();
        }
        promise.addResult(Result<qint64>(committed));
    });
}

Result<std::unique_ptr<Backend::ILogStore>> MemoryLogStore::openFiles(const QStringList &paths)
{
    if (paths.isEmpty()) {
        return fail(ErrorCode::InvalidArgument, QStringLiteral("No files to open."),
                    QStringLiteral("paths"));
    }
    const QStringList files = filesBelow(paths);
    auto opened = std::make_unique<MemoryLogStore>(
        u"%1 (opened)"_s.arg(QFileInfo(paths.first()).fileName()));
    QList<LogRecord> all;
    for (const QString &path : files) {
        const auto read = readRecords(
            path, {},
            [&all](QList<LogRecord> &&records) {
                all += records;
                return true;
            },
            [](qint64) {});
        if (!read)
            return read.error();
    }
    // Several files merge by time, as the real store does; ids follow that order.
    const auto when = [](const LogRecord &r) {
        return r.timestamp.isValid() ? r.timestamp.toMSecsSinceEpoch()
                                     : std::numeric_limits<qint64>::max();
    };
    std::stable_sort(all.begin(), all.end(),
                     [&when](const LogRecord &a, const LogRecord &b) { return when(a) < when(b); });
    opened->commit(all);
    opened->m_state->readOnly = true;
    return std::unique_ptr<Backend::ILogStore>(std::move(opened));
}

LogRecord MemoryLogStore::parseLine(const QString &line)
{
    LogRecord record;
    record.message = line;
    if (line.startsWith(u'{')) {
        const QJsonObject object = QJsonDocument::fromJson(line.toUtf8()).object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = it.key();
            const QString value = it.value().toVariant().toString();
            if (key == u"time" || key == u"ts" || key == u"timestamp")
                record.timestamp = QDateTime::fromString(value, Qt::ISODateWithMs);
            else if (key == u"level" || key == u"severity")
                record.level = Backend::logLevelFromName(value);
            else if (key == u"host")
                record.host = value;
            else if (key == u"service")
                record.service = value;
            else if (key != u"msg" && key != u"message")
                record.fields.insert(key, value);
        }
        return record;
    }
    static const QRegularExpression head(
        uR"(^(\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?)\s*)"_s);
    qsizetype rest = 0;
    if (const auto m = head.match(line); m.hasMatch()) {
        QString stamp = m.captured(1);
        stamp.replace(10, 1, u'T');
        record.timestamp = QDateTime::fromString(stamp, Qt::ISODateWithMs);
        if (record.timestamp.isValid() && record.timestamp.timeSpec() == Qt::LocalTime)
            record.timestamp.setTimeZone(QTimeZone::utc());
        rest = m.capturedEnd(0);
    }
    const QStringList words = line.mid(rest).split(u' ', Qt::SkipEmptyParts);
    if (!words.isEmpty()) {
        QString first = words.first();
        first.remove(u'[').remove(u']').remove(u':');
        record.level = Backend::logLevelFromName(first);
    }
    for (const QString &word : words) {
        const qsizetype eq = word.indexOf(u'=');
        if (eq > 0 && isFieldName(QStringView(word).left(eq)))
            record.fields.insert(word.left(eq), word.mid(eq + 1).remove(u'"'));
    }
    return record;
}

} // namespace OpsDeck::Test
