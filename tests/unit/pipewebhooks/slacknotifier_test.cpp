// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// The Slack notifier against a real HTTP server on 127.0.0.1 that answers
// what each test scripts (200, 500, 429 with Retry-After, 404, silence) or
// is not there at all, and counts the requests it received. Waits between
// attempts go through a scheduler that records them and fires at once, and
// the circuit breaker runs on a manual clock, so nothing here sleeps.
#include "testsupport.h"

#include <opsdeck/pipelines/slacknotifier.h>

#include <QDateTime>
#include <QFutureWatcher>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <gtest/gtest.h>

#include <optional>
#include <thread>

namespace {

using namespace OpsDeck::Pipelines;
using namespace std::chrono_literals;
using OpsDeck::Reliability::CircuitBreaker;
using OpsDeck::Test::waitUntil;

struct Answer
{
    int status = 200;
    QByteArray body = "ok";
    QList<QPair<QByteArray, QByteArray>> headers{};
    bool hang = false; ///< read the request, never answer
};

struct Received
{
    QByteArray method;
    QByteArray path;
    QByteArray contentType;
    QByteArray body;
};

// A minimal HTTP/1.1 server: one request per connection, answered from a
// script (the last answer repeats), then closed.
class FakeHook : public QObject
{
public:
    FakeHook()
    {
        EXPECT_TRUE(m_server.listen(QHostAddress::LocalHost, 0)) << m_server.errorString().toStdString();
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
    }

    void script(QList<Answer> answers) { m_script = std::move(answers); }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/services/T000/B000/secretpart").arg(m_server.serverPort()));
    }
    int count() const { return int(m_received.size()); }
    const QList<Received> &received() const { return m_received; }
    void close() { m_server.close(); }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        Received request;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        qsizetype length = 0;
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length")
                length = value.toLongLong();
            else if (name == "content-type")
                request.contentType = value;
        }
        if (buffer.size() < end + 4 + length)
            return; // the body is still coming
        request.body = buffer.mid(end + 4, length);
        m_buffers.remove(socket);
        m_received.append(request);

        const Answer answer = m_script.isEmpty() ? Answer{}
                                                 : m_script.value(std::min<qsizetype>(m_received.size() - 1, m_script.size() - 1));
        if (answer.hang)
            return;
        QByteArray response = "HTTP/1.1 " + QByteArray::number(answer.status) + " Scripted\r\n";
        for (const auto &[name, value] : answer.headers)
            response += name + ": " + value + "\r\n";
        response += "Content-Type: text/plain\r\nContent-Length: " + QByteArray::number(answer.body.size())
                    + "\r\nConnection: close\r\n\r\n" + answer.body;
        socket->write(response);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QList<Answer> m_script;
    QList<Received> m_received;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// Records every wait the notifier asks for and runs the task on the next
// event-loop turn instead of after the wait.
class RecordingScheduler final : public OpsDeck::Reliability::Scheduler
{
public:
    void schedule(std::chrono::milliseconds delay, QObject *context, std::function<void()> task) override
    {
        delays.append(delay);
        QTimer::singleShot(0, context, std::move(task));
    }
    QList<std::chrono::milliseconds> delays;
};

struct Fixture
{
    FakeHook hook;
    std::shared_ptr<RecordingScheduler> scheduler = std::make_shared<RecordingScheduler>();
    std::shared_ptr<OpsDeck::Reliability::ManualClock> clock = std::make_shared<OpsDeck::Reliability::ManualClock>();

    SlackNotifierOptions options()
    {
        SlackNotifierOptions o;
        o.scheduler = scheduler;
        o.clock = clock;
        o.random = std::make_shared<OpsDeck::Reliability::RandomSource>(42);
        o.requestTimeout = 2s;
        return o;
    }
};

Notification sampleFailure()
{
    return {.kind = NotificationKind::Failure,
            .runId = QStringLiteral("1042"),
            .repository = QStringLiteral("payments/api"),
            .branch = QStringLiteral("main"),
            .commit = QStringLiteral("da1560886d4f094c3e6c9ef40349f7d38b5d27d7"),
            .environment = QStringLiteral("production"),
            .status = QStringLiteral("failed at stage test"),
            .duration = 192'000ms,
            .link = QUrl(QStringLiteral("https://opsdeck.example/runs/1042"))};
}

std::optional<NotifyResult> await(QFuture<NotifyResult> future, std::chrono::milliseconds timeout = 10s)
{
    if (!waitUntil([&future] { return future.isFinished(); }, timeout))
        return std::nullopt;
    if (future.isCanceled() || future.resultCount() < 1)
        return std::nullopt;
    return future.result();
}

