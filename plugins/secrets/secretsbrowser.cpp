// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "secretsbrowser.h"

#include "secretsstyle.h"
#include "secretstr.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QLineEdit>
#include <QPainter>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace OpsDeck::Secrets {

using Backend::RotationState;

/** Filters secret rows by text and rotation; folders show when a child does. */
class SecretFilterProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString &text)
    {
        m_text = text.trimmed();
        invalidateFilter();
    }
    void setDueOnly(bool dueOnly)
    {
        m_dueOnly = dueOnly;
        invalidateFilter();
    }
    bool isFiltering() const { return !m_text.isEmpty() || m_dueOnly; }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        const QString path = index.data(SecretsBrowser::PathRole).toString();
        if (path.isEmpty()) // a folder: shown through its children (recursive filtering)
            return !isFiltering();
        if (m_dueOnly) {
            const auto state = RotationState(index.data(SecretsBrowser::RotationRole).toInt());
            if (state != RotationState::Due && state != RotationState::Overdue)
                return false;
        }
        if (m_text.isEmpty())
            return true;
        if (path.contains(m_text, Qt::CaseInsensitive))
            return true;
        // The owner matches too: "who owns what" is a common question on call.
        const QModelIndex owner = sourceModel()->index(row, SecretsBrowser::OwnerColumn, parent);
        return owner.data().toString().contains(m_text, Qt::CaseInsensitive);
    }

private:
    QString m_text;
    bool m_dueOnly = false;
};

namespace {

/** Paints the rotation state as a small coloured pill. */
class BadgeDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QVariant role = index.data(SecretsBrowser::RotationRole);
        const auto state = role.isValid() ? RotationState(role.toInt()) : RotationState::None;
        if (state == RotationState::None) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        // Selection background first, then the pill on top.
        QStyleOptionViewItem plain = option;
        initStyleOption(&plain, index);
        plain.text.clear();
        option.widget->style()->drawControl(QStyle::CE_ItemViewItem, &plain, painter, option.widget);

        const QString text = Style::rotationText(state);
        const QFontMetrics metrics(option.font);
        const int height = metrics.height() + 2;
        const int width = metrics.horizontalAdvance(text) + 14;
        const QRect pill(option.rect.left() + 4, option.rect.center().y() - height / 2 + 1, width, height);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(Style::rotationColor(state, option.palette));
        painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
        painter->setPen(Qt::white);
        painter->drawText(pill, Qt::AlignCenter, text);
        painter->restore();
    }
};

QStandardItem *readOnlyItem(const QString &text = {})
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

} // namespace

SecretsBrowser::SecretsBrowser(QWidget *parent)
    : QWidget(parent)
{
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"secrets.filter"_s);
    m_filter->setPlaceholderText(Tr::tr("Filter by path or owner"));
    m_filter->setClearButtonEnabled(true);
    m_due = new QToolButton(this);
    m_due->setObjectName(u"secrets.dueOnly"_s);
    m_due->setCheckable(true);
    m_due->setToolTip(Tr::tr("Show only secrets that are due or overdue for rotation"));

    m_model = new QStandardItemModel(this);
    m_model->setHorizontalHeaderLabels(
        {Tr::tr("Name"), Tr::tr("Version"), Tr::tr("Rotation"), Tr::tr("Updated"), Tr::tr("Owner")});
    m_proxy = new SecretFilterProxy(this);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setSortRole(SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSourceModel(m_model);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(u"secrets.tree"_s);
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(NameColumn, Qt::AscendingOrder);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setItemDelegateForColumn(RotationColumn, new BadgeDelegate(m_tree));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int c = VersionColumn; c < ColumnCount; ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    auto *filterRow = new QHBoxLayout;
    filterRow->setSpacing(6);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_due);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(filterRow);
    layout->addWidget(m_tree, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &SecretsBrowser::setFilterText);
    connect(m_due, &QToolButton::toggled, this, &SecretsBrowser::setDueOnly);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        const QString path = currentPath();
        if (path == m_lastPath)
            return;
        m_lastPath = path;
        Q_EMIT currentPathChanged(path);
    });
    updateDueButton();
}

SecretsBrowser::~SecretsBrowser() = default;

QStandardItem *SecretsBrowser::folderItem(const QString &folder)
{
    if (folder.isEmpty())
        return m_model->invisibleRootItem();
    if (QStandardItem *found = m_folders.value(folder))
        return found;
    const qsizetype slash = folder.lastIndexOf(u'/');
    QStandardItem *parent = folderItem(slash < 0 ? QString() : folder.left(slash));
    const QString name = slash < 0 ? folder : folder.mid(slash + 1);
    auto *item = readOnlyItem(name);
    item->setData(QString(u"0"_s + name), SortRole); // folders before secrets
    QFont bold = item->font();
    bold.setBold(true);
    item->setFont(bold);
    QList<QStandardItem *> row{item};
    for (int c = 1; c < ColumnCount; ++c)
        row.append(readOnlyItem());
    parent->appendRow(row);
    m_folders.insert(folder, item);
    return item;
}

