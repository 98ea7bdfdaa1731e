// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/logstore.h>

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;

namespace OpsDeck::LogSearch {

/** "Import log files": files or folders, optional service/host overrides, multi-line rule. */
class ImportDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(QWidget *parent = nullptr);

    void setPaths(const QStringList &paths);
    QStringList paths() const;
    Backend::LogIngestRequest request() const;

    QLineEdit *serviceEdit() const { return m_service; }
    QLineEdit *hostEdit() const { return m_host; }
    QCheckBox *multilineBox() const { return m_multiline; }

private:
    void addPaths(const QStringList &paths);
    void updateOk();

    QListWidget *m_paths = nullptr;
    QLineEdit *m_service = nullptr;
    QLineEdit *m_host = nullptr;
    QCheckBox *m_multiline = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace OpsDeck::LogSearch
