// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

namespace OpsDeck::Sdk {
class IHost;
}
namespace OpsDeck::Alerts {
class AlertEvaluator;
struct AlertInstance;
struct Transition;
} // namespace OpsDeck::Alerts

namespace OpsDeck::Capacity::Internal {

class AlertsView;

/**
 * Runs the alert rules of the active profile's workspace for as long as the
 * plugin is loaded, whether the Capacity view is open or not
 * (docs/alert-rules.md): the rules from `<workspace>/alerts/rules.json`, or
 * the seed's defaults when there is none; every bound metrics source by id
 * ("embedded", and each Prometheus by its name and as "prometheus"); the
 * history restored at start, so a firing alert is neither forgotten nor
 * announced twice. Firing and resolved alerts are posted to the console's
 * notifications. An attached AlertsView is fed with the states and the
 * history. A profile switch starts over with the new profile's workspace.
 *
 * The alerts library is evaluation logic over Backend::IMetricsSource and
 * the workspace's own files, like the planner: the plugin hosts it.
 */
class AlertsBinding : public QObject
{
    Q_OBJECT
public:
    AlertsBinding(Sdk::IHost &host, QObject *parent = nullptr);
    ~AlertsBinding() override;

    /** Shows the states and history in \a view from now on (one view at a time). */
    void attach(AlertsView *view);
    /** The running evaluator; null before the first start or without a workspace. */
    Alerts::AlertEvaluator *evaluator() const { return m_evaluator.get(); }

Q_SIGNALS:
    /** The rules are loaded and the evaluator runs (for tests and the panel's status). */
    void started();

private:
    void rebind();
    void publish();
    void addHistory(const QList<Alerts::Transition> &transitions);
    void notify(const Alerts::AlertInstance &alert, bool firing);

    Sdk::IHost &m_host;
    std::unique_ptr<Alerts::AlertEvaluator> m_evaluator;
    QPointer<AlertsView> m_view;
    quint64 m_generation = 0;
};

} // namespace OpsDeck::Capacity::Internal
