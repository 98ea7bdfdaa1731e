// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/logs/rawfilestore.h"

#include "filebuffer.h"
#include "indexer.h"
#include "rawfiletr.h"
#include "storestate.h"
#include "tail.h"

#include <opsdeck/reliability/health.h>

#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>

#include <sys/stat.h>

// Member functions spell OpsDeck::Logs::RawFileTr out in full: lupdate runs without include
// paths, does not see the class declaration and would file their strings under a context of
// their own otherwise.

namespace OpsDeck::Logs {

using namespace Qt::StringLiterals;
using Backend::LogPage;
using Backend::LogQuery;
using Backend::LogRecord;
using RawFile::FileView;
using RawFile::StoreState;

namespace RawFile {

namespace {

constexpr int kMaxContext = 10'000;
constexpr std::uint64_t kMaxFileBytes = std::uint64_t(1) << kOffsetBits;

std::string encodePath(const QString &path)
{
    return QFile::encodeName(path).toStdString();
}

/** Ready-made future for a value computed on the spot. */
template<typename T>
QFuture<Result<T>> ready(Result<T> value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

/** A future that \a work fulfils on the pool once the index is built. */
template<typename T>
QFuture<Result<T>> afterIndex(const std::shared_ptr<StoreState> &state,
                              std::function<Result<T>()> work)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    promise->start();
    QFuture<Result<T>> future = promise->future();
    state->whenIndexed(Pending{[promise, work] {
                                   promise->addResult(work());
                                   promise->finish();
                               },
                               [promise] {
                                   promise->addResult(Result<T>(cancelledError()));
                                   promise->finish();
                               }});
    return future;
}

// --- opening ---------------------------------------------------------------

struct Found
{
    std::vector<std::string> files;
    std::optional<Error> error;
};

Found expandPaths(const QStringList &paths)
{
    namespace fs = std::filesystem;
    Found found;
    for (const QString &p : paths) {
        const QFileInfo info(p);
        if (!info.exists()) {
            found.error = fail(ErrorCode::NotFound,
                               OpsDeck::Logs::RawFileTr::tr("No such file or folder: %1").arg(p),
                               p);
            return found;
        }
        const std::string path = encodePath(info.absoluteFilePath());
        if (!info.isDir()) {
            found.files.push_back(path);
            continue;
        }
        std::vector<std::string> below;
        std::error_code ec;
        for (auto it = fs::recursive_directory_iterator(
                 path, fs::directory_options::skip_permission_denied, ec);
             !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
            const std::string name = it->path().filename().string();
            if (!name.empty() && name[0] == '.') {
                if (it->is_directory(ec))
                    it.disable_recursion_pending();
                continue;
            }
            if (it->is_regular_file(ec))
                below.push_back(it->path().string());
        }
        std::sort(below.begin(), below.end());
        found.files.insert(found.files.end(), below.begin(), below.end());
    }
    return found;
}

} // namespace

} // namespace RawFile

// --- RawFileStore ------------------------------------------------------------------------

Result<std::unique_ptr<RawFileStore>> RawFileStore::open(const QStringList &paths)
{
    using namespace RawFile;
    if (paths.isEmpty())
        return fail(ErrorCode::InvalidArgument, OpsDeck::Logs::RawFileTr::tr("No files to open."),
                    QStringLiteral("paths"));
    const Found found = expandPaths(paths);
    if (found.error)
        return *found.error;

    auto state = std::make_shared<StoreState>();
    state->openedAt = QDateTime::currentDateTimeUtc();
    state->nowMs = state->openedAt.toMSecsSinceEpoch();
    state->cursorTag = QString::number(QRandomGenerator::global()->generate64() & 0xFFFFFFFFFFFFull,
                                       36);
    for (const std::string &path : found.files) {
        const QString shown = decodePath(path);
        struct stat st = {};
        if (::stat(path.c_str(), &st) != 0) {
            state->skipped.append(
                u"%1: %2"_s.arg(shown, QString::fromLocal8Bit(std::strerror(errno))));
            continue;
        }
        const auto size = static_cast<std::uint64_t>(st.st_size);
        if (size >= kMaxFileBytes) {
            state->skipped.append(u"%1: larger than 1 TiB"_s.arg(shown));
            continue;
        }
        auto view = std::make_shared<FileView>();
        view->path = path;
        view->diskBytes = size;
        view->device = static_cast<std::uint64_t>(st.st_dev);
        view->inode = static_cast<std::uint64_t>(st.st_ino);
        view->fallbackTs = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000
                           + st.st_mtim.tv_nsec / 1'000'000;
        std::string error;
        auto buffer = FileBuffer::map(path, size, error);
        if (!buffer) {
            state->skipped.append(u"%1: %2"_s.arg(shown, fromStd(error)));
            continue;
        }
        std::string_view head = buffer->bytes().substr(0, 4096);
        std::string inflatedHead;
        if (isGzip(head)) {
            view->gzip = true;
            if (!inflateGzip(path, inflatedHead, 4096, nullptr, error) && inflatedHead.empty()) {
                state->skipped.append(u"%1: %2"_s.arg(shown, fromStd(error)));
                continue;
            }
            head = inflatedHead;
            buffer.reset(); // inflated in the background
        }
        if (looksBinary(head)) {
            state->skipped.append(u"%1: binary content, not a log"_s.arg(shown));
            continue;
        }
        view->slot = state->nextSlot++;
        view->buffer = std::move(buffer);
        state->tails.push_back(TailSource{view->slot, path, view->fallbackTs, view->buffer});
        state->displayFiles.append(shown);
        state->opening.push_back(std::move(view)); // handed to the indexer, published when indexed
    }
    if (state->tails.empty()) {
        return fail(found.files.empty() ? ErrorCode::NotFound : ErrorCode::InvalidArgument,
                    OpsDeck::Logs::RawFileTr::tr("None of the files can be read as a log."),
                    found.files.empty() ? u"%1: no files"_s.arg(paths.join(u", "))
                                        : state->skipped.join(u"; "));
    }
    std::unique_ptr<RawFileStore> store(new RawFileStore(std::move(state)));
    store->startIndexing();
    return store;
}

RawFileStore::RawFileStore(std::shared_ptr<RawFile::StoreState> state)
    : m_state(std::move(state))
{
    const int threads = std::max(2, QThread::idealThreadCount());
    m_indexPool.setMaxThreadCount(threads);
    m_pool.setMaxThreadCount(threads);
    m_state->pool = &m_pool;
    m_followTimer.setInterval(250);
    connect(&m_followTimer, &QTimer::timeout, this, &RawFileStore::pollFollowedFiles);

    Reliability::HealthCheck check;
    check.name = QStringLiteral("raw-files");
    check.state = Reliability::HealthState::Healthy;
    const int files = static_cast<int>(m_state->tails.size());
    check.message = m_state->skipped.isEmpty()
                        ? OpsDeck::Logs::RawFileTr::tr("%n file(s) open", nullptr, files)
                        : OpsDeck::Logs::RawFileTr::tr("%n file(s) open, %1 skipped", nullptr,
                                                       files)
                              .arg(m_state->skipped.size());
    check.checkedAt = QDateTime::currentDateTimeUtc();
    setHealth(Reliability::HealthReport::fromChecks({check}));
}

RawFileStore::~RawFileStore()
{
    m_followTimer.stop();
    m_state->cancel->store(true);
    std::vector<RawFile::Pending> pending;
    {
        std::lock_guard lock(m_state->mutex);
        pending.swap(m_state->pending);
    }
    for (auto &p : pending)
        p.cancel();
    // The index tasks may still queue work on m_pool: join them first.
    m_indexPool.waitForDone();
    m_pool.waitForDone();
}

void RawFileStore::startIndexing()
{
    using namespace RawFile;
    std::vector<IndexInput> inputs;
    for (auto &v : m_state->opening)
        inputs.push_back(IndexInput{std::move(v)});
    m_state->opening.clear();
    const std::shared_ptr<StoreState> state = m_state;
    Indexer::Callbacks callbacks;
    callbacks.progress = [this](std::uint64_t done, std::uint64_t total) {
        // Posted to the owner's thread; the destructor joins the pool before the object goes.
        QMetaObject::invokeMethod(
            this,
            [this, done, total] {
                Q_EMIT indexingProgress(static_cast<qint64>(done), static_cast<qint64>(total));
            },
            Qt::QueuedConnection);
    };
    callbacks.inflated = [state](std::size_t file, std::shared_ptr<const FileBuffer> buffer) {
        std::lock_guard lock(state->mutex);
        state->tails[file].buffer = std::move(buffer);
    };
    callbacks.problem = [state](std::size_t file, const std::string &problem) {
        std::lock_guard lock(state->mutex);
        state->skipped.append(u"%1: %2 (kept what was read before)"_s.arg(
            decodePath(state->tails[file].path), fromStd(problem)));
    };
    callbacks.finished = [this, state](std::vector<std::shared_ptr<const FileView>> views) {
        std::vector<Pending> pending;
        {
            std::lock_guard lock(state->mutex);
            if (state->cancelled())
                return;
            state->views = std::move(views);
            state->indexed = true;
            ++state->generation;
            pending.swap(state->pending);
        }
        for (auto &p : pending)
            state->pool->start(std::move(p.run));
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT indexingFinished(); }, Qt::QueuedConnection);
    };
    Indexer::start(m_indexPool, std::move(inputs), m_state->nowMs, m_state->cancel,
                   std::move(callbacks));
}

