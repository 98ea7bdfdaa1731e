// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// Rule files: what a user writes by hand must either load or fail with the
// file, line, column, JSON path and what is wrong. Also the seed's defaults
// and the planner's burn-rate rules, which are data the user can save.
#include "alertstestutil.h"

#include <opsdeck/alerts/rulefile.h>
#include <opsdeck/metrics/query.h>

#include <testsupport.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <limits>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace OpsDeck::Alerts::Test {
namespace {

QByteArray ruleFile(const QByteArray &ruleBody)
{
    return "{\n"
           "  \"version\": 1,\n"
           "  \"rules\": [\n"
           "    {\n"
           + ruleBody
           + "\n    }\n"
             "  ]\n"
             "}\n";
}

std::string detailOf(const Result<RuleSet> &r)
{
    return r.ok() ? std::string("(loaded)") : r.error().detail.toStdString();
}

TEST(RuleFile, DefaultsRoundTripThroughAnAtomicSave)
{
    QTemporaryDir dir;
    const QString path = rulesPath(dir.path());
    const QList<Rule> defaults = defaultRules();
    ASSERT_TRUE(saveRules(path, defaults).ok());
    // Written by rename: nothing but the file itself is left in the folder.
    EXPECT_EQ(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files), QStringList{u"rules.json"_s});
    const auto loaded = loadRules(path);
    ASSERT_TRUE(loaded.ok()) << errorOf(loaded);
    EXPECT_TRUE(loaded->warnings.isEmpty());
    ASSERT_EQ(loaded->rules.size(), defaults.size());
    for (qsizetype i = 0; i < defaults.size(); ++i)
        EXPECT_EQ(loaded->rules.at(i), defaults.at(i)) << defaults.at(i).name.toStdString();

    // Saving again replaces the file as a whole.
    QList<Rule> fewer = defaults.mid(0, 2);
    ASSERT_TRUE(saveRules(path, fewer).ok());
    EXPECT_EQ(loadRules(path)->rules, fewer);
}

TEST(RuleFile, DefaultsCarryTheSeedsThresholds)
{
    const QList<Rule> rules = defaultRules();
    for (const Rule &r : rules) {
        EXPECT_TRUE(validateRule(r).isEmpty()) << r.name.toStdString();
        // Every default runs on the embedded source, not only on a Prometheus.
        const auto checked = Metrics::checkQuery(r.expression);
        EXPECT_TRUE(checked.ok()) << r.name.toStdString() << ": " << errorOf(checked);
    }
    const Rule *success = findRule(rules, u"DeploymentSuccessRateLow"_s);
    ASSERT_NE(success, nullptr);
    EXPECT_EQ(success->expression, u"opsdeck_pipeline_deployment_success_ratio"_s);
    EXPECT_EQ(success->comparison, Comparison::Less);
    EXPECT_DOUBLE_EQ(success->threshold, 0.95);
    const Rule *queue = findRule(rules, u"QueueDepthHigh"_s);
    ASSERT_NE(queue, nullptr);
    EXPECT_EQ(queue->comparison, Comparison::Greater);
    EXPECT_DOUBLE_EQ(queue->threshold, 50);
    const Rule *failures = findRule(rules, u"DeploymentFailureRateHigh"_s);
    ASSERT_NE(failures, nullptr);
    EXPECT_EQ(failures->expression, u"opsdeck_pipeline_run_failure_ratio"_s);
    EXPECT_DOUBLE_EQ(failures->threshold, 0.10);
    EXPECT_EQ(failures->severity, Severity::Page);     // "→ page on-call"
    const Rule *latency = findRule(rules, u"ApiLatencyHigh"_s);
    ASSERT_NE(latency, nullptr);
    EXPECT_TRUE(latency->expression.contains(u"opsdeck_http_request_duration_seconds_bucket"_s));
    EXPECT_DOUBLE_EQ(latency->threshold, 1.0);
    const Rule *utilisation = findRule(rules, u"WorkerUtilisationOutsideTarget"_s);
    ASSERT_NE(utilisation, nullptr);
    EXPECT_EQ(utilisation->comparison, Comparison::Outside);
    EXPECT_DOUBLE_EQ(utilisation->threshold, 0.60);
    EXPECT_DOUBLE_EQ(utilisation->thresholdHigh, 0.80);
    EXPECT_TRUE(utilisation->conditionHolds(0.59));
    EXPECT_FALSE(utilisation->conditionHolds(0.60));
    EXPECT_FALSE(utilisation->conditionHolds(0.80));
    EXPECT_TRUE(utilisation->conditionHolds(0.81));
    EXPECT_FALSE(utilisation->conditionHolds(std::nan("")));
}

