// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QRegularExpression>
#include <QStyledItemDelegate>

namespace OpsDeck::LogSearch {

/**
 * Paints the results: the level in its colour, the message with the
 * query's terms marked (a highlighter pen behind each match, on the
 * elided text that is actually visible), and the context anchor row.
 */
class LogItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /** What to mark in the message column; an invalid expression marks nothing. */
    void setHighlight(const QRegularExpression &expression) { m_highlight = expression; }
    const QRegularExpression &highlight() const { return m_highlight; }

    /** The [start, length) spans of \a text that \a expression marks. */
    static QList<std::pair<qsizetype, qsizetype>> matchSpans(const QRegularExpression &expression,
                                                             const QString &text);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QRegularExpression m_highlight;
};

} // namespace OpsDeck::LogSearch
