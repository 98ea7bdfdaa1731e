// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractListModel>
#include <QFrame>

class QLineEdit;
class QListView;

namespace OpsDeck::Sdk {
class CommandRegistry;
}

namespace OpsDeck::Console {

/**
 * The palette's list: every enabled command, filtered and ranked by fuzzy
 * match over its title, category and id. With an empty query, recently run
 * commands come first.
 */
class CommandPaletteModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        CategoryRole,
        ShortcutRole,
        DescriptionRole,
        MatchPositionsRole, ///< QList<int> into the title, for highlighting
    };

    explicit CommandPaletteModel(Sdk::CommandRegistry &commands, QObject *parent = nullptr);

    void setQuery(const QString &query);
    QString query() const { return m_query; }
    /** Records \a id as just run (moves it to the front of the recent list). */
    void noteRun(const QString &id);
    /** Re-reads the registry (commands come and go with plugins and views). */
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    struct Row
    {
        QString id;
        QString title;
        QString category;
        QString description;
        QString shortcut;
        QList<int> positions;
        int score = 0;
    };
    Sdk::CommandRegistry &m_commands;
    QString m_query;
    QStringList m_recent;
    QList<Row> m_rows;
};

/** The command palette (Ctrl+K): type, arrow, Enter. */
class CommandPalette final : public QFrame
{
    Q_OBJECT
public:
    explicit CommandPalette(Sdk::CommandRegistry &commands, QWidget *window);

    /** Shows the palette over the top of its window, with an empty query. */
    void popup();
    /** Runs the selected command (as Enter does). */
    void runCurrent();

    QLineEdit *input() const { return m_input; }
    QListView *list() const { return m_list; }
    CommandPaletteModel *model() const { return m_model; }

Q_SIGNALS:
    void commandChosen(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();

    CommandPaletteModel *m_model = nullptr;
    QLineEdit *m_input = nullptr;
    QListView *m_list = nullptr;
};

} // namespace OpsDeck::Console
