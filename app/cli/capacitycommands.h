// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "commands.h"

namespace OpsDeck::Cli {

enum class ReportFormat { Text, Json, Markdown, Csv };

struct CapacityOptions
{
    QStringList args;       ///< positional arguments after "capacity VERB"
    ReportFormat format = ReportFormat::Text;
    QStringList set;        ///< --set INPUT=VALUE, in order
    bool example = false;   ///< --example: print the seed's scenario file
    QString duration;       ///< --duration (simulate): how long to simulate
    QString step;           ///< --step: simulation step, or a range query's step
    QString seed;           ///< --seed (simulate)
};

/**
 * `opsctl capacity plan SCENARIO [--json|--markdown|--csv] [--set INPUT=VALUE …]`,
 * `opsctl capacity plan --example` and
 * `opsctl capacity simulate POLICY LOAD [--duration D] [--step S] [--seed N] [--json|--csv]`
 * (docs/cli.md, "Capacity"; the scenario format: docs/capacity-scenarios.md).
 * Pure arithmetic: no workspace is opened.
 */
int capacityCommand(const GlobalOptions &global, const QString &verb, const CapacityOptions &options);

struct MetricsOptions
{
    QStringList args;   ///< positional arguments after "metrics VERB"
    QString source;     ///< --source embedded|prometheus (default embedded)
    QString url;        ///< --url: the Prometheus server
    QString range;      ///< --range: a range query over the last D (else an instant query)
    QString step;       ///< --step: the range query's step (else chosen for 200 points)
};

/** `opsctl metrics query EXPR [--source embedded|prometheus --url URL] [--range D [--step S]] [--json]`. */
int metricsCommand(const GlobalOptions &global, const QString &verb, const MetricsOptions &options);

} // namespace OpsDeck::Cli
