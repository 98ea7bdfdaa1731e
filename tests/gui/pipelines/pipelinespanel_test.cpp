// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// The Pipelines panel over a real embedded engine, a real git repository and
// real job processes: the runs list, the job graph, the log view, the
// trigger dialog, approve, cancel, rollback, freeze, the audit trail, the
// plugin module, and a screenshot for people to look at.
#include "pipelinestestsupport.h"

#include <auditview.h>
#include <deploymentsview.h>
#include <joblogmodel.h>
#include <loglinedelegate.h>
#include <logview.h>
#include <pipelinespanel.h>
#include <rundagview.h>
#include <runlistmodel.h>
#include <runview.h>
#include <triggerdialog.h>

#include <opsdeck/sdk/commandregistry.h>
#include <opsdeck/sdk/pluginmanager.h>
#include <opsdeck/sdk/pluginspec.h>
#include <opsdeck/sdk/statusbarregistry.h>
#include <opsdeck/sdk/viewregistry.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <opsdeck/sdk/notificationcenter.h>

#include <QElapsedTimer>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>

using namespace Qt::StringLiterals;
using namespace OpsDeck;
using namespace OpsDeck::Pipelines::Internal;
using namespace OpsDeck::Test::PipelinesGui;
using Backend::JobStatus;
using Backend::RunStatus;
using OpsDeck::Test::waitUntil;

namespace {

const QByteArray kPipeline = R"(version: 1
stages: [build, test, deploy]
jobs:
  build:
    stage: build
    script:
      - printf '\033[31mred\033[0m plain \033[1;32mbold green\033[0m\n'
      - echo "to stderr" >&2
      - 'echo "error: the cache was cold"'
      - echo built
  test:
    stage: test
    needs: [build]
    script:
      - echo testing
  deploy:
    stage: deploy
    needs: [test]
    environment:
      name: staging
    script: echo deploying
)";

class PipelinesPanelTest : public PipelinesFixture
{
protected:
    /** Waits until the panel's run view shows \a runId with its details. */
    bool showRun(const QString &runId)
    {
        m_panel->selectRun(runId);
        return waitUntil([&] { return m_panel->runView()->runId() == runId && m_panel->runView()->isLoaded(); });
    }

    const Backend::PipelineJob *dagJob(const QString &name) const
    {
        for (const Backend::PipelineJob &job : m_panel->runView()->dag()->jobs()) {
            if (job.name == name)
                return &job;
        }
        return nullptr;
    }

    /** The id of the job named \a name in the shown graph, 0 when it is not there. */
    qint64 dagJobId(const QString &name) const
    {
        const Backend::PipelineJob *job = dagJob(name);
        return job ? job->id : 0;
    }

    bool waitJobStatus(const QString &name, JobStatus status, int timeoutMs = 20'000)
    {
        return waitUntil(
            [&] {
                const Backend::PipelineJob *job = dagJob(name);
                return job && job->status == status;
            },
            std::chrono::milliseconds(timeoutMs));
    }

    /** The first line a command wrote (not the engine's own lines, not its "$ command" echo) containing \a text. */
    static int findRow(const JobLogModel *model, const QString &text)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row);
            const QString line = index.data().toString();
            if (index.data(JobLogModel::StreamRole).toInt() != int(Backend::LogLine::Stream::System)
                && !line.startsWith(u"$ "_s) && line.contains(text))
                return row;
        }
        return -1;
    }
};

} // namespace

