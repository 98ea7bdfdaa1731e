// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/metrics/metricsstore.h"

#include "metricstr_p.h"
#include "segment_p.h"

#include <QDateTime>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <cmath>
#include <condition_variable>
#include <limits>
#include <mutex>
#include <shared_mutex>
#include <thread>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace OpsDeck::Metrics {

using namespace Internal;

namespace {

constexpr qint64 kNever = std::numeric_limits<qint64>::min();
/** A minute bucket closes this long after its end even if no newer sample came. */
constexpr qint64 kCloseGraceMs = 5 * kMinuteMs;

qint64 floorTo(qint64 ts, qint64 step)
{
    qint64 q = ts / step;
    if (ts % step < 0)
        --q;
    return q * step;
}

struct SeriesData
{
    Labels labels;
    QString name;
    std::vector<qint64> ts;
    std::vector<double> values;
    std::vector<Rollup> minutes;
    std::vector<Rollup> hours;
    qint64 lastTs = kNever;
    qint64 rolledMinute = kNever; ///< every raw sample before this is in `minutes`
    qint64 rolledHour = kNever;   ///< every minute bucket before this is in `hours`
};

struct FileEntry
{
    QString path;
    quint64 seq = 0;
    qint64 maxTs = kNever;
};

void fold(Rollup &r, const Rollup &in)
{
    r.min = std::min(r.min, in.min);
    r.max = std::max(r.max, in.max);
    r.sum += in.sum;
    r.count += in.count;
    if (in.lastTs >= r.lastTs) {
        r.lastTs = in.lastTs;
        r.last = in.last;
    }
}

Rollup single(qint64 start, qint64 ts, double v)
{
    return Rollup{start, ts, v, v, v, 1, v};
}

Point toPoint(const Rollup &r)
{
    return Point{r.lastTs, r.last, r.min, r.max, r.sum, r.count};
}

/** Raw samples from index \a from on, grouped into buckets of \a step. */
std::vector<Rollup> rollRaw(const SeriesData &s, std::size_t from, qint64 step, qint64 before)
{
    std::vector<Rollup> out;
    for (std::size_t i = from; i < s.ts.size() && s.ts[i] < before; ++i) {
        const qint64 start = floorTo(s.ts[i], step);
        if (out.empty() || out.back().start != start)
            out.push_back(single(start, s.ts[i], s.values[i]));
        else
            fold(out.back(), single(start, s.ts[i], s.values[i]));
    }
    return out;
}

std::vector<Rollup> rollUp(const std::vector<Rollup> &in, std::size_t from, qint64 step, qint64 before)
{
    std::vector<Rollup> out;
    for (std::size_t i = from; i < in.size() && in[i].start < before; ++i) {
        const qint64 start = floorTo(in[i].start, step);
        if (out.empty() || out.back().start != start) {
            Rollup r = in[i];
            r.start = start;
            out.push_back(r);
        } else {
            fold(out.back(), in[i]);
        }
    }
    return out;
}

std::size_t firstRawAtOrAfter(const SeriesData &s, qint64 ts)
{
    return std::size_t(std::lower_bound(s.ts.cbegin(), s.ts.cend(), ts) - s.ts.cbegin());
}

std::size_t firstRollupAtOrAfter(const std::vector<Rollup> &v, qint64 start)
{
    return std::size_t(std::lower_bound(v.cbegin(), v.cend(), start,
                                        [](const Rollup &r, qint64 t) { return r.start < t; })
                       - v.cbegin());
}

/** Every minute bucket of \a s: the stored ones and those still only in raw form. */
std::vector<Rollup> allMinutes(const SeriesData &s, qint64 fromStart)
{
    std::vector<Rollup> out(s.minutes.cbegin() + qsizetype(firstRollupAtOrAfter(s.minutes, fromStart)),
                            s.minutes.cend());
    const std::vector<Rollup> fresh = rollRaw(s, firstRawAtOrAfter(s, std::max(s.rolledMinute, fromStart)),
                                              kMinuteMs, std::numeric_limits<qint64>::max());
    out.insert(out.end(), fresh.cbegin(), fresh.cend());
    return out;
}

std::vector<Rollup> allHours(const SeriesData &s)
{
    std::vector<Rollup> out = s.hours;
    const std::vector<Rollup> minutes = allMinutes(s, s.rolledHour);
    const std::vector<Rollup> fresh = rollUp(minutes, 0, kHourMs, std::numeric_limits<qint64>::max());
    out.insert(out.end(), fresh.cbegin(), fresh.cend());
    return out;
}

void appendRollupPoints(std::vector<Point> &out, const std::vector<Rollup> &rollups, qint64 from,
                        qint64 to, qint64 before)
{
    for (const Rollup &r : rollups) {
        if (r.lastTs >= before)
            break;
        if (r.lastTs >= from && r.lastTs <= to)
            out.push_back(toPoint(r));
    }
}

} // namespace

