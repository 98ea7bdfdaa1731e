// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

/**
 * \file
 * The contract every IPipelineEngine owes the console (embedded engine,
 * remote, fake).
 *
 * The engine under test must not start runs by itself: a factory makes it
 * with its workers paused (or none), so that a triggered run stays Queued
 * until the case cancels it. Status transitions beyond Queued -> Cancelled
 * are each engine's own tests.
 *
 * Calls and threading
 *  1. Every call returns a future that finishes with exactly one result while
 *     the caller's event loop runs.
 *  2. runUpdated() is emitted on the owner thread, and never from inside the
 *     call that caused it.
 *
 * Trigger
 *  3. trigger() of a known repository and a branch name returns the new run:
 *     non-empty id, unique per engine; repository and environment as
 *     requested; branch = the ref; commit empty (not resolved yet) or a hex
 *     object id; status Queued; progress 0; createdAt valid and taken during
 *     the call; startedAt and completedAt invalid.
 *  4. An empty repository is ErrorCode::InvalidArgument whose message or
 *     detail names the field ("repository").
 *
 * List
 *  5. A triggered run is listed with the same seed fields.
 *  6. listRuns() is newest first (the later trigger comes first) and honours
 *     the repository filter, the status filter and the limit.
 *
 * Cancel
 *  7. cancel() of an id the engine never issued is ErrorCode::NotFound.
 *  8. cancel() of a Queued run succeeds; runUpdated() then reports the run
 *     with status Cancelled, and listRuns() shows it Cancelled with a valid
 *     completedAt. Other runs are untouched (an engine may announce a new
 *     run through runUpdated(), late, but never as changed).
 *
 * Health
 *  9. After construction health() is not Unhealthy, capability() is
 *     PipelineEngine and displayName() is not empty.
 */

#include "contractsupport.h"

#include <opsdeck/api/pipelineengine.h>

#include <QTemporaryDir>

#include <functional>
#include <optional>
#include <memory>
#include <ostream>

namespace OpsDeck::Test {

/**
 * Makes a fresh engine with no runs whose workers do not start runs;
 * \a scratchDir is a new empty folder per case (e.g. for git repositories).
 * Triggers on `repository` and `otherRepository` at ref `branch` must be
 * accepted.
 */
struct PipelineEngineFactory
{
    QString name; ///< instantiation name: letters, digits and '_'
    std::function<std::unique_ptr<Backend::IPipelineEngine>(const QString &scratchDir)> make;
    QString repository = QStringLiteral("demo/app");
    QString otherRepository = QStringLiteral("demo/web");
    QString branch = QStringLiteral("main");
};

inline void PrintTo(const PipelineEngineFactory &factory, std::ostream *os)
{
    *os << factory.name.toStdString();
}

class PipelineEngineContract : public ::testing::TestWithParam<PipelineEngineFactory>
{
protected:
    void SetUp() override;
    void TearDown() override;

    Backend::TriggerRequest request(const QString &repository,
                                    const QString &environment = QStringLiteral("staging")) const;
    /** Triggers and waits; failure fails the case. */
    void triggerRun(const Backend::TriggerRequest &request, Backend::PipelineRun *run);
    /** Lists and waits; failure fails the case. */
    void listRuns(const Backend::RunFilter &filter, QList<Backend::PipelineRun> *runs);

    QTemporaryDir m_scratch;
    std::unique_ptr<Backend::IPipelineEngine> m_engine;
};

} // namespace OpsDeck::Test