TEST_F(PipelinesPanelTest, RunsListShowsATriggeredRunAndUpdatesItToSuccessWithoutResets)
{
    const QString head = commit({{u".opsdeck/pipeline.yml"_s, kPipeline}}, u"first"_s);
    startEngine();
    PipelinesPanel *panel = makePanel();
    RunListModel *runs = panel->runsModel();
    ASSERT_TRUE(waitUntil([&] { return runs->resets() >= 2; })); // the engine bound, then the first listing
    const int resets = runs->resets();

    const Backend::PipelineRun run = trigger();
    ASSERT_TRUE(waitUntil([&] { return runs->rowOf(run.id) >= 0; }));
    const int row = runs->rowOf(run.id);
    EXPECT_EQ(row, 0); // newest first
    ASSERT_TRUE(waitUntil([&] { return runs->run(runs->rowOf(run.id))->status == RunStatus::Success; },
                          std::chrono::seconds(30)))
        << Backend::runStatusName(runs->run(runs->rowOf(run.id))->status).toStdString();
    EXPECT_EQ(runs->resets(), resets) << "single updates must not reset the list";
    // The run it saw start and end is told in the notification list, once.
    ASSERT_TRUE(waitUntil([&] {
        const auto posted = m_host->notifications().notifications();
        return std::any_of(posted.begin(), posted.end(),
                           [](const Sdk::Notification &n) { return n.title == u"Pipeline succeeded"_s; });
    })) << "no notification for the finished run";
    {
        const auto posted = m_host->notifications().notifications();
        EXPECT_EQ(std::count_if(posted.begin(), posted.end(),
                                [&](const Sdk::Notification &n) { return n.body.contains(run.id.left(8)); }),
                  1);
        EXPECT_EQ(posted.first().severity, Sdk::Notification::Severity::Success);
    }

    const auto cell = [&](int column) { return runs->index(runs->rowOf(run.id), column).data().toString(); };
    EXPECT_EQ(cell(RunListModel::StatusColumn), u"success"_s);
    EXPECT_EQ(cell(RunListModel::RepositoryColumn), u"app"_s);
    EXPECT_EQ(cell(RunListModel::BranchColumn), u"main"_s);
    EXPECT_EQ(cell(RunListModel::CommitColumn), head.left(8));
    EXPECT_EQ(cell(RunListModel::CreatedByColumn), u"tester"_s);
    EXPECT_FALSE(cell(RunListModel::DurationColumn).isEmpty());
    EXPECT_TRUE(cell(RunListModel::AgeColumn).endsWith(u"ago"_s)) << cell(RunListModel::AgeColumn).toStdString();

    // The text filter narrows the list; a status filter asks the engine again.
    panel->textFilter()->setText(head.left(8));
    EXPECT_EQ(panel->runsProxy()->rowCount(), 1);
    panel->textFilter()->setText(u"no-such-branch"_s);
    EXPECT_EQ(panel->runsProxy()->rowCount(), 0);
    panel->textFilter()->clear();
    panel->statusFilter()->setCurrentIndex(panel->statusFilter()->findData(int(RunStatus::Failed)));
    ASSERT_TRUE(waitUntil([&] { return runs->rowCount() == 0; }));
    panel->statusFilter()->setCurrentIndex(0);
    ASSERT_TRUE(waitUntil([&] { return runs->rowCount() == 1; }));
}

TEST_F(PipelinesPanelTest, GraphShowsJobsStagesNeedsAndOpensTheClickedJobsLog)
{
    commit({{u".opsdeck/pipeline.yml"_s, kPipeline}}, u"first"_s);
    startEngine();
    const Backend::PipelineRun run = trigger();
    ASSERT_EQ(finish(run.id).run.status, RunStatus::Success);
    makePanel();
    ASSERT_TRUE(showRun(run.id));
    RunDagView *dag = m_panel->runView()->dag();
    ASSERT_EQ(dag->jobs().size(), 3);
    for (const Backend::PipelineJob &job : dag->jobs())
        EXPECT_EQ(job.status, JobStatus::Success) << job.name.toStdString();
    const qint64 build = dagJobId(u"build"_s);
    const qint64 test = dagJobId(u"test"_s);
    const qint64 deploy = dagJobId(u"deploy"_s);
    // One column per stage, left to right, and an edge per need.
    EXPECT_LT(dag->jobRect(build).x(), dag->jobRect(test).x());
    EXPECT_LT(dag->jobRect(test).x(), dag->jobRect(deploy).x());
    const auto edges = dag->edges();
    EXPECT_TRUE(edges.contains(std::pair(build, test)));
    EXPECT_TRUE(edges.contains(std::pair(test, deploy)));
    EXPECT_EQ(edges.size(), 2);

    QTest::mouseClick(dag, Qt::LeftButton, {}, dag->jobRect(test).center());
    EXPECT_EQ(dag->currentJob(), test);
    EXPECT_EQ(m_panel->runView()->log()->jobId(), test);
    ASSERT_TRUE(waitUntil([&] { return findRow(m_panel->runView()->log()->model(), u"testing"_s) >= 0; }));
    // Keyboard: left goes to the build job.
    QTest::keyClick(dag, Qt::Key_Left);
    EXPECT_EQ(dag->currentJob(), build);
    EXPECT_EQ(m_panel->runView()->log()->jobId(), build);
}

