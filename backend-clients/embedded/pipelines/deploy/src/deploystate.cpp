// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "deploystate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace OpsDeck::Pipelines::Internal {

using Backend::DeploymentRecord;
using Backend::RunStatus;

namespace {

std::optional<RunStatus> statusFromName(const QString &name)
{
    for (RunStatus s : {RunStatus::Queued, RunStatus::Running, RunStatus::Success, RunStatus::Failed,
                        RunStatus::Cancelled, RunStatus::RolledBack}) {
        if (Backend::runStatusName(s) == name)
            return s;
    }
    return std::nullopt;
}

QString time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

} // namespace

const ReleaseEntry *EnvironmentState::find(const QString &deploymentId) const
{
    for (const ReleaseEntry &entry : history) {
        if (entry.record.id == deploymentId)
            return &entry;
    }
    return nullptr;
}

ReleaseEntry *EnvironmentState::find(const QString &deploymentId)
{
    return const_cast<ReleaseEntry *>(std::as_const(*this).find(deploymentId));
}

void EnvironmentState::append(ReleaseEntry entry)
{
    history.append(std::move(entry));
    if (history.size() > kMaxHistory)
        history.remove(0, history.size() - kMaxHistory);
}

QByteArray toJson(const EnvironmentState &state)
{
    QJsonArray history;
    for (const ReleaseEntry &entry : state.history) {
        const DeploymentRecord &r = entry.record;
        QJsonObject env;
        for (auto it = entry.environmentVariables.begin(); it != entry.environmentVariables.end(); ++it)
            env.insert(it.key(), it.value());
        history.append(QJsonObject{
            {QStringLiteral("deployment_id"), r.id},
            {QStringLiteral("repository"), r.repository},
            {QStringLiteral("branch"), r.branch},
            {QStringLiteral("commit"), r.commit},
            {QStringLiteral("status"), Backend::runStatusName(r.status)},
            {QStringLiteral("progress"), r.progress},
            {QStringLiteral("created_by"), r.createdBy},
            {QStringLiteral("created_at"), time(r.createdAt)},
            {QStringLiteral("started_at"), time(r.startedAt)},
            {QStringLiteral("completed_at"), time(r.completedAt)},
            {QStringLiteral("command"), strings(entry.command)},
            {QStringLiteral("env"), env},
            {QStringLiteral("health_path"), entry.healthPath},
            {QStringLiteral("smoke_command"), strings(entry.smokeCommand)},
            {QStringLiteral("start_timeout_ms"), entry.startTimeoutMs},
            {QStringLiteral("smoke_timeout_ms"), entry.smokeTimeoutMs},
        });
    }
    const QJsonObject root{
        {QStringLiteral("format"), EnvironmentState::kFormat},
        {QStringLiteral("environment"), state.environment},
        {QStringLiteral("public_port"), int(state.publicPort)},
        {QStringLiteral("live"), state.liveDeploymentId.isEmpty() ? QJsonValue() : QJsonValue(state.liveDeploymentId)},
        {QStringLiteral("live_colour"), state.liveColour},
        {QStringLiteral("deployments"), history},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<EnvironmentState> environmentStateFromJson(const QByteArray &data, const QString &path)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(ErrorCode::Parse, QStringLiteral("The deployment state file cannot be read."),
                    QStringLiteral("%1: offset %2: %3")
                        .arg(path)
                        .arg(parseError.offset)
                        .arg(doc.isObject() || parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                                            : QStringLiteral("not an object")));
    }
    const QJsonObject root = doc.object();
    auto corrupt = [&path](const QString &field, const QString &why) {
        return fail(ErrorCode::Corrupt, QStringLiteral("The deployment state file is damaged."),
                    QStringLiteral("%1: field \"%2\": %3").arg(path, field, why));
    };
    if (root.value(QStringLiteral("format")).toInt() != EnvironmentState::kFormat)
        return corrupt(QStringLiteral("format"), QStringLiteral("expected %1").arg(EnvironmentState::kFormat));
    EnvironmentState state;
    state.environment = root.value(QStringLiteral("environment")).toString();
    if (!Backend::isValidEnvironmentName(state.environment))
        return corrupt(QStringLiteral("environment"), QStringLiteral("not a valid environment name"));
    const int port = root.value(QStringLiteral("public_port")).toInt(-1);
    if (port < 0 || port > 65535)
        return corrupt(QStringLiteral("public_port"), QStringLiteral("not a port number"));
    state.publicPort = quint16(port);
    state.liveDeploymentId = root.value(QStringLiteral("live")).toString();
    state.liveColour = root.value(QStringLiteral("live_colour")).toString();
    const QJsonArray deployments = root.value(QStringLiteral("deployments")).toArray();
    for (qsizetype i = 0; i < deployments.size(); ++i) {
        const QJsonObject o = deployments.at(i).toObject();
        const QString where = QStringLiteral("deployments[%1]").arg(i);
        ReleaseEntry entry;
        DeploymentRecord &r = entry.record;
        r.id = o.value(QStringLiteral("deployment_id")).toString();
        if (r.id.isEmpty())
            return corrupt(where + QStringLiteral(".deployment_id"), QStringLiteral("missing"));
        const auto status = statusFromName(o.value(QStringLiteral("status")).toString());
        if (!status)
            return corrupt(where + QStringLiteral(".status"), QStringLiteral("unknown status"));
        r.status = *status;
        r.environment = state.environment;
        r.repository = o.value(QStringLiteral("repository")).toString();
        r.branch = o.value(QStringLiteral("branch")).toString();
        r.commit = o.value(QStringLiteral("commit")).toString();
        r.progress = o.value(QStringLiteral("progress")).toInt();
        r.createdBy = o.value(QStringLiteral("created_by")).toString();
        r.createdAt = QDateTime::fromString(o.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
        r.startedAt = QDateTime::fromString(o.value(QStringLiteral("started_at")).toString(), Qt::ISODateWithMs);
        r.completedAt = QDateTime::fromString(o.value(QStringLiteral("completed_at")).toString(), Qt::ISODateWithMs);
        entry.command = strings(o.value(QStringLiteral("command")));
        const QJsonObject env = o.value(QStringLiteral("env")).toObject();
        for (auto it = env.begin(); it != env.end(); ++it)
            entry.environmentVariables.insert(it.key(), it.value().toString());
        entry.healthPath = o.value(QStringLiteral("health_path")).toString();
        entry.smokeCommand = strings(o.value(QStringLiteral("smoke_command")));
        entry.startTimeoutMs = o.value(QStringLiteral("start_timeout_ms")).toInteger(30'000);
        entry.smokeTimeoutMs = o.value(QStringLiteral("smoke_timeout_ms")).toInteger(30'000);
        state.history.append(std::move(entry));
    }
    if (!state.liveDeploymentId.isEmpty() && !state.find(state.liveDeploymentId))
        return corrupt(QStringLiteral("live"), QStringLiteral("names no deployment in \"deployments\""));
    return state;
}

} // namespace OpsDeck::Pipelines::Internal
