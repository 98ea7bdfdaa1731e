// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "searchview.h"

#include "asyncresult.h"
#include "fieldspane.h"
#include "histogramview.h"
#include "logitemdelegate.h"
#include "logresultsmodel.h"
#include "logsearchtr.h"
#include "logstyle.h"
#include "queryedit.h"
#include "querysyntax.h"
#include "recorddetails.h"
#include "timerangepicker.h"

#include <opsdeck/sdk/ihost.h>
#include <opsdeck/sdk/notificationcenter.h>
#include <opsdeck/sdk/pluginsettings.h>

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

#include <climits>

using namespace Qt::StringLiterals;

namespace OpsDeck::LogSearch {

using Backend::LogPage;
using Backend::LogRecord;

namespace {

QString matchesText(qint64 total)
{
    if (total <= INT_MAX)
        return Tr::tr("%Ln match(es)", nullptr, int(total));
    return Tr::tr("%1 matches").arg(QLocale().toString(total));
}

QToolButton *toolButton(const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(toolTip);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setAutoRaise(false);
    return b;
}

} // namespace

SearchView::SearchView(Sdk::IHost &host, QWidget *parent)
    : QWidget(parent)
    , m_host(host)
    , m_saved(host.settings())
{
    // --- the bar: query, range, actions ---------------------------------
    m_query = new QueryEdit(this);
    m_query->setObjectName(u"logsearch.query"_s);
    connect(m_query, &QLineEdit::returnPressed, this, &SearchView::runSearch);

    m_range = new TimeRangePicker(this);
    connect(m_range, &TimeRangePicker::rangeChanged, this, &SearchView::runSearch);

    auto *searchButton = new QPushButton(Tr::tr("Search"), this);
    searchButton->setObjectName(u"logsearch.search"_s);
    searchButton->setToolTip(Tr::tr("Run the search (Enter)"));
    connect(searchButton, &QPushButton::clicked, this, &SearchView::runSearch);

    m_liveButton = toolButton(Tr::tr("Live"), Tr::tr("Live tail: add matching records as they arrive (Esc stops)"),
                              this);
    m_liveButton->setObjectName(u"logsearch.live"_s);
    m_liveButton->setCheckable(true);
    connect(m_liveButton, &QToolButton::toggled, this, [this](bool on) {
        if (on != isLiveTail())
            setLiveTail(on);
    });

    auto *savedButton = toolButton(Tr::tr("Saved"), Tr::tr("Save this search, or load a saved one"), this);
    savedButton->setObjectName(u"logsearch.saved"_s);
    m_savedMenu = new QMenu(savedButton);
    savedButton->setMenu(m_savedMenu);
    savedButton->setPopupMode(QToolButton::InstantPopup);
    connect(m_savedMenu, &QMenu::aboutToShow, this, &SearchView::rebuildSavedMenu);
    rebuildSavedMenu();

    auto *exportButton = toolButton(Tr::tr("Export"), Tr::tr("Export every match of this search to a file"), this);
    exportButton->setObjectName(u"logsearch.export"_s);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(Tr::tr("As CSV…"), this, [this] { exportWithDialog(ExportFormat::Csv); });
    exportMenu->addAction(Tr::tr("As JSON Lines…"), this, [this] { exportWithDialog(ExportFormat::JsonLines); });
    exportButton->setMenu(exportMenu);
    exportButton->setPopupMode(QToolButton::InstantPopup);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);
    bar->addWidget(m_query, 1);
    bar->addWidget(m_range);
    bar->addWidget(searchButton);
    bar->addSpacing(6);
    bar->addWidget(m_liveButton);
    bar->addWidget(savedButton);
    bar->addWidget(exportButton);