TEST_F(PipelinesPanelTest, LogViewRendersAnsiStreamsAndSystemLinesSearchesAndFindsTheFirstError)
{
    commit({{u".opsdeck/pipeline.yml"_s, kPipeline}}, u"first"_s);
    startEngine();
    const Backend::PipelineRun run = trigger();
    ASSERT_EQ(finish(run.id).run.status, RunStatus::Success);
    makePanel();
    ASSERT_TRUE(showRun(run.id));
    m_panel->runView()->selectJob(dagJobId(u"build"_s));
    LogView *log = m_panel->runView()->log();
    JobLogModel *model = log->model();
    ASSERT_TRUE(waitUntil([&] { return model->isLoaded() && findRow(model, u"built"_s) >= 0; }));
    EXPECT_TRUE(model->isFinished());

    // Colours: the text has no escapes; the spans carry them.
    const int coloured = findRow(model, u"bold green"_s);
    ASSERT_GE(coloured, 0);
    const QModelIndex index = model->index(coloured);
    EXPECT_EQ(index.data().toString(), u"red plain bold green"_s);
    const auto spans = index.data(JobLogModel::SpansRole).value<QList<AnsiSpan>>();
    ASSERT_EQ(spans.size(), 3);
    EXPECT_EQ(spans[0], (AnsiSpan{0, 3, 1, -1, false}));      // red
    EXPECT_EQ(spans[1], (AnsiSpan{3, 7, -1, -1, false}));     // " plain " after the reset
    EXPECT_EQ(spans[2], (AnsiSpan{10, 10, 2, -1, true}));     // bold green
    // Streams: stderr and the engine's own lines are told apart.
    const int err = findRow(model, u"to stderr"_s);
    ASSERT_GE(err, 0);
    EXPECT_EQ(model->index(err).data(JobLogModel::StreamRole).toInt(), int(Backend::LogLine::Stream::Err));
    bool system = false;
    for (int row = 0; row < model->rowCount(); ++row)
        system |= model->index(row).data(JobLogModel::StreamRole).toInt() == int(Backend::LogLine::Stream::System);
    EXPECT_TRUE(system) << "the runner's own lines should be in the log";

    // Search goes to the engine and moves to the hits: the echoed command, then its output.
    QSignalSpy searched(log, &LogView::searchFinished);
    log->search(u"STDERR"_s);
    ASSERT_TRUE(waitUntil([&] { return searched.count() == 1; }));
    EXPECT_EQ(searched.at(0).at(0).toInt(), 2);
    ASSERT_EQ(log->hits().size(), 2);
    EXPECT_TRUE(log->hits().contains(err));
    const qint64 firstHit = log->hits().at(0);
    const qint64 secondHit = log->hits().at(1);
    EXPECT_LT(firstHit, secondHit);
    EXPECT_EQ(log->currentRow(), firstHit);
    log->nextHit();
    EXPECT_EQ(log->currentRow(), secondHit);
    log->nextHit(); // wraps around
    EXPECT_EQ(log->currentRow(), firstHit);
    log->previousHit();
    EXPECT_EQ(log->currentRow(), secondHit);
    EXPECT_FALSE(log->follows()) << "looking at a hit pauses follow";
    log->search(u"no such text"_s);
    ASSERT_TRUE(waitUntil([&] { return searched.count() == 2; }));
    EXPECT_EQ(searched.at(1).at(0).toInt(), 0);

    QSignalSpy jumped(log, &LogView::jumpedToError);
    log->jumpToFirstError();
    ASSERT_TRUE(waitUntil([&] { return jumped.count() == 1; }));
    EXPECT_EQ(log->currentRow(), findRow(model, u"error: the cache was cold"_s));

    // The engine's first line is longer than the view: the rows scroll sideways.
    ASSERT_GT(model->longestLine(), 0);
    ASSERT_TRUE(waitUntil([&] { return log->list()->horizontalScrollBar()->maximum() > 0; }))
        << model->longestLine() << " bytes, view " << log->list()->viewport()->width() << " px";
    const int narrow = log->list()->horizontalScrollBar()->maximum();
    log->setShowTimestamps(true);
    EXPECT_TRUE(log->delegate()->showTimestamps());
    ASSERT_TRUE(waitUntil([&] { return log->list()->horizontalScrollBar()->maximum() > narrow; }));
    EXPECT_FALSE(saveScreenshot(*log, u"pipelines-log.png"_s).isEmpty());
}

