// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/pipelines/slacknotifier.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <mutex>
#include <optional>

namespace OpsDeck::Pipelines {

namespace {

Q_LOGGING_CATEGORY(lcNotify, "opsdeck.pipelines.notify", QtWarningMsg)

using std::chrono::milliseconds;

// Lengthens the next wait the backoff chose to what the server asked for in
// Retry-After. One per notification: the retry runner asks its predicate
// about a result and then, for a retryable one, asks the scheduler for the
// wait, so the hint set in between belongs to exactly that wait.
class RetryAfterScheduler final : public Reliability::Scheduler
{
public:
    explicit RetryAfterScheduler(std::shared_ptr<Reliability::Scheduler> inner)
        : m_inner(std::move(inner))
    {}

    void waitAtLeast(milliseconds delay)
    {
        const std::lock_guard lock(m_mutex);
        m_atLeast = delay;
    }

    void schedule(milliseconds delay, QObject *context, std::function<void()> task) override
    {
        {
            const std::lock_guard lock(m_mutex);
            delay = std::max(delay, m_atLeast);
            m_atLeast = milliseconds(0);
        }
        m_inner->schedule(delay, context, std::move(task));
    }

private:
    std::shared_ptr<Reliability::Scheduler> m_inner;
    std::mutex m_mutex;
    milliseconds m_atLeast{0};
};

// Slack's mrkdwn gives &, < and > a meaning; text from a commit message or a
// branch name must not turn into a mention or a link.
QString escapeMrkdwn(QString text)
{
    text.replace(QLatin1Char('&'), QStringLiteral("&amp;"));
    text.replace(QLatin1Char('<'), QStringLiteral("&lt;"));
    text.replace(QLatin1Char('>'), QStringLiteral("&gt;"));
    return text;
}

QString emojiFor(NotificationKind kind)
{
    switch (kind) {
    case NotificationKind::Success:
        return QStringLiteral(":white_check_mark:");
    case NotificationKind::Failure:
        return QStringLiteral(":x:");
    case NotificationKind::Rollback:
        return QStringLiteral(":rewind:");
    }
    return {};
}

bool isWebLink(const QUrl &url)
{
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

// Delta-seconds or an HTTP date (RFC 9110, 10.2.3); nothing when unreadable.
std::optional<milliseconds> parseRetryAfter(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qlonglong seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional(milliseconds(std::min<qlonglong>(seconds, 86'400 * 365) * 1000));
    // IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), the form servers send;
    // Qt's RFC 2822 reader does not take the "GMT" zone name.
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                             QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeZone(QTimeZone::utc());
    return milliseconds(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when)));
}

} // namespace

struct SlackNotifier::Attempt
{
    enum class Kind { Delivered, Retryable, Rejected, GaveUp, CircuitOpen };
    Kind kind = Kind::GaveUp;
    int httpStatus = 0;
    std::optional<milliseconds> retryAfter;
    QString message;
};

SlackNotifier::SlackNotifier(QUrl webhookUrl, SlackNotifierOptions options, QObject *parent)
    : QObject(parent)
    , m_url(std::move(webhookUrl))
    , m_options(std::move(options))
    , m_breaker(QStringLiteral("slack:") + m_url.host(), m_options.breaker,
                m_options.clock ? m_options.clock : Reliability::SystemClock::instance())
    , m_network(new QNetworkAccessManager(this))
{
}

SlackNotifier::~SlackNotifier()
{
    // Replies report to this object and its breaker; end them while both
    // still exist rather than in QObject's destructor, after the members are
    // gone. Retry runs (children too) then die with their promises, which
    // cancels the futures callers hold.
    delete m_network;
    m_network = nullptr;
}

QString SlackNotifier::id() const
{
    return QStringLiteral("slack");
}

Reliability::CircuitBreaker &SlackNotifier::breaker()
{
    return m_breaker;
}

QByteArray SlackNotifier::payload(const Notification &n, bool blocks)
{
    const QString title = escapeMrkdwn(notificationTitle(n));
    QString headline = emojiFor(n.kind) + QStringLiteral(" *") + title + QLatin1Char('*');
    QString text = headline;
    if (!n.runId.isEmpty())
        text += QStringLiteral(" — run ") + escapeMrkdwn(n.runId);
    if (!n.commit.isEmpty())
        text += QStringLiteral(" at `") + escapeMrkdwn(n.commit.left(7)) + QLatin1Char('`');
    if (n.duration.count() > 0)
        text += QStringLiteral(", ") + formatDuration(n.duration);
    if (!n.status.isEmpty())
        text += QStringLiteral("\nStatus: ") + escapeMrkdwn(n.status);
    const bool link = isWebLink(n.link);
    if (link)
        text += QStringLiteral("\n<") + escapeMrkdwn(n.link.toString(QUrl::FullyEncoded)) + QStringLiteral("|Open run>");

    QJsonObject message{{QStringLiteral("text"), text}};
    if (blocks) {
        QJsonArray fields;
        auto field = [&fields](const QString &label, const QString &value) {
            if (!value.isEmpty())
                fields.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("mrkdwn")},
                                          {QStringLiteral("text"),
                                           QString(QLatin1Char('*') + label + QStringLiteral("*\n") + escapeMrkdwn(value))}});
        };
        field(QStringLiteral("Run"), n.runId);
        field(QStringLiteral("Repository"), n.repository);
        field(QStringLiteral("Branch"), n.branch);
        field(QStringLiteral("Commit"), n.commit.left(7));
        field(QStringLiteral("Environment"), n.environment);
        field(QStringLiteral("Status"), n.status);
        if (n.duration.count() > 0)
            field(QStringLiteral("Duration"), formatDuration(n.duration));

