// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// Scenario files: units, bad input that names file, line, column and input,
// round trips, overrides, exports and comparisons.
#include "plannertestutil.h"

#include <opsdeck/planner/report.h>
#include <opsdeck/planner/units.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace OpsDeck::Planner;
using OpsDeck::Result;
using namespace OpsDeck::Planner::Test;

namespace {

/// A minimal scenario with one traffic input written as \a value (on line 5, value at column 21).
QString trafficWith(const QString &value)
{
    return QStringLiteral("name: t\n"
                          "inputs:\n"
                          "  traffic:\n"
                          "    peak_factor: 10\n"
                          "    events_per_day: %1\n")
        .arg(value);
}

Diagnostic onlyError(const ParsedScenario &p)
{
    for (const Diagnostic &d : p.diagnostics)
        if (d.severity == Severity::Error)
            return d;
    ADD_FAILURE() << "no error in: " << p.toString().toStdString();
    return {};
}

} // namespace

TEST(PlannerUnits, ReadsValuesWithUnits)
{
    EXPECT_DOUBLE_EQ(parseMeasure(QStringLiteral("100 MB"))->base, 100e6);
    EXPECT_EQ(parseMeasure(QStringLiteral("100 MB"))->dimension, Dimension::Bytes);
    EXPECT_DOUBLE_EQ(parseMeasure(QStringLiteral("10,000 /day"))->base, 10000.0 / 86400);
    EXPECT_DOUBLE_EQ(parseMeasure(QStringLiteral("120 per hour"))->base, 120.0 / 3600);
    EXPECT_DOUBLE_EQ(parseMeasure(QStringLiteral("99.99 %"))->base, 0.9999);
    EXPECT_DOUBLE_EQ(parseMeasure(QStringLiteral("$700/month"))->base, 700);
    EXPECT_EQ(parseMeasure(QStringLiteral("$700/month"))->dimension, Dimension::Money);
    EXPECT_DOUBLE_EQ(parseMeasure(QStringLiteral("23 USD/TB/month"))->base, 23e-12);
    EXPECT_DOUBLE_EQ(parseMeasure(QStringLiteral("0.023 USD per GB per month"))->base, 0.023e-9);
    EXPECT_DOUBLE_EQ(parseMeasure(QStringLiteral("1 GB/day"))->base, 1e9 / 86400);
    EXPECT_DOUBLE_EQ(parseMeasure(QStringLiteral("10 min"))->base, 600);
    EXPECT_DOUBLE_EQ(parseMeasure(QStringLiteral("2 vCPU"))->base, 2);
    EXPECT_DOUBLE_EQ(parseMeasure(QStringLiteral("1 GiB"))->base, 1073741824.0);
    EXPECT_DOUBLE_EQ(parseMeasure(QStringLiteral("10x"))->base, 10);
    const Result<Measure> unknown = parseMeasure(QStringLiteral("10 furlongs"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("furlongs")));
    EXPECT_FALSE(parseMeasure(QStringLiteral("MB")).ok());
    EXPECT_FALSE(parseMeasure(QString()).ok());
    EXPECT_EQ(formatMeasure(3.65e15, Dimension::Bytes), QStringLiteral("3.65 PB"));
    EXPECT_EQ(formatMeasure(2592, Dimension::Duration), QStringLiteral("43.2 min"));
}

TEST(PlannerScenario, ExampleAndDemoScenariosParseWithoutWarnings)
{
    for (const QString &text : {exampleScenario(), cicdScenario(), logsScenario()}) {
        const ParsedScenario p = parseScenario(text, QStringLiteral("example.yaml"));
        ASSERT_TRUE(p.ok()) << p.toString().toStdString();
        EXPECT_TRUE(p.diagnostics.isEmpty()) << p.toString().toStdString();
        EXPECT_FALSE(p.scenario->name.isEmpty());
        EXPECT_TRUE(evaluate(*p.scenario).ok());
    }
    const Scenario logs = *loadScenario(logsScenario());
    EXPECT_FALSE(logs.hasModel(QStringLiteral("traffic")));
    EXPECT_TRUE(logs.hasModel(QStringLiteral("logs")));
}