TEST_F(PipelinesPanelTest, LogFollowsARunningJobOnlyWhileAtTheBottom)
{
    commit({{u".opsdeck/pipeline.yml"_s, R"(version: 1
jobs:
  slow:
    script:
      - for i in $(seq 1 120); do echo "line $i"; sleep 0.02; done
)"}},
           u"slow"_s);
    startEngine();
    makePanel();
    const Backend::PipelineRun run = trigger();
    ASSERT_TRUE(showRun(run.id));
    ASSERT_TRUE(waitJobStatus(u"slow"_s, JobStatus::Running));
    LogView *log = m_panel->runView()->log();
    JobLogModel *model = log->model();
    EXPECT_EQ(log->jobId(), dagJobId(u"slow"_s)); // the running job opens by itself
    ASSERT_TRUE(waitUntil([&] { return model->isFollowing(); }));
    // Lines stream in while the job runs, and the view stays at the bottom.
    QScrollBar *bar = log->list()->verticalScrollBar();
    ASSERT_TRUE(waitUntil([&] { return bar->maximum() > 0; })) << model->rowCount() << " rows";
    ASSERT_FALSE(model->isFinished());
    ASSERT_TRUE(waitUntil([&] { return bar->value() == bar->maximum(); }));
    // Scrolled up, new lines no longer move the view.
    bar->setValue(0);
    const int rows = model->rowCount();
    ASSERT_TRUE(waitUntil([&] { return model->rowCount() > rows + 5; }));
    EXPECT_EQ(bar->value(), 0);
    ASSERT_TRUE(waitJobStatus(u"slow"_s, JobStatus::Success));
    ASSERT_TRUE(waitUntil([&] { return findRow(model, u"line 120"_s) >= 0; }));
    EXPECT_EQ(findRow(model, u"line 120"_s), findRow(model, u"line 1"_s) + 119);
}

TEST_F(PipelinesPanelTest, RunHeaderShowsTheRunsErrorAndThePipelinesWarnings)
{
    commit({{u".opsdeck/pipeline.yml"_s, "version: 1\njobs:\n  build:\n    script: echo ok\n    tgas: [x]\n"}}, u"typo"_s);
    startEngine();
    const Backend::PipelineRun warned = trigger();
    ASSERT_EQ(finish(warned.id).run.status, RunStatus::Success);
    makePanel();
    ASSERT_TRUE(showRun(warned.id));
    auto *problems = m_panel->runView()->findChild<QLabel *>(u"pipelines.runProblems"_s);
    ASSERT_NE(problems, nullptr);
    EXPECT_FALSE(problems->isHidden());
    EXPECT_TRUE(problems->text().contains(u"tgas"_s)) << problems->text().toStdString();

    // A file that does not parse: the run fails before any job, and says where.
    commit({{u".opsdeck/pipeline.yml"_s, "version: 1\njobs:\n  build:\n    stage: nowhere\n    script: echo\n"}}, u"broken"_s);
    const Backend::PipelineRun broken = trigger();
    ASSERT_EQ(finish(broken.id).run.status, RunStatus::Failed);
    ASSERT_TRUE(showRun(broken.id));
    EXPECT_TRUE(m_panel->runView()->dag()->jobs().isEmpty());
    EXPECT_TRUE(problems->text().startsWith(u"Error: "_s)) << problems->text().toStdString();
    EXPECT_TRUE(problems->text().contains(u"pipeline.yml"_s)) << problems->text().toStdString();
}

TEST_F(PipelinesPanelTest, TriggerDialogListsBranchesTagsAndCommitsAndTriggersFromTheKeyboard)
{
    const QString first = commit({{u".opsdeck/pipeline.yml"_s, kPipeline}}, u"first"_s);
    git({u"branch"_s, u"feature/login"_s});
    git({u"tag"_s, u"v1.0"_s});
    const QString second = commit({{u"README"_s, "second\n"}}, u"second"_s);
    startEngine();
    makePanel();
    TriggerDialog *dialog = m_panel->openTriggerDialog();
    ASSERT_TRUE(waitUntil([&] { return !dialog->isBusy() && dialog->commitBox()->count() > 0; }));
    EXPECT_EQ(dialog->repositoryBox()->currentText(), u"app"_s);
    QStringList refs;
    for (int i = 0; i < dialog->refBox()->count(); ++i)
        refs.append(dialog->refBox()->itemText(i));
    EXPECT_EQ(refs, (QStringList{u"main"_s, u"feature/login"_s, u"v1.0 (tag)"_s}));
    // The branch head is the default commit; both commits are offered.
    EXPECT_EQ(dialog->commitBox()->currentData().toString(), second);
    EXPECT_EQ(dialog->commitBox()->count(), 2);
    EXPECT_EQ(dialog->request().ref, u"main"_s);
    dialog->commitBox()->setCurrentIndex(1);
    EXPECT_EQ(dialog->request().ref, first); // an older commit is built by its id

    dialog->refBox()->setCurrentIndex(1);
    ASSERT_TRUE(waitUntil([&] { return !dialog->isBusy() && dialog->commitBox()->count() == 1; }));
    EXPECT_EQ(dialog->commitBox()->currentData().toString(), first);
    dialog->environmentBox()->setCurrentIndex(dialog->environmentBox()->findData(u"development"_s));
    dialog->rollbackBox()->setChecked(false);

    QSignalSpy triggered(dialog, &TriggerDialog::triggered);
    QTest::keyClick(dialog->environmentBox(), Qt::Key_Return); // the default button
    ASSERT_TRUE(waitUntil([&] { return triggered.count() == 1; }));
    const auto run = triggered.at(0).at(0).value<Backend::PipelineRun>();
    EXPECT_EQ(run.branch, u"feature/login"_s);
    EXPECT_EQ(run.commit, first);
    EXPECT_EQ(run.environment, u"development"_s);
    // The panel shows the new run.
    ASSERT_TRUE(waitUntil([&] { return m_panel->runView()->runId() == run.id && m_panel->runView()->isLoaded(); }));
    ASSERT_TRUE(waitUntil([&] { return m_panel->runsModel()->rowOf(run.id) >= 0; }));
}

TEST_F(PipelinesPanelTest, ApprovingAManualJobRunsIt)
{
    commit({{u".opsdeck/pipeline.yml"_s, R"(version: 1
stages: [build, release]
jobs:
  build:
    stage: build
    script: echo built
  release:
    stage: release
    when: manual
    script: echo released
)"}},
           u"manual"_s);
    startEngine();
    makePanel();
    const Backend::PipelineRun run = trigger();
    ASSERT_TRUE(showRun(run.id));
    ASSERT_TRUE(waitJobStatus(u"release"_s, JobStatus::Manual));
    m_panel->runView()->selectJob(dagJobId(u"release"_s));
    auto *approve = m_panel->runView()->findChild<QPushButton *>(u"pipelines.approve"_s);
    ASSERT_NE(approve, nullptr);
    ASSERT_TRUE(waitUntil([&] { return approve->isEnabled(); }));
    QSignalSpy done(m_panel->runView(), &RunView::actionFinished);
    QTest::mouseClick(approve, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return done.count() == 1; }));
    EXPECT_TRUE(done.at(0).at(1).toString().isEmpty()) << done.at(0).at(1).toString().toStdString();
    ASSERT_TRUE(waitJobStatus(u"release"_s, JobStatus::Success));
    const Backend::PipelineJob *released = m_panel->runView()->dag()->job(dagJobId(u"release"_s));
    ASSERT_NE(released, nullptr);
    EXPECT_EQ(released->approvedBy, u"tester"_s);
    ASSERT_TRUE(waitUntil([&] { return findRow(m_panel->runView()->log()->model(), u"released"_s) >= 0; }));
}

