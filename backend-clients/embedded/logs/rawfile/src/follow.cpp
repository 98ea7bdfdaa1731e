// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// Following the opened files: a timer on the owner's thread polls their
// sizes every 250 ms, one pool task at a time maps what was appended, indexes
// it, matches the new complete lines against every subscription and posts
// the batches back to the owner's thread.
#include "opsdeck/logs/rawfilestore.h"

#include "indexer.h"
#include "storestate.h"

#include <QPointer>

#include <sys/stat.h>

namespace OpsDeck::Logs {

using Backend::LogRecord;

namespace RawFile {

/** Ends the subscription with its owner when it is destroyed. */
class RawSubscription final : public Backend::LogSubscription
{
public:
    RawSubscription(RawFileStore *store, quint64 id)
        : m_store(store)
        , m_id(id)
    {}
    ~RawSubscription() override
    {
        if (m_store)
            m_store->unsubscribe(m_id);
    }

private:
    QPointer<RawFileStore> m_store;
    quint64 m_id = 0;
};

namespace {

/** At most this many records per subscription and poll: a huge append keeps the newest. */
constexpr std::size_t kMaxBatch = 100'000;

struct Follower
{
    quint64 id = 0;
    std::shared_ptr<const CompiledSearch> search;
};

using Batches = QList<QPair<quint64, QList<LogRecord>>>;

std::int64_t mtimeMs(const struct stat &st)
{
    return static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1'000'000;
}

/** One poll over every followed file; publishes the new views and returns what matched. */
Batches followOnce(StoreState &state, const std::vector<Follower> &followers)
{
    std::vector<std::shared_ptr<const FileView>> views = state.snapshot();
    std::vector<std::vector<std::pair<const FileView *, std::uint64_t>>> matched(followers.size());
    bool changed = false;
    for (auto &current : views) {
        if (state.cancelled())
            return {};
        const FileView &old = *current;
        if (old.gzip)
            continue;
        struct stat st = {};
        if (::stat(old.path.c_str(), &st) != 0)
            continue; // rotated away: keep showing what we have until a new file appears
        const auto size = static_cast<std::uint64_t>(st.st_size);
        const std::uint64_t oldSize = old.buffer ? old.buffer->size() : 0;
        const bool replaced = static_cast<std::uint64_t>(st.st_ino) != old.inode
                              || static_cast<std::uint64_t>(st.st_dev) != old.device;
        if (!replaced && size == oldSize)
            continue;
        std::string error;
        auto buffer = FileBuffer::map(old.path, size, error);
        if (!buffer)
            continue;
        // Truncated and written past the old size between two polls: same inode, larger, but the
        // bytes we indexed last are not there any more.
        const std::uint64_t end = old.indexedEnd();
        const bool rewritten = !replaced && size >= end
                               && buffer->bytes().substr(end - old.endSample.size(),
                                                         old.endSample.size())
                                      != old.endSample;
        std::shared_ptr<FileView> next;
        std::uint64_t firstNew = 0;
        if (replaced || rewritten || size < oldSize) {
            // Truncated (copytruncate) or replaced (rotation): read it again under a new slot, so
            // ids of the old content never point into the new one.
            auto fresh = std::make_shared<FileView>();
            fresh->path = old.path;
            fresh->device = static_cast<std::uint64_t>(st.st_dev);
            fresh->inode = static_cast<std::uint64_t>(st.st_ino);
            fresh->fallbackTs = mtimeMs(st);
            {
                std::lock_guard lock(state.mutex);
                fresh->slot = state.nextSlot++;
            }
            fresh->buffer = std::move(buffer);
            next = Indexer::indexNow(std::move(fresh), state.nowMs, state.cancel.get());
            if (!next)
                return {};
        } else {
            next = extendView(old, std::move(buffer), state.nowMs, firstNew);
        }
        next->diskBytes = size;
        // Only complete lines are news; a partial last line is delivered once its '\n' arrives.
        const std::uint64_t complete = next->lines - (next->partialTail ? 1 : 0);
        for (std::uint64_t line = firstNew; line < complete; ++line) {
            const std::string_view text = next->text(line);
            for (std::size_t f = 0; f < followers.size(); ++f) {
                const CompiledSearch &search = *followers[f].search;
                RecordView record;
                record.message = text;
                record.source = next->path;
                if (search.needsParse()) {
                    const ParsedLine &parsed = parseLine(text, state.nowMs);
                    record.host = parsed.host;
                    record.service = parsed.service;
                    record.level = parsed.level;
                    record.fields = &parsed.fields;
                    if (!search.verify(record, false))
                        continue;
                } else if (!search.verify(record, false)) {
                    continue;
                }
                matched[f].emplace_back(next.get(), line);
            }
        }
        current = std::move(next);
        changed = true;
    }
    if (changed) {
        std::lock_guard lock(state.mutex);
        state.views = views;
        ++state.generation;
        state.cache.clear();
    }
    Batches batches;
    for (std::size_t f = 0; f < followers.size(); ++f) {
        const auto &lines = matched[f];
        if (lines.empty())
            continue;
        QList<LogRecord> records;
        const std::size_t skip = lines.size() > kMaxBatch ? lines.size() - kMaxBatch : 0;
        records.reserve(static_cast<qsizetype>(lines.size() - skip));
        for (std::size_t i = skip; i < lines.size(); ++i)
            records.append(makeRecord(*lines[i].first, lines[i].second, state));
        batches.append({followers[f].id, records});
    }
    return batches;
}

} // namespace

} // namespace RawFile

struct RawFileStore::Subscriber
{
    QPointer<RawFile::RawSubscription> subscription;
    std::shared_ptr<const RawFile::CompiledSearch> search;
};

std::unique_ptr<Backend::LogSubscription> RawFileStore::subscribe(const QString &query)
{
    using namespace RawFile;
    const quint64 id = m_nextSubscription++;
    auto subscription = std::make_unique<RawSubscription>(this, id);
    auto compiled = CompiledSearch::compile(query.toStdString(),
                                            QDateTime::currentMSecsSinceEpoch());
    if (const auto *e = std::get_if<QueryError>(&compiled)) {
        const Error error = parseError(*e);
        RawSubscription *target = subscription.get();
        QMetaObject::invokeMethod(
            target, [target, error] { Q_EMIT target->failed(error); }, Qt::QueuedConnection);
        return subscription;
    }
    auto subscriber = std::make_shared<Subscriber>();
    subscriber->subscription = subscription.get();
    subscriber->search = std::get<std::shared_ptr<const CompiledSearch>>(std::move(compiled));
    m_subscribers.insert(id, std::move(subscriber));
    if (!m_followTimer.isActive())
        m_followTimer.start();
    return subscription;
}

void RawFileStore::unsubscribe(quint64 id)
{
    m_subscribers.remove(id);
    if (m_subscribers.isEmpty())
        m_followTimer.stop();
}

void RawFileStore::pollFollowedFiles()
{
    using namespace RawFile;
    if (m_polling || m_subscribers.isEmpty() || !isIndexed())
        return;
    m_polling = true;
    std::vector<Follower> followers;
    for (auto it = m_subscribers.cbegin(); it != m_subscribers.cend(); ++it)
        followers.push_back(Follower{it.key(), it.value()->search});
    const std::shared_ptr<StoreState> state = m_state;
    m_pool.start([this, state, followers] {
        const Batches batches = followOnce(*state, followers);
        // The destructor joins m_pool, so `this` is alive here; the posted call dies with it.
        QMetaObject::invokeMethod(
            this,
            [this, batches] {
                m_polling = false;
                deliver(batches);
            },
            Qt::QueuedConnection);
    });
}

void RawFileStore::deliver(const QList<QPair<quint64, QList<LogRecord>>> &batches)
{
    for (const auto &[id, records] : batches) {
        const auto it = m_subscribers.constFind(id);
        if (it == m_subscribers.cend() || !it.value()->subscription)
            continue;
        Q_EMIT it.value()->subscription->recordsArrived(records);
    }
}

} // namespace OpsDeck::Logs
