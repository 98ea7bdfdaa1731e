// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// Figures for docs/pipelines-panel.md, against the real engine: how long a
// million-line job log takes to open in the log view, and the longest the
// GUI thread stalls while the engine has a thousand queued jobs and two
// running. The bounds asserted are generous (a loaded 2-core box); the
// measured values are printed.
#include "pipelinestestsupport.h"
#include "stallmeter.h"

#include <joblogmodel.h>
#include <logview.h>
#include <pipelinespanel.h>
#include <rundagview.h>
#include <runlistmodel.h>
#include <runview.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QListView>
#include <QScrollBar>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>

using namespace Qt::StringLiterals;
using namespace OpsDeck;
using namespace OpsDeck::Pipelines::Internal;
using namespace OpsDeck::Test::PipelinesGui;
using Backend::JobStatus;
using Backend::RunStatus;
using OpsDeck::Test::StallMeter;
using OpsDeck::Test::waitUntil;

namespace {

/**
 * Names what the GUI thread was doing before its longest gap: the receiver
 * and type of the event delivered last before it, so a stall points at a
 * handler instead of at "something".
 */
class StallCulprit final : public QObject
{
public:
    StallCulprit() { m_clock.start(); qApp->installEventFilter(this); }
    ~StallCulprit() override { qApp->removeEventFilter(this); }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (QThread::currentThread() != thread())
            return false;
        const qint64 now = m_clock.nsecsElapsed();
        if (now - m_last > m_max) {
            m_max = now - m_last;
            m_worst = m_lastWhat;
        }
        m_last = now;
        m_lastWhat = QString::fromLatin1(watched->metaObject()->className()) + u' '
                     + QString::number(int(event->type())) + u' ' + watched->objectName();
        return false;
    }
    void reset() { m_max = 0; m_last = m_clock.nsecsElapsed(); }
    QString worst() const { return m_worst + u" (%1 ms)"_s.arg(double(m_max) / 1e6); }

private:
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_max = 0;
    QString m_lastWhat;
    QString m_worst;
};

class PipelinesBench : public PipelinesFixture
{
};