TEST(RuleFile, BurnRateRulesComeFromThePlannersTable)
{
    const auto rules = burnRateRules(0.999, u"avg_over_time(opsdeck_pipeline_run_failure_ratio[{{window}}])"_s, u"Deploy"_s);
    ASSERT_TRUE(rules.ok()) << errorOf(rules);
    ASSERT_EQ(rules->size(), 3);
    const Rule &fast = rules->at(0);
    EXPECT_EQ(fast.name, u"Deploy-slo-burn-1h"_s);
    EXPECT_EQ(fast.severity, Severity::Page);
    EXPECT_NEAR(fast.threshold, 14.4 * 0.001, 1e-12);
    ASSERT_TRUE(fast.burnRate.has_value());
    EXPECT_EQ(fast.burnRate->longWindow, 1h);
    EXPECT_EQ(fast.burnRate->shortWindow, 5min);
    EXPECT_EQ(fast.expressionFor(fast.burnRate->shortWindow),
              u"avg_over_time(opsdeck_pipeline_run_failure_ratio[5m])"_s);
    EXPECT_NEAR(rules->at(1).threshold, 6 * 0.001, 1e-12);
    EXPECT_EQ(rules->at(1).burnRate->longWindow, 6h);
    EXPECT_EQ(rules->at(1).burnRate->shortWindow, 30min);
    EXPECT_EQ(rules->at(2).severity, Severity::Warning);   // the workbook's "ticket"
    EXPECT_EQ(rules->at(2).burnRate->longWindow, 72h);
    EXPECT_EQ(rules->at(2).burnRate->shortWindow, 6h);
    EXPECT_EQ(formatDuration(rules->at(2).burnRate->longWindow), u"3d"_s);

    // They survive a save and load like any rule.
    QTemporaryDir dir;
    ASSERT_TRUE(saveRules(rulesPath(dir.path()), *rules).ok());
    EXPECT_EQ(loadRules(rulesPath(dir.path()))->rules, *rules);

    const auto noWindow = burnRateRules(0.999, u"opsdeck_pipeline_run_failure_ratio"_s);
    ASSERT_FALSE(noWindow.ok());
    EXPECT_TRUE(noWindow.error().detail.startsWith(u"errorRatioExpr: "_s)) << text(noWindow.error());
    const auto badSlo = burnRateRules(1.0, u"x[{{window}}]"_s);
    ASSERT_FALSE(badSlo.ok());
    EXPECT_TRUE(badSlo.error().detail.startsWith(u"slo: "_s)) << text(badSlo.error());
}

TEST(RuleFile, TruncatedJsonNamesTheEnd)
{
    const QByteArray json = "{\n  \"version\": 1,\n  \"rules\": [\n    {\"name\": \"a\", \"expr\": \"x\"";
    const auto r = parseRules(json, u"rules.json"_s);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Parse);
    EXPECT_TRUE(r.error().detail.startsWith(u"rules.json:4:"_s)) << detailOf(r);
    EXPECT_TRUE(r.error().detail.contains(u"cut short"_s)) << detailOf(r);
}

TEST(RuleFile, WrongTypeNamesLineColumnAndField)
{
    const auto r = parseRules(ruleFile("      \"name\": \"q\",\n"
                                       "      \"expr\": \"opsdeck_pipeline_queue_depth\",\n"
                                       "      \"comparison\": \">\",\n"
                                       "      \"threshold\": \"fifty\""),
                              u"rules.json"_s);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().detail, u"rules.json:8:20: rules[0].threshold: expected a number, found a string"_s);

    const auto labels = parseRules(ruleFile("      \"name\": \"q\", \"expr\": \"x\", \"comparison\": \">\", \"threshold\": 1,\n"
                                            "      \"labels\": {\"team\": 7}"),
                                   u"f.json"_s);
    ASSERT_FALSE(labels.ok());
    EXPECT_EQ(labels.error().detail, u"f.json:6:26: rules[0].labels.team: expected a string, found a number"_s);
}

TEST(RuleFile, UnknownComparisonIsAnErrorAtItsValue)
{
    const auto r = parseRules(ruleFile("      \"name\": \"q\",\n"
                                       "      \"expr\": \"opsdeck_pipeline_queue_depth\",\n"
                                       "      \"comparison\": \"~=\",\n"
                                       "      \"threshold\": 50"),
                              u"rules.json"_s);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().detail,
              u"rules.json:7:21: rules[0].comparison: unknown comparison \"~=\", expected >, <, >=, <= or outside"_s);
}

