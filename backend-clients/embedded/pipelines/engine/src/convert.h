// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

/** \file Between the store's records and the API's values. */

#include <opsdeck/api/pipelineengine.h>
#include <opsdeck/pipelines/joblog.h>
#include <opsdeck/pipelines/pipelinedatabase.h>

namespace OpsDeck::Pipelines {

ErrorCode errorCodeFor(DbErrorCode code);
Backend::RunStatus toApi(RunStatus status);
RunStatus toStoreStatus(Backend::RunStatus status);
Backend::JobStatus toApi(JobStatus status);
Backend::JobStatus toApi(StepStatus status);
Backend::DeploymentStatus toApi(DeploymentStatus status);
bool isTerminalDeployment(DeploymentStatus status);

Backend::PipelineRun toApi(const RunRecord &run);
Backend::PipelineJob toApi(const JobRecord &job, const QList<StepRecord> &steps);
Backend::Deployment toApi(const DeploymentRecord &deployment);
/** Line \a index of a job log, as the API shows it. */
Backend::LogLine toApi(const LogLine &line, qint64 index);

/** ms since the epoch, 0 = unset, as a UTC QDateTime (invalid when unset). */
QDateTime fromMs(qint64 ms);

} // namespace OpsDeck::Pipelines
