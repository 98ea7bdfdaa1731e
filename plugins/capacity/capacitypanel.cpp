// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "capacitypanel.h"

#include "alertsmodel.h"
#include "alertsview.h"
#include "capacitytr.h"
#include "dashboardview.h"
#include "plannerview.h"
#include "scenariosview.h"

#include <opsdeck/api/backendregistry.h>

#include <QDir>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace OpsDeck::Capacity::Internal {

CapacityPanel::CapacityPanel(Backend::BackendRegistry &backends, QWidget *parent)
    : QWidget(parent)
    , m_backends(backends)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);

    auto *plannerTab = new QSplitter(Qt::Horizontal, m_tabs);
    m_planner = new PlannerView(plannerTab);
    m_scenarios = new ScenarioBrowser(*m_planner, plannerTab);
    plannerTab->addWidget(m_scenarios);
    plannerTab->addWidget(m_planner);
    plannerTab->setStretchFactor(0, 0);
    plannerTab->setStretchFactor(1, 1);
    plannerTab->setSizes({220, 1200});
    m_compare = new CompareView(m_tabs);
    m_dashboards = new DashboardView(m_backends, m_tabs);
    m_alerts = new AlertsView(m_tabs);
    m_dashboards->setAlertHistory(m_alerts->history());

    m_tabs->addTab(plannerTab, Tr::tr("&Planner"));
    m_tabs->addTab(m_compare, Tr::tr("C&ompare"));
    m_tabs->addTab(m_dashboards, Tr::tr("&Dashboards"));
    m_tabs->addTab(m_alerts, Tr::tr("&Alerts"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_scenarios, &ScenarioBrowser::compareRequested, this, &CapacityPanel::compareSelected);
    auto *save = new QShortcut(QKeySequence::Save, plannerTab);
    save->setContext(Qt::WidgetWithChildrenShortcut);
    connect(save, &QShortcut::activated, m_scenarios, &ScenarioBrowser::saveCurrent);
    connect(&m_backends, &Backend::BackendRegistry::backendsChanged, this, &CapacityPanel::rebind);
    rebind();
}

CapacityPanel::~CapacityPanel() = default;

QString CapacityPanel::capacityFolder() const
{
    const QString workspace = m_backends.activeProfile().workspace;
    return workspace.isEmpty() ? QString() : QDir(workspace).filePath(u"capacity"_s);
}

void CapacityPanel::rebind()
{
    const QString folder = capacityFolder();
    m_scenarios->setDirectory(folder.isEmpty() ? QString() : QDir(folder).filePath(u"scenarios"_s));
    m_dashboards->setDirectory(folder.isEmpty() ? QString() : QDir(folder).filePath(u"dashboards"_s));
    const QStringList files = m_scenarios->store().files();
    if (files.isEmpty() || !m_scenarios->open(files.first())) {
        // Nothing saved yet: the seed's example, unsaved until Save.
        if (Result<Planner::Scenario> example = Planner::loadScenario(Planner::exampleScenario(), u"example.yaml"_s))
            m_planner->setScenario(*example);
    }
}

void CapacityPanel::showPlanner()
{
    m_tabs->setCurrentIndex(0);
}

void CapacityPanel::showDashboards()
{
    m_tabs->setCurrentIndex(2);
}

void CapacityPanel::showAlerts()
{
    m_tabs->setCurrentIndex(3);
}

void CapacityPanel::compareSelected()
{
    QString error;
    if (auto comparison = m_scenarios->compareFiles(m_scenarios->selectedFiles(), &error))
        m_compare->setComparison(*comparison);
    else
        m_compare->setError(error);
    m_tabs->setCurrentWidget(m_compare);
}

} // namespace OpsDeck::Capacity::Internal
