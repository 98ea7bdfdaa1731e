// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/pipelines/tcpproxy.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <list>
#include <utility>

namespace OpsDeck::Pipelines {

namespace {

// One proxied connection. The client's bytes are held until the upstream
// connection is up, so a request sent right after connect() is not lost.
struct Pipe
{
    QPointer<QTcpSocket> client;
    QPointer<QTcpSocket> upstream;
    quint16 backendPort = 0;
    QByteArray pending; // client bytes before upstream connected
    bool upstreamUp = false;
    bool done = false;
};

} // namespace

struct TcpProxy::Private
{
    QTcpServer server;
    quint16 backend = 0;
    std::list<std::shared_ptr<Pipe>> pipes;
};

TcpProxy::TcpProxy(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    connect(&d->server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = d->server.nextPendingConnection()) {
            client->setParent(this);
            if (d->backend == 0) {
                client->abort();
                client->deleteLater();
                continue;
            }
            auto pipe = std::make_shared<Pipe>();
            pipe->client = client;
            pipe->backendPort = d->backend; // fixed for the life of the connection
            auto *upstream = new QTcpSocket(this);
            pipe->upstream = upstream;
            d->pipes.push_back(pipe);

            // Ends the pipe once: whatever the upstream still had is passed
            // on, then both sides close after their write buffers drain
            // (deleting a socket earlier would drop the tail of a response).
            auto finish = [this, pipe] {
                if (pipe->done)
                    return;
                pipe->done = true;
                if (pipe->client && pipe->upstream && pipe->upstreamUp)
                    pipe->client->write(pipe->upstream->readAll());
                for (QTcpSocket *socket : {pipe->client.data(), pipe->upstream.data()}) {
                    if (!socket)
                        continue;
                    if (socket->state() == QAbstractSocket::UnconnectedState) {
                        socket->deleteLater();
                    } else {
                        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                        socket->disconnectFromHost();
                    }
                }
                d->pipes.remove(pipe);
            };

            connect(client, &QTcpSocket::readyRead, this, [pipe] {
                if (!pipe->client || pipe->done)
                    return;
                const QByteArray data = pipe->client->readAll();
                if (pipe->upstreamUp && pipe->upstream)
                    pipe->upstream->write(data);
                else
                    pipe->pending += data;
            });
            connect(upstream, &QTcpSocket::connected, this, [pipe] {
                pipe->upstreamUp = true;
                if (!pipe->pending.isEmpty() && pipe->upstream && !pipe->done)
                    pipe->upstream->write(std::exchange(pipe->pending, {}));
            });
            connect(upstream, &QTcpSocket::readyRead, this, [pipe] {
                if (pipe->client && pipe->upstream && !pipe->done)
                    pipe->client->write(pipe->upstream->readAll());
            });
            connect(upstream, &QTcpSocket::disconnected, this, finish);
            connect(upstream, &QAbstractSocket::errorOccurred, this, [pipe, finish](QAbstractSocket::SocketError) {
                // A refused upstream: the client sees its connection closed,
                // as it would without the proxy.
                if (!pipe->upstreamUp && pipe->client && !pipe->done)
                    pipe->client->abort();
                finish();
            });
            connect(client, &QTcpSocket::disconnected, this, [pipe, finish] {
                if (pipe->client && pipe->upstream && pipe->upstreamUp && !pipe->done)
                    pipe->upstream->write(pipe->client->readAll());
                finish();
            });
            upstream->connectToHost(QHostAddress(QHostAddress::LocalHost), pipe->backendPort);
        }
    });
}

TcpProxy::~TcpProxy()
{
    close();
}

bool TcpProxy::listen(quint16 port, QString *error)
{
    if (d->server.isListening())
        return true;
    if (!d->server.listen(QHostAddress(QHostAddress::LocalHost), port)) {
        if (error)
            *error = QStringLiteral("127.0.0.1:%1: %2").arg(port).arg(d->server.errorString());
        return false;
    }
    return true;
}

void TcpProxy::close()
{
    d->server.close();
    const auto pipes = d->pipes;
    for (const auto &pipe : pipes) {
        pipe->done = true;
        for (QTcpSocket *socket : {pipe->client.data(), pipe->upstream.data()}) {
            if (socket) {
                socket->abort();
                socket->deleteLater();
            }
        }
    }
    d->pipes.clear();
}

bool TcpProxy::isListening() const
{
    return d->server.isListening();
}

quint16 TcpProxy::port() const
{
    return d->server.isListening() ? d->server.serverPort() : 0;
}

void TcpProxy::setBackend(quint16 port)
{
    d->backend = port;
}

quint16 TcpProxy::backend() const
{
    return d->backend;
}

int TcpProxy::openConnections(quint16 backendPort) const
{
    int count = 0;
    for (const auto &pipe : d->pipes) {
        if (backendPort == 0 || pipe->backendPort == backendPort)
            ++count;
    }
    return count;
}

} // namespace OpsDeck::Pipelines
