// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/result.h>

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace OpsDeck::Metrics {

class Registry;

/**
 * A small HTTP/1.1 server for Prometheus to scrape: GET /metrics answers the
 * registry in the text format 0.0.4; any other path is 404, any other method
 * 405. Each connection is read as its bytes arrive (no blocking reads), so a
 * slow or stalled client never holds up another; a client that has not sent
 * a whole request head within the timeout, or sends more than 8 KiB of
 * head, is answered 408 / 431 and closed. Lives on the thread that made it.
 *
 * \code
 * Metrics::MetricsEndpoint endpoint(registry);
 * auto port = endpoint.listen(QHostAddress::LocalHost, 0);   // 0: any free port
 * if (!port) return port.error();
 * \endcode
 */
class MetricsEndpoint : public QObject
{
    Q_OBJECT
public:
    explicit MetricsEndpoint(const Registry &registry, QObject *parent = nullptr);
    ~MetricsEndpoint() override;

    /** Starts listening; returns the bound port (useful with \a port 0). */
    Result<quint16> listen(const QHostAddress &address, quint16 port);
    void close();
    quint16 port() const;

    void setRequestTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    /** Connections currently open (for tests and the status bar). */
    int openConnections() const { return int(m_pending.size()); }
    /** Requests answered so far, any status. */
    qint64 requestsServed() const { return m_served; }

private:
    void acceptConnections();
    void readFrom(QTcpSocket *socket);
    void respond(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &contentType,
                 const QByteArray &body, bool headOnly = false);

    const Registry &m_registry;
    QTcpServer *m_server = nullptr;
    std::chrono::milliseconds m_timeout{10'000};
    QHash<QTcpSocket *, QByteArray> m_pending;
    qint64 m_served = 0;
};

} // namespace OpsDeck::Metrics
