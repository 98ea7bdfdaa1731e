// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "commandpalette.h"

#include "consoletr.h"

#include <fuzzymatcher.h>
#include <opsdeck/sdk/commandregistry.h>

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextLayout>
#include <QVBoxLayout>

#include <algorithm>

namespace OpsDeck::Console {

namespace {

constexpr int kMaxRecent = 10;

// Title with the matched characters in bold, category and shortcut on the
// right, description underneath in a quieter colour.
class PaletteDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const QFontMetrics fm(option.font);
        return {200, fm.height() * 2 + 14};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString title = opt.text;
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
        const QRect r = opt.rect.adjusted(10, 5, -10, -5);
        const QFontMetrics fm(opt.font);

        painter->save();
        // Right side: shortcut and category.
        const QString shortcut = index.data(CommandPaletteModel::ShortcutRole).toString();
        const QString category = index.data(CommandPaletteModel::CategoryRole).toString();
        const QString right = shortcut.isEmpty() ? category : category + QStringLiteral("   ") + shortcut;
        QColor quiet = opt.palette.color(textRole);
        quiet.setAlphaF(0.65f);
        painter->setPen(quiet);
        const int rightWidth = fm.horizontalAdvance(right);
        painter->drawText(QRect(r.right() - rightWidth, r.top(), rightWidth, fm.height()), Qt::AlignRight, right);

        // Title with highlighted matches.
        QTextLayout layout(title, opt.font);
        QList<QTextLayout::FormatRange> formats;
        const QList<int> positions = index.data(CommandPaletteModel::MatchPositionsRole).value<QList<int>>();
        for (int p : positions) {
            QTextLayout::FormatRange range;
            range.start = p;
            range.length = 1;
            range.format.setFontWeight(QFont::Bold);
            range.format.setForeground(selected ? opt.palette.color(QPalette::HighlightedText)
                                                : opt.palette.color(QPalette::Link));
            formats.append(range);
        }
        layout.setFormats(formats);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setLineWidth(std::max(10, r.width() - rightWidth - 16));
        layout.endLayout();
        painter->setPen(opt.palette.color(textRole));
        layout.draw(painter, r.topLeft());

        const QString description = index.data(CommandPaletteModel::DescriptionRole).toString();
        if (!description.isEmpty()) {
            QFont small = opt.font;
            small.setPointSizeF(small.pointSizeF() * 0.9);
            painter->setFont(small);
            painter->setPen(quiet);
            const QRect descRect(r.left(), r.top() + fm.height() + 2, r.width(), fm.height());
            painter->drawText(descRect, Qt::AlignLeft | Qt::AlignVCenter,
                              QFontMetrics(small).elidedText(description, Qt::ElideRight, r.width()));
        }
        painter->restore();
    }
};

} // namespace

CommandPaletteModel::CommandPaletteModel(Sdk::CommandRegistry &commands, QObject *parent)
    : QAbstractListModel(parent)
    , m_commands(commands)
{
    refresh();
}

void CommandPaletteModel::setQuery(const QString &query)
{
    m_query = query;
    refresh();
}

void CommandPaletteModel::noteRun(const QString &id)
{
    m_recent.removeAll(id);
    m_recent.prepend(id);
    if (m_recent.size() > kMaxRecent)
        m_recent.resize(kMaxRecent);
}

