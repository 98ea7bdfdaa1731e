// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/pipelineengine.h>

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace OpsDeck::Sdk {
class IHost;
}

namespace OpsDeck::Pipelines::Internal {

class AuditView;
class DeploymentsView;
class RunListModel;
class RunView;
class TriggerDialog;

/**
 * The Pipelines panel: "Runs" (filters, the runs list, the selected run's
 * graph and log), "Deployments" (what is live where, freeze, rollback,
 * history) and "Audit" (the events). It binds to the active profile's
 * IPipelineEngine and follows profile switches.
 */
class PipelinesPanel final : public QWidget
{
    Q_OBJECT
public:
    enum Tab { RunsTab, DeploymentsTab, AuditTab };

    explicit PipelinesPanel(Sdk::IHost &host, QWidget *parent = nullptr);
    ~PipelinesPanel() override;

    Backend::IPipelineEngine *engine() const { return m_engine; }
    QTabWidget *tabs() const { return m_tabs; }
    RunListModel *runsModel() const { return m_runs; }
    QSortFilterProxyModel *runsProxy() const { return m_proxy; }
    QTableView *runsTable() const { return m_table; }
    RunView *runView() const { return m_runView; }
    DeploymentsView *deploymentsView() const { return m_deployments; }
    AuditView *auditView() const { return m_audit; }
    QComboBox *repositoryFilter() const { return m_repositoryFilter; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QComboBox *environmentFilter() const { return m_environmentFilter; }
    QLineEdit *textFilter() const { return m_textFilter; }

    /** Opens the trigger dialog (non-modal, deleted on close) and returns it. */
    TriggerDialog *openTriggerDialog();
    /** Shows run \a runId (selects it in the list when it is there). */
    void selectRun(const QString &runId);
    /** Brings the Deployments tab forward for a rollback or freeze of \a environment. */
    void rollbackEnvironment(const QString &environment);
    void freezeEnvironment(const QString &environment);
    void showDeployments();
    void refresh();

    /** For the status bar item: running and queued runs. */
    QString statusText() const;

Q_SIGNALS:
    void statusChanged();

private:
    void rebind();
    void release();
    QWidget *makeRunsTab();
    void applyFilter();
    void loadRepositoryFilter();
    void updateEmptyState();
    /** Posts a notification when a run this console saw active ends, and when a deployment is rolled back. */
    void notifyRun(const Backend::PipelineRun &run);
    void notifyDeployment(const Backend::Deployment &deployment);

    Sdk::IHost &m_host;
    QPointer<Backend::IPipelineEngine> m_engine;
    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_emptyText = nullptr;
    RunListModel *m_runs = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    RunView *m_runView = nullptr;
    DeploymentsView *m_deployments = nullptr;
    AuditView *m_audit = nullptr;
    QComboBox *m_repositoryFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_environmentFilter = nullptr;
    QLineEdit *m_textFilter = nullptr;
    QLabel *m_runsStatus = nullptr;
    QHash<QString, Backend::RunStatus> m_activeRuns; ///< runs seen queued or running, to notify once when they end
    QSet<QString> m_notifiedRollbacks;
};

} // namespace OpsDeck::Pipelines::Internal
