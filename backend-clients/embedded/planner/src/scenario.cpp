// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// Scenario files: YAML in, checked inputs out, every problem with its place.
#include <opsdeck/planner/scenario.h>

#include "plannertr.h"

#include <yaml-cpp/yaml.h>

#include <QHash>
#include <QSet>

#include <cmath>
#include <exception>

namespace OpsDeck::Planner {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

Diagnostic diag(Severity severity, const QString &file, const YAML::Mark &mark, const QString &input,
                const QString &message)
{
    Diagnostic d;
    d.severity = severity;
    d.file = file;
    d.line = mark.line >= 0 ? mark.line + 1 : 0;
    d.column = mark.column >= 0 ? mark.column + 1 : 0;
    d.input = input;
    d.message = message;
    return d;
}

bool isGroupPrefix(const QString &key);

QString modelOf(const QString &key)
{
    return key.section(QLatin1Char('.'), 0, 0);
}

/// Whether \a key (or its fallback chain) has a value in \a s, or comes from an output of a present model.
bool satisfied(const Scenario &s, const InputSpec &spec)
{
    if (s.find(spec.key))
        return true;
    if (spec.fallbackKey.isEmpty())
        return false;
    if (spec.fallbackKey.startsWith(QLatin1Char('='))) // an output of another model
        return s.hasModel(modelOf(spec.fallbackKey.mid(1)));
    if (s.find(spec.fallbackKey))
        return true;
    const InputSpec *next = findInputSpec(spec.fallbackKey);
    return next && next->key != spec.key && satisfied(s, *next);
}

struct Reader
{
    QString file;
    Scenario scenario;
    QList<Diagnostic> diagnostics;

    void error(const YAML::Mark &mark, const QString &input, const QString &message)
    {
        diagnostics.append(diag(Severity::Error, file, mark, input, message));
    }
    void warning(const YAML::Mark &mark, const QString &input, const QString &message)
    {
        diagnostics.append(diag(Severity::Warning, file, mark, input, message));
    }

    void readValue(const QString &key, const YAML::Node &node)
    {
        if (!node.IsScalar()) {
            error(node.Mark(), key, Tr::tr("expects a value such as '%1', not a list or map")
                                        .arg(findInputSpec(key) ? dimensionExample(findInputSpec(key)->dimension)
                                                                : QString()));
            return;
        }
        if (scenario.find(key)) {
            error(node.Mark(), key, Tr::tr("is written twice (first on line %1)").arg(scenario.find(key)->line));
            return;
        }
        Result<InputValue> v = makeInput(key, q(node.Scalar()));
        if (!v) {
            error(node.Mark(), key, v.error().message);
            return;
        }
        v->line = node.Mark().line + 1;
        v->column = node.Mark().column + 1;
        scenario.inputs.append(*v);
    }

    /// Walks a model section; nested maps are input families ("compute.classes.small.vcpu").
    void readMap(const QString &prefix, const YAML::Node &map)
    {
        QSet<QString> seen;
        for (const auto &entry : map) {
            const QString name = q(entry.first.as<std::string>());
            const QString key = prefix + QLatin1Char('.') + name;
            if (seen.contains(name)) {
                error(entry.first.Mark(), key, Tr::tr("is written twice"));
                continue;
            }
            seen.insert(name);
            if (entry.second.IsMap()) {
                // A family ("compute.classes", "compute.classes.small"): the
                // start of some '*' input's key.
                const bool family = isGroupPrefix(key);
                if (!family) {
                    warning(entry.first.Mark(), key, Tr::tr("unknown input group, ignored"));
                    continue;
                }
                readMap(key, entry.second);
                continue;
            }
            if (!findInputSpec(key)) {
                warning(entry.first.Mark(), key, Tr::tr("unknown input, ignored"));
                continue;
            }
            readValue(key, entry.second);
        }
    }

