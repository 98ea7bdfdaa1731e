// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "memorymetricssource.h"

#include "mockhealth.h"

#include <QMutex>
#include <QMutexLocker>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace OpsDeck::Test {

using Backend::MetricSeries;
using Backend::RangeQuery;
using Backend::Sample;

namespace {

struct Matcher
{
    QString label;
    bool equal = true;
    QString value;
};

struct Selector
{
    QString name;
    QList<Matcher> matchers;

    bool matches(const MetricSeries &series) const
    {
        if (series.labels.value(QStringLiteral("__name__")) != name)
            return false;
        return std::all_of(matchers.cbegin(), matchers.cend(), [&series](const Matcher &m) {
            return (series.labels.value(m.label) == m.value) == m.equal;
        });
    }
};

// A small recursive-descent reader for `name{label="value", ...}`.
class SelectorParser
{
public:
    explicit SelectorParser(const QString &text)
        : m_text(text)
    {}

    Result<Selector> parse()
    {
        Selector selector;
        skipSpace();
        if (atEnd())
            return error(QStringLiteral("expected a metric name"));
        selector.name = identifier(true);
        if (selector.name.isEmpty())
            return error(u"unexpected \"%1\", expected a metric name"_s.arg(m_text.at(m_pos)));
        skipSpace();
        if (!atEnd() && peek() == u'{') {
            ++m_pos;
            skipSpace();
            while (!atEnd() && peek() != u'}') {
                Matcher matcher;
                matcher.label = identifier(false);
                if (matcher.label.isEmpty())
                    return error(QStringLiteral("expected a label name"));
                skipSpace();
                if (!atEnd() && peek() == u'=') {
                    ++m_pos;
                } else if (m_text.mid(m_pos, 2) == u"!=") {
                    matcher.equal = false;
                    m_pos += 2;
                } else {
                    return error(QStringLiteral("expected \"=\" or \"!=\""));
                }
                skipSpace();
                auto value = quoted();
                if (!value)
                    return value.error();
                matcher.value = *value;
                selector.matchers.append(matcher);
                skipSpace();
                if (!atEnd() && peek() == u',') {
                    ++m_pos;
                    skipSpace();
                } else if (atEnd() || peek() != u'}') {
                    return error(QStringLiteral("expected \",\" or \"}\""));
                }
            }
            if (atEnd())
                return error(QStringLiteral("unexpected end of input inside braces"));
            ++m_pos; // '}'
            skipSpace();
        }
        if (!atEnd())
            return error(u"unexpected \"%1\""_s.arg(peek()));
        return selector;
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return m_text.at(m_pos); }
    void skipSpace()
    {
        while (!atEnd() && peek().isSpace())
            ++m_pos;
    }

    QString identifier(bool allowColon)
    {
        const qsizetype start = m_pos;
        auto isStart = [allowColon](QChar c) {
            return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_'
                   || (allowColon && c == u':');
        };
        if (atEnd() || !isStart(peek()))
            return {};
        ++m_pos;
        while (!atEnd() && (isStart(peek()) || (peek() >= u'0' && peek() <= u'9')))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }

    Result<QString> quoted()
    {
        if (atEnd() || (peek() != u'"' && peek() != u'\''))
            return error(QStringLiteral("expected a quoted label value"));
        const qsizetype open = m_pos;
        const QChar quote = peek();
        QString out;
        for (++m_pos; !atEnd(); ++m_pos) {
            const QChar c = peek();
            if (c == u'\\' && m_pos + 1 < m_text.size()) {
                const QChar next = m_text.at(++m_pos);
                out.append(next == u'n' ? QChar(u'\n') : next == u't' ? QChar(u'\t') : next);
            } else if (c == quote) {
                ++m_pos;
                return out;
            } else {
                out.append(c);
            }
        }
        m_pos = open;
        return error(QStringLiteral("unterminated quoted string"));
    }

    Error error(const QString &what) const
    {
        return fail(ErrorCode::Parse, QStringLiteral("The metrics expression cannot be read."),
                    u"1:%1: %2"_s.arg(m_pos + 1).arg(what));
    }

    const QString &m_text;
    qsizetype m_pos = 0;
};

QString labelKey(const MetricSeries &series)
{
    QString key;
    for (auto it = series.labels.cbegin(); it != series.labels.cend(); ++it)
        key += it.key() + u'\x1f' + it.value() + u'\x1e';
    return key;
}

void sortSeries(QList<MetricSeries> &series)
{
    std::sort(series.begin(), series.end(), [](const MetricSeries &a, const MetricSeries &b) {
        return labelKey(a) < labelKey(b);
    });
}

Error invalidArgument(const QString &message, const QString &detail)
{
    return fail(ErrorCode::InvalidArgument, message, detail);
}

} // namespace

