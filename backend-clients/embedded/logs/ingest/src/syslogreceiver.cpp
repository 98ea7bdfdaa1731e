// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/logs/syslogreceiver.h"

#include "ingesttr.h"

#include "opsdeck/logs/logsink.h"
#include "opsdeck/logs/syslog.h"

#include <QDateTime>
#include <QNetworkDatagram>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUdpSocket>

namespace OpsDeck::Logs {

using namespace Qt::StringLiterals;

namespace {

QString fromStd(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

Backend::LogRecord toLogRecord(const RecordInput &in, const QString &source)
{
    Backend::LogRecord r;
    r.message = fromStd(in.message);
    r.host = fromStd(in.host);
    r.service = fromStd(in.service);
    r.source = source;
    r.level = static_cast<Backend::LogLevel>(in.level);
    if (in.timestampMs != kNoTime)
        r.timestamp = QDateTime::fromMSecsSinceEpoch(in.timestampMs, Qt::UTC);
    for (const auto &f : in.fields)
        r.fields.insert(fromStd(f.key), fromStd(f.value));
    return r;
}

QString peerName(const QHostAddress &address)
{
    QHostAddress a = address;
    bool ok = false;
    const quint32 v4 = a.toIPv4Address(&ok);
    return ok ? QHostAddress(v4).toString() : a.toString();
}

} // namespace

struct SyslogReceiver::Connection
{
    SyslogFrameDecoder decoder;
    QString source;
};

SyslogReceiver::SyslogReceiver(LogSink *sink, QObject *parent) : QObject(parent), m_sink(sink) {}

SyslogReceiver::~SyslogReceiver() = default;

Result<quint16> SyslogReceiver::listenUdp(const QHostAddress &address, quint16 port)
{
    delete m_udp;
    m_udp = new QUdpSocket(this);
    if (!m_udp->bind(address, port)) {
        const QString why = m_udp->errorString();
        delete m_udp;
        m_udp = nullptr;
        return fail(ErrorCode::Unavailable, OpsDeck::Logs::IngestTr::tr("Cannot receive syslog on UDP %1:%2.").arg(address.toString()).arg(port),
                    why);
    }
    // Bursts from rsyslog arrive faster than one event-loop turn.
    m_udp->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 8 * 1024 * 1024);
    connect(m_udp, &QUdpSocket::readyRead, this, &SyslogReceiver::readDatagrams);
    return m_udp->localPort();
}

Result<quint16> SyslogReceiver::listenTcp(const QHostAddress &address, quint16 port)
{
    delete m_tcp;
    m_tcp = new QTcpServer(this);
    if (!m_tcp->listen(address, port)) {
        const QString why = m_tcp->errorString();
        delete m_tcp;
        m_tcp = nullptr;
        return fail(ErrorCode::Unavailable, OpsDeck::Logs::IngestTr::tr("Cannot receive syslog on TCP %1:%2.").arg(address.toString()).arg(port),
                    why);
    }
    connect(m_tcp, &QTcpServer::newConnection, this, &SyslogReceiver::acceptConnections);
    return m_tcp->serverPort();
}

void SyslogReceiver::handle(std::string_view message, const QString &source)
{
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    RecordInput in;
    if (!parseSyslogMessage(message, now, now, in))
        in.message = std::string(message);
    in.ingestedMs = now;
    m_sink->add(toLogRecord(in, source));
    ++m_received;
}

void SyslogReceiver::readDatagrams()
{
    const qint64 before = m_received;
    while (m_udp && m_udp->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_udp->receiveDatagram();
        const QByteArray data = datagram.data();
        handle(std::string_view(data.constData(), static_cast<std::size_t>(data.size())),
               u"syslog://udp/%1"_s.arg(peerName(datagram.senderAddress())));
    }
    if (m_received != before)
        Q_EMIT messagesReceived(m_received);
}

void SyslogReceiver::acceptConnections()
{
    while (m_tcp && m_tcp->hasPendingConnections()) {
        QTcpSocket *socket = m_tcp->nextPendingConnection();
        auto connection = std::make_shared<Connection>();
        connection->source = u"syslog://tcp/%1"_s.arg(peerName(socket->peerAddress()));
        auto onFrame = [this, connection](std::string_view frame) { handle(frame, connection->source); };
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, connection, onFrame] {
            const qint64 before = m_received;
            const QByteArray data = socket->readAll();
            connection->decoder.feed(std::string_view(data.constData(), static_cast<std::size_t>(data.size())), onFrame);
            if (m_received != before)
                Q_EMIT messagesReceived(m_received);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket, connection, onFrame] {
            const QByteArray rest = socket->readAll();
            if (!rest.isEmpty())
                connection->decoder.feed(std::string_view(rest.constData(), static_cast<std::size_t>(rest.size())), onFrame);
            connection->decoder.flush(onFrame);
            Q_EMIT messagesReceived(m_received);
            socket->deleteLater();
        });
    }
}

} // namespace OpsDeck::Logs
