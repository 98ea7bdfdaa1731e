// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "plannercharts.h"

#include "asyncresult.h"
#include "capacitystyle.h"
#include "capacitytr.h"

#include <opsdeck/metrics/downsample.h>
#include <opsdeck/planner/units.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace OpsDeck::Capacity::Internal {

namespace {

QChartView *makeChartView(QWidget *parent, QChart *chart)
{
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundRoundness(0);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing, false);
    view->setMinimumHeight(180);
    return view;
}

} // namespace

// ---- GrowthChart -----------------------------------------------------------

GrowthChart::GrowthChart(QWidget *parent)
    : QWidget(parent)
{
    m_pick = new QComboBox(this);
    m_pick->setAccessibleName(Tr::tr("Projected resource"));
    auto *chart = new QChart;
    m_values = new QLineSeries(chart);
    m_limit = new QLineSeries(chart);
    QPen limitPen(Style::errorColor(palette()));
    limitPen.setStyle(Qt::DashLine);
    limitPen.setWidth(2);
    m_limit->setPen(limitPen);
    chart->addSeries(m_values);
    chart->addSeries(m_limit);
    m_x = new QValueAxis(chart);
    m_x->setTitleText(Tr::tr("month"));
    m_x->setLabelFormat(u"%d"_s);
    m_y = new QValueAxis(chart);
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    for (QLineSeries *series : {m_values, m_limit}) {
        series->attachAxis(m_x);
        series->attachAxis(m_y);
    }
    m_view = makeChartView(this, chart);
    m_crossing = new QLabel(this);
    m_crossing->setWordWrap(true);

    auto *top = new QHBoxLayout;
    auto *label = new QLabel(Tr::tr("&Resource:"), this);
    label->setBuddy(m_pick);
    top->addWidget(label);
    top->addWidget(m_pick, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_crossing);
    connect(m_pick, &QComboBox::currentIndexChanged, this, &GrowthChart::showProjection);
    setProjections({});
}

void GrowthChart::setProjections(const QList<Planner::Projection> &projections)
{
    const QString current = m_pick->currentData().toString();
    m_projections = projections;
    const QSignalBlocker block(m_pick);
    m_pick->clear();
    // Keep the user's pick; else open on the first resource that crosses its limit.
    int keep = -1, firstCrossing = -1;
    for (int i = 0; i < projections.size(); ++i) {
        m_pick->addItem(projections[i].label, projections[i].name);
        if (projections[i].name == current)
            keep = i;
        if (firstCrossing < 0 && projections[i].crossesAtMonth)
            firstCrossing = i;
    }
    if (keep < 0)
        keep = std::max(0, firstCrossing);
    m_pick->setEnabled(!projections.isEmpty());
    m_pick->setCurrentIndex(projections.isEmpty() ? -1 : keep);
    showProjection(projections.isEmpty() ? -1 : keep);
}

QString GrowthChart::crossingText() const
{
    return m_crossing->text();
}

void GrowthChart::showProjection(int index)
{
    if (index < 0 || index >= m_projections.size()) {
        m_values->clear();
        m_limit->clear();
        m_crossing->setText(Tr::tr("Add the growth model (monthly growth) to project the resources over 24 months."));
        return;
    }
    const Planner::Projection &p = m_projections[index];
    double top = 0;
    for (double v : p.values)
        top = std::max(top, v);
    if (p.limit)
        top = std::max(top, *p.limit);
    // One unit for the whole axis, picked for the largest value.
    const Planner::Shown scale = Planner::show(top > 0 ? top : 1, p.dimension);
    const double factor = top > 0 ? scale.value / top : 1;
    QList<QPointF> points;
    points.reserve(p.values.size());
    for (int m = 0; m < p.values.size(); ++m)
        points.append({double(m), p.values[m] * factor});
    m_values->setName(p.label);
    m_values->replace(points);
    if (p.limit) {
        m_limit->setName(Tr::tr("limit %1").arg(Planner::formatMeasure(*p.limit, p.dimension)));
        m_limit->replace({{0, *p.limit * factor}, {double(std::max<qsizetype>(1, p.values.size() - 1)), *p.limit * factor}});
        m_limit->setVisible(true);
    } else {
        m_limit->clear();
        m_limit->setVisible(false);
    }
    m_x->setRange(0, std::max<qsizetype>(1, p.values.size() - 1));
    m_x->setTickCount(std::min<int>(13, int(p.values.size())));
    m_y->setRange(0, top * factor * 1.08);
    m_y->setTitleText(scale.unit);
    if (p.crossesAtMonth)
        m_crossing->setText(Tr::tr("%1 crosses its limit (%2) in month %3.")
                                .arg(p.label, Planner::formatMeasure(*p.limit, p.dimension))
                                .arg(*p.crossesAtMonth));
    else if (p.limit)
        m_crossing->setText(Tr::tr("%1 stays under its limit (%2) for the %3 months shown.")
                                .arg(p.label, Planner::formatMeasure(*p.limit, p.dimension))
                                .arg(p.values.size() - 1));
    else
        m_crossing->setText(Tr::tr("No limit set for %1.").arg(p.label));
    m_crossing->setStyleSheet(p.crossesAtMonth ? u"color: %1; font-weight: bold;"_s.arg(Style::errorColor(palette()).name())
                                               : QString());
}

