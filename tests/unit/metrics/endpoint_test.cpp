// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "metricstestutil.h"
#include "testsupport.h"

#include <opsdeck/metrics/metricsendpoint.h>
#include <opsdeck/metrics/registry.h>

#include <QElapsedTimer>
#include <QTcpSocket>

#include <memory>

using namespace Qt::StringLiterals;
using namespace OpsDeck;
using namespace OpsDeck::Metrics;
using namespace OpsDeck::Metrics::Test;
using OpsDeck::Test::waitUntil;

namespace {

struct Response
{
    int status = 0;
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

/** Sends \a request on a raw socket and reads until the server closes. */
Response fetch(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    EXPECT_TRUE(waitUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }));
    socket.write(request);
    QByteArray all;
    waitUntil([&] {
        all += socket.readAll();
        return socket.state() == QAbstractSocket::UnconnectedState;
    });
    all += socket.readAll();
    Response r;
    const qsizetype headEnd = all.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        ADD_FAILURE() << "no response head in: " << all.toStdString();
        return r;
    }
    const QList<QByteArray> lines = all.left(headEnd).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    EXPECT_EQ(statusLine.value(0), QByteArray("HTTP/1.1"));
    r.status = statusLine.value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        r.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    r.body = all.mid(headEnd + 4);
    EXPECT_EQ(r.headers.value("content-length").toLongLong(), r.body.size());
    return r;
}

} // namespace

TEST(MetricsEndpoint, ServesTheRegistryAndParsesBack)
{
    Registry registry;
    (*registry.counter(u"opsdeck_vault_operations_total"_s, u"Vault operations."_s, {u"op"_s}))->with({u"read"_s}).inc(42);
    (*registry.histogram(u"opsdeck_search_seconds"_s, u"Search time."_s, {0.1, 1}))->with().observe(0.05);
    MetricsEndpoint endpoint(registry);
    auto port = endpoint.listen(QHostAddress::LocalHost, 0);
    ASSERT_TRUE(port.ok()) << errorOf(port);
    ASSERT_NE(*port, 0);

    const Response r = fetch(*port, "GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: */*\r\n\r\n");
    EXPECT_EQ(r.status, 200);
    EXPECT_TRUE(r.headers.value("content-type").startsWith("text/plain; version=0.0.4"));
    const QList<QByteArray> lines = r.body.split('\n');
    EXPECT_TRUE(lines.contains("# TYPE opsdeck_vault_operations_total counter"));
    EXPECT_TRUE(lines.contains("opsdeck_vault_operations_total{op=\"read\"} 42"));
    EXPECT_TRUE(lines.contains("opsdeck_search_seconds_bucket{le=\"0.1\"} 1"));
    EXPECT_TRUE(lines.contains("opsdeck_search_seconds_bucket{le=\"+Inf\"} 1"));
    EXPECT_TRUE(lines.contains("opsdeck_search_seconds_count 1"));

    // The next scrape sees new values.
    (*registry.counter(u"opsdeck_vault_operations_total"_s, u"Vault operations."_s, {u"op"_s}))->with({u"read"_s}).inc();
    EXPECT_TRUE(fetch(*port, "GET /metrics?x=1 HTTP/1.1\r\n\r\n").body.contains("opsdeck_vault_operations_total{op=\"read\"} 43"));
}

TEST(MetricsEndpoint, OtherPathsAndMethodsAndGarbage)
{
    Registry registry;
    MetricsEndpoint endpoint(registry);
    const quint16 port = *endpoint.listen(QHostAddress::LocalHost, 0);
    EXPECT_EQ(fetch(port, "GET / HTTP/1.1\r\n\r\n").status, 404);
    EXPECT_EQ(fetch(port, "GET /metricsx HTTP/1.1\r\n\r\n").status, 404);
    const Response post = fetch(port, "POST /metrics HTTP/1.1\r\nContent-Length: 0\r\n\r\n");
    EXPECT_EQ(post.status, 405);
    EXPECT_EQ(post.headers.value("allow"), QByteArray("GET, HEAD"));
    EXPECT_EQ(fetch(port, "hello\r\n\r\n").status, 400);
    EXPECT_EQ(fetch(port, "GET /metrics HTTP/1.1\r\nX: " + QByteArray(10'000, 'a') + "\r\n\r\n").status, 431);
}

TEST(MetricsEndpoint, ASlowClientDoesNotBlockOthers)
{
    Registry registry;
    (*registry.gauge(u"g"_s, u"h"_s))->with().set(1);
    MetricsEndpoint endpoint(registry);
    endpoint.setRequestTimeout(std::chrono::milliseconds(1500));
    const quint16 port = *endpoint.listen(QHostAddress::LocalHost, 0);

    // Two clients that send half a request and then stall.
    std::vector<std::unique_ptr<QTcpSocket>> stalled;
    for (int i = 0; i < 2; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, port);
        ASSERT_TRUE(waitUntil([&] { return socket->state() == QAbstractSocket::ConnectedState; }));
        socket->write("GET /met");
        stalled.push_back(std::move(socket));
    }
    ASSERT_TRUE(waitUntil([&] { return endpoint.openConnections() == 2; }));

    // Meanwhile a complete client is answered at once, byte by byte even.
    QElapsedTimer timer;
    timer.start();
    QTcpSocket dribble;
    dribble.connectToHost(QHostAddress::LocalHost, port);
    ASSERT_TRUE(waitUntil([&] { return dribble.state() == QAbstractSocket::ConnectedState; }));
    QByteArray reply;
    for (const char c : QByteArray("GET /metrics HTTP/1.1\r\n\r\n")) {
        dribble.write(&c, 1);
        dribble.flush();
        waitUntil([] { return false; }, std::chrono::milliseconds(5));
    }
    ASSERT_TRUE(waitUntil([&] {
        reply += dribble.readAll();
        return dribble.state() == QAbstractSocket::UnconnectedState;
    }));
    reply += dribble.readAll();
    EXPECT_TRUE(reply.startsWith("HTTP/1.1 200 OK")) << reply.toStdString();
    EXPECT_TRUE(reply.contains("\ng 1\n"));
    EXPECT_LT(timer.elapsed(), 1500) << "the answer waited for the stalled clients";

    // The stalled ones get 408 after the timeout and are closed.
    for (auto &socket : stalled) {
        QByteArray got;
        ASSERT_TRUE(waitUntil([&] {
            got += socket->readAll();
            return socket->state() == QAbstractSocket::UnconnectedState;
        }, std::chrono::seconds(5)));
        got += socket->readAll();
        EXPECT_TRUE(got.startsWith("HTTP/1.1 408")) << got.toStdString();
    }
    EXPECT_TRUE(waitUntil([&] { return endpoint.openConnections() == 0; }));
}

TEST(MetricsEndpoint, ABusyPortIsAnError)
{
    Registry registry;
    MetricsEndpoint first(registry);
    const quint16 port = *first.listen(QHostAddress::LocalHost, 0);
    MetricsEndpoint second(registry);
    auto again = second.listen(QHostAddress::LocalHost, port);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Unavailable);
    EXPECT_TRUE(again.error().detail.contains(QString::number(port))) << text(again.error());
}