QString StoreOptions::validate() const
{
    if (rawRetentionMs < kCloseGraceMs + kMinuteMs)
        return Tr::tr("rawRetentionMs: must be at least 6 minutes");
    if (minuteRetentionMs < kHourMs + kMinuteMs)
        return Tr::tr("minuteRetentionMs: must be at least 61 minutes");
    if (hourRetentionMs < kHourMs)
        return Tr::tr("hourRetentionMs: must be at least one hour");
    if (segmentBytes < 4096)
        return Tr::tr("segmentBytes: must be at least 4096");
    if (flushBytes < 1)
        return Tr::tr("flushBytes: must be positive");
    if (flushInterval.count() <= 0 || compactionInterval.count() <= 0)
        return Tr::tr("flushInterval, compactionInterval: must be positive");
    return {};
}

struct MetricsStore::Private
{
    QString dir;
    StoreOptions options;
    bool readOnly = false;
    int lockFd = -1;      ///< flock on metrics/LOCK while this process writes the store
    QList<RecoveryNote> notes;

    mutable std::shared_mutex lock;
    std::vector<std::unique_ptr<SeriesData>> series; // index = id; null for gaps
    QHash<QString, SeriesRef> byKey;
    QHash<QString, QList<SeriesRef>> byName;
    qint64 rejected = 0;

    SegmentWriter raw{QString(), SegmentKind::Raw};
    SegmentWriter minute{QString(), SegmentKind::Minute};
    SegmentWriter hour{QString(), SegmentKind::Hour};
    QList<FileEntry> rawFiles, minuteFiles, hourFiles; // closed files, oldest first

    std::mutex threadMutex;
    std::condition_variable wake;
    bool stopping = false;
    std::thread worker;

    qint64 now() const
    {
        return options.clock ? options.clock() : QDateTime::currentMSecsSinceEpoch();
    }

    void writeDefinitions(SegmentWriter &writer) const
    {
        for (std::size_t id = 0; id < series.size(); ++id) {
            if (series[id])
                writer.addSeries(quint32(id), series[id]->labels);
        }
    }

    Result<> flushWriter(SegmentWriter &writer, QList<FileEntry> &closed)
    {
        const QString before = writer.activePath();
        const qint64 maxTs = writer.activeMaxTs();
        auto result = writer.flush([this](SegmentWriter &w) { writeDefinitions(w); });
        if (!before.isEmpty() && writer.activePath() != before)
            closed.append({before, 0, maxTs}); // a failed write rotated it
        if (result && writer.activeBytes() >= options.segmentBytes) {
            closed.append({writer.activePath(), 0, writer.activeMaxTs()});
            writer.rotate();
        }
        return result;
    }

    Result<> flushLocked()
    {
        Result<> first;
        for (auto [writer, files] : {std::pair{&raw, &rawFiles}, std::pair{&minute, &minuteFiles},
                                     std::pair{&hour, &hourFiles}}) {
            auto r = flushWriter(*writer, *files);
            if (!r && first)
                first = r;
        }
        return first;
    }

    SeriesData *get(SeriesRef ref) const
    {
        return ref < series.size() ? series[ref].get() : nullptr;
    }

    void define(quint32 id, const Labels &labels)
    {
        if (id >= series.size())
            series.resize(id + 1);
        auto data = std::make_unique<SeriesData>();
        data->labels = labels;
        data->name = labels.value(nameLabel());
        byKey.insert(labelsKey(labels), id);
        byName[data->name].append(id);
        series[id] = std::move(data);
    }

    Result<> load();
    void replay(SegmentKind kind, QList<FileEntry> &files, SegmentWriter &writer);
    Result<> compactLocked();
    void run();
};