TEST(SlackNotifier, DeliversOnePostWithTextAndBlocks)
{
    Fixture f;
    SlackNotifier notifier(f.hook.url(), f.options());
    const auto result = await(notifier.notify(sampleFailure()));
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, NotifyStatus::Delivered) << result->message.toStdString();
    EXPECT_EQ(result->attempts, 1);
    EXPECT_EQ(result->httpStatus, 200);
    ASSERT_EQ(f.hook.count(), 1);
    const Received &request = f.hook.received().front();
    EXPECT_EQ(request.method, "POST");
    EXPECT_EQ(request.path, "/services/T000/B000/secretpart");
    EXPECT_TRUE(request.contentType.startsWith("application/json")) << request.contentType.toStdString();
    EXPECT_EQ(request.body, SlackNotifier::payload(sampleFailure()));

    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(request.body, &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError);
    const QString text = json.value(QStringLiteral("text")).toString();
    EXPECT_TRUE(text.startsWith(QStringLiteral(":x: *Failed: payments/api main → production*"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("run 1042 at `da15608`, 3 min 12 s"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("<https://opsdeck.example/runs/1042|Open run>")));
    const QJsonArray blocks = json.value(QStringLiteral("blocks")).toArray();
    ASSERT_EQ(blocks.size(), 3);
    EXPECT_EQ(blocks[1].toObject().value(QStringLiteral("fields")).toArray().size(), 7);
    EXPECT_EQ(blocks[2].toObject()[QStringLiteral("elements")].toArray()[0].toObject()[QStringLiteral("url")].toString(),
              QStringLiteral("https://opsdeck.example/runs/1042"));
    EXPECT_EQ(notifier.breaker().state(), CircuitBreaker::State::Closed);
    EXPECT_TRUE(f.scheduler->delays.isEmpty());
}

TEST(SlackNotifier, RetriesServerErrorsWithBackoffThenDelivers)
{
    Fixture f;
    f.hook.script({{.status = 500, .body = "boom"}, {.status = 503}, {.status = 200}});
    SlackNotifier notifier(f.hook.url(), f.options());
    const auto result = await(notifier.notify(sampleFailure()));
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, NotifyStatus::Delivered) << result->message.toStdString();
    EXPECT_EQ(result->attempts, 3);
    EXPECT_EQ(f.hook.count(), 3);
    // Every attempt carried the same notification.
    EXPECT_EQ(f.hook.received()[0].body, f.hook.received()[2].body);
    // Backoff with jitter: about 1 s, then about 2 s (base * 2^n + up to 1 s).
    ASSERT_EQ(f.scheduler->delays.size(), 2);
    EXPECT_GE(f.scheduler->delays[0], 1000ms);
    EXPECT_LE(f.scheduler->delays[0], 2000ms);
    EXPECT_GE(f.scheduler->delays[1], 2000ms);
    EXPECT_LE(f.scheduler->delays[1], 3000ms);
}

TEST(SlackNotifier, GivesUpAfterTheLastAttempt)
{
    Fixture f;
    f.hook.script({{.status = 502, .body = "bad gateway"}});
    SlackNotifierOptions options = f.options();
    options.breaker.failureThreshold = 100; // this test is about retries alone
    SlackNotifier notifier(f.hook.url(), options);
    const auto result = await(notifier.notify(sampleFailure()));
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, NotifyStatus::GaveUp);
    EXPECT_EQ(result->attempts, 4);
    EXPECT_EQ(result->httpStatus, 502);
    EXPECT_EQ(f.hook.count(), 4);
    EXPECT_EQ(f.scheduler->delays.size(), 3);
    EXPECT_TRUE(result->message.contains(QStringLiteral("gave up after 4 attempts")));
    EXPECT_TRUE(result->message.contains(QStringLiteral("answered 502: bad gateway"))) << result->message.toStdString();
    // The hook URL is a secret: only its host may show.
    EXPECT_FALSE(result->message.contains(QStringLiteral("secretpart")));
    EXPECT_TRUE(result->message.contains(QStringLiteral("127.0.0.1:%1").arg(f.hook.url().port())));
}

