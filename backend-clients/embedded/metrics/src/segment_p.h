// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Segment files (docs/metrics-store.md): a 16-byte header, then records of
//   u32 payload length | u32 CRC-32 of the payload | payload
// little-endian. The payload's first byte is its type:
//   'L' series definition: u32 id, u16 label count, (u16 len, UTF-8)×2 per label
//   'S' raw samples:       (u32 id, i64 ms, f64 value) repeated
//   'R' rollups:           (u32 id, i64 bucket start, i64 last ms, f64 min, max,
//                           sum, count, last) repeated
// Every segment starts with the definitions of all series known when it was
// opened, so an old segment can be deleted without losing a name.

#include "opsdeck/metrics/labels.h"
#include "opsdeck/metrics/metricsstore.h"

#include <opsdeck/api/result.h>

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <algorithm>
#include <cstring>
#include <functional>
#include <limits>
#include <memory>

namespace OpsDeck::Metrics::Internal {

enum class SegmentKind : quint8 { Raw = 1, Minute = 2, Hour = 3 };

inline constexpr int kSegmentHeaderSize = 16;
inline constexpr int kRecordHeaderSize = 8;
inline constexpr qsizetype kSampleBytes = 4 + 8 + 8;
inline constexpr qsizetype kRollupBytes = 4 + 8 + 8 + 5 * 8;
/** Records are sealed at this size, so a torn write loses little. */
inline constexpr qsizetype kMaxRecordPayload = 64 * 1024;
/** A length beyond this is damage, not data. */
inline constexpr quint32 kMaxSaneRecord = 16 * 1024 * 1024;

struct Rollup
{
    qint64 start = 0;  ///< bucket start (ms, aligned to the resolution)
    qint64 lastTs = 0; ///< time of the newest sample folded in
    double min = 0;
    double max = 0;
    double sum = 0;
    double count = 0;
    double last = 0;
};

QString segmentPrefix(SegmentKind kind);

/** Appends records to the active segment of one kind; buffers until flush(). */
class SegmentWriter
{
public:
    SegmentWriter(QString dir, SegmentKind kind) : m_dir(std::move(dir)), m_kind(kind) {}

    void setNextSequence(quint64 seq) { m_nextSeq = seq; }
    void addSeries(quint32 id, const Labels &labels);
    void addSample(quint32 id, qint64 ts, double value);
    void addRollup(quint32 id, const Rollup &rollup);
    /** Bytes buffered, not yet written. */
    qsizetype pendingBytes() const { return m_pending.size() + m_open.size(); }
    bool isOpen() const { return bool(m_file); }
    bool hasData() const { return pendingBytes() > 0; }
    /**
     * Writes the buffer to the active segment, opening a new one first when
     * there is none (\a writeDefinitions then adds every series' definition).
     */
    Result<> flush(const std::function<void(SegmentWriter &)> &writeDefinitions);
    /** Closes the active segment; the next flush opens a new one. */
    void rotate();
    qint64 activeBytes() const { return m_file ? m_written : 0; }
    QString activePath() const { return m_file ? m_file->fileName() : QString(); }
    qint64 activeMaxTs() const { return m_activeMaxTs; }

private:
    void seal();
    QString m_dir;
    SegmentKind m_kind;
    quint64 m_nextSeq = 1;
    std::unique_ptr<QFile> m_file;
    qint64 m_written = 0;
    qint64 m_activeMaxTs = std::numeric_limits<qint64>::min();
    QByteArray m_pending; // sealed records
    QByteArray m_open;    // the record being filled
    char m_openType = 0;
};

/** What one segment's replay found. */
struct SegmentReadResult
{
    QList<RecoveryNote> notes;
    qint64 maxTs = std::numeric_limits<qint64>::min();
};

/**
 * Reads every intact record of \a path in order. A damaged last record (cut
 * short, or a bad checksum with nothing after it) is a torn tail: it is
 * reported and, when \a truncateTornTail, cut off. Damage followed by more
 * data is reported as corruption and the file is left as it is.
 */
SegmentReadResult readSegment(const QString &path, SegmentKind kind, bool truncateTornTail,
                              const std::function<void(char type, const char *data, qsizetype size)> &onRecord);

template<typename T>
inline void putLE(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    std::memcpy(bytes, &value, sizeof(T));
    if constexpr (Q_BYTE_ORDER == Q_BIG_ENDIAN)
        std::reverse(bytes, bytes + sizeof(T));
    out.append(bytes, sizeof(T));
}

template<typename T>
inline T getLE(const char *data)
{
    char bytes[sizeof(T)];
    std::memcpy(bytes, data, sizeof(T));
    if constexpr (Q_BYTE_ORDER == Q_BIG_ENDIAN)
        std::reverse(bytes, bytes + sizeof(T));
    T value;
    std::memcpy(&value, bytes, sizeof(T));
    return value;
}

} // namespace OpsDeck::Metrics::Internal
