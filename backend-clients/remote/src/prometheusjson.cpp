// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/remote/prometheusjson.h"

#include "remotetr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

#include <charconv>
#include <cmath>
#include <limits>

namespace OpsDeck::Remote {

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: return QStringLiteral("nothing");
    }
    return QStringLiteral("nothing");
}

Error malformed(const QString &path, const QString &problem)
{
    return fail(ErrorCode::Parse,
                Tr::tr("Malformed answer from Prometheus: %1: %2").arg(path, problem), path);
}

Error wrongType(const QString &path, const QString &expected, const QJsonValue &got)
{
    // A missing key reads as Undefined: say "missing", which is what happened.
    if (got.isUndefined())
        return malformed(path, Tr::tr("missing"));
    return malformed(path, Tr::tr("expected %1, got %2").arg(expected, typeName(got)));
}

QString at(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString field(const QString &path, QLatin1StringView key)
{
    return path + QLatin1Char('.') + key;
}

Result<QStringList> parseWarnings(const QJsonObject &root)
{
    QStringList warnings;
    const QJsonValue value = root.value(QLatin1StringView("warnings"));
    if (value.isUndefined() || value.isNull())
        return warnings;
    if (!value.isArray())
        return wrongType(QStringLiteral("warnings"), Tr::tr("an array of strings"), value);
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString())
            return wrongType(at(QStringLiteral("warnings"), i), Tr::tr("a string"), array.at(i));
        warnings.append(array.at(i).toString());
    }
    return warnings;
}

ErrorCode codeForErrorType(const QString &errorType)
{
    if (errorType == QLatin1StringView("bad_data") || errorType == QLatin1StringView("execution"))
        return ErrorCode::InvalidArgument;
    if (errorType == QLatin1StringView("timeout"))
        return ErrorCode::Timeout;
    if (errorType == QLatin1StringView("canceled"))
        return ErrorCode::Cancelled;
    if (errorType == QLatin1StringView("unavailable"))
        return ErrorCode::Unavailable;
    if (errorType == QLatin1StringView("not_found"))
        return ErrorCode::NotFound;
    if (errorType == QLatin1StringView("internal"))
        return ErrorCode::Internal;
    return ErrorCode::Unknown;
}

/**
 * One [seconds, "value"] pair. The path is \a base, or base[index] with
 * \a index >= 0; it is only built on failure, since a dashboard's answer
 * holds tens of thousands of pairs.
 */
Result<Backend::Sample> parsePair(const QJsonValue &value, const QString &base, qsizetype index = -1)
{
    const auto path = [&] { return index < 0 ? base : at(base, index); };
    if (!value.isArray())
        return wrongType(path(), Tr::tr("a [timestamp, \"value\"] pair"), value);
    const QJsonArray pair = value.toArray();
    if (pair.size() != 2)
        return malformed(path(), Tr::tr("expected 2 elements, got %1").arg(pair.size()));
    const QJsonValue ts = pair.at(0);
    if (!ts.isDouble())
        return wrongType(at(path(), 0), Tr::tr("a number (seconds)"), ts);
    const double seconds = ts.toDouble();
    // Beyond ±2^53 ms a timestamp is garbage, and llround would overflow.
    if (!std::isfinite(seconds) || std::abs(seconds) > 9.0e12)
        return malformed(at(path(), 0), Tr::tr("timestamp %1 is out of range").arg(seconds));
    const QJsonValue v = pair.at(1);
    if (!v.isString())
        return wrongType(at(path(), 1), Tr::tr("a string"), v);
    const QString text = v.toString();
    const std::optional<double> number = parseSampleValue(text);
    if (!number)
        return malformed(at(path(), 1), Tr::tr("\"%1\" is not a number").arg(text.left(40)));
    return Backend::Sample{std::llround(seconds * 1000.0), *number};
}

Result<QMap<QString, QString>> parseLabels(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return wrongType(path, Tr::tr("an object of labels"), value);
    QMap<QString, QString> labels;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString())
            return wrongType(path + QLatin1Char('.') + it.key(), Tr::tr("a string"), it.value());
        labels.insert(it.key(), it.value().toString());
    }
    return labels;
}

} // namespace

bool isMalformedAnswer(const Error &error)
{
    // Our own details name a field path, "body: …" or nothing; only
    // Prometheus' syntax errors start with a position.
    static const QRegularExpression position(QStringLiteral("^\\d+:\\d+: "));
    return error.code == ErrorCode::Parse && !position.match(error.detail).hasMatch();
}

QString toString(ResultType type)
{
    switch (type) {
    case ResultType::Vector: return QStringLiteral("vector");
    case ResultType::Matrix: return QStringLiteral("matrix");
    case ResultType::Scalar: return QStringLiteral("scalar");
    case ResultType::String: return QStringLiteral("string");
    }
    return {};
}

