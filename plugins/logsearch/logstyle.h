// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/logstore.h>

#include <QColor>
#include <QPalette>

namespace OpsDeck::LogSearch::Style {

// The plugin cannot use the console's style header, so it keeps its few
// colours here. Each one is picked for the palette it is drawn on: the
// light variant on a light Base, a brighter one on a dark Base, so the
// panel stays readable in both themes. Everything else uses palette roles.

inline bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

inline QColor pick(const QPalette &palette, QRgb light, QRgb dark)
{
    return QColor::fromRgb(isDark(palette) ? dark : light);
}

/** Text colour of a level in the results. */
inline QColor levelColor(Backend::LogLevel level, const QPalette &palette)
{
    using Backend::LogLevel;
    switch (level) {
    case LogLevel::Critical: return pick(palette, 0xb0003a, 0xff6e9c);
    case LogLevel::Error: return pick(palette, 0xc62828, 0xff6b6b);
    case LogLevel::Warning: return pick(palette, 0x9a6200, 0xf0b429);
    case LogLevel::Notice: return pick(palette, 0x1565c0, 0x82b1ff);
    case LogLevel::Info: return palette.color(QPalette::Text);
    case LogLevel::Debug:
    case LogLevel::Trace:
    case LogLevel::Unknown: break;
    }
    return palette.color(QPalette::PlaceholderText);
}

/** Background behind a matched term. */
inline QColor matchBackground(const QPalette &palette)
{
    return pick(palette, 0xffe873, 0x806a00);
}

/** Query bar syntax colours. */
inline QColor fieldColor(const QPalette &palette)
{
    return pick(palette, 0x1f5fbf, 0x7fb2ff);
}
inline QColor phraseColor(const QPalette &palette)
{
    return pick(palette, 0x2e7d32, 0x9ccc65);
}
inline QColor operatorColor(const QPalette &palette)
{
    return pick(palette, 0x8e24aa, 0xd59cf0);
}
inline QColor regexColor(const QPalette &palette)
{
    return pick(palette, 0xb24c00, 0xffa657);
}
inline QColor errorColor(const QPalette &palette)
{
    return pick(palette, 0xc62828, 0xff6b6b);
}

} // namespace OpsDeck::LogSearch::Style
