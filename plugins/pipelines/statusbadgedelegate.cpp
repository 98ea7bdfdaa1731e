// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "statusbadgedelegate.h"

#include <QApplication>
#include <QPainter>

namespace OpsDeck::Pipelines::Internal {

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The row's selection background first, as every other cell has it.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty())
        return;
    const QColor fill = index.data(Qt::ForegroundRole).value<QColor>();
    const QFontMetrics fm(option.font);
    const int width = fm.horizontalAdvance(text) + 14;
    const int height = fm.height() + 4;
    const QRect badge(option.rect.left() + 4, option.rect.center().y() - height / 2 + 1, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill.isValid() ? fill : option.palette.color(QPalette::Mid));
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setPen(fill.lightness() > 170 ? Qt::black : Qt::white);
    painter->setFont(option.font);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    return {fm.horizontalAdvance(index.data(Qt::DisplayRole).toString()) + 24, fm.height() + 8};
}

} // namespace OpsDeck::Pipelines::Internal