/** Runs a real event loop (as the console does) for \a ms; QTest::qWait would sleep between rounds. */
void runEventLoop(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

TEST_F(PipelinesBench, AMillionLineLogOpensWithinASecond)
{
    commit({{u".opsdeck/pipeline.yml"_s, "version: 1\njobs:\n  big:\n    script: seq 1 1000000\n"}}, u"big log"_s);
    startEngine();
    const Backend::PipelineRun run = trigger();
    const Backend::RunDetails done = finish(run.id, 180'000);
    ASSERT_EQ(done.run.status, RunStatus::Success);
    const qint64 jobId = done.jobs.at(0).id;

    LogView view;
    view.resize(1000, 700);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.setEngine(engine());
    JobLogModel *model = view.model();

    QElapsedTimer clock;
    clock.start();
    view.showJob(jobId, u"big"_s, false);
    ASSERT_TRUE(waitUntil([&] { return model->isLoaded(); }, std::chrono::seconds(20)));
    view.list()->viewport()->repaint(); // the first screen painted
    const qint64 openMs = clock.elapsed();
    ASSERT_GE(model->rowCount(), 1'000'000);
    EXPECT_EQ(model->windowReads(), 1) << "only the first screen's window is read";
    std::cout << "[ figure ] open a " << model->rowCount() << "-line job log: " << openMs << " ms ("
              << model->windowReads() << " window read)" << std::endl;
    EXPECT_LE(openMs, 2000) << "the 1 s goal, with room for a loaded machine";

    // The middle and the end read one window each. The engine's own lines
    // (checkout, sandbox, the echoed command) come before the output.
    int offset = 0;
    while (offset < 50 && model->index(offset).data().toString() != u"1"_s)
        ++offset;
    ASSERT_LT(offset, 50);
    clock.restart();
    const QModelIndex middle = model->index(500'000 + offset - 1);
    view.list()->scrollTo(middle, QAbstractItemView::PositionAtTop);
    ASSERT_TRUE(waitUntil([&] { return middle.data().toString() == u"500000"_s; }));
    std::cout << "[ figure ] jump to line 500,000: " << clock.elapsed() << " ms" << std::endl;
    view.list()->scrollToBottom();
    ASSERT_TRUE(waitUntil([&] {
        for (int row = model->rowCount() - 1; row >= model->rowCount() - 10; --row) {
            if (model->index(row).data().toString() == u"1000000"_s)
                return true;
        }
        return false;
    }));
    EXPECT_LE(model->windowReads(), 5);
}

TEST_F(PipelinesBench, TheGuiThreadStaysResponsiveWithAThousandQueuedJobs)
{
    // 1,000 jobs: ten jobs of a 10×10 matrix each (the native format caps one matrix at 100).
    QByteArray pipeline = "version: 1\njobs:\n";
    for (int j = 0; j < 10; ++j) {
        pipeline += "  shard" + QByteArray::number(j) + ":\n"
                    + "    matrix:\n"
                      "      A: [\"0\", \"1\", \"2\", \"3\", \"4\", \"5\", \"6\", \"7\", \"8\", \"9\"]\n"
                      "      B: [\"0\", \"1\", \"2\", \"3\", \"4\", \"5\", \"6\", \"7\", \"8\", \"9\"]\n"
                      "    script:\n"
                      "      - echo \"shard $A$B\"\n"
                      "      - sleep 0.1\n";
    }
    commit({{u".opsdeck/pipeline.yml"_s, pipeline}}, u"a thousand shards"_s);
    startEngine(2);
    const Backend::PipelineRun run = trigger();
    // The baseline: the same engine work with no panel, only the event loop
    // receiving the engine's signals. Forking job processes from this
    // (multi-threaded) process costs every thread page faults; that is
    // the floor the panel cannot go below.
    StallMeter meter;
    meter.start();
    runEventLoop(3000);
    meter.stop();
    const double baseline = meter.maxMs();
    const int baselineOver = meter.over16();
    const int baselineTicks = meter.ticks();

    PipelinesPanel *panel = makePanel();
    meter.start();
    m_panel->selectRun(run.id);
    QElapsedTimer loading;
    loading.start();
    while (!(panel->runView()->isLoaded() && panel->runView()->dag()->jobs().size() == 1000) && loading.elapsed() < 60'000)
        runEventLoop(20);
    ASSERT_EQ(panel->runView()->dag()->jobs().size(), 1000)
        << panel->runView()->dag()->jobs().size() << " jobs; " << panel->runView()->details().error.toStdString();
    const double loadStall = meter.maxMs();
    // Measure while jobs start, log and finish, and the panel repaints.
    StallCulprit culprit;
    culprit.reset();
    meter.start();
    QElapsedTimer clock;
    clock.start();
    int running = 0;
    int queued = 0;
    while (clock.elapsed() < 4000) {
        runEventLoop(100);
        running = queued = 0;
        for (const Backend::PipelineJob &job : panel->runView()->dag()->jobs()) {
            running += job.status == JobStatus::Running ? 1 : 0;
            queued += job.status == JobStatus::Pending || job.status == JobStatus::Created ? 1 : 0;
        }
    }
    meter.stop();
    std::cout << "[ figure ] longest event-loop stall with " << queued << " queued and " << running
              << " running jobs: " << meter.maxMs() << " ms over " << meter.ticks() << " ticks in 4 s"
              << " (showing the 1,000-job run: " << loadStall << " ms)" << std::endl;
    std::cout << "[ figure ] gaps over 16 ms: " << meter.over16() << " of " << meter.ticks()
              << " ticks; without the panel: longest " << baseline << " ms, " << baselineOver << " of " << baselineTicks
              << " ticks over 16 ms in 3 s" << std::endl;
    std::cout << "[ figure ] the longest gap followed: " << culprit.worst().toStdString() << std::endl;
    EXPECT_GE(queued, 900);
    EXPECT_LE(running, 2);
    // The goal is 16 ms. What breaks it here is not the panel's CPU time
    // (perf shows the GUI thread mostly idle) but the runner fork()ing job
    // processes from this process: page faults and the memory map lock
    // stall every thread for tens of ms on a loaded 2-core box, more when
    // the panel's backing store is part of the process. So: rare, bounded.
    // The bounds follow the baseline, so a box busy with other builds does
    // not fail the bench, while a panel that makes things much worse does.
    EXPECT_LE(meter.over16(), std::max({3, meter.ticks() / 100, 3 * baselineOver})) << "too many ticks late";
    EXPECT_LT(meter.maxMs(), std::max(250.0, 4 * baseline));
    EXPECT_FALSE(saveScreenshot(*panel, u"pipelines-thousand.png"_s).isEmpty());
    // Leave: the fixture's engine goes with the registry; cancel first so shutdown is quick.
    ASSERT_TRUE(await(engine()->cancel(run.id)).ok());
}
