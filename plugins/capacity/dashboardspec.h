// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/result.h>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace OpsDeck::Capacity::Internal {

/** How a panel draws its query (docs/dashboards.md). */
enum class PanelType { Line, Area, Bar, SingleValue, Gauge };

QString panelTypeId(PanelType type); ///< "line", "area", "bar", "single", "gauge"
std::optional<PanelType> panelTypeFromId(const QString &id);

/** One panel: a query on a source, drawn one way, in one unit. */
struct PanelSpec
{
    QString title;
    PanelType type = PanelType::Line;
    QString query;              ///< PromQL (or the embedded subset)
    QString source;             ///< a metrics source's name; empty: the first one bound
    QString unit;               ///< shown after values: "jobs", "%", "/s", "s"
    double scale = 1;           ///< values are multiplied by this before display (0..1 ratio → % with 100)
    std::optional<double> min;  ///< gauge and y axis; absent: from the data
    std::optional<double> max;
    std::optional<double> warning;  ///< threshold lines / gauge colours
    std::optional<double> critical;
    bool badWhenBelow = false;  ///< thresholds warn when the value falls below them ("bad_when": "below")
    /** Line and area: fit a trend to the first series and say when it reaches this value ("forecast_limit"). */
    std::optional<double> forecastLimit;
    std::chrono::milliseconds minStep{0}; ///< the range query's step is never finer
    int width = 1;              ///< grid columns spanned
};

/** The time range picker: a preset relative to now, or a fixed window. */
struct TimeRange
{
    enum class Preset { Last15m, Last1h, Last6h, Last24h, Last7d, Custom };
    Preset preset = Preset::Last1h;
    QDateTime from; ///< Custom only
    QDateTime to;

    /** The window at \a now (Custom: from..to). */
    std::pair<QDateTime, QDateTime> window(const QDateTime &now) const;
    QString id() const; ///< "15m", "1h", "6h", "24h", "7d", "custom"
    static std::optional<Preset> presetFromId(const QString &id);
};

/** A dashboard file: `<workspace>/capacity/dashboards/NAME.json`. */
struct DashboardSpec
{
    QString title;
    int columns = 3;
    TimeRange range;
    int refreshSeconds = 0;     ///< 0 (off), 5, 15, 60
    QList<PanelSpec> panels;
};

/**
 * Reads a dashboard. Malformed JSON fails with Parse and "file:line:column:
 * why"; a field of the wrong kind or value with InvalidArgument naming the
 * field's path ("panels[2].type: unknown panel type \"pie\" …").
 */
Result<DashboardSpec> parseDashboard(const QByteArray &json, const QString &fileName = {});
/** The dashboard as JSON that parseDashboard() reads back to the same spec. */
QByteArray dashboardToJson(const DashboardSpec &spec);
/** The seed's key metrics: pipeline queue, success and failure ratios, utilisation, log ingest and search, vault. */
DashboardSpec defaultDashboard();

} // namespace OpsDeck::Capacity::Internal
