// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/planner/evaluation.h>
#include <opsdeck/planner/scenario.h>

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QTreeWidget;
class QVBoxLayout;

namespace OpsDeck::Capacity::Internal {

class GrowthChart;
class SimulationPanel;

/**
 * The Planner tab: a form generated from Planner::inputSpecs(), grouped by
 * model (a group's checkbox includes the model), outputs that recompute
 * about 100 ms after the last keystroke, the consistency findings, the
 * 24-month growth chart and the autoscaling simulation.
 *
 * An input that does not read (or a required one left empty) shows its
 * message under the field and the outputs stay at the last good evaluation,
 * marked as such: the user never sees numbers computed from a half-typed value.
 */
class PlannerView final : public QWidget
{
    Q_OBJECT
public:
    explicit PlannerView(QWidget *parent = nullptr);
    ~PlannerView() override;

    /** Fills the form from \a scenario and evaluates it at once. */
    void setScenario(const Planner::Scenario &scenario);
    /** The scenario of the last good evaluation (what a save writes). */
    const Planner::Scenario &scenario() const { return m_good; }
    const std::optional<Planner::Evaluation> &evaluation() const { return m_evaluation; }
    /** True while some input is invalid (the outputs shown are the last good ones). */
    bool hasInputErrors() const { return m_errorCount > 0; }

    /** The field of \a key ("traffic.peak_factor"), or nullptr. For tests and keyboard focus. */
    QLineEdit *inputEdit(const QString &key) const;
    /** The message shown under \a key's field; empty when it reads. */
    QString inputError(const QString &key) const;
    QTreeWidget *outputsTree() const { return m_outputs; }
    QLabel *findingsLabel() const { return m_findings; }
    GrowthChart *growthChart() const { return m_growth; }
    SimulationPanel *simulation() const { return m_simulation; }
    /** Evaluates now instead of after the debounce. */
    void recomputeNow();

Q_SIGNALS:
    /** A new evaluation is shown (after an edit that reads). */
    void evaluated();
    /** The user changed an input (the scenario differs from its file). */
    void edited();

private:
    struct Field
    {
        QString key;
        QString model;
        QLineEdit *edit = nullptr;
        QLabel *error = nullptr;
    };

    void buildForm(const Planner::Scenario &scenario);
    void scheduleRecompute();
    void showEvaluation();
    void setFieldError(const QString &key, const QString &message);

    QWidget *m_formHost = nullptr;
    QVBoxLayout *m_formLayout = nullptr;
    QHash<QString, Field> m_fields;
    QStringList m_fieldOrder;
    QHash<QString, QGroupBox *> m_groups;
    QLabel *m_status = nullptr;
    QLabel *m_findings = nullptr;
    QTreeWidget *m_outputs = nullptr;
    GrowthChart *m_growth = nullptr;
    SimulationPanel *m_simulation = nullptr;
    QTimer m_debounce;
    Planner::Scenario m_base;
    Planner::Scenario m_good;
    std::optional<Planner::Evaluation> m_evaluation;
    int m_errorCount = 0;
    bool m_filling = false;
};

} // namespace OpsDeck::Capacity::Internal
