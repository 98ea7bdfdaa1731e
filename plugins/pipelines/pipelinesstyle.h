// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/pipelineengine.h>

#include <QColor>
#include <QPalette>

namespace OpsDeck::Pipelines::Internal::Style {

// The plugin cannot use the console's style header, so it keeps its few
// colours here, each in a variant for a light and for a dark Base.

inline bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

inline QColor pick(const QPalette &palette, QRgb light, QRgb dark)
{
    return QColor::fromRgb(isDark(palette) ? dark : light);
}

/** Badge colours: green success, red failure, blue running, grey waiting, amber manual. */
inline QColor successColor(const QPalette &p) { return pick(p, 0x2e7d32, 0x66bb6a); }
inline QColor failedColor(const QPalette &p) { return pick(p, 0xc62828, 0xef5350); }
inline QColor runningColor(const QPalette &p) { return pick(p, 0x1565c0, 0x42a5f5); }
inline QColor waitingColor(const QPalette &p) { return pick(p, 0x757575, 0x9e9e9e); }
inline QColor manualColor(const QPalette &p) { return pick(p, 0xb26a00, 0xffb74d); }
inline QColor cancelledColor(const QPalette &p) { return pick(p, 0x5d4037, 0xa1887f); }
inline QColor rolledBackColor(const QPalette &p) { return pick(p, 0x6a1b9a, 0xba68c8); }

inline QColor runStatusColor(Backend::RunStatus status, const QPalette &p)
{
    using Backend::RunStatus;
    switch (status) {
    case RunStatus::Queued: return waitingColor(p);
    case RunStatus::Running: return runningColor(p);
    case RunStatus::Success: return successColor(p);
    case RunStatus::Failed: return failedColor(p);
    case RunStatus::Cancelled: return cancelledColor(p);
    case RunStatus::RolledBack: return rolledBackColor(p);
    }
    return waitingColor(p);
}

inline QColor jobStatusColor(Backend::JobStatus status, const QPalette &p)
{
    using Backend::JobStatus;
    switch (status) {
    case JobStatus::Created:
    case JobStatus::Pending: return waitingColor(p);
    case JobStatus::Manual: return manualColor(p);
    case JobStatus::Running: return runningColor(p);
    case JobStatus::Success: return successColor(p);
    case JobStatus::Failed: return failedColor(p);
    case JobStatus::Cancelled:
    case JobStatus::Interrupted: return cancelledColor(p);
    case JobStatus::Skipped: return waitingColor(p);
    }
    return waitingColor(p);
}

inline QColor deploymentStatusColor(Backend::DeploymentStatus status, const QPalette &p)
{
    using Backend::DeploymentStatus;
    switch (status) {
    case DeploymentStatus::Queued: return waitingColor(p);
    case DeploymentStatus::Running: return runningColor(p);
    case DeploymentStatus::Success: return successColor(p);
    case DeploymentStatus::Failed: return failedColor(p);
    case DeploymentStatus::RolledBack: return rolledBackColor(p);
    }
    return waitingColor(p);
}

/** A one-character status glyph, so status never rests on colour alone. */
inline QString jobStatusGlyph(Backend::JobStatus status)
{
    using Backend::JobStatus;
    switch (status) {
    case JobStatus::Created: return QStringLiteral("\u25CB");     // ○
    case JobStatus::Pending: return QStringLiteral("\u25F7");     // ◷
    case JobStatus::Manual: return QStringLiteral("\u25B6");      // ▶
    case JobStatus::Running: return QStringLiteral("\u27F3");     // ⟳
    case JobStatus::Success: return QStringLiteral("\u2713");     // ✓
    case JobStatus::Failed: return QStringLiteral("\u2717");      // ✗
    case JobStatus::Cancelled: return QStringLiteral("\u2298");   // ⊘
    case JobStatus::Skipped: return QStringLiteral("\u2192");     // →
    case JobStatus::Interrupted: return QStringLiteral("!");
    }
    return {};
}

/** Log colours: system lines (the engine's own messages) and search hits. */
inline QColor systemLineColor(const QPalette &p) { return pick(p, 0x6a1b9a, 0xce93d8); }
inline QColor searchHitBackground(const QPalette &p) { return pick(p, 0xfff59d, 0x5d5300); }
inline QColor timestampColor(const QPalette &p) { return p.color(QPalette::PlaceholderText); }

} // namespace OpsDeck::Pipelines::Internal::Style
