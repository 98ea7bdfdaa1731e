// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QLoggingCategory>

namespace OpsDeck::Alerts {
/** The alerts module's translation context: rule errors and states reach users in the alerts list. */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Alerts)
};
Q_DECLARE_LOGGING_CATEGORY(lcAlerts)
} // namespace OpsDeck::Alerts
