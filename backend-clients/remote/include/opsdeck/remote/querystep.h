// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// The step choice lives in the API layer (opsdeck/api/metricssource.h), so
// dashboards and this source agree on it; these names stay for the source's
// own code and tests.
#include <opsdeck/api/metricssource.h>

namespace OpsDeck::Remote {

using Backend::chooseStep;
using Backend::kMaxPointsPerSeries;
using Backend::pointsPerSeries;

} // namespace OpsDeck::Remote
