// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include <opsdeck/reliability/retry.h>

#include "logging_p.h"

#include <QMetaObject>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <limits>
#include <mutex>

namespace OpsDeck::Reliability {

using Internal::lcReliability;

Scheduler::~Scheduler() = default;

TimerScheduler::~TimerScheduler() = default;

void TimerScheduler::schedule(std::chrono::milliseconds delay, QObject *context,
                              std::function<void()> task)
{
    if (!context) {
        // Without a receiver Qt would run the task unconditionally, possibly
        // after its owner is gone: the exact failure the context prevents.
        qCWarning(lcReliability, "TimerScheduler::schedule: no context object; task dropped");
        return;
    }
    // QTimer takes an int of milliseconds; a longer wait would wrap negative.
    const auto ms = std::clamp<std::chrono::milliseconds::rep>(delay.count(), 0,
                                                               std::numeric_limits<int>::max());
    QTimer::singleShot(static_cast<int>(ms), context, std::move(task));
}

std::shared_ptr<TimerScheduler> TimerScheduler::instance()
{
    static const auto s_instance = std::make_shared<TimerScheduler>();
    return s_instance;
}

namespace Internal {

// State shared by a run and its handles. The handle may outlive the run (and
// the run its handles), and cancel() may come from any thread, so the pointer
// to the run is only read or cleared under the mutex: while a handle holds
// the mutex and sees a non-null core, the core's QObject is alive and posting
// to it is safe.
struct RetryShared
{
    std::mutex mutex;
    RetryCore *core = nullptr;
    std::atomic_bool cancelled{false};
    std::atomic_bool active{true};

    void requestCancel()
    {
        cancelled.store(true);
        const std::lock_guard lock(mutex);
        if (!core)
            return;
        // Always queued: the caller may be on another thread, or inside a
        // callback of this very run, and must not re-enter it.
        QMetaObject::invokeMethod(
            core, [run = core] { run->cancelRequested(); }, Qt::QueuedConnection);
    }
};

bool checkRetryContext(const QObject *context)
{
    if (!context) {
        qCWarning(lcReliability, "retry: no context object; nothing runs");
        return false;
    }
    if (context->thread() != QThread::currentThread()) {
        qCWarning(lcReliability, "retry: the context object lives in another thread; nothing runs");
        return false;
    }
    return true;
}

RetryCore::RetryCore(QObject *context, RetryOptions options)
    : QObject(context)
    , m_shared(std::make_shared<RetryShared>())
    , m_options(std::move(options))
{
    m_shared->core = this;
    if (const QString error = m_options.policy.validate(); !error.isEmpty())
        qCWarning(lcReliability, "retry: invalid backoff policy: %ls", qUtf16Printable(error));
    m_maxAttempts = std::max(1, m_options.policy.maxAttempts);
    if (!m_options.scheduler)
        m_options.scheduler = TimerScheduler::instance();
}

RetryCore::~RetryCore()
{
    const std::lock_guard lock(m_shared->mutex);
    m_shared->core = nullptr;
    m_shared->active.store(false);
}

RetryHandle RetryCore::handle() const
{
    return RetryHandle(m_shared);
}

void RetryCore::start()
{
    launchNext(m_generation);
}

void RetryCore::launchNext(quint64 generation)
{
    // A stale generation means a scheduler fired a task twice or after the
    // run moved on; starting an extra attempt then would break maxAttempts.
    if (m_finished || generation != m_generation)
        return;
    ++m_generation; // consumed: the same task firing again is stale
    if (m_shared->cancelled.load()) {
        finish(RetryStatus::Cancelled);
        return;
    }
    ++m_attempts;
    launchAttempt();
}

void RetryCore::reportResult(bool retryableFailure)
{
    if (m_finished)
        return;
    if (m_shared->cancelled.load()) {
        finish(RetryStatus::Cancelled);
        return;
    }
    if (!retryableFailure) {
        finish(RetryStatus::Completed);
        return;
    }
    if (m_attempts >= m_maxAttempts) {
        finish(RetryStatus::Exhausted);
        return;
    }
    RandomSource &random = m_options.random ? *m_options.random : RandomSource::global();
    const std::chrono::milliseconds delay = m_options.policy.delayFor(m_attempts - 1, random);
    const quint64 generation = ++m_generation;
    qCDebug(lcReliability, "retry: attempt %d failed, next in %lld ms", m_attempts,
            static_cast<long long>(delay.count()));
    // Last statement: a scheduler may run the task right here.
    m_options.scheduler->schedule(delay, this, [this, generation] { launchNext(generation); });
}

void RetryCore::reportAborted()
{
    finish(m_shared->cancelled.load() ? RetryStatus::Cancelled : RetryStatus::Aborted);
}

void RetryCore::cancelRequested()
{
    finish(RetryStatus::Cancelled);
}

void RetryCore::finish(RetryStatus status)
{
    if (m_finished)
        return;
    m_finished = true;
    ++m_generation; // a wait still pending must not start another attempt
    m_shared->active.store(false);
    deleteLater();
    deliver(status, m_attempts); // may delete this: nothing may follow
}

} // namespace Internal

RetryHandle::RetryHandle() = default;
RetryHandle::~RetryHandle() = default;
RetryHandle::RetryHandle(const RetryHandle &) = default;
RetryHandle &RetryHandle::operator=(const RetryHandle &) = default;
RetryHandle::RetryHandle(RetryHandle &&) noexcept = default;
RetryHandle &RetryHandle::operator=(RetryHandle &&) noexcept = default;

RetryHandle::RetryHandle(std::shared_ptr<Internal::RetryShared> shared)
    : d(std::move(shared))
{}

void RetryHandle::cancel()
{
    if (d)
        d->requestCancel();
}

bool RetryHandle::isActive() const
{
    return d && d->active.load();
}

} // namespace OpsDeck::Reliability