TEST(SlackNotifier, HonoursRetryAfterOn429)
{
    Fixture f;
    f.hook.script({{.status = 429, .body = "rate_limited", .headers = {{"Retry-After", "7"}}}, {.status = 200}});
    SlackNotifier notifier(f.hook.url(), f.options());
    const auto result = await(notifier.notify(sampleFailure()));
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, NotifyStatus::Delivered) << result->message.toStdString();
    EXPECT_EQ(f.hook.count(), 2);
    // The backoff alone would wait 1-2 s; the server asked for 7.
    ASSERT_EQ(f.scheduler->delays.size(), 1);
    EXPECT_EQ(f.scheduler->delays[0], 7000ms);
}

TEST(SlackNotifier, RetryAfterAsAnHttpDate)
{
    Fixture f;
    // RFC 9110 IMF-fixdate, five seconds from now.
    const QByteArray date = QLocale::c()
                                .toString(QDateTime::currentDateTimeUtc().addSecs(5),
                                          QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                                .toLatin1();
    f.hook.script({{.status = 503, .headers = {{"Retry-After", date}}}, {.status = 200}});
    SlackNotifier notifier(f.hook.url(), f.options());
    const auto result = await(notifier.notify(sampleFailure()));
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, NotifyStatus::Delivered) << result->message.toStdString();
    ASSERT_EQ(f.scheduler->delays.size(), 1);
    // Dates have whole seconds, and a little time passes; the backoff alone
    // would have waited at most 2 s.
    EXPECT_GE(f.scheduler->delays[0], 3000ms) << date.toStdString();
    EXPECT_LE(f.scheduler->delays[0], 5000ms) << date.toStdString();
}

TEST(SlackNotifier, RetryAfterShorterThanTheBackoffDoesNotShortenIt)
{
    Fixture f;
    f.hook.script({{.status = 503, .headers = {{"Retry-After", "0"}}}, {.status = 200}});
    SlackNotifier notifier(f.hook.url(), f.options());
    ASSERT_TRUE(await(notifier.notify(sampleFailure())));
    ASSERT_EQ(f.scheduler->delays.size(), 1);
    EXPECT_GE(f.scheduler->delays[0], 1000ms);
}

TEST(SlackNotifier, RetryAfterBeyondTheLimitGivesUpAtOnce)
{
    Fixture f;
    f.hook.script({{.status = 429, .headers = {{"Retry-After", "3600"}}}, {.status = 200}});
    SlackNotifier notifier(f.hook.url(), f.options());
    const auto result = await(notifier.notify(sampleFailure()));
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, NotifyStatus::GaveUp);
    EXPECT_EQ(f.hook.count(), 1);
    EXPECT_TRUE(f.scheduler->delays.isEmpty());
    EXPECT_TRUE(result->message.contains(QStringLiteral("asked to wait 1 h 00 min (Retry-After)")))
        << result->message.toStdString();
}

TEST(SlackNotifier, ClientErrorsAreNotRetried)
{
    Fixture f;
    f.hook.script({{.status = 404, .body = "no_service"}});
    SlackNotifier notifier(f.hook.url(), f.options());
    const auto result = await(notifier.notify(sampleFailure()));
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, NotifyStatus::Rejected);
    EXPECT_EQ(result->attempts, 1);
    EXPECT_EQ(result->httpStatus, 404);
    EXPECT_EQ(f.hook.count(), 1);
    EXPECT_TRUE(result->message.contains(QStringLiteral("answered 404: no_service"))) << result->message.toStdString();
    // The endpoint answered: that is not a sign of an outage.
    EXPECT_EQ(notifier.breaker().counters().failures, 0u);
}

TEST(SlackNotifier, ASilentServerTimesOutAndIsRetried)
{
    Fixture f;
    f.hook.script({{.hang = true}});
    SlackNotifierOptions options = f.options();
    options.requestTimeout = 200ms;
    options.retry.maxAttempts = 2;
    SlackNotifier notifier(f.hook.url(), options);
    const auto result = await(notifier.notify(sampleFailure()));
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, NotifyStatus::GaveUp);
    EXPECT_EQ(result->attempts, 2);
    EXPECT_EQ(result->httpStatus, 0);
    EXPECT_TRUE(waitUntil([&f] { return f.hook.count() == 2; }));
    EXPECT_TRUE(result->message.contains(QStringLiteral("no answer within 200 ms"))) << result->message.toStdString();
}

