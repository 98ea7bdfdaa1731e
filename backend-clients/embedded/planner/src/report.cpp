// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// Exports: Markdown for design docs, CSV for spreadsheets, JSON for programs.
#include <opsdeck/planner/report.h>

#include "plannertr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace OpsDeck::Planner {

namespace {

QString md(QString text)
{
    text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

QString csv(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString out = text;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString kindName(Finding::Kind kind)
{
    switch (kind) {
    case Finding::Kind::Contradiction: return QStringLiteral("contradiction");
    case Finding::Kind::Warning: return QStringLiteral("warning");
    case Finding::Kind::Consistent: return QStringLiteral("consistent");
    }
    return {};
}

QString kindLabel(Finding::Kind kind)
{
    switch (kind) {
    case Finding::Kind::Contradiction: return Tr::tr("Contradiction");
    case Finding::Kind::Warning: return Tr::tr("Warning");
    case Finding::Kind::Consistent: return Tr::tr("Consistent");
    }
    return {};
}

QString duration(double seconds)
{
    return formatMeasure(seconds, Dimension::Duration);
}

} // namespace

QString toMarkdown(const Evaluation &e)
{
    QString out;
    out += QStringLiteral("# %1\n\n").arg(e.scenarioName);
    if (!e.description.isEmpty())
        out += e.description.trimmed() + QStringLiteral("\n\n");
    out += QStringLiteral("## %1\n\n| %2 | %3 | %4 |\n|---|---|---|\n")
               .arg(Tr::tr("Inputs"), Tr::tr("Input"), Tr::tr("Value"), Tr::tr("Source"));
    for (const InputValue &v : e.inputs)
        out += QStringLiteral("| `%1` | %2 | %3 |\n")
                   .arg(v.key, md(v.text), v.line > 0 ? Tr::tr("line %1").arg(v.line) : Tr::tr("default"));
    out += QStringLiteral("\n## %1\n\n| %2 | %3 | %4 | %5 |\n|---|---|---|---|\n")
               .arg(Tr::tr("Outputs"), Tr::tr("Output"), Tr::tr("Value"), Tr::tr("Formula"), Tr::tr("What it is"));
    for (const Quantity &q : e.outputs)
        out += QStringLiteral("| `%1` | %2 | %3 | %4 |\n").arg(q.name, md(q.text()), md(q.formula), md(q.label));
    if (!e.findings.isEmpty()) {
        out += QStringLiteral("\n## %1\n\n").arg(Tr::tr("Consistency checks"));
        for (const Finding &f : e.findings)
            out += QStringLiteral("- **%1** (`%2`): %3  \n  `%4`\n")
                       .arg(kindLabel(f.kind), f.id, md(f.message), QString(f.arithmetic).replace(QLatin1Char('`'), QLatin1Char('\'')));
    }
    if (!e.alertRules.isEmpty()) {
        out += QStringLiteral("\n## %1\n\n| %2 | %3 | %4 | %5 | %6 | %7 |\n|---|---|---|---|---|---|\n")
                   .arg(Tr::tr("Burn-rate alerts"), Tr::tr("Rule"), Tr::tr("Severity"), Tr::tr("Burn rate"),
                        Tr::tr("Windows"), Tr::tr("Error rate above"), Tr::tr("Budget spent when it fires"));
        for (const BurnRateAlertRule &r : e.alertRules)
            out += QStringLiteral("| %1 | %2 | %3× | %4 / %5 | %6 | %7 |\n")
                       .arg(r.name, r.severity, formatNumber(r.burnRate), duration(r.longWindowS),
                            duration(r.shortWindowS), formatShown(r.errorRateThreshold * 100, QStringLiteral("%")),
                            formatShown(r.budgetConsumed * 100, QStringLiteral("%")));
    }
    QStringList limits;
    for (const Projection &p : e.projections)
        if (p.crossesAtMonth)
            limits.append(QStringLiteral("- `%1`: %2\n")
                              .arg(p.name, Tr::tr("%1 crosses its limit in month %2.").arg(p.label).arg(*p.crossesAtMonth)));
    if (!limits.isEmpty())
        out += QStringLiteral("\n## %1\n\n").arg(Tr::tr("Growth limits")) + limits.join(QString());
    return out;
}

QString toCsv(const Evaluation &e)
{
    QString out = QStringLiteral("name,label,value,unit,formula,inputs,note\n");
    for (const Quantity &q : e.outputs) {
        const QString value = q.isNumber() ? QString::number(q.value, 'g', 12) : QString();
        out += QStringList{csv(q.name), csv(q.label), value, csv(q.unit), csv(q.formula),
                           csv(q.inputs.join(QLatin1Char(' '))), csv(q.note)}
                   .join(QLatin1Char(','))
               + QLatin1Char('\n');
    }
    return out;
}

QByteArray toJson(const Evaluation &e)
{
    QJsonObject root;
    root.insert(QStringLiteral("scenario"), e.scenarioName);
    root.insert(QStringLiteral("description"), e.description);
    QJsonArray inputs;
    for (const InputValue &v : e.inputs) {
        const Shown s = show(v.base, v.dimension);
        inputs.append(QJsonObject{{QStringLiteral("name"), v.key},
                                  {QStringLiteral("text"), v.text},
                                  {QStringLiteral("value"), s.value},
                                  {QStringLiteral("unit"), s.unit},
                                  {QStringLiteral("line"), v.line}});
    }
    root.insert(QStringLiteral("inputs"), inputs);
    QJsonArray outputs;
    for (const Quantity &q : e.outputs) {
        QJsonObject o{{QStringLiteral("name"), q.name},
                      {QStringLiteral("label"), q.label},
                      {QStringLiteral("value"), q.isNumber() ? QJsonValue(q.value) : QJsonValue()},
                      {QStringLiteral("unit"), q.unit},
                      {QStringLiteral("formula"), q.formula},
                      {QStringLiteral("inputs"), QJsonArray::fromStringList(q.inputs)}};
        if (!q.note.isEmpty())
            o.insert(QStringLiteral("note"), q.note);
        outputs.append(o);
    }
    root.insert(QStringLiteral("outputs"), outputs);
    QJsonArray findings;
    for (const Finding &f : e.findings)
        findings.append(QJsonObject{{QStringLiteral("id"), f.id},
                                    {QStringLiteral("kind"), kindName(f.kind)},
                                    {QStringLiteral("message"), f.message},
                                    {QStringLiteral("arithmetic"), f.arithmetic},
                                    {QStringLiteral("inputs"), QJsonArray::fromStringList(f.inputs)}});
    root.insert(QStringLiteral("findings"), findings);
    QJsonArray rules;
    for (const BurnRateAlertRule &r : e.alertRules)
        rules.append(QJsonObject{{QStringLiteral("name"), r.name},
                                 {QStringLiteral("severity"), r.severity},
                                 {QStringLiteral("slo"), r.slo},
                                 {QStringLiteral("burn_rate"), r.burnRate},
                                 {QStringLiteral("long_window_s"), r.longWindowS},
                                 {QStringLiteral("short_window_s"), r.shortWindowS},
                                 {QStringLiteral("error_rate_threshold"), r.errorRateThreshold},
                                 {QStringLiteral("budget_consumed"), r.budgetConsumed}});
    root.insert(QStringLiteral("alert_rules"), rules);
    QJsonArray projections;
    for (const Projection &p : e.projections) {
        QJsonArray values;
        const QString unit = show(p.values.isEmpty() ? 0 : p.values.first(), p.dimension).unit;
        for (double v : p.values)
            values.append(show(v, p.dimension, unit).value);
        QJsonObject o{{QStringLiteral("name"), p.name}, {QStringLiteral("unit"), unit}, {QStringLiteral("values"), values}};
        if (p.limit)
            o.insert(QStringLiteral("limit"), show(*p.limit, p.dimension, unit).value);
        o.insert(QStringLiteral("crosses_at_month"), p.crossesAtMonth ? QJsonValue(*p.crossesAtMonth) : QJsonValue());
        projections.append(o);
    }
    root.insert(QStringLiteral("projections"), projections);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Comparison compare(const QList<Evaluation> &evaluations)
{
    Comparison c;
    for (const Evaluation &e : evaluations)
        c.scenarios.append(e.scenarioName);
    QStringList names;
    for (const Evaluation &e : evaluations)
        for (const Quantity &q : e.outputs)
            if (!names.contains(q.name))
                names.append(q.name);
    for (const QString &name : names) {
        ComparisonRow row;
        row.name = name;
        const Quantity *first = nullptr;
        for (const Evaluation &e : evaluations) {
            const Quantity *q = e.output(name);
            if (q && !first)
                first = q;
        }
        row.label = first->label;
        row.unit = first->unit;
        for (const Evaluation &e : evaluations) {
            const Quantity *q = e.output(name);
            if (!q || !q->isNumber()) {
                row.values.append(std::nullopt);
                continue;
            }
            // Every column in the first scenario's unit, so the delta is meaningful.
            row.values.append(show(q->base, q->dimension, row.unit).value);
        }
        if (row.values.size() >= 2 && row.values.first() && row.values.last()) {
            row.delta = *row.values.last() - *row.values.first();
            if (*row.values.first() != 0)
                row.deltaPercent = *row.delta / std::abs(*row.values.first());
        }
        c.rows.append(row);
    }
    return c;
}

QString toMarkdown(const Comparison &c)
{
    QString out = QStringLiteral("| %1 |").arg(Tr::tr("Output"));
    QString rule = QStringLiteral("|---|");
    for (const QString &s : c.scenarios) {
        out += QStringLiteral(" %1 |").arg(md(s));
        rule += QStringLiteral("---|");
    }
    out += QStringLiteral(" %1 |\n").arg(Tr::tr("Change"));
    out += rule + QStringLiteral("---|\n");
    for (const ComparisonRow &r : c.rows) {
        out += QStringLiteral("| `%1` |").arg(r.name);
        for (const auto &v : r.values)
            out += QStringLiteral(" %1 |").arg(v ? formatShown(*v, r.unit) : QStringLiteral("—"));
        QString delta = QStringLiteral("—");
        if (r.delta) {
            delta = (*r.delta > 0 ? QStringLiteral("+") : QString()) + formatShown(*r.delta, r.unit);
            if (r.deltaPercent)
                delta += QStringLiteral(" (%1%2 %)").arg(*r.deltaPercent > 0 ? QStringLiteral("+") : QString(),
                                                         formatNumber(*r.deltaPercent * 100));
        }
        out += QStringLiteral(" %1 |\n").arg(delta);
    }
    return out;
}

} // namespace OpsDeck::Planner
