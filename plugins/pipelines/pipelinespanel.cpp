// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "pipelinespanel.h"

#include "asyncresult.h"
#include "auditview.h"
#include "deploymentsview.h"
#include "pipelinestr.h"
#include "runlistmodel.h"
#include "runview.h"
#include "statusbadgedelegate.h"
#include "triggerdialog.h"

#include <opsdeck/api/backendregistry.h>
#include <opsdeck/sdk/ihost.h>
#include <opsdeck/sdk/notificationcenter.h>

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace OpsDeck::Pipelines::Internal {

PipelinesPanel::PipelinesPanel(Sdk::IHost &host, QWidget *parent)
    : QWidget(parent)
    , m_host(host)
{
    setObjectName(u"pipelines.panel"_s);
    m_runs = new RunListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_runs);
    m_proxy->setFilterRole(RunListModel::SearchTextRole);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_deployments = new DeploymentsView(this);
    m_deployments->setObjectName(u"pipelines.deployments"_s);
    m_audit = new AuditView(this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"pipelines.tabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->insertTab(RunsTab, makeRunsTab(), Tr::tr("Runs"));
    m_tabs->insertTab(DeploymentsTab, m_deployments, Tr::tr("Deployments"));
    m_tabs->insertTab(AuditTab, m_audit, Tr::tr("Audit Trail"));
    auto *trigger = new QPushButton(Tr::tr("Trigger Pipeline…"), this);
    trigger->setObjectName(u"pipelines.trigger"_s);
    trigger->setToolTip(Tr::tr("Start a run of a repository's pipeline (Ctrl+Shift+P)"));
    connect(trigger, &QPushButton::clicked, this, [this] { openTriggerDialog(); });
    auto *corner = new QWidget(this);
    auto *cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 2, 6, 2);
    cornerLayout->addWidget(trigger);
    m_tabs->setCornerWidget(corner, Qt::TopRightCorner);

    // The empty state: what is missing and what to do about it.
    auto *empty = new QWidget(this);
    m_emptyText = new QLabel(empty);
    m_emptyText->setObjectName(u"pipelines.emptyState"_s);
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setFixedWidth(520);
    m_emptyText->setText(Tr::tr("This profile has no pipeline engine. Switch to a profile with the local engine "
                                "(or start with --demo) to see pipeline runs here."));
    auto *emptyLayout = new QGridLayout(empty);
    emptyLayout->addWidget(m_emptyText, 0, 0, Qt::AlignCenter);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_tabs);
    m_pages->addWidget(empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    // Ctrl+Shift+P is the "Trigger pipeline…" command's shortcut (the host
    // owns it); a second one here would make the key ambiguous and dead.
    auto *refreshShortcut = new QShortcut(QKeySequence::Refresh, this);
    refreshShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshShortcut, &QShortcut::activated, this, &PipelinesPanel::refresh);

    Backend::BackendRegistry &backends = host.backends();
    connect(&backends, &Backend::BackendRegistry::aboutToRebind, this, &PipelinesPanel::release);
    connect(&backends, &Backend::BackendRegistry::backendsChanged, this, &PipelinesPanel::rebind);
    rebind();
}

PipelinesPanel::~PipelinesPanel()
{
    release();
}

