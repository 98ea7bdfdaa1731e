// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// The search view of the Logs panel, driven through its widgets.
#include "logsearchtestsupport.h"

#include <fieldspane.h>
#include <histogramview.h>
#include <logitemdelegate.h>
#include <logresultsmodel.h>
#include <logspanel.h>
#include <queryedit.h>
#include <recorddetails.h>
#include <searchview.h>
#include <testsupport.h>
#include <timerangepicker.h>

#include <opsdeck/sdk/notificationcenter.h>

#include <QAbstractItemView>
#include <QHeaderView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QCompleter>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <limits>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace OpsDeck;
using namespace OpsDeck::LogSearch;
using namespace OpsDeck::Test::LogSearchGui;
using OpsDeck::Test::waitUntil;

namespace {

class SearchViewTest : public LogsFixture
{
protected:
    // 2000 records over the last ~33 hours (one a minute), newest a minute ago.
    void fill(int count = 2000, qint64 spacingMs = 60 * 1000)
    {
        m_records = makeRecords(count, m_now.addSecs(-60), spacingMs);
        append(m_records);
    }

    int countWhere(const std::function<bool(const Backend::LogRecord &)> &pred) const
    {
        return int(std::count_if(m_records.cbegin(), m_records.cend(), pred));
    }

    /** Types \a text into the query bar (replacing it) and presses Enter. */
    bool typeAndSearch(SearchView *view, const QString &text)
    {
        QueryEdit *edit = view->queryEdit();
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
        if (edit->fieldCompleter()->popup()->isVisible())
            edit->fieldCompleter()->popup()->hide();
        const int before = searchCount(view);
        QTest::keyClick(edit, Qt::Key_Return);
        return waitForSearch(view, before);
    }

    QList<Backend::LogRecord> m_records;
};

} // namespace

TEST_F(SearchViewTest, TypedQueryShowsMatchesAndTotal)
{
    fill();
    LogsPanel *panel = makePanel();
    SearchView *view = panel->storeView();
    EXPECT_EQ(view->model()->total(), 2000) << "the default search is everything in the last 7 days";
    EXPECT_EQ(view->model()->rowCount(), LogResultsModel::kPageSize);

    ASSERT_TRUE(typeAndSearch(view, u"timeout"_s));
    const int timeouts = countWhere([](const auto &r) { return r.message.contains(u"timeout"_s); });
    EXPECT_EQ(view->model()->total(), timeouts);
    EXPECT_EQ(view->model()->rowCount(), timeouts);
    // No translator in tests: plurals read "match(es)"; the catalog makes them proper.
    EXPECT_TRUE(view->summaryLabel()->text().startsWith(QLocale().toString(timeouts) + u" match"_s))
        << view->summaryLabel()->text().toStdString();
    for (int row = 0; row < view->model()->rowCount(); ++row)
        ASSERT_TRUE(view->model()->record(row).message.contains(u"timeout"_s));
    // Newest first.
    EXPECT_GT(view->model()->record(0).timestamp, view->model()->record(1).timestamp);

    ASSERT_TRUE(typeAndSearch(view, u"service:db level:error"_s));
    EXPECT_EQ(view->model()->total(), countWhere([](const auto &r) {
                  return r.service == u"db" && r.level == Backend::LogLevel::Error;
              }));
    // The search terms are what the message column marks.
    EXPECT_TRUE(view->delegate()->highlight().pattern().isEmpty());
    ASSERT_TRUE(typeAndSearch(view, u"slow \"orders\""_s));
    const auto spans = LogItemDelegate::matchSpans(view->delegate()->highlight(), view->model()->record(0).message);
    EXPECT_EQ(spans.size(), 2);
}

TEST_F(SearchViewTest, PagesArriveAsYouScrollThroughTwentyThousand)
{
    fill(20000, 20 * 1000); // about 4.6 days
    LogsPanel *panel = makePanel();
    SearchView *view = panel->storeView();
    EXPECT_EQ(view->model()->total(), 20000);
    EXPECT_LE(view->model()->rowCount(), 3 * LogResultsModel::kPageSize) << "only what is near the screen";
    EXPECT_TRUE(view->summaryLabel()->text().startsWith(QLocale().toString(20000) + u" match"_s))
        << view->summaryLabel()->text().toStdString();

    QScrollBar *bar = view->table()->verticalScrollBar();
    int previous = view->model()->rowCount();
    for (int guard = 0; guard < 100 && view->model()->rowCount() < 20000; ++guard) {
        // The view lays out new rows from the event loop; scroll once it has.
        ASSERT_TRUE(waitUntil([&] { return bar->maximum() > bar->value(); }));
        bar->setValue(bar->maximum());
        ASSERT_TRUE(waitUntil([&] { return view->model()->rowCount() > previous; }))
            << "stuck at " << previous << " rows";
        previous = view->model()->rowCount();
    }
    ASSERT_EQ(view->model()->rowCount(), 20000);
    EXPECT_FALSE(view->model()->canFetchMore({}));
    QSet<qint64> ids;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        ids.insert(view->model()->record(row).id);
        if (row > 0) {
            ASSERT_LE(view->model()->record(row).timestamp, view->model()->record(row - 1).timestamp);
        }
    }
    EXPECT_EQ(ids.size(), 20000);
}

