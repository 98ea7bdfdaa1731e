// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "probe.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace OpsDeck::Pipelines::Internal {

Probe::Probe(Reliability::BackoffPolicy backoff, QObject *parent)
    : QObject(parent)
    , m_backoff(backoff)
    , m_network(new QNetworkAccessManager(this))
{
    // The service is on 127.0.0.1: an http_proxy in the environment must not
    // send the smoke test elsewhere.
    m_network->setProxy(QNetworkProxy::NoProxy);
}

Probe::~Probe() = default;

void Probe::retry(Attempt attempt, std::chrono::milliseconds timeout, Done done)
{
    struct State
    {
        QDeadlineTimer deadline;
        int attempts = 0;
        Attempt attempt;
        Done done;
        std::function<void()> next;
    };
    auto state = std::make_shared<State>();
    state->deadline = QDeadlineTimer(timeout);
    state->attempt = std::move(attempt);
    state->done = std::move(done);
    // `next` refers to the state weakly, so the chain frees itself.
    std::weak_ptr<State> weak = state;
    state->next = [this, weak] {
        auto self = weak.lock();
        if (!self)
            return;
        ++self->attempts;
        self->attempt([this, self](bool ok, const QString &detail) {
            if (ok || self->deadline.hasExpired() || self->attempts >= m_backoff.maxAttempts) {
                const QString suffix = self->attempts == 1 ? QStringLiteral(" (1 attempt)")
                                                           : QStringLiteral(" (%1 attempts)").arg(self->attempts);
                auto finished = std::move(self->done);
                self->next = nullptr;
                finished(ok, detail + suffix);
                return;
            }
            const auto wait = std::min<std::chrono::milliseconds>(
                m_backoff.delayFor(self->attempts - 1, Reliability::RandomSource::global()),
                std::chrono::milliseconds(std::max<qint64>(0, self->deadline.remainingTime())));
            QTimer::singleShot(wait, this, [self] {
                if (self->next)
                    self->next();
            });
        });
    };
    state->next();
}

void Probe::waitListening(quint16 port, std::chrono::milliseconds timeout, Done done)
{
    retry(
        [this, port](auto result) {
            auto *socket = new QTcpSocket(this);
            auto finish = [socket, result, port](bool ok, const QString &why) {
                socket->disconnect();
                socket->abort();
                socket->deleteLater();
                result(ok, ok ? QStringLiteral("listening on 127.0.0.1:%1").arg(port)
                              : QStringLiteral("nothing listens on 127.0.0.1:%1: %2").arg(port).arg(why));
            };
            connect(socket, &QTcpSocket::connected, this, [finish] { finish(true, {}); });
            connect(socket, &QAbstractSocket::errorOccurred, this,
                    [finish, socket](QAbstractSocket::SocketError) { finish(false, socket->errorString()); });
            socket->connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        },
        timeout, std::move(done));
}

void Probe::httpOnce(const QUrl &url, std::chrono::milliseconds timeout, Done done)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(int(std::max<qint64>(1, timeout.count())));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [reply, url, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 200 && status < 300) {
            done(true, QStringLiteral("GET %1 answered %2").arg(url.toString()).arg(status));
        } else if (status != 0) {
            done(false, QStringLiteral("GET %1 answered %2").arg(url.toString()).arg(status));
        } else {
            done(false, QStringLiteral("GET %1 failed: %2").arg(url.toString(), reply->errorString()));
        }
    });
}

void Probe::httpSmoke(const QUrl &url, std::chrono::milliseconds timeout, Done done)
{
    // Each attempt may take what is left of the deadline, at most 5 s, so a
    // hanging service still leaves room for a second try.
    auto deadline = std::make_shared<QDeadlineTimer>(timeout);
    retry(
        [this, url, deadline](auto result) {
            const qint64 left = std::clamp<qint64>(deadline->remainingTime(), 100, 5000);
            httpOnce(url, std::chrono::milliseconds(left), result);
        },
        timeout, std::move(done));
}

void Probe::commandSmoke(const QStringList &command, const QString &workingDir,
                         const QProcessEnvironment &environment, std::chrono::milliseconds timeout, Done done)
{
    auto deadline = std::make_shared<QDeadlineTimer>(timeout);
    retry(
        [this, command, workingDir, environment, deadline](auto result) {
            auto *process = new QProcess(this);
            process->setWorkingDirectory(workingDir);
            process->setProcessEnvironment(environment);
            process->setProcessChannelMode(QProcess::MergedChannels);
            auto finished = std::make_shared<bool>(false);
            auto finish = [process, result, command, finished](bool ok, const QString &why) {
                if (std::exchange(*finished, true))
                    return;
                process->disconnect();
                if (process->state() != QProcess::NotRunning)
                    process->kill();
                process->deleteLater();
                result(ok, QStringLiteral("smoke command \"%1\" %2").arg(command.join(QLatin1Char(' ')), why));
            };
            connect(process, &QProcess::finished, this, [process, finish](int code, QProcess::ExitStatus status) {
                const QString output = QString::fromUtf8(process->readAll()).trimmed().right(500);
                if (status == QProcess::NormalExit && code == 0)
                    finish(true, QStringLiteral("passed"));
                else if (status == QProcess::NormalExit)
                    finish(false, QStringLiteral("exited with code %1: %2").arg(code).arg(output));
                else
                    finish(false, QStringLiteral("crashed: %1").arg(output));
            });
            connect(process, &QProcess::errorOccurred, this, [process, finish](QProcess::ProcessError error) {
                if (error == QProcess::FailedToStart)
                    finish(false, QStringLiteral("could not be started: %1").arg(process->errorString()));
            });
            const qint64 left = std::max<qint64>(100, deadline->remainingTime());
            QTimer::singleShot(std::chrono::milliseconds(left), process,
                               [finish] { finish(false, QStringLiteral("did not finish in time")); });
            QStringList arguments = command;
            const QString program = arguments.takeFirst();
            process->start(program, arguments, QIODevice::ReadOnly);
        },
        timeout, std::move(done));
}

} // namespace OpsDeck::Pipelines::Internal
