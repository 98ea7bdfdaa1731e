// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/reliability/health.h>

#include <QString>

namespace OpsDeck::Test {

/**
 * The report a fake backend publishes: one check named \a checkName in
 * \a state, checked now. The overall state is the check's state.
 */
Reliability::HealthReport mockHealthReport(Reliability::HealthState state, const QString &checkName,
                                           const QString &message = {});

} // namespace OpsDeck::Test
