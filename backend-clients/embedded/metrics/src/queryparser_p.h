// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "queryast_p.h"

#include <opsdeck/api/result.h>

namespace OpsDeck::Metrics::Internal {

/**
 * Parses \a expression. Failures are ErrorCode::Parse ("LINE:COLUMN: what,
 * expected …" in the detail) or ErrorCode::Unsupported for valid PromQL this
 * subset does not serve ("not supported by the embedded source: …").
 */
Result<NodePtr> parseQuery(const QString &expression);

} // namespace OpsDeck::Metrics::Internal
