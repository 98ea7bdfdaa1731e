// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// How the store answers a search: the first screen from the files' ends
// while the index is being built, then matches over the index (cached for
// paging), merged newest first, as LogPage with a cursor and a histogram.
#include "rawfiletr.h"
#include "storestate.h"
#include "tail.h"

#include <QFile>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <numeric>

namespace OpsDeck::Logs::RawFile {

using namespace Qt::StringLiterals;
using Backend::LogPage;
using Backend::LogQuery;
using Backend::LogRecord;

namespace {

constexpr std::size_t kCacheEntries = 4;
constexpr std::size_t kCacheBytes = 64u << 20;

QString encodeCursor(const QString &tag, const MergeKey &k)
{
    const QString text = u"%1:%2:%3:%4"_s.arg(tag).arg(k.ts).arg(k.slot).arg(k.offset);
    return QString::fromLatin1(
        text.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<MergeKey> decodeCursor(const QString &tag, const QString &text)
{
    const QByteArray raw = QByteArray::fromBase64(text.toLatin1(), QByteArray::Base64UrlEncoding);
    const QStringList parts = QString::fromUtf8(raw).split(u':');
    if (parts.size() != 4 || parts[0] != tag)
        return std::nullopt;
    bool ok1 = false, ok2 = false, ok3 = false;
    MergeKey k;
    k.ts = parts[1].toLongLong(&ok1);
    k.slot = parts[2].toInt(&ok2);
    k.offset = parts[3].toULongLong(&ok3);
    if (!ok1 || !ok2 || !ok3 || k.slot < 0)
        return std::nullopt;
    return k;
}

} // namespace

Error parseError(const QueryError &e)
{
    return fail(ErrorCode::Parse,
                RawFileTr::tr("The query has a syntax error at column %1.").arg(e.column),
                u"1:%1: %2"_s.arg(e.column).arg(fromStd(e.detail)));
}

Error cancelledError()
{
    return fail(ErrorCode::Cancelled, RawFileTr::tr("The files were closed."),
                QStringLiteral("store closed"));
}

QString decodePath(const std::string &path)
{
    return QFile::decodeName(QByteArray::fromStdString(path));
}

QString fromStd(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

void StoreState::whenIndexed(Pending task)
{
    std::unique_lock lock(mutex);
    if (cancelled()) {
        lock.unlock();
        task.cancel();
        return;
    }
    if (!indexed) {
        pending.push_back(std::move(task));
        return;
    }
    lock.unlock();
    pool->start(std::move(task.run));
}

std::vector<std::shared_ptr<const FileView>> StoreState::snapshot(std::uint64_t *gen) const
{
    std::lock_guard lock(mutex);
    if (gen)
        *gen = generation;
    return views;
}

Parallel poolParallel(QThreadPool *pool)
{
    return [pool](std::size_t n, const std::function<void(std::size_t)> &task) {
        if (n <= 1) {
            for (std::size_t i = 0; i < n; ++i)
                task(i);
            return;
        }
        std::vector<std::size_t> items(n);
        std::iota(items.begin(), items.end(), std::size_t(0));
        // blockingMap runs items on the calling thread too, so a pool thread waiting here never
        // deadlocks.
        QtConcurrent::blockingMap(pool, items, [&task](const std::size_t &i) { task(i); });
    };
}

LogRecord makeRecord(int slot, const std::string &path, std::string_view text, std::uint64_t offset,
                     std::int64_t ts, const StoreState &state)
{
    LogRecord r;
    r.id = static_cast<qint64>((std::uint64_t(slot) << kOffsetBits) | (offset & kOffsetMask));
    r.timestamp = QDateTime::fromMSecsSinceEpoch(ts, QTimeZone::utc());
    r.ingestedAt = state.openedAt;
    const ParsedLine &parsed = parseLine(text, state.nowMs);
    r.host = fromStd(parsed.host);
    r.service = fromStd(parsed.service);
    r.level = static_cast<Backend::LogLevel>(parsed.level);
    r.source = decodePath(path);
    r.message = fromStd(text);
    for (const Field &f : parsed.fields)
        r.fields.insert(fromStd(f.key), fromStd(f.value));
    return r;
}

LogRecord makeRecord(const FileView &view, std::uint64_t line, const StoreState &state)
{
    return makeRecord(view.slot, view.path, view.text(line), view.start(line), view.ts(line),
                      state);
}

// --- search ----------------------------------------------------------------------

std::optional<LogPage> firstScreen(const StoreState &state, int limit)
{
    std::vector<TailSource> tails;
    {
        std::lock_guard lock(state.mutex);
        tails = state.tails;
    }
    struct Line
    {
        MergeKey key;
        std::size_t source = 0;
        std::uint64_t length = 0;
    };
    std::vector<Line> lines;
    bool more = false;
    for (std::size_t i = 0; i < tails.size(); ++i) {
        const TailSource &t = tails[i];
        if (!t.buffer) {
            more = true; // a gzip file still inflating: the indexed view will show it
            continue;
        }
        const auto tail = readTail(t.buffer->bytes(), static_cast<std::size_t>(limit), state.nowMs,
                                   t.fallbackTs);
        if (!tail)
            return std::nullopt;
        more = more || !tail->wholeFile;
        for (const TailLine &l : tail->lines)
            lines.push_back(Line{MergeKey{l.ts, t.slot, l.offset}, i, l.length});
    }
    std::sort(lines.begin(), lines.end(),
              [](const Line &a, const Line &b) { return b.key < a.key; });
    if (lines.size() > static_cast<std::size_t>(limit)) {
        lines.resize(static_cast<std::size_t>(limit));
        more = true;
    }
    LogPage page;
    page.total = -1; // unknown until the index is built
    for (const Line &l : lines) {
        const TailSource &t = tails[l.source];
        const std::string_view text = t.buffer->bytes().substr(l.key.offset, l.length);
        page.records.append(makeRecord(t.slot, t.path, text, l.key.offset, l.key.ts, state));
    }
    if (more && !lines.empty())
        page.nextCursor = encodeCursor(state.cursorTag, lines.back().key);
    return page;
}

Result<LogPage> indexedSearch(StoreState &state, const LogQuery &query)
{
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    auto compiled = CompiledSearch::compile(query.text.toStdString(), now);
    if (const auto *error = std::get_if<QueryError>(&compiled))
        return parseError(*error);
    const auto &search = *std::get<std::shared_ptr<const CompiledSearch>>(compiled);
    std::uint64_t generation = 0;
    const auto views = state.snapshot(&generation);

    // The default range is everything in the files: they are the user's, not the last 7 days.
    std::int64_t minTs = kNoTime;
    std::int64_t maxTs = kNoTime;
    for (const auto &v : views) {
        if (v->lines == 0)
            continue;
        minTs = minTs == kNoTime ? v->minTs : std::min(minTs, v->minTs);
        maxTs = maxTs == kNoTime ? v->maxTs : std::max(maxTs, v->maxTs);
    }
    if (minTs == kNoTime)
        minTs = maxTs = state.openedAt.toMSecsSinceEpoch();
    std::int64_t to = query.to.isValid() ? query.to.toMSecsSinceEpoch() : maxTs + 1;
    if (search.parsed().untilMs != kNoTime)
        to = search.parsed().untilMs;
    std::int64_t from = query.from.isValid() ? query.from.toMSecsSinceEpoch() : minTs;
    if (search.parsed().sinceMs != kNoTime)
        from = search.parsed().sinceMs;
    if (from > to) {
        return fail(ErrorCode::InvalidArgument,
                    RawFileTr::tr("The time range ends before it starts."),
                    QStringLiteral("from is after to"));
    }
    std::optional<MergeKey> cursor;
    if (!query.cursor.isEmpty()) {
        cursor = decodeCursor(state.cursorTag, query.cursor);
        if (!cursor) {
            return fail(ErrorCode::InvalidArgument, RawFileTr::tr("The page cursor is not valid."),
                        u"cursor: %1"_s.arg(query.cursor));
        }
    }

    const std::string key = query.text.trimmed().toStdString();
    std::shared_ptr<const MatchSet> matches;
    {
        std::lock_guard lock(state.mutex);
        for (auto it = state.cache.begin(); it != state.cache.end(); ++it) {
            if (it->text == key && it->fromMs == from && it->toMs == to
                && it->generation == generation) {
                matches = it->matches;
                CacheEntry hit = *it; // most recently used goes to the front
                state.cache.erase(it);
                state.cache.push_front(std::move(hit));
                break;
            }
        }
    }
    if (!matches) {
        auto found = findMatches(views, search, from, to, poolParallel(state.pool),
                                 state.cancel.get());
        if (!found)
            return cancelledError();
        auto computed = std::make_shared<const MatchSet>(std::move(*found));
        std::size_t bytes = 0;
        for (const auto &list : *computed)
            bytes += list.memoryBytes();
        if (bytes <= kCacheBytes) {
            std::lock_guard lock(state.mutex);
            state.cache.push_front(CacheEntry{key, from, to, generation, computed, bytes});
            std::size_t total = 0;
            std::size_t kept = 0;
            while (kept < state.cache.size() && kept < kCacheEntries
                   && total + state.cache[kept].bytes <= kCacheBytes) {
                total += state.cache[kept].bytes;
                ++kept;
            }
            state.cache.resize(std::max<std::size_t>(kept, 1));
        }
        matches = std::move(computed);
    }

    LogPage page;
    page.from = QDateTime::fromMSecsSinceEpoch(from, QTimeZone::utc());
    page.to = QDateTime::fromMSecsSinceEpoch(to, QTimeZone::utc());
    page.total = static_cast<qint64>(totalOf(*matches));
    if (query.histogramBuckets > 0) {
        std::int64_t bucketMs = 0;
        for (const auto c :
             histogram(*matches, from, to, std::min(query.histogramBuckets, 2000), bucketMs))
            page.histogram.append(static_cast<qint64>(c));
        page.bucketMs = bucketMs;
    }
    if (query.countOnly)
        return page;
    bool more = false;
    const auto hits = mergePage(
        *matches, cursor, static_cast<std::size_t>(std::clamp(query.limit, 1, kMaxLimit)), more);
    page.records.reserve(static_cast<qsizetype>(hits.size()));
    for (const Hit &hit : hits)
        page.records.append(makeRecord(*hit.file, hit.line, state));
    if (more && !hits.empty())
        page.nextCursor = encodeCursor(state.cursorTag, hits.back().key);
    return page;
}

} // namespace OpsDeck::Logs::RawFile
