// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "opsdeck/alerts/alertstate.h"

#include <opsdeck/api/result.h>

#include <QList>
#include <QMutex>
#include <QString>

#include <memory>

namespace OpsDeck::Alerts {

struct HistoryOptions
{
    /** The current file is rotated to history.1.jsonl when a line would take it past this size. */
    qint64 maxBytes = 4 * 1024 * 1024;
    /** How many rotated files are kept (history.1.jsonl … history.N.jsonl, 1 the newest). */
    int keepRotated = 3;
};

/** A damaged line found while opening or reading the history. */
struct HistoryProblem
{
    QString file;
    int line = 0;          ///< 1-based
    qint64 offset = 0;     ///< byte offset of the line
    bool tornTail = false; ///< the last line was cut short (a crash mid-write); it was cut off
    QString message;
};

/**
 * The alert history: `<workspace>/alerts/history.jsonl`, one JSON object per
 * line and per transition, append-only, rotated by size. A torn last line
 * (a crash in the middle of a write) is cut off at open() and reported;
 * a damaged line elsewhere is reported and skipped when reading, never
 * rewritten. Thread-safe: the evaluator appends from a worker thread.
 */
class AlertHistory
{
public:
    /** `<workspace>/alerts/history.jsonl`. */
    static QString historyPath(const QString &workspace);
    /** Opens (creating the folder) the history at \a path. */
    static Result<std::shared_ptr<AlertHistory>> open(const QString &path, HistoryOptions options = {});

    QString path() const;
    /** What open() found: a torn tail it cut off. */
    QList<HistoryProblem> openProblems() const;

    /** Appends one line per transition (rotating first when needed) and flushes. */
    Result<> append(const QList<Transition> &transitions);
    /**
     * Reads back the rotated files and the current one, oldest first, keeping
     * the newest \a limit entries (0: all). Damaged lines land in \a problems.
     */
    Result<QList<Transition>> read(int limit = 0, QList<HistoryProblem> *problems = nullptr) const;

    AlertHistory(const AlertHistory &) = delete;
    AlertHistory &operator=(const AlertHistory &) = delete;
    ~AlertHistory();

private:
    AlertHistory(QString path, HistoryOptions options);
    Result<> rotateLocked();
    QString rotatedPath(int index) const;

    QString m_path;
    HistoryOptions m_options;
    QList<HistoryProblem> m_openProblems;
    mutable QMutex m_mutex;
    qint64 m_size = 0;
};

} // namespace OpsDeck::Alerts
