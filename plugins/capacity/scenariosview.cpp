// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "scenariosview.h"

#include "asyncresult.h"
#include "capacitystyle.h"
#include "capacitytr.h"
#include "plannerview.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace OpsDeck::Capacity::Internal {

namespace {

constexpr int kFileRole = Qt::UserRole + 1;

QPushButton *button(const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setToolTip(tip);
    return b;
}

} // namespace

ScenarioBrowser::ScenarioBrowser(PlannerView &planner, QWidget *parent)
    : QWidget(parent)
    , m_planner(planner)
{
    m_list = new QListWidget(this);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAccessibleName(Tr::tr("Scenarios"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_undo = button(Tr::tr("&Undo delete"), Tr::tr("Bring the deleted scenario back"), this);
    m_undo->hide();

    auto *newButton = button(Tr::tr("&New"), Tr::tr("A new scenario with the traffic model"), this);
    auto *dupButton = button(Tr::tr("D&uplicate"), Tr::tr("Copy the open scenario to a new file"), this);
    auto *renameButton = button(Tr::tr("Renam&e…"), Tr::tr("Rename the open scenario (F2)"), this);
    auto *deleteButton = button(Tr::tr("Delete"), Tr::tr("Delete the open scenario's file (Del; can be undone)"), this);
    auto *saveButton = button(Tr::tr("&Save"), Tr::tr("Write the planner's inputs to the open scenario's file (Ctrl+S)"), this);
    auto *compareButton = button(Tr::tr("&Compare"), Tr::tr("Compare the selected scenarios side by side (select 2 or more)"), this);
    auto *mdButton = button(Tr::tr("Export Markdown…"), Tr::tr("Inputs, formulas, outputs and findings, for a design doc"), this);
    auto *csvButton = button(Tr::tr("Export CSV…"), Tr::tr("One row per output with value, unit and formula"), this);

    auto *grid = new QGridLayout;
    grid->addWidget(newButton, 0, 0);
    grid->addWidget(dupButton, 0, 1);
    grid->addWidget(renameButton, 1, 0);
    grid->addWidget(deleteButton, 1, 1);
    grid->addWidget(saveButton, 2, 0);
    grid->addWidget(compareButton, 2, 1);
    grid->addWidget(mdButton, 3, 0);
    grid->addWidget(csvButton, 3, 1);
    auto *title = new QLabel(Tr::tr("<b>Scenarios</b>"), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(title);
    layout->addWidget(m_list, 1);
    layout->addLayout(grid);
    layout->addWidget(m_message);
    layout->addWidget(m_undo);

    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { open(item->data(kFileRole).toString()); });
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && item->data(kFileRole).toString() != m_current)
            open(item->data(kFileRole).toString());
    });
    connect(newButton, &QPushButton::clicked, this, &ScenarioBrowser::newScenario);
    connect(dupButton, &QPushButton::clicked, this, &ScenarioBrowser::duplicateCurrent);
    connect(renameButton, &QPushButton::clicked, this, &ScenarioBrowser::askRename);
    connect(deleteButton, &QPushButton::clicked, this, &ScenarioBrowser::askDelete);
    connect(m_undo, &QPushButton::clicked, this, &ScenarioBrowser::undoDelete);
    connect(saveButton, &QPushButton::clicked, this, &ScenarioBrowser::saveCurrent);
    connect(compareButton, &QPushButton::clicked, this, [this] { Q_EMIT compareRequested(selectedFiles()); });
    connect(mdButton, &QPushButton::clicked, this, [this] { exportCurrent(true); });
    connect(csvButton, &QPushButton::clicked, this, [this] { exportCurrent(false); });

    auto *renameKey = new QShortcut(QKeySequence(Qt::Key_F2), m_list);
    renameKey->setContext(Qt::WidgetShortcut);
    connect(renameKey, &QShortcut::activated, this, &ScenarioBrowser::askRename);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_list);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &ScenarioBrowser::askDelete);
}

void ScenarioBrowser::setDirectory(const QString &directory)
{
    m_store.setDirectory(directory);
    m_current.clear();
    reload();
}

void ScenarioBrowser::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: %1;"_s.arg(Style::errorColor(palette()).name()) : QString());
    Q_EMIT message(text);
}

void ScenarioBrowser::reload()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const QString &file : m_store.files()) {
        Result<Planner::Scenario> scenario = m_store.load(file);
        auto *item = new QListWidgetItem(m_list);
        item->setData(kFileRole, file);
        if (scenario) {
            item->setText(scenario->name);
            item->setToolTip(Tr::tr("%1\n%2").arg(file, scenario->description));
        } else {
            item->setText(Tr::tr("⚠ %1 (does not load)").arg(file));
            item->setForeground(Style::errorColor(palette()));
            item->setToolTip(errorText(scenario.error()));
        }
        if (file == m_current)
            m_list->setCurrentItem(item);
    }
    if (m_store.directory().isEmpty())
        showMessage(Tr::tr("No workspace folder: scenarios cannot be saved."), true);
}

