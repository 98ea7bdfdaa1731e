// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStyledItemDelegate>

namespace OpsDeck::Pipelines::Internal {

/**
 * Paints one log line of a JobLogModel: a line-number gutter, the optional
 * time, then the text in its ANSI colours (bold, backgrounds). Lines the
 * engine wrote itself (the System stream) are italic in their own colour
 * behind a marker, stderr lines carry a mark in the gutter, and the
 * search text is highlighted. Every row has the same height, so the view
 * can lay out a million rows without asking for each.
 */
class LogLineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setShowTimestamps(bool show) { m_timestamps = show; }
    bool showTimestamps() const { return m_timestamps; }
    void setHighlight(const QString &text) { m_highlight = text; }
    /** Rows are as wide as \a characters (the longest line), so the view scrolls sideways. */
    void setLineLength(int characters) { m_lineLength = characters; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    bool m_timestamps = false;
    int m_lineLength = 80;
    QString m_highlight;
};

} // namespace OpsDeck::Pipelines::Internal