void MetricsStore::Private::replay(SegmentKind kind, QList<FileEntry> &files, SegmentWriter &writer)
{
    const QString prefix = segmentPrefix(kind);
    const QStringList names = QDir(dir).entryList({prefix + u"*.seg"}, QDir::Files, QDir::Name);
    quint64 nextSeq = 1;
    for (const QString &fileName : names) {
        bool ok = false;
        const quint64 seq = fileName.mid(prefix.size(), fileName.size() - prefix.size() - 4).toULongLong(&ok);
        if (!ok)
            continue;
        nextSeq = std::max(nextSeq, seq + 1);
        const QString path = dir + u'/' + fileName;
        auto note = [&](const QString &what) {
            notes.append({path, 0, 0, false, what});
        };
        QHash<quint32, bool> reportedUnknown;
        const auto read = readSegment(path, kind, !readOnly, [&](char type, const char *p, qsizetype n) {
            if (type == 'L') {
                if (n < 6)
                    return note(Tr::tr("a series definition is too short"));
                const quint32 id = getLE<quint32>(p);
                const int count = getLE<quint16>(p + 4);
                Labels labels;
                qsizetype at = 6;
                for (int i = 0; i < count; ++i) {
                    QString parts[2];
                    for (QString &part : parts) {
                        if (at + 2 > n)
                            return note(Tr::tr("series %1: its definition is cut short").arg(id));
                        const int len = getLE<quint16>(p + at);
                        at += 2;
                        if (at + len > n)
                            return note(Tr::tr("series %1: its definition is cut short").arg(id));
                        part = QString::fromUtf8(p + at, len);
                        at += len;
                    }
                    labels.insert(parts[0], parts[1]);
                }
                if (id < series.size() && series[id]) {
                    if (series[id]->labels != labels)
                        note(Tr::tr("series %1 is defined with other labels than before; the later definition is ignored").arg(id));
                    return;
                }
                if (byKey.contains(labelsKey(labels)))
                    return note(Tr::tr("series %1 repeats the labels of another id; ignored").arg(id));
                define(id, labels);
            } else if (type == 'S' && kind == SegmentKind::Raw) {
                for (qsizetype at = 0; at + kSampleBytes <= n; at += kSampleBytes) {
                    const quint32 id = getLE<quint32>(p + at);
                    SeriesData *s = get(id);
                    if (!s) {
                        if (!reportedUnknown.value(id))
                            note(Tr::tr("samples of the undefined series %1 are skipped").arg(id));
                        reportedUnknown.insert(id, true);
                        continue;
                    }
                    const qint64 ts = getLE<qint64>(p + at + 4);
                    if (ts <= s->lastTs)
                        continue;
                    s->ts.push_back(ts);
                    s->values.push_back(getLE<double>(p + at + 12));
                    s->lastTs = ts;
                }
            } else if (type == 'R' && kind != SegmentKind::Raw) {
                const qint64 step = kind == SegmentKind::Minute ? kMinuteMs : kHourMs;
                for (qsizetype at = 0; at + kRollupBytes <= n; at += kRollupBytes) {
                    const quint32 id = getLE<quint32>(p + at);
                    SeriesData *s = get(id);
                    if (!s)
                        continue;
                    Rollup r;
                    r.start = getLE<qint64>(p + at + 4);
                    r.lastTs = getLE<qint64>(p + at + 12);
                    r.min = getLE<double>(p + at + 20);
                    r.max = getLE<double>(p + at + 28);
                    r.sum = getLE<double>(p + at + 36);
                    r.count = getLE<double>(p + at + 44);
                    r.last = getLE<double>(p + at + 52);
                    auto &target = kind == SegmentKind::Minute ? s->minutes : s->hours;
                    qint64 &watermark = kind == SegmentKind::Minute ? s->rolledMinute : s->rolledHour;
                    if (!target.empty() && r.start <= target.back().start)
                        continue;
                    target.push_back(r);
                    watermark = std::max(watermark, r.start + step);
                }
            } else {
                note(Tr::tr("a record of unknown type %1 is skipped").arg(int(type)));
            }
        });
        notes.append(read.notes);
        if (QFileInfo::exists(path))
            files.append({path, seq, read.maxTs});
    }
    writer.setNextSequence(nextSeq);
}

