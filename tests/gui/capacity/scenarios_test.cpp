// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// Scenario files in a temporary workspace through the panel: save, duplicate,
// rename, delete and undo on real files; a broken file's error with its
// file:line:column; side-by-side comparison; Markdown and CSV exports.
#include "capacitytestsupport.h"

#include <capacitypanel.h>
#include <plannerview.h>
#include <scenariosview.h>

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace OpsDeck;
using namespace OpsDeck::Capacity::Internal;
using namespace OpsDeck::Test::CapacityGui;
using OpsDeck::Test::waitUntil;

namespace {

class ScenariosFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_registry = makeRegistry(m_dir.path());
        m_panel = std::make_unique<CapacityPanel>(*m_registry);
        m_panel->resize(1400, 900);
    }
    QString scenarioDir() const { return m_dir.filePath(u"capacity/scenarios"_s); }
    QStringList filesOnDisk() const { return QDir(scenarioDir()).entryList({u"*.yaml"_s}, QDir::Files, QDir::Name); }

    QTemporaryDir m_dir;
    std::unique_ptr<Backend::BackendRegistry> m_registry;
    std::unique_ptr<CapacityPanel> m_panel;
};

} // namespace

TEST_F(ScenariosFixture, SaveDuplicateRenameDeleteAndUndoOnRealFiles)
{
    ScenarioBrowser *browser = m_panel->scenarios();
    EXPECT_EQ(m_panel->capacityFolder(), m_dir.filePath(u"capacity"_s));
    // An empty workspace shows the seed's example, unsaved.
    ASSERT_TRUE(m_panel->planner()->evaluation().has_value());
    EXPECT_TRUE(filesOnDisk().isEmpty());
    ASSERT_TRUE(browser->saveCurrent());
    ASSERT_EQ(filesOnDisk().size(), 1);
    const QString first = filesOnDisk().first();

    // An edit, then save: the file carries the typed value.
    QLineEdit *factor = m_panel->planner()->inputEdit(u"traffic.peak_factor"_s);
    ASSERT_NE(factor, nullptr);
    factor->setText(u"12"_s);
    m_panel->planner()->recomputeNow();
    ASSERT_TRUE(browser->saveCurrent());
    Result<Planner::Scenario> saved = browser->store().load(first);
    ASSERT_TRUE(saved.ok());
    ASSERT_NE(saved->find(u"traffic.peak_factor"_s), nullptr);
    EXPECT_DOUBLE_EQ(saved->find(u"traffic.peak_factor"_s)->base, 12);

    ASSERT_TRUE(browser->duplicateCurrent());
    EXPECT_EQ(filesOnDisk().size(), 2);
    EXPECT_TRUE(m_panel->planner()->scenario().name.endsWith(u"(copy)"_s)) << m_panel->planner()->scenario().name.toStdString();

    ASSERT_TRUE(browser->renameCurrent(u"Peak week"_s));
    EXPECT_TRUE(filesOnDisk().contains(u"peak-week.yaml"_s)) << filesOnDisk().join(u","_s).toStdString();
    EXPECT_EQ(browser->currentFile(), u"peak-week.yaml"_s);
    EXPECT_EQ(browser->list()->count(), 2);

    ASSERT_TRUE(browser->deleteCurrent());
    EXPECT_FALSE(filesOnDisk().contains(u"peak-week.yaml"_s));
    ASSERT_TRUE(browser->undoDelete());
    EXPECT_TRUE(filesOnDisk().contains(u"peak-week.yaml"_s));
    Result<Planner::Scenario> back = browser->store().load(u"peak-week.yaml"_s);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->name, u"Peak week"_s);
}

TEST_F(ScenariosFixture, BrokenFileShowsFileLineAndColumn)
{
    QDir().mkpath(scenarioDir());
    QFile bad(QDir(scenarioDir()).filePath(u"bad.yaml"_s));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write("name: \"bad\"\ninputs:\n  traffic:\n    events_per_day: \"-3 /day\"\n");
    bad.close();
    ScenarioBrowser *browser = m_panel->scenarios();
    browser->reload();
    ASSERT_EQ(browser->list()->count(), 1);
    EXPECT_TRUE(browser->list()->item(0)->text().contains(u"bad.yaml"_s));
    EXPECT_FALSE(browser->open(u"bad.yaml"_s));
    const QString message = browser->messageLabel()->text();
    EXPECT_TRUE(message.contains(u"bad.yaml:4:"_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"traffic.events_per_day"_s)) << message.toStdString();
}