TEST(SlackNotifier, ARefusedConnectionIsRetried)
{
    Fixture f;
    const QUrl url = f.hook.url();
    f.hook.close(); // nobody listens on the port any more
    SlackNotifierOptions options = f.options();
    options.retry.maxAttempts = 3;
    SlackNotifier notifier(url, options);
    const auto result = await(notifier.notify(sampleFailure()));
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, NotifyStatus::GaveUp);
    EXPECT_EQ(result->attempts, 3);
    EXPECT_EQ(f.hook.count(), 0);
    EXPECT_EQ(f.scheduler->delays.size(), 2);
    EXPECT_TRUE(result->message.contains(QStringLiteral("refused"), Qt::CaseInsensitive)) << result->message.toStdString();
}

TEST(SlackNotifier, CircuitOpensRejectsFastAndProbesLater)
{
    Fixture f;
    f.hook.script({{.status = 500}});
    SlackNotifierOptions options = f.options();
    options.retry.maxAttempts = 1;
    options.breaker.failureThreshold = 3;
    options.breaker.openDuration = 30s;
    SlackNotifier notifier(f.hook.url(), options);

    for (int i = 0; i < 3; ++i) {
        const auto result = await(notifier.notify(sampleFailure()));
        ASSERT_TRUE(result);
        EXPECT_EQ(result->status, NotifyStatus::GaveUp);
    }
    EXPECT_EQ(f.hook.count(), 3);
    EXPECT_EQ(notifier.breaker().state(), CircuitBreaker::State::Open);

    // Open: answered at once, nothing sent.
    auto result = await(notifier.notify(sampleFailure()));
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, NotifyStatus::CircuitOpen);
    EXPECT_EQ(result->attempts, 0);
    EXPECT_EQ(f.hook.count(), 3);
    EXPECT_TRUE(result->message.contains(QStringLiteral("kept failing (3 failures in a row open the circuit); "
                                                        "the next try goes out in 30 s")))
        << result->message.toStdString();
    // Time passes on the breaker's clock, and the message says so.
    f.clock->advance(20s);
    result = await(notifier.notify(sampleFailure()));
    ASSERT_TRUE(result);
    EXPECT_TRUE(result->message.endsWith(QStringLiteral("the next try goes out in 10 s"))) << result->message.toStdString();
    EXPECT_EQ(f.hook.count(), 3);
    f.clock->advance(10s);

    // After the open duration one probe goes out; it fails, so the circuit
    // opens again for another full duration.
    result = await(notifier.notify(sampleFailure()));
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, NotifyStatus::GaveUp);
    EXPECT_EQ(f.hook.count(), 4);
    EXPECT_EQ(notifier.breaker().state(), CircuitBreaker::State::Open);
    EXPECT_EQ(await(notifier.notify(sampleFailure()))->status, NotifyStatus::CircuitOpen);
    EXPECT_EQ(f.hook.count(), 4);

    // The service recovers: the next probe succeeds and closes the circuit.
    f.hook.script({{.status = 200}});
    f.clock->advance(30s);
    result = await(notifier.notify(sampleFailure()));
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, NotifyStatus::Delivered) << result->message.toStdString();
    EXPECT_EQ(f.hook.count(), 5);
    EXPECT_EQ(notifier.breaker().state(), CircuitBreaker::State::Closed);
    EXPECT_EQ(await(notifier.notify(sampleFailure()))->status, NotifyStatus::Delivered);
    EXPECT_EQ(f.hook.count(), 6);
}

TEST(SlackNotifier, NotificationsDuringAProbeAreNotSent)
{
    Fixture f;
    f.hook.script({{.status = 500}, {.hang = true}});
    SlackNotifierOptions options = f.options();
    options.retry.maxAttempts = 1;
    options.breaker.failureThreshold = 1;
    options.requestTimeout = 300ms;
    SlackNotifier notifier(f.hook.url(), options);
    ASSERT_EQ(await(notifier.notify(sampleFailure()))->status, NotifyStatus::GaveUp);
    ASSERT_EQ(notifier.breaker().state(), CircuitBreaker::State::Open);

    f.clock->advance(30s);
    QFuture<NotifyResult> probe = notifier.notify(sampleFailure()); // the server keeps this one waiting
    ASSERT_TRUE(waitUntil([&f] { return f.hook.count() == 2; }));
    EXPECT_EQ(notifier.breaker().state(), CircuitBreaker::State::HalfOpen);
    const auto during = await(notifier.notify(sampleFailure()));
    ASSERT_TRUE(during);
    EXPECT_EQ(during->status, NotifyStatus::CircuitOpen);
    EXPECT_TRUE(during->message.contains(QStringLiteral("a probe request is in flight"))) << during->message.toStdString();
    EXPECT_EQ(f.hook.count(), 2);

    // The probe times out: that is a failure, and the circuit opens again.
    const auto probed = await(probe);
    ASSERT_TRUE(probed);
    EXPECT_EQ(probed->status, NotifyStatus::GaveUp);
    EXPECT_EQ(notifier.breaker().state(), CircuitBreaker::State::Open);
}

