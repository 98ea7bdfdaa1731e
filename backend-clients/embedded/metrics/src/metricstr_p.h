// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QLoggingCategory>

namespace OpsDeck::Metrics {
/** The metrics module's translation context: its errors reach users in panels and opsctl. */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Metrics)
};
Q_DECLARE_LOGGING_CATEGORY(lcMetrics)
} // namespace OpsDeck::Metrics