TEST_F(ScenariosFixture, CompareTwoScenariosSideBySideWithDeltas)
{
    ScenarioBrowser *browser = m_panel->scenarios();
    Planner::Scenario a = scenarioFrom(u"name: \"A\"\ninputs:\n  traffic:\n    events_per_day: \"10000 /day\"\n    peak_factor: \"10\"\n"_s);
    Planner::Scenario b = scenarioFrom(u"name: \"B\"\ninputs:\n  traffic:\n    events_per_day: \"20000 /day\"\n    peak_factor: \"10\"\n"_s);
    ASSERT_TRUE(browser->store().add(a).ok());
    ASSERT_TRUE(browser->store().add(b).ok());
    browser->reload();
    browser->list()->selectAll();
    ASSERT_EQ(browser->selectedFiles().size(), 2);
    m_panel->compareSelected();
    EXPECT_EQ(m_panel->tabs()->currentWidget(), static_cast<QWidget *>(m_panel->compare()));
    QTableWidget *table = m_panel->compare()->table();
    ASSERT_GE(table->rowCount(), 2);
    EXPECT_EQ(table->columnCount(), 2 + 2 + 2);
    EXPECT_EQ(table->horizontalHeaderItem(2)->text(), u"A"_s);
    EXPECT_EQ(table->horizontalHeaderItem(3)->text(), u"B"_s);
    int peakRow = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (m_panel->compare()->comparison().rows[r].name == u"traffic.peak_rate"_s)
            peakRow = r;
    }
    ASSERT_GE(peakRow, 0);
    EXPECT_EQ(table->item(peakRow, 2)->text(), u"1.157"_s);
    EXPECT_EQ(table->item(peakRow, 3)->text(), u"2.315"_s);
    EXPECT_EQ(table->item(peakRow, 5)->text(), u"100 %"_s);
    EXPECT_TRUE(table->item(peakRow, 4)->font().bold()); // the change is highlighted
    EXPECT_NE(table->item(peakRow, 0)->background(), QBrush());

    // One scenario alone is refused with a message that says what to do.
    browser->list()->clearSelection();
    browser->list()->item(0)->setSelected(true);
    QString error;
    EXPECT_FALSE(browser->compareFiles(browser->selectedFiles(), &error).has_value());
    EXPECT_FALSE(error.isEmpty());
    saveScreenshot(*m_panel, u"capacity-compare.png"_s);
}

TEST_F(ScenariosFixture, ExportsMarkdownWithFormulasAndCsv)
{
    ASSERT_TRUE(m_panel->planner()->evaluation().has_value());
    const QString md = m_dir.filePath(u"out/plan.md"_s);
    const QString csv = m_dir.filePath(u"out/plan.csv"_s);
    ASSERT_TRUE(exportMarkdown(*m_panel->planner()->evaluation(), md).ok());
    ASSERT_TRUE(exportCsv(*m_panel->planner()->evaluation(), csv).ok());
    const QString mdText = QString::fromUtf8(OpsDeck::Test::readAll(md));
    EXPECT_TRUE(mdText.contains(u"traffic.average_rate × traffic.peak_factor"_s)) << mdText.left(400).toStdString();
    EXPECT_TRUE(mdText.contains(u"traffic.events_per_day ÷ 86400 s/day"_s));
    const QString csvText = QString::fromUtf8(OpsDeck::Test::readAll(csv));
    EXPECT_TRUE(csvText.startsWith(u"name,label,value,unit,formula,inputs,note"_s)) << csvText.left(100).toStdString();
    EXPECT_TRUE(csvText.contains(u"traffic.peak_rate,"_s));
    // An export into a place that cannot be written says so.
    EXPECT_FALSE(exportCsv(*m_panel->planner()->evaluation(), u"/proc/nope/plan.csv"_s).ok());
}