TEST_F(PipelinesPanelTest, CancelJobStopsARunningProcess)
{
    commit({{u".opsdeck/pipeline.yml"_s, "version: 1\njobs:\n  wait:\n    script: sleep 30\n"}}, u"sleep"_s);
    startEngine();
    makePanel();
    const Backend::PipelineRun run = trigger();
    ASSERT_TRUE(showRun(run.id));
    ASSERT_TRUE(waitJobStatus(u"wait"_s, JobStatus::Running));
    m_panel->runView()->selectJob(dagJobId(u"wait"_s));
    auto *cancel = m_panel->runView()->findChild<QPushButton *>(u"pipelines.cancelJob"_s);
    ASSERT_NE(cancel, nullptr);
    ASSERT_TRUE(cancel->isEnabled());
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(cancel, Qt::LeftButton);
    ASSERT_TRUE(waitJobStatus(u"wait"_s, JobStatus::Cancelled, 10'000));
    EXPECT_LT(clock.elapsed(), 10'000);
    EXPECT_FALSE(cancel->isEnabled());
    // The run ends too, and the list says so.
    ASSERT_TRUE(waitUntil([&] {
        const int row = m_panel->runsModel()->rowOf(run.id);
        return row >= 0 && m_panel->runsModel()->run(row)->status == RunStatus::Cancelled;
    }));
}

TEST_F(PipelinesPanelTest, RollbackPutsTheEarlierDeploymentBackAfterConfirming)
{
    const QString first = commit({{u".opsdeck/pipeline.yml"_s, kPipeline}}, u"first"_s);
    startEngine();
    ASSERT_EQ(finish(trigger().id).run.status, RunStatus::Success);
    const QString second = commit({{u"README"_s, "second\n"}}, u"second"_s);
    ASSERT_EQ(finish(trigger().id).run.status, RunStatus::Success);
    makePanel();
    m_panel->showDeployments();
    DeploymentsView *deployments = m_panel->deploymentsView();
    const auto liveCommit = [&](const QString &env) {
        const Backend::EnvironmentState *state = deployments->environment(env);
        return state && state->live ? state->live->commit : QString();
    };
    ASSERT_TRUE(waitUntil([&] { return liveCommit(u"staging"_s) == second; }));
    ASSERT_TRUE(waitUntil([&] { return deployments->history()->rowCount() == 2; }));
    EXPECT_EQ(deployments->historyEnvironment(), u"staging"_s);

    QStringList asked;
    bool answer = false;
    deployments->setConfirm([&](const QString &title, const QString &) {
        asked.append(title);
        return answer;
    });
    QWidget *card = deployments->findChild<QWidget *>(u"pipelines.env.staging"_s);
    ASSERT_NE(card, nullptr);
    auto *rollback = card->findChild<QPushButton *>(u"rollback"_s);
    ASSERT_NE(rollback, nullptr);
    ASSERT_TRUE(rollback->isEnabled());
    QTest::mouseClick(rollback, Qt::LeftButton); // "Cancel": nothing happens
    ASSERT_EQ(asked.size(), 1);
    QTest::qWait(200);
    EXPECT_EQ(liveCommit(u"staging"_s), second);

    answer = true;
    QSignalSpy done(deployments, &DeploymentsView::actionFinished);
    card = deployments->findChild<QWidget *>(u"pipelines.env.staging"_s);
    QTest::mouseClick(card->findChild<QPushButton *>(u"rollback"_s), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return done.count() == 1; }));
    EXPECT_TRUE(done.at(0).at(1).toString().isEmpty()) << done.at(0).at(1).toString().toStdString();
    ASSERT_TRUE(waitUntil([&] { return liveCommit(u"staging"_s) == first; }));
    QLabel *live = deployments->findChild<QWidget *>(u"pipelines.env.staging"_s)->findChild<QLabel *>(u"live"_s);
    EXPECT_TRUE(live->text().contains(first.left(8))) << live->text().toStdString();
    ASSERT_TRUE(waitUntil([&] { return deployments->history()->rowCount() == 3; }));
    EXPECT_FALSE(saveScreenshot(*m_panel, u"pipelines-rollback.png"_s).isEmpty());

    // The audit trail names the rollback and who did it.
    m_panel->tabs()->setCurrentIndex(PipelinesPanel::AuditTab);
    ASSERT_TRUE(waitUntil([&] {
        const auto &events = m_panel->auditView()->events();
        return std::any_of(events.begin(), events.end(), [](const Backend::PipelineEvent &e) {
            return e.kind.contains(u"rolled_back"_s) || e.kind.contains(u"rollback"_s);
        });
    }));
}

TEST_F(PipelinesPanelTest, FreezeAsksForAReasonAndShowsIt)
{
    commit({{u".opsdeck/pipeline.yml"_s, kPipeline}}, u"first"_s);
    startEngine();
    makePanel();
    m_panel->showDeployments();
    DeploymentsView *deployments = m_panel->deploymentsView();
    ASSERT_TRUE(waitUntil([&] { return deployments->environment(u"production"_s) != nullptr; }));
    deployments->setAskReason([](const QString &) { return std::optional<QString>(u"incident 42"_s); });
    auto *freeze = deployments->findChild<QWidget *>(u"pipelines.env.production"_s)->findChild<QPushButton *>(u"freeze"_s);
    QTest::mouseClick(freeze, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] {
        const Backend::EnvironmentState *env = deployments->environment(u"production"_s);
        return env && env->frozen;
    }));
    EXPECT_EQ(deployments->environment(u"production"_s)->freezeReason, u"incident 42"_s);
    QLabel *frozen = deployments->findChild<QWidget *>(u"pipelines.env.production"_s)->findChild<QLabel *>(u"frozen"_s);
    EXPECT_TRUE(frozen->text().contains(u"incident 42"_s)) << frozen->text().toStdString();
    EXPECT_FALSE(saveScreenshot(*m_panel, u"pipelines-deployments.png"_s).isEmpty());

    // Unfreeze needs no reason.
    deployments->setAskReason([](const QString &) -> std::optional<QString> {
        ADD_FAILURE() << "unfreeze asked for a reason";
        return std::nullopt;
    });
    freeze = deployments->findChild<QWidget *>(u"pipelines.env.production"_s)->findChild<QPushButton *>(u"freeze"_s);
    QTest::mouseClick(freeze, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !deployments->environment(u"production"_s)->frozen; }));
}

