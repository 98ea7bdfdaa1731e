// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "scenariostore.h"

#include <opsdeck/planner/report.h>

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace OpsDeck::Capacity::Internal {

class PlannerView;

/**
 * The scenario files of the workspace beside the planner form: open, new,
 * duplicate, rename, delete (undoable), save, compare and export. Files that
 * do not load stay in the list marked, with their file:line:column errors.
 */
class ScenarioBrowser final : public QWidget
{
    Q_OBJECT
public:
    ScenarioBrowser(PlannerView &planner, QWidget *parent = nullptr);

    void setDirectory(const QString &directory);
    ScenarioStore &store() { return m_store; }
    void reload();
    /** Opens \a fileName in the planner; false (and the error shown) when it does not load. */
    bool open(const QString &fileName);
    QString currentFile() const { return m_current; }
    QListWidget *list() const { return m_list; }
    QLabel *messageLabel() const { return m_message; }

    bool newScenario();
    bool duplicateCurrent();
    bool renameCurrent(const QString &newName);
    /** Deletes the current file; Undo brings it back. */
    bool deleteCurrent();
    bool undoDelete();
    bool saveCurrent();
    /** The files selected in the list (at least the current one). */
    QStringList selectedFiles() const;
    /** Loads and evaluates \a files; errors (with file:line:column) go to \a error. */
    std::optional<Planner::Comparison> compareFiles(const QStringList &files, QString *error) const;

Q_SIGNALS:
    /** The user asked to compare these files (2 or more). */
    void compareRequested(const QStringList &files);
    void message(const QString &text);

private:
    void showMessage(const QString &text, bool error);
    void askRename();
    void askDelete();
    void exportCurrent(bool markdown);

    PlannerView &m_planner;
    ScenarioStore m_store;
    QListWidget *m_list = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_undo = nullptr;
    QString m_current;
    QString m_deletedFile;
    QByteArray m_deletedText;
};

/** Scenarios side by side: rows = outputs, columns = scenarios, then the change from first to last. */
class CompareView final : public QWidget
{
    Q_OBJECT
public:
    explicit CompareView(QWidget *parent = nullptr);
    void setComparison(const Planner::Comparison &comparison);
    void setError(const QString &error);
    QTableWidget *table() const { return m_table; }
    const Planner::Comparison &comparison() const { return m_comparison; }

private:
    QLabel *m_title = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_export = nullptr;
    Planner::Comparison m_comparison;
};

} // namespace OpsDeck::Capacity::Internal
