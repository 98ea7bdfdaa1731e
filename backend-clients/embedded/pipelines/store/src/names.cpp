// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include <opsdeck/pipelines/pipelinedatabase.h>

#include <array>
#include <iterator>

// The names stored in the database's text columns. The CHECK constraints in
// schema.cpp list the same words; keep both in step.

namespace OpsDeck::Pipelines {

namespace {

template<typename E, std::size_t N>
QString nameOf(const std::array<const char *, N> &names, E value)
{
    const auto i = static_cast<std::size_t>(value);
    return i < N ? QString::fromLatin1(names[i]) : QString();
}

template<typename E, std::size_t N>
bool valueOf(const std::array<const char *, N> &names, const QString &text, E *out)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (text == QLatin1String(names[i])) {
            *out = static_cast<E>(i);
            return true;
        }
    }
    return false;
}

constexpr std::array<const char *, 3> kEnvironments{"development", "staging", "production"};
constexpr std::array<const char *, 6> kRunStatuses{"queued", "running", "success", "failed", "cancelled",
                                                   "rolled_back"};
constexpr std::array<const char *, 6> kTriggers{"manual", "push", "webhook", "retry", "schedule", "demo"};
constexpr std::array<const char *, 9> kJobStatuses{"created", "pending", "manual", "running", "success",
                                                   "failed", "cancelled", "skipped", "interrupted"};
constexpr std::array<const char *, 6> kStepStatuses{"pending", "running", "success", "failed", "cancelled",
                                                    "skipped"};
constexpr std::array<const char *, 5> kDeploymentStatuses{"queued", "running", "success", "failed",
                                                          "rolled_back"};
constexpr std::array<const char *, 2> kStrategies{"blue-green", "direct"};
constexpr std::array<const char *, 3> kWorkerStatuses{"idle", "busy", "offline"};

} // namespace

QString toString(DeployEnvironment v) { return nameOf(kEnvironments, v); }
QString toString(RunStatus v) { return nameOf(kRunStatuses, v); }
QString toString(Trigger v) { return nameOf(kTriggers, v); }
QString toString(JobStatus v) { return nameOf(kJobStatuses, v); }
QString toString(StepStatus v) { return nameOf(kStepStatuses, v); }
QString toString(DeploymentStatus v) { return nameOf(kDeploymentStatuses, v); }
QString toString(DeploymentStrategy v) { return nameOf(kStrategies, v); }
QString toString(WorkerStatus v) { return nameOf(kWorkerStatuses, v); }

bool fromString(const QString &text, DeployEnvironment *out) { return valueOf(kEnvironments, text, out); }
bool fromString(const QString &text, RunStatus *out) { return valueOf(kRunStatuses, text, out); }
bool fromString(const QString &text, Trigger *out) { return valueOf(kTriggers, text, out); }
bool fromString(const QString &text, JobStatus *out) { return valueOf(kJobStatuses, text, out); }
bool fromString(const QString &text, StepStatus *out) { return valueOf(kStepStatuses, text, out); }
bool fromString(const QString &text, DeploymentStatus *out) { return valueOf(kDeploymentStatuses, text, out); }
bool fromString(const QString &text, DeploymentStrategy *out) { return valueOf(kStrategies, text, out); }
bool fromString(const QString &text, WorkerStatus *out) { return valueOf(kWorkerStatuses, text, out); }

int environmentPriority(DeployEnvironment environment)
{
    switch (environment) {
    case DeployEnvironment::Production:
        return 3;
    case DeployEnvironment::Staging:
        return 2;
    case DeployEnvironment::Development:
        break;
    }
    return 1;
}

bool isTerminal(JobStatus status)
{
    switch (status) {
    case JobStatus::Success:
    case JobStatus::Failed:
    case JobStatus::Cancelled:
    case JobStatus::Skipped:
    case JobStatus::Interrupted:
        return true;
    case JobStatus::Created:
    case JobStatus::Pending:
    case JobStatus::Manual:
    case JobStatus::Running:
        break;
    }
    return false;
}

bool isTerminal(RunStatus status)
{
    return status != RunStatus::Queued && status != RunStatus::Running;
}

} // namespace OpsDeck::Pipelines
