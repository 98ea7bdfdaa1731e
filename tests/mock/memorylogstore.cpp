// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "memorylogstore.h"

#include "mockhealth.h"

#include <QMutex>
#include <QMutexLocker>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace OpsDeck::Test {

using Backend::LogLevel;
using Backend::LogPage;
using Backend::LogQuery;
using Backend::LogRecord;
using Backend::LogSubscription;

namespace {

constexpr int kMaxLimit = 10000;

struct Term
{
    enum class Kind { Text, Host, Service, Level };
    Kind kind = Kind::Text;
    QString text;
    LogLevel level = LogLevel::Unknown;

    bool matches(const LogRecord &record) const
    {
        switch (kind) {
        case Kind::Text: return record.message.contains(text, Qt::CaseInsensitive);
        case Kind::Host: return record.host.compare(text, Qt::CaseInsensitive) == 0;
        case Kind::Service: return record.service.compare(text, Qt::CaseInsensitive) == 0;
        case Kind::Level: return record.level == level;
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

Result<ParsedQuery> parseQuery(const QString &text)
{
    ParsedQuery query;
    qsizetype pos = 0;
    while (pos < text.size()) {
        if (text.at(pos).isSpace()) {
            ++pos;
            continue;
        }
        if (text.at(pos) == u'"') {
            auto phrase = readQuoted(text, pos);
            if (!phrase)
                return phrase.error();
            if (!phrase->isEmpty())
                query.terms.append(Term{Term::Kind::Text, *phrase, LogLevel::Unknown});
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
        if (kind == Term::Kind::Text) {
            query.terms.append(Term{kind, word, LogLevel::Unknown});
            continue;
        }

        const qsizetype valueStart = start + colon + 1;
        QString value;
        if (valueStart < text.size() && text.at(valueStart) == u'"') {
            pos = valueStart;
            auto quoted = readQuoted(text, pos);
            if (!quoted)
                return quoted.error();
            value = *quoted;
        } else {
            value = text.mid(valueStart, pos - valueStart);
        }
        if (value.isEmpty())
            return parseError(valueStart, u"expected a value after \"%1:\""_s.arg(field));
        Term term{kind, value, LogLevel::Unknown};
        if (kind == Term::Kind::Level) {
            term.level = Backend::logLevelFromName(value);
            if (term.level == LogLevel::Unknown
                && value.compare(u"unknown", Qt::CaseInsensitive) != 0)
                return parseError(valueStart, u"unknown level \"%1\""_s.arg(value));
        }
        query.terms.append(term);
    }
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

QFuture<Result<qint64>> MemoryLogStore::append(const QList<LogRecord> &records)
{
    return QtConcurrent::run(&m_pool, [this, records]() -> Result<qint64> {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<quint64> toFlush;
        {
            QMutexLocker lock(&m_state->mutex);
            for (LogRecord record : records) {
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
        return qint64(records.size());
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

} // namespace OpsDeck::Test
