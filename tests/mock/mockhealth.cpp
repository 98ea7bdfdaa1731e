// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "mockhealth.h"

#include <QDateTime>

namespace OpsDeck::Test {

Reliability::HealthReport mockHealthReport(Reliability::HealthState state, const QString &checkName,
                                           const QString &message)
{
    Reliability::HealthCheck check;
    check.name = checkName;
    check.state = state;
    check.message = message;
    check.checkedAt = QDateTime::currentDateTimeUtc();
    return Reliability::HealthReport::fromChecks({check});
}

} // namespace OpsDeck::Test