    void read(const YAML::Node &root)
    {
        if (!root.IsMap()) {
            error(root.Mark(), {}, Tr::tr("a scenario file is a map with name, description and inputs"));
            return;
        }
        bool haveInputs = false;
        for (const auto &entry : root) {
            const QString key = q(entry.first.as<std::string>());
            if (key == QLatin1String("name") || key == QLatin1String("description")) {
                if (!entry.second.IsScalar()) {
                    error(entry.second.Mark(), key, Tr::tr("must be text"));
                    continue;
                }
                (key == QLatin1String("name") ? scenario.name : scenario.description) = q(entry.second.Scalar());
            } else if (key == QLatin1String("inputs")) {
                haveInputs = true;
                readInputs(entry.second);
            } else {
                warning(entry.first.Mark(), key, Tr::tr("unknown key, ignored (known: name, description, inputs)"));
            }
        }
        if (scenario.name.trimmed().isEmpty())
            error(root.Mark(), QStringLiteral("name"), Tr::tr("the scenario has no name"));
        if (!haveInputs)
            error(root.Mark(), QStringLiteral("inputs"), Tr::tr("the scenario has no inputs section"));
    }

    void readInputs(const YAML::Node &inputs)
    {
        if (!inputs.IsMap()) {
            error(inputs.Mark(), QStringLiteral("inputs"), Tr::tr("must be a map of models (traffic, storage, …)"));
            return;
        }
        const QStringList known = modelNames();
        for (const auto &entry : inputs) {
            const QString model = q(entry.first.as<std::string>());
            if (!known.contains(model)) {
                warning(entry.first.Mark(), model,
                        Tr::tr("unknown model, ignored (known: %1)").arg(known.join(QStringLiteral(", "))));
                continue;
            }
            if (scenario.hasModel(model)) {
                error(entry.first.Mark(), model, Tr::tr("the model is written twice"));
                continue;
            }
            if (!entry.second.IsMap()) {
                error(entry.second.Mark(), model, Tr::tr("must be a map of inputs"));
                continue;
            }
            scenario.models.append(model);
            scenario.modelLines.append(entry.first.Mark().line + 1);
            readMap(model, entry.second);
        }
    }
};

bool isGroupPrefix(const QString &key)
{
    const QStringList k = key.split(QLatin1Char('.'));
    for (const InputSpec &spec : inputSpecs()) {
        const QStringList p = spec.key.split(QLatin1Char('.'));
        if (k.size() >= p.size())
            continue;
        bool match = true;
        for (qsizetype i = 0; i < k.size() && match; ++i)
            match = p[i] == QLatin1String("*") || p[i] == k[i];
        if (match)
            return true;
    }
    return false;
}

QString yamlQuote(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    out.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    out.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    out.replace(QLatin1Char('\t'), QStringLiteral("\\t"));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

} // namespace

QString Diagnostic::toString() const
{
    QString where = file.isEmpty() ? QStringLiteral("<scenario>") : file;
    if (line > 0)
        where += QStringLiteral(":%1:%2").arg(line).arg(column);
    const QString kind = severity == Severity::Warning ? Tr::tr("warning") : Tr::tr("error");
    if (input.isEmpty())
        return QStringLiteral("%1: %2: %3").arg(where, kind, message);
    return QStringLiteral("%1: %2: %3: %4").arg(where, kind, input, message);
}

const InputValue *Scenario::find(const QString &key) const
{
    for (const InputValue &v : inputs)
        if (v.key == key)
            return &v;
    return nullptr;
}

QString ParsedScenario::toString() const
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.join(QLatin1Char('\n'));
}

Result<InputValue> makeInput(const QString &key, const QString &text)
{
    const InputSpec *spec = findInputSpec(key);
    if (!spec)
        return fail(ErrorCode::InvalidArgument, Tr::tr("%1: unknown input").arg(key));
    Result<Measure> m = parseMeasure(text);
    if (!m)
        return fail(ErrorCode::InvalidArgument, m.error().message);
    if (m->dimension != spec->dimension)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("expects %1 such as '%2', got '%3' (%4)")
                        .arg(dimensionName(spec->dimension), dimensionExample(spec->dimension), text.trimmed(),
                             dimensionName(m->dimension)));
    const QString shownMin = formatMeasure(spec->minBase, spec->dimension);
    if (m->base < 0)
        return fail(ErrorCode::InvalidArgument, Tr::tr("must not be negative (got '%1')").arg(text.trimmed()));
    if (m->base == 0 && !spec->zeroAllowed)
        return fail(ErrorCode::InvalidArgument, Tr::tr("must be greater than zero (got '%1')").arg(text.trimmed()));
    if (m->base < spec->minBase || (!spec->zeroAllowed && m->base <= spec->minBase))
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("must be at least %1 (got '%2')").arg(shownMin, text.trimmed()));
    if (spec->integer && m->base != std::floor(m->base))
        return fail(ErrorCode::InvalidArgument, Tr::tr("must be a whole number (got '%1')").arg(text.trimmed()));
    if (m->base > spec->maxBase)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("'%1' is absurdly large (the most this planner accepts is %2)")
                        .arg(text.trimmed(), formatMeasure(spec->maxBase, spec->dimension)));
    InputValue v;
    v.key = key;
    v.text = text.trimmed();
    v.base = m->base;
    v.dimension = m->dimension;
    return v;
}

