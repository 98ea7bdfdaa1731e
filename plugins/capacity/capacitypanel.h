// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QTabWidget;

namespace OpsDeck::Backend {
class BackendRegistry;
}

namespace OpsDeck::Capacity::Internal {

class AlertsView;
class CompareView;
class DashboardView;
class PlannerView;
class ScenarioBrowser;

/**
 * The Capacity panel (docs/capacity-panel.md): Planner (scenarios and the
 * form), Compare, Dashboards and Alerts tabs. It reads the workspace folder
 * from the active profile and the metrics sources and pipeline engine from
 * the registry, following profile switches.
 */
class CapacityPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit CapacityPanel(Backend::BackendRegistry &backends, QWidget *parent = nullptr);
    ~CapacityPanel() override;

    PlannerView *planner() const { return m_planner; }
    ScenarioBrowser *scenarios() const { return m_scenarios; }
    CompareView *compare() const { return m_compare; }
    DashboardView *dashboards() const { return m_dashboards; }
    AlertsView *alerts() const { return m_alerts; }
    QTabWidget *tabs() const { return m_tabs; }
    /** `<workspace>/capacity`, empty without a workspace. */
    QString capacityFolder() const;

    void showPlanner();
    void showDashboards();
    void showAlerts();
    void compareSelected();

private:
    void rebind();

    Backend::BackendRegistry &m_backends;
    QTabWidget *m_tabs = nullptr;
    PlannerView *m_planner = nullptr;
    ScenarioBrowser *m_scenarios = nullptr;
    CompareView *m_compare = nullptr;
    DashboardView *m_dashboards = nullptr;
    AlertsView *m_alerts = nullptr;
};

} // namespace OpsDeck::Capacity::Internal