    m_error = new QLabel(this);
    m_error->setObjectName(u"logsearch.error"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();

    // --- summary and histogram -------------------------------------------
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"logsearch.summary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    m_newRecords = new QPushButton(this);
    m_newRecords->setObjectName(u"logsearch.newRecords"_s);
    m_newRecords->setToolTip(Tr::tr("The live tail added records above; you are looking further down."));
    m_newRecords->hide();
    connect(m_newRecords, &QPushButton::clicked, this, [this] {
        m_table->scrollToTop();
        m_pendingNew = 0;
        updateNewRecordsBanner();
    });

    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_newRecords);

    m_histogram = new HistogramView(this);
    m_histogram->setObjectName(u"logsearch.histogram"_s);
    m_histogram->setFixedHeight(120);
    connect(m_histogram, &HistogramView::rangeSelected, this,
            [this](const QDateTime &from, const QDateTime &to) { m_range->setCustomRange(from, to); });

    // --- results ---------------------------------------------------------
    m_model = new LogResultsModel(this);
    connect(m_model, &LogResultsModel::firstPageLoaded, this, &SearchView::onFirstPage);
    connect(m_model, &LogResultsModel::searchFailed, this, &SearchView::onSearchFailed);
    connect(m_model, &LogResultsModel::totalChanged, this, &SearchView::updateSummary);
    connect(m_model, &LogResultsModel::loadingChanged, this, &SearchView::updateSummary);
    connect(m_model, &LogResultsModel::pageLoaded, this, &SearchView::prefetchIfNeeded);

    m_table = new QTableView(this);
    m_table->setObjectName(u"logsearch.results"_s);
    m_table->setModel(m_model);
    m_delegate = new LogItemDelegate(m_table);
    m_table->setItemDelegate(m_delegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    // Fixed row heights: the view never measures rows, whatever their number.
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->resizeSection(LogResultsModel::TimeColumn,
                          fontMetrics().horizontalAdvance(u"0000-00-00 00:00:00.000"_s) + 16);
    header->resizeSection(LogResultsModel::LevelColumn, fontMetrics().horizontalAdvance(u"critical"_s) + 20);
    header->resizeSection(LogResultsModel::HostColumn, fontMetrics().horizontalAdvance(u"web-00.example"_s));
    header->resizeSection(LogResultsModel::ServiceColumn, fontMetrics().horizontalAdvance(u"service-name"_s));
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value == m_table->verticalScrollBar()->minimum() && m_pendingNew > 0) {
            m_pendingNew = 0;
            updateNewRecordsBanner();
        }
        prefetchIfNeeded();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SearchView::showSelected);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        m_table->selectRow(index.row());
        showSelected();
        m_details->showContext();
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, &SearchView::showTableMenu);

    m_emptyResults = new QLabel(this);
    m_emptyResults->setObjectName(u"logsearch.noResults"_s);
    m_emptyResults->setAlignment(Qt::AlignCenter);
    m_emptyResults->setWordWrap(true);
    m_emptyResults->setForegroundRole(QPalette::PlaceholderText);
    m_emptyResults->setAutoFillBackground(true);
    m_emptyResults->setBackgroundRole(QPalette::Base);
    m_resultsStack = new QStackedWidget(this);
    m_resultsStack->addWidget(m_table);
    m_resultsStack->addWidget(m_emptyResults);

    m_details = new RecordDetails(this);
    m_details->setObjectName(u"logsearch.recordDetails"_s);

    m_fields = new FieldsPane(this);
    m_fields->setObjectName(u"logsearch.fieldsPane"_s);
    connect(m_fields, &FieldsPane::filterRequested, this, &SearchView::addFilter);

    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(m_resultsStack);
    vertical->addWidget(m_details);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    vertical->setChildrenCollapsible(false);

    auto *horizontal = new QSplitter(Qt::Horizontal, this);
    horizontal->addWidget(m_fields);
    horizontal->addWidget(vertical);
    horizontal->setStretchFactor(0, 0);
    horizontal->setStretchFactor(1, 1);
    horizontal->setSizes({240, 900});
    horizontal->setChildrenCollapsible(false);
    m_fields->setMinimumWidth(170);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addLayout(summaryRow);
    layout->addWidget(m_histogram);
    layout->addWidget(horizontal, 1);

    // Escape stops the tail wherever the focus is inside the view.
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        if (isLiveTail())
            setLiveTail(false);
    });

    updateSummary();
}

