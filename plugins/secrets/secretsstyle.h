// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/secretstore.h>

#include <QColor>
#include <QPalette>
#include <QString>

class QLabel;
class QWidget;

namespace OpsDeck::Secrets::Style {

// The plugin cannot use the console's style header, so it keeps its few
// colours here, each with a light and a dark variant so the panel stays
// readable in both themes. Everything else uses palette roles.

inline bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

inline QColor pick(const QPalette &palette, QRgb light, QRgb dark)
{
    return QColor::fromRgb(isDark(palette) ? dark : light);
}

inline QColor okColor(const QPalette &p) { return pick(p, 0x2e7d32, 0x81c784); }
inline QColor warnColor(const QPalette &p) { return pick(p, 0x9a6200, 0xf0b429); }
inline QColor errorColor(const QPalette &p) { return pick(p, 0xc62828, 0xff6b6b); }

/** Background of a rotation badge (the text is white on it). */
QColor rotationColor(Backend::RotationState state, const QPalette &palette);
/** "ok", "due", "overdue", or empty for no policy. */
QString rotationText(Backend::RotationState state);
/** "Text", "Multi-line", "Key/value map". */
QString kindText(Backend::SecretKind kind);
/** "3 May 2026 14:02" in the user's locale, or \a empty for an invalid time. */
QString formatTime(const QDateTime &time, const QString &empty = {});

enum class Message { Info, Success, Warning, Error };
/** Shows \a text on \a label in the colour of \a kind; an empty text hides the label. */
void showMessage(QLabel *label, const QString &text, Message kind);

/** A bold title 1.3 times the normal size. */
void makeTitle(QWidget *widget, qreal scale = 1.3);

/** What a masked value looks like: always the same length, so it leaks nothing. */
QString maskText();

} // namespace OpsDeck::Secrets::Style
