// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "fieldspane.h"

#include "logsearchtr.h"

#include <QApplication>
#include <QClipboard>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace OpsDeck::LogSearch {

namespace {

constexpr int kFieldRole = Qt::UserRole + 1;
constexpr int kValueRole = Qt::UserRole + 2;

// Secondary text (a heading's value count) and the "−" take their colours
// from the palette when painted, so they follow a theme change.
class FieldsDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const bool heading = !index.parent().isValid();
        if (heading && index.column() == FieldsPane::CountColumn)
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        if (!heading && index.column() == FieldsPane::ExcludeColumn) {
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Link));
            option->font.setBold(true);
        }
    }
};

} // namespace

FieldsPane::FieldsPane(QWidget *parent)
    : QWidget(parent)
{
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    QFont small = m_caption->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_caption->setFont(small);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"logsearch.fields"_s);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({Tr::tr("Field / value"), Tr::tr("Count"), QString()});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setIndentation(12);
    m_tree->setMouseTracking(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setItemDelegate(new FieldsDelegate(m_tree));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(CountColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ExcludeColumn, QHeaderView::Fixed);
    m_tree->header()->resizeSection(ExcludeColumn, 24);
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item, int column) {
        if (!item->parent())
            return; // a field heading
        Q_EMIT filterRequested(item->data(0, kFieldRole).toString(), item->data(0, kValueRole).toString(),
                               column == ExcludeColumn);
    });
    connect(m_tree, &QWidget::customContextMenuRequested, this, &FieldsPane::showMenu);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_caption);
    layout->addWidget(m_tree, 1);
    clear();
}

void FieldsPane::clear()
{
    m_tree->clear();
    m_caption->setText(Tr::tr("Fields of the results appear here."));
}

void FieldsPane::setRecords(const QList<Backend::LogRecord> &sample)
{
    m_tree->clear();
    if (sample.isEmpty()) {
        clear();
        return;
    }
    // Built-in fields first, in a fixed order, then extracted ones by name.
    std::map<QString, QHash<QString, int>> extracted;
    QHash<QString, int> level, host, service, source;
    for (const Backend::LogRecord &r : sample) {
        if (r.level != Backend::LogLevel::Unknown)
            ++level[Backend::logLevelName(r.level)];
        if (!r.host.isEmpty())
            ++host[r.host];
        if (!r.service.isEmpty())
            ++service[r.service];
        if (!r.source.isEmpty())
            ++source[r.source];
        for (auto it = r.fields.cbegin(); it != r.fields.cend(); ++it) {
            const QString value = it.value().toString();
            if (!value.isEmpty())
                ++extracted[it.key()][value];
        }
    }
    QList<std::pair<QString, QHash<QString, int>>> fields{
        {u"level"_s, level}, {u"service"_s, service}, {u"host"_s, host}, {u"source"_s, source}};
    for (auto &[name, values] : extracted)
        fields.append({name, values});

    const int n = int(sample.size());
    for (const auto &[name, values] : std::as_const(fields)) {
        if (values.isEmpty())
            continue;
        auto *heading = new QTreeWidgetItem(m_tree);
        heading->setText(NameColumn, name);
        heading->setText(CountColumn, Tr::tr("%Ln value(s)", nullptr, int(values.size())));
        QFont bold = heading->font(NameColumn);
        bold.setBold(true);
        heading->setFont(NameColumn, bold);
        heading->setFirstColumnSpanned(false);

        QList<std::pair<QString, int>> sorted(values.keyValueBegin(), values.keyValueEnd());
        std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        for (qsizetype i = 0; i < std::min<qsizetype>(kTopValues, sorted.size()); ++i) {
            const auto &[value, count] = sorted.at(i);
            auto *item = new QTreeWidgetItem(heading);
            item->setText(NameColumn, value);
            item->setText(CountColumn, Tr::tr("%1 (%2%)").arg(count).arg(qRound(100.0 * count / n)));
            item->setTextAlignment(CountColumn, Qt::AlignRight | Qt::AlignVCenter);
            item->setText(ExcludeColumn, u"−"_s);
            item->setTextAlignment(ExcludeColumn, Qt::AlignCenter);
            item->setData(0, kFieldRole, name);
            item->setData(0, kValueRole, value);
            item->setToolTip(NameColumn, Tr::tr("Filter for %1:%2").arg(name, value));
            item->setToolTip(CountColumn, Tr::tr("Records with this value in the sample"));
            item->setToolTip(ExcludeColumn, Tr::tr("Exclude %1:%2").arg(name, value));
        }
        // Long-tail fields (source paths, ids) stay folded so the common ones fit.
        heading->setExpanded(name != u"source" && values.size() <= 50);
    }
    m_caption->setText(Tr::tr("Top values in the newest %Ln record(s). Click a value to filter, − to exclude.",
                              nullptr, n));
}

QTreeWidgetItem *FieldsPane::valueItem(const QString &field, const QString &value) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *heading = m_tree->topLevelItem(i);
        if (heading->text(NameColumn) != field)
            continue;
        for (int j = 0; j < heading->childCount(); ++j) {
            if (heading->child(j)->data(0, kValueRole).toString() == value)
                return heading->child(j);
        }
    }
    return nullptr;
}

void FieldsPane::showMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_tree->itemAt(pos);
    if (!item || !item->parent())
        return;
    const QString field = item->data(0, kFieldRole).toString();
    const QString value = item->data(0, kValueRole).toString();
    QMenu menu(this);
    menu.addAction(Tr::tr("Filter for value"), this, [this, field, value] {
        Q_EMIT filterRequested(field, value, false);
    });
    menu.addAction(Tr::tr("Exclude value"), this, [this, field, value] {
        Q_EMIT filterRequested(field, value, true);
    });
    menu.addSeparator();
    menu.addAction(Tr::tr("Copy value"), this, [value] { QApplication::clipboard()->setText(value); });
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

} // namespace OpsDeck::LogSearch
