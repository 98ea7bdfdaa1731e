// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLineEdit>

class QCompleter;
class QStringListModel;

namespace OpsDeck::LogSearch {

/**
 * The query bar: a QLineEdit that colours the query language as you type
 * (field names, phrases, operators, regexes, since:/until:) and completes
 * field names at the cursor. The colours are text formats handed to the
 * line edit's layout through an input method event, so it stays a plain
 * QLineEdit for everything else (undo, selection, returnPressed).
 */
class QueryEdit final : public QLineEdit
{
    Q_OBJECT
public:
    explicit QueryEdit(QWidget *parent = nullptr);

    /** Field names offered for completion (completed as "name:"). */
    void setFieldNames(const QStringList &names);
    QStringList fieldNames() const;
    /** Underlines the character at 1-based \a column until the text changes; 0 clears. */
    void setErrorColumn(int column);
    int errorColumn() const { return m_errorColumn; }
    QCompleter *fieldCompleter() const { return m_completer; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rehighlight();
    void updateCompletion();
    void insertCompletion(const QString &completion);

    QCompleter *m_completer = nullptr;
    QStringListModel *m_names = nullptr;
    int m_errorColumn = 0;
};

} // namespace OpsDeck::LogSearch
