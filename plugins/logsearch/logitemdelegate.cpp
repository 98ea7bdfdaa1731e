// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "logitemdelegate.h"

#include "logresultsmodel.h"
#include "logstyle.h"

#include <QApplication>
#include <QPainter>
#include <QRegularExpressionMatchIterator>
#include <QStyle>

namespace OpsDeck::LogSearch {

namespace {
constexpr int kMaxSpans = 64; // enough for any visible line; bounds the work per cell
}

QList<std::pair<qsizetype, qsizetype>> LogItemDelegate::matchSpans(const QRegularExpression &expression,
                                                                   const QString &text)
{
    QList<std::pair<qsizetype, qsizetype>> spans;
    if (!expression.isValid() || expression.pattern().isEmpty() || text.isEmpty())
        return spans;
    QRegularExpressionMatchIterator it = expression.globalMatch(text);
    while (it.hasNext() && spans.size() < kMaxSpans) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength() > 0)
            spans.append({m.capturedStart(), m.capturedLength()});
    }
    return spans;
}

void LogItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == LogResultsModel::LevelColumn) {
        const auto level = Backend::LogLevel(index.data(LogResultsModel::LevelRole).toInt());
        option->palette.setColor(QPalette::Text, Style::levelColor(level, option->palette));
        if (level >= Backend::LogLevel::Error)
            option->font.setBold(true);
    }
    if (index.data(LogResultsModel::AnchorRole).toBool()) {
        option->backgroundBrush = option->palette.color(QPalette::AlternateBase);
        option->font.setBold(true);
    }
}

void LogItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != LogResultsModel::MessageColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background, selection and focus as the style draws them, without text.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
                               .adjusted(3, 0, -3, 0); // the style's text margin
    const QFontMetrics fm(opt.font);
    const QString visible = fm.elidedText(text, Qt::ElideRight, textRect.width());
    const bool selected = opt.state & QStyle::State_Selected;

    painter->save();
    painter->setFont(opt.font);
    painter->setClipRect(textRect);
    const int baselineTop = textRect.top() + (textRect.height() - fm.height()) / 2;
    // Only the unelided part can hold matches we can place exactly.
    const qsizetype usable = visible.endsWith(QChar(0x2026)) ? visible.size() - 1 : visible.size();
    const QColor mark = Style::matchBackground(opt.palette);
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QRect line(textRect.left(), baselineTop, textRect.width(), fm.height());
    const auto flags = Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine;
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(line, flags, visible);
    // Each match: the marker, then its text again in the normal text colour,
    // which reads on the marker even inside a selected row.
    painter->setPen(opt.palette.color(group, QPalette::Text));
    for (const auto &[start, length] : matchSpans(m_highlight, visible.left(usable))) {
        const int x = line.left() + fm.horizontalAdvance(visible.left(start));
        const QString part = visible.mid(start, length);
        const QRect r(x, line.top(), fm.horizontalAdvance(part), line.height());
        painter->fillRect(r, mark);
        painter->drawText(r, flags, part);
    }
    painter->restore();
}

} // namespace OpsDeck::LogSearch