TEST(PlannerScenario, RoundTripKeepsEveryInputAndOutput)
{
    const Scenario first = *loadScenario(exampleScenario(), QStringLiteral("example.yaml"));
    const QString written = toYaml(first);
    const ParsedScenario again = parseScenario(written, QStringLiteral("written.yaml"));
    ASSERT_TRUE(again.ok()) << again.toString().toStdString() << "\n" << written.toStdString();
    EXPECT_TRUE(again.diagnostics.isEmpty()) << again.toString().toStdString();
    const Scenario &second = *again.scenario;
    EXPECT_EQ(second.name, first.name);
    EXPECT_EQ(second.description, first.description);
    EXPECT_EQ(second.models, first.models);
    ASSERT_EQ(second.inputs.size(), first.inputs.size());
    for (qsizetype i = 0; i < first.inputs.size(); ++i) {
        EXPECT_EQ(second.inputs[i].key, first.inputs[i].key);
        EXPECT_EQ(second.inputs[i].text, first.inputs[i].text);
        EXPECT_DOUBLE_EQ(second.inputs[i].base, first.inputs[i].base);
    }
    const Evaluation a = *evaluate(first);
    const Evaluation b = *evaluate(second);
    ASSERT_EQ(a.outputs.size(), b.outputs.size());
    for (qsizetype i = 0; i < a.outputs.size(); ++i) {
        EXPECT_EQ(a.outputs[i].name, b.outputs[i].name);
        if (a.outputs[i].isNumber()) {
            EXPECT_DOUBLE_EQ(a.outputs[i].base, b.outputs[i].base) << a.outputs[i].name.toStdString();
        }
    }
    // A second write is identical: nothing drifts.
    EXPECT_EQ(toYaml(second), written);
}

TEST(PlannerScenario, NegativeValueNamesFileLineColumnAndInput)
{
    const ParsedScenario p = parseScenario(trafficWith(QStringLiteral("\"-5 /day\"")), QStringLiteral("plan.yaml"));
    ASSERT_FALSE(p.ok());
    const Diagnostic d = onlyError(p);
    EXPECT_EQ(d.line, 5);
    EXPECT_EQ(d.column, 21);
    EXPECT_EQ(d.input, QStringLiteral("traffic.events_per_day"));
    EXPECT_TRUE(d.message.contains(QStringLiteral("negative"))) << d.message.toStdString();
    EXPECT_TRUE(d.toString().startsWith(QStringLiteral("plan.yaml:5:21: error: traffic.events_per_day: ")))
        << d.toString().toStdString();
}

TEST(PlannerScenario, ZeroAbsurdWrongKindAndUnknownUnitAreErrors)
{
    struct Case
    {
        const char *value;
        const char *says;
    };
    const Case cases[] = {
        {"\"0 /day\"", "greater than zero"},
        {"\"1e30 /day\"", "absurdly large"},
        {"\"100 MB\"", "expects a rate"},
        {"\"10 furlongs\"", "furlongs"},
        {"lots", "does not start with a number"},
        {"[1, 2]", "not a list"},
    };
    for (const Case &c : cases) {
        const ParsedScenario p = parseScenario(trafficWith(QString::fromLatin1(c.value)), QStringLiteral("plan.yaml"));
        ASSERT_FALSE(p.ok()) << c.value;
        const Diagnostic d = onlyError(p);
        EXPECT_EQ(d.line, 5) << c.value;
        EXPECT_EQ(d.input, QStringLiteral("traffic.events_per_day")) << c.value;
        EXPECT_TRUE(d.message.contains(QString::fromLatin1(c.says))) << c.value << ": " << d.message.toStdString();
    }
}

TEST(PlannerScenario, WholeNumbersDuplicatesAndUnpricedCost)
{
    const ParsedScenario half = parseScenario(
        QStringLiteral("name: t\ninputs:\n  queueing:\n    arrival_rate: 1 /s\n    service_time: 1 s\n    workers: 2.5\n"),
        QStringLiteral("plan.yaml"));
    ASSERT_FALSE(half.ok());
    EXPECT_EQ(onlyError(half).input, QStringLiteral("queueing.workers"));
    EXPECT_TRUE(onlyError(half).message.contains(QStringLiteral("whole number")));
    const ParsedScenario twice = parseScenario(
        QStringLiteral("name: t\ninputs:\n  traffic:\n    events_per_day: 1 /s\n    events_per_day: 2 /s\n"),
        QStringLiteral("plan.yaml"));
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(onlyError(twice).line, 5);
    EXPECT_TRUE(onlyError(twice).message.contains(QStringLiteral("twice"))) << twice.toString().toStdString();
    const Evaluation e = evaluateText(QStringLiteral("name: t\ninputs:\n  traffic:\n    events_per_day: 1 /s\n  cost: {}\n"));
    EXPECT_NE(finding(e, "cost_without_data"), nullptr);
}

TEST(PlannerScenario, MalformedYamlSaysWhere)
{
    const ParsedScenario p = parseScenario(QStringLiteral("name: t\ninputs:\n  traffic: {events_per_day: \"1 /s\"\n"),
                                           QStringLiteral("broken.yaml"));
    ASSERT_FALSE(p.ok());
    const Diagnostic d = onlyError(p);
    EXPECT_GT(d.line, 0);
    EXPECT_TRUE(d.message.contains(QStringLiteral("YAML"))) << d.message.toStdString();
    EXPECT_TRUE(d.toString().startsWith(QStringLiteral("broken.yaml:"))) << d.toString().toStdString();
    const ParsedScenario empty = parseScenario(QString(), QStringLiteral("empty.yaml"));
    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(empty.toString().contains(QStringLiteral("empty"))) << empty.toString().toStdString();
}

