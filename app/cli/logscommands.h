// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "commands.h"

#include <QDateTime>

namespace OpsDeck::Cli {

struct LogsOptions
{
    QStringList args;         ///< positional arguments after "logs VERB"
    QString service;
    QString host;
    QString multiline;
    bool follow = false;
    QString since;
    QString until;
    int limit = 100;
    bool count = false;
    int syslogUdp = -1;       ///< -1: not asked for
    int syslogTcp = -1;
    QString bind;
};

int logsIngest(const GlobalOptions &global, const LogsOptions &options);
int logsSearch(const GlobalOptions &global, const LogsOptions &options);
int logsTail(const GlobalOptions &global, const LogsOptions &options);
int logsListen(const GlobalOptions &global, const LogsOptions &options);
int logsStats(const GlobalOptions &global);

/** "24h", "15m", "7d", "30s", "2w" or an RFC 3339 time, relative to \a now; invalid if neither. */
QDateTime parseTimeArgument(const QString &text, const QDateTime &now);

} // namespace OpsDeck::Cli
