// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/alerts/rule.h"

#include "alertstr_p.h"

#include <opsdeck/planner/availability.h>

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace OpsDeck::Alerts {

Q_LOGGING_CATEGORY(lcAlerts, "opsdeck.embedded.alerts", QtWarningMsg)

namespace {
constexpr std::pair<Comparison, const char *> kComparisons[] = {
    {Comparison::Greater, ">"}, {Comparison::Less, "<"}, {Comparison::GreaterOrEqual, ">="},
    {Comparison::LessOrEqual, "<="}, {Comparison::Outside, "outside"}};
constexpr std::pair<Severity, const char *> kSeverities[] = {
    {Severity::Info, "info"}, {Severity::Warning, "warning"}, {Severity::Page, "page"}};
const QString kWindowPlaceholder = u"{{window}}"_s;
} // namespace

QString comparisonName(Comparison comparison)
{
    for (const auto &[c, name] : kComparisons)
        if (c == comparison)
            return QString::fromLatin1(name);
    return {};
}

std::optional<Comparison> comparisonFromName(const QString &name)
{
    for (const auto &[c, spelled] : kComparisons)
        if (name == QLatin1StringView(spelled))
            return c;
    return std::nullopt;
}

QString severityName(Severity severity)
{
    for (const auto &[s, name] : kSeverities)
        if (s == severity)
            return QString::fromLatin1(name);
    return {};
}

std::optional<Severity> severityFromName(const QString &name)
{
    for (const auto &[s, spelled] : kSeverities)
        if (name == QLatin1StringView(spelled))
            return s;
    return std::nullopt;
}

bool Rule::conditionHolds(double value) const
{
    if (std::isnan(value))
        return false;
    switch (comparison) {
    case Comparison::Greater: return value > threshold;
    case Comparison::Less: return value < threshold;
    case Comparison::GreaterOrEqual: return value >= threshold;
    case Comparison::LessOrEqual: return value <= threshold;
    case Comparison::Outside: return value < threshold || value > thresholdHigh;
    }
    return false;
}

QString Rule::conditionText() const
{
    if (comparison == Comparison::Outside)
        return u"outside [%1, %2]"_s.arg(threshold).arg(thresholdHigh);
    return comparisonName(comparison) + u' ' + QString::number(threshold);
}

QString Rule::expressionFor(std::chrono::milliseconds window) const
{
    QString out = expression;
    return out.replace(kWindowPlaceholder, formatDuration(window));
}

QStringList validateRule(const Rule &rule)
{
    QStringList problems;
    static const QRegularExpression namePattern(u"^[A-Za-z0-9_.\\-]+$"_s);
    if (rule.name.isEmpty())
        problems << u"name: "_s + Tr::tr("is empty");
    else if (!namePattern.match(rule.name).hasMatch())
        problems << u"name: "_s + Tr::tr("\"%1\" may only hold letters, digits, \"_\", \"-\" and \".\"").arg(rule.name);
    if (rule.expression.trimmed().isEmpty())
        problems << u"expr: "_s + Tr::tr("is empty");
    // JSON has no NaN or infinity, and a comparison with either means nothing.
    if (!std::isfinite(rule.threshold)
        || (rule.comparison == Comparison::Outside && !std::isfinite(rule.thresholdHigh)))
        problems << u"threshold: "_s + Tr::tr("must be a finite number");
    else if (rule.comparison == Comparison::Outside && !(rule.threshold <= rule.thresholdHigh))
        problems << u"threshold: "_s
                        + Tr::tr("the low bound %1 is above the high bound %2").arg(rule.threshold).arg(rule.thresholdHigh);
    if (rule.forDuration.count() < 0)
        problems << u"for: "_s + Tr::tr("must not be negative");
    if (rule.noDataTimeout.count() < 0)
        problems << u"noDataTimeout: "_s + Tr::tr("must not be negative");
    if (rule.source.isEmpty())
        problems << u"source: "_s + Tr::tr("is empty");
    const bool hasPlaceholder = rule.expression.contains(kWindowPlaceholder);
    if (rule.burnRate) {
        if (rule.burnRate->longWindow.count() <= 0)
            problems << u"burnRate.longWindow: "_s + Tr::tr("must be longer than 0s");
        if (rule.burnRate->shortWindow.count() <= 0)
            problems << u"burnRate.shortWindow: "_s + Tr::tr("must be longer than 0s");
        if (rule.burnRate->shortWindow >= rule.burnRate->longWindow)
            problems << u"burnRate.shortWindow: "_s
                            + Tr::tr("%1 must be shorter than the long window %2")
                                  .arg(formatDuration(rule.burnRate->shortWindow), formatDuration(rule.burnRate->longWindow));
        if (!hasPlaceholder)
            problems << u"expr: "_s + Tr::tr("a burn-rate rule's expression needs {{window}} where the window goes, e.g. rate(x[{{window}}])");
    } else if (hasPlaceholder) {
        problems << u"expr: "_s + Tr::tr("{{window}} only makes sense in a burn-rate rule (add \"burnRate\")");
    }
    return problems;
}

namespace {
Rule makeRule(const QString &name, const QString &expr, Comparison comparison, double threshold,
              std::chrono::milliseconds forDuration, Severity severity, const QString &summary)
{
    Rule r;
    r.name = name;
    r.expression = expr;
    r.comparison = comparison;
    r.threshold = threshold;
    r.forDuration = forDuration;
    r.severity = severity;
    r.annotations.insert(u"summary"_s, summary);
    return r;
}
} // namespace

QList<Rule> defaultRules()
{
    using namespace std::chrono_literals;
    QList<Rule> out;
    // Summaries are stored in the rule file and shown as written, like
    // Prometheus annotations: they are not run through tr() at display time.
    out << makeRule(u"DeploymentSuccessRateLow"_s, u"opsdeck_pipeline_deployment_success_ratio"_s,
                    Comparison::Less, 0.95, 15min, Severity::Warning,
                    u"Deployment success rate is {{value}} (target: 0.95 or more)"_s);
    out << makeRule(u"QueueDepthHigh"_s, u"opsdeck_pipeline_queue_depth"_s, Comparison::Greater, 50, 5min,
                    Severity::Warning, u"{{value}} jobs are waiting in queue {{labels.queue}} (alert above 50)"_s);
    Rule failures = makeRule(u"DeploymentFailureRateHigh"_s, u"opsdeck_pipeline_run_failure_ratio"_s,
                             Comparison::Greater, 0.10, 5min, Severity::Page,
                             u"Failure rate is {{value}} (above 0.10): page on-call"_s);
    failures.labels.insert(u"notify"_s, u"on-call"_s);
    out << failures;
    out << makeRule(u"ApiLatencyHigh"_s,
                    u"histogram_quantile(0.95, sum by (le) (rate(opsdeck_http_request_duration_seconds_bucket[5m])))"_s,
                    Comparison::Greater, 1.0, 5min, Severity::Warning,
                    u"API p95 latency is {{value}} s (above 1 s): investigate"_s);
    Rule utilisation = makeRule(u"WorkerUtilisationOutsideTarget"_s, u"opsdeck_pipeline_worker_utilisation_ratio"_s,
                                Comparison::Outside, 0.60, 15min, Severity::Info,
                                u"Worker utilisation is {{value}} (target 0.60 to 0.80)"_s);
    utilisation.thresholdHigh = 0.80;
    out << utilisation;
    out << makeRule(u"LogSearchLatencyHigh"_s,
                    u"histogram_quantile(0.95, sum by (le) (rate(opsdeck_log_search_duration_seconds_bucket[5m])))"_s,
                    Comparison::Greater, 1.0, 10min, Severity::Warning,
                    u"Log search p95 latency is {{value}} s (above 1 s)"_s);
    out << makeRule(u"VaultAccessDenied"_s,
                    u"sum(increase(opsdeck_vault_operations_total{result=~\"permission-denied|unauthenticated\"}[10m]))"_s,
                    Comparison::Greater, 5, 0min, Severity::Warning,
                    u"{{value}} vault requests were refused (denied or unauthenticated) in 10 minutes: check the audit log"_s);
    return out;
}

Result<QList<Rule>> burnRateRules(double slo, const QString &errorRatioExpr, const QString &namePrefix)
{
    if (!(slo > 0 && slo < 1))
        return fail(ErrorCode::InvalidArgument, Tr::tr("Cannot make burn-rate rules."),
                    u"slo: "_s + Tr::tr("%1 must be between 0 and 1 (exclusive), e.g. 0.999").arg(slo));
    if (!errorRatioExpr.contains(kWindowPlaceholder))
        return fail(ErrorCode::InvalidArgument, Tr::tr("Cannot make burn-rate rules."),
                    u"errorRatioExpr: "_s + Tr::tr("needs {{window}} where the window goes, e.g. avg_over_time(x[{{window}}])"));
    QList<Rule> out;
    for (const Planner::BurnRateAlertRule &p : Planner::burnRateAlertRules(slo)) {
        Rule r;
        r.name = namePrefix.isEmpty() ? p.name : namePrefix + u'-' + p.name;
        r.expression = errorRatioExpr;
        r.comparison = Comparison::Greater;
        r.threshold = p.errorRateThreshold;
        // The workbook's rules have no for-duration: the short window is what
        // makes them stop quickly once the burning stops.
        r.forDuration = std::chrono::milliseconds(0);
        // The workbook says "ticket" for the slow burn; our severities have no
        // ticket, and a warning (a notification, no page) is what it means here.
        r.severity = p.severity == u"page"_s ? Severity::Page : Severity::Warning;
        BurnRateWindows w;
        w.longWindow = std::chrono::milliseconds(qint64(p.longWindowS * 1000));
        w.shortWindow = std::chrono::milliseconds(qint64(p.shortWindowS * 1000));
        w.burnRate = p.burnRate;
        r.burnRate = w;
        r.labels.insert(u"slo"_s, QString::number(slo));
        r.annotations.insert(u"summary"_s,
                             u"Error budget burning at %1x: error ratio {{value}} over %2 (threshold %3, %4 % of the 30-day budget)"_s
                                 .arg(p.burnRate)
                                 .arg(formatDuration(w.longWindow))
                                 .arg(p.errorRateThreshold)
                                 .arg(p.budgetConsumed * 100));
        out << r;
    }
    return out;
}

} // namespace OpsDeck::Alerts