bool ScenarioBrowser::open(const QString &fileName)
{
    Result<Planner::Scenario> scenario = m_store.load(fileName);
    if (!scenario) {
        showMessage(Tr::tr("%1 does not load:\n%2").arg(fileName, scenario.error().detail.isEmpty()
                                                                    ? scenario.error().message
                                                                    : scenario.error().detail),
                    true);
        return false;
    }
    m_current = fileName;
    m_planner.setScenario(*scenario);
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(kFileRole).toString() == fileName) {
            const QSignalBlocker block(m_list);
            m_list->setCurrentRow(i);
        }
    }
    showMessage(Tr::tr("Opened %1.").arg(fileName), false);
    return true;
}

bool ScenarioBrowser::newScenario()
{
    Planner::ParsedScenario parsed = Planner::parseScenario(
        u"name: \"%1\"\ninputs:\n  traffic:\n    events_per_day: \"10000 /day\"\n    peak_factor: \"10\"\n"_s.arg(
            Tr::tr("New scenario")));
    if (!parsed.ok()) {
        showMessage(parsed.toString(), true);
        return false;
    }
    Result<QString> file = m_store.add(*parsed.scenario);
    if (!file) {
        showMessage(errorText(file.error()), true);
        return false;
    }
    reload();
    return open(*file);
}

bool ScenarioBrowser::duplicateCurrent()
{
    if (m_current.isEmpty())
        return false;
    Result<QString> file = m_store.duplicate(m_current);
    if (!file) {
        showMessage(errorText(file.error()), true);
        return false;
    }
    reload();
    return open(*file);
}

bool ScenarioBrowser::renameCurrent(const QString &newName)
{
    if (m_current.isEmpty())
        return false;
    Result<QString> file = m_store.rename(m_current, newName);
    if (!file) {
        showMessage(errorText(file.error()), true);
        return false;
    }
    m_current.clear();
    reload();
    return open(*file);
}

void ScenarioBrowser::askRename()
{
    if (m_current.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, Tr::tr("Rename Scenario"), Tr::tr("New name:"), QLineEdit::Normal,
                                               m_planner.scenario().name, &ok);
    if (ok)
        renameCurrent(name);
}

bool ScenarioBrowser::deleteCurrent()
{
    if (m_current.isEmpty())
        return false;
    Result<QByteArray> text = m_store.remove(m_current);
    if (!text) {
        showMessage(errorText(text.error()), true);
        return false;
    }
    m_deletedFile = m_current;
    m_deletedText = *text;
    m_current.clear();
    reload();
    showMessage(Tr::tr("Deleted %1.").arg(m_deletedFile), false);
    m_undo->show();
    if (m_list->count() > 0)
        open(m_list->item(0)->data(kFileRole).toString());
    return true;
}

void ScenarioBrowser::askDelete()
{
    // Undo is offered right after; the question only guards a stray key.
    if (m_current.isEmpty())
        return;
    if (QMessageBox::question(this, Tr::tr("Delete Scenario"), Tr::tr("Delete the scenario file %1?").arg(m_current))
        == QMessageBox::Yes)
        deleteCurrent();
}

bool ScenarioBrowser::undoDelete()
{
    if (m_deletedFile.isEmpty())
        return false;
    if (auto restored = m_store.restore(m_deletedFile, m_deletedText); !restored) {
        showMessage(errorText(restored.error()), true);
        return false;
    }
    const QString file = m_deletedFile;
    m_deletedFile.clear();
    m_deletedText.clear();
    m_undo->hide();
    reload();
    return open(file);
}

bool ScenarioBrowser::saveCurrent()
{
    if (m_planner.hasInputErrors()) {
        showMessage(Tr::tr("Fix the inputs marked in red before saving."), true);
        return false;
    }
    QString file = m_current;
    if (file.isEmpty()) {
        Result<QString> added = m_store.add(m_planner.scenario());
        if (!added) {
            showMessage(errorText(added.error()), true);
            return false;
        }
        file = *added;
    } else if (auto saved = m_store.save(file, m_planner.scenario()); !saved) {
        showMessage(errorText(saved.error()), true);
        return false;
    }
    m_current = file;
    reload();
    showMessage(Tr::tr("Saved %1.").arg(file), false);
    return true;
}

QStringList ScenarioBrowser::selectedFiles() const
{
    QStringList files;
    for (QListWidgetItem *item : m_list->selectedItems())
        files.append(item->data(kFileRole).toString());
    if (files.isEmpty() && !m_current.isEmpty())
        files.append(m_current);
    return files;
}