void SecretsBrowser::setSecrets(const QList<Backend::SecretInfo> &secrets)
{
    const QString selected = currentPath();
    // Remember which folders the user collapsed; new folders start expanded.
    QSet<QString> collapsed;
    for (auto it = m_folders.cbegin(); it != m_folders.cend(); ++it) {
        if (!m_tree->isExpanded(m_proxy->mapFromSource(it.value()->index())))
            collapsed.insert(it.key());
    }
    const QSignalBlocker block(m_tree->selectionModel());
    m_model->removeRows(0, m_model->rowCount());
    m_folders.clear();
    m_infos.clear();

    for (const Backend::SecretInfo &info : secrets) {
        m_infos.insert(info.path, info);
        const qsizetype slash = info.path.lastIndexOf(u'/');
        QStandardItem *parent = folderItem(slash < 0 ? QString() : info.path.left(slash));
        auto *name = readOnlyItem(slash < 0 ? info.path : info.path.mid(slash + 1));
        name->setData(info.path, PathRole);
        name->setData(int(info.rotation), RotationRole);
        name->setData(QString(u"1"_s + name->text()), SortRole);
        name->setToolTip(info.description.isEmpty() ? info.path : info.path + u'\n' + info.description);
        auto *version = readOnlyItem(info.version > 0 ? QString::number(info.version) : Tr::tr("deleted"));
        version->setData(info.version, SortRole);
        version->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *rotation = readOnlyItem();
        rotation->setData(int(info.rotation), RotationRole);
        rotation->setData(int(info.rotation), SortRole);
        if (info.rotateBy.isValid())
            rotation->setToolTip(Tr::tr("Rotate by %1").arg(Style::formatTime(info.rotateBy)));
        else
            rotation->setToolTip(Tr::tr("No rotation policy"));
        // Room for the badge, which the delegate paints over the empty text.
        rotation->setSizeHint(QSize(QFontMetrics(font()).horizontalAdvance(Tr::tr("overdue")) + 28, 0));
        // The day is enough in the tree (the details show the full time), so
        // the names keep their room.
        auto *updated = readOnlyItem(QLocale().toString(info.updatedAt.toLocalTime().date(), QLocale::ShortFormat));
        updated->setToolTip(Style::formatTime(info.updatedAt));
        updated->setData(info.updatedAt, SortRole);
        auto *owner = readOnlyItem(info.owner);
        owner->setData(info.owner, SortRole);
        parent->appendRow({name, version, rotation, updated, owner});
    }

    for (auto it = m_folders.cbegin(); it != m_folders.cend(); ++it)
        m_tree->setExpanded(m_proxy->mapFromSource(it.value()->index()), !collapsed.contains(it.key()));
    updateDueButton();
    if (!selected.isEmpty() && selectPath(selected)) {
        m_lastPath = selected;
        return;
    }
    m_lastPath.clear();
    if (!selected.isEmpty())
        Q_EMIT currentPathChanged({});
}

void SecretsBrowser::clear()
{
    setSecrets({});
}

const Backend::SecretInfo *SecretsBrowser::secret(const QString &path) const
{
    const auto it = m_infos.constFind(path);
    return it == m_infos.cend() ? nullptr : &it.value();
}

QStringList SecretsBrowser::paths() const
{
    QStringList out = m_infos.keys();
    out.sort();
    return out;
}

int SecretsBrowser::dueCount() const
{
    int count = 0;
    for (const Backend::SecretInfo &info : m_infos)
        count += (info.rotation == RotationState::Due || info.rotation == RotationState::Overdue) ? 1 : 0;
    return count;
}

QString SecretsBrowser::currentPath() const
{
    return m_tree->currentIndex().siblingAtColumn(NameColumn).data(PathRole).toString();
}

bool SecretsBrowser::selectPath(const QString &path)
{
    std::function<QModelIndex(const QModelIndex &)> find = [&](const QModelIndex &parent) -> QModelIndex {
        for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
            const QModelIndex index = m_proxy->index(row, NameColumn, parent);
            if (index.data(PathRole).toString() == path)
                return index;
            if (const QModelIndex inner = find(index); inner.isValid())
                return inner;
        }
        return {};
    };
    const QModelIndex index = find({});
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void SecretsBrowser::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text); // comes back here through textChanged
    m_proxy->setText(text);
    m_tree->expandAll();
}

void SecretsBrowser::setDueOnly(bool dueOnly)
{
    if (m_due->isChecked() != dueOnly)
        m_due->setChecked(dueOnly);
    m_proxy->setDueOnly(dueOnly);
    m_tree->expandAll();
}

void SecretsBrowser::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

int SecretsBrowser::visibleSecretCount() const
{
    std::function<int(const QModelIndex &)> count = [&](const QModelIndex &parent) {
        int n = 0;
        for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
            const QModelIndex index = m_proxy->index(row, NameColumn, parent);
            n += index.data(PathRole).toString().isEmpty() ? count(index) : 1;
        }
        return n;
    };
    return count({});
}

void SecretsBrowser::updateDueButton()
{
    const int due = dueCount();
    m_due->setText(Tr::tr("Due for rotation (%1)").arg(due));
    QPalette palette = m_due->palette();
    palette.setColor(QPalette::ButtonText,
                     due > 0 ? Style::warnColor(palette) : palette.color(QPalette::Active, QPalette::ButtonText));
    m_due->setPalette(palette);
}

} // namespace OpsDeck::Secrets