TEST(SlackNotifier, CircuitOpeningDuringRetriesStopsThem)
{
    Fixture f;
    f.hook.script({{.status = 500}});
    SlackNotifierOptions options = f.options();
    options.retry.maxAttempts = 5;
    options.breaker.failureThreshold = 2;
    SlackNotifier notifier(f.hook.url(), options);
    const auto result = await(notifier.notify(sampleFailure()));
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, NotifyStatus::CircuitOpen);
    EXPECT_EQ(result->attempts, 2);
    EXPECT_EQ(f.hook.count(), 2);
}

TEST(SlackNotifier, NotifyFromAnotherThread)
{
    Fixture f;
    SlackNotifier notifier(f.hook.url(), f.options());
    QFuture<NotifyResult> future;
    std::thread worker([&] { future = notifier.notify(sampleFailure()); });
    worker.join();
    const auto result = await(future);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, NotifyStatus::Delivered) << result->message.toStdString();
    EXPECT_EQ(f.hook.count(), 1);
}

TEST(SlackNotifier, DestroyingTheNotifierCancelsItsFutures)
{
    Fixture f;
    f.hook.script({{.hang = true}});
    auto *notifier = new SlackNotifier(f.hook.url(), f.options());
    QFuture<NotifyResult> future = notifier->notify(sampleFailure());
    ASSERT_TRUE(waitUntil([&f] { return f.hook.count() == 1; }));
    delete notifier;
    EXPECT_TRUE(waitUntil([&future] { return future.isFinished(); }, 2s));
    EXPECT_TRUE(future.isCanceled());
}

TEST(SlackNotifier, PayloadEscapesMarkupAndLeavesOutEmptyFields)
{
    Notification n;
    n.kind = NotificationKind::Rollback;
    n.repository = QStringLiteral("web");
    n.branch = QStringLiteral("<!channel> & <@U123>");
    n.link = QUrl(QStringLiteral("javascript:alert(1)"));
    const QJsonObject json = QJsonDocument::fromJson(SlackNotifier::payload(n)).object();
    const QString text = json.value(QStringLiteral("text")).toString();
    EXPECT_EQ(text, QStringLiteral(":rewind: *Rolled back: web &lt;!channel&gt; &amp; &lt;@U123&gt;*"));
    const QJsonArray blocks = json.value(QStringLiteral("blocks")).toArray();
    ASSERT_EQ(blocks.size(), 2); // no button for a link that is not http(s)
    const QJsonArray fields = blocks[1].toObject().value(QStringLiteral("fields")).toArray();
    ASSERT_EQ(fields.size(), 2);
    EXPECT_EQ(fields[1].toObject().value(QStringLiteral("text")).toString(),
              QStringLiteral("*Branch*\n&lt;!channel&gt; &amp; &lt;@U123&gt;"));

    const QJsonObject plain = QJsonDocument::fromJson(SlackNotifier::payload(n, false)).object();
    EXPECT_FALSE(plain.contains(QStringLiteral("blocks")));
    EXPECT_EQ(plain.value(QStringLiteral("text")).toString(), text);
}

TEST(SlackNotifier, TitlesTextAndDurations)
{
    Notification n = sampleFailure();
    n.kind = NotificationKind::Success;
    EXPECT_EQ(notificationTitle(n), QStringLiteral("Succeeded: payments/api main → production"));
    EXPECT_EQ(notificationText(n),
              QStringLiteral("Run: 1042\nRepository: payments/api\nBranch: main\nCommit: da15608\n"
                             "Environment: production\nStatus: failed at stage test\nDuration: 3 min 12 s\n"
                             "Link: https://opsdeck.example/runs/1042"));
    EXPECT_EQ(notificationTitle(Notification{}), QStringLiteral("Failed"));
    EXPECT_EQ(formatDuration(850ms), QStringLiteral("850 ms"));
    EXPECT_EQ(formatDuration(45s), QStringLiteral("45 s"));
    EXPECT_EQ(formatDuration(3723s), QStringLiteral("1 h 02 min"));
    EXPECT_EQ(toString(NotifyStatus::CircuitOpen), QStringLiteral("circuit-open"));
    EXPECT_EQ(toString(NotificationKind::Rollback), QStringLiteral("rollback"));
}

} // namespace