QList<Diagnostic> checkComplete(const Scenario &scenario)
{
    QList<Diagnostic> out;
    auto missing = [&](const QString &model, const QString &input, const QString &message) {
        Diagnostic d;
        d.file = scenario.fileName;
        const qsizetype i = scenario.models.indexOf(model);
        d.line = i >= 0 && i < scenario.modelLines.size() ? scenario.modelLines[i] : 0;
        d.column = d.line > 0 ? 3 : 0;
        d.input = input;
        d.message = message;
        out.append(d);
    };
    for (const InputSpec &spec : inputSpecs()) {
        const QString model = modelOf(spec.key);
        if (!spec.required || spec.key.contains(QLatin1Char('*')) || !scenario.hasModel(model))
            continue;
        // cost.storage.* and cost.logs.* are needed only when that data set is modelled.
        const QString dataSet = spec.key.section(QLatin1Char('.'), 1, 1);
        if (model == QLatin1String("cost") && !scenario.hasModel(dataSet))
            continue;
        if (!satisfied(scenario, spec))
            missing(model, spec.key,
                    Tr::tr("missing: %1, e.g. '%2'").arg(dimensionName(spec.dimension), dimensionExample(spec.dimension)));
    }
    // Resource classes: each needs vcpu, memory and share; the shares add up to 100 %.
    QStringList classes;
    for (const InputValue &v : scenario.inputs)
        if (v.key.startsWith(QLatin1String("compute.classes.")) && !classes.contains(v.key.section(QLatin1Char('.'), 2, 2)))
            classes.append(v.key.section(QLatin1Char('.'), 2, 2));
    double shares = 0;
    for (const QString &c : classes) {
        for (const char *field : {"vcpu", "memory", "share"}) {
            const QString key = QStringLiteral("compute.classes.%1.%2").arg(c, QLatin1String(field));
            if (!scenario.find(key))
                missing(QStringLiteral("compute"), key, Tr::tr("missing: every resource class needs vcpu, memory and share"));
        }
        if (const InputValue *s = scenario.find(QStringLiteral("compute.classes.%1.share").arg(c)))
            shares += s->base;
    }
    if (!classes.isEmpty() && std::abs(shares - 1.0) > 0.005) {
        missing(QStringLiteral("compute"), QStringLiteral("compute.classes"),
                Tr::tr("the class shares add up to %1 %, not 100 %").arg(formatNumber(shares * 100)));
    }
    // Parallel copies need the availability of one copy.
    if (const InputValue *copies = scenario.find(QStringLiteral("availability.parallel_copies"));
        copies && copies->base > 1 && !scenario.find(QStringLiteral("availability.component")))
        missing(QStringLiteral("availability"), QStringLiteral("availability.component"),
                Tr::tr("missing: parallel_copies needs the availability of one copy"));
    const InputValue *minR = scenario.find(QStringLiteral("autoscaling.min_replicas"));
    const InputValue *maxR = scenario.find(QStringLiteral("autoscaling.max_replicas"));
    if (minR && maxR && minR->base > maxR->base)
        missing(QStringLiteral("autoscaling"), QStringLiteral("autoscaling.min_replicas"),
                Tr::tr("min_replicas (%1) is above max_replicas (%2)").arg(minR->text, maxR->text));
    return out;
}

