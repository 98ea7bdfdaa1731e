// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "httpcall.h"

#include "opsdeck/remote/prometheusjson.h"
#include "remotetr.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcHttp, "opsdeck.remote.prometheus", QtWarningMsg)

namespace OpsDeck::Remote::Internal {

using std::chrono::milliseconds;

HttpCall::HttpCall(QNetworkAccessManager *network, HttpCallConfig config, Done done, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_config(std::move(config))
    , m_done(std::move(done))
{
    m_timeout.setSingleShot(true);
    // A coarse timer may fire 5 % early; "did not answer within 300 ms" must mean it.
    m_timeout.setTimerType(Qt::PreciseTimer);
    m_wait.setSingleShot(true);
    // Likewise a Retry-After is a "not before".
    m_wait.setTimerType(Qt::PreciseTimer);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        // A local pointer, checked: GCC at -O3 cannot see through QPointer.
        QNetworkReply *reply = m_reply.data();
        if (!reply)
            return;
        // abort() finishes the reply at once; onFinished() sees the flag.
        m_timedOut = true;
        reply->abort();
    });
    connect(&m_wait, &QTimer::timeout, this, &HttpCall::attempt);
}

HttpCall::~HttpCall()
{
    // The owner is going away: drop the request without telling anyone (the
    // done callback would reach a half-destroyed owner). Whoever waits on
    // the result learns of it through their own cancellation.
    if (QNetworkReply *reply = m_reply.data()) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
        // An admitted half-open trial that never reports back is given to a
        // new trial by the breaker itself after another open duration.
    }
}

QString HttpCall::where() const
{
    return m_config.url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
}

void HttpCall::start()
{
    m_clock.start();
    attempt();
}

void HttpCall::attempt()
{
    if (!m_config.breaker->allowRequest()) {
        const auto remaining = std::chrono::duration_cast<milliseconds>(m_config.breaker->remainingOpenTime());
        const qint64 seconds = (remaining.count() + 999) / 1000;
        const QString host = m_config.url.host() + QLatin1Char(':') + QString::number(m_config.url.port(80));
        const QString message =
            m_config.breaker->state() == Reliability::CircuitBreaker::State::Open
                ? Tr::tr("Prometheus at %1 is paused after %2 failures in a row (circuit breaker open); "
                         "the next try is in %3 s")
                      .arg(host).arg(m_config.breaker->options().failureThreshold).arg(seconds)
                : Tr::tr("Prometheus at %1 is being probed after repeated failures (circuit breaker half-open); "
                         "try again in a moment")
                      .arg(host);
        finish(fail(ErrorCode::Unavailable, message, m_config.lastFailure), FailureKind::BreakerOpen);
        return;
    }
    ++m_attempts;
    m_timedOut = false;
    QNetworkRequest request(m_config.url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "OpsDeck");
    if (!m_config.authorization.isEmpty())
        request.setRawHeader("Authorization", m_config.authorization);
    // Our own timer bounds the whole attempt; Qt's transfer timeout only
    // bounds silence between bytes, and a server that trickles would pass it.
    request.setTransferTimeout(0);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &HttpCall::onFinished);
    m_timeout.start(m_config.timeout);
}