QString RawFileStore::displayName() const
{
    const QStringList &files = m_state->displayFiles;
    if (files.size() == 1)
        return QFileInfo(files.front()).fileName();
    return OpsDeck::Logs::RawFileTr::tr("%n files", nullptr, static_cast<int>(files.size()));
}

QFuture<Result<qint64>> RawFileStore::append(const QList<LogRecord> &records)
{
    Q_UNUSED(records)
    return RawFile::ready<qint64>(fail(
        ErrorCode::Unsupported, OpsDeck::Logs::RawFileTr::tr("Opened log files are read-only."),
        QStringLiteral("read-only")));
}

QFuture<Result<LogPage>> RawFileStore::search(const LogQuery &query)
{
    using namespace RawFile;
    if (!query.countOnly && query.limit < 1) {
        return ready<LogPage>(
            fail(ErrorCode::InvalidArgument,
                 OpsDeck::Logs::RawFileTr::tr("The page size must be at least 1."),
                 u"limit: %1"_s.arg(query.limit)));
    }
    const std::shared_ptr<StoreState> state = m_state;
    bool indexed = false;
    {
        std::lock_guard lock(state->mutex);
        indexed = state->indexed;
    }
    const bool firstScreenQuery = query.text.trimmed().isEmpty() && query.cursor.isEmpty()
                                  && !query.countOnly && !query.from.isValid()
                                  && !query.to.isValid();
    if (indexed || !firstScreenQuery)
        return afterIndex<LogPage>(state, [state, query] { return indexedSearch(*state, query); });

    // The first screen: answer from the end of the files now; if that is not possible, wait.
    auto promise = std::make_shared<QPromise<Result<LogPage>>>();
    promise->start();
    QFuture<Result<LogPage>> future = promise->future();
    m_pool.start([state, query, promise] {
        if (auto page = firstScreen(*state, std::clamp(query.limit, 1, kMaxLimit))) {
            promise->addResult(Result<LogPage>(std::move(*page)));
            promise->finish();
            return;
        }
        state->whenIndexed(Pending{[state, query, promise] {
                                       promise->addResult(indexedSearch(*state, query));
                                       promise->finish();
                                   },
                                   [promise] {
                                       promise->addResult(Result<LogPage>(cancelledError()));
                                       promise->finish();
                                   }});
    });
    return future;
}

