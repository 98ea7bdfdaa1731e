// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/metrics/query.h"

#include "metricstr_p.h"
#include "queryparser_p.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <unordered_map>
#include <optional>

namespace OpsDeck::Metrics {

using namespace Internal;
using Backend::MetricSeries;
using Backend::Sample;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct VSample
{
    Labels labels;
    double value = 0;
};

struct Value
{
    bool scalar = false;
    double number = 0;
    std::vector<VSample> vector;
};

/** The data each selector needs, read once for the whole query. */
using Prefetched = std::unordered_map<const Node *, std::vector<SelectedSeries>>;

void collectSelectors(const NodePtr &node, QList<const Node *> &out)
{
    if (node->kind == NodeKind::Selector)
        out.append(node.get());
    for (const NodePtr &arg : node->args)
        collectSelectors(arg, out);
}

qint64 smallestRange(const NodePtr &node)
{
    qint64 smallest = std::numeric_limits<qint64>::max();
    if (node->kind == NodeKind::Selector && node->rangeMs > 0)
        smallest = node->rangeMs;
    for (const NodePtr &arg : node->args)
        smallest = std::min(smallest, smallestRange(arg));
    return smallest;
}

Resolution chooseResolution(const NodePtr &root, qint64 stepMs)
{
    const qint64 range = smallestRange(root);
    // A window needs at least two buckets for rate() and friends to see a change.
    if (stepMs >= kHourMs && range >= 2 * kHourMs)
        return Resolution::Hour;
    if (stepMs >= kMinuteMs && range >= 2 * kMinuteMs)
        return Resolution::Minute;
    return Resolution::Raw;
}

qint64 lookbackFor(Resolution resolution, const QueryOptions &options)
{
    // An hour rollup's point sits at its newest sample: look back a bucket more.
    return resolution == Resolution::Hour ? options.lookbackMs + kHourMs : options.lookbackMs;
}

Prefetched prefetch(const MetricsStore &store, const NodePtr &root, qint64 startMs, qint64 endMs,
                    Resolution resolution, qint64 lookbackMs)
{
    QList<const Node *> selectors;
    collectSelectors(root, selectors);
    Prefetched out;
    for (const Node *sel : std::as_const(selectors)) {
        const qint64 window = sel->rangeMs > 0 ? sel->rangeMs : lookbackMs;
        const QList<LabelMatcher> matchers = sel->matchers;
        out.insert_or_assign(sel, store.select(
                            sel->metric,
                            [&matchers](const Labels &labels) {
                                return std::all_of(matchers.cbegin(), matchers.cend(), [&labels](const LabelMatcher &m) {
                                    return m.matches(labels.value(m.name));
                                });
                            },
                            startMs - sel->offsetMs - window, endMs - sel->offsetMs, resolution));
    }
    return out;
}

/** Points with from < ts <= to (binary search over the time-ordered points). */
std::pair<const Point *, const Point *> window(const std::vector<Point> &points, qint64 from, qint64 to)
{
    const auto begin = std::upper_bound(points.cbegin(), points.cend(), from,
                                        [](qint64 t, const Point &p) { return t < p.ts; });
    const auto end = std::upper_bound(begin, points.cend(), to, [](qint64 t, const Point &p) { return t < p.ts; });
    return {points.data() + (begin - points.cbegin()), points.data() + (end - points.cbegin())};
}

Labels withoutName(Labels labels)
{
    labels.remove(nameLabel());
    return labels;
}

/** increase()/rate() over counter points, extrapolated to the window's edges like Prometheus. */
std::optional<double> extrapolatedIncrease(const Point *begin, const Point *end, qint64 from, qint64 to)
{
    const auto n = end - begin;
    if (n < 2)
        return std::nullopt;
    double delta = 0;
    for (const Point *p = begin + 1; p != end; ++p) {
        const double step = p->last - (p - 1)->last;
        // A counter that went down was reset: the new value counts from zero.
        delta += step >= 0 ? step : p->last;
    }
    const double first = begin->last;
    const double sampled = double((end - 1)->ts - begin->ts) / 1000.0;
    if (sampled <= 0)
        return std::nullopt;
    const double average = sampled / double(n - 1);
    double toStart = double(begin->ts - from) / 1000.0;
    const double toEnd = double(to - (end - 1)->ts) / 1000.0;
    if (delta > 0 && first >= 0) {
        // A counter does not go below zero: do not extrapolate past that point.
        const double toZero = sampled * (first / delta);
        toStart = std::min(toStart, toZero);
    }
    const double threshold = average * 1.1;
    double extrapolated = sampled;
    extrapolated += toStart < threshold ? toStart : average / 2;
    extrapolated += toEnd < threshold ? toEnd : average / 2;
    return delta * (extrapolated / sampled);
}

std::optional<double> overTime(Func func, const Point *begin, const Point *end)
{
    if (begin == end)
        return std::nullopt;
    double sum = 0;
    double count = 0;
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();
    for (const Point *p = begin; p != end; ++p) {
        sum += p->sum;
        count += p->count;
        min = std::min(min, p->min);
        max = std::max(max, p->max);
    }
    switch (func) {
    case Func::AvgOverTime:
        return count > 0 ? sum / count : kNaN;
    case Func::MaxOverTime:
        return max;
    case Func::MinOverTime:
        return min;
    case Func::SumOverTime:
        return sum;
    case Func::CountOverTime:
        return count;
    default:
        return std::nullopt;
    }
}

double applyOp(BinOp op, double a, double b)
{
    switch (op) {
    case BinOp::Add: return a + b;
    case BinOp::Sub: return a - b;
    case BinOp::Mul: return a * b;
    case BinOp::Div: return a / b;
    case BinOp::Mod: return std::fmod(a, b);
    case BinOp::Pow: return std::pow(a, b);
    case BinOp::Eq: return a == b;
    case BinOp::Ne: return a != b;
    case BinOp::Gt: return a > b;
    case BinOp::Lt: return a < b;
    case BinOp::Ge: return a >= b;
    case BinOp::Le: return a <= b;
    }
    return kNaN;
}

double bucketBound(const QString &le, bool *ok)
{
    if (le == u"+Inf" || le == u"Inf" || le == u"inf") {
        *ok = true;
        return std::numeric_limits<double>::infinity();
    }
    return le.toDouble(ok);
}

double quantile(double phi, std::vector<std::pair<double, double>> buckets)
{
    if (std::isnan(phi))
        return kNaN;
    if (phi < 0)
        return -std::numeric_limits<double>::infinity();
    if (phi > 1)
        return std::numeric_limits<double>::infinity();
    std::sort(buckets.begin(), buckets.end());
    if (buckets.size() < 2 || !std::isinf(buckets.back().first))
        return kNaN;
    // Counts scraped mid-update can dip; a cumulative count never does.
    for (std::size_t i = 1; i < buckets.size(); ++i)
        buckets[i].second = std::max(buckets[i].second, buckets[i - 1].second);
    const double total = buckets.back().second;
    if (total <= 0)
        return kNaN;
    const double rank = phi * total;
    std::size_t i = 0;
    while (i < buckets.size() - 1 && buckets[i].second < rank)
        ++i;
    if (i == buckets.size() - 1)
        return buckets[buckets.size() - 2].first;
    const double upper = buckets[i].first;
    if (i == 0 && upper <= 0)
        return upper;
    const double lower = i == 0 ? 0 : buckets[i - 1].first;
    const double below = i == 0 ? 0 : buckets[i - 1].second;
    const double inBucket = buckets[i].second - below;
    if (inBucket <= 0)
        return upper;
    return lower + (upper - lower) * ((rank - below) / inBucket);
}

class Evaluator
{
public:
    Evaluator(const Prefetched &data, qint64 lookbackMs) : m_data(data), m_lookback(lookbackMs) {}

