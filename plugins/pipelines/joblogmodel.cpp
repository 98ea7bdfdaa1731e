// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "joblogmodel.h"

#include "asyncresult.h"

#include <limits>

namespace OpsDeck::Pipelines::Internal {

JobLogModel::JobLogModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

JobLogModel::~JobLogModel()
{
    // One read of the QPointer: it is checked and used as the same value.
    if (Backend::IPipelineEngine *engine = m_engine.data(); engine && m_following && m_jobId)
        engine->followLog(m_jobId, false);
}

void JobLogModel::setEngine(Backend::IPipelineEngine *engine)
{
    if (engine == m_engine)
        return;
    setJob(0, false);
    disconnect(m_linesConnection);
    m_engine = engine;
    if (m_engine)
        m_linesConnection = connect(m_engine, &Backend::IPipelineEngine::logLines, this, &JobLogModel::onLogLines);
}

void JobLogModel::setJob(qint64 jobId, bool follow)
{
    if (Backend::IPipelineEngine *engine = m_engine.data(); engine && m_following && m_jobId)
        engine->followLog(m_jobId, false);
    beginResetModel();
    ++m_generation;
    m_jobId = jobId;
    m_rows = 0;
    m_windows.clear();
    m_pending.clear();
    m_finished = false;
    m_loaded = false;
    m_following = false;
    m_reads = 0;
    m_longest = 0;
    endResetModel();
    if (!m_engine || jobId == 0)
        return;
    // Follow first, then read: a line written in between arrives through
    // logLines() and is merged, instead of falling into a gap.
    setFollowing(follow);
    requestWindow(0);
}

void JobLogModel::setFollowing(bool follow)
{
    if (follow == m_following)
        return;
    m_following = follow;
    if (Backend::IPipelineEngine *engine = m_engine.data(); engine && m_jobId)
        engine->followLog(m_jobId, follow);
}

int JobLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows);
}

const Backend::LogLine *JobLogModel::line(qint64 row, const AnsiLine **parsed) const
{
    const qint64 w = row / kWindow;
    // contains() and operator[] rather than iterators: GCC's -O2 flow
    // analysis cannot see that a checked iterator is not end().
    if (!m_windows.contains(w)) {
        requestWindow(w);
        return nullptr;
    }
    Window &window = m_windows[w];
    window.lastUse = ++m_clock;
    const qint64 offset = row - w * kWindow;
    if (offset >= window.lines.size()) {
        // The window was read while the log was shorter: read it again.
        requestWindow(w);
        return nullptr;
    }
    if (parsed) {
        if (window.parsed.size() != window.lines.size()) {
            window.parsed.resize(window.lines.size());
            window.parsedValid.resize(window.lines.size());
        }
        if (!window.parsedValid.at(offset)) {
            window.parsed[offset] = parseAnsi(window.lines.at(offset).text);
            window.parsedValid[offset] = true;
        }
        *parsed = &window.parsed.at(offset);
    }
    return &window.lines.at(offset);
}

QVariant JobLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    const qint64 row = index.row();
    if (role == LineIndexRole)
        return row;
    const AnsiLine *parsed = nullptr;
    const bool wantsParsed = role == Qt::DisplayRole || role == SpansRole;
    const Backend::LogLine *l = line(row, wantsParsed ? &parsed : nullptr);
    if (role == LoadedRole)
        return l != nullptr;
    if (!l)
        return {};
    switch (role) {
    case Qt::DisplayRole: return parsed->text;
    case SpansRole: return QVariant::fromValue(parsed->spans);
    case StreamRole: return int(l->stream);
    case TimeRole: return l->timeMs;
    default: break;
    }
    return {};
}