// ---- SimulationPanel -------------------------------------------------------

SimulationPanel::SimulationPanel(QWidget *parent)
    : QWidget(parent)
{
    m_load = new QLineEdit(this);
    m_load->setObjectName(u"capacity.simulation.load"_s);
    m_load->setAccessibleName(Tr::tr("Load curve"));
    m_load->setToolTip(Tr::tr("constant:rate=1.2, step:before=0.2,after=1.2,at=3600, ramp:from=0.1,to=1.2,start=0,end=7200, "
                              "diurnal:low=0.12,high=1.2, spike:base=0.12,peak=1.2,at=3600,duration=600 (per second, seconds)"));
    m_duration = new QComboBox(this);
    m_duration->addItem(Tr::tr("1 hour"), 3600.0);
    m_duration->addItem(Tr::tr("6 hours"), 6 * 3600.0);
    m_duration->addItem(Tr::tr("24 hours"), 24 * 3600.0);
    m_duration->setCurrentIndex(2);
    m_runButton = new QPushButton(Tr::tr("Si&mulate"), this);
    m_cancelButton = new QPushButton(Tr::tr("Cancel"), this);
    m_cancelButton->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    auto *chart = new QChart;
    m_queue = new QLineSeries(chart);
    m_queue->setName(Tr::tr("queue depth"));
    m_queue->setColor(Style::seriesColor(1));
    m_replicas = new QLineSeries(chart);
    m_replicas->setName(Tr::tr("replicas"));
    m_replicas->setColor(Style::seriesColor(0));
    chart->addSeries(m_queue);
    chart->addSeries(m_replicas);
    m_x = new QValueAxis(chart);
    m_x->setTitleText(Tr::tr("hours"));
    m_yQueue = new QValueAxis(chart);
    m_yQueue->setTitleText(Tr::tr("queued jobs"));
    m_yReplicas = new QValueAxis(chart);
    m_yReplicas->setTitleText(Tr::tr("replicas"));
    m_yReplicas->setLabelFormat(u"%d"_s);
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_yQueue, Qt::AlignLeft);
    chart->addAxis(m_yReplicas, Qt::AlignRight);
    m_queue->attachAxis(m_x);
    m_queue->attachAxis(m_yQueue);
    m_replicas->attachAxis(m_x);
    m_replicas->attachAxis(m_yReplicas);
    m_view = makeChartView(this, chart);

    auto *top = new QHBoxLayout;
    auto *label = new QLabel(Tr::tr("&Load:"), this);
    label->setBuddy(m_load);
    top->addWidget(label);
    top->addWidget(m_load, 1);
    top->addWidget(m_duration);
    top->addWidget(m_runButton);
    top->addWidget(m_cancelButton);
    top->addWidget(m_progress);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    connect(m_runButton, &QPushButton::clicked, this, &SimulationPanel::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &SimulationPanel::cancel);
    connect(m_load, &QLineEdit::textEdited, this, [this] { m_loadEdited = true; });
    connect(m_load, &QLineEdit::returnPressed, this, &SimulationPanel::run);
    connect(m_duration, &QComboBox::currentIndexChanged, this, &SimulationPanel::run);
}

SimulationPanel::~SimulationPanel()
{
    // The task holds only copies; dropping its result is enough, but waiting
    // keeps a closing console from leaving a thread behind.
    m_running.cancel();
    m_running.waitForFinished();
}

int SimulationPanel::shownPoints() const
{
    return int(m_queue->count());
}

void SimulationPanel::setScenario(const Planner::Scenario &scenario, const Planner::Evaluation &evaluation)
{
    if (!m_loadEdited) {
        const Planner::Quantity *average = evaluation.output(u"traffic.average_rate"_s);
        const Planner::Quantity *peak = evaluation.output(u"traffic.peak_rate"_s);
        if (average && peak && average->isNumber() && peak->isNumber())
            m_load->setText(u"diurnal:low=%1,high=%2"_s.arg(Planner::formatNumber(average->base),
                                                           Planner::formatNumber(peak->base)));
        else if (m_load->text().isEmpty())
            m_load->setText(u"constant:rate=1"_s);
    }
    if (!scenario.hasModel(u"autoscaling"_s)) {
        m_policy.reset();
        m_policyError = Tr::tr("Include the autoscaling model to simulate its policy.");
    } else if (Result<Planner::AutoscalePolicy> policy = Planner::policyFromScenario(scenario); policy) {
        m_policy = *policy;
        m_policyError.clear();
    } else {
        m_policy.reset();
        m_policyError = errorText(policy.error());
    }
    run();
}