std::optional<double> parseSampleValue(QStringView text)
{
    if (text == u"NaN")
        return std::numeric_limits<double>::quiet_NaN();
    if (text == u"+Inf" || text == u"Inf")
        return std::numeric_limits<double>::infinity();
    if (text == u"-Inf")
        return -std::numeric_limits<double>::infinity();
    // std::from_chars on an ASCII copy: locale-free and several times faster
    // than QLocale, which matters at tens of thousands of values per answer.
    // Prometheus writes Go's strconv format, at most a few dozen characters.
    char buffer[64] = {};
    if (text.isEmpty() || text.size() >= qsizetype(sizeof buffer))
        return std::nullopt;
    qsizetype start = 0;
    if (text.front() == u'+') { // from_chars takes no leading '+'; Go never writes one, but be lenient
        if (text.size() < 2 || text[1] == u'+' || text[1] == u'-')
            return std::nullopt;
        start = 1;
    }
    qsizetype n = 0;
    for (qsizetype i = start; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c > 0x7f)
            return std::nullopt;
        buffer[n++] = char(c);
    }
    double value = 0;
    const auto [end, error] = std::from_chars(buffer, buffer + n, value, std::chars_format::general);
    // Anything left over ("12abc"), an overflow, or an "inf"/"nan" spelling
    // Prometheus never writes is not a sample value.
    if (error != std::errc() || end != buffer + n || n == 0 || !std::isfinite(value))
        return std::nullopt;
    return value;
}

Result<Envelope> parseEnvelope(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return fail(ErrorCode::Parse, Tr::tr("Malformed answer from Prometheus: the body is empty"));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        const bool atEnd = error.offset >= body.size() - 1;
        return fail(ErrorCode::Parse,
                    atEnd ? Tr::tr("Malformed answer from Prometheus: the JSON ends early at byte %1 "
                                   "of %2 (%3); the answer looks cut short")
                                .arg(error.offset).arg(body.size()).arg(error.errorString())
                          : Tr::tr("Malformed answer from Prometheus: not valid JSON at byte %1 of %2 (%3)")
                                .arg(error.offset).arg(body.size()).arg(error.errorString()),
                    QStringLiteral("body: ") + QString::fromUtf8(body.left(120)));
    }
    if (!document.isObject())
        return malformed(QStringLiteral("(top level)"), Tr::tr("expected an object"));
    const QJsonObject root = document.object();
    const QJsonValue status = root.value(QLatin1StringView("status"));
    if (!status.isString())
        return wrongType(QStringLiteral("status"), Tr::tr("a string"), status);

    if (status.toString() == QLatin1StringView("error")) {
        const QJsonValue type = root.value(QLatin1StringView("errorType"));
        const QJsonValue text = root.value(QLatin1StringView("error"));
        if (!text.isString())
            return wrongType(QStringLiteral("error"), Tr::tr("a string"), text);
        if (!type.isUndefined() && !type.isString())
            return wrongType(QStringLiteral("errorType"), Tr::tr("a string"), type);
        // A PromQL syntax error carries its position ("…: 1:8: parse error:
        // unclosed left parenthesis"); like every metrics source's, it is a
        // Parse error whose detail starts with LINE:COLUMN, so an editor can
        // put the cursor there.
        static const QRegularExpression position(QStringLiteral("(\\d+:\\d+: parse error: .*)$"));
        const QString message = text.toString();
        if (const QRegularExpressionMatch match = position.match(message); match.hasMatch())
            return fail(ErrorCode::Parse, Tr::tr("Prometheus could not parse the query: %1").arg(message),
                        match.captured(1));
        return fail(codeForErrorType(type.toString()), Tr::tr("Prometheus could not answer: %1").arg(message),
                    QStringLiteral("errorType %1").arg(type.toString()));
    }
    if (status.toString() != QLatin1StringView("success"))
        return malformed(QStringLiteral("status"),
                         Tr::tr("expected \"success\" or \"error\", got \"%1\"")
                             .arg(status.toString().left(40)));

    Result<QStringList> warnings = parseWarnings(root);
    if (!warnings)
        return warnings.error();
    const QJsonValue data = root.value(QLatin1StringView("data"));
    if (data.isUndefined())
        return malformed(QStringLiteral("data"), Tr::tr("missing"));
    return Envelope{data, std::move(*warnings)};
}