std::optional<Planner::Comparison> ScenarioBrowser::compareFiles(const QStringList &files, QString *error) const
{
    if (files.size() < 2) {
        *error = Tr::tr("Select two or more scenarios to compare (Ctrl+click or Shift+click in the list).");
        return std::nullopt;
    }
    QList<Planner::Evaluation> evaluations;
    for (const QString &file : files) {
        Result<Planner::Scenario> scenario = m_store.load(file);
        if (!scenario) {
            *error = Tr::tr("%1 does not load:\n%2").arg(file, scenario.error().detail);
            return std::nullopt;
        }
        Result<Planner::Evaluation> evaluation = Planner::evaluate(*scenario);
        if (!evaluation) {
            *error = Tr::tr("%1: %2").arg(file, errorText(evaluation.error()));
            return std::nullopt;
        }
        evaluations.append(std::move(*evaluation));
    }
    return Planner::compare(evaluations);
}

void ScenarioBrowser::exportCurrent(bool markdown)
{
    if (!m_planner.evaluation())
        return;
    const QString suggested = QDir(m_store.directory()).filePath(ScenarioStore::fileNameFor(m_planner.scenario().name).chopped(5)
                                                                 + (markdown ? u".md"_s : u".csv"_s));
    const QString path = QFileDialog::getSaveFileName(this, markdown ? Tr::tr("Export Markdown") : Tr::tr("Export CSV"),
                                                      suggested,
                                                      markdown ? Tr::tr("Markdown (*.md)") : Tr::tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const Result<> written = markdown ? exportMarkdown(*m_planner.evaluation(), path) : exportCsv(*m_planner.evaluation(), path);
    if (!written)
        showMessage(errorText(written.error()), true);
    else
        showMessage(Tr::tr("Exported %1.").arg(path), false);
}

// ---- CompareView -------------------------------------------------------------

CompareView::CompareView(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(Tr::tr("Select two or more scenarios in the Planner tab and press Compare."), this);
    m_title->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->setAccessibleName(Tr::tr("Scenario comparison"));
    m_export = new QPushButton(Tr::tr("Export Markdown…"), this);
    m_export->setEnabled(false);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, Tr::tr("Export Comparison"), u"comparison.md"_s,
                                                          Tr::tr("Markdown (*.md)"));
        if (path.isEmpty())
            return;
        if (auto written = exportComparisonMarkdown(m_comparison, path); !written)
            setError(errorText(written.error()));
    });
}

void CompareView::setError(const QString &error)
{
    m_title->setText(error);
    m_title->setStyleSheet(u"color: %1;"_s.arg(Style::errorColor(palette()).name()));
}

void CompareView::setComparison(const Planner::Comparison &comparison)
{
    m_comparison = comparison;
    m_title->setStyleSheet({});
    m_title->setText(Tr::tr("%1 — changes from the first to the last scenario are highlighted.")
                         .arg(comparison.scenarios.join(u" · "_s)));
    m_export->setEnabled(true);
    const int n = int(comparison.scenarios.size());
    m_table->clear();
    m_table->setColumnCount(n + 4);
    QStringList headers{Tr::tr("Output"), Tr::tr("Unit")};
    headers += comparison.scenarios;
    headers << Tr::tr("Δ") << Tr::tr("Δ %");
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(comparison.rows.size()));
    const QString none = Tr::tr("—");
    for (int r = 0; r < comparison.rows.size(); ++r) {
        const Planner::ComparisonRow &row = comparison.rows[r];
        auto *name = new QTableWidgetItem(row.label);
        name->setToolTip(row.name);
        m_table->setItem(r, 0, name);
        m_table->setItem(r, 1, new QTableWidgetItem(row.unit));
        for (int c = 0; c < n; ++c) {
            const auto &value = row.values.value(c);
            auto *item = new QTableWidgetItem(value ? Planner::formatNumber(*value) : none);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, 2 + c, item);
        }
        auto *delta = new QTableWidgetItem(row.delta ? Planner::formatNumber(*row.delta) : none);
        auto *percent = new QTableWidgetItem(row.deltaPercent ? Tr::tr("%1 %").arg(Planner::formatNumber(*row.deltaPercent * 100))
                                                              : none);
        for (QTableWidgetItem *item : {delta, percent})
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, n + 2, delta);
        m_table->setItem(r, n + 3, percent);
        if (row.delta && *row.delta != 0) {
            const QColor background = *row.delta > 0 ? Style::increaseBackground(palette()) : Style::decreaseBackground(palette());
            for (int c = 0; c < n + 4; ++c)
                m_table->item(r, c)->setBackground(background);
            QFont bold = delta->font();
            bold.setBold(true);
            delta->setFont(bold);
            percent->setFont(bold);
        }
    }
    m_table->resizeColumnsToContents();
}

} // namespace OpsDeck::Capacity::Internal
