// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/result.h>
#include <opsdeck/reliability/backoff.h>
#include <opsdeck/reliability/circuitbreaker.h>

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace OpsDeck::Remote::Internal {

/** An HTTP answer that is final: not a retryable failure. */
struct HttpAnswer
{
    int status = 0;
    QByteArray body;
};

/** Why a call ended without a usable answer. */
enum class FailureKind {
    None,        ///< an answer came (answer is a value)
    Unreachable, ///< connection refused, host unknown, connection broken
    Timeout,     ///< no complete answer within the request timeout
    ServerError, ///< HTTP 5xx or 429, after the retries
    Refused,     ///< HTTP 401 or 403: credentials
    BreakerOpen, ///< the circuit breaker did not let the request out
};

struct HttpOutcome
{
    Result<HttpAnswer> answer = HttpAnswer{};
    FailureKind kind = FailureKind::None;
    int attempts = 0;
    qint64 elapsedMs = 0;
};

struct HttpCallConfig
{
    QUrl url;
    QByteArray authorization;
    std::chrono::milliseconds timeout{10'000};
    Reliability::BackoffPolicy backoff{};
    std::chrono::milliseconds maxRetryAfter{30'000};
    bool retry = true;
    std::shared_ptr<Reliability::CircuitBreaker> breaker;
    std::shared_ptr<Reliability::RandomSource> random;
    /** What failed last time, for the message of a fast failure. */
    QString lastFailure;
};

/**
 * One GET with its retries: per-attempt timeout, backoff with jitter between
 * attempts (at least a Retry-After), circuit-breaker bookkeeping. Lives on
 * the network manager's thread as a child of its owner, so destroying the
 * owner aborts the request and nothing reaches a dead object; the done
 * callback then never runs.
 */
class HttpCall final : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(HttpOutcome)>;

    HttpCall(QNetworkAccessManager *network, HttpCallConfig config, Done done, QObject *parent);
    ~HttpCall() override;

    /** Sends the first attempt (or fails fast if the breaker is open). */
    void start();

    /** Seconds in a Retry-After value (delta-seconds or an HTTP date); nullopt if unreadable. */
    static std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value);

private:
    void attempt();
    void onFinished();
    void retryOrFinish(Error error, FailureKind kind, std::optional<std::chrono::milliseconds> retryAfter);
    void finish(Result<HttpAnswer> answer, FailureKind kind);
    QString where() const;

    QNetworkAccessManager *m_network;
    HttpCallConfig m_config;
    Done m_done;
    // The network manager owns its replies and may go first (see ~PrometheusSource).
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_wait;
    QElapsedTimer m_clock;
    int m_attempts = 0;
    bool m_timedOut = false;
    bool m_finished = false;
};

} // namespace OpsDeck::Remote::Internal