void JobLogModel::requestWindow(qint64 window) const
{
    if (!m_engine || m_jobId == 0 || m_pending.contains(window))
        return;
    // A window read while the log was shorter (or cut short by the engine's
    // own chunk limit) continues where it ends instead of starting over.
    const qint64 have = m_windows.contains(window) ? m_windows[window].lines.size() : 0;
    if (have >= kWindow)
        return;
    m_pending.insert(window);
    ++m_reads;
    auto *self = const_cast<JobLogModel *>(this); // data() is const; the cache is not
    const quint64 generation = m_generation;
    const qint64 from = window * kWindow + have;
    whenFinished(self, m_engine->readLog(m_jobId, from, int(kWindow - have)),
                 [self, generation, window](const Result<Backend::LogChunk> &chunk) {
                     self->onWindow(generation, window, chunk);
                 });
}

void JobLogModel::onWindow(quint64 generation, qint64 window, const Result<Backend::LogChunk> &chunk)
{
    if (generation != m_generation)
        return; // an answer for a job we no longer show
    m_pending.remove(window);
    if (!chunk) {
        Q_EMIT failed(errorText(chunk.error()));
        return;
    }
    if (!m_windows.contains(window))
        m_windows.insert(window, Window{{}, {}, {}, ++m_clock});
    Window &cached = m_windows[window];
    const qint64 start = window * kWindow;
    qint64 added = 0;
    // Lines that arrived through logLines() meanwhile may already cover part
    // of the answer: take only what continues the window.
    for (const Backend::LogLine &l : chunk->lines) {
        if (l.index != start + cached.lines.size() || cached.lines.size() >= kWindow)
            continue;
        cached.lines.append(l);
        ++added;
    }
    const qint64 filled = cached.lines.size();
    measure(chunk->lines);
    m_finished = chunk->finished;
    const bool first = !m_loaded;
    m_loaded = true;
    growTo(chunk->totalLines);
    if (added > 0) {
        const qint64 firstRow = start + filled - added;
        const qint64 lastRow = std::min<qint64>(m_rows, start + filled) - 1;
        if (lastRow >= firstRow)
            Q_EMIT dataChanged(index(int(firstRow)), index(int(lastRow)));
    }
    evict();
    if (first)
        Q_EMIT loaded();
}

void JobLogModel::onLogLines(qint64 jobId, const QList<Backend::LogLine> &lines)
{
    if (jobId != m_jobId || lines.isEmpty())
        return;
    qint64 top = m_rows;
    for (const Backend::LogLine &l : lines) {
        top = std::max(top, l.index + 1);
        const qint64 w = l.index / kWindow;
        if (!m_windows.contains(w)) {
            if (l.index % kWindow != 0)
                continue; // the window is not cached: it is read when shown
            m_windows.insert(w, Window{{}, {}, {}, ++m_clock});
        }
        Window &window = m_windows[w];
        if (window.lines.size() == l.index - w * kWindow)
            window.lines.append(l); // contiguous: extend the cached window
    }
    measure(lines);
    growTo(top);
}

void JobLogModel::growTo(qint64 rows)
{
    // QAbstractItemView counts rows in int: a log past 2^31 lines shows its start.
    rows = std::min<qint64>(rows, std::numeric_limits<int>::max());
    if (rows <= m_rows)
        return;
    beginInsertRows({}, int(m_rows), int(rows - 1));
    m_rows = rows;
    endInsertRows();
}

void JobLogModel::measure(const QList<Backend::LogLine> &lines)
{
    int longest = m_longest;
    for (const Backend::LogLine &l : lines)
        longest = std::max(longest, int(l.text.size()));
    if (longest > m_longest) {
        m_longest = longest;
        Q_EMIT longestLineChanged(longest);
    }
}

void JobLogModel::evict()
{
    while (m_windows.size() > kMaxWindows) {
        qint64 oldest = -1;
        quint64 oldestUse = std::numeric_limits<quint64>::max();
        for (auto it = m_windows.cbegin(); it != m_windows.cend(); ++it) {
            if (it.value().lastUse < oldestUse) {
                oldestUse = it.value().lastUse;
                oldest = it.key();
            }
        }
        m_windows.remove(oldest);
    }
}

} // namespace OpsDeck::Pipelines::Internal
