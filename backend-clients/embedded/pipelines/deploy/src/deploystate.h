// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/deploytarget.h>

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace OpsDeck::Pipelines::Internal {

/** One deployment of an environment and what it takes to start its release again. */
struct ReleaseEntry
{
    Backend::DeploymentRecord record;
    QStringList command;
    QMap<QString, QString> environmentVariables;
    QString healthPath;
    QStringList smokeCommand;
    qint64 startTimeoutMs = 30'000;
    qint64 smokeTimeoutMs = 30'000;
};

/**
 * <state dir>/<environment>/state.json: the public port, what is live and
 * the deployments (newest last). docs/deploy-targets.md describes it.
 */
struct EnvironmentState
{
    static constexpr int kFormat = 1;
    static constexpr int kMaxHistory = 50;

    QString environment;
    quint16 publicPort = 0;
    QString liveDeploymentId;
    QString liveColour;
    QList<ReleaseEntry> history;

    const ReleaseEntry *find(const QString &deploymentId) const;
    ReleaseEntry *find(const QString &deploymentId);
    void append(ReleaseEntry entry); ///< drops the oldest beyond kMaxHistory
};

QByteArray toJson(const EnvironmentState &state);
/** Parses \a data read from \a path; a Parse or Corrupt error names the file and the field. */
Result<EnvironmentState> environmentStateFromJson(const QByteArray &data, const QString &path);

} // namespace OpsDeck::Pipelines::Internal
