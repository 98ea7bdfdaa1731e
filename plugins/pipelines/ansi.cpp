// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "ansi.h"

#include "pipelinesstyle.h"

#include <QPalette>

namespace OpsDeck::Pipelines::Internal {

namespace {

struct State
{
    int foreground = -1;
    int background = -1;
    bool bold = false;
};

void applySgr(State &state, const QList<int> &params)
{
    if (params.isEmpty()) {
        state = State{};
        return;
    }
    for (qsizetype i = 0; i < params.size(); ++i) {
        const int p = params.at(i);
        if (p == 0)
            state = State{};
        else if (p == 1)
            state.bold = true;
        else if (p == 22)
            state.bold = false;
        else if (p >= 30 && p <= 37)
            state.foreground = p - 30;
        else if (p >= 90 && p <= 97)
            state.foreground = p - 90 + 8;
        else if (p == 39)
            state.foreground = -1;
        else if (p >= 40 && p <= 47)
            state.background = p - 40;
        else if (p >= 100 && p <= 107)
            state.background = p - 100 + 8;
        else if (p == 49)
            state.background = -1;
        else if (p == 38 || p == 48) {
            // 38;5;n or 38;2;r;g;b: not in the palette we render; skip the arguments.
            if (i + 1 < params.size())
                i += params.at(i + 1) == 5 ? 2 : params.at(i + 1) == 2 ? 4 : 1;
        }
    }
}

} // namespace

AnsiLine parseAnsi(const QByteArray &raw)
{
    AnsiLine line;
    State state;
    QByteArray run; // bytes of the current span, decoded when the span closes
    int runStart = 0;
    const auto closeRun = [&] {
        if (run.isEmpty())
            return;
        const QString text = QString::fromUtf8(run);
        run.clear();
        AnsiSpan span{runStart, int(text.size()), state.foreground, state.background, state.bold};
        line.text += text;
        runStart = int(line.text.size());
        if (!line.spans.isEmpty()) {
            AnsiSpan &last = line.spans.last();
            if (last.foreground == span.foreground && last.background == span.background && last.bold == span.bold
                && last.start + last.length == span.start) {
                last.length += span.length;
                return;
            }
        }
        line.spans.append(span);
    };

    const qsizetype n = raw.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = raw.at(i);
        if (c == '\x1b' && i + 1 < n && raw.at(i + 1) == '[') {
            // CSI: parameters, then one final byte in 0x40–0x7e.
            qsizetype j = i + 2;
            while (j < n && (uchar(raw.at(j)) < 0x40 || uchar(raw.at(j)) > 0x7e))
                ++j;
            if (j >= n) {
                i = n; // a cut-off escape at the end: drop it
                break;
            }
            if (raw.at(j) == 'm') {
                closeRun();
                QList<int> params;
                for (const QByteArray &part : raw.mid(i + 2, j - i - 2).split(';'))
                    params.append(part.isEmpty() ? 0 : part.toInt());
                if (j == i + 2)
                    params.clear(); // "\e[m" is a reset
                applySgr(state, params);
            }
            i = j;
            continue;
        }
        if (c == '\x1b')
            continue; // a lone escape (not CSI): never show it
        if (c == '\r') {
            if (i + 1 == n)
                continue; // CRLF endings
            closeRun();
            line = AnsiLine{};
            runStart = 0;
            continue;
        }
        if (c == '\t')
            run.append("    "); // one advance per character keeps the painter's arithmetic simple
        else
            run.append(uchar(c) < 0x20 ? ' ' : c);
    }
    closeRun();
    return line;
}

QColor ansiColor(int index, const QPalette &palette)
{
    // Normal and bright, each tuned for a light and a dark background.
    static constexpr QRgb light[16] = {0x000000, 0xc62828, 0x2e7d32, 0x8d6e00, 0x1565c0, 0x8e24aa, 0x00838f, 0x616161,
                                       0x616161, 0xe53935, 0x43a047, 0xb08800, 0x1e88e5, 0xab47bc, 0x0097a7, 0x424242};
    static constexpr QRgb dark[16] = {0x808080, 0xef5350, 0x66bb6a, 0xfdd835, 0x42a5f5, 0xce93d8, 0x4dd0e1, 0xd0d0d0,
                                      0x9e9e9e, 0xff7961, 0x98ee99, 0xffff6b, 0x80d6ff, 0xf3c2ff, 0x88ffff, 0xffffff};
    if (index < 0 || index > 15)
        return palette.color(QPalette::Text);
    return QColor::fromRgb(Style::isDark(palette) ? dark[index] : light[index]);
}

} // namespace OpsDeck::Pipelines::Internal
