// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "segment_p.h"

#include "crc32_p.h"
#include "metricstr_p.h"

namespace OpsDeck::Metrics::Internal {

namespace {
constexpr char kMagic[8] = {'O', 'D', 'M', 'S', 'E', 'G', '1', '\n'};

QByteArray segmentHeader(SegmentKind kind)
{
    QByteArray header(kMagic, sizeof kMagic);
    header.append(char(kind));
    header.append(kSegmentHeaderSize - header.size(), '\0');
    return header;
}
} // namespace

QString segmentPrefix(SegmentKind kind)
{
    switch (kind) {
    case SegmentKind::Raw:
        return QStringLiteral("raw-");
    case SegmentKind::Minute:
        return QStringLiteral("1m-");
    case SegmentKind::Hour:
        return QStringLiteral("1h-");
    }
    return QStringLiteral("unknown-");
}

void SegmentWriter::seal()
{
    if (m_open.isEmpty())
        return;
    putLE<quint32>(m_pending, quint32(m_open.size()));
    putLE<quint32>(m_pending, crc32(m_open.constData(), std::size_t(m_open.size())));
    m_pending.append(m_open);
    m_open.clear();
    m_openType = 0;
}

void SegmentWriter::addSeries(quint32 id, const Labels &labels)
{
    seal();
    m_open.append('L');
    putLE<quint32>(m_open, id);
    putLE<quint16>(m_open, quint16(labels.size()));
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        for (const QString &text : {it.key(), it.value()}) {
            const QByteArray utf8 = text.toUtf8().left(0xffff);
            putLE<quint16>(m_open, quint16(utf8.size()));
            m_open.append(utf8);
        }
    }
    seal();
}

void SegmentWriter::addSample(quint32 id, qint64 ts, double value)
{
    if (m_openType != 'S') {
        seal();
        m_open.reserve(kMaxRecordPayload + kSampleBytes + 1);
        m_open.append('S');
        m_openType = 'S';
    }
    char bytes[kSampleBytes];
    if constexpr (Q_BYTE_ORDER == Q_LITTLE_ENDIAN) {
        std::memcpy(bytes, &id, 4);
        std::memcpy(bytes + 4, &ts, 8);
        std::memcpy(bytes + 12, &value, 8);
        m_open.append(bytes, kSampleBytes);
    } else {
        putLE(m_open, id);
        putLE(m_open, ts);
        putLE(m_open, value);
    }
    if (ts > m_activeMaxTs)
        m_activeMaxTs = ts;
    if (m_open.size() >= kMaxRecordPayload)
        seal();
}

void SegmentWriter::addRollup(quint32 id, const Rollup &r)
{
    if (m_openType != 'R') {
        seal();
        m_open.append('R');
        m_openType = 'R';
    }
    putLE(m_open, id);
    putLE(m_open, r.start);
    putLE(m_open, r.lastTs);
    for (double v : {r.min, r.max, r.sum, r.count, r.last})
        putLE(m_open, v);
    if (r.start > m_activeMaxTs)
        m_activeMaxTs = r.start;
    if (m_open.size() >= kMaxRecordPayload)
        seal();
}

void SegmentWriter::rotate()
{
    m_file.reset();
    m_written = 0;
    m_activeMaxTs = std::numeric_limits<qint64>::min();
}