SearchView::~SearchView()
{
    // The tail and exports hold the store; end them before anything else goes.
    m_subscription.reset();
    for (const QPointer<ExportJob> &job : std::as_const(m_exports)) {
        if (job)
            job->abort(fail(ErrorCode::Cancelled, Tr::tr("The export was stopped.")));
    }
}

void SearchView::setStore(Backend::ILogStore *store)
{
    if (store == m_store && store)
        return;
    m_subscription.reset();
    m_liveButton->setChecked(false);
    for (const QPointer<ExportJob> &job : std::as_const(m_exports)) {
        if (job)
            job->abort(fail(ErrorCode::Unavailable, Tr::tr("The log store went away during the export.")));
    }
    m_exports.clear();
    ++m_infoGeneration;
    m_store = store;
    m_model->setStore(store);
    m_details->setStore(store);
    m_fields->clear();
    m_histogram->clear();
    m_searched = false;
    m_firstPage = {};
    m_pendingNew = 0;
    updateNewRecordsBanner();
    m_error->hide();
    if (store) {
        refreshStoreInfo();
        runSearch();
    }
    updateSummary();
}

void SearchView::refreshStoreInfo()
{
    if (!m_store)
        return;
    const quint64 generation = m_infoGeneration;
    whenFinished(this, m_store->fieldNames(), [this, generation](const Result<QStringList> &names) {
        if (generation == m_infoGeneration && names)
            m_query->setFieldNames(*names);
    });
    whenFinished(this, m_store->stats(), [this, generation](const Result<Backend::LogStoreStats> &stats) {
        if (generation != m_infoGeneration || !stats)
            return;
        QDate oldest;
        for (const Backend::LogTierStats &tier : stats->tiers) {
            if (tier.oldest.isValid() && (!oldest.isValid() || tier.oldest < oldest))
                oldest = tier.oldest;
        }
        // "All time" starts at the oldest day held, so its histogram spans the data.
        if (oldest.isValid())
            m_range->setAllFrom(QDateTime(oldest, QTime(0, 0), QTimeZone::utc()));
    });
}

int SearchView::histogramBuckets() const
{
    const int width = m_histogram->width() > 100 ? m_histogram->width() : 800;
    return std::clamp(width / 8, 20, 150);
}

void SearchView::runSearch()
{
    if (!m_store)
        return;
    const TimeRange range = m_range->resolve();
    Backend::LogQuery q;
    q.text = m_query->text().trimmed();
    q.from = range.from;
    q.to = range.to;
    q.limit = LogResultsModel::kPageSize;
    q.histogramBuckets = histogramBuckets();
    m_lastQuery = q;
    m_searched = true;
    m_firstPage = {};
    m_error->hide();
    m_query->setErrorColumn(0);
    m_delegate->setHighlight(highlightExpression(q.text));
    m_details->clearRecord();
    m_pendingNew = 0;
    updateNewRecordsBanner();
    m_resultsStack->setCurrentWidget(m_table);
    m_model->search(q);
    if (isLiveTail())
        subscribe(); // the tail follows the new query
    updateSummary();
}

void SearchView::setQueryText(const QString &text)
{
    m_query->setText(text);
}

QString SearchView::queryText() const
{
    return m_query->text();
}

void SearchView::addFilter(const QString &field, const QString &value, bool exclude)
{
    m_query->setText(addFilterTerm(m_query->text(), field, value, exclude));
    runSearch();
}

