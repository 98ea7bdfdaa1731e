// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "logging_p.h"

namespace OpsDeck::Reliability::Internal {

Q_LOGGING_CATEGORY(lcReliability, "opsdeck.backend.reliability", QtWarningMsg)

} // namespace OpsDeck::Reliability::Internal