TEST(PlannerScenario, UnknownInputIsAWarningWithItsLine)
{
    const QString text = QStringLiteral("name: t\ninputs:\n  traffic:\n    events_per_day: 10000/day\n"
                                        "    peak_facter: 10\n");
    const ParsedScenario p = parseScenario(text, QStringLiteral("plan.yaml"));
    ASSERT_TRUE(p.ok()) << p.toString().toStdString();
    ASSERT_EQ(p.scenario->warnings.size(), 1);
    const Diagnostic &w = p.scenario->warnings.first();
    EXPECT_EQ(w.severity, Severity::Warning);
    EXPECT_EQ(w.line, 5);
    EXPECT_EQ(w.input, QStringLiteral("traffic.peak_facter"));
    // The default applies and says so in the evaluation's inputs.
    const Evaluation e = *evaluate(*p.scenario);
    bool defaulted = false;
    for (const InputValue &v : e.inputs)
        defaulted = defaulted || (v.key == QLatin1String("traffic.peak_factor") && v.line == 0);
    EXPECT_TRUE(defaulted);
}

TEST(PlannerScenario, MissingRequiredInputNamesIt)
{
    const QString text = QStringLiteral("name: t\ninputs:\n  traffic:\n    events_per_day: 10000/day\n"
                                        "  storage:\n    retention: 30 d\n");
    const ParsedScenario p = parseScenario(text, QStringLiteral("plan.yaml"));
    ASSERT_FALSE(p.ok());
    const Diagnostic d = onlyError(p);
    EXPECT_EQ(d.input, QStringLiteral("storage.object_size"));
    EXPECT_EQ(d.line, 5);
    EXPECT_TRUE(d.message.contains(QStringLiteral("100 MB"))) << d.message.toStdString();
    // Storage without traffic needs its own object count.
    const ParsedScenario q = parseScenario(QStringLiteral("name: t\ninputs:\n  storage:\n    object_size: 1 MB\n"
                                                          "    retention: 1 d\n"),
                                           QStringLiteral("plan.yaml"));
    ASSERT_FALSE(q.ok());
    EXPECT_EQ(onlyError(q).input, QStringLiteral("storage.objects_per_day"));
}

TEST(PlannerScenario, ClassSharesMustAddUp)
{
    const QString text = QStringLiteral(
        "name: t\ninputs:\n  compute:\n    peak_concurrency: 10\n    vcpu_per_job: 1 vCPU\n    memory_per_job: 1 GB\n"
        "    classes:\n      small: {vcpu: 1 vCPU, memory: 1 GB, share: 50 %}\n"
        "      large: {vcpu: 2 vCPU, memory: 2 GB, share: 30 %}\n");
    const ParsedScenario p = parseScenario(text, QStringLiteral("plan.yaml"));
    ASSERT_FALSE(p.ok());
    EXPECT_TRUE(onlyError(p).message.contains(QStringLiteral("80 %"))) << p.toString().toStdString();
}

TEST(PlannerScenario, OverridesReplaceAddAndNameBadInputs)
{
    Scenario s = *loadScenario(exampleScenario());
    ASSERT_TRUE(applyOverrides(s, {QStringLiteral("traffic.events_per_day=20000 /day")}).ok());
    const Evaluation e = *evaluate(s);
    EXPECT_NEAR(base(e, "traffic.average_rate"), 20000.0 / 86400, 1e-12);
    EXPECT_NEAR(base(e, "storage.raw_total"), 60 * kTB, 1);

    const Scenario before = s;
    const Result<void> unknown = applyOverrides(s, {QStringLiteral("traffic.events_per_dya=1/s")});
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().toString().contains(QStringLiteral("traffic.events_per_dya")));
    const Result<void> negative =
        applyOverrides(s, {QStringLiteral("traffic.peak_factor=3"), QStringLiteral("storage.retention=-1 d")});
    ASSERT_FALSE(negative.ok());
    EXPECT_TRUE(negative.error().toString().contains(QStringLiteral("storage.retention")));
    EXPECT_TRUE(negative.error().toString().contains(QStringLiteral("negative")));
    const Result<void> noEquals = applyOverrides(s, {QStringLiteral("traffic.peak_factor")});
    ASSERT_FALSE(noEquals.ok());
    // A failed set leaves the scenario as it was (the good first assignment too).
    EXPECT_DOUBLE_EQ(s.find(QStringLiteral("traffic.peak_factor"))->base, before.find(QStringLiteral("traffic.peak_factor"))->base);
}

