// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/api/pipelineengine.h"

namespace OpsDeck::Backend {

QString runStatusName(RunStatus status)
{
    switch (status) {
    case RunStatus::Queued: return QStringLiteral("queued");
    case RunStatus::Running: return QStringLiteral("running");
    case RunStatus::Success: return QStringLiteral("success");
    case RunStatus::Failed: return QStringLiteral("failed");
    case RunStatus::Cancelled: return QStringLiteral("cancelled");
    case RunStatus::RolledBack: return QStringLiteral("rolled_back");
    }
    return {};
}

} // namespace OpsDeck::Backend
