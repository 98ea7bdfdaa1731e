// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QPalette>

namespace OpsDeck::Capacity::Internal::Style {

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

inline QColor errorColor(const QPalette &p) { return pick(p, 0xc62828, 0xef5350); }
inline QColor warningColor(const QPalette &p) { return pick(p, 0xb26a00, 0xffb74d); }
inline QColor okColor(const QPalette &p) { return pick(p, 0x2e7d32, 0x66bb6a); }
inline QColor errorBackground(const QPalette &p) { return pick(p, 0xffebee, 0x4a1c1c); }
inline QColor warningBackground(const QPalette &p) { return pick(p, 0xfff8e1, 0x4a3b12); }
inline QColor increaseBackground(const QPalette &p) { return pick(p, 0xfff3e0, 0x4a3212); }
inline QColor decreaseBackground(const QPalette &p) { return pick(p, 0xe8f5e9, 0x1b3a1e); }
/** Annotation markers: deployments blue, rollbacks purple, alerts red. */
inline QColor deploymentColor(const QPalette &p) { return pick(p, 0x1565c0, 0x42a5f5); }
inline QColor rollbackColor(const QPalette &p) { return pick(p, 0x6a1b9a, 0xba68c8); }
inline QColor alertColor(const QPalette &p) { return pick(p, 0xc62828, 0xef5350); }
inline QColor crosshairColor(const QPalette &p) { return pick(p, 0x424242, 0xe0e0e0); }

/** Series colours for charts, distinguishable on light and dark. */
inline QColor seriesColor(int index)
{
    static const QRgb colours[] = {0x1e88e5, 0xe53935, 0x43a047, 0xfb8c00, 0x8e24aa, 0x00897b, 0x6d4c41, 0x3949ab};
    return QColor::fromRgb(colours[index % 8]);
}

} // namespace OpsDeck::Capacity::Internal::Style
