// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/result.h>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace OpsDeck::Pipelines::Internal {

/** One commit of the demo history: who, when, why, and the files it writes. */
struct DemoCommit
{
    QString authorName;
    QString authorEmail;
    qint64 minutesAgo = 0;                      ///< before the moment the repository is made
    QString message;                            ///< summary line, blank line, body
    QList<QPair<QString, QByteArray>> files;    ///< path relative to the work tree, content
    QString tag;                                ///< an annotated release tag on the commit, if any
};

/** The shop's history, oldest first (see pipelinedemo.h for the story). */
QList<DemoCommit> demoHistory();

/** One run of the demo: the release tag it builds, who starts it, whether production is approved. */
struct DemoRunPlan
{
    QString ref;
    QString createdBy;
    bool approveProduction = false;
};
QList<DemoRunPlan> demoRuns();

/** Outcome of writeDemoRepository(). */
struct WrittenRepository
{
    bool created = false;   ///< false: \a path existed (another start made it first)
    QStringList commits;    ///< ids, oldest first
};

/**
 * Writes \a history as a git repository (branch main) in a temporary folder
 * beside \a path and renames it to \a path. Commit times count back from
 * \a now. Runs on any thread; libgit2 objects never leave it.
 */
Result<WrittenRepository> writeDemoRepository(const QString &path, const QList<DemoCommit> &history,
                                              const QDateTime &now);

} // namespace OpsDeck::Pipelines::Internal
