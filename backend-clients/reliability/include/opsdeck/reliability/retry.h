// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/reliability/backoff.h>
#include <opsdeck/reliability/reliability_export.h>

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace OpsDeck::Reliability {

/**
 * Runs a task later, on the thread of a context object.
 *
 * The retry runner asks its Scheduler for every wait between attempts, so
 * tests can replace real timers with one that records the requested delays
 * and fires at once.
 *
 * \code
 * class RecordingScheduler final : public OpsDeck::Reliability::Scheduler
 * {
 * public:
 *     void schedule(std::chrono::milliseconds delay, QObject *,
 *                   std::function<void()> task) override
 *     {
 *         delays.append(delay);
 *         task();                                   // no waiting in tests
 *     }
 *     QList<std::chrono::milliseconds> delays;
 * };
 * \endcode
 */
class OPSDECK_RELIABILITY_EXPORT Scheduler
{
public:
    virtual ~Scheduler();

    /**
     * Runs \a task once, on \a context's thread, no sooner than \a delay from
     * now. If \a context is destroyed first, \a task must never run.
     *
     * An implementation may also run \a task before returning (a test
     * scheduler that "fires immediately"); callers must allow for that.
     */
    virtual void schedule(std::chrono::milliseconds delay, QObject *context,
                          std::function<void()> task) = 0;

protected:
    Scheduler() = default;
    Scheduler(const Scheduler &) = delete;
    Scheduler &operator=(const Scheduler &) = delete;
};

/**
 * The real scheduler: QTimer::singleShot with \a context as the receiver, so
 * Qt drops the timer when the context dies. Delays longer than QTimer can
 * represent (about 24.8 days) are shortened to that limit.
 *
 * \code
 * OpsDeck::Reliability::TimerScheduler::instance()->schedule(
 *     std::chrono::seconds(2), this, [this] { refresh(); });
 * \endcode
 */
class OPSDECK_RELIABILITY_EXPORT TimerScheduler final : public Scheduler
{
public:
    TimerScheduler() = default;
    ~TimerScheduler() override;

    void schedule(std::chrono::milliseconds delay, QObject *context,
                  std::function<void()> task) override;

    /** The process-wide instance; stateless, so shared freely. Never null. */
    static std::shared_ptr<TimerScheduler> instance();
};

/** Why a retry run ended. */
enum class RetryStatus {
    /** The last result was not a retryable failure: a success, or a failure
        the predicate deemed permanent. Inspect RetryOutcome::result. */
    Completed,
    /** Every attempt the policy allows ended in a retryable failure;
        RetryOutcome::result holds the last one. */
    Exhausted,
    /** RetryHandle::cancel() was called. No attempt starts after that. */
    Cancelled,
    /** The operation's QFuture was cancelled or held an exception, so there
        was no result to judge. The runner does not retry that. */
    Aborted,
};

/** What a retry run delivers once it ends. */
template<typename T>
struct RetryOutcome
{
    RetryStatus status = RetryStatus::Completed;
    /** How many times the operation was started, the first attempt included. */
    int attempts = 0;
    /** The result of the last attempt that produced one (with Aborted or
        Cancelled, an earlier attempt's). Empty if no attempt produced one. */
    std::optional<T> result{};
};

/** Options of a retry run beyond the operation itself. */
struct RetryOptions
{
    /** Attempts and waits. An invalid policy is logged and used as well as
        it can be: at least one attempt, negative durations as zero. */
    BackoffPolicy policy{};
    /** Null means TimerScheduler::instance(). */
    std::shared_ptr<Scheduler> scheduler{};
    /** Jitter source. Null means RandomSource::global(). */
    std::shared_ptr<RandomSource> random{};
};

namespace Internal {
struct RetryShared;
class RetryCore;
} // namespace Internal

/**
 * Cancels a running retry and tells whether it still runs.
 *
 * Cheap to copy; every copy controls the same run. A default-constructed
 * handle controls nothing. Thread-safe: cancel() may be called from any thread.
 *
 * \code
 * m_refresh = OpsDeck::Reliability::retry(this, fetch, isTransient, apply);
 * // later, when the user presses Stop:
 * m_refresh.cancel();
 * \endcode
 */
class OPSDECK_RELIABILITY_EXPORT RetryHandle
{
public:
    RetryHandle();
    ~RetryHandle();
    RetryHandle(const RetryHandle &);
    RetryHandle &operator=(const RetryHandle &);
    RetryHandle(RetryHandle &&) noexcept;
    RetryHandle &operator=(RetryHandle &&) noexcept;

    /**
     * Stops the run: no further attempt starts. An attempt already in flight
     * is not interrupted, but its result is ignored. Unless the run has
     * already ended, its callback later receives RetryStatus::Cancelled, from
     * the event loop, never from inside cancel(). Idempotent.
     */
    void cancel();

    /** True until the run delivers its outcome or its context is destroyed. */
    bool isActive() const;

private:
    friend class Internal::RetryCore;
    explicit RetryHandle(std::shared_ptr<Internal::RetryShared> shared);

    std::shared_ptr<Internal::RetryShared> d;
};

namespace Internal {

/**
 * The type-independent half of a retry run: counting attempts, waiting,
 * cancelling and delivering. It is a child of the caller's context object, so
 * destroying the context destroys the run, its timers and its watchers, and
 * no callback can reach a dead object.
 */
class OPSDECK_RELIABILITY_EXPORT RetryCore : public QObject
{
    Q_OBJECT

public:
    ~RetryCore() override;

    RetryHandle handle() const;

protected:
    RetryCore(QObject *context, RetryOptions options);

    /** Starts the first attempt, at once. */
    void start();
    /** Called by the subclass when an attempt produced a result. */
    void reportResult(bool retryableFailure);
    /** Called by the subclass when an attempt produced no result. */
    void reportAborted();
    /** Starts one attempt; reports back through reportResult()/reportAborted(). */
    virtual void launchAttempt() = 0;
    /** Hands the outcome to the caller. The last thing a run does: may delete this. */
    virtual void deliver(RetryStatus status, int attempts) = 0;

private:
    void launchNext(quint64 generation);
    void cancelRequested();
    void finish(RetryStatus status);

    std::shared_ptr<RetryShared> m_shared;
    RetryOptions m_options;
    int m_attempts = 0;
    int m_maxAttempts = 1;
    quint64 m_generation = 0;
    bool m_finished = false;

    friend struct RetryShared;
};

template<typename Future>
struct FutureResult
{
    static_assert(sizeof(Future) == 0, "the retry operation must return QFuture<T>");
};

template<typename T>
struct FutureResult<QFuture<T>>
{
    static_assert(!std::is_void_v<T>,
                  "QFuture<void> carries no result to judge; return QFuture<bool> or a Result");
    using Type = T;
};

template<typename T>
class RetryJob final : public RetryCore
{
public:
    using Operation = std::function<QFuture<T>()>;
    using Predicate = std::function<bool(const T &)>;
    using Finished = std::function<void(RetryOutcome<T>)>;

    RetryJob(QObject *context, RetryOptions options, Operation operation, Predicate isRetryable,
             Finished onFinished)
        : RetryCore(context, std::move(options))
        , m_operation(std::move(operation))
        , m_isRetryable(std::move(isRetryable))
        , m_onFinished(std::move(onFinished))
    {}

    using RetryCore::start;

protected:
    void launchAttempt() override
    {
        // The operation is the caller's code: it may delete the context, and
        // with it this job. Never touch members after that.
        const QPointer<RetryJob> self(this);
        QFuture<T> future = m_operation();
        if (!self)
            return;
        // The watcher is our child: if the run ends or the context dies first,
        // the watcher dies too and a late result reaches nobody.
        auto *watcher = new QFutureWatcher<T>(this);
        QObject::connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
            watcher->deleteLater();
            const QFuture<T> done = watcher->future();
            // A future that holds an exception reports itself cancelled too;
            // checking first means result() can never rethrow here.
            if (done.isCanceled() || done.resultCount() < 1) {
                reportAborted();
                return;
            }
            m_last = done.result();
            const QPointer<RetryJob> alive(this);
            const bool retryable = m_isRetryable(*m_last);
            if (alive)
                reportResult(retryable);
        });
        watcher->setFuture(future);
    }

    void deliver(RetryStatus status, int attempts) override
    {
        Finished callback = std::move(m_onFinished);
        RetryOutcome<T> outcome{status, attempts, std::move(m_last)};
        if (callback)
            callback(std::move(outcome)); // may delete this; nothing follows
    }

private:
    Operation m_operation;
    Predicate m_isRetryable;
    Finished m_onFinished;
    std::optional<T> m_last;
};

