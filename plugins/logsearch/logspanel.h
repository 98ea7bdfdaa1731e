// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/logstore.h>

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QToolButton;

namespace OpsDeck::Sdk {
class IHost;
}

namespace OpsDeck::LogSearch {

class SearchView;

/**
 * The Logs panel: a "Store" tab searching the active profile's log store,
 * plus one tab per set of log files opened without importing them. It
 * follows profile switches (an empty state when the profile has no log
 * store) and runs imports as tasks with progress and cancel.
 */
class LogsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit LogsPanel(Sdk::IHost &host, QWidget *parent = nullptr);
    ~LogsPanel() override;

    /** The Store tab's search view (always exists; its store may be null). */
    SearchView *storeView() const { return m_storeView; }
    /** The search view of the tab in front. */
    SearchView *currentView() const;
    QTabWidget *tabs() const { return m_tabs; }
    /** Tabs of opened files (not counting the Store tab). */
    int fileTabCount() const;
    bool hasStore() const;

    void importWithDialog();
    /** Reads \a request into the store as a task; notifies with the count when done. */
    void importFiles(const Backend::LogIngestRequest &request);
    void openWithDialog();
    /** Opens \a paths without importing, in a new tab; false (and a notification) on failure. */
    bool openFiles(const QStringList &paths);

    void focusQuery();
    void toggleLiveTail();
    void exportWithDialog();

    /** For the status bar item: the Store tab's matches and tail state. */
    QString statusText() const;

Q_SIGNALS:
    void statusChanged();
    /** An import ended (committed, failed or cancelled). */
    void importFinished(const OpsDeck::Result<qint64> &result);

private:
    void rebind();
    void closeFileTab(int index);
    void closeAllFileTabs();
    void updateEmptyState();

    Sdk::IHost &m_host;
    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_storePage = nullptr;
    QWidget *m_emptyState = nullptr;
    QLabel *m_emptyText = nullptr;
    SearchView *m_storeView = nullptr;
    QToolButton *m_importButton = nullptr;
    QToolButton *m_openButton = nullptr;
};

} // namespace OpsDeck::LogSearch
