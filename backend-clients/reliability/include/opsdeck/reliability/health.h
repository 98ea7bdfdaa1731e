// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/reliability/reliability_export.h>

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringView>

#include <functional>
#include <mutex>
#include <optional>

namespace OpsDeck::Reliability {

// This header owns the namespace's meta-object (there can be only one per
// namespace): add any further Q_ENUM_NS of OpsDeck::Reliability here.
Q_NAMESPACE_EXPORT(OPSDECK_RELIABILITY_EXPORT)

/**
 * How well something works, from best to worst: Healthy, Unknown, Degraded,
 * Unhealthy.
 *
 * Unknown means "not checked yet" or "could not be checked". It is worse than
 * Healthy, since nobody can vouch for the service, but better than Degraded or
 * Unhealthy, since nothing has been seen to go wrong. Declared with Q_ENUM_NS,
 * so it works in QVariant, QMetaEnum and QDebug.
 *
 * \code
 * using OpsDeck::Reliability::HealthState;
 * const QVariant v = QVariant::fromValue(HealthState::Degraded);
 * qDebug() << v.value<HealthState>() << OpsDeck::Reliability::toString(HealthState::Degraded);
 * \endcode
 */
enum class HealthState { Unknown, Healthy, Degraded, Unhealthy };
Q_ENUM_NS(HealthState)

/** Machine-readable name: "unknown", "healthy", "degraded" or "unhealthy". */
OPSDECK_RELIABILITY_EXPORT QString toString(HealthState state);

/**
 * Parses a health word, ignoring case. Besides the toString() names it
 * accepts the words other health endpoints use: "ok", "pass" and "up" for
 * Healthy; "warn" for Degraded; "fail", "error" and "down" for Unhealthy.
 * Returns std::nullopt for anything else.
 */
OPSDECK_RELIABILITY_EXPORT std::optional<HealthState> healthStateFromString(QStringView text);

/**
 * The worse of two states, in the order Healthy < Unknown < Degraded < Unhealthy.
 *
 * \code
 * worse(HealthState::Healthy, HealthState::Unknown);     // Unknown
 * worse(HealthState::Unknown, HealthState::Degraded);    // Degraded
 * \endcode
 */
OPSDECK_RELIABILITY_EXPORT HealthState worse(HealthState a, HealthState b);

/**
 * The result of one named check, such as "database" or "disk_space".
 *
 * \code
 * OpsDeck::Reliability::HealthCheck check{QStringLiteral("database"),
 *                                         OpsDeck::Reliability::HealthState::Healthy,
 *                                         QStringLiteral("3 ms"), QDateTime::currentDateTimeUtc()};
 * \endcode
 */
struct OPSDECK_RELIABILITY_EXPORT HealthCheck
{
    QString name{};
    HealthState state = HealthState::Unknown;
    /** Optional detail for people ("replica lag 12 s"). Not translated. */
    QString message{};
    /** When the check ran; invalid if not known. */
    QDateTime checkedAt{};

    friend bool operator==(const HealthCheck &, const HealthCheck &) = default;
};

/**
 * A service's health, as served by `GET /health`.
 *
 * The overall state of a report built with fromChecks() is the worst of its
 * checks (see worse()); a report without checks is Unknown, since nothing
 * vouches for it. One Unknown check therefore turns an otherwise healthy
 * report Unknown, while any Degraded or Unhealthy check outranks it.
 *
 * JSON, as in the seed, with an optional "details" object for what the
 * compact "checks" map cannot carry:
 *
 * \code
 * {
 *   "status": "degraded",
 *   "checks": { "cache": "degraded", "database": "ok", "disk_space": "ok" },
 *   "details": { "cache": { "message": "hit rate 12%",
 *                           "checkedAt": "2026-03-01T10:00:00.000Z" } }
 * }
 * \endcode
 *
 * Check values are "ok" for Healthy (the seed's word), otherwise "degraded",
 * "fail" or "unknown"; the status uses toString(). fromJson() accepts every
 * word healthStateFromString() knows in both places. JSON objects are unordered,
 * so the checks come back sorted by name.
 *
 * \code
 * QString error;
 * const auto report = OpsDeck::Reliability::HealthReport::fromJson(body, &error);
 * if (!report)
 *     qCWarning(lcBackend) << "bad /health reply:" << error;   // names the field
 * \endcode
 */
struct OPSDECK_RELIABILITY_EXPORT HealthReport
{
    HealthState state = HealthState::Unknown;
    QList<HealthCheck> checks{};