void CommandPaletteModel::refresh()
{
    QList<Row> rows;
    const QList<Sdk::Command> commands = m_commands.commands();
    for (const Sdk::Command &c : commands) {
        if (c.id == u"console.palette" || !m_commands.isEnabled(c.id))
            continue;
        Row row{c.id, c.title, c.category, c.description, c.shortcut.toString(QKeySequence::NativeText), {}, 0};
        if (!m_query.trimmed().isEmpty()) {
            // The title is what people type; category and id are fallbacks
            // ("pipelines rerun") that rank lower and highlight nothing.
            const auto onTitle = Core::fuzzyMatch(m_query, c.title);
            const QString withCategory = c.category + QLatin1Char(u' ') + c.title;
            const auto onAll = Core::fuzzyMatch(m_query, withCategory);
            const auto onId = Core::fuzzyMatch(m_query, c.id);
            if (onTitle) {
                row.score = onTitle->score + 1000;
                row.positions = onTitle->positions;
            } else if (onAll) {
                row.score = onAll->score;
            } else if (onId) {
                row.score = onId->score - 50;
            } else {
                continue;
            }
        } else {
            const qsizetype recent = m_recent.indexOf(c.id);
            row.score = recent >= 0 ? int(10000 - recent) : 0;
        }
        rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.category != b.category)
            return a.category.localeAwareCompare(b.category) < 0;
        return a.title.localeAwareCompare(b.title) < 0;
    });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int CommandPaletteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CommandPaletteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return row.title;
    case Qt::ToolTipRole: return row.description.isEmpty() ? row.title : row.description;
    case IdRole: return row.id;
    case CategoryRole: return row.category;
    case ShortcutRole: return row.shortcut;
    case DescriptionRole: return row.description;
    case MatchPositionsRole: return QVariant::fromValue(row.positions);
    default: return {};
    }
}

CommandPalette::CommandPalette(Sdk::CommandRegistry &commands, QWidget *window)
    : QFrame(window, Qt::Popup)
{
    setObjectName(QStringLiteral("commandPalette"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(Tr::tr("Command palette"));

    m_model = new CommandPaletteModel(commands, this);
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("paletteInput"));
    m_input->setPlaceholderText(Tr::tr("Type a command…"));
    m_input->setClearButtonEnabled(true);
    m_input->setAccessibleName(Tr::tr("Command"));
    QFont bigger = m_input->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.15);
    m_input->setFont(bigger);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("paletteList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new PaletteDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus); // typing always goes to the input
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(m_input);
    layout->addWidget(m_list);

    connect(m_input, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setQuery(text);
        if (m_model->rowCount() > 0)
            m_list->setCurrentIndex(m_model->index(0));
        place(); // shrink to the results: no tall empty list under three rows
    });
    connect(m_input, &QLineEdit::returnPressed, this, &CommandPalette::runCurrent);
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        m_list->setCurrentIndex(index);
        runCurrent();
    });
    connect(&commands, &Sdk::CommandRegistry::commandAdded, this, [this] {
        if (isVisible())
            m_model->refresh();
    });
    connect(&commands, &Sdk::CommandRegistry::commandRemoved, this, [this] {
        if (isVisible())
            m_model->refresh();
    });
    m_input->installEventFilter(this);
}

void CommandPalette::place()
{
    QWidget *window = parentWidget() ? parentWidget()->window() : nullptr;
    if (!window) {
        resize(560, 420);
        return;
    }
    const int width = std::clamp(window->width() / 2, 420, 680);
    const int rowHeight = m_list->sizeHintForRow(0) > 0 ? m_list->sizeHintForRow(0) : 40;
    const int rows = std::max(1, m_model->rowCount());
    const int wanted = m_input->sizeHint().height() + rows * rowHeight + 2 * m_list->frameWidth() + 24;
    const int height = std::clamp(wanted, 120, std::clamp(window->height() * 2 / 3, 240, 480));
    const QPoint topCenter = window->mapToGlobal(QPoint(window->width() / 2, 0));
    setGeometry(topCenter.x() - width / 2, topCenter.y() + 48, width, height);
}

void CommandPalette::popup()
{
    m_input->clear();
    m_model->setQuery({});
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    place();
    show();
    raise();
    activateWindow();
    m_input->setFocus(Qt::PopupFocusReason);
}

void CommandPalette::runCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const QString id = current.data(CommandPaletteModel::IdRole).toString();
    m_model->noteRun(id);
    hide();
    Q_EMIT commandChosen(id);
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int rows = m_model->rowCount();
        int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
        switch (key->key()) {
        case Qt::Key_Down: row = rows ? (row + 1) % rows : -1; break;
        case Qt::Key_Up: row = rows ? (row - 1 + rows) % rows : -1; break;
        case Qt::Key_PageDown: row = std::min(rows - 1, row + 8); break;
        case Qt::Key_PageUp: row = std::max(0, row - 8); break;
        case Qt::Key_Escape: hide(); return true;
        default: return QFrame::eventFilter(watched, event);
        }
        if (row >= 0)
            m_list->setCurrentIndex(m_model->index(row));
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace OpsDeck::Console
