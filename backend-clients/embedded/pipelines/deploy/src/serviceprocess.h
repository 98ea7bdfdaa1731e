// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>

#include <chrono>
#include <functional>

namespace OpsDeck::Pipelines::Internal {

/**
 * One service process of a release: started in its own process group (so a
 * shell script's children are stopped with it), its merged output kept as
 * the last few lines for error messages, stopped with SIGTERM to the group
 * and SIGKILL after a grace period.
 */
class ServiceProcess : public QObject
{
    Q_OBJECT
public:
    explicit ServiceProcess(QObject *parent = nullptr);
    /** Stops a still running group synchronously (SIGTERM, up to 2 s, SIGKILL): no orphans. */
    ~ServiceProcess() override;

    /** Starts \a program; exited() follows if it cannot be started. */
    void start(const QString &program, const QStringList &arguments, const QString &workingDir,
               const QProcessEnvironment &environment);

    bool isRunning() const;
    qint64 pid() const { return m_pid; }
    /** "exited with code 3", "was killed by signal 9", "could not be started: …" */
    QString exitDescription() const { return m_exitDescription; }
    /** The last lines the process wrote (stdout and stderr merged), oldest first. */
    QStringList lastLines() const { return m_lines; }

    /** SIGTERM to the group, SIGKILL after \a grace; \a done runs once it has exited. */
    void stop(std::chrono::milliseconds grace, std::function<void()> done);

Q_SIGNALS:
    /** The process ended or could not be started; exitDescription() says how. */
    void exited();
    /** One line of output. */
    void outputLine(const QString &line);

private:
    void readOutput();
    void signalGroup(int signal) const;

    QProcess m_process;
    qint64 m_pid = 0;
    bool m_exited = false;
    QString m_exitDescription;
    QStringList m_lines;
    QByteArray m_partial;
    std::vector<std::function<void()>> m_onExit;
};

} // namespace OpsDeck::Pipelines::Internal