QFuture<Result<QList<LogRecord>>> RawFileStore::context(qint64 recordId, int before, int after)
{
    using namespace RawFile;
    if (before < 0 || after < 0 || before > kMaxContext || after > kMaxContext) {
        return ready<QList<LogRecord>>(
            fail(ErrorCode::InvalidArgument,
                 OpsDeck::Logs::RawFileTr::tr("Context must be between 0 and 10000 records."),
                 u"before: %1, after: %2"_s.arg(before).arg(after)));
    }
    const std::shared_ptr<StoreState> state = m_state;
    return afterIndex<QList<LogRecord>>(
        state, [state, recordId, before, after]() -> Result<QList<LogRecord>> {
            const auto id = static_cast<std::uint64_t>(recordId);
            const int slot = static_cast<int>(id >> kOffsetBits);
            const std::uint64_t offset = id & kOffsetMask;
            for (const auto &view : state->snapshot()) {
                if (view->slot != slot)
                    continue;
                const std::int64_t line = recordId >= 0 ? view->lineAt(offset) : -1;
                if (line < 0)
                    break;
                const auto first = static_cast<std::uint64_t>(
                    std::max<std::int64_t>(0, line - before));
                const std::uint64_t last = std::min<std::uint64_t>(
                    view->lines, static_cast<std::uint64_t>(line) + after + 1);
                QList<LogRecord> out;
                out.reserve(static_cast<qsizetype>(last - first));
                for (std::uint64_t l = first; l < last; ++l)
                    out.append(makeRecord(*view, l, *state));
                return out;
            }
            return fail(ErrorCode::NotFound,
                        OpsDeck::Logs::RawFileTr::tr("The record is not in these files."),
                        u"id: %1"_s.arg(recordId));
        });
}