struct MemoryMetricsSource::State
{
    QMutex mutex;
    QList<MetricSeries> series;
};

MemoryMetricsSource::MemoryMetricsSource(const QString &displayName,
                                         const QList<MetricSeries> &series, QObject *parent)
    : IMetricsSource(parent)
    , m_displayName(displayName)
    , m_state(std::make_shared<State>())
{
    m_pool.setMaxThreadCount(4);
    setSeries(series);
    setHealthState(Reliability::HealthState::Healthy);
}

MemoryMetricsSource::~MemoryMetricsSource()
{
    m_pool.waitForDone();
}

QString MemoryMetricsSource::displayName() const
{
    return m_displayName;
}

void MemoryMetricsSource::setHealthState(Reliability::HealthState state, const QString &message)
{
    setHealth(mockHealthReport(state, QStringLiteral("memory-metrics"), message));
}

void MemoryMetricsSource::setSeries(const QList<MetricSeries> &series)
{
    QList<MetricSeries> sorted = series;
    for (MetricSeries &s : sorted) {
        std::stable_sort(s.samples.begin(), s.samples.end(), [](const Sample &a, const Sample &b) {
            return a.timestampMs < b.timestampMs;
        });
    }
    sortSeries(sorted);
    QMutexLocker lock(&m_state->mutex);
    m_state->series = std::move(sorted);
}

QFuture<Result<QList<MetricSeries>>> MemoryMetricsSource::instant(const QString &expression,
                                                                  const QDateTime &at)
{
    return QtConcurrent::run(
        &m_pool, [state = m_state, expression, at]() -> Result<QList<MetricSeries>> {
            const QString text = expression;
            const auto selector = SelectorParser(text).parse();
            if (!selector)
                return selector.error();
            const qint64 atMs
                = (at.isValid() ? at : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
            QList<MetricSeries> out;
            QMutexLocker lock(&state->mutex);
            for (const MetricSeries &series : std::as_const(state->series)) {
                if (!selector->matches(series))
                    continue;
                // Samples are sorted: the last one at or before `at` comes just before
                // the first one after it.
                const auto after
                    = std::upper_bound(series.samples.cbegin(), series.samples.cend(), atMs,
                                       [](qint64 t, const Sample &s) { return t < s.timestampMs; });
                if (after == series.samples.cbegin())
                    continue;
                out.append(MetricSeries{series.labels, {*std::prev(after)}});
            }
            return out;
        });
}

QFuture<Result<QList<MetricSeries>>> MemoryMetricsSource::range(const RangeQuery &query)
{
    return QtConcurrent::run(&m_pool, [state = m_state, query]() -> Result<QList<MetricSeries>> {
        const QString text = query.expression;
        const auto selector = SelectorParser(text).parse();
        if (!selector)
            return selector.error();
        if (!query.start.isValid())
            return invalidArgument(QStringLiteral("The range needs a start."),
                                   QStringLiteral("start"));
        if (!query.end.isValid())
            return invalidArgument(QStringLiteral("The range needs an end."),
                                   QStringLiteral("end"));
        if (query.start >= query.end) {
            return invalidArgument(QStringLiteral("The range must start before it ends."),
                                   QStringLiteral("start must be before end"));
        }
        if (query.step.count() <= 0) {
            return invalidArgument(QStringLiteral("The step must be positive."),
                                   u"step: %1 ms"_s.arg(query.step.count()));
        }
        const qint64 startMs = query.start.toMSecsSinceEpoch();
        const qint64 endMs = query.end.toMSecsSinceEpoch();
        QList<MetricSeries> out;
        QMutexLocker lock(&state->mutex);
        for (const MetricSeries &series : std::as_const(state->series)) {
            if (!selector->matches(series))
                continue;
            MetricSeries inRange{series.labels, {}};
            for (const Sample &sample : series.samples) {
                if (sample.timestampMs >= startMs && sample.timestampMs <= endMs)
                    inRange.samples.append(sample);
            }
            if (!inRange.samples.isEmpty())
                out.append(std::move(inRange));
        }
        return out;
    });
}

} // namespace OpsDeck::Test