TEST_F(SearchViewTest, ParseErrorShowsTheColumn)
{
    fill(100);
    LogsPanel *panel = makePanel();
    SearchView *view = panel->storeView();
    ASSERT_TRUE(typeAndSearch(view, u"timeout host:"_s));
    EXPECT_TRUE(view->errorLabel()->isVisible());
    EXPECT_TRUE(view->errorLabel()->text().contains(u"column 14"_s)) << view->errorLabel()->text().toStdString();
    EXPECT_EQ(view->queryEdit()->errorColumn(), 14);
    EXPECT_EQ(view->model()->rowCount(), 0);

    // Editing clears the mark; a good query clears the message.
    QTest::keyClicks(view->queryEdit(), u"web-1"_s);
    EXPECT_EQ(view->queryEdit()->errorColumn(), 0);
    const int before = searchCount(view);
    QTest::keyClick(view->queryEdit(), Qt::Key_Return);
    ASSERT_TRUE(waitForSearch(view, before));
    EXPECT_FALSE(view->errorLabel()->isVisible());
    EXPECT_GT(view->model()->total(), 0);
}

TEST_F(SearchViewTest, FieldValueClickFiltersAndMinusExcludes)
{
    fill();
    LogsPanel *panel = makePanel();
    SearchView *view = panel->storeView();
    QTreeWidget *tree = view->fieldsPane()->tree();
    QTreeWidgetItem *db = view->fieldsPane()->valueItem(u"service"_s, u"db"_s);
    ASSERT_NE(db, nullptr);
    EXPECT_NE(view->fieldsPane()->valueItem(u"user"_s, u"alice"_s), nullptr) << "extracted fields are listed";

    int before = searchCount(view);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(db).center());
    ASSERT_TRUE(waitForSearch(view, before));
    EXPECT_EQ(view->queryText(), u"service:db"_s);
    EXPECT_EQ(view->model()->total(), countWhere([](const auto &r) { return r.service == u"db"; }));

    QTreeWidgetItem *debug = view->fieldsPane()->valueItem(u"level"_s, u"debug"_s);
    ASSERT_NE(debug, nullptr);
    QRect minus = tree->visualItemRect(debug);
    minus.setLeft(tree->header()->sectionViewportPosition(FieldsPane::ExcludeColumn));
    minus.setWidth(tree->header()->sectionSize(FieldsPane::ExcludeColumn));
    before = searchCount(view);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, minus.center());
    ASSERT_TRUE(waitForSearch(view, before));
    EXPECT_EQ(view->queryText(), u"service:db -level:debug"_s);
    EXPECT_EQ(view->model()->total(), countWhere([](const auto &r) {
                  return r.service == u"db" && r.level != Backend::LogLevel::Debug;
              }));
    for (int row = 0; row < view->model()->rowCount(); ++row)
        ASSERT_NE(view->model()->record(row).level, Backend::LogLevel::Debug);

    // The table's cells carry the filter a right-click offers.
    const QModelIndex host = view->model()->index(0, LogResultsModel::HostColumn);
    EXPECT_EQ(host.data(LogResultsModel::FilterFieldRole).toString(), u"host"_s);
    const QString hostName = host.data(LogResultsModel::FilterValueRole).toString();
    EXPECT_EQ(hostName, host.data().toString());
    before = searchCount(view);
    view->addFilter(u"host"_s, hostName, true);
    ASSERT_TRUE(waitForSearch(view, before));
    EXPECT_EQ(view->queryText(), u"service:db -level:debug -host:"_s + hostName);
}

