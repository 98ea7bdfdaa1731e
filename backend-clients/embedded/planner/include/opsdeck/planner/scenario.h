// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/result.h>
#include <opsdeck/planner/units.h>

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace OpsDeck::Planner {

/**
 * One input the planner knows: "storage.object_size", a size, required when
 * the storage section is present. Keys with a '*' are families written as a
 * map in the file ("compute.classes.*.vcpu" matches "compute.classes.small.vcpu").
 */
struct InputSpec
{
    QString key;              ///< "model.name"
    Dimension dimension = Dimension::Count;
    bool required = false;    ///< must be written when its model's section is present
    QString defaultText;      ///< used when absent and not required ("1", "0 %"); empty: none
    QString fallbackKey;      ///< when absent, this other input's value is used ("traffic.events_per_day")
    double minBase = 0;       ///< smallest accepted value in base units
    bool zeroAllowed = true;  ///< false: must be > minBase
    bool integer = false;     ///< a whole number: workers, replicas, copies, months
    double maxBase = 0;       ///< largest sane value in base units; beyond it the value is refused as absurd
    QString description;      ///< one line, translated
};

/** Every input of every model, in documentation order. */
const QList<InputSpec> &inputSpecs();
/** The spec matching \a key (with '*' families), or nullptr for an unknown input. */
const InputSpec *findInputSpec(const QString &key);
/** The models in the order they are evaluated: traffic, storage, compute, logs, cost, … */
QStringList modelNames();

/** A value given for one input, where it was written and what it reads as. */
struct InputValue
{
    QString key;   ///< "traffic.events_per_day"
    QString text;  ///< as written: "10000 /day"
    double base = 0;
    Dimension dimension = Dimension::Count;
    int line = 0;  ///< 1-based; 0 when it did not come from a file (a default, an override)
    int column = 0;
};

enum class Severity { Warning, Error };

/** A problem with a scenario: where (file:line:column), which input, and why. */
struct Diagnostic
{
    Severity severity = Severity::Error;
    QString file;
    int line = 0;
    int column = 0;
    QString input; ///< "storage.object_size", or empty for the file as a whole
    QString message;

    /** "cicd.yaml:12:17: storage.object_size: must be greater than zero (got '0 MB')" */
    QString toString() const;
};

/** A named set of inputs grouped by model, as read from a scenario file. */
struct Scenario
{
    QString name;
    QString description;
    QString fileName;            ///< for messages; may be empty
    QList<InputValue> inputs;    ///< in file order
    QStringList models;          ///< the sections present (in file order)
    QList<int> modelLines;       ///< the line of each section in \c models (0: not from a file)
    QList<Diagnostic> warnings;  ///< unknown inputs and the like: reported, not fatal

    const InputValue *find(const QString &key) const;
    bool hasModel(const QString &model) const { return models.contains(model); }
};

/** The result of reading a scenario file: the scenario when there were no errors, and every diagnostic. */
struct ParsedScenario
{
    std::optional<Scenario> scenario;
    QList<Diagnostic> diagnostics;

    bool ok() const { return scenario.has_value(); }
    /** Every error and warning, one per line. */
    QString toString() const;
};

/**
 * Reads a scenario file (format: docs/capacity-scenarios.md). Errors name the
 * file, line, column and input and say why: malformed YAML, a value that is not
 * a number with a unit of the right kind, negative, zero where it must not be,
 * absurdly large, a missing required input. Unknown inputs are warnings.
 */
ParsedScenario parseScenario(const QString &yamlText, const QString &fileName = {});

/** parseScenario() as a Result: the Error's detail lists every error, one per line. */
Result<Scenario> loadScenario(const QString &yamlText, const QString &fileName = {});

/**
 * Checks one value for \a key ("storage.retention", "30 d"): known input,
 * right dimension, within range. The error message names the input.
 */
Result<InputValue> makeInput(const QString &key, const QString &text);

/**
 * Applies "INPUT=VALUE" assignments (opsctl capacity plan --set): each replaces
 * or adds the input and adds its model. The first bad one fails, naming it; the
 * scenario is then unchanged.
 */
Result<void> applyOverrides(Scenario &scenario, const QStringList &assignments);

/** Missing required inputs of the present models, as errors. Empty when the scenario can be evaluated. */
QList<Diagnostic> checkComplete(const Scenario &scenario);

/** The scenario as a file that parseScenario() reads back to the same inputs. */
QString toYaml(const Scenario &scenario);

/** A complete scenario with the seed's CI/CD and log-aggregation numbers (what `plan --example` prints). */
QString exampleScenario();
/** The seed's CI/CD platform alone (for the demo workspace). */
QString cicdScenario();
/** The seed's log aggregation system alone (for the demo workspace). */
QString logsScenario();

} // namespace OpsDeck::Planner