    /** A report whose state is derived from \a checks. */
    static HealthReport fromChecks(QList<HealthCheck> checks);
    /** The worst state among \a checks; Unknown if there are none. */
    static HealthState overallState(const QList<HealthCheck> &checks);

    /** The check named \a name, or nullptr. */
    const HealthCheck *check(QStringView name) const;

    QJsonObject toJson() const;

    /**
     * Reads a report in the shape toJson() writes. The status is taken as the
     * service reports it (a service may know of trouble its checks do not
     * show); use overallState() to recompute it. A missing "checks" means no
     * checks. On malformed input returns std::nullopt and, if \a error is not
     * null, sets it to an English message naming the field, such as
     * `checks.database: expected a string`.
     */
    static std::optional<HealthReport> fromJson(const QJsonObject &json, QString *error = nullptr);
    /** As above, parsing \a json first; a parse error names the offset. */
    static std::optional<HealthReport> fromJson(const QByteArray &json, QString *error = nullptr);

    friend bool operator==(const HealthReport &, const HealthReport &) = default;
};

/** Options of a HealthTracker. */
struct OPSDECK_RELIABILITY_EXPORT HealthTrackerOptions
{
    /** Consecutive failed probes that make a probe kind Unhealthy (the seed: 3). */
    int failureThreshold = 3;

    /** Empty if valid, else an English message naming the field. */
    QString validate() const;
};

/**
 * The load balancer's view of one instance, built from periodic probes.
 *
 * Liveness ("is it running?") and readiness ("can it take requests?") are
 * tracked separately. For each kind:
 *
 * - before any probe: Unknown;
 * - a passing probe: Healthy, at once, whatever came before;
 * - failing probes, fewer than failureThreshold in a row: Degraded if the
 *   kind was Healthy or Degraded (still in rotation, but wobbling), unchanged
 *   if it was Unknown (a new instance must pass before it counts);
 * - failureThreshold failures in a row: Unhealthy (out of rotation).
 *
 * state() is the worse of the kinds probed so far (Unknown if none), so an
 * instance that is only ever liveness-probed is judged on liveness alone.
 * isInRotation() is true while state() is Healthy or Degraded.
 *
 * Thread-safe; the state-change callback runs outside the lock on the thread
 * that recorded the probe.
 *
 * \code
 * using namespace OpsDeck::Reliability;
 * HealthTracker tracker;                        // 3 strikes, like the seed's load balancer
 * tracker.recordProbe(HealthTracker::Probe::Readiness, pingedOk);
 * if (!tracker.isInRotation())
 *     pool.remove(instance);
 * \endcode
 */
class OPSDECK_RELIABILITY_EXPORT HealthTracker
{
public:
    enum class Probe { Liveness, Readiness };

    /** Called after a probe kind changes state. */
    using StateChangedCallback = std::function<void(Probe probe, HealthState from, HealthState to)>;

    /** Invalid \a options are logged and replaced by the nearest valid ones. */
    explicit HealthTracker(HealthTrackerOptions options = {});
    ~HealthTracker();

    HealthTracker(const HealthTracker &) = delete;
    HealthTracker &operator=(const HealthTracker &) = delete;

    HealthTrackerOptions options() const;

    /** Records one probe of kind \a probe. */
    void recordProbe(Probe probe, bool passed);

    /** The state of one probe kind. */
    HealthState state(Probe probe) const;
    /** The worse of the probed kinds; Unknown if nothing was probed. */
    HealthState state() const;
    /** Whether the instance should receive traffic: state() is Healthy or Degraded. */
    bool isInRotation() const;
    /** The current run of failed probes of kind \a probe. */
    int consecutiveFailures(Probe probe) const;

    /** Replaces the callback; an empty function removes it. */
    void setStateChangedCallback(StateChangedCallback callback);

private:
    struct Track
    {
        HealthState state = HealthState::Unknown;
        int consecutiveFailures = 0;
        bool probed = false;
    };
    const Track &trackLocked(Probe probe) const;
    Track &trackLocked(Probe probe);

    const HealthTrackerOptions m_options;
    mutable std::mutex m_mutex;
    Track m_liveness;
    Track m_readiness;
    StateChangedCallback m_callback;
};

/** Machine-readable name: "liveness" or "readiness". */
OPSDECK_RELIABILITY_EXPORT QString toString(HealthTracker::Probe probe);

} // namespace OpsDeck::Reliability
