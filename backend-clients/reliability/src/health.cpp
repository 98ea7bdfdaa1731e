// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include <opsdeck/reliability/health.h>

#include "logging_p.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <algorithm>
#include <limits>

namespace OpsDeck::Reliability {

using Internal::lcReliability;

namespace {

// Healthy < Unknown < Degraded < Unhealthy; see the HealthState documentation.
int severity(HealthState state)
{
    switch (state) {
    case HealthState::Healthy:
        return 0;
    case HealthState::Unknown:
        return 1;
    case HealthState::Degraded:
        return 2;
    case HealthState::Unhealthy:
        return 3;
    }
    return 1;
}

// The word for one check in the compact "checks" map: the seed writes "ok".
QString checkWord(HealthState state)
{
    switch (state) {
    case HealthState::Healthy:
        return QStringLiteral("ok");
    case HealthState::Degraded:
        return QStringLiteral("degraded");
    case HealthState::Unhealthy:
        return QStringLiteral("fail");
    case HealthState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

bool readState(const QJsonValue &value, const QString &field, HealthState *state, QString *error)
{
    if (!value.isString()) {
        return fail(error,
                    QStringLiteral("%1: expected a string, got %2").arg(field, typeName(value)));
    }
    const std::optional<HealthState> parsed = healthStateFromString(value.toString());
    if (!parsed) {
        return fail(error,
                    QStringLiteral("%1: unknown health state \"%2\"").arg(field, value.toString()));
    }
    *state = *parsed;
    return true;
}

bool readDetails(const QJsonValue &value, QList<HealthCheck> &checks, QString *error)
{
    if (value.isUndefined())
        return true;
    if (!value.isObject()) {
        return fail(error,
                    QStringLiteral("details: expected an object, got %1").arg(typeName(value)));
    }
    const QJsonObject details = value.toObject();
    for (auto it = details.begin(); it != details.end(); ++it) {
        const QString field = QStringLiteral("details.") + it.key();
        const auto check = std::find_if(checks.begin(), checks.end(),
                                        [&](const HealthCheck &c) { return c.name == it.key(); });
        if (check == checks.end())
            return fail(error,
                        QStringLiteral("%1: no check of that name in \"checks\"").arg(field));
        if (!it.value().isObject()) {
            return fail(
                error,
                QStringLiteral("%1: expected an object, got %2").arg(field, typeName(it.value())));
        }
        const QJsonObject detail = it.value().toObject();
        if (const QJsonValue message = detail.value(QStringLiteral("message"));
            !message.isUndefined()) {
            if (!message.isString()) {
                return fail(error, QStringLiteral("%1.message: expected a string, got %2")
                                       .arg(field, typeName(message)));
            }
            check->message = message.toString();
        }
        if (const QJsonValue at = detail.value(QStringLiteral("checkedAt")); !at.isUndefined()) {
            const QDateTime time = at.isString()
                                       ? QDateTime::fromString(at.toString(), Qt::ISODateWithMs)
                                       : QDateTime();
            if (!time.isValid()) {
                return fail(
                    error,
                    QStringLiteral("%1.checkedAt: expected an ISO 8601 date and time").arg(field));
            }
            check->checkedAt = time;
        }
    }
    return true;
}

} // namespace

QString toString(HealthState state)
{
    switch (state) {
    case HealthState::Healthy:
        return QStringLiteral("healthy");
    case HealthState::Degraded:
        return QStringLiteral("degraded");
    case HealthState::Unhealthy:
        return QStringLiteral("unhealthy");
    case HealthState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<HealthState> healthStateFromString(QStringView text)
{
    const QString word = text.trimmed().toString().toLower();
    if (word == u"healthy" || word == u"ok" || word == u"pass" || word == u"up")
        return HealthState::Healthy;
    if (word == u"degraded" || word == u"warn")
        return HealthState::Degraded;
    if (word == u"unhealthy" || word == u"fail" || word == u"error" || word == u"down")
        return HealthState::Unhealthy;
    if (word == u"unknown")
        return HealthState::Unknown;
    return std::nullopt;
}

HealthState worse(HealthState a, HealthState b)
{
    return severity(b) > severity(a) ? b : a;
}

HealthReport HealthReport::fromChecks(QList<HealthCheck> checks)
{
    HealthReport report;
    report.state = overallState(checks);
    report.checks = std::move(checks);
    return report;
}

HealthState HealthReport::overallState(const QList<HealthCheck> &checks)
{
    if (checks.isEmpty())
        return HealthState::Unknown;
    HealthState overall = HealthState::Healthy;
    for (const HealthCheck &check : checks)
        overall = worse(overall, check.state);
    return overall;
}

const HealthCheck *HealthReport::check(QStringView name) const
{
    for (const HealthCheck &c : checks) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QJsonObject HealthReport::toJson() const
{
    QJsonObject checkMap;
    QJsonObject details;
    for (const HealthCheck &c : checks) {
        checkMap.insert(c.name, checkWord(c.state));
        QJsonObject detail;
        if (!c.message.isEmpty())
            detail.insert(QStringLiteral("message"), c.message);
        if (c.checkedAt.isValid())
            detail.insert(QStringLiteral("checkedAt"),
                          c.checkedAt.toUTC().toString(Qt::ISODateWithMs));
        if (!detail.isEmpty())
            details.insert(c.name, detail);
    }
    QJsonObject json{
        {QStringLiteral("status"), toString(state)},
        {QStringLiteral("checks"), checkMap},
    };
    if (!details.isEmpty())
        json.insert(QStringLiteral("details"), details);
    return json;
}

std::optional<HealthReport> HealthReport::fromJson(const QJsonObject &json, QString *error)
{
    HealthReport report;
    const QJsonValue status = json.value(QStringLiteral("status"));
    if (status.isUndefined()) {
        fail(error, QStringLiteral("status: missing"));
        return std::nullopt;
    }
    if (!readState(status, QStringLiteral("status"), &report.state, error))
        return std::nullopt;

    const QJsonValue checks = json.value(QStringLiteral("checks"));
    if (!checks.isUndefined()) {
        if (!checks.isObject()) {
            fail(error, QStringLiteral("checks: expected an object, got %1").arg(typeName(checks)));
            return std::nullopt;
        }
        const QJsonObject checkMap = checks.toObject();
        report.checks.reserve(checkMap.size());
        for (auto it = checkMap.begin(); it != checkMap.end(); ++it) {
            HealthCheck check;
            check.name = it.key();
            if (check.name.isEmpty()) {
                fail(error, QStringLiteral("checks: a check has an empty name"));
                return std::nullopt;
            }
            if (!readState(it.value(), QStringLiteral("checks.") + it.key(), &check.state, error))
                return std::nullopt;
            report.checks.append(std::move(check));
        }
    }

    if (!readDetails(json.value(QStringLiteral("details")), report.checks, error))
        return std::nullopt;
    return report;
}

std::optional<HealthReport> HealthReport::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(error, QStringLiteral("(document): %1 at offset %2")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        fail(error, QStringLiteral("(document): expected a JSON object"));
        return std::nullopt;
    }
    return fromJson(document.object(), error);
}

QString HealthTrackerOptions::validate() const
{
    if (failureThreshold < 1)
        return QStringLiteral("failureThreshold must be at least 1 (%1)").arg(failureThreshold);
    return {};
}

namespace {

HealthTrackerOptions sanitized(HealthTrackerOptions options)
{
    if (const QString error = options.validate(); !error.isEmpty()) {
        qCWarning(lcReliability,
                  "HealthTracker: invalid options (%ls); using the nearest valid values",
                  qUtf16Printable(error));
    }
    options.failureThreshold = std::max(1, options.failureThreshold);
    return options;
}

} // namespace

HealthTracker::HealthTracker(HealthTrackerOptions options)
    : m_options(sanitized(options))
{}

HealthTracker::~HealthTracker() = default;

HealthTrackerOptions HealthTracker::options() const
{
    return m_options;
}

const HealthTracker::Track &HealthTracker::trackLocked(Probe probe) const
{
    return probe == Probe::Liveness ? m_liveness : m_readiness;
}

HealthTracker::Track &HealthTracker::trackLocked(Probe probe)
{
    return probe == Probe::Liveness ? m_liveness : m_readiness;
}

void HealthTracker::recordProbe(Probe probe, bool passed)
{
    HealthState from = HealthState::Unknown;
    HealthState to = HealthState::Unknown;
    StateChangedCallback callback;
    {
        const std::lock_guard lock(m_mutex);
        Track &track = trackLocked(probe);
        track.probed = true;
        from = track.state;
        if (passed) {
            track.consecutiveFailures = 0;
            track.state = HealthState::Healthy;
        } else {
            // Saturate: a probe loop that fails for years must not wrap around
            // to a negative count and look healthy.
            if (track.consecutiveFailures < std::numeric_limits<int>::max())
                ++track.consecutiveFailures;
            if (track.consecutiveFailures >= m_options.failureThreshold)
                track.state = HealthState::Unhealthy;
            else if (track.state == HealthState::Healthy)
                track.state = HealthState::Degraded;
        }
        to = track.state;
        if (from != to)
            callback = m_callback;
    }
    if (from != to) {
        qCDebug(lcReliability, "HealthTracker: %ls %ls -> %ls", qUtf16Printable(toString(probe)),
                qUtf16Printable(toString(from)), qUtf16Printable(toString(to)));
        if (callback)
            callback(probe, from, to);
    }
}

HealthState HealthTracker::state(Probe probe) const
{
    const std::lock_guard lock(m_mutex);
    return trackLocked(probe).state;
}

HealthState HealthTracker::state() const
{
    const std::lock_guard lock(m_mutex);
    std::optional<HealthState> overall;
    for (const Track *track : {&m_liveness, &m_readiness}) {
        if (track->probed)
            overall = overall ? worse(*overall, track->state) : track->state;
    }
    return overall.value_or(HealthState::Unknown);
}

bool HealthTracker::isInRotation() const
{
    const HealthState overall = state();
    return overall == HealthState::Healthy || overall == HealthState::Degraded;
}

int HealthTracker::consecutiveFailures(Probe probe) const
{
    const std::lock_guard lock(m_mutex);
    return trackLocked(probe).consecutiveFailures;
}

void HealthTracker::setStateChangedCallback(StateChangedCallback callback)
{
    const std::lock_guard lock(m_mutex);
    m_callback = std::move(callback);
}

QString toString(HealthTracker::Probe probe)
{
    return probe == HealthTracker::Probe::Liveness ? QStringLiteral("liveness")
                                                   : QStringLiteral("readiness");
}

} // namespace OpsDeck::Reliability
