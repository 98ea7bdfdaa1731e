// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/metricssource.h>
#include <opsdeck/api/result.h>

#include <QList>
#include <QPointF>
#include <QString>

#include <memory>
#include <optional>

namespace OpsDeck::Capacity::Internal {

/** One series ready for a chart: every point (x = ms since the epoch) and what is drawn at the panel's width. */
struct PreparedSeries
{
    QString name;                                ///< `{pool="deploy"}` or the metric name
    std::shared_ptr<const QList<QPointF>> full;  ///< every point, shared, never copied on the GUI thread
    QList<QPointF> shown;                        ///< min/max per pixel of \c full
    /**
     * For long series (over kCoarseAbove points): min/max over buckets of
     * about kCoarseBucket points, so a zoomed-out frame scans this instead of
     * every point. Extremes survive, so nothing a pixel could show is lost.
     */
    std::shared_ptr<const QList<QPointF>> coarse;
};

inline constexpr qsizetype kCoarseAbove = 200'000;
inline constexpr qsizetype kCoarseBucket = 64;

/** What one panel refresh hands to the GUI thread. */
struct PanelData
{
    std::optional<Error> error;
    QList<PreparedSeries> series;
    int omittedSeries = 0;  ///< beyond kMaxSeries
    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 stepMs = 0;
};

inline constexpr int kMaxSeries = 8;

/** `{a="1", b="2"}` without `__name__`; the name alone when there are no other labels. */
QString seriesName(const QMap<QString, QString> &labels);

/**
 * The worker half of a refresh (off the GUI thread): samples × \a scale to
 * points, then min/max per pixel at \a pixelWidth (extremes kept). At most
 * kMaxSeries series, the rest counted.
 */
PanelData preparePanelData(const Result<QList<Backend::MetricSeries>> &result, double scale, int pixelWidth,
                           qint64 fromMs, qint64 toMs, qint64 stepMs);

/** The points of \a full within [x0, x1] (plus one on each side), reduced to \a pixelWidth. */
QList<QPointF> visibleSlice(const QList<QPointF> &full, double x0, double x1, int pixelWidth);
/** visibleSlice() of \a series, reading its coarse level when the window holds many points per pixel. */
QList<QPointF> visibleSlice(const PreparedSeries &series, double x0, double x1, int pixelWidth);

/** The point of \a points nearest to \a x (binary search), or nullopt when empty. */
std::optional<QPointF> nearestPoint(const QList<QPointF> &points, double x);

} // namespace OpsDeck::Capacity::Internal
