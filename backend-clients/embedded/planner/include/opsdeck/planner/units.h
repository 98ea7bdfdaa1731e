// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/result.h>

#include <QString>

namespace OpsDeck::Planner {

/**
 * What a number measures. Every value is held in its dimension's base unit
 * (the comment); text in and out converts with the unit's factor.
 *
 * Conventions (docs/capacity-scenarios.md): byte prefixes are SI (1 KB = 1000 B;
 * KiB, MiB … are binary); a month is 30 days and a year 365 days; money is USD.
 */
enum class Dimension {
    Count,    ///< plain number: servers, replicas, a factor ("10", "10x")
    Percent,  ///< fraction 0..1, written "60 %"
    Rate,     ///< events per second, written "10000 /day", "1.2 /s", "120 per hour"
    Bytes,    ///< bytes, written "100 MB", "3.65 PB"
    ByteRate, ///< bytes per second, written "1 GB/day", "417 GB/h"
    Duration, ///< seconds, written "10 min", "30 d"
    Vcpu,     ///< virtual CPUs, written "2 vCPU"
    Money,    ///< USD per month, written "700 USD/month", "$700/month"
    Price,    ///< USD per byte per month, written "23 USD/TB/month", "0.023 USD per GB per month"
};

/** "a rate", "a size in bytes" …: the dimension as a reader names it (translated). */
QString dimensionName(Dimension dimension);
/** A well-formed value of \a dimension, for error messages ("10000 /day"). */
QString dimensionExample(Dimension dimension);
/** The unit a value of \a dimension is shown in when nothing else is asked for. */
QString baseUnitText(Dimension dimension);

/** A value read from text: the number in its base unit, and what it measures. */
struct Measure
{
    double base = 0;
    Dimension dimension = Dimension::Count;
};

/**
 * Reads "100 MB", "10,000 /day", "99.99 %", "$700/month", "2 vCPU", "10x".
 * Fails with InvalidArgument and a message that says what is wrong (no number,
 * unknown unit, not finite) when the text is not a value.
 */
Result<Measure> parseMeasure(const QString &text);

/** The factor of \a unit within \a dimension (e.g. "TB/day" in ByteRate); 0 when unknown. */
double unitFactor(const QString &unit, Dimension dimension);

/** A value ready for display: the number in \a unit. */
struct Shown
{
    double value = 0;
    QString unit;
};

/**
 * \a base shown in \a unit when given (e.g. "TB/day", "min"), otherwise in a
 * unit picked for its size: bytes get the SI prefix that leaves 1 ≤ value < 1000,
 * durations s, min, h or d, percentages "%".
 */
Shown show(double base, Dimension dimension, const QString &unit = {});

/** Four significant digits, no exponent between 1e-4 and 1e15, no trailing zeros: "0.1157", "3.65". */
QString formatNumber(double value);
/** formatNumber() of the shown value and its unit: "3.65 PB", "43.2 min". */
QString formatMeasure(double base, Dimension dimension, const QString &unit = {});

} // namespace OpsDeck::Planner
