// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/logstore.h>

#include <QAbstractTableModel>
#include <QPointer>

namespace OpsDeck::LogSearch {

/**
 * The results table: a virtual model over ILogStore::search(). It holds
 * only the pages loaded so far and grows through fetchMore() as the view
 * scrolls, following LogPage::nextCursor, so ten million matches cost
 * what is on screen plus what was scrolled past. total() is the store's
 * count for the whole range.
 *
 * Every search() gets a new generation; a page that arrives for an older
 * generation is dropped, so a slow answer never overwrites a newer search.
 *
 * The same model shows fixed lists (the context view) through setRecords().
 */
class LogResultsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, LevelColumn, HostColumn, ServiceColumn, MessageColumn, ColumnCount };
    enum Role {
        RecordIdRole = Qt::UserRole + 1, ///< qint64
        LevelRole,                       ///< int(Backend::LogLevel)
        AnchorRole,                      ///< bool: the record a context view is centred on
        FilterValueRole,                 ///< the column's value as a query would name it
        FilterFieldRole,                 ///< the field name for FilterValueRole ("" = none)
    };

    static constexpr int kPageSize = 500;
    static constexpr int kDefaultTailCap = 100000;

    explicit LogResultsModel(QObject *parent = nullptr);

    /** The store to search; nullptr clears the model. Cancels what is in flight. */
    void setStore(Backend::ILogStore *store);
    Backend::ILogStore *store() const { return m_store; }

    /** Starts a new search: clears the rows and loads the first page. */
    void search(const Backend::LogQuery &query);
    /** Shows \a records as they are (no paging); \a anchorId is marked with AnchorRole. */
    void setRecords(const QList<Backend::LogRecord> &records, qint64 anchorId = 0);
    void clear();

    /** Live tail: \a records (oldest first, as the store delivers them) go on top, newest first. */
    void prependLive(const QList<Backend::LogRecord> &records);
    /** Rows kept while tailing; the oldest are dropped beyond it. */
    void setTailCap(int cap) { m_tailCap = cap; }
    int tailCap() const { return m_tailCap; }

    const Backend::LogRecord &record(int row) const { return m_records.at(row); }
    const QList<Backend::LogRecord> &records() const { return m_records; }
    /** Matches in the whole range (plus live arrivals); -1 before the first page. */
    qint64 total() const { return m_total; }
    bool isLoading() const { return m_loading; }
    quint64 generation() const { return m_generation; }
    /** True when rows were dropped from the bottom (tail cap): no more paging. */
    bool isTruncated() const { return m_truncated; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /** One line for the table: newlines shown as ⏎. */
    static QString singleLine(const QString &message);
    static QString timeText(const QDateTime &time);

Q_SIGNALS:
    /** The first page of a search arrived (total, histogram, range). */
    void firstPageLoaded(const OpsDeck::Backend::LogPage &page);
    /** Another page was appended. */
    void pageLoaded();
    void searchFailed(const OpsDeck::Error &error);
    void loadingChanged(bool loading);
    void totalChanged(qint64 total);

private:
    void requestPage();
    void setLoading(bool loading);

    QPointer<Backend::ILogStore> m_store;
    Backend::LogQuery m_query;
    QList<Backend::LogRecord> m_records;
    QString m_nextCursor;
    qint64 m_total = -1;
    qint64 m_anchorId = 0;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_truncated = false;
    int m_tailCap = kDefaultTailCap;
};

} // namespace OpsDeck::LogSearch
