// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// Figures for docs/capacity-panel.md (printed as "[ figure ]" lines, never
// asserted): a pan/zoom frame of a 1,000,000-point series at 1,600 px against
// drawing it undownsampled, streaming 10,000 new points into a visible chart,
// and the longest GUI-thread stall while a 12-panel dashboard over a real
// embedded metrics store refreshes every 5 s.
#include "capacitytestsupport.h"
#include "stallmeter.h"

#include <chartpanel.h>
#include <dashboardview.h>
#include <seriesdata.h>

#include <opsdeck/metrics/embeddedmetricssource.h>
#include <opsdeck/metrics/metricsstore.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <iostream>
#include <random>

using namespace Qt::StringLiterals;
using namespace OpsDeck;
using namespace OpsDeck::Capacity::Internal;
using namespace OpsDeck::Test::CapacityGui;
using OpsDeck::Test::StallMeter;
using OpsDeck::Test::waitUntil;

namespace {

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5))];
}

/** A million samples a second apart: a slow wave, noise and a few spikes. */
Result<QList<Backend::MetricSeries>> millionPoints(qint64 startMs)
{
    Backend::MetricSeries series;
    series.labels = {{u"__name__"_s, u"opsdeck_bench_wave"_s}};
    series.samples.reserve(1'000'000);
    std::mt19937_64 random(7);
    std::normal_distribution<double> noise(0, 3);
    for (int i = 0; i < 1'000'000; ++i) {
        double v = 50 + 30 * std::sin(i / 20'000.0) + noise(random);
        if (i % 99'991 == 0)
            v += 200;
        series.samples.append({startMs + qint64(i) * 1000, v});
    }
    return QList<Backend::MetricSeries>{series};
}

} // namespace

TEST(CapacityBench, PanZoomOfAMillionPointsAndStreaming)
{
    PanelSpec spec;
    spec.title = u"1,000,000 points"_s;
    spec.query = u"opsdeck_bench_wave"_s;
    ChartPanel panel(spec);
    panel.resize(1700, 600);
    panel.show();
    QCoreApplication::processEvents();
    const int width = panel.plotWidth();
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - 1'000'000'000;
    const Result<QList<Backend::MetricSeries>> raw = millionPoints(start);

    QElapsedTimer clock;
    clock.start();
    PanelData data = preparePanelData(raw, 1, width, start, start + 999'999'000, 1000);
    const double prepareMs = double(clock.nsecsElapsed()) / 1e6;
    panel.applyData(data);
    ASSERT_EQ(panel.bufferedPointCount(0), 1'000'000);
    std::cout << "[ figure ] plot width " << width << " px; reducing 1,000,000 points (worker thread): " << prepareMs
              << " ms to " << panel.shownPointCount(0) << " points" << std::endl;

    // Pan and zoom: each frame re-slices the buffer and paints.
    std::vector<double> frames;
    std::mt19937 random(3);
    for (int i = 0; i < 80; ++i) {
        clock.restart();
        if (i % 4 == 0)
            panel.zoom(i % 8 == 0 ? 0.7 : 1.3);
        else
            panel.pan((random() % 2 ? 1 : -1) * 0.1);
        panel.chartView()->viewport()->repaint();
        frames.push_back(double(clock.nsecsElapsed()) / 1e6);
        EXPECT_LE(panel.shownPointCount(0), 4 * width);
    }
    std::cout << "[ figure ] pan/zoom frame, 1,000,000 points at " << width << " px: p50 " << percentile(frames, 0.5)
              << " ms, p95 " << percentile(frames, 0.95) << " ms, max " << percentile(frames, 1.0) << " ms (target p95 <= 33 ms)"
              << std::endl;

    // The same chart drawn without downsampling: every point handed to QtCharts.
    {
        QChart *chart = panel.chartView()->chart();
        auto *series = qobject_cast<QLineSeries *>(chart->series().value(0));
        ASSERT_NE(series, nullptr);
        QList<QPointF> all = *data.series.first().full;
        clock.restart();
        series->replace(all);
        panel.chartView()->viewport()->repaint();
        std::cout << "[ figure ] the same frame undownsampled (1,000,000 points to QtCharts): "
                  << double(clock.nsecsElapsed()) / 1e6 << " ms" << std::endl;
        panel.resetZoom();
        panel.chartView()->viewport()->repaint();
    }

    // Streaming: 10,000 new points into the visible chart, one replace().
    // (The panel is the buffer's only holder then, as after a real refresh.)
    data = {};
    QList<QPointF> more;
    for (int i = 0; i < 10'000; ++i)
        more.append({double(start + 1'000'000'000 + qint64(i) * 1000), 40.0 + (i % 100)});
    clock.restart();
    panel.appendPoints(0, more);
    panel.chartView()->viewport()->repaint();
    std::cout << "[ figure ] streaming 10,000 new points into a visible chart: " << double(clock.nsecsElapsed()) / 1e6
              << " ms (target <= 100 ms)" << std::endl;
    EXPECT_EQ(panel.bufferedPointCount(0), 1'010'000);

    // For contrast, what QtCharts' append() costs point by point on a visible series (1,000 of them).
    {
        QLineSeries *series = qobject_cast<QLineSeries *>(panel.chartView()->chart()->series().value(0));
        clock.restart();
        for (int i = 0; i < 1000; ++i)
            series->append(more[i]);
        panel.chartView()->viewport()->repaint();
        std::cout << "[ figure ] 1,000 single append() calls on the visible series instead: "
                  << double(clock.nsecsElapsed()) / 1e6 << " ms" << std::endl;
    }
    saveScreenshot(panel, u"capacity-bench-million.png"_s);
}

TEST(CapacityBench, TwelvePanelDashboardRefreshingEveryFiveSeconds)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    Metrics::StoreOptions options;
    options.backgroundThread = false;
    auto store = Metrics::MetricsStore::open(dir.filePath(u"ws"_s), options);
    ASSERT_TRUE(store.ok());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Twelve series, an hour at 1 s each: 43,200 samples.
    for (int s = 0; s < 12; ++s) {
        auto ref = (*store)->series({{u"__name__"_s, u"opsdeck_bench_%1"_s.arg(s)}});
        ASSERT_TRUE(ref.ok());
        for (int i = 0; i < 3600; ++i)
            (*store)->append(*ref, now - 3'600'000 + qint64(i) * 1000, std::sin(i / 300.0 + s) * 10 + 20);
    }
    ASSERT_TRUE((*store)->flush().ok());
    std::shared_ptr<Metrics::MetricsStore> shared = *store;
    auto registry = makeRegistry(dir.filePath(u"ws"_s), [shared] {
        std::vector<std::unique_ptr<Backend::IBackend>> backends;
        backends.push_back(std::make_unique<Metrics::EmbeddedMetricsSource>(shared));
        return backends;
    });
    DashboardView view(*registry);
    view.resize(1600, 1000);
    view.show();
    DashboardSpec spec;
    spec.title = u"twelve"_s;
    spec.columns = 4;
    spec.refreshSeconds = 5;
    for (int s = 0; s < 12; ++s) {
        PanelSpec p;
        p.title = u"series %1"_s.arg(s);
        p.query = u"max_over_time(opsdeck_bench_%1[1m])"_s.arg(s);
        spec.panels.append(p);
    }
    view.setDashboard(spec);
    ASSERT_TRUE(waitUntil([&] { return !view.isRefreshing() && view.completedRefreshes() >= 1; }, std::chrono::seconds(30)));
    const int before = view.completedRefreshes();
    StallMeter meter;
    meter.start();
    QElapsedTimer clock;
    clock.start();
    waitUntil([&] { return view.completedRefreshes() >= before + 3 && !view.isRefreshing(); }, std::chrono::seconds(30));
    meter.stop();
    std::cout << "[ figure ] 12-panel dashboard, refresh every 5 s, " << view.completedRefreshes() - before << " refreshes in "
              << clock.elapsed() << " ms: longest GUI-thread stall " << meter.maxMs() << " ms (target <= 16 ms); gaps over 16 ms: "
              << meter.over16() << " of " << meter.ticks() << " ticks; skipped ticks " << view.skippedRefreshes() << std::endl;
    for (ChartPanel *p : view.panels())
        EXPECT_FALSE(p->showsError()) << p->errorText().toStdString();
    saveScreenshot(view, u"capacity-bench-twelve.png"_s);
}
