// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "seriesdata.h"

#include <opsdeck/metrics/downsample.h>

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <span>

using namespace Qt::StringLiterals;

namespace OpsDeck::Capacity::Internal {

QString seriesName(const QMap<QString, QString> &labels)
{
    QStringList parts;
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        if (it.key() != u"__name__"_s)
            parts << u"%1=\"%2\""_s.arg(it.key(), it.value());
    }
    if (parts.isEmpty())
        return labels.value(u"__name__"_s);
    return u"{"_s + parts.join(u", "_s) + u"}"_s;
}

PanelData preparePanelData(const Result<QList<Backend::MetricSeries>> &result, double scale, int pixelWidth,
                           qint64 fromMs, qint64 toMs, qint64 stepMs)
{
    PanelData data;
    data.fromMs = fromMs;
    data.toMs = toMs;
    data.stepMs = stepMs;
    if (!result) {
        data.error = result.error();
        return data;
    }
    const QList<Backend::MetricSeries> &all = *result;
    data.omittedSeries = std::max(0, int(all.size()) - kMaxSeries);
    for (int i = 0; i < all.size() && i < kMaxSeries; ++i) {
        auto points = std::make_shared<QList<QPointF>>();
        points->reserve(all[i].samples.size());
        for (const Backend::Sample &s : all[i].samples)
            points->append({double(s.timestampMs), s.value * scale});
        PreparedSeries series;
        series.name = seriesName(all[i].labels);
        series.shown = Metrics::minMaxPerPixel(std::span<const QPointF>(points->constData(), size_t(points->size())),
                                               std::max(1, pixelWidth));
        if (points->size() > kCoarseAbove)
            series.coarse = std::make_shared<const QList<QPointF>>(Metrics::minMaxPerPixel(
                std::span<const QPointF>(points->constData(), size_t(points->size())), int(points->size() / kCoarseBucket)));
        series.full = std::move(points);
        data.series.append(std::move(series));
    }
    return data;
}

QList<QPointF> visibleSlice(const QList<QPointF> &full, double x0, double x1, int pixelWidth)
{
    const auto byX = [](const QPointF &p, double x) { return p.x() < x; };
    auto first = std::lower_bound(full.cbegin(), full.cend(), x0, byX);
    auto last = std::lower_bound(first, full.cend(), x1, byX);
    // One point beyond each edge keeps the line running to the frame.
    if (first != full.cbegin())
        --first;
    if (last != full.cend())
        ++last;
    if (first == last)
        return {};
    const std::span<const QPointF> window(&*first, size_t(last - first));
    return Metrics::minMaxPerPixel(window, std::max(1, pixelWidth));
}

QList<QPointF> visibleSlice(const PreparedSeries &series, double x0, double x1, int pixelWidth)
{
    if (!series.full)
        return {};
    if (series.coarse) {
        const auto byX = [](const QPointF &p, double x) { return p.x() < x; };
        const auto first = std::lower_bound(series.full->cbegin(), series.full->cend(), x0, byX);
        const auto last = std::lower_bound(first, series.full->cend(), x1, byX);
        // Many raw points per pixel: the coarse level's extremes draw the same picture.
        if (last - first > 16 * qsizetype(std::max(1, pixelWidth)))
            return visibleSlice(*series.coarse, x0, x1, pixelWidth);
    }
    return visibleSlice(*series.full, x0, x1, pixelWidth);
}

std::optional<QPointF> nearestPoint(const QList<QPointF> &points, double x)
{
    if (points.isEmpty())
        return std::nullopt;
    auto it = std::lower_bound(points.cbegin(), points.cend(), x, [](const QPointF &p, double v) { return p.x() < v; });
    if (it == points.cend())
        return points.last();
    if (it != points.cbegin() && std::abs(std::prev(it)->x() - x) < std::abs(it->x() - x))
        --it;
    return *it;
}

} // namespace OpsDeck::Capacity::Internal
