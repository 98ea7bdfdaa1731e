// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/result.h>
#include <opsdeck/planner/evaluation.h>
#include <opsdeck/planner/report.h>
#include <opsdeck/planner/scenario.h>

#include <QString>
#include <QStringList>

namespace OpsDeck::Capacity::Internal {

/**
 * Scenario files in one folder (`<workspace>/capacity/scenarios/NAME.yaml`,
 * docs/capacity-scenarios.md). Writes replace files atomically; a load error
 * names file:line:column and the input. Plain QtCore, no widgets.
 */
class ScenarioStore
{
public:
    explicit ScenarioStore(QString directory = {});

    QString directory() const { return m_directory; }
    void setDirectory(const QString &directory) { m_directory = directory; }
    /** File names ("cicd.yaml"), sorted. */
    QStringList files() const;
    QString path(const QString &fileName) const;

    /** Reads and parses; the error's detail lists every diagnostic as "file:line:column: input: why". */
    Result<Planner::Scenario> load(const QString &fileName) const;
    /** Writes \a scenario to \a fileName (created or replaced). */
    Result<> save(const QString &fileName, const Planner::Scenario &scenario) const;
    /** A new file for \a scenario named after it ("ci-cd-platform.yaml", "-2" … when taken); returns the file name. */
    Result<QString> add(const Planner::Scenario &scenario) const;
    /** A copy named "<name> (copy)"; returns the new file name. */
    Result<QString> duplicate(const QString &fileName) const;
    /** Renames the scenario (its name: and its file); returns the new file name. */
    Result<QString> rename(const QString &fileName, const QString &newName) const;
    /** Deletes the file; returns its text so the caller can undo. */
    Result<QByteArray> remove(const QString &fileName) const;
    /** Writes \a text back under \a fileName (undo of remove). */
    Result<> restore(const QString &fileName, const QByteArray &text) const;

    /** A file name from a scenario name: lowercase, dashes, ".yaml". */
    static QString fileNameFor(const QString &name);

private:
    QString uniqueFileName(const QString &name) const;

    QString m_directory;
};

/** Writes \a text to \a path atomically (the export functions and the store share it). */
Result<> writeTextFile(const QString &path, const QByteArray &text);
/** Markdown of \a evaluation (inputs, formulas, outputs, findings) into \a path. */
Result<> exportMarkdown(const Planner::Evaluation &evaluation, const QString &path);
/** CSV of \a evaluation's outputs into \a path. */
Result<> exportCsv(const Planner::Evaluation &evaluation, const QString &path);
/** Markdown of a comparison into \a path. */
Result<> exportComparisonMarkdown(const Planner::Comparison &comparison, const QString &path);

} // namespace OpsDeck::Capacity::Internal
