// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "loglinedelegate.h"

#include "ansi.h"
#include "joblogmodel.h"
#include "pipelinesstyle.h"

#include <opsdeck/api/pipelineengine.h>

#include <QDateTime>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace OpsDeck::Pipelines::Internal {

QSize LogLineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // Gutter (7 digits and a space), the time when shown (13), the line.
    const int chars = 8 + (m_timestamps ? 13 : 0) + m_lineLength + 2;
    return {option.fontMetrics.horizontalAdvance(u'0') * chars + 8, option.fontMetrics.height() + 2};
}

void LogLineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    const QPalette &palette = option.palette;
    const QRect r = option.rect;
    const bool selected = option.state & QStyle::State_Selected;
    if (selected)
        painter->fillRect(r, palette.color(QPalette::Highlight).lighter(Style::isDark(palette) ? 80 : 160));

    const QFontMetrics &fm = option.fontMetrics;
    const int charWidth = std::max(1, fm.horizontalAdvance(u'0'));
    const int baseline = r.top() + 1 + fm.ascent();
    int x = r.left() + 4;

    // Gutter: the line number, right-aligned to seven digits (a million lines).
    const qint64 number = index.data(JobLogModel::LineIndexRole).toLongLong() + 1;
    const int gutter = charWidth * 7;
    painter->setPen(Style::timestampColor(palette));
    painter->drawText(QRect(x, r.top(), gutter, r.height()), Qt::AlignRight | Qt::AlignVCenter,
                      QString::number(number));
    x += gutter + charWidth;

    if (!index.data(JobLogModel::LoadedRole).toBool()) {
        painter->drawText(x, baseline, u"…"_s);
        painter->restore();
        return;
    }
    const auto stream = Backend::LogLine::Stream(index.data(JobLogModel::StreamRole).toInt());
    if (stream == Backend::LogLine::Stream::Err)
        painter->fillRect(QRect(x - charWidth / 2 - 2, r.top(), 2, r.height()), Style::failedColor(palette));

    if (m_timestamps) {
        const auto when = QDateTime::fromMSecsSinceEpoch(index.data(JobLogModel::TimeRole).toLongLong());
        const QString stamp = when.toLocalTime().toString(u"HH:mm:ss.zzz"_s);
        painter->drawText(x, baseline, stamp);
        x += fm.horizontalAdvance(stamp) + charWidth;
    }

    const QString text = index.data(Qt::DisplayRole).toString();
    QFont font = option.font;
    if (stream == Backend::LogLine::Stream::System) {
        font.setItalic(true);
        painter->setFont(font);
        painter->setPen(Style::systemLineColor(palette));
        const QString marker = u"\u25B8 "_s; // ▸ the engine speaking, not the job
        painter->drawText(x, baseline, marker + text);
        painter->restore();
        return;
    }

    // Search hits first, behind the text.
    if (!m_highlight.isEmpty()) {
        for (qsizetype at = text.indexOf(m_highlight, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(m_highlight, at + m_highlight.size(), Qt::CaseInsensitive)) {
            const int left = x + fm.horizontalAdvance(text.left(at));
            const int width = fm.horizontalAdvance(text.mid(at, m_highlight.size()));
            painter->fillRect(QRect(left, r.top(), width, r.height()), Style::searchHitBackground(palette));
        }
    }

    const auto spans = index.data(JobLogModel::SpansRole).value<QList<AnsiSpan>>();
    const QColor defaultText = palette.color(selected ? QPalette::Text : QPalette::Text);
    QFont bold = font;
    bold.setBold(true);
    for (const AnsiSpan &span : spans) {
        if (x > r.right())
            break;
        const QString part = text.mid(span.start, span.length);
        painter->setFont(span.bold ? bold : font);
        const int width = QFontMetrics(painter->font()).horizontalAdvance(part);
        if (span.background >= 0)
            painter->fillRect(QRect(x, r.top(), width, r.height()), ansiColor(span.background, palette));
        painter->setPen(span.foreground >= 0 ? ansiColor(span.foreground, palette) : defaultText);
        painter->drawText(x, baseline, part);
        x += width;
    }
    painter->restore();
}

} // namespace OpsDeck::Pipelines::Internal
