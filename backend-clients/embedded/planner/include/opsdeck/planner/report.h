// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/planner/evaluation.h>

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace OpsDeck::Planner {

/** Inputs table, outputs with formulas and units, consistency findings: ready for a design doc. */
QString toMarkdown(const Evaluation &evaluation);
/** One row per output: name,label,value,unit,formula,inputs,note (RFC 4180 quoting). */
QString toCsv(const Evaluation &evaluation);
/**
 * {"scenario", "description", "inputs": [{name, text, value, unit, line}], "outputs": [{name, label, value,
 * unit, formula, inputs, note}], "findings": [...], "alert_rules": [...], "projections": [...]};
 * a value that cannot be computed is null with its note.
 */
QByteArray toJson(const Evaluation &evaluation);

/** One output across scenarios; values in the first scenario's unit. */
struct ComparisonRow
{
    QString name;
    QString label;
    QString unit;
    QList<std::optional<double>> values; ///< one per scenario; nullopt when absent or not a number
    std::optional<double> delta;         ///< last − first
    std::optional<double> deltaPercent;  ///< (last − first) ÷ first, as a fraction
};

struct Comparison
{
    QStringList scenarios;
    QList<ComparisonRow> rows; ///< every output of any scenario, in first-seen order
};

/** Side by side: rows = outputs, columns = scenarios, and the change from the first to the last. */
Comparison compare(const QList<Evaluation> &evaluations);
QString toMarkdown(const Comparison &comparison);

} // namespace OpsDeck::Planner
