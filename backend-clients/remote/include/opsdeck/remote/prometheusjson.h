// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

/**
 * \file
 * Reading Prometheus' HTTP API answers (https://prometheus.io/docs/prometheus/latest/querying/api/).
 * Pure functions, no I/O, so every malformed answer is unit-testable.
 *
 * Every answer is an envelope: `{"status": "success"|"error", "data": …,
 * "errorType": …, "error": …, "warnings": […]}`. A malformed answer (not
 * JSON, cut short, a field missing or of the wrong type) is an Error with
 * ErrorCode::Parse whose message names the field path, for example
 * `data.result[2].values[17][1]: expected a string, got a number`; never an
 * empty result.
 */

#include <opsdeck/api/metricssource.h>
#include <opsdeck/api/result.h>

#include <QByteArray>
#include <QJsonValue>
#include <QMap>
#include <QStringList>

#include <chrono>
#include <optional>

namespace OpsDeck::Remote {

/** The "resultType" of a query answer. */
enum class ResultType { Vector, Matrix, Scalar, String };

/** What an instant or range query returned. */
struct QueryResult
{
    ResultType type = ResultType::Vector;
    /**
     * Vector: one sample per series; matrix: the samples in time order;
     * scalar: one series without labels holding one sample; string: empty.
     */
    QList<Backend::MetricSeries> series;
    QString stringValue;          ///< ResultType::String only
    qint64 stringTimestampMs = 0; ///< ResultType::String only
    /** Prometheus' own warnings (e.g. a partial answer), kept verbatim. */
    QStringList warnings;
    /** Range queries: the step that was asked of Prometheus. */
    std::chrono::milliseconds step{0};
};

/** A label set, as /api/v1/series lists them (with "__name__"). */
using LabelSet = QMap<QString, QString>;

/** What /api/v1/status/buildinfo reports. */
struct BuildInfo
{
    QString version;
    QString revision;
    QString goVersion;
};

/** A successful envelope: its data and warnings. */
struct Envelope
{
    QJsonValue data;
    QStringList warnings;
};

/**
 * Reads the envelope of \a body. `"status": "error"` becomes an Error carrying
 * Prometheus' own "error" text in its message. A PromQL syntax error is
 * ErrorCode::Parse with the detail starting at its position ("1:8: parse
 * error: …"), as the metrics-source contract asks; otherwise the detail names
 * the "errorType" and the code follows it (bad_data and execution:
 * InvalidArgument, timeout: Timeout, canceled: Cancelled, unavailable:
 * Unavailable, not_found: NotFound, internal: Internal).
 *
 * Malformed answers are ErrorCode::Parse too, but never have a detail that
 * starts with a position; isMalformedAnswer() tells them apart.
 */
Result<Envelope> parseEnvelope(const QByteArray &body);

/** True if \a error says the answer itself was malformed (not Prometheus refusing a query). */
bool isMalformedAnswer(const Error &error);

/** Reads the "data" of /api/v1/query and /api/v1/query_range. */
Result<QueryResult> parseQueryData(const QJsonValue &data);

/** Envelope and data of a query answer in one go; the warnings are kept. */
Result<QueryResult> parseQueryResponse(const QByteArray &body);

/** Reads the "data" of /api/v1/series: an array of label sets. */
Result<QList<LabelSet>> parseSeriesData(const QJsonValue &data);

/** Reads the "data" of /api/v1/status/buildinfo. */
Result<BuildInfo> parseBuildInfo(const QJsonValue &data);

/**
 * A sample value as Prometheus writes it: a decimal or exponent number,
 * "NaN", "+Inf", "-Inf" (also "Inf"). std::nullopt for anything else.
 */
std::optional<double> parseSampleValue(QStringView text);

/** "vector", "matrix", "scalar" or "string". */
QString toString(ResultType type);

} // namespace OpsDeck::Remote
