// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/secretstore.h>

#include <QHash>
#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;
class QToolButton;
class QTreeView;

namespace OpsDeck::Secrets {

class SecretFilterProxy;

/**
 * The tree of secret paths: folders from the "team/app/name" segments, one
 * row per secret with its version, rotation badge, last update and owner;
 * a filter box and a "Due for rotation" toggle (due and overdue only).
 */
class SecretsBrowser final : public QWidget
{
    Q_OBJECT
public:
    enum Column { NameColumn, VersionColumn, RotationColumn, UpdatedColumn, OwnerColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, RotationRole, SortRole };

    explicit SecretsBrowser(QWidget *parent = nullptr);
    ~SecretsBrowser() override;

    /** Replaces the tree, keeping the selection and expanded folders when they still exist. */
    void setSecrets(const QList<Backend::SecretInfo> &secrets);
    void clear();

    QList<Backend::SecretInfo> secrets() const { return m_infos.values(); }
    const Backend::SecretInfo *secret(const QString &path) const;
    QStringList paths() const;
    /** Secrets due or overdue. */
    int dueCount() const;

    QString currentPath() const;
    bool selectPath(const QString &path);

    void setFilterText(const QString &text);
    void setDueOnly(bool dueOnly);
    void focusFilter();
    /** Secret rows (not folders) the filters let through. */
    int visibleSecretCount() const;

    QLineEdit *filterEdit() const { return m_filter; }
    QToolButton *dueButton() const { return m_due; }
    QTreeView *tree() const { return m_tree; }

Q_SIGNALS:
    /** The selected secret changed; empty when a folder or nothing is selected. */
    void currentPathChanged(const QString &path);

private:
    QStandardItem *folderItem(const QString &folder);
    void updateDueButton();

    QLineEdit *m_filter = nullptr;
    QToolButton *m_due = nullptr;
    QTreeView *m_tree = nullptr;
    QStandardItemModel *m_model = nullptr;
    SecretFilterProxy *m_proxy = nullptr;
    QHash<QString, Backend::SecretInfo> m_infos;
    QHash<QString, QStandardItem *> m_folders;
    QString m_lastPath;
};

} // namespace OpsDeck::Secrets