SimulationView SimulationPanel::simulateForChart(const Planner::AutoscalePolicy &policy, const QString &loadSpec,
                                                 double durationS, int pixelWidth)
{
    SimulationView view;
    view.durationH = durationS / 3600.0;
    Result<Planner::LoadCurve> load = Planner::parseLoadSpec(loadSpec);
    if (!load) {
        view.error = errorText(load.error());
        return view;
    }
    Planner::SimulationOptions options;
    options.durationS = durationS;
    options.stepS = 1;
    Result<Planner::SimulationResult> result = Planner::simulate(policy, *load, options);
    if (!result) {
        view.error = errorText(result.error());
        return view;
    }
    QList<QPointF> queue, replicas;
    queue.reserve(qsizetype(result->steps.size()));
    replicas.reserve(qsizetype(result->steps.size()));
    for (const Planner::SimulationStep &step : result->steps) {
        queue.append({step.timeS / 3600.0, double(step.queueDepth)});
        replicas.append({step.timeS / 3600.0, double(step.replicas)});
    }
    // Never more points than the chart has pixels (extremes kept).
    view.queue = Metrics::minMaxPerPixel(queue, pixelWidth);
    view.replicas = Metrics::minMaxPerPixel(replicas, pixelWidth);
    view.totals = std::move(*result);
    view.totals.steps.clear();
    return view;
}

void SimulationPanel::run()
{
    m_running.cancel(); // a newer run makes the one in flight irrelevant
    if (!m_policy) {
        m_summary->setText(m_policyError);
        m_queue->clear();
        m_replicas->clear();
        return;
    }
    const Planner::AutoscalePolicy policy = *m_policy;
    const QString spec = m_load->text().trimmed();
    const double duration = m_duration->currentData().toDouble();
    const int width = std::max(100, m_view->width());
    m_progress->show();
    m_cancelButton->setEnabled(true);
    m_summary->setText(Tr::tr("Simulating…"));
    m_running = QtConcurrent::run(&SimulationPanel::simulateForChart, policy, spec, duration, width);
    const int mine = ++m_generation;
    whenFinished(
        this, m_running,
        [this, mine](const SimulationView &view) {
            if (mine != m_generation)
                return; // superseded
            apply(view);
        },
        [this, mine] {
            if (mine != m_generation)
                return;
            m_progress->hide();
            m_cancelButton->setEnabled(false);
            m_summary->setText(Tr::tr("Simulation cancelled."));
            Q_EMIT finished();
        });
}

void SimulationPanel::cancel()
{
    m_running.cancel();
}

void SimulationPanel::apply(const SimulationView &view)
{
    m_progress->hide();
    m_cancelButton->setEnabled(false);
    if (!view.error.isEmpty()) {
        m_summary->setText(Tr::tr("Cannot simulate: %1").arg(view.error));
        m_summary->setStyleSheet(u"color: %1;"_s.arg(Style::errorColor(palette()).name()));
        m_queue->clear();
        m_replicas->clear();
        Q_EMIT finished();
        return;
    }
    m_summary->setStyleSheet({});
    const Planner::SimulationResult &t = view.totals;
    m_summary->setText(Tr::tr("%1 jobs arrived, %2 completed; queue up to %3, pool up to %4 replicas "
                              "(%5 scale-ups, %6 scale-downs); utilisation %7 %; wait mean %8, p95 %9.")
                           .arg(t.arrived)
                           .arg(t.completed)
                           .arg(t.maxQueueDepth)
                           .arg(t.maxReplicas)
                           .arg(t.scaleUps)
                           .arg(t.scaleDowns)
                           .arg(Planner::formatNumber(t.meanUtilisation * 100))
                           .arg(Planner::formatMeasure(t.meanWaitS, Planner::Dimension::Duration),
                                Planner::formatMeasure(t.p95WaitS, Planner::Dimension::Duration)));
    m_queue->replace(view.queue);
    m_replicas->replace(view.replicas);
    m_x->setRange(0, view.durationH);
    m_yQueue->setRange(0, std::max(1.0, double(t.maxQueueDepth) * 1.1));
    m_yQueue->applyNiceNumbers();
    m_yReplicas->setRange(0, std::max(1.0, double(t.maxReplicas) * 1.1));
    m_yReplicas->applyNiceNumbers();
    m_x->applyNiceNumbers();
    Q_EMIT finished();
}

} // namespace OpsDeck::Capacity::Internal