QFuture<Result<Backend::LogStoreStats>> RawFileStore::stats()
{
    using namespace RawFile;
    const std::shared_ptr<StoreState> state = m_state;
    return afterIndex<Backend::LogStoreStats>(state, [state]() -> Result<Backend::LogStoreStats> {
        Backend::LogTierStats tier;
        tier.tier = QStringLiteral("files");
        std::int64_t minTs = kNoTime;
        std::int64_t maxTs = kNoTime;
        for (const auto &v : state->snapshot()) {
            ++tier.partitions;
            tier.records += static_cast<qint64>(v->lines);
            tier.rawBytes += static_cast<qint64>(v->buffer ? v->buffer->size() : 0);
            tier.diskBytes += static_cast<qint64>(v->diskBytes);
            if (v->lines > 0) {
                minTs = minTs == kNoTime ? v->minTs : std::min(minTs, v->minTs);
                maxTs = maxTs == kNoTime ? v->maxTs : std::max(maxTs, v->maxTs);
            }
        }
        if (minTs != kNoTime) {
            tier.oldest = QDateTime::fromMSecsSinceEpoch(minTs, QTimeZone::utc()).date();
            tier.newest = QDateTime::fromMSecsSinceEpoch(maxTs, QTimeZone::utc()).date();
        }
        Backend::LogStoreStats out;
        out.tiers.append(tier);
        return out;
    });
}

QFuture<Result<QStringList>> RawFileStore::fieldNames()
{
    using namespace RawFile;
    const std::shared_ptr<StoreState> state = m_state;
    return QtConcurrent::run(&m_pool, [state]() -> Result<QStringList> {
        constexpr int kSampleLines = 500;
        std::vector<TailSource> tails;
        {
            std::lock_guard lock(state->mutex);
            tails = state->tails;
        }
        std::set<std::string> keys;
        for (const TailSource &t : tails) {
            if (!t.buffer)
                continue;
            const std::string_view bytes = t.buffer->bytes();
            std::size_t pos = 0;
            for (int n = 0; n < kSampleLines && pos < bytes.size(); ++n) {
                const auto nl = bytes.find('\n', pos);
                const std::size_t end = nl == std::string_view::npos ? bytes.size() : nl;
                for (const Field &f : parseLine(bytes.substr(pos, end - pos), state->nowMs).fields)
                    keys.insert(f.key);
                pos = end + 1;
            }
        }
        QStringList names{QStringLiteral("host"), QStringLiteral("level"),
                          QStringLiteral("service"), QStringLiteral("source")};
        for (const std::string &k : keys) {
            const QString name = fromStd(k).toLower();
            if (!names.contains(name))
                names.append(name);
        }
        std::sort(names.begin() + 4, names.end());
        return names;
    });
}

Result<std::unique_ptr<Backend::ILogStore>> RawFileStore::openFiles(const QStringList &paths)
{
    auto store = open(paths);
    if (!store)
        return store.error();
    return std::unique_ptr<Backend::ILogStore>(std::move(*store));
}

QStringList RawFileStore::files() const
{
    return m_state->displayFiles;
}

QStringList RawFileStore::skippedFiles() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->skipped;
}

bool RawFileStore::isIndexed() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->indexed;
}

} // namespace OpsDeck::Logs

qint64 OpsDeck::Logs::RawFileStore::indexMemoryBytes() const
{
    qint64 total = 0;
    for (const auto &view : m_state->snapshot())
        total += static_cast<qint64>(view->indexBytes());
    return total;
}