        QJsonArray list;
        list.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("section")},
                                {QStringLiteral("text"), QJsonObject{{QStringLiteral("type"), QStringLiteral("mrkdwn")},
                                                                     {QStringLiteral("text"), headline}}}});
        if (!fields.isEmpty())
            list.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("section")},
                                    {QStringLiteral("fields"), fields}});
        if (link) {
            const QJsonObject button{
                {QStringLiteral("type"), QStringLiteral("button")},
                {QStringLiteral("text"), QJsonObject{{QStringLiteral("type"), QStringLiteral("plain_text")},
                                                     {QStringLiteral("text"), QStringLiteral("Open run")}}},
                {QStringLiteral("url"), n.link.toString(QUrl::FullyEncoded)}};
            list.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("actions")},
                                    {QStringLiteral("elements"), QJsonArray{button}}});
        }
        message.insert(QStringLiteral("blocks"), list);
    }
    return QJsonDocument(message).toJson(QJsonDocument::Compact);
}

QFuture<NotifyResult> SlackNotifier::notify(const Notification &notification)
{
    auto promise = std::make_shared<QPromise<NotifyResult>>();
    promise->start();
    QFuture<NotifyResult> future = promise->future();
    QByteArray body = payload(notification, m_options.blocks);
    if (QThread::currentThread() == thread()) {
        start(std::move(body), std::move(promise));
    } else {
        // The network manager and the retry run belong to this object's
        // thread; the caller's thread only gets the future.
        QMetaObject::invokeMethod(
            this, [this, body = std::move(body), promise]() mutable { start(std::move(body), std::move(promise)); },
            Qt::QueuedConnection);
    }
    return future;
}

void SlackNotifier::start(QByteArray body, std::shared_ptr<QPromise<NotifyResult>> promise)
{
    auto scheduler = std::make_shared<RetryAfterScheduler>(
        m_options.scheduler ? m_options.scheduler : Reliability::TimerScheduler::instance());
    auto sent = std::make_shared<int>(0);
    Reliability::RetryOptions retryOptions{m_options.retry, scheduler, m_options.random};
    Reliability::retry(
        this,
        [this, body = std::move(body), sent] {
            return sendOnce(body, sent);
        },
        [scheduler](const Attempt &attempt) {
            if (attempt.kind != Attempt::Kind::Retryable)
                return false;
            if (attempt.retryAfter)
                scheduler->waitAtLeast(*attempt.retryAfter);
            return true;
        },
        [promise, sent](Reliability::RetryOutcome<Attempt> outcome) {
            NotifyResult result;
            result.attempts = *sent;
            if (outcome.result) {
                result.httpStatus = outcome.result->httpStatus;
                result.message = outcome.result->message;
            }
            if (outcome.status == Reliability::RetryStatus::Completed && outcome.result) {
                switch (outcome.result->kind) {
                case Attempt::Kind::Delivered:
                    result.status = NotifyStatus::Delivered;
                    break;
                case Attempt::Kind::Rejected:
                    result.status = NotifyStatus::Rejected;
                    break;
                case Attempt::Kind::CircuitOpen:
                    result.status = NotifyStatus::CircuitOpen;
                    break;
                case Attempt::Kind::GaveUp:
                case Attempt::Kind::Retryable:
                    result.status = NotifyStatus::GaveUp;
                    break;
                }
            } else {
                result.status = NotifyStatus::GaveUp;
                if (outcome.status == Reliability::RetryStatus::Exhausted)
                    result.message = (outcome.attempts == 1
                                          ? QStringLiteral("gave up after 1 attempt")
                                          : QStringLiteral("gave up after %1 attempts").arg(outcome.attempts))
                                     + QStringLiteral("; last: ") + result.message;
                else if (result.message.isEmpty())
                    result.message = QStringLiteral("the notification was cancelled before it was sent");
            }
            if (!result.ok())
                qCWarning(lcNotify, "Slack notification not delivered: %s", qUtf8Printable(result.message));
            promise->addResult(result);
            promise->finish();
        },
        retryOptions);
}

