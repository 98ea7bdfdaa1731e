// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "testsupport.h"

#include <opsdeck/api/result.h>

#include <QDir>
#include <QFuture>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <optional>

namespace OpsDeck::Test {

/** Waits (processing events) for \a future and returns its result. */
template<typename T>
T awaitFuture(QFuture<T> future, std::chrono::milliseconds timeout = std::chrono::seconds(15))
{
    const bool finished = waitUntil([&future] { return future.isFinished(); }, timeout);
    EXPECT_TRUE(finished) << "the future did not finish in time";
    if (!finished)
        return T(OpsDeck::fail(OpsDeck::ErrorCode::Timeout, QStringLiteral("test: not finished")));
    return future.result();
}

struct HttpAnswer
{
    int status = 0; ///< 0 = no HTTP answer
    QByteArray body;
    QString error;
};

/** GET \a url with the event loop running (the proxy under test lives on this thread). */
inline HttpAnswer httpGet(const QUrl &url)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(url);
    request.setTransferTimeout(5000);
    QNetworkReply *reply = network.get(request);
    waitUntil([reply] { return reply->isFinished(); }, std::chrono::seconds(6));
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.error = reply->errorString();
    delete reply;
    return answer;
}

inline bool processAlive(qint64 pid)
{
    return pid > 1 && ::kill(pid_t(pid), 0) == 0;
}

/**
 * The service every test deploys: python3, answering "/" with the version,
 * "/health" with 200 (or 500 in mode bad-health), "/env" with what OpsDeck
 * put in its environment, "/slow" in two parts 2 s apart. Mode "exit" quits
 * with code 3 after two lines of output, "never-listen" sleeps.
 */
inline const char *kServiceScript = R"PY(
import http.server, os, sys, time
here = os.path.dirname(os.path.abspath(__file__))
version = open(os.path.join(here, "version.txt")).read().strip()
mode = open(os.path.join(here, "mode.txt")).read().strip()
with open(os.path.join(os.getcwd(), "service.pid"), "w") as f:
    f.write(str(os.getpid()))
print("starting", version, "in mode", mode, flush=True)
if mode == "exit":
    print("fatal: DATABASE_URL is not set", flush=True)
    sys.exit(3)
if mode == "never-listen":
    time.sleep(60)

class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"
    def answer(self, code, body):
        self.send_response(code)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def do_GET(self):
        if self.path == "/health":
            self.answer(500 if mode == "bad-health" else 200, b"broken" if mode == "bad-health" else b"ok")
        elif self.path == "/env":
            keys = ["PORT", "OPSDECK_ENVIRONMENT", "OPSDECK_DEPLOYMENT_ID", "OPSDECK_COMMIT", "OPSDECK_SLOT", "EXTRA"]
            self.answer(200, ";".join(k + "=" + os.environ.get(k, "") for k in keys).encode())
        elif self.path == "/slow":
            body = ("slow-" + version).encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[:5])
            self.wfile.flush()
            time.sleep(2)
            self.wfile.write(body[5:])
        else:
            self.answer(200, version.encode())
    def log_message(self, *args):
        pass

http.server.ThreadingHTTPServer(("127.0.0.1", int(os.environ["PORT"])), Handler).serve_forever()
)PY";

/** Writes an artifact folder holding the service in \a version and \a mode; returns its path. */
inline QString makeArtifact(const QString &root, const QString &version, const QString &mode = QStringLiteral("ok"))
{
    const QString dir = root + QStringLiteral("/artifacts/") + version + QLatin1Char('-') + mode;
    QDir().mkpath(dir);
    writeAll(dir + QStringLiteral("/serve.py"), QByteArray(kServiceScript));
    writeAll(dir + QStringLiteral("/version.txt"), version.toUtf8());
    writeAll(dir + QStringLiteral("/mode.txt"), mode.toUtf8());
    return dir;
}

} // namespace OpsDeck::Test
