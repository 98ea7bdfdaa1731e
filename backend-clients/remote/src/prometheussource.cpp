// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/remote/prometheussource.h"

#include "httpcall.h"
#include "opsdeck/remote/querystep.h"
#include "remotetr.h"

#include <QFutureWatcher>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPromise>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace OpsDeck::Remote {

using Internal::FailureKind;
using Internal::HttpOutcome;
using Reliability::HealthState;
using std::chrono::milliseconds;

namespace {

// Below this an answer is parsed where it arrived: a thread-pool hop costs
// more than reading a few kilobytes. Above it (a dashboard's range answers
// run to megabytes) the owner thread, usually the GUI's, stays free.
constexpr qsizetype kParseInlineLimit = 64 * 1024;

/**
 * A promise that is always kept: if the last owner lets go without a result
 * (the source was destroyed mid-call), the future gets a Cancelled error
 * instead of an empty, cancelled future that callers might read as "no data".
 */
template<typename T>
class Completion
{
public:
    Completion() { m_promise.start(); }
    ~Completion()
    {
        finish(fail(ErrorCode::Cancelled, Tr::tr("The Prometheus source was closed before the answer came")));
    }
    Completion(const Completion &) = delete;
    Completion &operator=(const Completion &) = delete;

    QFuture<Result<T>> future() { return m_promise.future(); }
    void finish(Result<T> result)
    {
        if (m_done.exchange(true))
            return;
        m_promise.addResult(std::move(result));
        m_promise.finish();
    }

private:
    QPromise<Result<T>> m_promise;
    std::atomic_bool m_done{false};
};

QString httpStatusMessage(int status, const QString &where)
{
    if (status == 404)
        return Tr::tr("Prometheus at %1 has no such endpoint (HTTP 404); is the base URL right?").arg(where);
    return Tr::tr("Prometheus at %1 answered HTTP %2 without an explanation").arg(where).arg(status);
}

/** The envelope of a final answer, with non-2xx statuses that carry no Prometheus error explained. */
Result<Envelope> readAnswer(const Internal::HttpAnswer &answer, const QString &where)
{
    Result<Envelope> envelope = parseEnvelope(answer.body);
    const bool success = answer.status >= 200 && answer.status < 300;
    if (success || (!envelope && !isMalformedAnswer(envelope.error())))
        return envelope;
    const ErrorCode code = answer.status == 404 ? ErrorCode::NotFound
                           : answer.status == 400 || answer.status == 422 ? ErrorCode::InvalidArgument
                                                                          : ErrorCode::Unknown;
    return fail(code, httpStatusMessage(answer.status, where),
                QString::fromUtf8(answer.body.left(200)));
}

QString formatTime(const QDateTime &time)
{
    // Prometheus takes RFC 3339 or Unix seconds; seconds with milliseconds
    // avoid any time-zone reading on the server.
    return QString::number(double(time.toMSecsSinceEpoch()) / 1000.0, 'f', 3);
}

QString formatStep(milliseconds step)
{
    return QString::number(double(step.count()) / 1000.0, 'f', 3);
}

} // namespace

QByteArray PrometheusSettings::bearer(const QString &token)
{
    return "Bearer " + token.toUtf8();
}

QByteArray PrometheusSettings::basic(const QString &user, const QString &password)
{
    return "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

QString PrometheusSettings::validate() const
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return Tr::tr("baseUrl: \"%1\" is not a URL with a host").arg(baseUrl.toDisplayString(QUrl::RemoveUserInfo));
    if (baseUrl.scheme() != QLatin1StringView("http") && baseUrl.scheme() != QLatin1StringView("https"))
        return Tr::tr("baseUrl: the scheme must be http or https, not \"%1\"").arg(baseUrl.scheme());
    if (requestTimeout.count() <= 0)
        return Tr::tr("requestTimeout: must be more than 0 ms");
    if (maxRetryAfter.count() < 0)
        return Tr::tr("maxRetryAfter: cannot be negative");
    if (scrapeInterval.count() < 0)
        return Tr::tr("scrapeInterval: cannot be negative");
    if (healthInterval.count() < 0)
        return Tr::tr("healthInterval: cannot be negative");
    if (const QString error = backoff.validate(); !error.isEmpty())
        return Tr::tr("backoff: %1").arg(error);
    if (const QString error = breaker.validate(); !error.isEmpty())
        return Tr::tr("breaker: %1").arg(error);
    return {};
}

