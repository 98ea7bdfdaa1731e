// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "opsdeck/metrics/labels.h"

#include <opsdeck/api/result.h>

#include <QList>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <vector>

namespace OpsDeck::Metrics {

/** Which copy of the data a read uses: raw samples or the 1-minute / 1-hour rollups. */
enum class Resolution { Raw, Minute, Hour };

inline constexpr qint64 kMinuteMs = 60'000;
inline constexpr qint64 kHourMs = 3'600'000;
inline constexpr qint64 kDayMs = 24 * kHourMs;

struct StoreOptions
{
    qint64 rawRetentionMs = 2 * kDayMs;
    qint64 minuteRetentionMs = 30 * kDayMs;
    qint64 hourRetentionMs = 365 * kDayMs;
    /** A segment is closed and a new one started past this size. */
    qint64 segmentBytes = 64 * 1024 * 1024;
    /** Buffered appends reach the file at flush(), at this size, or every flushInterval. */
    qint64 flushBytes = 1024 * 1024;
    /** Off the caller's thread: a store thread flushes and compacts on these periods. */
    bool backgroundThread = true;
    std::chrono::milliseconds flushInterval{1000};
    std::chrono::milliseconds compactionInterval{60'000};
    /** "Now" for retention and closing rollup buckets; default: the system clock. */
    std::function<qint64()> clock;

    /** Empty when the options make sense, else what is wrong (names the field). */
    QString validate() const;
};

/** Something open() found wrong in a segment file (and what it did about it). */
struct RecoveryNote
{
    QString file;
    qint64 offset = 0;       ///< byte offset of the first bad record
    qint64 droppedBytes = 0; ///< bytes from there to the end of the file
    bool tornTail = false;   ///< a write cut short at the end (kill -9); else corruption
    QString message;
};

/** One point read back: a raw sample (min = max = sum = last, count 1) or a rollup bucket. */
struct Point
{
    qint64 ts = 0; ///< the sample's time, or the newest sample's time in the bucket
    double last = 0;
    double min = 0;
    double max = 0;
    double sum = 0;
    double count = 0;
};

struct SelectedSeries
{
    Labels labels;
    std::vector<Point> points; ///< time order
};

struct StoreStats
{
    qint64 series = 0;
    qint64 rawSamples = 0;
    qint64 minuteRollups = 0;
    qint64 hourRollups = 0;
    qint64 rejectedSamples = 0; ///< out of order or behind the rollup watermark
    qint64 segmentFiles = 0;
    qint64 diskBytes = 0;
};

using SeriesRef = quint32;

/**
 * The embedded time-series store (docs/metrics-store.md). Data lives in
 * memory (raw samples for the raw window, then 1-minute and 1-hour rollups)
 * and in append-only segment files under `<workspace>/metrics/`, replayed on
 * open. All methods are thread-safe.
 *
 * \code
 * auto store = Metrics::MetricsStore::open(workspaceDir);
 * if (!store) return store.error();
 * auto ref = (*store)->series({{u"__name__"_s, u"queue_depth"_s}, {u"queue"_s, u"deploy"_s}});
 * (*store)->append(*ref, QDateTime::currentMSecsSinceEpoch(), 12);
 * (*store)->flush();   // acknowledged: survives kill -9 from here on
 * \endcode
 */
class MetricsStore
{
public:
    enum class AppendStatus { Ok, OutOfOrder, UnknownSeries, ReadOnly };

    /**
     * Opens (creating) `<workspace>/metrics/` and replays its segments. One
     * process writes a store: the first to open it holds `metrics/LOCK` (an
     * flock, released when the process ends, even by kill -9). Another
     * process (opsctl beside the console) gets the store read-only: what
     * was flushed when it opened, no torn tail cut, no compaction, and
     * writes refused with Conflict (append: ReadOnly).
     */
    static Result<std::shared_ptr<MetricsStore>> open(const QString &workspace, StoreOptions options = {});
    /** Whether another process writes this store (see open()). */
    bool isReadOnly() const;
    ~MetricsStore();
    MetricsStore(const MetricsStore &) = delete;
    MetricsStore &operator=(const MetricsStore &) = delete;

    QString directory() const;
    /** What open() found damaged in the files (torn tails, corruption). */
    QList<RecoveryNote> recoveryNotes() const;

    /** The series for \a labels, created on first use; names must be valid and "__name__" set. */
    Result<SeriesRef> series(const Labels &labels);
    /**
     * Adds a sample. Timestamps must increase per series, and must not be
     * behind that series' 1-minute rollup watermark (about 5 minutes behind
     * the clock once compaction ran). Buffered until flush().
     */
    AppendStatus append(SeriesRef series, qint64 timestampMs, double value);
    /** Adds one sample per element at \a timestampMs (creating series); returns how many were rejected. */
    Result<int> appendAll(const QList<std::pair<Labels, double>> &samples, qint64 timestampMs);
    /** Writes everything buffered to the segment files: from then on it survives kill -9. */
    Result<> flush();
    /** Rolls completed buckets up, applies retention and deletes expired segment files. */
    Result<> compact();

    /**
     * The series whose labels satisfy \a match (restricted to metric \a name
     * when not empty) with their points in [fromMs, toMs] at \a resolution.
     * Older than the data kept at that resolution, coarser rollups fill in.
     */
    std::vector<SelectedSeries> select(const QString &name,
                                       const std::function<bool(const Labels &)> &match,
                                       qint64 fromMs, qint64 toMs, Resolution resolution) const;

    StoreStats stats() const;
    qint64 now() const;
    const StoreOptions &options() const;

private:
    struct Private;
    explicit MetricsStore(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace OpsDeck::Metrics
