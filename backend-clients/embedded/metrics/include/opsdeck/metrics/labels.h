// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMap>
#include <QString>
#include <QStringView>

namespace OpsDeck::Metrics {

/**
 * A series' identity: label name → value, sorted by name (QMap), with the
 * metric name under "__name__", as in Prometheus.
 */
using Labels = QMap<QString, QString>;

/** The label that carries the metric name. */
inline const QString &nameLabel()
{
    static const QString name = QStringLiteral("__name__");
    return name;
}

/** [a-zA-Z_:][a-zA-Z0-9_:]* — what Prometheus accepts as a metric name. */
bool isValidMetricName(QStringView name);
/** [a-zA-Z_][a-zA-Z0-9_]* — what Prometheus accepts as a label name. */
bool isValidLabelName(QStringView name);

/** A stable text key of \a labels (name=value pairs joined by control characters). */
QString labelsKey(const Labels &labels);

} // namespace OpsDeck::Metrics