QWidget *PipelinesPanel::makeRunsTab()
{
    auto *tab = new QWidget(this);
    m_repositoryFilter = new QComboBox(tab);
    m_repositoryFilter->setObjectName(u"pipelines.filterRepository"_s);
    m_repositoryFilter->setToolTip(Tr::tr("Show the runs of one repository"));
    m_repositoryFilter->addItem(Tr::tr("All repositories"), QString());
    m_statusFilter = new QComboBox(tab);
    m_statusFilter->setObjectName(u"pipelines.filterStatus"_s);
    m_statusFilter->addItem(Tr::tr("Any status"), -1);
    using Backend::RunStatus;
    for (RunStatus s : {RunStatus::Queued, RunStatus::Running, RunStatus::Success, RunStatus::Failed,
                        RunStatus::Cancelled, RunStatus::RolledBack})
        m_statusFilter->addItem(Backend::runStatusName(s).replace(u'_', u' '), int(s));
    m_environmentFilter = new QComboBox(tab);
    m_environmentFilter->setObjectName(u"pipelines.filterEnvironment"_s);
    m_environmentFilter->addItem(Tr::tr("Any environment"), QString());
    for (const QString &env : {u"development"_s, u"staging"_s, u"production"_s})
        m_environmentFilter->addItem(env, env);
    m_textFilter = new QLineEdit(tab);
    m_textFilter->setObjectName(u"pipelines.filterText"_s);
    m_textFilter->setPlaceholderText(Tr::tr("Filter runs: branch, commit, person… (Ctrl+F)"));
    m_textFilter->setClearButtonEnabled(true);
    m_textFilter->setMinimumWidth(140); // the combo boxes beside it give way first
    m_runsStatus = new QLabel(tab);
    m_runsStatus->setObjectName(u"pipelines.runsStatus"_s);
    m_runsStatus->setTextFormat(Qt::PlainText);
    m_runsStatus->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // counts change; the layout must not

    m_table = new QTableView(tab);
    m_table->setObjectName(u"pipelines.runs"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setItemDelegateForColumn(RunListModel::StatusColumn, new StatusBadgeDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics fm = m_table->fontMetrics();
    const int widths[RunListModel::ColumnCount] = {fm.horizontalAdvance(u"rolled back"_s) + 30,
                                                   fm.horizontalAdvance(u"0000000000"_s),
                                                   fm.horizontalAdvance(u"repository"_s) + 16,
                                                   fm.horizontalAdvance(u"feature/x-12"_s) + 16,
                                                   fm.horizontalAdvance(u"0000000000"_s),
                                                   fm.horizontalAdvance(u"webhook"_s) + 16,
                                                   fm.horizontalAdvance(u"someone"_s) + 16,
                                                   fm.horizontalAdvance(u"10m 00s"_s) + 16,
                                                   fm.horizontalAdvance(u"59m 59s ago"_s) + 16};
    for (int c = 0; c < RunListModel::ColumnCount; ++c)
        header->resizeSection(c, widths[c]);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(6);
    filters->addWidget(m_textFilter, 1);
    filters->addWidget(m_repositoryFilter);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_environmentFilter);
    auto *left = new QWidget(tab);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 4);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_runsStatus);

    m_runView = new RunView(tab);
    m_runView->setObjectName(u"pipelines.runView"_s);
    auto *splitter = new QSplitter(Qt::Horizontal, tab);
    splitter->addWidget(left);
    splitter->addWidget(m_runView);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    int listWidth = 30;
    for (int c = 0; c < RunListModel::ColumnCount; ++c)
        listWidth += header->sectionSize(c);
    // The run (graph and log) is what an incident needs most: it gets the
    // larger share; the list's last columns are a scroll or a drag away.
    splitter->setSizes({std::min(listWidth, 560), std::max(760, 1400 - listWidth)});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_repositoryFilter, &QComboBox::currentIndexChanged, this, &PipelinesPanel::applyFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &PipelinesPanel::applyFilter);
    connect(m_environmentFilter, &QComboBox::currentIndexChanged, this, &PipelinesPanel::applyFilter);
    connect(m_textFilter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto *find = new QShortcut(QKeySequence::Find, m_table);
    find->setContext(Qt::WidgetShortcut);
    connect(find, &QShortcut::activated, this, [this] { m_textFilter->setFocus(); m_textFilter->selectAll(); });

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const QString id = current.data(RunListModel::RunIdRole).toString();
        if (!id.isEmpty() && id != m_runView->runId())
            m_runView->showRun(id);
    });
    // A refresh resets the list: keep the shown run selected.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_runs->rowOf(m_runView->runId());
        if (row >= 0)
            m_table->setCurrentIndex(m_proxy->mapFromSource(m_runs->index(row, 0)));
        else if (m_runView->runId().isEmpty() && m_proxy->rowCount() > 0)
            m_table->setCurrentIndex(m_proxy->index(0, 0)); // the newest run, at first
    });
    const auto counts = [this] {
        m_runsStatus->setText(Tr::tr("%n run(s)", nullptr, m_proxy->rowCount()));
        Q_EMIT statusChanged();
    };
    connect(m_proxy, &QAbstractItemModel::modelReset, this, counts);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, counts);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, counts);
    connect(m_runs, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &tl) {
        if (tl.column() == 0)
            Q_EMIT statusChanged();
    });
    connect(m_runs, &RunListModel::refreshed, this, [this](const QString &error) {
        if (!error.isEmpty())
            m_runsStatus->setText(Tr::tr("The runs cannot be listed: %1").arg(error));
    });
    return tab;
}