void SearchView::focusQuery()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void SearchView::onFirstPage(const LogPage &page)
{
    m_firstPage = page;
    m_firstPage.records.clear();
    // A store that draws no histogram gets no empty chart either.
    const bool chart = !page.histogram.isEmpty() && page.bucketMs > 0;
    if (chart)
        m_histogram->setHistogram(page.from, page.bucketMs, page.histogram);
    else
        m_histogram->clear();
    m_histogram->setVisible(chart);
    m_fields->setRecords(m_model->records());
    if (m_model->rowCount() == 0) {
        m_emptyResults->setText(m_lastQuery.text.isEmpty()
                                    ? Tr::tr("No records in this time range.\nTry a longer range, or import log files.")
                                    : Tr::tr("No records match.\nTry fewer terms or a longer time range."));
        m_resultsStack->setCurrentWidget(m_emptyResults);
    } else {
        m_resultsStack->setCurrentWidget(m_table);
    }
    updateSummary();
    prefetchIfNeeded();
    Q_EMIT searchFinished();
}

void SearchView::onSearchFailed(const Error &error)
{
    m_histogram->clear();
    m_histogram->hide(); // empty axes next to an error only confuse
    m_fields->clear();
    QString text;
    if (error.code == ErrorCode::Parse) {
        if (const auto where = parseErrorColumn(error.detail)) {
            m_query->setErrorColumn(where->first);
            text = Tr::tr("Query error at column %1: %2").arg(where->first).arg(where->second);
        } else {
            text = Tr::tr("Query error: %1").arg(error.detail.isEmpty() ? error.message : error.detail);
        }
    } else {
        text = error.toString();
    }
    QPalette pal = m_error->palette();
    pal.setColor(QPalette::WindowText, Style::errorColor(pal));
    m_error->setPalette(pal);
    m_error->setText(text);
    m_error->show();
    m_emptyResults->setText(Tr::tr("The search did not run. Fix the query above and press Enter."));
    m_resultsStack->setCurrentWidget(m_emptyResults);
    updateSummary();
    Q_EMIT searchFinished();
}

void SearchView::updateSummary()
{
    QString text;
    if (!m_store) {
        text = Tr::tr("No log store");
    } else if (!m_searched) {
        text = QString();
    } else if (m_model->total() < 0) {
        text = m_model->isLoading() ? Tr::tr("Searching…") : Tr::tr("Search failed");
    } else {
        const QString range = m_firstPage.from.isValid() && m_firstPage.to.isValid()
                                  ? TimeRangePicker::rangeText(m_firstPage.from, m_firstPage.to)
                                  : m_range->describe();
        text = Tr::tr("%1 · %2").arg(matchesText(m_model->total()), range);
        if (isLiveTail())
            text = Tr::tr("%1 · live").arg(text);
    }
    m_summary->setText(text);
    Q_EMIT statusChanged();
}

QString SearchView::statusText() const
{
    if (!m_store || m_model->total() < 0)
        return isLiveTail() ? Tr::tr("Logs: live") : QString();
    if (isLiveTail())
        return Tr::tr("Logs: live · %1").arg(matchesText(m_model->total()));
    return Tr::tr("Logs: %1").arg(matchesText(m_model->total()));
}

void SearchView::prefetchIfNeeded()
{
    // Fetch the next page while two screens of rows are still below the
    // view, so scrolling never waits at the bottom (the view itself asks
    // only at the very last row). Rows, not the scroll bar: its range is
    // updated later than the rows are inserted.
    if (!m_model->canFetchMore({}))
        return;
    const int rowHeight = std::max(1, m_table->verticalHeader()->defaultSectionSize());
    const int screen = m_table->viewport()->height() / rowHeight + 1;
    int last = m_table->rowAt(m_table->viewport()->height() - 1);
    if (last < 0)
        last = m_model->rowCount() - 1;
    if (m_model->rowCount() - 1 - last <= 2 * screen)
        m_model->fetchMore({});
}

void SearchView::showSelected()
{
    const QModelIndex index = m_table->selectionModel()->currentIndex();
    if (!index.isValid() || index.row() >= m_model->rowCount()) {
        m_details->clearRecord();
        return;
    }
    m_details->showRecord(m_model->record(index.row()));
}

// --- live tail -----------------------------------------------------------

