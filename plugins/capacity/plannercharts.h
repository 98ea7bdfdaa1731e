// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/planner/evaluation.h>
#include <opsdeck/planner/scenario.h>
#include <opsdeck/planner/simulator.h>

#include <QFuture>
#include <QList>
#include <QPointF>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QLineSeries;
class QProgressBar;
class QPushButton;
class QValueAxis;

namespace OpsDeck::Capacity::Internal {

/** The growth model's projections, one at a time (picked in a combo), with the limit and the month it is crossed. */
class GrowthChart final : public QWidget
{
    Q_OBJECT
public:
    explicit GrowthChart(QWidget *parent = nullptr);
    void setProjections(const QList<Planner::Projection> &projections);
    QChartView *chartView() const { return m_view; }
    QString crossingText() const;
    int projectionCount() const { return int(m_projections.size()); }

private:
    void showProjection(int index);

    QList<Planner::Projection> m_projections;
    QComboBox *m_pick = nullptr;
    QChartView *m_view = nullptr;
    QLineSeries *m_values = nullptr;
    QLineSeries *m_limit = nullptr;
    QValueAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    QLabel *m_crossing = nullptr;
};

/** What a simulation run hands back to the GUI thread: totals and the series already reduced to the chart's width. */
struct SimulationView
{
    QString error;
    Planner::SimulationResult totals; ///< steps cleared: only the summary travels
    QList<QPointF> queue;             ///< (hours, depth)
    QList<QPointF> replicas;          ///< (hours, replicas)
    double durationH = 0;
};

/**
 * Runs the autoscaling simulator on the scenario's policy off the GUI thread
 * (QtConcurrent) and charts queue depth and replicas over time. A new run
 * cancels the one in flight (its result is dropped); Cancel does so by hand.
 */
class SimulationPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit SimulationPanel(QWidget *parent = nullptr);
    ~SimulationPanel() override;

    /** Takes the policy from \a scenario and a default load from \a evaluation's traffic, then runs. */
    void setScenario(const Planner::Scenario &scenario, const Planner::Evaluation &evaluation);
    void run();
    void cancel();
    bool isRunning() const { return m_running.isRunning(); }
    QLineEdit *loadEdit() const { return m_load; }
    QLabel *summaryLabel() const { return m_summary; }
    int shownPoints() const;

    /** The worker: pure, for tests and the run above. */
    static SimulationView simulateForChart(const Planner::AutoscalePolicy &policy, const QString &loadSpec,
                                           double durationS, int pixelWidth);

Q_SIGNALS:
    void finished();

private:
    void apply(const SimulationView &view);

    QLineEdit *m_load = nullptr;
    QComboBox *m_duration = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QChartView *m_view = nullptr;
    QLineSeries *m_queue = nullptr;
    QLineSeries *m_replicas = nullptr;
    QValueAxis *m_x = nullptr;
    QValueAxis *m_yQueue = nullptr;
    QValueAxis *m_yReplicas = nullptr;
    std::optional<Planner::AutoscalePolicy> m_policy;
    QString m_policyError;
    bool m_loadEdited = false;
    QFuture<SimulationView> m_running;
    int m_generation = 0;
};

} // namespace OpsDeck::Capacity::Internal
