// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "importdialog.h"

#include "logsearchtr.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace OpsDeck::LogSearch {

ImportDialog::ImportDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(Tr::tr("Import Log Files"));
    auto *intro = new QLabel(Tr::tr("The files are read into the log store and stay searchable after they "
                                    "change or disappear. Plain and gzip files; a folder imports every log in it."),
                             this);
    intro->setWordWrap(true);

    m_paths = new QListWidget(this);
    m_paths->setObjectName(u"logsearch.importPaths"_s);
    m_paths->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_paths->setMinimumHeight(110);
    auto *addFiles = new QPushButton(Tr::tr("Add Files…"), this);
    auto *addFolder = new QPushButton(Tr::tr("Add Folder…"), this);
    auto *remove = new QPushButton(Tr::tr("Remove"), this);
    connect(addFiles, &QPushButton::clicked, this, [this] {
        addPaths(QFileDialog::getOpenFileNames(this, Tr::tr("Choose Log Files"), QString(),
                                               Tr::tr("Log files (*.log *.txt *.gz *.json *.jsonl);;All files (*)")));
    });
    connect(addFolder, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, Tr::tr("Choose a Log Folder"));
        if (!dir.isEmpty())
            addPaths({dir});
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_paths->selectedItems());
        updateOk();
    });
    auto *pathButtons = new QVBoxLayout;
    pathButtons->addWidget(addFiles);
    pathButtons->addWidget(addFolder);
    pathButtons->addWidget(remove);
    pathButtons->addStretch();
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_paths, 1);
    pathRow->addLayout(pathButtons);

    m_service = new QLineEdit(this);
    m_service->setPlaceholderText(Tr::tr("as the lines say"));
    m_host = new QLineEdit(this);
    m_host->setPlaceholderText(Tr::tr("as the lines say"));
    m_multiline = new QCheckBox(Tr::tr("Join indented lines to the record before them (stack traces)"), this);
    auto *form = new QFormLayout;
    form->addRow(Tr::tr("&Service:"), m_service);
    form->addRow(Tr::tr("&Host:"), m_host);
    form->addRow(QString(), m_multiline);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(Tr::tr("Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(pathRow);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    resize(560, 360);
    updateOk();
}

void ImportDialog::addPaths(const QStringList &paths)
{
    for (const QString &p : paths) {
        if (!p.isEmpty() && m_paths->findItems(p, Qt::MatchExactly).isEmpty())
            m_paths->addItem(p);
    }
    updateOk();
}

void ImportDialog::setPaths(const QStringList &paths)
{
    m_paths->clear();
    addPaths(paths);
}

QStringList ImportDialog::paths() const
{
    QStringList out;
    for (int i = 0; i < m_paths->count(); ++i)
        out.append(m_paths->item(i)->text());
    return out;
}

Backend::LogIngestRequest ImportDialog::request() const
{
    Backend::LogIngestRequest r;
    r.paths = paths();
    r.service = m_service->text().trimmed();
    r.host = m_host->text().trimmed();
    r.multiline = m_multiline->isChecked() ? u"indent"_s : QString();
    return r;
}

void ImportDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_paths->count() > 0);
}

} // namespace OpsDeck::LogSearch