    Value eval(const Node &node, qint64 t) const
    {
        switch (node.kind) {
        case NodeKind::Number:
            return Value{true, node.number, {}};
        case NodeKind::Selector:
            return instantSelector(node, t);
        case NodeKind::Call:
            return call(node, t);
        case NodeKind::Aggregate:
            return aggregate(node, t);
        case NodeKind::Negate: {
            Value v = eval(*node.args[0], t);
            v.number = -v.number;
            for (VSample &s : v.vector) {
                s.value = -s.value;
                s.labels = withoutName(std::move(s.labels));
            }
            return v;
        }
        case NodeKind::Binary:
            return binary(node, t);
        }
        return {};
    }

private:
    /** By reference: QHash::value() would copy every point at every step. */
    const std::vector<SelectedSeries> &series(const Node *selector) const
    {
        static const std::vector<SelectedSeries> none;
        const auto it = m_data.find(selector);
        return it == m_data.cend() ? none : it->second;
    }

    Value instantSelector(const Node &node, qint64 t) const
    {
        Value out;
        const qint64 at = t - node.offsetMs;
        for (const SelectedSeries &s : series(&node)) {
            const auto [begin, end] = window(s.points, at - m_lookback, at);
            if (begin != end)
                out.vector.push_back({s.labels, (end - 1)->last});
        }
        return out;
    }