PrometheusSource::PrometheusSource(PrometheusSettings settings, QObject *parent)
    : IMetricsSource(parent)
    , m_settings(std::move(settings))
    , m_network(new QNetworkAccessManager(this))
    , m_breaker(std::make_shared<Reliability::CircuitBreaker>(displayName(), m_settings.breaker))
    , m_random(std::make_shared<Reliability::RandomSource>())
{
    if (const QString error = m_settings.validate(); !error.isEmpty())
        qCWarning(lcHttp).noquote() << "Prometheus settings:" << error;
    // A loopback server is never behind the user's proxy; a remote one may be.
    const QHostAddress host(m_settings.baseUrl.host());
    if (m_settings.baseUrl.host() == QLatin1StringView("localhost") || host.isLoopback())
        m_network->setProxy(QNetworkProxy::NoProxy);
    // A redirect to plain HTTP would carry the Authorization header there.
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    if (m_settings.healthInterval.count() > 0) {
        m_healthTimer = new QTimer(this);
        connect(m_healthTimer, &QTimer::timeout, this, [this] { checkHealth(); });
        m_healthTimer->start(m_settings.healthInterval);
        // The first probe at once, from the event loop: the status bar should
        // not show Unknown for a whole interval.
        QTimer::singleShot(0, this, [this] { checkHealth(); });
    }
}

PrometheusSource::~PrometheusSource()
{
    // Calls first, while the network manager (an older child) still owns
    // their replies: each aborts its own. Their futures then get Cancelled.
    qDeleteAll(findChildren<Internal::HttpCall *>(Qt::FindDirectChildrenOnly));
}

QString PrometheusSource::displayName() const
{
    if (!m_settings.name.isEmpty())
        return m_settings.name;
    return Tr::tr("Prometheus (%1)")
        .arg(m_settings.baseUrl.host() + QLatin1Char(':') + QString::number(m_settings.baseUrl.port(9090)));
}

QUrl PrometheusSource::endpoint(const QString &path) const
{
    QUrl url = m_settings.baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(QString());
    return url;
}

Reliability::CircuitBreaker::State PrometheusSource::breakerState() const
{
    return m_breaker->state();
}

void PrometheusSource::resetBreaker()
{
    m_breaker->reset();
}

void PrometheusSource::startCall(const QString &path, const QueryItems &query, bool retry,
                                 std::function<void(HttpOutcome)> done)
{
    Internal::HttpCallConfig config;
    config.url = endpoint(path);
    // Encoded by hand: QUrlQuery leaves '+' alone, and Prometheus (Go's
    // url.ParseQuery) reads a bare '+' as a space, which breaks "a + b".
    QByteArray encoded;
    for (const auto &[key, value] : query) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    if (!encoded.isEmpty())
        config.url.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);
    config.authorization = m_settings.authorization;
    config.timeout = m_settings.requestTimeout;
    config.backoff = m_settings.backoff;
    config.maxRetryAfter = m_settings.maxRetryAfter;
    config.retry = retry;
    config.breaker = m_breaker;
    config.random = m_random;
    config.lastFailure = m_lastFailure;
    auto *call = new Internal::HttpCall(m_network, std::move(config), std::move(done), this);
    call->start();
}

template<typename T>
QFuture<Result<T>> PrometheusSource::get(const QString &path, const QueryItems &query, bool retry,
                                         Parser<T> parse)
{
    auto completion = std::make_shared<Completion<T>>();
    QFuture<Result<T>> future = completion->future();
    const QString where = endpoint(path).toDisplayString(QUrl::RemoveUserInfo);
    auto run = [this, path, query, retry, parse, completion, where] {
        startCall(path, query, retry, [this, parse, completion, where](HttpOutcome outcome) {
            if (!outcome.answer) {
                noteOutcome(outcome, &outcome.answer.error());
                completion->finish(outcome.answer.error());
                return;
            }
            auto work = [parse, where, answer = *outcome.answer]() -> Result<T> {
                Result<Envelope> envelope = readAnswer(answer, where);
                if (!envelope)
                    return envelope.error();
                return parse(*envelope);
            };
            auto deliver = [this, completion, outcome](Result<T> result) {
                noteOutcome(outcome, result ? nullptr : &result.error());
                if (!result)
                    qCInfo(lcHttp).noquote() << result.error().toString();
                completion->finish(std::move(result));
            };
            if (outcome.answer->body.size() <= kParseInlineLimit) {
                deliver(work());
                return;
            }
            // The watcher is our child: a source destroyed mid-parse never
            // sees the result, and the completion reports Cancelled.
            auto *watcher = new QFutureWatcher<Result<T>>(this);
            connect(watcher, &QFutureWatcherBase::finished, this, [watcher, deliver] {
                watcher->deleteLater();
                const QFuture<Result<T>> done = watcher->future();
                if (done.resultCount() > 0)
                    deliver(done.result());
            });
            watcher->setFuture(QtConcurrent::run(std::move(work)));
        });
    };
    // The network manager belongs to our thread; a caller elsewhere is
    // forwarded there and still gets its future at once.
    if (QThread::currentThread() == thread())
        run();
    else
        QMetaObject::invokeMethod(this, std::move(run), Qt::QueuedConnection);
    return future;
}

