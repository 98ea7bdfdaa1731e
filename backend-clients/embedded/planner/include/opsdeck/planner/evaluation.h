// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/result.h>
#include <opsdeck/planner/availability.h>
#include <opsdeck/planner/scenario.h>
#include <opsdeck/planner/units.h>

#include <QList>
#include <QString>
#include <QStringList>

#include <cmath>
#include <optional>

namespace OpsDeck::Planner {

/**
 * One computed number: its value in \c unit, the formula it came from and the
 * inputs (and other outputs) the formula uses. A value that cannot be computed
 * (an overloaded queue's wait, a limit never reached) is NaN with a \c note
 * saying why, never a silent 0.
 */
struct Quantity
{
    QString name;      ///< "storage.replicated_total", stable
    QString label;     ///< "Stored with replication", translated
    double value = 0;  ///< in \c unit
    QString unit;      ///< "TB", "/s", "USD/month", "%", "" for a plain number
    QString formula;   ///< "storage.raw_total × storage.replication"
    QStringList inputs;///< names of the inputs and outputs used
    double base = 0;   ///< the value in the dimension's base unit (units.h)
    Dimension dimension = Dimension::Count;
    QString note;      ///< why the value is NaN, or a remark

    bool isNumber() const { return std::isfinite(value); }
    /** "3.65 PB", "n/a (the queue is unstable)" */
    QString text() const;
};

/** What a consistency check found. */
struct Finding
{
    enum class Kind { Contradiction, Warning, Consistent };
    Kind kind = Kind::Contradiction;
    QString id;          ///< "littles_law_concurrency", stable
    QString message;     ///< one sentence, translated
    QString arithmetic;  ///< the numbers that show it: "1.157 /s × 600 s = 694.4 > 100"
    QStringList inputs;  ///< inputs involved
};

/** A resource projected month by month under compounded growth. */
struct Projection
{
    QString name;                 ///< the output projected: "storage.replicated_total"
    QString label;
    Dimension dimension = Dimension::Count;
    QList<double> values;         ///< base units, month 0 … months
    std::optional<double> limit;  ///< base units
    std::optional<int> crossesAtMonth; ///< first month above the limit
};

/** Everything evaluate() computed for one scenario. */
struct Evaluation
{
    QString scenarioName;
    QString description;
    QList<InputValue> inputs;     ///< as given, plus the defaults used (line 0, text from the spec)
    QList<Quantity> outputs;      ///< in model order
    QList<Finding> findings;      ///< consistency checks
    QList<Projection> projections;///< growth model
    QList<BurnRateAlertRule> alertRules; ///< from availability.slo, when given

    const Quantity *output(const QString &name) const;
    /** Findings of kind Contradiction or Warning. */
    QList<Finding> problems() const;
};

/**
 * Runs every model present in \a scenario and the consistency checks. Fails
 * (InvalidArgument, naming the input) only when a required input is missing,
 * which a parsed scenario never has.
 */
Result<Evaluation> evaluate(const Scenario &scenario);

/** A number and unit as the reports write it: percentages near 100 keep their nines ("99.999999 %"). */
QString formatShown(double value, const QString &unit);

} // namespace OpsDeck::Planner