Result<> SegmentWriter::flush(const std::function<void(SegmentWriter &)> &writeDefinitions)
{
    seal();
    if (m_pending.isEmpty())
        return {};
    if (!m_file) {
        // Definitions go first in a new segment: keep what is buffered and
        // put it behind them.
        QByteArray buffered = std::move(m_pending);
        m_pending.clear();
        const qint64 keepMax = m_activeMaxTs;
        writeDefinitions(*this);
        seal();
        m_pending.append(buffered);
        m_activeMaxTs = keepMax;
        const QString path = m_dir + u'/' + segmentPrefix(m_kind)
                             + QStringLiteral("%1.seg").arg(m_nextSeq, 8, 10, QLatin1Char('0'));
        auto file = std::make_unique<QFile>(path);
        if (!file->open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered)) {
            return fail(ErrorCode::Io, Tr::tr("Cannot create a metrics segment file."),
                        QStringLiteral("%1: %2").arg(path, file->errorString()));
        }
        ++m_nextSeq;
        const QByteArray header = segmentHeader(m_kind);
        if (file->write(header) != header.size()) {
            return fail(ErrorCode::Io, Tr::tr("Cannot write a metrics segment file."),
                        QStringLiteral("%1: %2").arg(path, file->errorString()));
        }
        m_written = header.size();
        m_file = std::move(file);
    }
    // One write call: a kill -9 can only cut the data at the end of the file.
    const qint64 written = m_file->write(m_pending);
    if (written != m_pending.size()) {
        const QString detail = QStringLiteral("%1: %2").arg(m_file->fileName(), m_file->errorString());
        // Keep what was not written; the part that was becomes a torn tail
        // the next open reports, so rotate to a fresh file.
        m_pending = written > 0 ? m_pending.mid(written) : m_pending;
        rotate();
        return fail(ErrorCode::Io, Tr::tr("Cannot write a metrics segment file."), detail);
    }
    m_written += written;
    m_pending.clear();
    return {};
}

SegmentReadResult readSegment(const QString &path, SegmentKind kind, bool truncateTornTail,
                              const std::function<void(char, const char *, qsizetype)> &onRecord)
{
    SegmentReadResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.notes.append({path, 0, 0, false, Tr::tr("cannot be read: %1").arg(file.errorString())});
        return result;
    }
    const QByteArray data = file.readAll();
    file.close();
    const QByteArray expected = segmentHeader(kind);
    if (data.size() < kSegmentHeaderSize) {
        // A crash between creating the file and writing its header.
        result.notes.append({path, 0, data.size(), true, Tr::tr("the header is cut short")});
        if (truncateTornTail)
            QFile::remove(path);
        return result;
    }
    if (data.left(kSegmentHeaderSize) != expected) {
        result.notes.append({path, 0, 0, false, Tr::tr("not a metrics segment of this kind (bad header)")});
        return result;
    }
    qsizetype pos = kSegmentHeaderSize;
    const qsizetype size = data.size();
    while (pos < size) {
        QString problem;
        bool tail = false;
        qsizetype length = 0;
        if (size - pos < kRecordHeaderSize) {
            problem = Tr::tr("a record header is cut short");
            tail = true;
        } else {
            length = qsizetype(getLE<quint32>(data.constData() + pos));
            const quint32 crc = getLE<quint32>(data.constData() + pos + 4);
            if (length == 0 || quint32(length) > kMaxSaneRecord) {
                problem = Tr::tr("a record has an impossible length %1").arg(length);
                tail = false;
            } else if (pos + kRecordHeaderSize + length > size) {
                problem = Tr::tr("a record is cut short (%1 of %2 bytes)")
                              .arg(size - pos - kRecordHeaderSize).arg(length);
                tail = true;
            } else if (crc32(data.constData() + pos + kRecordHeaderSize, std::size_t(length)) != crc) {
                problem = Tr::tr("a record fails its checksum");
                tail = pos + kRecordHeaderSize + length == size;
            }
        }
        if (!problem.isEmpty()) {
            result.notes.append({path, pos, size - pos, tail,
                                 tail ? Tr::tr("torn tail: %1").arg(problem)
                                      : Tr::tr("corrupt: %1; the rest of the file is skipped").arg(problem)});
            if (tail && truncateTornTail) {
                QFile out(path);
                if (!out.resize(pos))
                    result.notes.last().message += u' ' + Tr::tr("(could not cut it off: %1)").arg(out.errorString());
            }
            break;
        }
        const char *payload = data.constData() + pos + kRecordHeaderSize;
        if (payload[0] == 'S') {
            for (qsizetype at = 1; at + kSampleBytes <= length; at += kSampleBytes)
                result.maxTs = std::max(result.maxTs, getLE<qint64>(payload + at + 4));
        } else if (payload[0] == 'R') {
            for (qsizetype at = 1; at + kRollupBytes <= length; at += kRollupBytes)
                result.maxTs = std::max(result.maxTs, getLE<qint64>(payload + at + 4));
        }
        onRecord(payload[0], payload + 1, length - 1);
        pos += kRecordHeaderSize + length;
    }
    return result;
}

} // namespace OpsDeck::Metrics::Internal
