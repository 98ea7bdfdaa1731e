// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/metrics/downsample.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace OpsDeck::Metrics {

namespace {
QList<QPointF> withoutNaN(std::span<const QPointF> points)
{
    QList<QPointF> out;
    out.reserve(qsizetype(points.size()));
    for (const QPointF &p : points) {
        if (!std::isnan(p.y()))
            out.append(p);
    }
    return out;
}

bool hasNaN(std::span<const QPointF> points)
{
    return std::any_of(points.begin(), points.end(), [](const QPointF &p) { return std::isnan(p.y()); });
}
} // namespace

QList<QPointF> lttb(std::span<const QPointF> input, int threshold)
{
    QList<QPointF> clean;
    if (hasNaN(input)) {
        clean = withoutNaN(input);
        input = std::span<const QPointF>(clean.constData(), std::size_t(clean.size()));
    }
    const std::size_t n = input.size();
    if (threshold < 3 || n <= std::size_t(threshold))
        return QList<QPointF>(input.begin(), input.end());

    QList<QPointF> out;
    out.reserve(threshold);
    out.append(input[0]);
    // The points between the first and the last go into threshold - 2 buckets.
    const double every = double(n - 2) / double(threshold - 2);
    std::size_t selected = 0;
    for (int bucket = 0; bucket < threshold - 2; ++bucket) {
        const std::size_t begin = std::size_t(std::floor(bucket * every)) + 1;
        const std::size_t end = std::min(std::size_t(std::floor((bucket + 1) * every)) + 1, n - 1);
        // The third corner: the average of the next bucket (the last point for the last bucket).
        const std::size_t nextBegin = end;
        const std::size_t nextEnd = std::min(std::size_t(std::floor((bucket + 2) * every)) + 1, n);
        double avgX = 0;
        double avgY = 0;
        for (std::size_t i = nextBegin; i < nextEnd; ++i) {
            avgX += input[i].x();
            avgY += input[i].y();
        }
        const double count = double(std::max<std::size_t>(nextEnd - nextBegin, 1));
        avgX /= count;
        avgY /= count;

        const QPointF a = input[selected];
        double bestArea = -1;
        std::size_t best = begin;
        for (std::size_t i = begin; i < end; ++i) {
            // Twice the triangle's area; the factor does not change the winner.
            const double area = std::abs((a.x() - avgX) * (input[i].y() - a.y())
                                         - (a.x() - input[i].x()) * (avgY - a.y()));
            if (area > bestArea) {
                bestArea = area;
                best = i;
            }
        }
        out.append(input[best]);
        selected = best;
    }
    out.append(input[n - 1]);
    return out;
}

QList<QPointF> minMaxPerPixel(std::span<const QPointF> input, int pixelWidth)
{
    QList<QPointF> clean;
    if (hasNaN(input)) {
        clean = withoutNaN(input);
        input = std::span<const QPointF>(clean.constData(), std::size_t(clean.size()));
    }
    const std::size_t n = input.size();
    if (pixelWidth < 1 || n <= std::size_t(pixelWidth) * 4)
        return QList<QPointF>(input.begin(), input.end());

    const double x0 = input.front().x();
    const double span = input.back().x() - x0;
    const double scale = span > 0 ? pixelWidth / span : 0;
    QList<QPointF> out;
    out.reserve(pixelWidth * 4);

    std::size_t i = 0;
    while (i < n) {
        const int pixel = std::min(int((input[i].x() - x0) * scale), pixelWidth - 1);
        const std::size_t first = i;
        std::size_t minAt = i;
        std::size_t maxAt = i;
        for (++i; i < n && std::min(int((input[i].x() - x0) * scale), pixelWidth - 1) == pixel; ++i) {
            if (input[i].y() < input[minAt].y())
                minAt = i;
            if (input[i].y() > input[maxAt].y())
                maxAt = i;
        }
        const std::size_t last = i - 1;
        std::array<std::size_t, 4> keep{first, minAt, maxAt, last};
        std::sort(keep.begin(), keep.end());
        for (std::size_t k = 0; k < keep.size(); ++k) {
            if (k == 0 || keep[k] != keep[k - 1])
                out.append(input[keep[k]]);
        }
    }
    return out;
}

} // namespace OpsDeck::Metrics
