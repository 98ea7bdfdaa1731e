// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "logexport.h"
#include "savedsearches.h"

#include <opsdeck/api/logstore.h>

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace OpsDeck::Sdk {
class IHost;
}

namespace OpsDeck::LogSearch {

class FieldsPane;
class HistogramView;
class LogItemDelegate;
class LogResultsModel;
class QueryEdit;
class RecordDetails;
class TimeRangePicker;

/**
 * The search UI over one ILogStore: query bar, time range, histogram,
 * virtual results table, fields pane, details and context, live tail,
 * saved searches and export. The Logs panel shows one for the profile's
 * store and one per set of opened files.
 *
 * The view never owns the store: its owner calls setStore(nullptr) before
 * the store goes away (BackendRegistry::aboutToRebind, a closed file tab),
 * which ends the tail subscription, stops exports and drops every answer
 * still in flight.
 */
class SearchView final : public QWidget
{
    Q_OBJECT
public:
    explicit SearchView(Sdk::IHost &host, QWidget *parent = nullptr);
    ~SearchView() override;

    /** Binds \a store (nullptr = none) and, when there is one, runs the current search. */
    void setStore(Backend::ILogStore *store);
    Backend::ILogStore *store() const { return m_store; }

    /** Runs the query bar's text over the picked range (Enter does this). */
    void runSearch();
    void setQueryText(const QString &text);
    QString queryText() const;
    /** Adds `field:value` (or `-field:value`) to the query and searches again. */
    void addFilter(const QString &field, const QString &value, bool exclude);
    void focusQuery();

    void setLiveTail(bool on);
    bool isLiveTail() const { return m_subscription != nullptr; }
    /** Records that arrived while the user was scrolled away from the top. */
    int pendingLiveRecords() const { return m_pendingNew; }

    void saveCurrentSearch(const QString &name);
    bool loadSavedSearch(const QString &name);
    void deleteSavedSearch(const QString &name);
    QList<SavedSearch> savedSearches() const { return m_saved.list(); }

    /** Exports the last search to \a path; nullptr when there is nothing to export. */
    ExportJob *exportTo(const QString &path, ExportFormat format);
    /** Asks for a file name, then exports. */
    void exportWithDialog(ExportFormat format);

    /** Re-reads field names (completion) and the store's oldest day ("All time"). */
    void refreshStoreInfo();

    /** One line for the status bar: matches, live tail. */
    QString statusText() const;

    // The parts, for the panel and for tests.
    QueryEdit *queryEdit() const { return m_query; }
    TimeRangePicker *rangePicker() const { return m_range; }
    LogResultsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    LogItemDelegate *delegate() const { return m_delegate; }
    HistogramView *histogram() const { return m_histogram; }
    FieldsPane *fieldsPane() const { return m_fields; }
    RecordDetails *details() const { return m_details; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *newRecordsButton() const { return m_newRecords; }
    QToolButton *liveButton() const { return m_liveButton; }
    QMenu *savedMenu() const { return m_savedMenu; }
    Backend::LogQuery lastQuery() const { return m_lastQuery; }

Q_SIGNALS:
    /** A search's first page arrived or the search failed. */
    void searchFinished();
    void statusChanged();
    /** Live records were added to the table. */
    void liveRecordsAdded(int count);

private:
    void onFirstPage(const Backend::LogPage &page);
    void onSearchFailed(const Error &error);
    void onLiveRecords(const QList<Backend::LogRecord> &records);
    void subscribe();
    void updateSummary();
    void updateNewRecordsBanner();
    void showTableMenu(const QPoint &pos);
    void rebuildSavedMenu();
    void prefetchIfNeeded();
    void showSelected();
    int histogramBuckets() const;

    Sdk::IHost &m_host;
    QPointer<Backend::ILogStore> m_store;
    SavedSearches m_saved;
    Backend::LogQuery m_lastQuery;
    Backend::LogPage m_firstPage; // range and total of the current search (no records)
    bool m_searched = false;

    QueryEdit *m_query = nullptr;
    TimeRangePicker *m_range = nullptr;
    QToolButton *m_liveButton = nullptr;
    QMenu *m_savedMenu = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_newRecords = nullptr;
    HistogramView *m_histogram = nullptr;
    FieldsPane *m_fields = nullptr;
    QStackedWidget *m_resultsStack = nullptr;
    QLabel *m_emptyResults = nullptr;
    QTableView *m_table = nullptr;
    LogResultsModel *m_model = nullptr;
    LogItemDelegate *m_delegate = nullptr;
    RecordDetails *m_details = nullptr;

    std::unique_ptr<Backend::LogSubscription> m_subscription;
    int m_pendingNew = 0;
    QList<QPointer<ExportJob>> m_exports;
    quint64 m_infoGeneration = 0;
};

} // namespace OpsDeck::LogSearch