void PrometheusSource::noteOutcome(const HttpOutcome &outcome, const Error *error)
{
    if (error && error->code == ErrorCode::Cancelled && outcome.kind == FailureKind::None)
        return;
    const QString host = m_settings.baseUrl.host() + QLatin1Char(':') + QString::number(m_settings.baseUrl.port(9090));
    switch (outcome.kind) {
    case FailureKind::BreakerOpen:
        reportHealth(HealthState::Unhealthy, error ? error->message : QString());
        return;
    case FailureKind::Unreachable:
    case FailureKind::Timeout:
    case FailureKind::ServerError: {
        m_lastFailure = error ? error->toString() : QString();
        const bool open = m_breaker->state() == Reliability::CircuitBreaker::State::Open;
        // Refused connections mean nothing is listening: down. A slow or
        // failing server is there but struggling: degraded, until the
        // breaker gives up on it.
        const HealthState state = open || outcome.kind == FailureKind::Unreachable ? HealthState::Unhealthy
                                                                                    : HealthState::Degraded;
        QString reason = m_lastFailure;
        if (open)
            reason = Tr::tr("%1; paused after %2 failures in a row (circuit breaker open)")
                         .arg(m_lastFailure).arg(m_breaker->options().failureThreshold);
        reportHealth(state, reason);
        return;
    }
    case FailureKind::Refused:
        reportHealth(HealthState::Unhealthy, error ? error->message : QString());
        return;
    case FailureKind::None:
        break;
    }
    if (error && isMalformedAnswer(*error)) {
        m_lastFailure = error->toString();
        reportHealth(HealthState::Degraded, Tr::tr("Malformed answers: %1").arg(error->message));
    } else if (outcome.attempts > 1) {
        reportHealth(HealthState::Degraded,
                     Tr::tr("Answering at %1, but only after %2 attempts").arg(host).arg(outcome.attempts));
    } else {
        // A query Prometheus refused (bad PromQL) still shows a working server.
        reportHealth(HealthState::Healthy, Tr::tr("Answering at %1").arg(host));
    }
}

void PrometheusSource::reportHealth(HealthState state, const QString &reason)
{
    const Reliability::HealthReport current = health();
    if (current.state == state && current.checks.size() == 1 && current.checks.first().message == reason)
        return;
    setHealth(Reliability::HealthReport::fromChecks(
        {Reliability::HealthCheck{QStringLiteral("prometheus"), state, reason, QDateTime::currentDateTimeUtc()}}));
}

QFuture<Result<QueryResult>> PrometheusSource::instantQuery(const QString &expression, const QDateTime &at)
{
    QueryItems query;
    query.append({QStringLiteral("query"), expression});
    if (at.isValid())
        query.append({QStringLiteral("time"), formatTime(at)});
    return get<QueryResult>(QStringLiteral("/api/v1/query"), query, true, [](const Envelope &envelope) {
        Result<QueryResult> result = parseQueryData(envelope.data);
        if (result)
            result->warnings = envelope.warnings;
        return result;
    });
}