TEST_F(PipelinesPanelTest, ScreenshotOfTheRunsTab)
{
    commit({{u".opsdeck/pipeline.yml"_s, kPipeline}}, u"Add the pipeline"_s);
    startEngine();
    ASSERT_EQ(finish(trigger().id).run.status, RunStatus::Success);
    commit({{u".opsdeck/pipeline.yml"_s, QByteArray(kPipeline).replace("- echo testing", "- 'echo \"error: 2 tests failed\"; exit 1'")}},
           u"Break the tests"_s);
    const Backend::PipelineRun failing = trigger(u"main"_s, u"production"_s);
    ASSERT_EQ(finish(failing.id).run.status, RunStatus::Failed);
    makePanel();
    ASSERT_TRUE(waitUntil([&] { return m_panel->runsModel()->rowCount() == 2; }));
    ASSERT_TRUE(showRun(failing.id));
    // The failed job opens first: that is what the engineer came for.
    const bool opened = waitUntil([&] { return dagJobId(u"test"_s) != 0 && m_panel->runView()->log()->jobId() == dagJobId(u"test"_s); });
    ASSERT_TRUE(opened);
    ASSERT_TRUE(waitUntil([&] { return findRow(m_panel->runView()->log()->model(), u"tests failed"_s) >= 0; }));
    const QString path = saveScreenshot(*m_panel, u"pipelines-runs.png"_s);
    EXPECT_FALSE(path.isEmpty());
    std::cout << "screenshot: " << path.toStdString() << std::endl;
}