Result<> MetricsStore::Private::load()
{
    if (!QDir().mkpath(dir)) {
        return fail(ErrorCode::Io, Tr::tr("Cannot create the metrics folder."), dir);
    }
    // One writer per store: a second process reads what was flushed.
    lockFd = ::open(QFile::encodeName(dir + QStringLiteral("/LOCK")).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (lockFd < 0)
        return fail(ErrorCode::Io, Tr::tr("Cannot create the metrics store's lock file."),
                    QStringLiteral("%1/LOCK: %2").arg(dir, QString::fromLocal8Bit(std::strerror(errno))));
    if (::flock(lockFd, LOCK_EX | LOCK_NB) != 0) {
        ::close(lockFd);
        lockFd = -1;
        readOnly = true;
    }
    raw = SegmentWriter(dir, SegmentKind::Raw);
    minute = SegmentWriter(dir, SegmentKind::Minute);
    hour = SegmentWriter(dir, SegmentKind::Hour);
    // Definitions are repeated in every kind; raw first so its ids win.
    replay(SegmentKind::Raw, rawFiles, raw);
    replay(SegmentKind::Minute, minuteFiles, minute);
    replay(SegmentKind::Hour, hourFiles, hour);
    for (auto &s : series) {
        // Raw samples already rolled up before the crash stay readable; the
        // watermark only moves forward.
        if (s && s->rolledMinute != kNever)
            s->lastTs = std::max(s->lastTs, s->rolledMinute - 1);
    }
    return {};
}

Result<> MetricsStore::Private::compactLocked()
{
    const qint64 t = now();
    const qint64 rawCutoff = t - options.rawRetentionMs;
    const qint64 minuteCutoff = t - options.minuteRetentionMs;
    const qint64 hourCutoff = t - options.hourRetentionMs;
    const qint64 closeByClock = floorTo(t - kCloseGraceMs, kMinuteMs);
    qint64 lowestMinuteMark = std::numeric_limits<qint64>::max();
    qint64 lowestHourMark = std::numeric_limits<qint64>::max();

    for (std::size_t id = 0; id < series.size(); ++id) {
        SeriesData *s = series[id].get();
        if (!s)
            continue;
        // 1. Minute buckets that can no longer change: before the bucket of
        //    the newest sample, or old enough by the clock.
        if (!s->ts.empty()) {
            const qint64 close = std::max(floorTo(s->lastTs, kMinuteMs), closeByClock);
            if (close > s->rolledMinute) {
                const auto fresh = rollRaw(*s, firstRawAtOrAfter(*s, s->rolledMinute), kMinuteMs, close);
                for (const Rollup &r : fresh) {
                    s->minutes.push_back(r);
                    minute.addRollup(quint32(id), r);
                }
                s->rolledMinute = close;
            }
        }
        // 2. Hour buckets whose minutes are all rolled.
        if (s->rolledMinute != kNever) {
            const qint64 close = floorTo(s->rolledMinute, kHourMs);
            if (close > s->rolledHour) {
                const auto fresh = rollUp(s->minutes, firstRollupAtOrAfter(s->minutes, s->rolledHour),
                                          kHourMs, close);
                for (const Rollup &r : fresh) {
                    s->hours.push_back(r);
                    hour.addRollup(quint32(id), r);
                }
                s->rolledHour = close;
            }
        }
        // 3. Retention in memory: only what a coarser level already holds.
        const std::size_t rawDrop = firstRawAtOrAfter(*s, std::min(rawCutoff, s->rolledMinute));
        if (rawDrop > 0) {
            s->ts.erase(s->ts.begin(), s->ts.begin() + qsizetype(rawDrop));
            s->values.erase(s->values.begin(), s->values.begin() + qsizetype(rawDrop));
        }
        const std::size_t minuteDrop = firstRollupAtOrAfter(s->minutes, std::min(minuteCutoff, s->rolledHour));
        if (minuteDrop > 0)
            s->minutes.erase(s->minutes.begin(), s->minutes.begin() + qsizetype(minuteDrop));
        const std::size_t hourDrop = firstRollupAtOrAfter(s->hours, hourCutoff);
        if (hourDrop > 0)
            s->hours.erase(s->hours.begin(), s->hours.begin() + qsizetype(hourDrop));
        lowestMinuteMark = std::min(lowestMinuteMark, s->rolledMinute);
        lowestHourMark = std::min(lowestHourMark, s->rolledHour);
    }
    auto result = flushLocked();

    // 4. Retention on disk: closed segments whose newest entry has expired and
    //    is held by the next level.
    auto expire = [this](QList<FileEntry> &files, qint64 cutoff, qint64 heldBefore) {
        for (auto it = files.begin(); it != files.end();) {
            if (it->maxTs < cutoff && it->maxTs < heldBefore) {
                if (!QFile::remove(it->path) && QFileInfo::exists(it->path))
                    qCWarning(lcMetrics) << "cannot delete expired segment" << it->path;
                it = files.erase(it);
            } else {
                ++it;
            }
        }
    };
    expire(rawFiles, rawCutoff, lowestMinuteMark);
    expire(minuteFiles, minuteCutoff, lowestHourMark);
    expire(hourFiles, hourCutoff, std::numeric_limits<qint64>::max());
    return result;
}

void MetricsStore::Private::run()
{
    auto nextCompaction = std::chrono::steady_clock::now();
    std::unique_lock guard(threadMutex);
    while (!stopping) {
        const auto now = std::chrono::steady_clock::now();
        guard.unlock();
        {
            std::unique_lock write(lock);
            Result<> r;
            if (now >= nextCompaction) {
                r = compactLocked();
                nextCompaction = now + options.compactionInterval;
            } else {
                r = flushLocked();
            }
            if (!r)
                qCWarning(lcMetrics) << r.error().toString();
        }
        guard.lock();
        wake.wait_for(guard, std::min<std::chrono::milliseconds>(options.flushInterval, options.compactionInterval),
                      [this] { return stopping; });
    }
}

MetricsStore::MetricsStore(std::unique_ptr<Private> p) : d(std::move(p)) {}

MetricsStore::~MetricsStore()
{
    if (d->worker.joinable()) {
        {
            std::lock_guard guard(d->threadMutex);
            d->stopping = true;
        }
        d->wake.notify_all();
        d->worker.join();
    }
    if (!d->readOnly) {
        std::unique_lock write(d->lock);
        if (auto r = d->flushLocked(); !r)
            qCWarning(lcMetrics) << r.error().toString();
    }
    if (d->lockFd >= 0)
        ::close(d->lockFd);
}

Result<std::shared_ptr<MetricsStore>> MetricsStore::open(const QString &workspace, StoreOptions options)
{
    if (const QString problem = options.validate(); !problem.isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("Invalid metrics store options."), problem);
    if (workspace.isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("No workspace folder was given."), QStringLiteral("workspace"));
    auto d = std::make_unique<Private>();
    d->dir = QDir(workspace).absoluteFilePath(QStringLiteral("metrics"));
    d->options = std::move(options);
    if (auto r = d->load(); !r)
        return r.error();
    for (const RecoveryNote &note : std::as_const(d->notes))
        qCWarning(lcMetrics).noquote() << note.file << "at byte" << note.offset << ":" << note.message;
    std::shared_ptr<MetricsStore> store(new MetricsStore(std::move(d)));
    if (store->d->options.backgroundThread && !store->d->readOnly)
        store->d->worker = std::thread([p = store->d.get()] { p->run(); });
    return store;
}

QString MetricsStore::directory() const { return d->dir; }
bool MetricsStore::isReadOnly() const { return d->readOnly; }

namespace {
Error readOnlyError(const QString &dir)
{
    return fail(ErrorCode::Conflict, Tr::tr("The metrics store is read-only here: another OpsDeck process writes it."),
                dir);
}
} // namespace
QList<RecoveryNote> MetricsStore::recoveryNotes() const { return d->notes; }
qint64 MetricsStore::now() const { return d->now(); }
const StoreOptions &MetricsStore::options() const { return d->options; }

Result<SeriesRef> MetricsStore::series(const Labels &labels)
{
    const QString name = labels.value(nameLabel());
    if (!isValidMetricName(name)) {
        return fail(ErrorCode::InvalidArgument, Tr::tr("Invalid metric name."),
                    Tr::tr("__name__ = \"%1\": letters, digits, '_' and ':', not starting with a digit").arg(name));
    }
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (it.key() != nameLabel() && !isValidLabelName(it.key())) {
            return fail(ErrorCode::InvalidArgument, Tr::tr("Invalid label name."),
                        Tr::tr("metric %1, label \"%2\": letters, digits and '_', not starting with a digit")
                            .arg(name, it.key()));
        }
    }
    if (d->readOnly)
        return readOnlyError(d->dir);
    const QString key = labelsKey(labels);
    {
        std::shared_lock read(d->lock);
        const auto it = d->byKey.constFind(key);
        if (it != d->byKey.cend())
            return *it;
    }
    std::unique_lock write(d->lock);
    const auto it = d->byKey.constFind(key);
    if (it != d->byKey.cend())
        return *it;
    const auto id = quint32(d->series.size());
    d->define(id, labels);
    // Each segment file names its own series: an open one gets the new
    // definition now, one opened later writes all definitions first.
    for (SegmentWriter *writer : {&d->raw, &d->minute, &d->hour}) {
        if (writer->isOpen())
            writer->addSeries(id, labels);
    }
    return id;
}