TEST(PlannerExport, JsonNamesEveryOutputWithValueUnitAndFormula)
{
    const Evaluation e = evaluateText(exampleScenario());
    const QJsonDocument doc = QJsonDocument::fromJson(toJson(e));
    ASSERT_TRUE(doc.isObject());
    const QJsonArray outputs = doc.object().value(QStringLiteral("outputs")).toArray();
    ASSERT_EQ(outputs.size(), e.outputs.size());
    for (const QJsonValue &v : outputs) {
        const QJsonObject o = v.toObject();
        EXPECT_FALSE(o.value(QStringLiteral("name")).toString().isEmpty());
        EXPECT_FALSE(o.value(QStringLiteral("formula")).toString().isEmpty()) << o.value(QStringLiteral("name")).toString().toStdString();
        EXPECT_TRUE(o.contains(QStringLiteral("unit")));
        // A value is a number, or null with a note saying why: never a silent 0.
        if (o.value(QStringLiteral("value")).isNull()) {
            EXPECT_FALSE(o.value(QStringLiteral("note")).toString().isEmpty())
                << o.value(QStringLiteral("name")).toString().toStdString();
        } else {
            EXPECT_TRUE(o.value(QStringLiteral("value")).isDouble());
        }
    }
    QJsonObject peak;
    for (const QJsonValue &v : outputs)
        if (v.toObject().value(QStringLiteral("name")).toString() == QLatin1String("compute.total_vcpu"))
            peak = v.toObject();
    EXPECT_DOUBLE_EQ(peak.value(QStringLiteral("value")).toDouble(), 200);
    EXPECT_EQ(peak.value(QStringLiteral("unit")).toString(), QStringLiteral("vCPU"));
    EXPECT_EQ(doc.object().value(QStringLiteral("alert_rules")).toArray().size(), 3);
    EXPECT_FALSE(doc.object().value(QStringLiteral("findings")).toArray().isEmpty());
}

TEST(PlannerExport, MarkdownAndCsvCarryInputsOutputsAndFindings)
{
    const Evaluation e = evaluateText(exampleScenario());
    const QString md = toMarkdown(e);
    EXPECT_TRUE(md.contains(QStringLiteral("| `traffic.events_per_day` | 10000 /day | line ")));
    EXPECT_TRUE(md.contains(QStringLiteral("| `storage.replicated_total` | 90 TB | storage.raw_total × storage.replication |")))
        << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("littles_law_concurrency")));
    EXPECT_TRUE(md.contains(QStringLiteral("slo-burn-1h")));
    const QString csv = toCsv(e);
    const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    EXPECT_EQ(lines.size(), e.outputs.size() + 1);
    EXPECT_TRUE(lines.first().startsWith(QStringLiteral("name,label,value,unit,formula")));
    EXPECT_TRUE(csv.contains(QStringLiteral("compute.total_vcpu,vCPUs at peak,200,vCPU,")));
}

TEST(PlannerExport, CompareShowsBothScenariosAndTheChange)
{
    const Evaluation a = evaluateText(cicdScenario());
    const Evaluation b = evaluateText(cicdScenario(), {QStringLiteral("traffic.events_per_day=20000/day")});
    const Comparison c = compare({a, b});
    ASSERT_EQ(c.scenarios.size(), 2);
    const ComparisonRow *row = nullptr;
    for (const ComparisonRow &r : c.rows)
        if (r.name == QLatin1String("storage.raw_total"))
            row = &r;
    ASSERT_NE(row, nullptr);
    EXPECT_EQ(row->unit, QStringLiteral("TB"));
    EXPECT_NEAR(*row->values[0], 30, 1e-9);
    EXPECT_NEAR(*row->values[1], 60, 1e-9);
    EXPECT_NEAR(*row->delta, 30, 1e-9);
    EXPECT_NEAR(*row->deltaPercent, 1.0, 1e-12);
    const QString md = toMarkdown(c);
    EXPECT_TRUE(md.contains(QStringLiteral("| `storage.raw_total` | 30 TB | 60 TB | +30 TB (+100 %) |"))) << md.toStdString();
    // An output only one side has shows as a dash, not a zero.
    const Evaluation logs = evaluateText(logsScenario());
    const Comparison mixed = compare({a, logs});
    bool seen = false;
    for (const ComparisonRow &r : mixed.rows) {
        if (r.name == QLatin1String("logs.daily")) {
            seen = true;
            EXPECT_FALSE(r.values[0].has_value());
            EXPECT_TRUE(r.values[1].has_value());
        }
    }
    EXPECT_TRUE(seen);
}
