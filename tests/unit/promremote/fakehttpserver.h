// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace OpsDeck::Test {

/**
 * A tiny HTTP/1.1 server on 127.0.0.1 for tests: every request gets the
 * answer the handler returns, on a fresh connection ("Connection: close").
 * It can also misbehave on purpose: hang without answering, or promise a
 * longer body than it sends.
 */
class FakeHttpServer : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QUrlQuery query;
        QMap<QByteArray, QByteArray> headers; ///< names lower-cased
    };

    struct Response
    {
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        bool hang = false;                        ///< accept, read, never answer
        std::optional<qsizetype> contentLength{}; ///< lie about the length (then close)

        static Response json(QByteArray body, int status = 200)
        {
            Response r;
            r.status = status;
            r.body = std::move(body);
            return r;
        }
    };

    /** \a index counts requests from 0. */
    using Handler = std::function<Response(const Request &request, int index)>;

    /** Listens on 127.0.0.1:\a port (0: any free port); check isListening(). */
    explicit FakeHttpServer(Handler handler, quint16 port = 0);
    ~FakeHttpServer() override;

    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url() const;
    int requestCount() const { return int(m_requests.size()); }
    const QList<Request> &requests() const { return m_requests; }
    void setHandler(Handler handler) { m_handler = std::move(handler); }

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);

    QTcpServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
    QList<QPointer<QTcpSocket>> m_hanging;
};

/** A port on 127.0.0.1 that nothing listens on (just freed). */
quint16 closedPort();

} // namespace OpsDeck::Test
