// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// Dashboards over a real embedded metrics store in a temporary folder
// (samples written by the test, read back through IMetricsSource): series
// shown at no more points than pixels, single values and gauges, query
// errors in the panel, the shared crosshair, alert annotations, refreshes
// that never overlap, and the JSON format with its errors.
#include "capacitytestsupport.h"

#include <alertsmodel.h>
#include <alertsview.h>
#include <chartpanel.h>
#include <dashboardspec.h>
#include <dashboardview.h>

#include <opsdeck/api/pipelineengine.h>
#include <opsdeck/metrics/embeddedmetricssource.h>
#include <opsdeck/metrics/metricsstore.h>

#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

#include <QLocale>

#include <gtest/gtest.h>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace OpsDeck;
using namespace OpsDeck::Capacity::Internal;
using namespace OpsDeck::Test::CapacityGui;
using OpsDeck::Test::waitUntil;

namespace {

/**
 * A pipeline engine that knows only its deployments and audit trail: what
 * the dashboards read for their markers, through IPipelineEngine.
 */
class DeploymentsOnlyEngine final : public Backend::IPipelineEngine
{
public:
    explicit DeploymentsOnlyEngine(qint64 nowMs)
        : m_now(nowMs)
    {
    }
    QString displayName() const override { return u"deployments"_s; }
    QFuture<Result<QList<Backend::PipelineRun>>> listRuns(const Backend::RunFilter &) override
    {
        return QtFuture::makeReadyFuture(Result<QList<Backend::PipelineRun>>(QList<Backend::PipelineRun>{}));
    }
    QFuture<Result<Backend::PipelineRun>> trigger(const Backend::TriggerRequest &) override
    {
        return QtFuture::makeReadyFuture(Result<Backend::PipelineRun>(fail(ErrorCode::Unsupported, u"no"_s)));
    }
    QFuture<Result<>> cancel(const QString &) override { return QtFuture::makeReadyFuture(Result<>()); }
    QFuture<Result<QList<Backend::Deployment>>> deployments(const QString &, int) override
    {
        Backend::Deployment inside;
        inside.id = u"dep-1"_s;
        inside.environment = u"production"_s;
        inside.status = Backend::DeploymentStatus::Success;
        inside.startedAt = QDateTime::fromMSecsSinceEpoch(m_now - 20 * 60'000);
        Backend::Deployment old = inside;
        old.id = u"dep-0"_s;
        old.startedAt = QDateTime::fromMSecsSinceEpoch(m_now - 5 * 3600'000); // outside the last hour
        return QtFuture::makeReadyFuture(Result<QList<Backend::Deployment>>(QList<Backend::Deployment>{inside, old}));
    }
    QFuture<Result<QList<Backend::PipelineEvent>>> events(const QString &, int) override
    {
        Backend::PipelineEvent rollback{QDateTime::fromMSecsSinceEpoch(m_now - 10 * 60'000), u"run-2"_s, 0, u"rollback"_s,
                                        u"ada"_s, u"production back to dep-1"_s};
        Backend::PipelineEvent approve{QDateTime::fromMSecsSinceEpoch(m_now - 15 * 60'000), u"run-2"_s, 3, u"approve"_s,
                                       u"ada"_s, {}};
        return QtFuture::makeReadyFuture(Result<QList<Backend::PipelineEvent>>(QList<Backend::PipelineEvent>{rollback, approve}));
    }

private:
    qint64 m_now;
};

class DashboardsFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_now = QDateTime::currentMSecsSinceEpoch();
        Metrics::StoreOptions options;
        options.backgroundThread = false;
        auto store = Metrics::MetricsStore::open(m_dir.filePath(u"ws"_s), options);
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        m_store = *store;
        // An hour of queue depth every 10 s: a ramp 0..359, so the last value is known.
        auto queue = m_store->series({{u"__name__"_s, u"opsdeck_pipeline_queue_depth"_s}});
        ASSERT_TRUE(queue.ok());
        auto ratio = m_store->series({{u"__name__"_s, u"opsdeck_pipeline_deployment_success_ratio"_s}});
        ASSERT_TRUE(ratio.ok());
        for (int i = 0; i < 360; ++i) {
            const qint64 at = m_now - 3600'000 + qint64(i + 1) * 10'000 - 5'000;
            ASSERT_EQ(m_store->append(*queue, at, double(i)), Metrics::MetricsStore::AppendStatus::Ok);
            ASSERT_EQ(m_store->append(*ratio, at, 0.97), Metrics::MetricsStore::AppendStatus::Ok);
        }
        ASSERT_TRUE(m_store->flush().ok());
        auto store2 = m_store;
        const qint64 now = m_now;
        m_registry = makeRegistry(m_dir.filePath(u"ws"_s), [store2, now] {
            std::vector<std::unique_ptr<Backend::IBackend>> backends;
            backends.push_back(std::make_unique<Metrics::EmbeddedMetricsSource>(store2));
            backends.push_back(std::make_unique<DeploymentsOnlyEngine>(now));
            return backends;
        });
        m_view = std::make_unique<DashboardView>(*m_registry);
        m_view->setClock([this] { return QDateTime::fromMSecsSinceEpoch(m_now); });
        m_view->resize(1500, 900);
        m_view->show();
    }

    void TearDown() override
    {
        m_view.reset();
        m_registry.reset();
        m_store.reset();
    }

    bool settle()
    {
        return waitUntil([this] { return !m_view->isRefreshing(); }, std::chrono::seconds(20));
    }

    static PanelSpec panel(const QString &title, PanelType type, const QString &query)
    {
        PanelSpec p;
        p.title = title;
        p.type = type;
        p.query = query;
        return p;
    }

    QTemporaryDir m_dir;
    qint64 m_now = 0;
    std::shared_ptr<Metrics::MetricsStore> m_store;
    std::unique_ptr<Backend::BackendRegistry> m_registry;
    std::unique_ptr<DashboardView> m_view;
};

} // namespace

TEST_F(DashboardsFixture, ShowsSeriesFromTheEmbeddedStoreAtNoMorePointsThanPixels)
{
    DashboardSpec spec;
    spec.title = u"t"_s;
    spec.columns = 2;
    PanelSpec single = panel(u"Queue now"_s, PanelType::SingleValue, u"opsdeck_pipeline_queue_depth"_s);
    single.unit = u"jobs"_s;
    single.warning = 50;
    PanelSpec gauge = panel(u"Success"_s, PanelType::Gauge, u"opsdeck_pipeline_deployment_success_ratio"_s);
    gauge.unit = u"%"_s;
    gauge.scale = 100;
    gauge.min = 0;
    gauge.max = 100;
    spec.panels = {panel(u"Queue"_s, PanelType::Line, u"opsdeck_pipeline_queue_depth"_s),
                   panel(u"Queue area"_s, PanelType::Area, u"max_over_time(opsdeck_pipeline_queue_depth[1m])"_s), single, gauge};
    const int before = m_view->completedRefreshes();
    m_view->setDashboard(spec);
    ASSERT_TRUE(waitUntil([&] { return m_view->completedRefreshes() > before && !m_view->isRefreshing(); }));
    ASSERT_EQ(m_view->panels().size(), 4);
    ChartPanel *line = m_view->panels()[0];
    ASSERT_FALSE(line->showsError()) << line->errorText().toStdString();
    ASSERT_EQ(line->seriesCount(), 1);
    EXPECT_GT(line->shownPointCount(0), 10);
    // The step follows the plot width: never more points than pixels.
    EXPECT_LE(line->bufferedPointCount(0), line->plotWidth() + 1) << line->plotWidth();
    EXPECT_LE(line->shownPointCount(0), 4 * line->plotWidth());
    EXPECT_EQ(line->valueText(), u"359"_s);
    EXPECT_FALSE(m_view->panels()[1]->showsError()) << m_view->panels()[1]->errorText().toStdString();
    EXPECT_GT(m_view->panels()[1]->shownPointCount(0), 0);
    EXPECT_EQ(m_view->panels()[2]->valueText(), u"359 jobs"_s);
    EXPECT_FALSE(m_view->panels()[3]->showsError());
    EXPECT_TRUE(m_view->statusLabel()->text().contains(u"Refreshed"_s)) << m_view->statusLabel()->text().toStdString();
    saveScreenshot(*m_view, u"capacity-dashboard.png"_s);
}

TEST_F(DashboardsFixture, AForecastSaysWhenARisingSeriesReachesItsLimit)
{
    // The queue grows by one every 10 s to 359: at that trend it reaches 500
    // about 1,410 s after the last point; the success ratio is flat.
    PanelSpec rising = panel(u"Queue"_s, PanelType::Line, u"opsdeck_pipeline_queue_depth"_s);
    rising.unit = u"jobs"_s;
    rising.forecastLimit = 500;
    PanelSpec flat = panel(u"Success"_s, PanelType::Line, u"opsdeck_pipeline_deployment_success_ratio"_s);
    flat.forecastLimit = 0.99;
    DashboardSpec spec;
    spec.title = u"forecast"_s;
    spec.panels = {rising, flat};
    const int before = m_view->completedRefreshes();
    m_view->setDashboard(spec);
    ASSERT_TRUE(waitUntil([&] { return m_view->completedRefreshes() > before && !m_view->isRefreshing(); }));
    ChartPanel *queue = m_view->panels()[0];
    ASSERT_FALSE(queue->showsError()) << queue->errorText().toStdString();
    const QString text = queue->forecastText();
    EXPECT_TRUE(text.contains(u"reaches 500 jobs on"_s)) << text.toStdString();
    // A range query's value at each step is the last sample before it, so
    // the drawn series lags the samples by up to one step (30 s here).
    const QDateTime expected = QDateTime::fromMSecsSinceEpoch(m_now - 5'000 + 1'410'000);
    ASSERT_TRUE(queue->forecastWhen().has_value());
    EXPECT_LE(std::abs(expected.secsTo(*queue->forecastWhen())), 60)
        << queue->forecastWhen()->toString(Qt::ISODate).toStdString() << " against about "
        << expected.toString(Qt::ISODate).toStdString();
    EXPECT_TRUE(m_view->panels()[1]->forecastText().startsWith(u"no rise toward"_s))
        << m_view->panels()[1]->forecastText().toStdString();
}

TEST_F(DashboardsFixture, QueryErrorsShowTheirTextInThePanel)
{
    DashboardSpec spec;
    spec.title = u"t"_s;
    PanelSpec missing = panel(u"Elsewhere"_s, PanelType::Line, u"up"_s);
    missing.source = u"prometheus-eu"_s;
    spec.panels = {panel(u"Broken"_s, PanelType::Line, u"rate(opsdeck_pipeline_queue_depth"_s),
                   panel(u"Unsupported"_s, PanelType::Line, u"opsdeck_pipeline_queue_depth / opsdeck_pipeline_queue_depth"_s),
                   missing, panel(u"Fine"_s, PanelType::Line, u"opsdeck_pipeline_queue_depth"_s)};
    m_view->setDashboard(spec);
    ASSERT_TRUE(settle());
    const QList<ChartPanel *> panels = m_view->panels();
    ASSERT_TRUE(panels[0]->showsError());
    EXPECT_TRUE(panels[0]->errorText().contains(u"1:"_s)) << panels[0]->errorText().toStdString(); // LINE:COLUMN
    ASSERT_TRUE(panels[1]->showsError());
    EXPECT_TRUE(panels[1]->errorText().contains(u"Not supported"_s)) << panels[1]->errorText().toStdString();
    ASSERT_TRUE(panels[2]->showsError());
    EXPECT_TRUE(panels[2]->errorText().contains(u"prometheus-eu"_s)) << panels[2]->errorText().toStdString();
    EXPECT_FALSE(panels[3]->showsError());
    EXPECT_TRUE(m_view->statusLabel()->text().contains(u"3 panel"_s)) << m_view->statusLabel()->text().toStdString();
    saveScreenshot(*m_view, u"capacity-dashboard-errors.png"_s);
}

TEST_F(DashboardsFixture, CrosshairIsSharedAndAlertsAreMarkedOnEveryPanel)
{
    DashboardSpec spec;
    spec.title = u"t"_s;
    spec.panels = {panel(u"A"_s, PanelType::Line, u"opsdeck_pipeline_queue_depth"_s),
                   panel(u"B"_s, PanelType::Line, u"opsdeck_pipeline_deployment_success_ratio"_s)};
    m_view->setDashboard(spec);
    ASSERT_TRUE(settle());
    // The engine's deployment and rollback in the last hour (not the older one, not the approval).
    ASSERT_TRUE(waitUntil([&] { return m_view->annotations().size() == 3; }))
        << m_view->annotations().size(); // two deployments and the rollback, before the window cut
    for (ChartPanel *p : m_view->panels())
        EXPECT_EQ(p->annotationCount(), 2);
    AlertsView alerts;
    m_view->setAlertHistory(alerts.history());
    alerts.history()->addEntries({{QDateTime::fromMSecsSinceEpoch(m_now - 1800'000), u"QueueDepthHigh"_s, {}, u"warning"_s,
                                   AlertRowState::Pending, AlertRowState::Firing, 51, u"queue above 50"_s}});
    for (ChartPanel *p : m_view->panels())
        EXPECT_EQ(p->annotationCount(), 3);
    QStringList kinds;
    for (const Annotation &a : m_view->annotations())
        kinds << QString::number(int(a.kind));
    EXPECT_EQ(kinds.join(u","_s), u"0,0,1,2"_s); // deployment ×2, rollback, alert

    // Hover the middle of the first panel's plot: every panel shows the line and its values.
    ChartPanel *first = m_view->panels()[0];
    QChartView *view = first->chartView();
    const QRectF plot = view->chart()->plotArea();
    const QPoint at = view->mapFromScene(view->chart()->mapToScene(plot.center()));
    QTest::mouseMove(view->viewport(), at);
    ASSERT_TRUE(waitUntil([&] { return !m_view->panels()[1]->crosshairText().isEmpty(); }, std::chrono::seconds(5)));
    EXPECT_TRUE(first->crosshairText().contains(u"opsdeck_pipeline_queue_depth"_s)) << first->crosshairText().toStdString();
    EXPECT_TRUE(m_view->panels()[1]->crosshairText().contains(u"0.97"_s)) << m_view->panels()[1]->crosshairText().toStdString();
    saveScreenshot(*m_view, u"capacity-dashboard-crosshair.png"_s);
}

TEST_F(DashboardsFixture, RefreshesNeverOverlap)
{
    m_view->setDashboard(defaultDashboard());
    ASSERT_TRUE(settle());
    const int skipped = m_view->skippedRefreshes();
    m_view->refresh();
    ASSERT_TRUE(m_view->isRefreshing());
    m_view->refresh(); // a tick while one is in flight is dropped
    EXPECT_EQ(m_view->skippedRefreshes(), skipped + 1);
    ASSERT_TRUE(settle());
    // The default dashboard's panels whose metrics exist show them.
    EXPECT_FALSE(m_view->panels()[0]->showsError()) << m_view->panels()[0]->errorText().toStdString();
}

TEST_F(DashboardsFixture, SavedDashboardLoadsBackAndBrokenFilesSayWhere)
{
    const QString folder = m_dir.filePath(u"ws/capacity/dashboards"_s);
    m_view->setDirectory(folder);
    ASSERT_TRUE(m_view->saveDashboard(u"key.json"_s).ok());
    ASSERT_TRUE(QFile::exists(QDir(folder).filePath(u"key.json"_s)));
    ASSERT_TRUE(OpsDeck::Test::writeAll(QDir(folder).filePath(u"broken.json"_s), "{\n  \"title\": \"x\",\n  \"panels\": [ oops ]\n}\n"));
    EXPECT_FALSE(m_view->loadDashboard(u"broken.json"_s));
    EXPECT_TRUE(m_view->statusLabel()->text().startsWith(u"broken.json:3:"_s)) << m_view->statusLabel()->text().toStdString();
    ASSERT_TRUE(m_view->loadDashboard(u"key.json"_s));
    EXPECT_EQ(m_view->dashboard().panels.size(), defaultDashboard().panels.size());
    EXPECT_EQ(m_view->panels().size(), defaultDashboard().panels.size());
}

TEST(DashboardSpec, RoundTripsAndNamesTheBadField)
{
    const DashboardSpec d = defaultDashboard();
    QStringList queries;
    for (const PanelSpec &p : d.panels)
        queries << p.query;
    for (const QString &metric : {u"opsdeck_pipeline_queue_depth"_s, u"opsdeck_pipeline_deployment_success_ratio"_s,
                                  u"opsdeck_pipeline_run_failure_ratio"_s, u"opsdeck_pipeline_worker_utilisation_ratio"_s,
                                  u"rate(opsdeck_log_ingest_records_total[5m])"_s, u"opsdeck_log_search_duration_seconds"_s,
                                  u"rate(opsdeck_vault_operations_total[5m])"_s})
        EXPECT_TRUE(queries.join(u"\n"_s).contains(metric)) << metric.toStdString();
    Result<DashboardSpec> back = parseDashboard(dashboardToJson(d));
    ASSERT_TRUE(back.ok()) << back.error().detail.toStdString();
    EXPECT_EQ(back->panels.size(), d.panels.size());
    EXPECT_EQ(back->panels[1].type, PanelType::Gauge);
    EXPECT_TRUE(back->panels[1].badWhenBelow);
    EXPECT_EQ(back->panels[1].max, 100);
    EXPECT_EQ(back->refreshSeconds, d.refreshSeconds);

    Result<DashboardSpec> badType = parseDashboard(R"({"title":"x","panels":[{"title":"a","query":"up"},{"title":"b","type":"pie","query":"up"}]})", u"d.json"_s);
    ASSERT_FALSE(badType.ok());
    EXPECT_TRUE(badType.error().detail.contains(u"panels[1].type"_s)) << badType.error().detail.toStdString();
    Result<DashboardSpec> badRefresh = parseDashboard(R"({"title":"x","refresh_seconds":7,"panels":[]})");
    ASSERT_FALSE(badRefresh.ok());
    EXPECT_TRUE(badRefresh.error().detail.contains(u"refresh_seconds"_s));
    Result<DashboardSpec> gauge = parseDashboard(R"({"title":"x","panels":[{"title":"g","type":"gauge","query":"up"}]})");
    ASSERT_FALSE(gauge.ok());
    EXPECT_TRUE(gauge.error().detail.contains(u"panels[0].max"_s));
}

TEST(AlertsList, SortsFiringFirstFiltersAndKeepsHistory)
{
    AlertsView view;
    const QDateTime t = QDateTime::currentDateTime();
    view.model()->setRows({{u"WorkerUtilisationLow"_s, {}, u"info"_s, AlertRowState::Resolved, t.addSecs(-600), 0.4, u"back to normal"_s},
                           {u"QueueDepthHigh"_s, u"{pool=\"deploy\"}"_s, u"warning"_s, AlertRowState::Firing, t.addSecs(-60), 72, u"queue above 50"_s},
                           {u"SearchLatency"_s, {}, u"warning"_s, AlertRowState::Error, t, NAN, u"1:6: unexpected end of input"_s},
                           {u"DeploySuccessLow"_s, {}, u"critical"_s, AlertRowState::Pending, t.addSecs(-30), 0.93, u"success below 95 %"_s}});
    AlertsModel *m = view.model();
    ASSERT_EQ(m->rowCount(), 4);
    EXPECT_EQ(m->index(0, AlertsModel::Name).data().toString(), u"QueueDepthHigh {pool=\"deploy\"}"_s);
    EXPECT_TRUE(m->index(0, AlertsModel::State).data().toString().contains(u"firing"_s));
    EXPECT_TRUE(m->index(1, AlertsModel::State).data().toString().contains(u"pending"_s));
    EXPECT_TRUE(m->index(2, AlertsModel::State).data().toString().contains(u"error"_s));
    EXPECT_EQ(m->index(2, AlertsModel::Value).data().toString(), u"—"_s); // an error has no value, not 0
    EXPECT_EQ(m->index(0, AlertsModel::Value).data().toString(), u"72"_s);
    EXPECT_EQ(m->firingCount(), 1);
    EXPECT_TRUE(view.summaryLabel()->text().contains(u"1 firing"_s));
    QTest::keyClicks(view.filterEdit(), u"critical"_s);
    EXPECT_EQ(view.table()->model()->rowCount(), 1);
    view.history()->addEntries({{t.addSecs(-60), u"QueueDepthHigh"_s, {}, u"warning"_s, AlertRowState::Pending, AlertRowState::Firing, 72, {}},
                                {t.addSecs(-120), u"QueueDepthHigh"_s, {}, u"warning"_s, AlertRowState::Resolved, AlertRowState::Pending, 55, {}}});
    ASSERT_EQ(view.history()->rowCount(), 2);
    EXPECT_TRUE(view.history()->index(0, AlertHistoryModel::Change).data().toString().contains(u"firing"_s));
}

TEST_F(DashboardsFixture, CustomRangeAndKeyboardZoomAndPan)
{
    DashboardSpec spec;
    spec.title = u"t"_s;
    spec.panels = {panel(u"Queue"_s, PanelType::Line, u"opsdeck_pipeline_queue_depth"_s)};
    m_view->setDashboard(spec);
    ASSERT_TRUE(settle());
    // The last 20 minutes of the hour written: values 239..359.
    TimeRange range;
    range.preset = TimeRange::Preset::Custom;
    range.from = QDateTime::fromMSecsSinceEpoch(m_now - 20 * 60'000);
    range.to = QDateTime::fromMSecsSinceEpoch(m_now);
    m_view->setRange(range);
    ASSERT_TRUE(settle());
    ChartPanel *p = m_view->panels()[0];
    ASSERT_FALSE(p->showsError()) << p->errorText().toStdString();
    const auto [from, to] = p->window();
    EXPECT_EQ(qint64(from), m_now - 20 * 60'000);
    EXPECT_EQ(qint64(to), m_now);

    // Keyboard: + zooms in around the middle, → pans, 0 goes back.
    QWidget *chart = p->chartView();
    chart->setFocus();
    QTest::keyClick(chart, Qt::Key_Plus);
    const auto [zf, zt] = p->window();
    EXPECT_NEAR(zt - zf, 0.8 * (to - from), 1.0);
    QTest::keyClick(chart, Qt::Key_Right);
    EXPECT_NEAR(p->window().first, zf + 0.2 * (zt - zf), 1.0);
    EXPECT_LE(p->shownPointCount(0), 4 * p->plotWidth());
    QTest::keyClick(chart, Qt::Key_0);
    EXPECT_EQ(p->window().first, from);
    EXPECT_EQ(p->window().second, to);

    // The refresh interval runs the timer; off stops it.
    const int before = m_view->completedRefreshes();
    m_view->setRefreshSeconds(5);
    ASSERT_TRUE(waitUntil([&] { return m_view->completedRefreshes() > before; }, std::chrono::seconds(12)));
    m_view->setRefreshSeconds(0);
}
