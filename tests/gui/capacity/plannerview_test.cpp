// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// The planner form typed into like a user does: outputs recompute after the
// debounce, a bad value shows its message and keeps the last good outputs,
// contradictions show with their arithmetic, the simulation runs off the
// GUI thread.
#include "capacitytestsupport.h"

#include <plannercharts.h>
#include <plannerview.h>

#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTreeWidget>
#include <QtCharts/QChartView>

#include <gtest/gtest.h>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace OpsDeck;
using namespace OpsDeck::Capacity::Internal;
using namespace OpsDeck::Test::CapacityGui;
using OpsDeck::Test::waitUntil;

namespace {

const QString kTraffic = u"name: \"traffic\"\ninputs:\n  traffic:\n    events_per_day: \"1000 /day\"\n    peak_factor: \"10\"\n"_s;

double outputBase(const PlannerView &view, const QString &name)
{
    if (!view.evaluation())
        return NAN;
    const Planner::Quantity *q = view.evaluation()->output(name);
    return q ? q->base : NAN;
}

/** Replaces the field's text by typing, as a user would (select all, then keys). */
void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

QTreeWidgetItem *findOutputRow(QTreeWidget *tree, const QString &label)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = tree->topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j) {
            if (group->child(j)->text(0) == label)
                return group->child(j);
        }
    }
    return nullptr;
}

} // namespace

TEST(PlannerView, TypingRecomputesOutputsWithTheSeedVector)
{
    PlannerView view;
    view.resize(1400, 900);
    view.show();
    view.setScenario(scenarioFrom(kTraffic));
    EXPECT_NEAR(outputBase(view, u"traffic.peak_rate"_s), 1000.0 / 86400 * 10, 1e-9);

    QLineEdit *events = view.inputEdit(u"traffic.events_per_day"_s);
    ASSERT_NE(events, nullptr);
    retype(events, u"10000 /day"_s);
    // The seed: 10,000 deployments a day → 0.12/s average, 1.2/s at a peak factor of 10.
    ASSERT_TRUE(waitUntil([&] { return std::abs(outputBase(view, u"traffic.peak_rate"_s) - 1.157) < 0.001; }))
        << outputBase(view, u"traffic.peak_rate"_s);
    EXPECT_NEAR(outputBase(view, u"traffic.average_rate"_s), 0.1157, 1e-4);
    EXPECT_EQ(std::round(outputBase(view, u"traffic.peak_rate"_s) * 10) / 10, 1.2);
    QTreeWidgetItem *row = findOutputRow(view.outputsTree(), view.evaluation()->output(u"traffic.peak_rate"_s)->label);
    ASSERT_NE(row, nullptr);
    EXPECT_TRUE(row->text(1).contains(u"1.157"_s)) << row->text(1).toStdString();
    EXPECT_TRUE(row->text(1).contains(u"/s"_s));
    // The formula and where its numbers came from, in the tooltip and the expandable row.
    EXPECT_TRUE(row->toolTip(0).contains(u"traffic.average_rate × traffic.peak_factor"_s)) << row->toolTip(0).toStdString();
    EXPECT_TRUE(row->toolTip(0).contains(u"traffic.peak_factor = 10"_s)) << row->toolTip(0).toStdString();
    EXPECT_GE(row->childCount(), 2);
    EXPECT_FALSE(view.hasInputErrors());
}