TEST_F(SearchViewTest, HistogramShowsBucketsAndDragSelectsRange)
{
    fill();
    LogsPanel *panel = makePanel();
    SearchView *view = panel->storeView();
    HistogramView *histogram = view->histogram();
    const QList<qint64> counts = histogram->counts();
    ASSERT_FALSE(counts.isEmpty());
    EXPECT_EQ(std::accumulate(counts.cbegin(), counts.cend(), qint64(0)), 2000);
    EXPECT_GT(histogram->bucketMs(), 0);

    // Drag across the middle of the newest day.
    const QDateTime a = m_now.addSecs(-20 * 3600);
    const QDateTime b = m_now.addSecs(-8 * 3600);
    const int xa = histogram->xOf(a);
    const int xb = histogram->xOf(b);
    ASSERT_GT(xb - xa, 20) << "the chart is too narrow to drag on";
    const int y = histogram->viewport()->height() / 2;
    const int before = searchCount(view);
    QTest::mousePress(histogram->viewport(), Qt::LeftButton, {}, QPoint(xa, y));
    QTest::mouseMove(histogram->viewport(), QPoint((xa + xb) / 2, y));
    QTest::mouseMove(histogram->viewport(), QPoint(xb, y));
    QTest::mouseRelease(histogram->viewport(), Qt::LeftButton, {}, QPoint(xb, y));
    ASSERT_TRUE(waitForSearch(view, before));

    EXPECT_EQ(view->rangePicker()->preset(), TimeRangePicker::Preset::Custom);
    const Backend::LogQuery q = view->lastQuery();
    // Pixels are coarse: the picked range is within a bucket or two of the drag.
    const qint64 slack = 2 * histogram->bucketMs() + 60 * 1000;
    EXPECT_LE(std::abs(q.from.msecsTo(a)), slack);
    EXPECT_LE(std::abs(q.to.msecsTo(b)), slack);
    const int inRange = countWhere([&q](const auto &r) { return r.timestamp >= q.from && r.timestamp < q.to; });
    EXPECT_EQ(view->model()->total(), inRange);
    EXPECT_LT(inRange, 2000);
}

TEST_F(SearchViewTest, LiveTailAddsRowsAndPausesWhenScrolledAway)
{
    fill(1000);
    LogsPanel *panel = makePanel();
    SearchView *view = panel->storeView();
    QTest::mouseClick(view->liveButton(), Qt::LeftButton);
    ASSERT_TRUE(view->isLiveTail());
    EXPECT_TRUE(view->statusText().contains(u"live"_s));

    const int rows = view->model()->rowCount();
    QList<Backend::LogRecord> fresh = makeRecords(3, QDateTime::currentDateTimeUtc(), 10);
    fresh[2].message = u"the very newest"_s;
    append(fresh);
    ASSERT_TRUE(waitUntil([&] { return view->model()->rowCount() == rows + 3; }));
    EXPECT_EQ(view->model()->record(0).message, u"the very newest"_s);
    EXPECT_EQ(view->model()->total(), 1003);
    EXPECT_EQ(view->pendingLiveRecords(), 0) << "at the top the view simply follows";
    EXPECT_FALSE(view->newRecordsButton()->isVisible());

    // Scrolled away: the rows under the user's eyes stay put, a banner counts.
    QScrollBar *bar = view->table()->verticalScrollBar();
    bar->setValue(bar->maximum() / 2);
    const QPoint probe(10, view->table()->viewport()->height() / 2);
    const qint64 underEyes = view->model()->record(view->table()->rowAt(probe.y())).id;
    append(makeRecords(5, QDateTime::currentDateTimeUtc(), 10));
    ASSERT_TRUE(waitUntil([&] { return view->pendingLiveRecords() == 5; }));
    EXPECT_EQ(view->model()->record(view->table()->rowAt(probe.y())).id, underEyes);
    EXPECT_TRUE(view->newRecordsButton()->isVisible());
    EXPECT_TRUE(view->newRecordsButton()->text().startsWith(u"5 new record"_s));
    EXPECT_TRUE(view->newRecordsButton()->text().endsWith(u"jump to top"_s));

    QTest::mouseClick(view->newRecordsButton(), Qt::LeftButton);
    EXPECT_EQ(bar->value(), bar->minimum());
    EXPECT_FALSE(view->newRecordsButton()->isVisible());

    // The tail buffer is bounded.
    view->model()->setTailCap(view->model()->rowCount() + 4);
    append(makeRecords(10, QDateTime::currentDateTimeUtc(), 10));
    ASSERT_TRUE(waitUntil([&] { return view->model()->isTruncated(); }));
    EXPECT_EQ(view->model()->rowCount(), view->model()->tailCap());

    // Escape stops the tail.
    view->table()->setFocus();
    QTest::keyClick(view->table(), Qt::Key_Escape);
    EXPECT_FALSE(view->isLiveTail());
    EXPECT_FALSE(view->liveButton()->isChecked());
}