TEST(RuleFile, MissingAndMeaninglessFields)
{
    // No expr: the error points at the rule that lacks it.
    auto r = parseRules(ruleFile("      \"name\": \"q\", \"comparison\": \">\", \"threshold\": 1"), u"f.json"_s);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().detail, u"f.json:4:5: rules[0]: the field \"expr\" is missing"_s);

    // "outside" needs two bounds, low first.
    r = parseRules(ruleFile("      \"name\": \"u\", \"expr\": \"x\", \"comparison\": \"outside\", \"threshold\": 0.6"), u"f.json"_s);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().detail.contains(u"rules[0].threshold: \"outside\" needs two numbers [low, high], found a number"_s))
        << detailOf(r);
    r = parseRules(ruleFile("      \"name\": \"u\", \"expr\": \"x\", \"comparison\": \"outside\", \"threshold\": [0.8, 0.6]"), u"f.json"_s);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().detail.contains(u"rules[0].threshold: the low bound 0.8 is above the high bound 0.6"_s)) << detailOf(r);

    // A duration with a unit PromQL does not have.
    r = parseRules(ruleFile("      \"name\": \"q\", \"expr\": \"x\", \"comparison\": \">\", \"threshold\": 1, \"for\": \"5 min\""),
                   u"f.json"_s);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().detail.startsWith(u"f.json:5:75: rules[0].for: "_s)) << detailOf(r);

    // A burn-rate rule without {{window}} cannot put its windows anywhere.
    r = parseRules(ruleFile("      \"name\": \"b\", \"expr\": \"x\", \"comparison\": \">\", \"threshold\": 0.1,\n"
                            "      \"burnRate\": {\"longWindow\": \"1h\", \"shortWindow\": \"5m\"}"),
                   u"f.json"_s);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().detail.contains(u"rules[0].expr: a burn-rate rule's expression needs {{window}}"_s)) << detailOf(r);

    // Two rules of the same name: the second is named.
    const QByteArray two = "{\"version\": 1, \"rules\": [\n"
                           "  {\"name\": \"a\", \"expr\": \"x\", \"comparison\": \">\", \"threshold\": 1},\n"
                           "  {\"name\": \"a\", \"expr\": \"y\", \"comparison\": \">\", \"threshold\": 1}]}";
    r = parseRules(two, u"f.json"_s);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().detail, u"f.json:3:12: rules[1].name: a second rule named \"a\"; names must be unique"_s);

    // A newer format is refused, not half read.
    r = parseRules("{\"version\": 2, \"rules\": []}", u"f.json"_s);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().detail.startsWith(u"f.json:1:13: version: version 2 is not supported"_s)) << detailOf(r);
}

TEST(RuleFile, UnknownFieldsAreWarningsWithTheirPosition)
{
    const auto r = parseRules(ruleFile("      \"name\": \"q\",\n"
                                       "      \"expr\": \"opsdeck_pipeline_queue_depth\",\n"
                                       "      \"comparison\": \">\", \"threshold\": 50,\n"
                                       "      \"severty\": \"page\""),
                              u"rules.json"_s);
    ASSERT_TRUE(r.ok()) << errorOf(r);
    ASSERT_EQ(r->rules.size(), 1);
    EXPECT_EQ(r->rules.at(0).severity, Severity::Warning);   // the misspelt field changed nothing
    ASSERT_EQ(r->warnings.size(), 1);
    const RuleFileWarning &w = r->warnings.at(0);
    EXPECT_EQ(w.line, 8);
    EXPECT_EQ(w.column, 7);
    EXPECT_EQ(w.path, u"rules[0].severty"_s);
    EXPECT_TRUE(w.toString(u"rules.json"_s).startsWith(u"rules.json:8:7: rules[0].severty: unknown field \"severty\""_s))
        << w.toString(u"rules.json"_s).toStdString();
}

TEST(RuleFile, MissingFileAndInvalidSave)
{
    QTemporaryDir dir;
    const auto missing = loadRules(rulesPath(dir.path()));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);

    QList<Rule> rules = defaultRules();
    rules[1].name = u"bad name"_s;
    const auto saved = saveRules(rulesPath(dir.path()), rules);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().code, ErrorCode::InvalidArgument);
    EXPECT_TRUE(saved.error().detail.startsWith(u"rules[1] (bad name).name: "_s)) << text(saved.error());
    EXPECT_FALSE(QFile::exists(rulesPath(dir.path())));   // nothing half written

    rules = defaultRules();
    rules[0].threshold = std::numeric_limits<double>::infinity();
    const auto infinite = saveRules(rulesPath(dir.path()), rules);
    ASSERT_FALSE(infinite.ok());
    EXPECT_TRUE(infinite.error().detail.contains(u".threshold: must be a finite number"_s)) << text(infinite.error());
}

TEST(RuleFile, Durations)
{
    EXPECT_EQ(*parseDuration(u"1h30m"_s), 90min);
    EXPECT_EQ(*parseDuration(u"250ms"_s), 250ms);
    EXPECT_EQ(*parseDuration(u"0s"_s), 0ms);
    EXPECT_EQ(*parseDuration(u"2d"_s), 48h);
    EXPECT_EQ(formatDuration(90min), u"1h30m"_s);
    EXPECT_EQ(formatDuration(0ms), u"0s"_s);
    EXPECT_FALSE(parseDuration(u""_s).ok());
    EXPECT_FALSE(parseDuration(u"5"_s).ok());
    EXPECT_FALSE(parseDuration(u"m5"_s).ok());
    EXPECT_TRUE(parseDuration(u"5x"_s).error().message.contains(u"unknown unit \"x\""_s));
    EXPECT_FALSE(parseDuration(u"99999999999999999999y"_s).ok());
}

} // namespace
} // namespace OpsDeck::Alerts::Test