TEST(PlannerView, InvalidInputShowsItsMessageAndKeepsTheLastGoodOutputs)
{
    PlannerView view;
    view.show();
    view.setScenario(scenarioFrom(kTraffic));
    const double good = outputBase(view, u"traffic.peak_rate"_s);
    ASSERT_TRUE(std::isfinite(good));

    retype(view.inputEdit(u"traffic.peak_factor"_s), u"lots"_s);
    ASSERT_TRUE(waitUntil([&] { return view.hasInputErrors(); }));
    const QString message = view.inputError(u"traffic.peak_factor"_s);
    EXPECT_FALSE(message.isEmpty());
    EXPECT_TRUE(message.contains(u"traffic.peak_factor"_s) || message.contains(u"number"_s)) << message.toStdString();
    EXPECT_EQ(outputBase(view, u"traffic.peak_rate"_s), good);

    // Negative is refused too, naming the problem.
    retype(view.inputEdit(u"traffic.events_per_day"_s), u"-5 /day"_s);
    ASSERT_TRUE(waitUntil([&] { return !view.inputError(u"traffic.events_per_day"_s).isEmpty(); }));
    EXPECT_EQ(outputBase(view, u"traffic.peak_rate"_s), good);

    // Fixing both brings live outputs back.
    retype(view.inputEdit(u"traffic.events_per_day"_s), u"2000 /day"_s);
    retype(view.inputEdit(u"traffic.peak_factor"_s), u"3"_s);
    ASSERT_TRUE(waitUntil([&] { return !view.hasInputErrors(); }));
    EXPECT_NEAR(outputBase(view, u"traffic.peak_rate"_s), 2000.0 / 86400 * 3, 1e-9);
    EXPECT_TRUE(view.inputError(u"traffic.peak_factor"_s).isEmpty());
}

TEST(PlannerView, RequiredInputLeftEmptyIsNamed)
{
    PlannerView view;
    view.setScenario(scenarioFrom(kTraffic));
    view.inputEdit(u"traffic.events_per_day"_s)->clear();
    view.recomputeNow();
    EXPECT_TRUE(view.hasInputErrors());
    EXPECT_FALSE(view.inputError(u"traffic.events_per_day"_s).isEmpty());
}

TEST(PlannerView, ExampleShowsTheSeedsContradictionWithItsArithmetic)
{
    PlannerView view;
    view.resize(1400, 900);
    view.show();
    Result<Planner::Scenario> example = Planner::loadScenario(Planner::exampleScenario());
    ASSERT_TRUE(example.ok());
    view.setScenario(*example);
    const QString findings = view.findingsLabel()->text();
    EXPECT_TRUE(findings.contains(u"Contradiction"_s)) << findings.toStdString();
    // Little's law: about 700 concurrent deployments against 100 workers.
    EXPECT_TRUE(findings.contains(u"694"_s)) << findings.toStdString();
    EXPECT_GT(view.growthChart()->projectionCount(), 0);
    EXPECT_FALSE(view.growthChart()->crossingText().isEmpty());

    // The simulator runs off the GUI thread and the chart gets at most 4 points per pixel.
    ASSERT_TRUE(waitUntil([&] { return !view.simulation()->isRunning() && view.simulation()->shownPoints() > 0; },
                          std::chrono::seconds(60)));
    EXPECT_LE(view.simulation()->shownPoints(), 4 * std::max(100, 1400));
    EXPECT_TRUE(view.simulation()->summaryLabel()->text().contains(u"replicas"_s))
        << view.simulation()->summaryLabel()->text().toStdString();
    saveScreenshot(view, u"capacity-planner.png"_s);
    view.simulation()->resize(900, 420);
    saveScreenshot(*view.simulation(), u"capacity-simulation.png"_s);
}

TEST(PlannerView, SimulationErrorNamesTheLoadSpec)
{
    Planner::AutoscalePolicy policy;
    const SimulationView bad = SimulationPanel::simulateForChart(policy, u"wobble:rate=1"_s, 3600, 800);
    EXPECT_FALSE(bad.error.isEmpty());
    const SimulationView good = SimulationPanel::simulateForChart(policy, u"constant:rate=0.5"_s, 3600, 800);
    EXPECT_TRUE(good.error.isEmpty()) << good.error.toStdString();
    EXPECT_GT(good.queue.size(), 0);
    EXPECT_LE(good.queue.size(), 4 * 800);
    EXPECT_GT(good.totals.arrived, 0);
}