TEST_F(PipelinesPanelTest, PluginModuleRegistersViewCommandsAndStatus)
{
#ifndef OPSDECK_PIPELINES_PLUGIN_FILE
    GTEST_SKIP() << "the plugin is not built";
#else
    commit({{u".opsdeck/pipeline.yml"_s, kPipeline}}, u"first"_s);
    startEngine();
    QTemporaryDir pluginDir;
    ASSERT_TRUE(QFile::copy(QStringLiteral(OPSDECK_PIPELINES_PLUGIN_FILE), pluginDir.filePath(u"opsdeck_pipelines.so"_s)));
    {
        Sdk::PluginManager plugins(*m_services);
        plugins.setSearchPaths({pluginDir.path()});
        plugins.loadAll();
        const Sdk::PluginSpec *spec = plugins.plugin(u"pipelines"_s);
        ASSERT_NE(spec, nullptr);
        EXPECT_EQ(spec->state, Sdk::PluginState::Running) << spec->error.toStdString();
        for (const QString &id : {u"pipelines.show"_s, u"pipelines.trigger"_s, u"pipelines.rollback"_s, u"pipelines.freeze"_s})
            EXPECT_TRUE(m_services->commands().command(id).has_value()) << id.toStdString();
        EXPECT_EQ(m_services->commands().command(u"pipelines.trigger"_s)->title, u"Trigger pipeline…"_s);
        EXPECT_EQ(m_services->commands().command(u"pipelines.rollback"_s)->title, u"Rollback environment…"_s);
        EXPECT_EQ(m_services->commands().command(u"pipelines.freeze"_s)->title, u"Freeze environment…"_s);
        EXPECT_TRUE(m_services->commands().isEnabled(u"pipelines.trigger"_s));
        const auto view = m_services->views().view(u"pipelines.view"_s);
        ASSERT_TRUE(view.has_value());
        EXPECT_FALSE(view->icon.isNull());

        QWidget window;
        window.resize(1200, 800);
        QWidget *panel = view->factory(&window);
        ASSERT_NE(panel, nullptr);
        panel->resize(window.size());
        window.show();
        Sdk::StatusItem *status = m_services->statusBar().item(u"pipelines.status"_s);
        ASSERT_NE(status, nullptr);
        const Backend::PipelineRun run = trigger();
        ASSERT_EQ(finish(run.id).run.status, RunStatus::Success);
        ASSERT_TRUE(waitUntil([&] { return status->text().contains(u"0 running"_s); })) << status->text().toStdString();
        delete panel; // before the plugin's library goes
        plugins.shutdown();
    }
#endif
}