MetricsStore::AppendStatus MetricsStore::append(SeriesRef ref, qint64 timestampMs, double value)
{
    if (d->readOnly)
        return AppendStatus::ReadOnly;
    std::unique_lock write(d->lock);
    SeriesData *s = d->get(ref);
    if (!s)
        return AppendStatus::UnknownSeries;
    if (timestampMs <= s->lastTs || timestampMs < s->rolledMinute) {
        ++d->rejected;
        return AppendStatus::OutOfOrder;
    }
    s->ts.push_back(timestampMs);
    s->values.push_back(value);
    s->lastTs = timestampMs;
    d->raw.addSample(ref, timestampMs, value);
    if (d->raw.pendingBytes() >= d->options.flushBytes) {
        if (auto r = d->flushWriter(d->raw, d->rawFiles); !r)
            qCWarning(lcMetrics) << r.error().toString();
    }
    return AppendStatus::Ok;
}

Result<int> MetricsStore::appendAll(const QList<std::pair<Labels, double>> &samples, qint64 timestampMs)
{
    int rejected = 0;
    for (const auto &[labels, value] : samples) {
        auto ref = series(labels);
        if (!ref)
            return ref.error();
        if (append(*ref, timestampMs, value) != AppendStatus::Ok)
            ++rejected;
    }
    return rejected;
}

