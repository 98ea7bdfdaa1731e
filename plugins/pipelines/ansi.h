// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QColor>
#include <QList>
#include <QMetaType>
#include <QString>

class QPalette;

namespace OpsDeck::Pipelines::Internal {

/**
 * One run of text with the same SGR attributes. Colours are terminal
 * indexes (0–7 normal, 8–15 bright, -1 the view's default) so the model
 * stays independent of the palette; the delegate picks the real colour.
 */
struct AnsiSpan
{
    int start = 0;
    int length = 0;
    int foreground = -1;
    int background = -1;
    bool bold = false;

    bool operator==(const AnsiSpan &) const = default;
};

/** A log line with its escapes parsed out. */
struct AnsiLine
{
    QString text;           ///< what is shown: escapes removed, carriage-return overwrites applied
    QList<AnsiSpan> spans;  ///< covers text, in order; empty for an empty line
};

/**
 * Parses SGR escapes: 0 reset, 1 bold, 22 normal, 30–37 / 90–97 foreground,
 * 39 default foreground, 40–47 / 100–107 background, 49 default background.
 * 38/48 extended colours are skipped with their arguments; every other CSI
 * sequence (cursor moves, erase) is dropped. A carriage return starts the
 * line over, as a terminal would show a progress bar's last state.
 */
AnsiLine parseAnsi(const QByteArray &raw);

/** The colour of terminal colour \a index (0–15), readable on \a palette's Base. */
QColor ansiColor(int index, const QPalette &palette);

} // namespace OpsDeck::Pipelines::Internal

Q_DECLARE_METATYPE(OpsDeck::Pipelines::Internal::AnsiSpan)
