// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/result.h>

#include <QList>
#include <QMap>
#include <QString>

#include <chrono>
#include <optional>

namespace OpsDeck::Alerts {

/** How a rule compares the expression's value with its threshold(s). */
enum class Comparison { Greater, Less, GreaterOrEqual, LessOrEqual, Outside };

/** How loud an alert is: info (list only), warning (notification), page (wake on-call). */
enum class Severity { Info, Warning, Page };

/** ">", "<", ">=", "<=", "outside" — the spelling in rule files. */
QString comparisonName(Comparison comparison);
std::optional<Comparison> comparisonFromName(const QString &name);
/** "info", "warning", "page". */
QString severityName(Severity severity);
std::optional<Severity> severityFromName(const QString &name);

/**
 * Prometheus-style durations: "90s", "5m", "1h30m", "2d", "250ms", "0s".
 * Fails with a message naming what is wrong (the caller adds the field).
 */
Result<std::chrono::milliseconds> parseDuration(const QString &text);
/** The shortest such spelling: 5400000 ms → "1h30m", 0 → "0s". */
QString formatDuration(std::chrono::milliseconds duration);

/**
 * The two windows of a multi-window burn-rate rule. The rule's expression
 * holds the placeholder `{{window}}` (e.g. `avg_over_time(x[{{window}}])`);
 * it is evaluated once with each window and the condition must hold for a
 * series in BOTH answers.
 */
struct BurnRateWindows
{
    std::chrono::milliseconds longWindow{0};
    std::chrono::milliseconds shortWindow{0};
    /** The burn rate the threshold stands for (14.4, 6, 1), for display; 0 when unknown. */
    double burnRate = 0;
    friend bool operator==(const BurnRateWindows &, const BurnRateWindows &) = default;
};

/**
 * One alert rule (docs/alert-rules.md).
 *
 * \code
 * Alerts::Rule rule;
 * rule.name = u"QueueDepthHigh"_s;
 * rule.expression = u"opsdeck_pipeline_queue_depth"_s;
 * rule.comparison = Alerts::Comparison::Greater;
 * rule.threshold = 50;
 * rule.forDuration = std::chrono::minutes(5);
 * rule.annotations[u"summary"_s] = u"Queue {{labels.queue}} holds {{value}} jobs"_s;
 * \endcode
 */
struct Rule
{
    QString name;                     ///< unique in a file; letters, digits, "_", "-", "."
    QString expression;               ///< PromQL (the embedded subset for the embedded source)
    Comparison comparison = Comparison::Greater;
    double threshold = 0;             ///< for >, <, >=, <=; the low bound for "outside"
    double thresholdHigh = 0;         ///< the high bound for "outside"
    std::chrono::milliseconds forDuration{0};
    Severity severity = Severity::Warning;
    QMap<QString, QString> labels;
    QMap<QString, QString> annotations;   ///< "summary", "description", …: {{value}}, {{labels.x}}
    QString source = QStringLiteral("embedded");
    std::optional<BurnRateWindows> burnRate;
    /** A firing series that stops answering is kept firing this long before it resolves as "no data". */
    std::chrono::milliseconds noDataTimeout{std::chrono::minutes(10)};

    /** True when \a value meets the condition; NaN never does. */
    bool conditionHolds(double value) const;
    /** "> 50", "outside [0.6, 0.8]". */
    QString conditionText() const;
    /** The expression to run; for burn-rate rules with `{{window}}` replaced by \a window. */
    QString expressionFor(std::chrono::milliseconds window) const;

    friend bool operator==(const Rule &, const Rule &) = default;
};

/** What is wrong with \a rule, one line per problem as "field: message"; empty when it is fine. */
QStringList validateRule(const Rule &rule);

/**
 * The seed's monitoring thresholds (system-design-devops.md, "Monitoring")
 * over the metric names the embedded services expose: deployment success
 * rate < 95 %, queue depth > 50, run failure rate > 10 % (pages on-call),
 * API latency (p95) > 1 s, worker utilisation outside 60–80 %, and the same
 * 1 s latency bound for log search.
 */
QList<Rule> defaultRules();

/**
 * The SRE workbook's multi-window burn-rate rules for \a slo (0..1) as the
 * planner computes them (Planner::burnRateAlertRules): 14.4× over 1 h and
 * 5 min (page), 6× over 6 h and 30 min (page), 1× over 3 d and 6 h
 * (warning: the workbook's "ticket"). \a errorRatioExpr gives the share of
 * failing events over a window and must contain `{{window}}`, e.g.
 * `avg_over_time(opsdeck_pipeline_run_failure_ratio[{{window}}])`. Names
 * get \a namePrefix in front ("DeploySlo" → "DeploySlo-slo-burn-1h").
 */
Result<QList<Rule>> burnRateRules(double slo, const QString &errorRatioExpr,
                                  const QString &namePrefix = QString());

} // namespace OpsDeck::Alerts