QFuture<Result<QueryResult>> PrometheusSource::rangeQuery(const Backend::RangeQuery &range, int pixelWidth)
{
    // With a width, the width decides (the caller's step is a floor). Without
    // one, the caller's step stands unless Prometheus would refuse it, and a
    // missing step becomes the finest that fits above the scrape interval.
    Result<milliseconds> step = range.step;
    if (pixelWidth != 0)
        step = chooseStep(range.start, range.end, pixelWidth, range.step, m_settings.scrapeInterval);
    else if (range.step.count() <= 0)
        step = chooseStep(range.start, range.end, 0, milliseconds(0), m_settings.scrapeInterval);
    else if (pointsPerSeries(range.start, range.end, range.step) > kMaxPointsPerSeries)
        step = chooseStep(range.start, range.end, 0, range.step, milliseconds(0));
    else if (!range.start.isValid() || !range.end.isValid() || range.end < range.start)
        step = chooseStep(range.start, range.end, 0, range.step, milliseconds(0)); // for its error
    if (!step)
        return QtFuture::makeReadyFuture(Result<QueryResult>(step.error()));
    QueryItems query;
    query.append({QStringLiteral("query"), range.expression});
    query.append({QStringLiteral("start"), formatTime(range.start)});
    query.append({QStringLiteral("end"), formatTime(range.end)});
    query.append({QStringLiteral("step"), formatStep(*step)});
    return get<QueryResult>(QStringLiteral("/api/v1/query_range"), query, true,
                            [step = *step](const Envelope &envelope) {
                                Result<QueryResult> result = parseQueryData(envelope.data);
                                if (result) {
                                    result->warnings = envelope.warnings;
                                    result->step = step;
                                }
                                return result;
                            });
}

QFuture<Result<QList<LabelSet>>> PrometheusSource::series(const QStringList &matchers, const QDateTime &start,
                                                          const QDateTime &end)
{
    if (matchers.isEmpty())
        return QtFuture::makeReadyFuture(Result<QList<LabelSet>>(
            fail(ErrorCode::InvalidArgument, Tr::tr("A series lookup needs at least one matcher"),
                 QStringLiteral("matchers"))));
    QueryItems query;
    for (const QString &matcher : matchers)
        query.append({QStringLiteral("match[]"), matcher});
    if (start.isValid())
        query.append({QStringLiteral("start"), formatTime(start)});
    if (end.isValid())
        query.append({QStringLiteral("end"), formatTime(end)});
    return get<QList<LabelSet>>(QStringLiteral("/api/v1/series"), query, true,
                                [](const Envelope &envelope) { return parseSeriesData(envelope.data); });
}

QFuture<Result<BuildInfo>> PrometheusSource::checkHealth()
{
    return get<BuildInfo>(QStringLiteral("/api/v1/status/buildinfo"), QueryItems(), false,
                          [](const Envelope &envelope) { return parseBuildInfo(envelope.data); });
}

QFuture<Result<QList<Backend::MetricSeries>>> PrometheusSource::instant(const QString &expression,
                                                                       const QDateTime &at)
{
    return instantQuery(expression, at).then([](const Result<QueryResult> &result)
                                                  -> Result<QList<Backend::MetricSeries>> {
        if (!result)
            return result.error();
        if (result->type == ResultType::String)
            return fail(ErrorCode::Unsupported,
                        Tr::tr("The expression yields a string (\"%1\"), not numbers").arg(result->stringValue.left(60)));
        return result->series;
    });
}

QFuture<Result<QList<Backend::MetricSeries>>> PrometheusSource::range(const Backend::RangeQuery &query)
{
    // The interface's rules (the metrics-source contract): a range that is
    // not empty and a positive step. rangeQuery() is more lenient on purpose.
    if (!query.start.isValid() || !query.end.isValid() || query.end <= query.start)
        return QtFuture::makeReadyFuture(Result<QList<Backend::MetricSeries>>(
            fail(ErrorCode::InvalidArgument, Tr::tr("The range query needs a start before its end"),
                 QStringLiteral("start %1, end %2")
                     .arg(query.start.toString(Qt::ISODateWithMs), query.end.toString(Qt::ISODateWithMs)))));
    if (query.step.count() <= 0)
        return QtFuture::makeReadyFuture(Result<QList<Backend::MetricSeries>>(
            fail(ErrorCode::InvalidArgument, Tr::tr("The range query needs a step above zero"),
                 QStringLiteral("step %1 ms").arg(query.step.count()))));
    return rangeQuery(query).then([](const Result<QueryResult> &result) -> Result<QList<Backend::MetricSeries>> {
        if (!result)
            return result.error();
        return result->series;
    });
}

} // namespace OpsDeck::Remote
