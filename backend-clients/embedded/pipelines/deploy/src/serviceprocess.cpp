// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "serviceprocess.h"

#include <QTimer>

#include <csignal>
#include <sys/types.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace OpsDeck::Pipelines::Internal {

namespace {
constexpr qsizetype kKeptLines = 20;
}

ServiceProcess::ServiceProcess(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // Its own session and process group: the whole service (a shell and
    // what it starts) can be signalled at once, and a Ctrl+C in the
    // terminal that runs OpsDeck does not reach the services.
    // Its own session (stopped as a group), and it ends when the thread that
    // started it does: a console killed with SIGKILL leaves no service behind,
    // and the next console restores the live ones.
    m_process.setChildProcessModifier([] {
        ::setsid();
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    });
    connect(&m_process, &QProcess::readyRead, this, &ServiceProcess::readOutput);
    connect(&m_process, &QProcess::started, this, [this] { m_pid = m_process.processId(); });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        readOutput();
        if (!m_partial.isEmpty()) {
            m_lines.append(QString::fromUtf8(std::exchange(m_partial, {})));
            if (m_lines.size() > kKeptLines)
                m_lines.remove(0, m_lines.size() - kKeptLines);
        }
        // Children that outlived the group leader go too.
        signalGroup(SIGKILL);
        m_exitDescription = status == QProcess::CrashExit
                                ? QStringLiteral("was killed by a signal")
                                : QStringLiteral("exited with code %1").arg(code);
        m_exited = true;
        Q_EMIT exited();
        for (auto &callback : std::exchange(m_onExit, {}))
            callback();
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        m_exitDescription = QStringLiteral("could not be started: %1").arg(m_process.errorString());
        m_exited = true;
        Q_EMIT exited();
        for (auto &callback : std::exchange(m_onExit, {}))
            callback();
    });
}

ServiceProcess::~ServiceProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.disconnect(this);
    signalGroup(SIGTERM);
    if (!m_process.waitForFinished(2000)) {
        signalGroup(SIGKILL);
        m_process.waitForFinished(2000);
    }
    signalGroup(SIGKILL);
}

namespace {

/**
 * `sh -c "python3 app.py"` keeps the shell as the service's parent, and the
 * death signal set above reaches only the shell. A single simple command
 * is exec'd instead, so the service itself is the process that gets it.
 */
QStringList execSimpleShellCommand(const QString &program, QStringList arguments)
{
    const bool shell = program.endsWith(QLatin1String("/sh")) || program.endsWith(QLatin1String("/bash"))
        || program == QLatin1String("sh") || program == QLatin1String("bash");
    if (!shell || arguments.size() != 2 || arguments.at(0) != QLatin1String("-c"))
        return arguments;
    const QString script = arguments.at(1).trimmed();
    static const QString operators = QStringLiteral(";&|<>()`\n\\"); // $VAR is fine after exec
    for (const QChar c : script) {
        if (operators.contains(c))
            return arguments;
    }
    if (!script.startsWith(QLatin1String("exec ")))
        arguments[1] = QLatin1String("exec ") + script;
    return arguments;
}

} // namespace

void ServiceProcess::start(const QString &program, const QStringList &arguments, const QString &workingDir,
                           const QProcessEnvironment &environment)
{
    m_process.setWorkingDirectory(workingDir);
    m_process.setProcessEnvironment(environment);
    m_process.start(program, execSimpleShellCommand(program, arguments), QIODevice::ReadOnly);
}

bool ServiceProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning && !m_exited;
}

void ServiceProcess::stop(std::chrono::milliseconds grace, std::function<void()> done)
{
    if (m_exited || m_process.state() == QProcess::NotRunning) {
        if (done)
            done();
        return;
    }
    if (done)
        m_onExit.push_back(std::move(done));
    signalGroup(SIGTERM);
    QTimer::singleShot(grace, this, [this] {
        if (!m_exited)
            signalGroup(SIGKILL);
    });
}

void ServiceProcess::readOutput()
{
    m_partial += m_process.readAll();
    qsizetype newline;
    while ((newline = m_partial.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_partial.left(newline)).trimmed();
        m_partial.remove(0, newline + 1);
        m_lines.append(line);
        Q_EMIT outputLine(line);
    }
    if (m_lines.size() > kKeptLines)
        m_lines.remove(0, m_lines.size() - kKeptLines);
}

void ServiceProcess::signalGroup(int signal) const
{
    // The pid is the group id (setsid); it is only signalled while this
    // object knows the leader was started, never a stale or zero pid.
    if (m_pid > 1 && !m_exited)
        ::kill(-static_cast<pid_t>(m_pid), signal);
}

} // namespace OpsDeck::Pipelines::Internal
