// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>

namespace OpsDeck::Console::Style {

// The severity colours of the console, in one place. Chosen to stay
// readable on both light and dark palettes; everything else uses palette
// roles, so the console follows the system theme.
inline QColor ok() { return QColor(0x2e, 0x9d, 0x4f); }
inline QColor warning() { return QColor(0xc9, 0x8a, 0x00); }
inline QColor error() { return QColor(0xd0, 0x30, 0x30); }

} // namespace OpsDeck::Console::Style
