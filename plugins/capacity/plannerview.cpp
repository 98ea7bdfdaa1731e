// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "plannerview.h"

#include "capacitystyle.h"
#include "capacitytr.h"
#include "plannercharts.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace OpsDeck::Capacity::Internal {

namespace {

QString modelOf(const QString &key)
{
    return key.section(u'.', 0, 0);
}

/** "events_per_day" for "traffic.events_per_day"; families keep their member: "classes.small.vcpu". */
QString shortName(const QString &key)
{
    return key.section(u'.', 1);
}

QString modelTitle(const QString &model)
{
    if (model == u"traffic"_s) return Tr::tr("Traffic");
    if (model == u"storage"_s) return Tr::tr("Storage");
    if (model == u"compute"_s) return Tr::tr("Compute");
    if (model == u"logs"_s) return Tr::tr("Logs");
    if (model == u"cost"_s) return Tr::tr("Cost");
    if (model == u"growth"_s) return Tr::tr("Growth");
    if (model == u"queueing"_s) return Tr::tr("Queueing");
    if (model == u"autoscaling"_s) return Tr::tr("Autoscaling");
    if (model == u"availability"_s) return Tr::tr("Availability");
    return model;
}

constexpr int kNameRole = Qt::UserRole + 1;

/** The units a field accepts, short, beside it (the placeholder has an example). */
QString unitHint(Planner::Dimension dimension)
{
    using Planner::Dimension;
    switch (dimension) {
    case Dimension::Count: return Tr::tr("number");
    case Dimension::Percent: return u"%"_s;
    case Dimension::Rate: return Tr::tr("/s, /h, /day");
    case Dimension::Bytes: return Tr::tr("MB, GB, TB");
    case Dimension::ByteRate: return Tr::tr("GB/day, MB/s");
    case Dimension::Duration: return Tr::tr("s, min, h, d");
    case Dimension::Vcpu: return Tr::tr("vCPU");
    case Dimension::Money: return Tr::tr("USD/month");
    case Dimension::Price: return Tr::tr("USD/TB/month");
    }
    return {};
}

} // namespace

