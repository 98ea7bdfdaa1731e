// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/api/metricssource.h"

#include "apitr.h"

#include <algorithm>
#include <array>
#include <limits>

namespace OpsDeck::Backend {

using std::chrono::milliseconds;

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kYear = 365 * kDay;

// Steps a person reads at a glance on an axis; each divides the next larger
// unit where it can, so consecutive refreshes land on the same timestamps.
constexpr std::array<qint64, 36> kNiceSteps = {
    1, 2, 5, 10, 20, 50, 100, 200, 500,
    kSecond, 2 * kSecond, 5 * kSecond, 10 * kSecond, 15 * kSecond, 30 * kSecond,
    kMinute, 2 * kMinute, 5 * kMinute, 10 * kMinute, 15 * kMinute, 30 * kMinute,
    kHour, 2 * kHour, 3 * kHour, 6 * kHour, 12 * kHour,
    kDay, 2 * kDay, 7 * kDay, 14 * kDay, 30 * kDay, 90 * kDay, 180 * kDay,
    kYear, 2 * kYear, 5 * kYear,
};

qint64 niceAtLeast(qint64 wanted)
{
    for (qint64 step : kNiceSteps) {
        if (step >= wanted)
            return step;
    }
    // Beyond five years: whole years (a range that long is rare, but must not fail).
    const qint64 years = wanted / kYear + (wanted % kYear != 0 ? 1 : 0);
    return years > std::numeric_limits<qint64>::max() / kYear ? std::numeric_limits<qint64>::max()
                                                               : years * kYear;
}

} // namespace

qint64 pointsPerSeries(const QDateTime &start, const QDateTime &end, milliseconds step)
{
    if (!start.isValid() || !end.isValid() || end < start || step.count() <= 0)
        return 0;
    return start.msecsTo(end) / step.count() + 1;
}

Result<milliseconds> chooseStep(const QDateTime &start, const QDateTime &end, int pixelWidth,
                                milliseconds minStep, milliseconds scrapeInterval)
{
    if (!start.isValid())
        return fail(ErrorCode::InvalidArgument, Tr::tr("The range has no valid start"),
                    QStringLiteral("start"));
    if (!end.isValid())
        return fail(ErrorCode::InvalidArgument, Tr::tr("The range has no valid end"),
                    QStringLiteral("end"));
    if (end < start)
        return fail(ErrorCode::InvalidArgument, Tr::tr("The range ends before it starts"),
                    QStringLiteral("start %1, end %2")
                        .arg(start.toString(Qt::ISODateWithMs), end.toString(Qt::ISODateWithMs)));
    if (pixelWidth < 0)
        return fail(ErrorCode::InvalidArgument, Tr::tr("The pixel width cannot be negative"),
                    QStringLiteral("pixelWidth %1").arg(pixelWidth));
    if (minStep.count() < 0)
        return fail(ErrorCode::InvalidArgument, Tr::tr("The minimum step cannot be negative"),
                    QStringLiteral("minStep %1 ms").arg(minStep.count()));
    if (scrapeInterval.count() < 0)
        return fail(ErrorCode::InvalidArgument, Tr::tr("The scrape interval cannot be negative"),
                    QStringLiteral("scrapeInterval %1 ms").arg(scrapeInterval.count()));

    const qint64 duration = start.msecsTo(end);
    const qint64 maxPoints = pixelWidth == 0 ? kMaxPointsPerSeries
                                             : std::min<qint64>(pixelWidth, kMaxPointsPerSeries);
    // floor(d / step) + 1 <= maxPoints  <=>  d / step < maxPoints  <=>
    // step > d / maxPoints: in whole milliseconds, floor(d / maxPoints) + 1.
    qint64 needed = duration / maxPoints + 1;
    needed = std::max({needed, qint64(minStep.count()), qint64(scrapeInterval.count()), qint64(1)});
    return milliseconds(niceAtLeast(needed));
}

} // namespace OpsDeck::Backend
