// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "dashboardspec.h"

#include "capacitytr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace OpsDeck::Capacity::Internal {

QString panelTypeId(PanelType type)
{
    switch (type) {
    case PanelType::Line: return u"line"_s;
    case PanelType::Area: return u"area"_s;
    case PanelType::Bar: return u"bar"_s;
    case PanelType::SingleValue: return u"single"_s;
    case PanelType::Gauge: return u"gauge"_s;
    }
    return {};
}

std::optional<PanelType> panelTypeFromId(const QString &id)
{
    for (PanelType t : {PanelType::Line, PanelType::Area, PanelType::Bar, PanelType::SingleValue, PanelType::Gauge}) {
        if (panelTypeId(t) == id)
            return t;
    }
    return std::nullopt;
}

namespace {

struct PresetInfo
{
    TimeRange::Preset preset;
    const char16_t *id;
    qint64 seconds;
};

constexpr PresetInfo kPresets[] = {
    {TimeRange::Preset::Last15m, u"15m", 15 * 60},  {TimeRange::Preset::Last1h, u"1h", 3600},
    {TimeRange::Preset::Last6h, u"6h", 6 * 3600},   {TimeRange::Preset::Last24h, u"24h", 24 * 3600},
    {TimeRange::Preset::Last7d, u"7d", 7 * 86400},  {TimeRange::Preset::Custom, u"custom", 0},
};

/** 1-based line and column of byte \a offset in \a text. */
std::pair<int, int> lineColumn(const QByteArray &text, int offset)
{
    int line = 1, column = 1;
    for (int i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((uchar(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

/** Reads the fields of one JSON object, collecting the first error with its path. */
class Reader
{
public:
    Reader(const QJsonObject &object, QString path, QString fileName)
        : m_object(object), m_path(std::move(path)), m_file(std::move(fileName))
    {
    }

    QString field(const QString &name) const { return m_path.isEmpty() ? name : m_path + u'.' + name; }

    Error error(const QString &name, const QString &why) const
    {
        const QString where = m_file.isEmpty() ? field(name) : u"%1: %2"_s.arg(m_file, field(name));
        return fail(ErrorCode::InvalidArgument, Tr::tr("The dashboard is not valid: %1").arg(why),
                    u"%1: %2"_s.arg(where, why));
    }

    std::optional<Error> string(const QString &name, QString *out, bool required = false) const
    {
        const QJsonValue v = m_object.value(name);
        if (v.isUndefined()) {
            if (required)
                return error(name, Tr::tr("is missing (a string is required)"));
            return std::nullopt;
        }
        if (!v.isString())
            return error(name, Tr::tr("must be a string"));
        *out = v.toString();
        return std::nullopt;
    }

    std::optional<Error> number(const QString &name, std::optional<double> *out) const
    {
        const QJsonValue v = m_object.value(name);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            return error(name, Tr::tr("must be a number"));
        *out = v.toDouble();
        return std::nullopt;
    }

private:
    QJsonObject m_object;
    QString m_path;
    QString m_file;
};

} // namespace

std::pair<QDateTime, QDateTime> TimeRange::window(const QDateTime &now) const
{
    if (preset == Preset::Custom)
        return {from, to};
    for (const PresetInfo &p : kPresets) {
        if (p.preset == preset)
            return {now.addSecs(-p.seconds), now};
    }
    return {now.addSecs(-3600), now};
}

QString TimeRange::id() const
{
    for (const PresetInfo &p : kPresets) {
        if (p.preset == preset)
            return QString::fromUtf16(p.id);
    }
    return u"1h"_s;
}

std::optional<TimeRange::Preset> TimeRange::presetFromId(const QString &id)
{
    for (const PresetInfo &p : kPresets) {
        if (QString::fromUtf16(p.id) == id)
            return p.preset;
    }
    return std::nullopt;
}

Result<DashboardSpec> parseDashboard(const QByteArray &json, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineColumn(json, parseError.offset);
        return fail(ErrorCode::Parse, Tr::tr("The dashboard is not valid JSON"),
                    u"%1:%2:%3: %4"_s.arg(fileName.isEmpty() ? u"dashboard.json"_s : fileName).arg(line).arg(column)
                        .arg(parseError.errorString()));
    }
    if (!document.isObject())
        return fail(ErrorCode::InvalidArgument, Tr::tr("The dashboard is not valid: the top level must be an object"),
                    fileName);
    const QJsonObject root = document.object();
    Reader top(root, {}, fileName);
    DashboardSpec spec;
    if (auto e = top.string(u"title"_s, &spec.title, true))
        return *e;
    std::optional<double> columns;
    if (auto e = top.number(u"columns"_s, &columns))
        return *e;
    if (columns) {
        if (*columns < 1 || *columns > 6 || *columns != std::floor(*columns))
            return top.error(u"columns"_s, Tr::tr("must be a whole number from 1 to 6 (got %1)").arg(*columns));
        spec.columns = int(*columns);
    }
    QString range = u"1h"_s;
    if (auto e = top.string(u"range"_s, &range))
        return *e;
    const auto preset = TimeRange::presetFromId(range);
    if (!preset)
        return top.error(u"range"_s, Tr::tr("unknown range \"%1\" (use 15m, 1h, 6h, 24h, 7d or custom)").arg(range));
    spec.range.preset = *preset;
    if (*preset == TimeRange::Preset::Custom) {
        QString from, to;
        if (auto e = top.string(u"from"_s, &from, true))
            return *e;
        if (auto e = top.string(u"to"_s, &to, true))
            return *e;
        spec.range.from = QDateTime::fromString(from, Qt::ISODateWithMs);
        spec.range.to = QDateTime::fromString(to, Qt::ISODateWithMs);
        if (!spec.range.from.isValid())
            return top.error(u"from"_s, Tr::tr("is not an ISO 8601 date and time (got \"%1\")").arg(from));
        if (!spec.range.to.isValid())
            return top.error(u"to"_s, Tr::tr("is not an ISO 8601 date and time (got \"%1\")").arg(to));
        if (spec.range.from >= spec.range.to)
            return top.error(u"to"_s, Tr::tr("must come after \"from\""));
    }
    std::optional<double> refresh;
    if (auto e = top.number(u"refresh_seconds"_s, &refresh))
        return *e;
    if (refresh) {
        if (*refresh != 0 && *refresh != 5 && *refresh != 15 && *refresh != 60)
            return top.error(u"refresh_seconds"_s, Tr::tr("must be 0 (off), 5, 15 or 60 (got %1)").arg(*refresh));
        spec.refreshSeconds = int(*refresh);
    }
    const QJsonValue panels = root.value(u"panels"_s);
    if (!panels.isArray())
        return top.error(u"panels"_s, Tr::tr("must be an array of panels"));
    const QJsonArray array = panels.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QString path = u"panels[%1]"_s.arg(i);
        if (!array[i].isObject())
            return top.error(path, Tr::tr("must be an object"));
        Reader r(array[i].toObject(), path, fileName);
        PanelSpec panel;
        if (auto e = r.string(u"title"_s, &panel.title, true))
            return *e;
        QString type = u"line"_s;
        if (auto e = r.string(u"type"_s, &type))
            return *e;
        const auto parsedType = panelTypeFromId(type);
        if (!parsedType)
            return r.error(u"type"_s, Tr::tr("unknown panel type \"%1\" (use line, area, bar, single or gauge)").arg(type));
        panel.type = *parsedType;
        if (auto e = r.string(u"query"_s, &panel.query, true))
            return *e;
        if (panel.query.trimmed().isEmpty())
            return r.error(u"query"_s, Tr::tr("must not be empty"));
        if (auto e = r.string(u"source"_s, &panel.source))
            return *e;
        if (auto e = r.string(u"unit"_s, &panel.unit))
            return *e;
        std::optional<double> scale, minStep, width;
        if (auto e = r.number(u"scale"_s, &scale))
            return *e;
        if (scale) {
            if (*scale == 0)
                return r.error(u"scale"_s, Tr::tr("must not be 0"));
            panel.scale = *scale;
        }
        for (const auto &[name, out] : {std::pair{u"min"_s, &panel.min}, std::pair{u"max"_s, &panel.max},
                                        std::pair{u"warning"_s, &panel.warning}, std::pair{u"critical"_s, &panel.critical},
                                        std::pair{u"forecast_limit"_s, &panel.forecastLimit}}) {
            if (auto e = r.number(name, out))
                return *e;
        }
        QString badWhen = u"above"_s;
        if (auto e = r.string(u"bad_when"_s, &badWhen))
            return *e;
        if (badWhen != u"above"_s && badWhen != u"below"_s)
            return r.error(u"bad_when"_s, Tr::tr("must be \"above\" or \"below\" (got \"%1\")").arg(badWhen));
        panel.badWhenBelow = badWhen == u"below"_s;
        if (panel.min && panel.max && *panel.min >= *panel.max)
            return r.error(u"max"_s, Tr::tr("must be greater than min"));
        if (panel.type == PanelType::Gauge && !panel.max)
            return r.error(u"max"_s, Tr::tr("a gauge needs a max"));
        if (auto e = r.number(u"min_step_seconds"_s, &minStep))
            return *e;
        if (minStep) {
            if (*minStep < 0)
                return r.error(u"min_step_seconds"_s, Tr::tr("must not be negative"));
            panel.minStep = std::chrono::milliseconds(qint64(*minStep * 1000));
        }
        if (auto e = r.number(u"width"_s, &width))
            return *e;
        if (width) {
            if (*width < 1 || *width > spec.columns || *width != std::floor(*width))
                return r.error(u"width"_s, Tr::tr("must be a whole number from 1 to columns (%1)").arg(spec.columns));
            panel.width = int(*width);
        }
        spec.panels.append(panel);
    }
    return spec;
}

QByteArray dashboardToJson(const DashboardSpec &spec)
{
    QJsonObject root;
    root[u"title"_s] = spec.title;
    root[u"columns"_s] = spec.columns;
    root[u"range"_s] = spec.range.id();
    if (spec.range.preset == TimeRange::Preset::Custom) {
        root[u"from"_s] = spec.range.from.toString(Qt::ISODateWithMs);
        root[u"to"_s] = spec.range.to.toString(Qt::ISODateWithMs);
    }
    root[u"refresh_seconds"_s] = spec.refreshSeconds;
    QJsonArray panels;
    for (const PanelSpec &p : spec.panels) {
        QJsonObject o;
        o[u"title"_s] = p.title;
        o[u"type"_s] = panelTypeId(p.type);
        o[u"query"_s] = p.query;
        if (!p.source.isEmpty())
            o[u"source"_s] = p.source;
        if (!p.unit.isEmpty())
            o[u"unit"_s] = p.unit;
        if (p.scale != 1)
            o[u"scale"_s] = p.scale;
        if (p.min) o[u"min"_s] = *p.min;
        if (p.max) o[u"max"_s] = *p.max;
        if (p.warning) o[u"warning"_s] = *p.warning;
        if (p.critical) o[u"critical"_s] = *p.critical;
        if (p.forecastLimit) o[u"forecast_limit"_s] = *p.forecastLimit;
        if (p.badWhenBelow) o[u"bad_when"_s] = u"below"_s;
        if (p.minStep.count() > 0)
            o[u"min_step_seconds"_s] = double(p.minStep.count()) / 1000.0;
        if (p.width != 1)
            o[u"width"_s] = p.width;
        panels.append(o);
    }
    root[u"panels"_s] = panels;
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

DashboardSpec defaultDashboard()
{
    DashboardSpec spec;
    spec.title = Tr::tr("OpsDeck key metrics");
    spec.columns = 3;
    spec.refreshSeconds = 15;
    auto panel = [](QString title, PanelType type, QString query, QString unit) {
        PanelSpec p;
        p.title = std::move(title);
        p.type = type;
        p.query = std::move(query);
        p.unit = std::move(unit);
        return p;
    };
    // The seed's alert thresholds: queue depth > 50, success < 95 %, failures > 10 %, utilisation 60–80 %.
    PanelSpec queue = panel(Tr::tr("Pipeline queue depth"), PanelType::Line, u"opsdeck_pipeline_queue_depth"_s, Tr::tr("jobs"));
    queue.warning = 50;
    queue.forecastLimit = 50; // when the queue will reach the seed's alert line at today's trend
    PanelSpec success = panel(Tr::tr("Deployment success"), PanelType::Gauge, u"opsdeck_pipeline_deployment_success_ratio"_s, u"%"_s);
    success.scale = 100;
    success.min = 0;
    success.max = 100;
    success.warning = 95;
    success.badWhenBelow = true;
    PanelSpec failures = panel(Tr::tr("Run failure rate"), PanelType::SingleValue, u"opsdeck_pipeline_run_failure_ratio"_s, u"%"_s);
    failures.scale = 100;
    failures.critical = 10;
    PanelSpec utilisation = panel(Tr::tr("Worker utilisation"), PanelType::Area, u"opsdeck_pipeline_worker_utilisation_ratio"_s, u"%"_s);
    utilisation.scale = 100;
    utilisation.min = 0;
    utilisation.max = 100;
    utilisation.warning = 80;
    PanelSpec ingest = panel(Tr::tr("Log ingest"), PanelType::Line, u"rate(opsdeck_log_ingest_records_total[5m])"_s, Tr::tr("records/s"));
    PanelSpec search = panel(Tr::tr("Log search p95"), PanelType::Line,
                             u"histogram_quantile(0.95, sum by (le) (rate(opsdeck_log_search_duration_seconds_bucket[5m])))"_s, u"s"_s);
    PanelSpec vault = panel(Tr::tr("Vault operations"), PanelType::Bar, u"rate(opsdeck_vault_operations_total[5m])"_s, Tr::tr("ops/s"));
    vault.width = 3;
    spec.panels = {queue, success, failures, utilisation, ingest, search, vault};
    return spec;
}

} // namespace OpsDeck::Capacity::Internal