PlannerView::PlannerView(QWidget *parent)
    : QWidget(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(100);
    connect(&m_debounce, &QTimer::timeout, this, &PlannerView::recomputeNow);

    auto *splitter = new QSplitter(Qt::Horizontal, this);

    // Inputs: one group per model, generated from the planner's specs.
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_formHost = new QWidget(scroll);
    m_formLayout = new QVBoxLayout(m_formHost);
    m_formLayout->setContentsMargins(4, 4, 8, 4);
    scroll->setWidget(m_formHost);
    scroll->setMinimumWidth(380);

    auto *right = new QSplitter(Qt::Vertical, splitter);
    auto *outputsBox = new QWidget(right);
    auto *outputsLayout = new QVBoxLayout(outputsBox);
    outputsLayout->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel(outputsBox);
    m_status->setWordWrap(true);
    m_findings = new QLabel(outputsBox);
    m_findings->setWordWrap(true);
    m_findings->setTextFormat(Qt::RichText);
    m_findings->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_findings->setAccessibleName(Tr::tr("Consistency findings"));
    m_outputs = new QTreeWidget(outputsBox);
    m_outputs->setColumnCount(3);
    m_outputs->setHeaderLabels({Tr::tr("Output"), Tr::tr("Value"), Tr::tr("Formula")});
    m_outputs->setAlternatingRowColors(true);
    m_outputs->setUniformRowHeights(true);
    m_outputs->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    // The value must be readable in the narrow right pane: labels elide first.
    m_outputs->header()->resizeSection(0, 210);
    m_outputs->header()->resizeSection(1, 120);
    m_outputs->setAccessibleName(Tr::tr("Planner outputs"));
    // The findings come first and stay visible; many of them scroll rather than push the outputs away.
    auto *findingsScroll = new QScrollArea(outputsBox);
    findingsScroll->setWidgetResizable(true);
    findingsScroll->setFrameShape(QFrame::NoFrame);
    findingsScroll->setWidget(m_findings);
    findingsScroll->setMinimumHeight(90);
    findingsScroll->setMaximumHeight(190);
    outputsLayout->addWidget(m_status);
    outputsLayout->addWidget(findingsScroll);
    outputsLayout->addWidget(m_outputs, 1);

    auto *charts = new QTabWidget(right);
    m_growth = new GrowthChart(charts);
    m_simulation = new SimulationPanel(charts);
    charts->addTab(m_growth, Tr::tr("Growth (24 months)"));
    charts->addTab(m_simulation, Tr::tr("Autoscaling simulation"));
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

PlannerView::~PlannerView() = default;

void PlannerView::setScenario(const Planner::Scenario &scenario)
{
    m_base = scenario;
    m_good = scenario;
    buildForm(scenario);
    recomputeNow();
}

QLineEdit *PlannerView::inputEdit(const QString &key) const
{
    const auto it = m_fields.constFind(key);
    return it == m_fields.constEnd() ? nullptr : it->edit;
}

QString PlannerView::inputError(const QString &key) const
{
    const auto it = m_fields.constFind(key);
    return it == m_fields.constEnd() || it->error->isHidden() ? QString() : it->error->text();
}

void PlannerView::buildForm(const Planner::Scenario &scenario)
{
    m_filling = true;
    // A new scenario can bring other family members (resource classes,
    // dependencies): the form is rebuilt, not patched.
    while (QLayoutItem *item = m_formLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_fields.clear();
    m_fieldOrder.clear();
    m_groups.clear();

    // Fixed inputs from the specs, family members ("compute.classes.small.vcpu") from the scenario.
    QList<std::pair<QString, const Planner::InputSpec *>> keys;
    for (const Planner::InputSpec &spec : Planner::inputSpecs()) {
        if (!spec.key.contains(u'*'))
            keys.append({spec.key, &spec});
    }
    for (const Planner::InputValue &value : scenario.inputs) {
        const Planner::InputSpec *spec = Planner::findInputSpec(value.key);
        if (spec && spec->key.contains(u'*'))
            keys.append({value.key, spec});
    }

    const QString errorStyle = u"color: %1;"_s.arg(Style::errorColor(palette()).name());
    for (const QString &model : Planner::modelNames()) {
        auto *group = new QGroupBox(modelTitle(model), m_formHost);
        group->setCheckable(true);
        group->setChecked(scenario.hasModel(model));
        group->setToolTip(Tr::tr("Include the %1 model in the scenario").arg(modelTitle(model)));
        auto *grid = new QGridLayout(group);
        grid->setColumnStretch(1, 1);
        int row = 0;
        for (const auto &[key, spec] : keys) {
            if (modelOf(key) != model)
                continue;
            auto *name = new QLabel(shortName(key), group);
            name->setToolTip(u"%1\n%2"_s.arg(key, spec->description));
            auto *edit = new QLineEdit(group);
            edit->setObjectName(key);
            edit->setAccessibleName(key);
            edit->setClearButtonEnabled(true);
            QString placeholder;
            if (!spec->defaultText.isEmpty())
                placeholder = Tr::tr("default: %1").arg(spec->defaultText);
            else if (!spec->fallbackKey.isEmpty())
                placeholder = Tr::tr("from %1").arg(spec->fallbackKey);
            else if (spec->required)
                placeholder = Tr::tr("required, e.g. %1").arg(Planner::dimensionExample(spec->dimension));
            else
                placeholder = Tr::tr("e.g. %1").arg(Planner::dimensionExample(spec->dimension));
            edit->setPlaceholderText(placeholder);
            edit->setToolTip(Tr::tr("%1\n%2, e.g. %3").arg(spec->description, Planner::dimensionName(spec->dimension),
                                                           Planner::dimensionExample(spec->dimension)));
            if (const Planner::InputValue *given = scenario.find(key))
                edit->setText(given->text);
            name->setBuddy(edit);
            auto *unit = new QLabel(unitHint(spec->dimension), group);
            unit->setToolTip(Planner::dimensionName(spec->dimension));
            unit->setForegroundRole(QPalette::PlaceholderText);
            auto *error = new QLabel(group);
            error->setWordWrap(true);
            error->setStyleSheet(errorStyle);
            error->setObjectName(key + u".error"_s);
            error->hide();
            grid->addWidget(name, row, 0);
            grid->addWidget(edit, row, 1);
            grid->addWidget(unit, row, 2);
            grid->addWidget(error, row + 1, 1, 1, 2);
            row += 2;
            connect(edit, &QLineEdit::textEdited, this, [this] {
                Q_EMIT edited();
                scheduleRecompute();
            });
            m_fields.insert(key, {key, model, edit, error});
            m_fieldOrder.append(key);
        }
        connect(group, &QGroupBox::toggled, this, [this] {
            if (m_filling)
                return;
            Q_EMIT edited();
            scheduleRecompute();
        });
        m_groups.insert(model, group);
        m_formLayout->addWidget(group);
    }
    m_formLayout->addStretch(1);
    m_filling = false;
}

void PlannerView::scheduleRecompute()
{
    m_debounce.start();
}

void PlannerView::setFieldError(const QString &key, const QString &message)
{
    const auto it = m_fields.constFind(key);
    if (it == m_fields.constEnd())
        return;
    it->error->setText(message);
    it->error->setVisible(!message.isEmpty());
    it->edit->setProperty("invalid", !message.isEmpty());
    it->edit->setStyleSheet(message.isEmpty()
                                ? QString()
                                : u"QLineEdit { border: 1px solid %1; }"_s.arg(Style::errorColor(palette()).name()));
}

void PlannerView::recomputeNow()
{
    m_debounce.stop();
    Planner::Scenario next;
    next.name = m_base.name;
    next.description = m_base.description;
    next.fileName = m_base.fileName;
    for (const QString &model : Planner::modelNames()) {
        if (QGroupBox *group = m_groups.value(model); group && group->isChecked()) {
            next.models.append(model);
            next.modelLines.append(0);
        }
    }

    int errors = 0;
    for (const QString &key : std::as_const(m_fieldOrder)) {
        const Field &field = m_fields[key];
        const QString text = field.edit->text().trimmed();
        if (text.isEmpty() || !next.hasModel(field.model)) {
            setFieldError(key, {});
            continue;
        }
        Result<Planner::InputValue> value = Planner::makeInput(key, text);
        if (!value) {
            setFieldError(key, value.error().detail.isEmpty() ? value.error().message
                                                              : u"%1: %2"_s.arg(value.error().message, value.error().detail));
            ++errors;
            continue;
        }
        setFieldError(key, {});
        next.inputs.append(*value);
    }
    if (errors == 0) {
        for (const Planner::Diagnostic &missing : Planner::checkComplete(next)) {
            setFieldError(missing.input, missing.message);
            ++errors;
        }
    }
    m_errorCount = errors;
    if (errors > 0) {
        m_status->setText(Tr::tr("%n input(s) need fixing: the outputs below are the last good ones.", nullptr, errors));
        m_status->setStyleSheet(u"color: %1; font-weight: bold;"_s.arg(Style::errorColor(palette()).name()));
        m_status->show();
        return;
    }
    Result<Planner::Evaluation> evaluation = Planner::evaluate(next);
    if (!evaluation) {
        m_errorCount = 1;
        m_status->setText(Tr::tr("The scenario cannot be evaluated: %1").arg(evaluation.error().message));
        m_status->setStyleSheet(u"color: %1; font-weight: bold;"_s.arg(Style::errorColor(palette()).name()));
        return;
    }
    m_status->setStyleSheet({});
    m_status->setText(Tr::tr("%n output(s), computed as you type.", nullptr, int(evaluation->outputs.size())));
    m_good = next;
    m_evaluation = std::move(*evaluation);
    showEvaluation();
    Q_EMIT evaluated();
}

void PlannerView::showEvaluation()
{
    const Planner::Evaluation &evaluation = *m_evaluation;

    // Findings first, contradictions in red with their arithmetic.
    const QList<Planner::Finding> problems = evaluation.problems();
    if (problems.isEmpty()) {
        m_findings->setText(u"<span style='color:%1'>%2</span>"_s.arg(
            Style::okColor(palette()).name(), Tr::tr("✓ The inputs are consistent.").toHtmlEscaped()));
    } else {
        QString html;
        for (const Planner::Finding &finding : problems) {
            const bool contradiction = finding.kind == Planner::Finding::Kind::Contradiction;
            const QColor colour = contradiction ? Style::errorColor(palette()) : Style::warningColor(palette());
            const QString title = contradiction ? Tr::tr("Contradiction") : Tr::tr("Warning");
            html += u"<p style='margin:2px'><b style='color:%1'>%2:</b> %3<br/><code>%4</code></p>"_s.arg(
                colour.name(), title.toHtmlEscaped(), finding.message.toHtmlEscaped(), finding.arithmetic.toHtmlEscaped());
        }
        m_findings->setText(html);
    }

    // Outputs grouped by model; the expanded rows survive the rebuild.
    QSet<QString> expanded;
    for (int i = 0; i < m_outputs->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_outputs->topLevelItem(i);
        if (group->isExpanded())
            expanded.insert(group->data(0, kNameRole).toString());
        for (int j = 0; j < group->childCount(); ++j) {
            if (group->child(j)->isExpanded())
                expanded.insert(group->child(j)->data(0, kNameRole).toString());
        }
    }
    const bool first = m_outputs->topLevelItemCount() == 0;
    m_outputs->setUpdatesEnabled(false);
    m_outputs->clear();
    QHash<QString, QTreeWidgetItem *> groups;
    QHash<QString, const Planner::InputValue *> inputs;
    for (const Planner::InputValue &input : evaluation.inputs)
        inputs.insert(input.key, &input);
    QHash<QString, const Planner::Quantity *> outputs;
    for (const Planner::Quantity &q : evaluation.outputs)
        outputs.insert(q.name, &q);

    for (const Planner::Quantity &q : evaluation.outputs) {
        const QString model = modelOf(q.name);
        QTreeWidgetItem *group = groups.value(model);
        if (!group) {
            group = new QTreeWidgetItem(m_outputs, {modelTitle(model)});
            group->setData(0, kNameRole, model);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            group->setExpanded(first || expanded.contains(model));
            groups.insert(model, group);
        }
        auto *item = new QTreeWidgetItem(group, {q.label, q.text(), q.formula});
        item->setData(0, kNameRole, q.name);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        QStringList from;
        for (const QString &name : q.inputs) {
            if (const Planner::InputValue *input = inputs.value(name))
                from << Tr::tr("%1 = %2").arg(name, input->line > 0 || !input->text.isEmpty() ? input->text : QString());
            else if (const Planner::Quantity *output = outputs.value(name))
                from << Tr::tr("%1 = %2").arg(name, output->text());
            else
                from << name;
        }
        QString tip = Tr::tr("%1 (%2)\n= %3").arg(q.label, q.name, q.formula);
        if (!from.isEmpty())
            tip += u"\n"_s + Tr::tr("from:") + u"\n  "_s + from.join(u"\n  "_s);
        if (!q.note.isEmpty())
            tip += u"\n"_s + q.note;
        for (int column = 0; column < 3; ++column)
            item->setToolTip(column, tip);
        if (!q.isNumber())
            item->setForeground(1, Style::warningColor(palette()));
        // The expandable detail: the formula's inputs with their values.
        for (const QString &line : std::as_const(from)) {
            auto *child = new QTreeWidgetItem(item, {line});
            child->setFirstColumnSpanned(true);
            child->setForeground(0, palette().color(QPalette::PlaceholderText));
        }
        if (!q.note.isEmpty()) {
            auto *note = new QTreeWidgetItem(item, {q.note});
            note->setFirstColumnSpanned(true);
        }
        item->setExpanded(expanded.contains(q.name));
    }
    m_outputs->setUpdatesEnabled(true);

    m_growth->setProjections(evaluation.projections);
    m_simulation->setScenario(m_good, evaluation);
}

} // namespace OpsDeck::Capacity::Internal
