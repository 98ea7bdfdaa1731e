// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStyledItemDelegate>

namespace OpsDeck::Pipelines::Internal {

/**
 * Paints a cell as a rounded badge: the cell's ForegroundRole colour as the
 * fill, its text in white (or black on a light fill) over it. Used for the
 * status column of the runs list and the deployment history.
 */
class StatusBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace OpsDeck::Pipelines::Internal