ParsedScenario parseScenario(const QString &yamlText, const QString &fileName)
{
    Reader reader;
    reader.file = fileName;
    reader.scenario.fileName = fileName;
    try {
        const YAML::Node root = YAML::Load(yamlText.toStdString());
        if (!root || root.IsNull()) {
            reader.error(YAML::Mark(), {}, Tr::tr("the file is empty"));
        } else {
            reader.read(root);
        }
    } catch (const YAML::Exception &e) {
        reader.error(e.mark, {}, Tr::tr("not valid YAML: %1").arg(q(e.msg)));
    } catch (const std::exception &e) {
        reader.error(YAML::Mark(), {}, Tr::tr("cannot read the file: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    bool errors = false;
    for (const Diagnostic &d : std::as_const(reader.diagnostics))
        errors = errors || d.severity == Severity::Error;
    if (!errors) {
        const QList<Diagnostic> incomplete = checkComplete(reader.scenario);
        reader.diagnostics.append(incomplete);
        errors = !incomplete.isEmpty();
    }
    ParsedScenario out;
    for (const Diagnostic &d : std::as_const(reader.diagnostics))
        if (d.severity == Severity::Warning)
            reader.scenario.warnings.append(d);
    out.diagnostics = reader.diagnostics;
    if (!errors)
        out.scenario = std::move(reader.scenario);
    return out;
}

Result<Scenario> loadScenario(const QString &yamlText, const QString &fileName)
{
    ParsedScenario parsed = parseScenario(yamlText, fileName);
    if (parsed.ok())
        return std::move(*parsed.scenario);
    QStringList errors;
    for (const Diagnostic &d : std::as_const(parsed.diagnostics))
        if (d.severity == Severity::Error)
            errors.append(d.toString());
    return fail(ErrorCode::Parse, Tr::tr("The capacity scenario is not valid"), errors.join(QLatin1Char('\n')));
}

Result<void> applyOverrides(Scenario &scenario, const QStringList &assignments)
{
    Scenario copy = scenario;
    for (const QString &assignment : assignments) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(ErrorCode::InvalidArgument, Tr::tr("Cannot apply '%1'").arg(assignment),
                        Tr::tr("write INPUT=VALUE, e.g. traffic.events_per_day=20000/day"));
        const QString key = assignment.left(eq).trimmed();
        Result<InputValue> v = makeInput(key, assignment.mid(eq + 1));
        if (!v)
            return fail(ErrorCode::InvalidArgument, Tr::tr("Cannot set %1").arg(key),
                        QStringLiteral("%1: %2").arg(key, v.error().message));
        bool replaced = false;
        for (InputValue &existing : copy.inputs) {
            if (existing.key == key) {
                existing = *v;
                replaced = true;
            }
        }
        if (!replaced)
            copy.inputs.append(*v);
        const QString model = modelOf(key);
        if (!copy.hasModel(model)) {
            copy.models.append(model);
            copy.modelLines.append(0);
        }
    }
    const QList<Diagnostic> incomplete = checkComplete(copy);
    if (!incomplete.isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("The overrides leave the scenario incomplete"),
                    incomplete.first().toString());
    scenario = std::move(copy);
    return {};
}

QString toYaml(const Scenario &scenario)
{
    QString out;
    out += QStringLiteral("name: %1\n").arg(yamlQuote(scenario.name));
    if (!scenario.description.isEmpty())
        out += QStringLiteral("description: %1\n").arg(yamlQuote(scenario.description));
    out += QStringLiteral("inputs:\n");
    for (const QString &model : scenario.models) {
        out += QStringLiteral("  %1:\n").arg(model);
        QStringList openGroups; // the nested map path written last, e.g. {"classes", "small"}
        for (const InputValue &v : scenario.inputs) {
            if (modelOf(v.key) != model)
                continue;
            QStringList path = v.key.split(QLatin1Char('.')).mid(1);
            const QString leaf = path.takeLast();
            qsizetype common = 0;
            while (common < path.size() && common < openGroups.size() && path[common] == openGroups[common])
                ++common;
            for (qsizetype i = common; i < path.size(); ++i)
                out += QString(4 + 2 * i, QLatin1Char(' ')) + path[i] + QStringLiteral(":\n");
            openGroups = path;
            out += QString(4 + 2 * path.size(), QLatin1Char(' ')) + leaf + QStringLiteral(": ") + yamlQuote(v.text)
                   + QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace OpsDeck::Planner