    Value call(const Node &node, qint64 t) const
    {
        Value out;
        if (node.func == Func::HistogramQuantile) {
            const Value phi = eval(*node.args[0], t);
            const Value buckets = eval(*node.args[1], t);
            std::map<QString, std::pair<Labels, std::vector<std::pair<double, double>>>> groups;
            for (const VSample &s : buckets.vector) {
                bool ok = false;
                const double bound = bucketBound(s.labels.value(QStringLiteral("le")), &ok);
                if (!ok)
                    continue;
                Labels key = withoutName(s.labels);
                key.remove(QStringLiteral("le"));
                auto &group = groups[labelsKey(key)];
                group.first = key;
                group.second.emplace_back(bound, s.value);
            }
            for (auto &[key, group] : groups)
                out.vector.push_back({group.first, quantile(phi.number, group.second)});
            return out;
        }
        const Node &sel = *node.args[0];
        const qint64 to = t - sel.offsetMs;
        const qint64 from = to - sel.rangeMs;
        for (const SelectedSeries &s : series(&sel)) {
            const auto [begin, end] = window(s.points, from, to);
            std::optional<double> v;
            if (node.func == Func::Rate || node.func == Func::Increase) {
                v = extrapolatedIncrease(begin, end, from, to);
                if (v && node.func == Func::Rate)
                    *v /= double(sel.rangeMs) / 1000.0;
            } else {
                v = overTime(node.func, begin, end);
            }
            if (v)
                out.vector.push_back({withoutName(s.labels), *v});
        }
        return out;
    }

    Value aggregate(const Node &node, qint64 t) const
    {
        const Value in = eval(*node.args[0], t);
        struct Group
        {
            Labels labels;
            double sum = 0;
            double count = 0;
            double min = std::numeric_limits<double>::infinity();
            double max = -std::numeric_limits<double>::infinity();
        };
        std::map<QString, Group> groups;
        for (const VSample &s : in.vector) {
            Labels key;
            if (node.without) {
                key = withoutName(s.labels);
                for (const QString &label : node.grouping)
                    key.remove(label);
            } else {
                for (const QString &label : node.grouping) {
                    if (s.labels.contains(label))
                        key.insert(label, s.labels.value(label));
                }
            }
            Group &g = groups[labelsKey(key)];
            g.labels = key;
            g.sum += s.value;
            g.count += 1;
            if (!std::isnan(s.value)) {
                g.min = std::min(g.min, s.value);
                g.max = std::max(g.max, s.value);
            }
        }
        Value out;
        for (const auto &[key, g] : groups) {
            double v = 0;
            switch (node.agg) {
            case AggOp::Sum: v = g.sum; break;
            case AggOp::Avg: v = g.sum / g.count; break;
            case AggOp::Count: v = g.count; break;
            case AggOp::Min: v = std::isinf(g.min) && g.min > 0 ? kNaN : g.min; break;
            case AggOp::Max: v = std::isinf(g.max) && g.max < 0 ? kNaN : g.max; break;
            }
            out.vector.push_back({g.labels, v});
        }
        return out;
    }

    Value binary(const Node &node, qint64 t) const
    {
        const Value lhs = eval(*node.args[0], t);
        const Value rhs = eval(*node.args[1], t);
        if (lhs.scalar && rhs.scalar)
            return Value{true, applyOp(node.op, lhs.number, rhs.number), {}};
        const bool vectorLeft = !lhs.scalar;
        const Value &vec = vectorLeft ? lhs : rhs;
        const double number = vectorLeft ? rhs.number : lhs.number;
        Value out;
        for (const VSample &s : vec.vector) {
            const double a = vectorLeft ? s.value : number;
            const double b = vectorLeft ? number : s.value;
            const double r = applyOp(node.op, a, b);
            if (!isComparison(node.op)) {
                out.vector.push_back({withoutName(s.labels), r});
            } else if (node.boolModifier) {
                out.vector.push_back({withoutName(s.labels), r});
            } else if (r != 0) {
                // A filter keeps the series as it is, name included.
                out.vector.push_back({s.labels, s.value});
            }
        }
        return out;
    }