void PipelinesPanel::release()
{
    // The old backends are destroyed right after aboutToRebind: let go now.
    m_engine = nullptr;
    m_runs->setEngine(nullptr);
    m_runView->setEngine(nullptr);
    m_deployments->setEngine(nullptr);
    m_audit->setEngine(nullptr);
}

void PipelinesPanel::rebind()
{
    m_engine = m_host.backends().get<Backend::IPipelineEngine>();
    m_runs->setEngine(m_engine);
    m_runView->setEngine(m_engine);
    m_deployments->setEngine(m_engine);
    m_audit->setEngine(m_engine);
    m_pages->setCurrentIndex(m_engine ? 0 : 1);
    m_activeRuns.clear();
    if (m_engine) {
        connect(m_engine, &Backend::IPipelineEngine::runUpdated, this, &PipelinesPanel::notifyRun);
        connect(m_engine, &Backend::IPipelineEngine::deploymentUpdated, this, &PipelinesPanel::notifyDeployment);
        loadRepositoryFilter();
        applyFilter();
    }
    Q_EMIT statusChanged();
}

void PipelinesPanel::notifyRun(const Backend::PipelineRun &run)
{
    using Backend::RunStatus;
    const bool active = run.status == RunStatus::Queued || run.status == RunStatus::Running;
    if (active) {
        m_activeRuns.insert(run.id, run.status);
        return;
    }
    // Only a run this console saw queued or running: no burst of old news
    // when the panel binds to an engine with history.
    if (!m_activeRuns.remove(run.id))
        return;
    const QString what = Tr::tr("%1 %2 @ %3").arg(run.repository, run.branch, run.commit.left(8));
    Sdk::Notification n;
    switch (run.status) {
    case RunStatus::Success:
        n.severity = Sdk::Notification::Severity::Success;
        n.title = Tr::tr("Pipeline succeeded");
        n.body = Tr::tr("%1 succeeded (run %2).").arg(what, run.id.left(8));
        break;
    case RunStatus::Failed:
        n.severity = Sdk::Notification::Severity::Error;
        n.title = Tr::tr("Pipeline failed");
        n.body = Tr::tr("%1 failed (run %2). Open the Pipelines view for the failing job's log.").arg(what, run.id.left(8));
        break;
    case RunStatus::Cancelled:
        return; // whoever cancelled it knows
    case RunStatus::RolledBack:
    case RunStatus::Queued:
    case RunStatus::Running:
        return; // rollbacks are told through their deployment
    }
    m_host.notifications().post(n);
}

