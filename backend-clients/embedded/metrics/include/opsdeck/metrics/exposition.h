// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "opsdeck/metrics/registry.h"

#include <QByteArray>
#include <QList>

namespace OpsDeck::Metrics {

/** The Content-Type of formatExposition()'s output. */
inline constexpr char kExpositionContentType[] = "text/plain; version=0.0.4; charset=utf-8";

/**
 * \a families in the Prometheus text format 0.0.4: "# HELP" and "# TYPE" per
 * family, one line per sample, label values escaped (\\, \", \\n), histograms as
 * name_bucket{le="…"} (cumulative, ending with le="+Inf"), name_sum and
 * name_count. Values use the shortest exact decimal form, +Inf, -Inf, NaN.
 */
QByteArray formatExposition(const QList<FamilySnapshot> &families);

/** A sample as the store keeps it: full labels (with "__name__") and a value. */
struct FlatSample
{
    Labels labels;
    double value = 0;
};

/** The samples formatExposition() would print, for the collector to store. */
QList<FlatSample> flatten(const QList<FamilySnapshot> &families);

/** Formats \a value the way the exposition format and PromQL print numbers. */
QByteArray formatValue(double value);

} // namespace OpsDeck::Metrics
