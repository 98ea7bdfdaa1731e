// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "opsdeck/pipelines/notifier.h"

#include <opsdeck/reliability/backoff.h>
#include <opsdeck/reliability/circuitbreaker.h>
#include <opsdeck/reliability/clock.h>
#include <opsdeck/reliability/retry.h>

#include <QByteArray>
#include <QObject>
#include <QPromise>
#include <QUrl>

#include <chrono>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace OpsDeck::Pipelines {

/** How a SlackNotifier sends, retries and rests. */
struct SlackNotifierOptions
{
    /**
     * Attempts and waits: 4 attempts, about 1 s, 2 s, 4 s apart plus up to
     * 1 s of jitter. A Retry-After answer lengthens a wait, never shortens it.
     */
    Reliability::BackoffPolicy retry{.baseDelay = std::chrono::milliseconds(1000),
                                     .maxDelay = std::chrono::milliseconds(30'000),
                                     .maxAttempts = 4,
                                     .maxJitter = std::chrono::milliseconds(1000)};
    /** Failures in a row (across notifications) that open the circuit, and for how long. */
    Reliability::CircuitBreakerOptions breaker{};
    /** One request's whole time, connect to last byte; longer counts as a failed attempt. */
    std::chrono::milliseconds requestTimeout{10'000};
    /** A Retry-After longer than this is not waited for: the notification gives up. */
    std::chrono::milliseconds maxRetryAfter{60'000};
    /** Send Block Kit "blocks" beside the plain "text" (which is always sent). */
    bool blocks = true;
    /** Waits between attempts; null: real timers. Tests pass one that fires at once. */
    std::shared_ptr<Reliability::Scheduler> scheduler{};
    /** Jitter; null: the process-wide source. */
    std::shared_ptr<Reliability::RandomSource> random{};
    /** The circuit breaker's time; null: the steady clock. */
    std::shared_ptr<const Reliability::Clock> clock{};
};

/**
 * Posts notifications to a Slack-compatible incoming webhook
 * (Slack, Mattermost, Rocket.Chat and others that accept `{"text": ...}`).
 *
 * Each notification is one JSON POST, retried on 5xx, 429 (honouring
 * Retry-After), timeouts and network errors with backoff and jitter; a 4xx
 * is the endpoint's final word and is not retried. Every attempt goes through
 * one circuit breaker per notifier: after repeated failures the notifier
 * answers CircuitOpen at once, without a request, until the open duration
 * has passed and one probe request finds the endpoint healthy again.
 *
 * The webhook URL is a secret (whoever has it can post): it never appears in
 * messages or logs, only its host does.
 *
 * Lives in one thread (its QNetworkAccessManager's); notify() may be called
 * from any thread and is forwarded there.
 *
 * \code
 * auto *slack = new OpsDeck::Pipelines::SlackNotifier(webhookUrl, {}, this);
 * OpsDeck::Pipelines::Notification n{.kind = OpsDeck::Pipelines::NotificationKind::Failure,
 *                                    .runId = QStringLiteral("1042"), .repository = QStringLiteral("payments/api")};
 * auto *watcher = new QFutureWatcher<OpsDeck::Pipelines::NotifyResult>(this);
 * connect(watcher, &QFutureWatcherBase::finished, this, [watcher] {
 *     watcher->deleteLater();
 *     if (!watcher->result().ok())
 *         qWarning() << watcher->result().message;
 * });
 * watcher->setFuture(slack->notify(n));
 * \endcode
 */
class SlackNotifier final : public QObject, public Notifier
{
    Q_OBJECT

public:
    explicit SlackNotifier(QUrl webhookUrl, SlackNotifierOptions options = {}, QObject *parent = nullptr);
    ~SlackNotifier() override;

    QString id() const override;
    QFuture<NotifyResult> notify(const Notification &notification) override;

    /** The circuit breaker every attempt goes through (for a health display). */
    Reliability::CircuitBreaker &breaker();

    /** The JSON body sent for \a notification: {"text": ..., "blocks": [...]}. */
    static QByteArray payload(const Notification &notification, bool blocks = true);

private:
    struct Attempt;
    void start(QByteArray body, std::shared_ptr<QPromise<NotifyResult>> promise);
    QFuture<Attempt> sendOnce(const QByteArray &body, const std::shared_ptr<int> &sent);
    Attempt classify(QNetworkReply &reply, bool timedOut) const;
    QString endpoint() const;

    const QUrl m_url;
    const SlackNotifierOptions m_options;
    Reliability::CircuitBreaker m_breaker;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace OpsDeck::Pipelines
