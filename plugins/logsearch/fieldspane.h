// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/logstore.h>

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace OpsDeck::LogSearch {

/**
 * The fields of a sample of the results (the newest loaded records), each
 * with its most frequent values and their counts, like Kibana's field list.
 * Clicking a value asks for `field:value`; the "−" column (or the context
 * menu) asks for `-field:value`.
 */
class FieldsPane final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kTopValues = 5;
    enum Column { NameColumn, CountColumn, ExcludeColumn };

    explicit FieldsPane(QWidget *parent = nullptr);

    /** Recounts over \a sample. */
    void setRecords(const QList<Backend::LogRecord> &sample);
    void clear();

    QTreeWidget *tree() const { return m_tree; }
    /** The value item for \a field = \a value, or nullptr. */
    QTreeWidgetItem *valueItem(const QString &field, const QString &value) const;

Q_SIGNALS:
    void filterRequested(const QString &field, const QString &value, bool exclude);

private:
    void showMenu(const QPoint &pos);

    QLabel *m_caption = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace OpsDeck::LogSearch
