// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/result.h>

#include <QHostAddress>
#include <QObject>

#include <memory>

class QTcpServer;
class QTcpSocket;
class QUdpSocket;

namespace OpsDeck::Logs {

class LogSink;

/**
 * Receives syslog over UDP and TCP (RFC 5424 and RFC 3164; on TCP both
 * octet-counting and newline framing, RFC 6587) and hands every message to a
 * LogSink. Bind to 127.0.0.1 unless you mean otherwise. A message that is
 * not syslog at all is kept verbatim.
 */
class SyslogReceiver : public QObject
{
    Q_OBJECT
public:
    explicit SyslogReceiver(LogSink *sink, QObject *parent = nullptr);
    ~SyslogReceiver() override;

    /** Starts the UDP receiver; port 0 picks a free one. Returns the bound port. */
    Result<quint16> listenUdp(const QHostAddress &address, quint16 port);
    Result<quint16> listenTcp(const QHostAddress &address, quint16 port);

    qint64 received() const { return m_received; }

Q_SIGNALS:
    void messagesReceived(qint64 total);

private:
    void readDatagrams();
    void acceptConnections();
    void handle(std::string_view message, const QString &source);

    LogSink *m_sink;
    QUdpSocket *m_udp = nullptr;
    QTcpServer *m_tcp = nullptr;
    qint64 m_received = 0;
    struct Connection;
};

} // namespace OpsDeck::Logs
