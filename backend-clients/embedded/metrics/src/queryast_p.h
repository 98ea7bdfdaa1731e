// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// The syntax tree of the PromQL subset (docs/metrics-query.md).

#include "opsdeck/metrics/labels.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <memory>

namespace OpsDeck::Metrics::Internal {

enum class MatchOp { Equal, NotEqual, Regex, NotRegex };

struct LabelMatcher
{
    QString name;
    MatchOp op = MatchOp::Equal;
    QString value;
    QRegularExpression regex; ///< anchored, for Regex / NotRegex

    bool matches(const QString &labelValue) const
    {
        switch (op) {
        case MatchOp::Equal:
            return labelValue == value;
        case MatchOp::NotEqual:
            return labelValue != value;
        case MatchOp::Regex:
            return regex.match(labelValue).hasMatch();
        case MatchOp::NotRegex:
            return !regex.match(labelValue).hasMatch();
        }
        return false;
    }
};

enum class NodeKind { Number, Selector, Call, Aggregate, Binary, Negate };
enum class Func { Rate, Increase, AvgOverTime, MaxOverTime, MinOverTime, SumOverTime, CountOverTime,
                  HistogramQuantile };
enum class AggOp { Sum, Avg, Min, Max, Count };
enum class BinOp { Add, Sub, Mul, Div, Mod, Pow, Eq, Ne, Gt, Lt, Ge, Le };
enum class ValueType { Scalar, Vector, Matrix };

struct Node;
using NodePtr = std::shared_ptr<Node>;

struct Node
{
    NodeKind kind = NodeKind::Number;
    qsizetype pos = 0; ///< offset in the expression, for messages

    double number = 0;

    // Selector: metric{matchers}[range] offset
    QString metric;
    QList<LabelMatcher> matchers;
    qint64 rangeMs = 0; ///< > 0: a range (matrix) selector
    qint64 offsetMs = 0;

    // Call
    Func func = Func::Rate;
    QList<NodePtr> args;

    // Aggregate (args[0] is the operand)
    AggOp agg = AggOp::Sum;
    QStringList grouping;
    bool without = false;
    bool grouped = false;

    // Binary (args[0] op args[1]) and Negate (args[0])
    BinOp op = BinOp::Add;
    bool boolModifier = false;

    ValueType type() const
    {
        switch (kind) {
        case NodeKind::Number:
            return ValueType::Scalar;
        case NodeKind::Selector:
            return rangeMs > 0 ? ValueType::Matrix : ValueType::Vector;
        case NodeKind::Call:
        case NodeKind::Aggregate:
            return ValueType::Vector;
        case NodeKind::Negate:
            return args.at(0)->type();
        case NodeKind::Binary:
            return args.at(0)->type() == ValueType::Scalar && args.at(1)->type() == ValueType::Scalar
                       ? ValueType::Scalar : ValueType::Vector;
        }
        return ValueType::Scalar;
    }
};

inline bool isComparison(BinOp op)
{
    return op == BinOp::Eq || op == BinOp::Ne || op == BinOp::Gt || op == BinOp::Lt
           || op == BinOp::Ge || op == BinOp::Le;
}

} // namespace OpsDeck::Metrics::Internal