void SearchView::setLiveTail(bool on)
{
    if (on == isLiveTail()) {
        m_liveButton->setChecked(on);
        return;
    }
    if (!on) {
        m_subscription.reset();
        m_liveButton->setChecked(false);
        m_pendingNew = 0;
        updateNewRecordsBanner();
        updateSummary();
        return;
    }
    if (!m_store) {
        m_liveButton->setChecked(false);
        return;
    }
    subscribe();
    m_liveButton->setChecked(true);
    updateSummary();
}

void SearchView::subscribe()
{
    m_subscription.reset();
    if (!m_store)
        return;
    m_subscription = m_store->subscribe(m_query->text().trimmed());
    connect(m_subscription.get(), &Backend::LogSubscription::recordsArrived, this, &SearchView::onLiveRecords);
    connect(m_subscription.get(), &Backend::LogSubscription::failed, this, [this](const Error &error) {
        onSearchFailed(error);
        setLiveTail(false);
    });
}

void SearchView::onLiveRecords(const QList<LogRecord> &records)
{
    if (records.isEmpty())
        return;
    QScrollBar *bar = m_table->verticalScrollBar();
    const bool atTop = bar->value() == bar->minimum();
    const int before = bar->value();
    const bool wasEmpty = m_model->rowCount() == 0;
    m_model->prependLive(records);
    if (wasEmpty)
        m_resultsStack->setCurrentWidget(m_table);
    if (!atTop) {
        // The user is reading further down: keep the same rows under their
        // eyes and say how many arrived above.
        m_table->doItemsLayout();
        bar->setValue(before + int(records.size()) * m_table->verticalHeader()->defaultSectionSize());
        m_pendingNew += int(records.size());
        updateNewRecordsBanner();
    }
    updateSummary();
    Q_EMIT liveRecordsAdded(int(records.size()));
}

void SearchView::updateNewRecordsBanner()
{
    m_newRecords->setVisible(m_pendingNew > 0);
    if (m_pendingNew > 0)
        m_newRecords->setText(Tr::tr("%Ln new record(s) — jump to top", nullptr, m_pendingNew));
}

// --- menus ---------------------------------------------------------------

void SearchView::showTableMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    m_table->selectRow(index.row());
    QMenu menu(this);
    const QString field = index.data(LogResultsModel::FilterFieldRole).toString();
    const QString value = index.data(LogResultsModel::FilterValueRole).toString();
    if (!field.isEmpty()) {
        menu.addAction(Tr::tr("Filter for %1:%2").arg(field, value), this,
                       [this, field, value] { addFilter(field, value, false); });
        menu.addAction(Tr::tr("Exclude %1:%2").arg(field, value), this,
                       [this, field, value] { addFilter(field, value, true); });
        menu.addSeparator();
    }
    menu.addAction(Tr::tr("Show Context"), this, [this] { m_details->showContext(); });
    const QString message = m_model->record(index.row()).message;
    menu.addAction(Tr::tr("Copy Message"), this, [message] { QApplication::clipboard()->setText(message); });
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void SearchView::rebuildSavedMenu()
{
    m_savedMenu->clear();
    m_savedMenu->addAction(Tr::tr("Save Current Search…"), this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, Tr::tr("Save Search"), Tr::tr("Name:"), QLineEdit::Normal,
                                                   m_query->text().left(40), &ok)
                                 .trimmed();
        if (!ok || name.isEmpty())
            return;
        if (m_saved.find(name)
            && QMessageBox::question(this, Tr::tr("Save Search"),
                                     Tr::tr("A saved search named \"%1\" exists. Replace it?").arg(name))
                   != QMessageBox::Yes)
            return;
        saveCurrentSearch(name);
    });
    const QList<SavedSearch> saved = m_saved.list();
    if (saved.isEmpty()) {
        m_savedMenu->addAction(Tr::tr("No saved searches yet"))->setEnabled(false);
        return;
    }
    m_savedMenu->addSection(Tr::tr("Load"));
    for (const SavedSearch &s : saved) {
        QAction *a = m_savedMenu->addAction(s.name, this, [this, name = s.name] { loadSavedSearch(name); });
        a->setToolTip(s.query);
        a->setData(s.name);
    }
    QMenu *remove = m_savedMenu->addMenu(Tr::tr("Delete"));
    for (const SavedSearch &s : saved)
        remove->addAction(s.name, this, [this, name = s.name] { deleteSavedSearch(name); });
}

