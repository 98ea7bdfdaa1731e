// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

/**
 * \file
 * The pipelines part of a demo workspace (`opsdeck --demo`,
 * docs/pipelines-engine.md "Demo workspace"): a small git repository with a
 * pipeline, registered with the embedded engine, and a short history of
 * real runs, so a new user sees a living CI/CD system in the first minute.
 *
 * `<workspace>/demo/shop` is made with libgit2 (no `git` program needed):
 * a tiny python3 web service that answers `/` with its version and
 * `/health`, its unit tests, and `.opsdeck/pipeline.yml` with the stages
 * build, test, deploy-staging and deploy-production. Both deployments are
 * blue-green (`deploy.service: python3 app.py`, smoke test on `/health`);
 * production is `when: manual`. Five commits by four authors tell a story:
 * the service, its pipeline, a feature, a change whose `/health` fails
 * outside the tests, and its fix.
 *
 * Then runs are triggered one after the other, each once the one before has
 * ended: the feature (staging, then production, approved), the broken
 * change (its staging smoke test fails, so the deployment is rolled back by
 * itself and 1.1.0 keeps serving), and the fix (staging, then production).
 *
 * Everything is asynchronous: the call returns at once, the repository is
 * written on a worker thread and the runs are driven from the engine's
 * owner thread by a helper object parented to the engine (it dies with the
 * engine; the future then reports Cancelled).
 *
 * \code
 * auto engine = EmbeddedPipelineEngine::open(options);
 * auto *watcher = new QFutureWatcher<Result<PipelineDemoReport>>(owner);
 * watcher->setFuture(fillPipelineDemo(**engine, workspaceDir));
 * \endcode
 */

#include <opsdeck/api/result.h>

#include <QFuture>
#include <QString>
#include <QStringList>

#include <chrono>

namespace OpsDeck::Pipelines {

class EmbeddedPipelineEngine;

struct PipelineDemoOptions
{
    /** Do nothing when the engine already knows any repository (the user's own work comes first). */
    bool onlyIntoEmptyEngine = true;
    /** How often a run's state is asked for while it runs. */
    std::chrono::milliseconds pollInterval{250};
    /** A run that has not ended after this long stops the demo with a Timeout error. */
    std::chrono::milliseconds runTimeout{180'000};
};

/** What fillPipelineDemo() did. */
struct PipelineDemoReport
{
    /** False: nothing was changed (the demo repository existed, or the engine had repositories). */
    bool created = false;
    QString skippedBecause;     ///< why nothing was changed, when created is false
    QString repository;         ///< the name it is registered under: "shop"
    QString path;               ///< `<workspace>/demo/shop`
    QStringList commits;        ///< the commit ids, oldest first
    QStringList runIds;         ///< the runs triggered, in order
};

/** The name the demo repository is registered under. */
inline constexpr char kDemoRepositoryName[] = "shop";

/**
 * Makes `<workspaceDir>/demo/shop`, registers it with \a engine and runs its
 * short history; the future finishes when the last run has ended (about
 * 15–30 s; the repository is registered within the first second).
 *
 * Idempotent: when `<workspaceDir>/demo/shop` exists (or, with
 * options.onlyIntoEmptyEngine, when the engine has any repository) it
 * changes nothing and reports created = false. The repository is written
 * in a temporary folder beside it and renamed into place, so a folder that
 * exists is always complete.
 *
 * Call it from the thread that owns \a engine (its event loop drives the
 * runs); from another thread the future fails with InvalidArgument.
 *
 * Errors name what failed: the file or libgit2 call for the repository,
 * the run id and its state for a run that did not end in time.
 */
QFuture<Result<PipelineDemoReport>> fillPipelineDemo(EmbeddedPipelineEngine &engine, const QString &workspaceDir,
                                                     const PipelineDemoOptions &options = {});

} // namespace OpsDeck::Pipelines
