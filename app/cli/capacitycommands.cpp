// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "capacitycommands.h"

#include "clitr.h"
#include "output.h"

#include <appcontext.h>

#include <opsdeck/api/backendregistry.h>
#include <opsdeck/api/metricssource.h>
#include <opsdeck/planner/evaluation.h>
#include <opsdeck/planner/report.h>
#include <opsdeck/planner/scenario.h>
#include <opsdeck/planner/simulator.h>
#include <opsdeck/remote/prometheussource.h>

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>
#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace OpsDeck::Cli {

namespace {

int fail(const QString &message)
{
    printErr(Tr::tr("opsctl: %1").arg(message));
    return Failed;
}

int usage(const QString &message)
{
    printErr(Tr::tr("opsctl: %1").arg(message));
    printErr(Tr::tr("Run 'opsctl --help' for usage."));
    return Usage;
}

void writeRaw(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    if (!bytes.endsWith('\n'))
        std::fputc('\n', stdout);
}

/**
 * "500ms", "90s", "15m", "2h", "7d", "1w", or a plain number of seconds.
 * Empty optional when \a text is none of these.
 */
std::optional<std::chrono::milliseconds> parseDuration(const QString &text)
{
    static const QRegularExpression re(uR"(^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)?\s*$)"_s);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const double number = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    double factor = 1000;
    if (unit == u"ms")
        factor = 1;
    else if (unit == u"m")
        factor = 60'000;
    else if (unit == u"h")
        factor = 3'600'000;
    else if (unit == u"d")
        factor = 86'400'000;
    else if (unit == u"w")
        factor = 604'800'000;
    const double ms = number * factor;
    if (!std::isfinite(ms) || ms > 10.0 * 365 * 86'400'000)
        return std::nullopt;
    return std::chrono::milliseconds(qint64(std::llround(ms)));
}

QString readText(const QString &path, QString *error)
{
    QFile file(path);
    if (!QFileInfo(path).isFile()) {
        *error = Tr::tr("%1: no such file").arg(path);
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("%1: cannot read: %2").arg(path, file.errorString());
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

/** Reads, overrides and checks a scenario file; prints every problem. Empty optional on error. */
std::optional<Planner::Scenario> loadScenarioFile(const QString &path, const QStringList &overrides)
{
    QString error;
    const QString text = readText(path, &error);
    if (!error.isEmpty()) {
        fail(error);
        return std::nullopt;
    }
    const Planner::ParsedScenario parsed = Planner::parseScenario(text, path);
    for (const Planner::Diagnostic &d : parsed.diagnostics)
        printErr(d.severity == Planner::Severity::Warning ? Tr::tr("warning: %1").arg(d.toString()) : d.toString());
    if (!parsed.ok())
        return std::nullopt;
    Planner::Scenario scenario = *parsed.scenario;
    if (const Result<void> applied = Planner::applyOverrides(scenario, overrides); !applied) {
        fail(Tr::tr("--set: %1").arg(applied.error().toString()));
        return std::nullopt;
    }
    const QList<Planner::Diagnostic> missing = Planner::checkComplete(scenario);
    for (const Planner::Diagnostic &d : missing)
        printErr(d.toString());
    if (!missing.isEmpty())
        return std::nullopt;
    return scenario;
}

QString findingKind(Planner::Finding::Kind kind)
{
    switch (kind) {
    case Planner::Finding::Kind::Contradiction: return Tr::tr("CONTRADICTION");
    case Planner::Finding::Kind::Warning: return Tr::tr("warning");
    case Planner::Finding::Kind::Consistent: return Tr::tr("consistent");
    }
    return {};
}

int plan(const GlobalOptions &global, const CapacityOptions &options)
{
    if (options.example) {
        if (!options.args.isEmpty() || !options.set.isEmpty())
            return usage(Tr::tr("'capacity plan --example' takes no scenario and no --set"));
        writeRaw(Planner::exampleScenario().toUtf8());
        return Ok;
    }
    if (options.args.size() != 1)
        return usage(Tr::tr("usage: opsctl capacity plan SCENARIO [--json|--markdown|--csv] [--set INPUT=VALUE …]"));
    const std::optional<Planner::Scenario> scenario = loadScenarioFile(options.args.at(0), options.set);
    if (!scenario)
        return Failed;
    const Result<Planner::Evaluation> evaluation = Planner::evaluate(*scenario);
    if (!evaluation)
        return fail(evaluation.error().toString());
    const ReportFormat format = global.json ? ReportFormat::Json : options.format;
    switch (format) {
    case ReportFormat::Json:
        writeRaw(Planner::toJson(*evaluation));
        return Ok;
    case ReportFormat::Markdown:
        writeRaw(Planner::toMarkdown(*evaluation).toUtf8());
        return Ok;
    case ReportFormat::Csv:
        writeRaw(Planner::toCsv(*evaluation).toUtf8());
        return Ok;
    case ReportFormat::Text:
        break;
    }
    printOut(Tr::tr("Scenario: %1").arg(evaluation->scenarioName));
    Table table({Tr::tr("OUTPUT"), Tr::tr("VALUE"), Tr::tr("FORMULA")});
    for (const Planner::Quantity &q : evaluation->outputs)
        table.addRow({q.name, q.text(), q.formula});
    printOut(table.toString());
    for (const Planner::Finding &f : evaluation->findings)
        printOut(Tr::tr("%1: %2 (%3)").arg(findingKind(f.kind), f.message, f.arithmetic));
    return Ok;
}

int simulate(const GlobalOptions &global, const CapacityOptions &options)
{
    if (options.args.size() != 2)
        return usage(Tr::tr("usage: opsctl capacity simulate POLICY LOAD [--duration D] [--step S] [--seed N] "
                            "[--json|--csv]"));
    const std::optional<Planner::Scenario> scenario = loadScenarioFile(options.args.at(0), options.set);
    if (!scenario)
        return Failed;
    const Result<Planner::AutoscalePolicy> policy = Planner::policyFromScenario(*scenario);
    if (!policy)
        return fail(Tr::tr("%1: %2").arg(options.args.at(0), policy.error().toString()));
    const QString loadArg = options.args.at(1);
    Result<Planner::LoadCurve> load = [&]() -> Result<Planner::LoadCurve> {
        if (QFileInfo(loadArg).isFile()) {
            QString error;
            const QString text = readText(loadArg, &error);
            if (!error.isEmpty())
                return OpsDeck::fail(ErrorCode::InvalidArgument, error);
            return Planner::parseLoadCsv(text, loadArg);
        }
        return Planner::parseLoadSpec(loadArg);
    }();
    if (!load)
        return fail(Tr::tr("LOAD: %1").arg(load.error().toString()));
    Planner::SimulationOptions sim;
    if (!options.duration.isEmpty()) {
        const auto d = parseDuration(options.duration);
        if (!d || d->count() <= 0)
            return usage(Tr::tr("--duration needs a time such as 3600, 90m, 24h or 7d (got '%1')").arg(options.duration));
        sim.durationS = double(d->count()) / 1000.0;
    }
    if (!options.step.isEmpty()) {
        const auto d = parseDuration(options.step);
        if (!d || d->count() <= 0)
            return usage(Tr::tr("--step needs a time such as 1, 10s or 1m (got '%1')").arg(options.step));
        sim.stepS = double(d->count()) / 1000.0;
    }
    if (!options.seed.isEmpty()) {
        bool ok = false;
        sim.seed = options.seed.toULongLong(&ok);
        if (!ok)
            return usage(Tr::tr("--seed needs a whole number (got '%1')").arg(options.seed));
    }
    if (sim.durationS / sim.stepS > 10'000'000)
        return usage(Tr::tr("--duration ÷ --step is more than 10,000,000 steps; take a larger step"));
    const Result<Planner::SimulationResult> result = Planner::simulate(*policy, *load, sim);
    if (!result)
        return fail(result.error().toString());
    const auto number = [](double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(); };
    if (options.format == ReportFormat::Csv) {
        QByteArray csv = "time_s,arrivals,queue_depth,replicas,busy,utilisation,mean_wait_s\n";
        for (const Planner::SimulationStep &s : result->steps) {
            csv += QByteArray::number(s.timeS) + ',' + QByteArray::number(s.arrivals) + ','
                   + QByteArray::number(s.queueDepth) + ',' + QByteArray::number(s.replicas) + ','
                   + QByteArray::number(s.busy) + ',' + QByteArray::number(s.utilisation, 'g', 6) + ','
                   + (std::isfinite(s.meanWaitS) ? QByteArray::number(s.meanWaitS, 'g', 6) : QByteArray()) + '\n';
        }
        writeRaw(csv);
        return Ok;
    }
    const QJsonObject summary{{u"load"_s, load->description()},
                              {u"duration_s"_s, sim.durationS},
                              {u"step_s"_s, sim.stepS},
                              {u"seed"_s, QString::number(sim.seed)},
                              {u"arrived"_s, double(result->arrived)},
                              {u"started"_s, double(result->started)},
                              {u"completed"_s, double(result->completed)},
                              {u"max_queue_depth"_s, result->maxQueueDepth},
                              {u"max_replicas"_s, result->maxReplicas},
                              {u"scale_ups"_s, result->scaleUps},
                              {u"scale_downs"_s, result->scaleDowns},
                              {u"mean_utilisation"_s, number(result->meanUtilisation)},
                              {u"mean_wait_s"_s, number(result->meanWaitS)},
                              {u"p95_wait_s"_s, number(result->p95WaitS)}};
    if (global.json || options.format == ReportFormat::Json) {
        QJsonArray steps;
        for (const Planner::SimulationStep &s : result->steps)
            steps.append(QJsonObject{{u"time_s"_s, s.timeS},
                                     {u"arrivals"_s, s.arrivals},
                                     {u"queue_depth"_s, s.queueDepth},
                                     {u"replicas"_s, s.replicas},
                                     {u"busy"_s, s.busy},
                                     {u"utilisation"_s, s.utilisation},
                                     {u"mean_wait_s"_s, number(s.meanWaitS)}});
        QJsonObject out = summary;
        out.insert(u"steps"_s, steps);
        printJson(out);
        return Ok;
    }
    printOut(Tr::tr("Load: %1, %2 s in steps of %3 s, seed %4")
                 .arg(load->description())
                 .arg(sim.durationS)
                 .arg(sim.stepS)
                 .arg(sim.seed));
    printOut(Tr::tr("Jobs: %1 arrived, %2 started, %3 completed")
                 .arg(result->arrived)
                 .arg(result->started)
                 .arg(result->completed));
    printOut(Tr::tr("Queue: at most %1; replicas at most %2 (%3 scale-ups, %4 scale-downs)")
                 .arg(result->maxQueueDepth)
                 .arg(result->maxReplicas)
                 .arg(result->scaleUps)
                 .arg(result->scaleDowns));
    printOut(Tr::tr("Utilisation: %1 % on average; wait: %2 s on average, %3 s at the 95th percentile")
                 .arg(result->meanUtilisation * 100, 0, 'f', 1)
                 .arg(result->meanWaitS, 0, 'f', 1)
                 .arg(result->p95WaitS, 0, 'f', 1));
    // 24 rows across the run: enough to see the shape; --csv has every step.
    Table table({Tr::tr("TIME"), Tr::tr("ARRIVALS"), Tr::tr("QUEUE"), Tr::tr("REPLICAS"), Tr::tr("UTILISATION")});
    const std::size_t every = std::max<std::size_t>(1, result->steps.size() / 24);
    for (std::size_t i = every - 1; i < result->steps.size(); i += every) {
        const Planner::SimulationStep &s = result->steps[i];
        table.addRow({QStringLiteral("%1 s").arg(s.timeS), QString::number(s.arrivals), QString::number(s.queueDepth),
                      QString::number(s.replicas), QStringLiteral("%1 %").arg(s.utilisation * 100, 0, 'f', 0)});
    }
    printOut(table.toString());
    return Ok;
}

QString labelsText(const QMap<QString, QString> &labels)
{
    QStringList parts;
    QString name;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (it.key() == u"__name__")
            name = it.value();
        else
            parts << QStringLiteral("%1=\"%2\"").arg(it.key(), it.value());
    }
    return parts.isEmpty() ? (name.isEmpty() ? u"{}"_s : name) : name + u'{' + parts.join(u", "_s) + u'}';
}

} // namespace

int capacityCommand(const GlobalOptions &global, const QString &verb, const CapacityOptions &options)
{
    if (verb == u"plan")
        return plan(global, options);
    if (verb == u"simulate")
        return simulate(global, options);
    return usage(verb.isEmpty() ? Tr::tr("'capacity' needs a command: plan or simulate")
                                : Tr::tr("unknown command 'capacity %1'").arg(verb));
}

int metricsCommand(const GlobalOptions &global, const QString &verb, const MetricsOptions &options)
{
    if (verb != u"query")
        return usage(verb.isEmpty() ? Tr::tr("'metrics' needs a command: query")
                                    : Tr::tr("unknown command 'metrics %1'").arg(verb));
    if (options.args.size() != 1)
        return usage(Tr::tr("usage: opsctl metrics query EXPR [--source embedded|prometheus --url URL] "
                            "[--range D [--step S]]"));
    const QString expression = options.args.at(0);
    const QString sourceName = options.source.isEmpty() ? u"embedded"_s : options.source;
    if (sourceName != u"embedded" && sourceName != u"prometheus")
        return usage(Tr::tr("--source is embedded or prometheus (got '%1')").arg(sourceName));
    if (!options.url.isEmpty() && sourceName != u"prometheus")
        return usage(Tr::tr("--url only applies with --source prometheus"));
    std::optional<std::chrono::milliseconds> range, step;
    if (!options.range.isEmpty()) {
        range = parseDuration(options.range);
        if (!range || range->count() <= 0)
            return usage(Tr::tr("--range needs a time such as 15m, 1h or 7d (got '%1')").arg(options.range));
    }
    if (!options.step.isEmpty()) {
        if (!range)
            return usage(Tr::tr("--step only applies with --range"));
        step = parseDuration(options.step);
        if (!step || step->count() <= 0)
            return usage(Tr::tr("--step needs a time such as 15s or 1m (got '%1')").arg(options.step));
    }

    std::unique_ptr<Core::AppContext> context;
    std::unique_ptr<Remote::PrometheusSource> prometheus;
    Backend::IMetricsSource *source = nullptr;
    if (sourceName == u"prometheus") {
        Remote::PrometheusSettings settings;
        if (!options.url.isEmpty())
            settings.baseUrl = QUrl(options.url);
        if (const QString problem = settings.validate(); !problem.isEmpty())
            return usage(Tr::tr("--url: %1").arg(problem));
        prometheus = std::make_unique<Remote::PrometheusSource>(settings);
        source = prometheus.get();
    } else {
        Core::AppContext::Options o;
        o.workspaceFlag = global.workspace;
        context = std::make_unique<Core::AppContext>(o);
        context->open();
        if (const auto error = context->workspaceError()) {
            printErr(Tr::tr("opsctl: %1").arg(error->toString()));
            return WorkspaceError;
        }
        source = context->backends().get<Backend::IMetricsSource>();
        if (!source)
            return fail(Tr::tr("the profile \"%1\" has no metrics source").arg(context->backends().activeProfile().name));
    }

    Result<QList<Backend::MetricSeries>> answer = [&] {
        if (!range)
            return await(source->instant(expression, QDateTime()));
        Backend::RangeQuery query;
        query.expression = expression;
        query.end = QDateTime::currentDateTimeUtc();
        query.start = query.end.addMSecs(-range->count());
        // Without --step: about 200 points, enough for a terminal and far
        // below Prometheus' 11,000 per series.
        query.step = step ? *step : std::max(std::chrono::milliseconds(1000), *range / 200);
        return await(source->range(query));
    }();
    if (!answer)
        return fail(answer.error().toString());
    if (global.json) {
        QJsonArray series;
        for (const Backend::MetricSeries &s : *answer) {
            QJsonObject labels;
            for (auto it = s.labels.cbegin(); it != s.labels.cend(); ++it)
                labels.insert(it.key(), it.value());
            QJsonArray samples;
            for (const Backend::Sample &sample : s.samples)
                samples.append(QJsonArray{double(sample.timestampMs) / 1000.0,
                                          std::isfinite(sample.value) ? QJsonValue(sample.value)
                                                                      : QJsonValue(QString::number(sample.value))});
            series.append(QJsonObject{{u"labels"_s, labels}, {u"samples"_s, samples}});
        }
        printJson(QJsonObject{{u"source"_s, source->displayName()}, {u"expression"_s, expression}, {u"series"_s, series}});
        return Ok;
    }
    if (answer->isEmpty()) {
        printOut(Tr::tr("No series."));
        return Ok;
    }
    if (!range) {
        Table table({Tr::tr("SERIES"), Tr::tr("VALUE"), Tr::tr("TIME")});
        for (const Backend::MetricSeries &s : *answer) {
            const Backend::Sample last = s.samples.isEmpty() ? Backend::Sample{} : s.samples.constLast();
            table.addRow({labelsText(s.labels), QString::number(last.value, 'g', 10),
                          QDateTime::fromMSecsSinceEpoch(last.timestampMs).toString(Qt::ISODate)});
        }
        printOut(table.toString());
        return Ok;
    }
    for (const Backend::MetricSeries &s : *answer) {
        printOut(labelsText(s.labels));
        Table table({Tr::tr("TIME"), Tr::tr("VALUE")});
        for (const Backend::Sample &sample : s.samples)
            table.addRow({QDateTime::fromMSecsSinceEpoch(sample.timestampMs).toString(Qt::ISODate),
                          QString::number(sample.value, 'g', 10)});
        printOut(table.toString());
    }
    return Ok;
}

} // namespace OpsDeck::Cli
