// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/metrics/exposition.h"

#include <charconv>
#include <cmath>

namespace OpsDeck::Metrics {

QByteArray formatValue(double value)
{
    if (std::isnan(value))
        return QByteArrayLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QByteArrayLiteral("+Inf") : QByteArrayLiteral("-Inf");
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return QByteArray(buffer, result.ptr - buffer);
}

namespace {

void appendEscaped(QByteArray &out, const QString &text, bool quote)
{
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else if (quote && c == '"')
            out += "\\\"";
        else
            out += c;
    }
}

void appendSample(QByteArray &out, const QString &name, const char *suffix, const Labels &labels,
                  const char *extraName, const QByteArray &extraValue, double value)
{
    out += name.toUtf8();
    out += suffix;
    if (!labels.isEmpty() || extraName) {
        out += '{';
        bool first = true;
        for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
            if (!first)
                out += ',';
            first = false;
            out += it.key().toUtf8();
            out += "=\"";
            appendEscaped(out, it.value(), true);
            out += '"';
        }
        if (extraName) {
            if (!first)
                out += ',';
            out += extraName;
            out += "=\"";
            out += extraValue;
            out += '"';
        }
        out += '}';
    }
    out += ' ';
    out += formatValue(value);
    out += '\n';
}

const char *typeName(MetricType type)
{
    switch (type) {
    case MetricType::Counter:
        return "counter";
    case MetricType::Gauge:
        return "gauge";
    case MetricType::Histogram:
        return "histogram";
    }
    return "untyped";
}

} // namespace

QByteArray formatExposition(const QList<FamilySnapshot> &families)
{
    QByteArray out;
    out.reserve(families.size() * 160);
    for (const FamilySnapshot &family : families) {
        const QByteArray name = family.name.toUtf8();
        if (!family.help.isEmpty()) {
            out += "# HELP " + name + ' ';
            appendEscaped(out, family.help, false);
            out += '\n';
        }
        out += "# TYPE " + name + ' ' + typeName(family.type) + '\n';
        for (const SeriesSnapshot &s : family.series) {
            if (family.type != MetricType::Histogram) {
                appendSample(out, family.name, "", s.labels, nullptr, {}, s.value);
                continue;
            }
            const HistogramData &h = s.histogram;
            for (qsizetype i = 0; i < h.cumulativeCounts.size(); ++i) {
                const QByteArray le = i < h.upperBounds.size() ? formatValue(h.upperBounds[i])
                                                               : QByteArrayLiteral("+Inf");
                appendSample(out, family.name, "_bucket", s.labels, "le", le,
                             double(h.cumulativeCounts[i]));
            }
            appendSample(out, family.name, "_sum", s.labels, nullptr, {}, h.sum);
            appendSample(out, family.name, "_count", s.labels, nullptr, {}, double(h.count));
        }
    }
    return out;
}

QList<FlatSample> flatten(const QList<FamilySnapshot> &families)
{
    QList<FlatSample> out;
    for (const FamilySnapshot &family : families) {
        for (const SeriesSnapshot &s : family.series) {
            Labels labels = s.labels;
            if (family.type != MetricType::Histogram) {
                labels.insert(nameLabel(), family.name);
                out.append({labels, s.value});
                continue;
            }
            const HistogramData &h = s.histogram;
            Labels bucket = labels;
            bucket.insert(nameLabel(), family.name + QStringLiteral("_bucket"));
            for (qsizetype i = 0; i < h.cumulativeCounts.size(); ++i) {
                bucket.insert(QStringLiteral("le"),
                              i < h.upperBounds.size() ? QString::fromLatin1(formatValue(h.upperBounds[i]))
                                                       : QStringLiteral("+Inf"));
                out.append({bucket, double(h.cumulativeCounts[i])});
            }
            labels.insert(nameLabel(), family.name + QStringLiteral("_sum"));
            out.append({labels, h.sum});
            labels.insert(nameLabel(), family.name + QStringLiteral("_count"));
            out.append({labels, double(h.count)});
        }
    }
    return out;
}

} // namespace OpsDeck::Metrics