Result<> MetricsStore::flush()
{
    if (d->readOnly)
        return readOnlyError(d->dir);
    std::unique_lock write(d->lock);
    return d->flushLocked();
}

Result<> MetricsStore::compact()
{
    if (d->readOnly)
        return readOnlyError(d->dir);
    std::unique_lock write(d->lock);
    return d->compactLocked();
}

std::vector<SelectedSeries> MetricsStore::select(const QString &name,
                                                 const std::function<bool(const Labels &)> &match,
                                                 qint64 fromMs, qint64 toMs, Resolution resolution) const
{
    std::vector<SelectedSeries> out;
    std::shared_lock read(d->lock);
    QList<SeriesRef> candidates;
    if (!name.isEmpty()) {
        candidates = d->byName.value(name);
    } else {
        for (std::size_t id = 0; id < d->series.size(); ++id) {
            if (d->series[id])
                candidates.append(SeriesRef(id));
        }
    }
    for (const SeriesRef id : std::as_const(candidates)) {
        const SeriesData *s = d->get(id);
        if (!s || (match && !match(s->labels)))
            continue;
        SelectedSeries selected;
        selected.labels = s->labels;
        std::vector<Point> &points = selected.points;
        // Coarse levels only fill in before the finer level's oldest data.
        constexpr qint64 kEnd = std::numeric_limits<qint64>::max();
        const qint64 rawFrom = s->ts.empty() ? kEnd : s->ts.front();
        const qint64 minuteFrom = s->minutes.empty() ? rawFrom : s->minutes.front().lastTs;
        if (resolution == Resolution::Hour || fromMs < minuteFrom)
            appendRollupPoints(points, allHours(*s), fromMs, toMs,
                               resolution == Resolution::Hour ? kEnd : minuteFrom);
        if (resolution == Resolution::Minute || (resolution == Resolution::Raw && fromMs < rawFrom))
            appendRollupPoints(points, allMinutes(*s, floorTo(fromMs, kMinuteMs)), fromMs, toMs,
                               resolution == Resolution::Minute ? kEnd : rawFrom);
        if (resolution == Resolution::Raw) {
            for (std::size_t i = firstRawAtOrAfter(*s, fromMs); i < s->ts.size() && s->ts[i] <= toMs; ++i) {
                const double v = s->values[i];
                points.push_back(Point{s->ts[i], v, v, v, v, 1});
            }
        }
        out.push_back(std::move(selected));
    }
    return out;
}

StoreStats MetricsStore::stats() const
{
    StoreStats st;
    std::shared_lock read(d->lock);
    for (const auto &s : d->series) {
        if (!s)
            continue;
        ++st.series;
        st.rawSamples += qint64(s->ts.size());
        st.minuteRollups += qint64(s->minutes.size());
        st.hourRollups += qint64(s->hours.size());
    }
    st.rejectedSamples = d->rejected;
    const QFileInfoList files = QDir(d->dir).entryInfoList({QStringLiteral("*.seg")}, QDir::Files);
    st.segmentFiles = files.size();
    for (const QFileInfo &f : files)
        st.diskBytes += f.size();
    return st;
}

} // namespace OpsDeck::Metrics