void HttpCall::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    m_timeout.stop();
    if (!reply)
        return;
    reply->deleteLater();

    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError networkError = reply->error();
    if (m_timedOut) {
        m_config.breaker->recordFailure();
        retryOrFinish(fail(ErrorCode::Timeout,
                           Tr::tr("Prometheus at %1 did not answer within %2 ms")
                               .arg(where()).arg(m_config.timeout.count()),
                           Tr::tr("attempt %1").arg(m_attempts)),
                      FailureKind::Timeout, std::nullopt);
        return;
    }
    // Qt numbers transport failures 1..99 (refused, closed, host not found,
    // TLS); 100 and up are proxy, content and protocol errors with an answer.
    const bool transport = networkError != QNetworkReply::NoError && int(networkError) < 100;
    if (!statusAttribute.isValid() || transport) {
        m_config.breaker->recordFailure();
        const QString reason = statusAttribute.isValid()
                                   ? Tr::tr("the connection broke after HTTP %1: %2")
                                         .arg(statusAttribute.toInt()).arg(reply->errorString())
                                   : reply->errorString();
        retryOrFinish(fail(ErrorCode::Unavailable, Tr::tr("Cannot reach Prometheus at %1").arg(where()),
                           reason),
                      FailureKind::Unreachable, std::nullopt);
        return;
    }

    const int status = statusAttribute.toInt();
    const QByteArray body = reply->readAll();
    if (status == 429 || status >= 500) {
        m_config.breaker->recordFailure();
        const QString reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        // Prometheus explains its 503s (a query timeout, a shutting-down
        // server) in its JSON; a proxy's HTML page only has the status.
        Result<Envelope> envelope = parseEnvelope(body);
        Error error = !envelope && !isMalformedAnswer(envelope.error())
                          ? envelope.error()
                          : fail(ErrorCode::Unavailable,
                                 Tr::tr("Prometheus at %1 answered HTTP %2 %3").arg(where()).arg(status).arg(reasonPhrase));
        if (error.code != ErrorCode::Timeout)
            error.code = ErrorCode::Unavailable;
        error.detail = QStringLiteral("HTTP %1, attempt %2").arg(status).arg(m_attempts);
        std::optional<milliseconds> retryAfter;
        if (reply->hasRawHeader("Retry-After"))
            retryAfter = parseRetryAfter(reply->rawHeader("Retry-After"));
        retryOrFinish(std::move(error), FailureKind::ServerError, retryAfter);
        return;
    }
    // The server answered; whatever it said, it is up.
    m_config.breaker->recordSuccess();
    if (status == 401 || status == 403) {
        finish(fail(status == 401 ? ErrorCode::Unauthenticated : ErrorCode::PermissionDenied,
                    status == 401 ? Tr::tr("Prometheus at %1 wants credentials, or refused the ones given (HTTP 401)")
                                        .arg(where())
                                  : Tr::tr("Prometheus at %1 refused access (HTTP 403)").arg(where())),
               FailureKind::Refused);
        return;
    }
    finish(HttpAnswer{status, body}, FailureKind::None);
}

void HttpCall::retryOrFinish(Error error, FailureKind kind, std::optional<milliseconds> retryAfter)
{
    m_config.lastFailure = error.message;
    qCInfo(lcHttp).noquote() << "attempt" << m_attempts << "failed:" << error.toString();
    const int maxAttempts = std::max(1, m_config.backoff.maxAttempts);
    if (!m_config.retry || m_attempts >= maxAttempts) {
        if (m_attempts > 1)
            error.detail = Tr::tr("%1; gave up after %2 attempts").arg(error.detail).arg(m_attempts);
        finish(std::move(error), kind);
        return;
    }
    Reliability::RandomSource &random = m_config.random ? *m_config.random : Reliability::RandomSource::global();
    milliseconds delay = m_config.backoff.delayFor(m_attempts - 1, random);
    if (retryAfter) {
        if (*retryAfter > m_config.maxRetryAfter) {
            error.detail = Tr::tr("%1; the server asks to retry after %2 s, longer than the %3 s allowed")
                               .arg(error.detail)
                               .arg((retryAfter->count() + 999) / 1000)
                               .arg(m_config.maxRetryAfter.count() / 1000);
            finish(std::move(error), kind);
            return;
        }
        delay = std::max(delay, *retryAfter);
    }
    m_wait.start(delay);
}

void HttpCall::finish(Result<HttpAnswer> answer, FailureKind kind)
{
    if (m_finished)
        return;
    m_finished = true;
    HttpOutcome outcome{std::move(answer), kind, m_attempts, m_clock.isValid() ? m_clock.elapsed() : 0};
    Done done = std::move(m_done);
    deleteLater();
    if (done)
        done(std::move(outcome));
}

std::optional<milliseconds> HttpCall::parseRetryAfter(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<milliseconds>(milliseconds(std::min<qint64>(seconds, 1'000'000'000) * 1000));
    // An HTTP date ("Wed, 21 Oct 2026 07:28:00 GMT") is RFC 2822 with the
    // zone spelled "GMT", which Qt's reader only takes as "+0000".
    QString text = QString::fromLatin1(trimmed);
    if (text.endsWith(QLatin1StringView(" GMT")))
        text = text.chopped(4) + QLatin1StringView(" +0000");
    const QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return milliseconds(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when)));
}

} // namespace OpsDeck::Remote::Internal