TEST_F(SearchViewTest, ContextShowsTheNeighboursFromTheSameSource)
{
    // Two files written at the same time, interleaved in the store.
    QList<Backend::LogRecord> a = makeRecords(60, m_now.addSecs(-60), 1000, u"/var/log/a.log"_s);
    QList<Backend::LogRecord> b = makeRecords(60, m_now.addSecs(-60), 1000, u"/var/log/b.log"_s);
    for (int i = 0; i < 60; ++i) {
        a[i].message = u"a-line %1"_s.arg(i);
        b[i].message = u"b-line %1"_s.arg(i);
        append({a[i], b[i]});
    }
    LogsPanel *panel = makePanel();
    SearchView *view = panel->storeView();
    ASSERT_TRUE(typeAndSearch(view, u"\"a-line 30\""_s));
    ASSERT_EQ(view->model()->rowCount(), 1);

    const QModelIndex cell = view->model()->index(0, LogResultsModel::MessageColumn);
    const QRect rect = view->table()->visualRect(cell);
    QSignalSpy loaded(view->details(), &RecordDetails::contextLoaded);
    // What a real double click sends: press, release, double click, release.
    QTest::mouseClick(view->table()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->table()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseRelease(view->table()->viewport(), Qt::LeftButton, {}, rect.center());
    ASSERT_TRUE(waitUntil([&] { return loaded.count() > 0; }));

    EXPECT_EQ(view->details()->currentIndex(), 1) << "the Context tab is in front";
    const LogResultsModel *context = view->details()->contextModel();
    ASSERT_EQ(context->rowCount(), 2 * RecordDetails::kDefaultContext + 1);
    for (int row = 0; row < context->rowCount(); ++row) {
        EXPECT_EQ(context->record(row).message, u"a-line %1"_s.arg(20 + row));
        EXPECT_EQ(context->index(row, 0).data(LogResultsModel::AnchorRole).toBool(), row == 10);
    }
    EXPECT_TRUE(view->details()->detailsText()->toPlainText().contains(u"a-line 30"_s));

    view->details()->setContextSize(3);
    view->details()->showContext();
    ASSERT_TRUE(waitUntil([&] { return loaded.count() > 1; }));
    EXPECT_EQ(context->rowCount(), 7);
}

TEST_F(SearchViewTest, SavedSearchesRoundTrip)
{
    fill(200);
    LogsPanel *panel = makePanel();
    SearchView *view = panel->storeView();
    view->setQueryText(u"timeout service:db"_s);
    view->rangePicker()->setPreset(TimeRangePicker::Preset::Hours24);
    view->saveCurrentSearch(u"DB timeouts"_s);
    const QDateTime from = m_now.addSecs(-7200);
    const QDateTime to = m_now.addSecs(-3600);
    view->setQueryText(u"slow"_s);
    view->rangePicker()->setCustomRange(from, to);
    view->saveCurrentSearch(u"Slow, last-but-one hour"_s);

    ASSERT_EQ(view->savedSearches().size(), 2);
    // The menu lists them (it is rebuilt whenever it opens).
    Q_EMIT view->savedMenu()->aboutToShow();
    QStringList titles;
    for (QAction *a : view->savedMenu()->actions())
        titles.append(a->text());
    EXPECT_TRUE(titles.contains(u"DB timeouts"_s)) << titles.join(u", "_s).toStdString();

    view->setQueryText(u"something else"_s);
    view->rangePicker()->setPreset(TimeRangePicker::Preset::All);
    int before = searchCount(view);
    for (QAction *a : view->savedMenu()->actions()) {
        if (a->text() == u"DB timeouts")
            a->trigger();
    }
    ASSERT_TRUE(waitForSearch(view, before));
    EXPECT_EQ(view->queryText(), u"timeout service:db"_s);
    EXPECT_EQ(view->rangePicker()->preset(), TimeRangePicker::Preset::Hours24);

    // Saved in the plugin's settings: a new view sees them.
    SearchView other(*m_host);
    ASSERT_EQ(other.savedSearches().size(), 2);
    before = searchCount(view);
    ASSERT_TRUE(view->loadSavedSearch(u"Slow, last-but-one hour"_s));
    ASSERT_TRUE(waitForSearch(view, before));
    EXPECT_EQ(view->rangePicker()->preset(), TimeRangePicker::Preset::Custom);
    EXPECT_EQ(view->lastQuery().from.toSecsSinceEpoch(), from.toSecsSinceEpoch());
    EXPECT_EQ(view->lastQuery().to.toSecsSinceEpoch(), to.toSecsSinceEpoch());

    view->deleteSavedSearch(u"DB timeouts"_s);
    EXPECT_EQ(other.savedSearches().size(), 1);
    EXPECT_FALSE(view->loadSavedSearch(u"DB timeouts"_s));
}

TEST_F(SearchViewTest, ExportWritesCsvAndJsonLines)
{
    // More than two export pages; the newest api record has a comma and quotes.
    m_records = makeRecords(18000, m_now.addSecs(-60), 30 * 1000);
    m_records[17999].message = u"quoted \"text\", with a comma"_s;
    m_records[17999].service = u"api"_s;
    append(m_records);
    LogsPanel *panel = makePanel();
    SearchView *view = panel->storeView();
    ASSERT_TRUE(typeAndSearch(view, u"service:api"_s));
    const qint64 total = view->model()->total();
    ASSERT_GT(total, ExportJob::kPageSize);

    const QString csvPath = m_dir.filePath(u"out.csv"_s);
    ExportJob *csv = view->exportTo(csvPath, ExportFormat::Csv);
    ASSERT_NE(csv, nullptr);
    QFuture<Result<qint64>> csvFuture = csv->future();
    ASSERT_TRUE(waitUntil([&] { return csvFuture.isFinished(); }, std::chrono::seconds(60)));
    ASSERT_EQ(csvFuture.resultCount(), 1);
    ASSERT_TRUE(csvFuture.result().ok()) << csvFuture.result().error().toString().toStdString();
    EXPECT_EQ(*csvFuture.result(), total);
    const QByteArray csvBytes = OpsDeck::Test::readAll(csvPath);
    EXPECT_TRUE(csvBytes.startsWith("time,level,host,service,source,message,fields\r\n"));
    EXPECT_EQ(csvBytes.count("\r\n"), total + 1);
    ASSERT_TRUE(waitUntil([&] {
        const auto list = m_host->notifications().notifications();
        return !list.isEmpty() && list.first().title.startsWith(u"Exported"_s);
    }));

    const QString jsonPath = m_dir.filePath(u"out.jsonl"_s);
    ExportJob *json = view->exportTo(jsonPath, ExportFormat::JsonLines);
    ASSERT_NE(json, nullptr);
    QFuture<Result<qint64>> jsonFuture = json->future();
    ASSERT_TRUE(waitUntil([&] { return jsonFuture.isFinished(); }, std::chrono::seconds(60)));
    ASSERT_TRUE(jsonFuture.result().ok());
    const QList<QByteArray> lines = OpsDeck::Test::readAll(jsonPath).split('\n');
    ASSERT_EQ(lines.size(), total + 1); // the last line ends with \n too
    EXPECT_TRUE(lines.last().isEmpty());
    qint64 previousTime = std::numeric_limits<qint64>::max();
    QSet<qint64> ids;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QJsonObject o = QJsonDocument::fromJson(lines.at(i)).object();
        ASSERT_EQ(o.value(u"service"_s).toString(), u"api"_s) << lines.at(i).toStdString();
        const qint64 t = QDateTime::fromString(o.value(u"time"_s).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
        ASSERT_LE(t, previousTime);
        previousTime = t;
        ids.insert(o.value(u"id"_s).toInteger());
    }
    EXPECT_EQ(ids.size(), total);
    EXPECT_EQ(QJsonDocument::fromJson(lines.first()).object().value(u"message"_s).toString(),
              u"quoted \"text\", with a comma"_s);
}

TEST_F(SearchViewTest, CompletionOffersFieldNamesAndEnterTakesIt)
{
    fill(50);
    LogsPanel *panel = makePanel();
    SearchView *view = panel->storeView();
    QueryEdit *edit = view->queryEdit();
    ASSERT_TRUE(waitUntil([&] { return edit->fieldNames().contains(u"request_id:"_s); }));
    EXPECT_TRUE(edit->fieldNames().contains(u"service:"_s));

    edit->setFocus();
    edit->clear();
    QTest::keyClicks(edit, u"timeout ser"_s);
    QCompleter *completer = edit->fieldCompleter();
    ASSERT_TRUE(waitUntil([&] { return completer->popup()->isVisible(); }));
    EXPECT_EQ(completer->currentCompletion(), u"service:"_s);
    const int before = searchCount(view);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    EXPECT_EQ(edit->text(), u"timeout service:"_s);
    EXPECT_FALSE(completer->popup()->isVisible());
    QTest::qWait(50);
    EXPECT_EQ(searchCount(view), before) << "Enter in the popup completes, it does not search";

    // Values are not field names: no popup inside "service:ap".
    QTest::keyClicks(edit, u"ap"_s);
    EXPECT_FALSE(completer->popup()->isVisible());
}