QString SlackNotifier::endpoint() const
{
    // The path and query hold the hook's secret; the host alone says which
    // service is meant.
    return m_url.port() == -1 ? m_url.host() : m_url.host() + QLatin1Char(':') + QString::number(m_url.port());
}

QFuture<SlackNotifier::Attempt> SlackNotifier::sendOnce(const QByteArray &body, const std::shared_ptr<int> &sent)
{
    auto promise = std::make_shared<QPromise<Attempt>>();
    promise->start();
    QFuture<Attempt> future = promise->future();
    if (!m_breaker.allowRequest()) {
        Attempt attempt{Attempt::Kind::CircuitOpen, 0, std::nullopt, {}};
        if (m_breaker.state() == Reliability::CircuitBreaker::State::HalfOpen) {
            attempt.message = QStringLiteral("not sent: the Slack webhook at %1 kept failing and a probe request "
                                             "is in flight; notifications go out again once it succeeds")
                                  .arg(endpoint());
        } else {
            const auto rest = std::chrono::duration_cast<milliseconds>(m_breaker.remainingOpenTime());
            attempt.message = QStringLiteral("not sent: the Slack webhook at %1 kept failing (%2 failures in a "
                                             "row open the circuit); the next try goes out in %3")
                                  .arg(endpoint(), QString::number(m_options.breaker.failureThreshold),
                                       formatDuration(rest));
        }
        promise->addResult(std::move(attempt));
        promise->finish();
        return future;
    }
    ++*sent;
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("OpsDeck"));
    QNetworkReply *reply = m_network->post(request, body);

    // One deadline for the whole request. QNetworkRequest::setTransferTimeout
    // only measures silence, so a server that trickles bytes would never
    // time out.
    auto timedOut = std::make_shared<bool>(false);
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    deadline->start(m_options.requestTimeout);

    connect(reply, &QNetworkReply::finished, this, [this, reply, timedOut, promise] {
        reply->deleteLater();
        Attempt attempt = classify(*reply, *timedOut);
        // A 4xx means the endpoint is up and answering: it says nothing bad
        // about the service's health, so it does not count towards opening.
        if (attempt.kind == Attempt::Kind::Delivered || attempt.kind == Attempt::Kind::Rejected)
            m_breaker.recordSuccess();
        else
            m_breaker.recordFailure();
        promise->addResult(std::move(attempt));
        promise->finish();
    });
    return future;
}

SlackNotifier::Attempt SlackNotifier::classify(QNetworkReply &reply, bool timedOut) const
{
    Attempt attempt;
    const QString where = QStringLiteral("Slack webhook at ") + endpoint();
    if (timedOut) {
        attempt.kind = Attempt::Kind::Retryable;
        attempt.message = where + QStringLiteral(": no answer within ") + formatDuration(m_options.requestTimeout);
        return attempt;
    }
    const QVariant statusAttribute = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid()) {
        const QNetworkReply::NetworkError error = reply.error();
        // Errors of the transport are usually passing (a restart, a full
        // queue); a TLS failure or an unusable URL will not fix itself.
        const bool permanent = error == QNetworkReply::SslHandshakeFailedError
                               || error == QNetworkReply::ProtocolUnknownError
                               || error == QNetworkReply::ProtocolInvalidOperationError;
        attempt.kind = permanent ? Attempt::Kind::GaveUp : Attempt::Kind::Retryable;
        attempt.message = where + QStringLiteral(": ") + reply.errorString();
        return attempt;
    }
    const int status = statusAttribute.toInt();
    attempt.httpStatus = status;
    if (status >= 200 && status < 300) {
        attempt.kind = Attempt::Kind::Delivered;
        return attempt;
    }
    QString answer = QString::fromUtf8(reply.read(200)).simplified();
    attempt.message = where + QStringLiteral(" answered %1").arg(status)
                      + (answer.isEmpty() ? QString() : QStringLiteral(": ") + answer);
    if (status == 429 || status >= 500) {
        attempt.kind = Attempt::Kind::Retryable;
        if (reply.hasRawHeader("Retry-After")) {
            attempt.retryAfter = parseRetryAfter(reply.rawHeader("Retry-After"));
            if (attempt.retryAfter && *attempt.retryAfter > m_options.maxRetryAfter) {
                attempt.kind = Attempt::Kind::GaveUp;
                attempt.message += QStringLiteral(" and asked to wait %1 (Retry-After), longer than the %2 "
                                                  "this notifier waits")
                                       .arg(formatDuration(*attempt.retryAfter), formatDuration(m_options.maxRetryAfter));
            }
        }
        return attempt;
    }
    attempt.kind = Attempt::Kind::Rejected;
    return attempt;
}

} // namespace OpsDeck::Pipelines
