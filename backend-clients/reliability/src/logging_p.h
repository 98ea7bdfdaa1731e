// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLoggingCategory>

namespace OpsDeck::Reliability::Internal {

// One category for the whole module; enable with
// QT_LOGGING_RULES="opsdeck.backend.reliability.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcReliability)

} // namespace OpsDeck::Reliability::Internal