    const Prefetched &m_data;
    qint64 m_lookback;
};

Error invalid(const QString &field, const QString &what)
{
    return fail(ErrorCode::InvalidArgument, Tr::tr("Invalid metrics query."), field + QStringLiteral(": ") + what);
}

} // namespace

Result<> checkQuery(const QString &expression)
{
    auto root = parseQuery(expression);
    if (!root)
        return root.error();
    return {};
}

Result<Resolution> rangeResolution(const QString &expression, qint64 stepMs)
{
    auto root = parseQuery(expression);
    if (!root)
        return root.error();
    return chooseResolution(*root, stepMs);
}

Result<QList<MetricSeries>> evaluateInstant(const MetricsStore &store, const QString &expression, qint64 atMs,
                                            const QueryOptions &options)
{
    auto root = parseQuery(expression);
    if (!root)
        return root.error();
    const NodePtr node = *root;
    const Prefetched data = prefetch(store, node, atMs, atMs, Resolution::Raw, options.lookbackMs);
    QList<MetricSeries> out;
    if (node->type() == ValueType::Matrix) {
        const qint64 to = atMs - node->offsetMs;
        for (const SelectedSeries &s : data.at(node.get())) {
            const auto [begin, end] = window(s.points, to - node->rangeMs, to);
            if (begin == end)
                continue;
            MetricSeries series;
            series.labels = s.labels;
            for (const Point *p = begin; p != end; ++p)
                series.samples.append(Sample{p->ts, p->last});
            out.append(series);
        }
    } else {
        const Value v = Evaluator(data, options.lookbackMs).eval(*node, atMs);
        if (v.scalar)
            out.append(MetricSeries{{}, {Sample{atMs, v.number}}});
        for (const VSample &s : v.vector)
            out.append(MetricSeries{s.labels, {Sample{atMs, s.value}}});
    }
    std::sort(out.begin(), out.end(), [](const MetricSeries &a, const MetricSeries &b) {
        return labelsKey(a.labels) < labelsKey(b.labels);
    });
    return out;
}

Result<QList<MetricSeries>> evaluateRange(const MetricsStore &store, const QString &expression, qint64 startMs,
                                          qint64 endMs, qint64 stepMs, const QueryOptions &options)
{
    if (stepMs <= 0)
        return invalid(QStringLiteral("step"), Tr::tr("must be longer than zero"));
    if (endMs < startMs)
        return invalid(QStringLiteral("end"), Tr::tr("must not be before start"));
    const qint64 steps = (endMs - startMs) / stepMs + 1;
    if (steps > options.maxSteps) {
        return invalid(QStringLiteral("step"),
                       Tr::tr("%1 points per series exceed the limit of %2; use a step of at least %3 s")
                           .arg(steps).arg(options.maxSteps)
                           .arg(std::ceil(double(endMs - startMs) / double(options.maxSteps - 1) / 1000.0)));
    }
    auto root = parseQuery(expression);
    if (!root)
        return root.error();
    const NodePtr node = *root;
    if (node->type() == ValueType::Matrix) {
        return fail(ErrorCode::Parse, Tr::tr("The metrics expression cannot be read."),
                    QStringLiteral("1:1: ") + Tr::tr("a range query needs an instant vector or a number; wrap the range selector in a function such as rate()"));
    }
    const Resolution resolution = chooseResolution(node, stepMs);
    const qint64 lookback = lookbackFor(resolution, options);
    const Prefetched data = prefetch(store, node, startMs, endMs, resolution, lookback);
    const Evaluator evaluator(data, lookback);
    std::map<QString, MetricSeries> series;
    for (qint64 t = startMs; t <= endMs; t += stepMs) {
        const Value v = evaluator.eval(*node, t);
        if (v.scalar) {
            MetricSeries &s = series[QString()];
            s.samples.append(Sample{t, v.number});
            continue;
        }
        for (const VSample &sample : v.vector) {
            MetricSeries &s = series[labelsKey(sample.labels)];
            if (s.samples.isEmpty())
                s.labels = sample.labels;
            s.samples.append(Sample{t, sample.value});
        }
    }
    QList<MetricSeries> out;
    out.reserve(qsizetype(series.size()));
    for (auto &[key, s] : series)
        out.append(std::move(s));
    return out;
}

} // namespace OpsDeck::Metrics
