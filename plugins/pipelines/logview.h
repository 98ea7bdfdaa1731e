// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/pipelineengine.h>

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QToolButton;

namespace OpsDeck::Pipelines::Internal {

class JobLogModel;
class LogLineDelegate;

/**
 * A job's log: a virtual list over JobLogModel (never a text edit, so a
 * million lines open as fast as ten), with timestamps on demand, search
 * through the engine's searchLog() with next/previous, follow (stay at the
 * bottom while new lines arrive, as long as the user has not scrolled up)
 * and a jump to the first error.
 */
class LogView final : public QWidget
{
    Q_OBJECT
public:
    explicit LogView(QWidget *parent = nullptr);
    ~LogView() override;

    void setEngine(Backend::IPipelineEngine *engine);
    /** Shows \a job's log; a running job is followed. \a title names it. */
    void showJob(qint64 jobId, const QString &title, bool running);
    void clear();
    qint64 jobId() const;

    JobLogModel *model() const { return m_model; }
    QListView *list() const { return m_list; }
    LogLineDelegate *delegate() const { return m_delegate; }

    void setShowTimestamps(bool show);
    void setFollow(bool follow);
    bool follows() const;
    /** Searches the whole log (engine side) and moves to the first hit. */
    void search(const QString &text);
    void nextHit();
    void previousHit();
    /** Hits of the last search, in line order. */
    const QList<qint64> &hits() const { return m_hits; }
    int currentHit() const { return m_hit; }
    /** Moves to the first line that mentions an error (or the end when none does). */
    void jumpToFirstError();
    /** The row in the middle of the view's selection (-1 when none). */
    int currentRow() const;

Q_SIGNALS:
    /** A search's hits arrived (possibly none). */
    void searchFinished(int hits);
    /** jumpToFirstError() moved to \a row. */
    void jumpedToError(qint64 row);

private:
    void goToRow(qint64 row);
    void updateHitLabel();

    QPointer<Backend::IPipelineEngine> m_engine;
    JobLogModel *m_model = nullptr;
    LogLineDelegate *m_delegate = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_title = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_hitLabel = nullptr;
    QToolButton *m_timestamps = nullptr;
    QToolButton *m_follow = nullptr;
    QToolButton *m_firstError = nullptr;
    QList<qint64> m_hits;
    int m_hit = -1;
    quint64 m_searchGeneration = 0;
    bool m_stickToBottom = true;
};

} // namespace OpsDeck::Pipelines::Internal
