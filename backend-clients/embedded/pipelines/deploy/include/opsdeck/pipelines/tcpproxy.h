// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace OpsDeck::Pipelines {

/**
 * A TCP proxy on 127.0.0.1: each accepted connection is forwarded, byte for
 * byte in both directions, to the backend port that was current when it was
 * accepted. setBackend() therefore switches atomically: new connections go
 * to the new port at once, connections already open finish where they
 * started. It is how an environment's public port stays fixed while the
 * live release (blue or green) changes behind it.
 *
 * Lives on its owner thread and works from its event loop.
 *
 * \code
 * OpsDeck::Pipelines::TcpProxy proxy;
 * QString error;
 * if (!proxy.listen(8080, &error))
 *     qWarning() << error;
 * proxy.setBackend(41234);   // blue
 * proxy.setBackend(41790);   // green: new connections only
 * \endcode
 */
class TcpProxy : public QObject
{
    Q_OBJECT
public:
    explicit TcpProxy(QObject *parent = nullptr);
    ~TcpProxy() override;

    /** Listens on 127.0.0.1:\a port (0 = any free port); false with \a error naming the port. */
    bool listen(quint16 port, QString *error);
    /** Stops accepting; open connections are closed. */
    void close();
    bool isListening() const;
    /** The port it listens on (0 when not listening). */
    quint16 port() const;

    /** Where new connections go; 0 = nowhere (they are closed at once). */
    void setBackend(quint16 port);
    quint16 backend() const;

    /** Connections currently open through the proxy, to \a backendPort (0 = to any). */
    int openConnections(quint16 backendPort = 0) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace OpsDeck::Pipelines
