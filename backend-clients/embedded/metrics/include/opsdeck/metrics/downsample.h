// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QPointF>

#include <span>

/**
 * \file
 * Reducing a long series to what a chart of a given pixel width can show,
 * off the GUI thread. Both functions are pure and take points sorted by x
 * (time); points whose y is NaN are skipped (they are gaps, not values).
 *
 * \code
 * const QList<QPointF> shown = OpsDeck::Metrics::minMaxPerPixel(points, chartWidthPx);
 * series->replace(shown);   // once per refresh, never append() point by point
 * \endcode
 */
namespace OpsDeck::Metrics {

/**
 * Largest-Triangle-Three-Buckets: at most \a threshold points that keep the
 * visual shape. The first and last points are always kept. Returns the input
 * unchanged when it has no more than \a threshold points or threshold < 3.
 */
QList<QPointF> lttb(std::span<const QPointF> points, int threshold);

/**
 * Splits [first x, last x] into \a pixelWidth equal buckets and keeps, per
 * bucket, its first, minimum, maximum and last point, in x order (at most 4
 * per bucket, fewer when they coincide). Every bucket's extremes survive, so
 * spikes never vanish. Returns the input unchanged when it has no more than
 * 4 × pixelWidth points or pixelWidth < 1.
 */
QList<QPointF> minMaxPerPixel(std::span<const QPointF> points, int pixelWidth);

} // namespace OpsDeck::Metrics
