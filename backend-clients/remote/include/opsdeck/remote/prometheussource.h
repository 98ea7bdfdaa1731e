// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

/**
 * \file
 * The remote metrics source: PromQL against a real Prometheus over its HTTP
 * API (docs/prometheus-source.md).
 */

#include <opsdeck/api/metricssource.h>
#include <opsdeck/reliability/backoff.h>
#include <opsdeck/reliability/circuitbreaker.h>
#include <opsdeck/remote/prometheusjson.h>

#include <QFuture>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace OpsDeck::Remote {

namespace Internal {
class HttpCall;
struct HttpOutcome;
} // namespace Internal

/** How a PrometheusSource reaches its server. */
struct PrometheusSettings
{
    /** Where Prometheus answers; a path prefix (a reverse proxy's /prometheus) is kept. */
    QUrl baseUrl{QStringLiteral("http://127.0.0.1:9090")};
    /** Shown in the status bar; empty: "Prometheus (<host>:<port>)". */
    QString name;
    /**
     * The whole Authorization header value, or empty for none; see bearer()
     * and basic(). Never logged.
     */
    QByteArray authorization;
    /** The longest one attempt may take, from sending to the last byte. */
    std::chrono::milliseconds requestTimeout{10'000};
    /** Retries of failed GETs; the shared backoff with jitter. */
    Reliability::BackoffPolicy backoff{std::chrono::milliseconds(500), std::chrono::milliseconds(8000), 3,
                                       std::chrono::milliseconds(250)};
    /** A Retry-After longer than this is not waited for: the call fails and says so. */
    std::chrono::milliseconds maxRetryAfter{30'000};
    /** When to stop calling a server that keeps failing, and when to probe it again. */
    Reliability::CircuitBreakerOptions breaker{};
    /** The server's scrape interval: range steps are never finer (chooseStep()). */
    std::chrono::milliseconds scrapeInterval{15'000};
    /**
     * How often to probe the server on its own (checkHealth()), so the status
     * bar notices a server coming back while nobody queries; 0 = never.
     */
    std::chrono::milliseconds healthInterval{0};

    /** "Bearer <token>". */
    static QByteArray bearer(const QString &token);
    /** "Basic base64(user:password)". */
    static QByteArray basic(const QString &user, const QString &password);

    /** Empty if usable, else a translated message naming the field. */
    QString validate() const;
};

/**
 * A Prometheus server as an IMetricsSource.
 *
 * Every call returns at once; the HTTP requests run on this object's thread
 * through its own QNetworkAccessManager, large answers are parsed on the
 * thread pool, and the futures are resolved when the answers are read. Calls
 * from another thread are forwarded to this object's thread.
 *
 * Each GET is retried on connection errors, timeouts, HTTP 5xx and 429 (a
 * Retry-After is honoured) with the settings' backoff and jitter; a circuit
 * breaker stops calling after repeated failures and fails fast, saying when
 * it will try again. health() follows what the calls see: Healthy when
 * answers come, Degraded when they come late, malformed or only after
 * retries, Unhealthy when the server is unreachable or refuses the
 * credentials. Each state carries its reason in the "prometheus" check.
 *
 * Destroying the source ends its calls: their futures get a Cancelled error.
 *
 * \code
 * auto *source = new OpsDeck::Remote::PrometheusSource({.baseUrl = QUrl(u"http://prom:9090"_s)}, this);
 * auto *watcher = new QFutureWatcher<OpsDeck::Result<OpsDeck::Remote::QueryResult>>(this);
 * connect(watcher, &QFutureWatcherBase::finished, this, [watcher] { … watcher->result() … });
 * watcher->setFuture(source->rangeQuery({u"rate(http_requests_total[5m])"_s, from, to}, 1600));
 * \endcode
 */
class PrometheusSource final : public Backend::IMetricsSource
{
    Q_OBJECT
public:
    explicit PrometheusSource(PrometheusSettings settings, QObject *parent = nullptr);
    ~PrometheusSource() override;

    QString displayName() const override;
    const PrometheusSettings &settings() const { return m_settings; }

    // IMetricsSource
    QFuture<Result<QList<Backend::MetricSeries>>> instant(const QString &expression,
                                                         const QDateTime &at) override;
    /**
     * start < end and step > 0, or InvalidArgument (the interface's rule).
     * query.step is used as asked unless it would return more than 11,000
     * points per series; then the next nice step that does not.
     */
    QFuture<Result<QList<Backend::MetricSeries>>> range(const Backend::RangeQuery &query) override;

    /** /api/v1/query, with the result type and Prometheus' warnings. */
    QFuture<Result<QueryResult>> instantQuery(const QString &expression, const QDateTime &at = {});
    /**
     * /api/v1/query_range. With \a pixelWidth > 0 the step is
     * chooseStep(start, end, pixelWidth, query.step, settings().scrapeInterval)
     * (pass query.step = 0 to let the width alone decide); the step used is
     * in QueryResult::step.
     */
    QFuture<Result<QueryResult>> rangeQuery(const Backend::RangeQuery &query, int pixelWidth = 0);
    /** /api/v1/series: the label sets matching any of \a matchers (at least one) in [start, end]. */
    QFuture<Result<QList<LabelSet>>> series(const QStringList &matchers, const QDateTime &start = {},
                                            const QDateTime &end = {});
    /**
     * /api/v1/status/buildinfo, once, without retries: a health probe.
     * Updates health() as any call does.
     */
    QFuture<Result<BuildInfo>> checkHealth();

    /** The breaker's state, for a status line ("paused for 12 s"). */
    Reliability::CircuitBreaker::State breakerState() const;
    /** Closes the breaker by hand (an operator's "retry now"). */
    void resetBreaker();

private:
    template<typename T>
    using Parser = std::function<Result<T>(const Envelope &)>;
    using QueryItems = QList<std::pair<QString, QString>>;

    template<typename T>
    QFuture<Result<T>> get(const QString &path, const QueryItems &query, bool retry, Parser<T> parse);
    void startCall(const QString &path, const QueryItems &query, bool retry,
                   std::function<void(Internal::HttpOutcome)> done);
    void noteOutcome(const Internal::HttpOutcome &outcome, const Error *error);
    void reportHealth(Reliability::HealthState state, const QString &reason);
    QUrl endpoint(const QString &path) const;

    const PrometheusSettings m_settings;
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_healthTimer = nullptr;
    std::shared_ptr<Reliability::CircuitBreaker> m_breaker;
    std::shared_ptr<Reliability::RandomSource> m_random;
    QString m_lastFailure;
};

} // namespace OpsDeck::Remote
