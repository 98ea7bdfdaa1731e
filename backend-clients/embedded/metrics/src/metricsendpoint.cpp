// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/metrics/metricsendpoint.h"

#include "opsdeck/metrics/exposition.h"
#include "opsdeck/metrics/registry.h"

#include "metricstr_p.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace OpsDeck::Metrics {

namespace {
constexpr qsizetype kMaxHead = 8 * 1024;
}

MetricsEndpoint::MetricsEndpoint(const Registry &registry, QObject *parent)
    : QObject(parent), m_registry(registry)
{}

MetricsEndpoint::~MetricsEndpoint()
{
    close();
}

Result<quint16> MetricsEndpoint::listen(const QHostAddress &address, quint16 port)
{
    close();
    m_server = new QTcpServer(this);
    if (!m_server->listen(address, port)) {
        const QString why = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return fail(ErrorCode::Unavailable, Tr::tr("Cannot open the metrics endpoint."),
                    QStringLiteral("%1:%2: %3").arg(address.toString()).arg(port).arg(why));
    }
    connect(m_server, &QTcpServer::newConnection, this, &MetricsEndpoint::acceptConnections);
    return m_server->serverPort();
}

void MetricsEndpoint::close()
{
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
    const auto sockets = m_pending.keys();
    m_pending.clear();
    for (QTcpSocket *socket : sockets) {
        socket->abort();
        socket->deleteLater();
    }
}

quint16 MetricsEndpoint::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void MetricsEndpoint::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        // Owned by the endpoint, not the server, so close() can drop the
        // server while answers are still being written.
        socket->setParent(this);
        m_pending.insert(socket, QByteArray());
        auto *timer = new QTimer(socket);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, socket] {
            if (m_pending.contains(socket))
                respond(socket, 408, "Request Timeout", "text/plain; charset=utf-8", "request timeout\n");
            else
                socket->abort(); // answered, but the client never read it all
        });
        timer->start(m_timeout);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_pending.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            readFrom(socket);
    }
}

void MetricsEndpoint::readFrom(QTcpSocket *socket)
{
    auto it = m_pending.find(socket);
    if (it == m_pending.end())
        return;
    QByteArray &buffer = it.value();
    buffer += socket->readAll();
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd > kMaxHead || (headEnd < 0 && buffer.size() > kMaxHead)) {
        respond(socket, 431, "Request Header Fields Too Large", "text/plain; charset=utf-8", "request head too large\n");
        return;
    }
    if (headEnd < 0)
        return; // not all there yet: wait for more without blocking anyone
    const QByteArray requestLine = buffer.left(buffer.indexOf("\r\n"));
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !parts[2].startsWith("HTTP/1.")) {
        respond(socket, 400, "Bad Request", "text/plain; charset=utf-8", "malformed request line\n");
        return;
    }
    const QByteArray &method = parts[0];
    QByteArray path = parts[1];
    if (const qsizetype q = path.indexOf('?'); q >= 0)
        path.truncate(q);
    if (path != "/metrics") {
        respond(socket, 404, "Not Found", "text/plain; charset=utf-8", "not found; try /metrics\n", method == "HEAD");
        return;
    }
    if (method != "GET" && method != "HEAD") {
        respond(socket, 405, "Method Not Allowed", "text/plain; charset=utf-8", "only GET and HEAD\n");
        return;
    }
    respond(socket, 200, "OK", kExpositionContentType, formatExposition(m_registry.snapshot()), method == "HEAD");
}

void MetricsEndpoint::respond(QTcpSocket *socket, int status, const QByteArray &reason,
                              const QByteArray &contentType, const QByteArray &body, bool headOnly)
{
    m_pending.remove(socket);
    ++m_served;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    head += "Content-Type: " + contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (status == 405)
        head += "Allow: GET, HEAD\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head);
    if (!headOnly)
        socket->write(body);
    // Writes are queued; the socket closes once they went out, and a client
    // that never reads only costs its own buffer.
    socket->disconnectFromHost();
    if (auto *timer = socket->findChild<QTimer *>())
        timer->start(m_timeout);
}

} // namespace OpsDeck::Metrics
