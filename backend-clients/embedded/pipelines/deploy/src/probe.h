// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/reliability/backoff.h>

#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;

namespace OpsDeck::Pipelines::Internal {

/**
 * Checks whether a fresh service is up: first that it listens, then the
 * smoke test (HTTP GET answering 2xx, or a command exiting 0). Attempts are
 * spaced by the shared backoff policy until the deadline. Deleting the probe
 * cancels it; its callback then never runs.
 */
class Probe : public QObject
{
    Q_OBJECT
public:
    /** ok, and what happened ("GET /health answered 200 after 3 attempts"). */
    using Done = std::function<void(bool ok, const QString &detail)>;

    Probe(Reliability::BackoffPolicy backoff, QObject *parent = nullptr);
    ~Probe() override;

    /** Connects to 127.0.0.1:\a port until it accepts or \a timeout passes. */
    void waitListening(quint16 port, std::chrono::milliseconds timeout, Done done);
    /** GET \a url until it answers 2xx or \a timeout passes. */
    void httpSmoke(const QUrl &url, std::chrono::milliseconds timeout, Done done);
    /** Runs \a command in \a workingDir until it exits 0 or \a timeout passes. */
    void commandSmoke(const QStringList &command, const QString &workingDir, const QProcessEnvironment &environment,
                      std::chrono::milliseconds timeout, Done done);
    /** One GET with a short timeout: healthy or not. */
    void httpOnce(const QUrl &url, std::chrono::milliseconds timeout, Done done);

private:
    using Attempt = std::function<void(std::function<void(bool ok, const QString &detail)>)>;
    void retry(Attempt attempt, std::chrono::milliseconds timeout, Done done);

    Reliability::BackoffPolicy m_backoff;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace OpsDeck::Pipelines::Internal