Result<QueryResult> parseQueryData(const QJsonValue &data)
{
    const QString dataPath = QStringLiteral("data");
    if (!data.isObject())
        return wrongType(dataPath, Tr::tr("an object"), data);
    const QJsonObject object = data.toObject();
    const QJsonValue typeValue = object.value(QLatin1StringView("resultType"));
    if (!typeValue.isString())
        return wrongType(field(dataPath, QLatin1StringView("resultType")), Tr::tr("a string"), typeValue);
    const QString type = typeValue.toString();
    const QJsonValue result = object.value(QLatin1StringView("result"));
    const QString resultPath = field(dataPath, QLatin1StringView("result"));

    QueryResult out;
    if (type == QLatin1StringView("scalar") || type == QLatin1StringView("string")) {
        if (!result.isArray())
            return wrongType(resultPath, Tr::tr("a [timestamp, \"value\"] pair"), result);
        if (type == QLatin1StringView("string")) {
            const QJsonArray pair = result.toArray();
            if (pair.size() != 2)
                return malformed(resultPath, Tr::tr("expected 2 elements, got %1").arg(pair.size()));
            if (!pair.at(0).isDouble())
                return wrongType(at(resultPath, 0), Tr::tr("a number (seconds)"), pair.at(0));
            if (!pair.at(1).isString())
                return wrongType(at(resultPath, 1), Tr::tr("a string"), pair.at(1));
            out.type = ResultType::String;
            out.stringTimestampMs = std::llround(pair.at(0).toDouble() * 1000.0);
            out.stringValue = pair.at(1).toString();
            return out;
        }
        Result<Backend::Sample> sample = parsePair(result, resultPath);
        if (!sample)
            return sample.error();
        out.type = ResultType::Scalar;
        out.series.append(Backend::MetricSeries{{}, {*sample}});
        return out;
    }

    const bool vector = type == QLatin1StringView("vector");
    if (!vector && type != QLatin1StringView("matrix"))
        return malformed(field(dataPath, QLatin1StringView("resultType")),
                         Tr::tr("expected vector, matrix, scalar or string, got \"%1\"").arg(type.left(40)));
    out.type = vector ? ResultType::Vector : ResultType::Matrix;
    if (!result.isArray())
        return wrongType(resultPath, Tr::tr("an array"), result);
    const QJsonArray series = result.toArray();
    out.series.reserve(series.size());
    for (qsizetype i = 0; i < series.size(); ++i) {
        const QString path = at(resultPath, i);
        if (!series.at(i).isObject())
            return wrongType(path, Tr::tr("an object"), series.at(i));
        const QJsonObject item = series.at(i).toObject();
        Backend::MetricSeries parsed;
        Result<QMap<QString, QString>> labels =
            parseLabels(item.value(QLatin1StringView("metric")), field(path, QLatin1StringView("metric")));
        if (!labels)
            return labels.error();
        parsed.labels = std::move(*labels);
        if (vector) {
            // Native histograms come as "histogram" instead of "value"; we
            // do not draw them yet, and say so rather than drop the series.
            if (item.contains(QLatin1StringView("histogram")) && !item.contains(QLatin1StringView("value")))
                return fail(ErrorCode::Unsupported,
                            Tr::tr("Prometheus returned a native histogram (%1), which this console cannot show yet")
                                .arg(field(path, QLatin1StringView("histogram"))));
            Result<Backend::Sample> sample =
                parsePair(item.value(QLatin1StringView("value")), field(path, QLatin1StringView("value")));
            if (!sample)
                return sample.error();
            parsed.samples.append(*sample);
        } else {
            const QJsonValue values = item.value(QLatin1StringView("values"));
            const QString valuesPath = field(path, QLatin1StringView("values"));
            if (values.isUndefined() && item.contains(QLatin1StringView("histograms")))
                return fail(ErrorCode::Unsupported,
                            Tr::tr("Prometheus returned a native histogram (%1), which this console cannot show yet")
                                .arg(field(path, QLatin1StringView("histograms"))));
            if (!values.isArray())
                return wrongType(valuesPath, Tr::tr("an array of [timestamp, \"value\"] pairs"), values);
            const QJsonArray pairs = values.toArray();
            parsed.samples.reserve(pairs.size());
            for (qsizetype j = 0; j < pairs.size(); ++j) {
                Result<Backend::Sample> sample = parsePair(pairs.at(j), valuesPath, j);
                if (!sample)
                    return sample.error();
                parsed.samples.append(*sample);
            }
        }
        out.series.append(std::move(parsed));
    }
    return out;
}

Result<QueryResult> parseQueryResponse(const QByteArray &body)
{
    Result<Envelope> envelope = parseEnvelope(body);
    if (!envelope)
        return envelope.error();
    Result<QueryResult> result = parseQueryData(envelope->data);
    if (!result)
        return result.error();
    result->warnings = std::move(envelope->warnings);
    return result;
}

Result<QList<LabelSet>> parseSeriesData(const QJsonValue &data)
{
    const QString dataPath = QStringLiteral("data");
    if (!data.isArray())
        return wrongType(dataPath, Tr::tr("an array of label sets"), data);
    const QJsonArray array = data.toArray();
    QList<LabelSet> out;
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        Result<QMap<QString, QString>> labels = parseLabels(array.at(i), at(dataPath, i));
        if (!labels)
            return labels.error();
        out.append(std::move(*labels));
    }
    return out;
}

Result<BuildInfo> parseBuildInfo(const QJsonValue &data)
{
    const QString dataPath = QStringLiteral("data");
    if (!data.isObject())
        return wrongType(dataPath, Tr::tr("an object"), data);
    const QJsonObject object = data.toObject();
    const QJsonValue version = object.value(QLatin1StringView("version"));
    if (!version.isString())
        return wrongType(field(dataPath, QLatin1StringView("version")), Tr::tr("a string"), version);
    return BuildInfo{version.toString(), object.value(QLatin1StringView("revision")).toString(),
                     object.value(QLatin1StringView("goVersion")).toString()};
}

} // namespace OpsDeck::Remote
