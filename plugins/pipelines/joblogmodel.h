// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ansi.h"

#include <opsdeck/api/pipelineengine.h>

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QSet>

namespace OpsDeck::Pipelines::Internal {

/**
 * One job's log as a virtual list: rowCount() is the log's line count, and
 * data() answers from a cache of 5,000-line windows that it fills with
 * readLog() on demand. A million-line log therefore opens with one read of
 * the first window, and scrolling reads only the windows that come into
 * view; at most kMaxWindows stay cached. While following, lines from the
 * engine's logLines() are appended with beginInsertRows().
 */
class JobLogModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        SpansRole = Qt::UserRole + 1, ///< QList<AnsiSpan> over DisplayRole's text
        StreamRole,                   ///< int(Backend::LogLine::Stream)
        TimeRole,                     ///< qint64 ms since the epoch
        LineIndexRole,                ///< qint64, from 0
        LoadedRole,                   ///< false while the line's window is being read
    };
    static constexpr int kWindow = 5000;
    static constexpr int kMaxWindows = 16;

    explicit JobLogModel(QObject *parent = nullptr);
    ~JobLogModel() override;

    /** The engine to read from; nullptr detaches (clears the model). */
    void setEngine(Backend::IPipelineEngine *engine);
    /** Shows job \a jobId (0: nothing); with \a follow, new lines stream in. */
    void setJob(qint64 jobId, bool follow);
    qint64 jobId() const { return m_jobId; }
    /** Starts or stops streaming new lines of the current job. */
    void setFollowing(bool follow);
    bool isFollowing() const { return m_following; }
    /** True once the engine said no more lines will come. */
    bool isFinished() const { return m_finished; }
    /** True once the first window arrived (the line count is known). */
    bool isLoaded() const { return m_loaded; }
    /** The longest line read so far, in bytes (escapes included: a little generous). */
    int longestLine() const { return m_longest; }
    /** Windows read from the engine since setJob() (for tests and the bench). */
    int windowReads() const { return m_reads; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /** The first window of the job arrived. */
    void loaded();
    /** A line longer than any before was read: the view may need to scroll further. */
    void longestLineChanged(int bytes);
    /** Reading the log failed; \a message says why. */
    void failed(const QString &message);

private:
    struct Window
    {
        QList<Backend::LogLine> lines;
        mutable QList<AnsiLine> parsed;   // filled lazily, same length as lines when used
        mutable QList<bool> parsedValid;
        quint64 lastUse = 0;
    };
    const Backend::LogLine *line(qint64 row, const AnsiLine **parsed) const;
    void requestWindow(qint64 window) const;
    void onWindow(quint64 generation, qint64 window, const Result<Backend::LogChunk> &chunk);
    void onLogLines(qint64 jobId, const QList<Backend::LogLine> &lines);
    void growTo(qint64 rows);
    void evict();
    void measure(const QList<Backend::LogLine> &lines);

    QPointer<Backend::IPipelineEngine> m_engine;
    qint64 m_jobId = 0;
    quint64 m_generation = 0;   // results of an earlier job are dropped
    qint64 m_rows = 0;
    bool m_following = false;
    bool m_finished = false;
    bool m_loaded = false;
    mutable int m_reads = 0;
    int m_longest = 0;
    mutable quint64 m_clock = 0;
    mutable QHash<qint64, Window> m_windows;
    mutable QSet<qint64> m_pending;
    QMetaObject::Connection m_linesConnection;
};

} // namespace OpsDeck::Pipelines::Internal