void PipelinesPanel::notifyDeployment(const Backend::Deployment &deployment)
{
    if (deployment.status != Backend::DeploymentStatus::RolledBack || m_notifiedRollbacks.contains(deployment.id))
        return;
    m_notifiedRollbacks.insert(deployment.id);
    Sdk::Notification n;
    n.severity = Sdk::Notification::Severity::Warning;
    n.title = Tr::tr("Deployment rolled back");
    n.body = deployment.note.isEmpty()
        ? Tr::tr("%1 in %2 (commit %3) was rolled back.").arg(deployment.repository, deployment.environment,
                                                              deployment.commit.left(8))
        : Tr::tr("%1 in %2 (commit %3) was rolled back: %4")
              .arg(deployment.repository, deployment.environment, deployment.commit.left(8), deployment.note);
    m_host.notifications().post(n);
}

void PipelinesPanel::loadRepositoryFilter()
{
    whenFinished(this, m_engine->repositories(), [this](const Result<QList<Backend::RepositoryInfo>> &repos) {
        if (!repos)
            return; // the list still works unfiltered
        const QString current = m_repositoryFilter->currentData().toString();
        const QSignalBlocker block(m_repositoryFilter);
        while (m_repositoryFilter->count() > 1)
            m_repositoryFilter->removeItem(1);
        for (const Backend::RepositoryInfo &repo : *repos)
            m_repositoryFilter->addItem(repo.name, repo.name);
        m_repositoryFilter->setCurrentIndex(std::max(0, m_repositoryFilter->findData(current)));
    });
}

void PipelinesPanel::applyFilter()
{
    Backend::RunFilter filter;
    filter.repository = m_repositoryFilter->currentData().toString();
    if (const int status = m_statusFilter->currentData().toInt(); status >= 0)
        filter.status = Backend::RunStatus(status);
    filter.environment = m_environmentFilter->currentData().toString();
    filter.limit = 500;
    m_runs->setFilter(filter);
    m_runs->refresh();
}

void PipelinesPanel::refresh()
{
    if (!m_engine)
        return;
    m_runs->refresh();
    m_runView->reload();
    m_deployments->refresh();
    m_audit->refresh();
}

TriggerDialog *PipelinesPanel::openTriggerDialog()
{
    auto *dialog = new TriggerDialog(m_engine, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const QString repo = m_repositoryFilter->currentData().toString(); !repo.isEmpty())
        dialog->setRepository(repo);
    else if (const RunListModel *model = m_runs; model->rowCount() > 0)
        dialog->setRepository(model->run(0)->repository); // the latest run's repository
    connect(dialog, &TriggerDialog::triggered, this, [this](const Backend::PipelineRun &run) {
        m_tabs->setCurrentIndex(RunsTab);
        selectRun(run.id);
    });
    dialog->open();
    return dialog;
}

void PipelinesPanel::selectRun(const QString &runId)
{
    const int row = m_runs->rowOf(runId);
    if (row >= 0)
        m_table->setCurrentIndex(m_proxy->mapFromSource(m_runs->index(row, 0)));
    if (m_runView->runId() != runId)
        m_runView->showRun(runId);
}

void PipelinesPanel::showDeployments()
{
    m_tabs->setCurrentIndex(DeploymentsTab);
    m_deployments->refresh();
}

void PipelinesPanel::rollbackEnvironment(const QString &environment)
{
    m_tabs->setCurrentIndex(DeploymentsTab);
    m_deployments->rollback(environment);
}

void PipelinesPanel::freezeEnvironment(const QString &environment)
{
    m_tabs->setCurrentIndex(DeploymentsTab);
    m_deployments->toggleFreeze(environment);
}

QString PipelinesPanel::statusText() const
{
    if (!m_engine)
        return Tr::tr("Pipelines: no engine");
    int running = 0;
    int queued = 0;
    for (int row = 0; row < m_runs->rowCount(); ++row) {
        const Backend::PipelineRun *run = m_runs->run(row);
        running += run->status == Backend::RunStatus::Running ? 1 : 0;
        queued += run->status == Backend::RunStatus::Queued ? 1 : 0;
    }
    return Tr::tr("Pipelines: %1 running, %2 queued").arg(running).arg(queued);
}

} // namespace OpsDeck::Pipelines::Internal