/** Logs and returns false unless \a context can own a retry run started here. */
OPSDECK_RELIABILITY_EXPORT bool checkRetryContext(const QObject *context);

} // namespace Internal

/**
 * Runs \a operation until it succeeds, fails for good, runs out of attempts or
 * is cancelled, waiting between attempts as \a options.policy says.
 *
 * - \a operation: `QFuture<T>()`; starts one attempt and returns at once. It
 *   must not block; the retry never blocks the calling thread nor spins an
 *   event loop. The first attempt starts before retry() returns.
 * - \a isRetryableFailure: `bool(const T &)`; true if the result is a failure
 *   worth another attempt (a timeout, a 503), false for a success or a
 *   permanent failure.
 * - \a onFinished: `void(RetryOutcome<T>)`; called exactly once, on the
 *   context's thread, from the event loop, unless the context is destroyed
 *   first, in which case nothing is called and nothing runs any more.
 *   It may delete the context.
 *
 * \a context must live in the calling thread. The run is its child; destroying
 * the context stops the run. Capture only the context or what it owns in the
 * callbacks. The wait before attempt n + 2 is `options.policy.delayFor(n)`,
 * so the defaults give the seed's 1 s, 2 s, 4 s, 8 s (plus jitter).
 *
 * Returns a handle to cancel the run. With a null context or one in another
 * thread, logs a warning, calls nothing and returns an inactive handle.
 *
 * \code
 * m_retry = OpsDeck::Reliability::retry(
 *     this,                                           // the run dies with the model
 *     [client = m_client] { return client->fetchRuns(); },   // QFuture<Result<RunList>>
 *     [](const Result<RunList> &r) { return !r && OpsDeck::isTransient(r.error().code); },
 *     [this](OpsDeck::Reliability::RetryOutcome<Result<RunList>> outcome) {
 *         if (outcome.result)
 *             applyRuns(*outcome.result);
 *     });
 * \endcode
 */
template<typename Operation, typename IsRetryableFailure, typename OnFinished>
RetryHandle retry(QObject *context, Operation &&operation, IsRetryableFailure &&isRetryableFailure,
                  OnFinished &&onFinished, RetryOptions options = {})
{
    using Future = std::invoke_result_t<std::decay_t<Operation> &>;
    using T = typename Internal::FutureResult<Future>::Type;
    static_assert(std::is_invocable_r_v<bool, std::decay_t<IsRetryableFailure> &, const T &>,
                  "isRetryableFailure must be callable as bool(const T &)");
    static_assert(std::is_invocable_v<std::decay_t<OnFinished> &, RetryOutcome<T>>,
                  "onFinished must be callable as void(RetryOutcome<T>)");

    if (!Internal::checkRetryContext(context))
        return {};
    auto *job = new Internal::RetryJob<T>(
        context, std::move(options), std::forward<Operation>(operation),
        std::forward<IsRetryableFailure>(isRetryableFailure), std::forward<OnFinished>(onFinished));
    RetryHandle handle = job->handle();
    job->start(); // results arrive from the event loop, so onFinished never runs in here
    return handle;
}

} // namespace OpsDeck::Reliability