void SearchView::saveCurrentSearch(const QString &name)
{
    SavedSearch s;
    s.name = name;
    s.query = m_query->text().trimmed();
    s.range = TimeRangePicker::presetId(m_range->preset());
    if (m_range->preset() == TimeRangePicker::Preset::Custom) {
        const TimeRange r = m_range->resolve();
        s.from = r.from;
        s.to = r.to;
    }
    m_saved.save(s);
    rebuildSavedMenu();
}

bool SearchView::loadSavedSearch(const QString &name)
{
    const auto s = m_saved.find(name);
    if (!s)
        return false;
    m_query->setText(s->query);
    const auto preset = TimeRangePicker::presetFromId(s->range).value_or(TimeRangePicker::Preset::Days7);
    if (preset == TimeRangePicker::Preset::Custom && s->from.isValid() && s->to.isValid()) {
        const QSignalBlocker blocker(m_range);
        m_range->setCustomRange(s->from, s->to);
    } else {
        const QSignalBlocker blocker(m_range);
        m_range->setPreset(preset);
    }
    runSearch();
    return true;
}

void SearchView::deleteSavedSearch(const QString &name)
{
    m_saved.remove(name);
    rebuildSavedMenu();
}

// --- export --------------------------------------------------------------

void SearchView::exportWithDialog(ExportFormat format)
{
    if (!m_store || !m_searched) {
        QMessageBox::information(this, Tr::tr("Export"), Tr::tr("Run a search first: the export writes its matches."));
        return;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const bool csv = format == ExportFormat::Csv;
    const QString suggested = dir + (csv ? u"/logs.csv"_s : u"/logs.jsonl"_s);
    const QString path = QFileDialog::getSaveFileName(
        this, csv ? Tr::tr("Export as CSV") : Tr::tr("Export as JSON Lines"), suggested,
        csv ? Tr::tr("CSV files (*.csv);;All files (*)") : Tr::tr("JSON Lines (*.jsonl *.ndjson);;All files (*)"));
    if (!path.isEmpty())
        exportTo(path, format);
}

ExportJob *SearchView::exportTo(const QString &path, ExportFormat format)
{
    if (!m_store || !m_searched)
        return nullptr;
    auto *job = new ExportJob(m_store, m_lastQuery, path, format, this);
    m_exports.append(job);
    const QString fileName = QFileInfo(path).fileName();
    job->start(m_host.tasks(), Tr::tr("Exporting logs to %1").arg(fileName),
               [this, job, path, fileName](const Result<qint64> &result) {
                   m_exports.removeAll(job);
                   job->deleteLater();
                   if (result) {
                       m_host.notifications().post(
                           {.severity = Sdk::Notification::Severity::Success,
                            .title = Tr::tr("Exported %Ln record(s)", nullptr, int(std::min<qint64>(*result, INT_MAX))),
                            .body = Tr::tr("The matches were written to %1.").arg(path)});
                   } else if (result.error().code == ErrorCode::Cancelled) {
                       m_host.notifications().post({.severity = Sdk::Notification::Severity::Info,
                                                    .title = Tr::tr("Export cancelled"),
                                                    .body = Tr::tr("%1 was not written.").arg(fileName)});
                   } else {
                       m_host.notifications().post(
                           {.severity = Sdk::Notification::Severity::Error,
                            .title = Tr::tr("Export failed"),
                            .body = Tr::tr("%1. Nothing was written; check the folder and try again.")
                                        .arg(result.error().toString())});
                   }
               });
    return job;
}

} // namespace OpsDeck::LogSearch
