// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "metricssourcecontract.h"

#include <QRegularExpression>

#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace OpsDeck::Test {

using Backend::MetricSeries;
using Backend::RangeQuery;
using Backend::Sample;

GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(MetricsSourceContract);

namespace {

constexpr int kStepSeconds = 15;
constexpr int kSamples = 40; // 10 minutes

MetricSeries makeSeries(const QString &name, const QString &host, qint64 startMs, double base)
{
    MetricSeries series;
    series.labels = {{u"__name__"_s, name}, {u"host"_s, host}, {u"job"_s, u"node"_s}};
    for (int i = 0; i < kSamples; ++i)
        series.samples.append(Sample{startMs + i * kStepSeconds * 1000LL, base + i});
    return series;
}

QStringList hostsOf(const QList<MetricSeries> &series)
{
    QStringList out;
    for (const MetricSeries &s : series)
        out.append(s.labels.value(u"host"_s));
    out.sort();
    return out;
}

} // namespace

void MetricsSourceContract::SetUp()
{
    ASSERT_TRUE(m_scratch.isValid());
    const qint64 stepMs = kStepSeconds * 1000LL;
    m_startMs = (QDateTime::currentMSecsSinceEpoch() - 3600 * 1000LL) / stepMs * stepMs;
    m_seed = {makeSeries(u"cpu_usage"_s, u"a"_s, m_startMs, 10),
              makeSeries(u"cpu_usage"_s, u"b"_s, m_startMs, 500),
              makeSeries(u"mem_bytes"_s, u"a"_s, m_startMs, 1e9)};
    m_source = GetParam().make(m_scratch.path(), m_seed);
    ASSERT_NE(m_source, nullptr);
}

void MetricsSourceContract::TearDown()
{
    m_source.reset();
}

std::optional<double> MetricsSourceContract::storedValueAt(const QMap<QString, QString> &labels,
                                                           qint64 timestampMs) const
{
    for (const MetricSeries &series : m_seed) {
        if (series.labels != labels)
            continue;
        std::optional<double> value;
        for (const Sample &s : series.samples) {
            if (s.timestampMs <= timestampMs)
                value = s.value;
        }
        return value;
    }
    return std::nullopt;
}

RangeQuery MetricsSourceContract::rangeQuery(const QString &expression, int fromSeconds,
                                             int toSeconds) const
{
    RangeQuery q;
    q.expression = expression;
    q.start = at(fromSeconds);
    q.end = at(toSeconds);
    q.step = std::chrono::seconds(kStepSeconds);
    return q;
}

// --- rule 7 ---------------------------------------------------------------

TEST_P(MetricsSourceContract, IsUsableAfterConstruction)
{
    EXPECT_EQ(m_source->capability(), Backend::Capability::MetricsSource);
    EXPECT_FALSE(m_source->displayName().isEmpty());
    EXPECT_NE(m_source->health().state, Reliability::HealthState::Unhealthy);
}

// --- rule 4 ---------------------------------------------------------------

TEST_P(MetricsSourceContract, RangeBoundsAreValidated)
{
    struct Case
    {
        const char *what;
        RangeQuery query;
    };
    QList<Case> cases;
    cases.append({"start == end", rangeQuery(u"cpu_usage"_s, 60, 60)});
    cases.append({"start > end", rangeQuery(u"cpu_usage"_s, 120, 60)});
    RangeQuery noStart = rangeQuery(u"cpu_usage"_s, 60, 120);
    noStart.start = QDateTime();
    cases.append({"invalid start", noStart});
    RangeQuery noEnd = rangeQuery(u"cpu_usage"_s, 60, 120);
    noEnd.end = QDateTime();
    cases.append({"invalid end", noEnd});
    RangeQuery zeroStep = rangeQuery(u"cpu_usage"_s, 60, 120);
    zeroStep.step = std::chrono::milliseconds(0);
    cases.append({"step 0", zeroStep});
    RangeQuery negativeStep = rangeQuery(u"cpu_usage"_s, 60, 120);
    negativeStep.step = std::chrono::milliseconds(-15000);
    cases.append({"negative step", negativeStep});

    for (const Case &c : std::as_const(cases)) {
        const auto result = await(m_source->range(c.query));
        ASSERT_FALSE(result.ok()) << c.what << " was accepted";
        EXPECT_EQ(result.error().code, ErrorCode::InvalidArgument)
            << c.what << ": " << describe(result.error());
    }
}

// --- rules 1, 2, 5 --------------------------------------------------------

TEST_P(MetricsSourceContract, RangeReturnsOrderedSamplesInsideTheRange)
{
    // Bounds between stored samples, so inclusive/exclusive ends do not matter.
    const RangeQuery q = rangeQuery(u"cpu_usage"_s, 62, 298);
    const auto result = await(m_source->range(q));
    ASSERT_TRUE(result.ok()) << errorText(result);
    EXPECT_EQ(hostsOf(*result), (QStringList{u"a"_s, u"b"_s}));
    const qint64 startMs = q.start.toMSecsSinceEpoch();
    const qint64 endMs = q.end.toMSecsSinceEpoch();
    for (const MetricSeries &series : *result) {
        EXPECT_EQ(series.labels.value(u"__name__"_s), u"cpu_usage"_s);
        ASSERT_FALSE(series.samples.isEmpty())
            << "no samples for host " << series.labels.value(u"host"_s).toStdString();
        qint64 previous = std::numeric_limits<qint64>::min();
        for (const Sample &sample : series.samples) {
            EXPECT_GE(sample.timestampMs, startMs);
            EXPECT_LE(sample.timestampMs, endMs);
            EXPECT_GT(sample.timestampMs, previous) << "samples out of time order";
            previous = sample.timestampMs;
            const auto stored = storedValueAt(series.labels, sample.timestampMs);
            ASSERT_TRUE(stored.has_value()) << "a sample before any stored one";
            EXPECT_DOUBLE_EQ(sample.value, *stored) << "at " << sample.timestampMs;
        }
    }
}

// --- rule 2 ---------------------------------------------------------------

TEST_P(MetricsSourceContract, LabelMatcherNarrowsTheSelection)
{
    const auto result = await(m_source->range(rangeQuery(u"cpu_usage{host=\"b\"}"_s, 0, 600)));
    ASSERT_TRUE(result.ok()) << errorText(result);
    ASSERT_EQ(result->size(), 1);
    EXPECT_EQ(result->first().labels.value(u"host"_s), u"b"_s);
    EXPECT_EQ(result->first().labels.value(u"__name__"_s), u"cpu_usage"_s);
    EXPECT_FALSE(result->first().samples.isEmpty());

    const auto instant
        = await(m_source->instant(u"cpu_usage{host=\"a\", job=\"node\"}"_s, at(300)));
    ASSERT_TRUE(instant.ok()) << errorText(instant);
    EXPECT_EQ(hostsOf(*instant), QStringList{u"a"_s});
}

TEST_P(MetricsSourceContract, UnknownMetricSelectsNothing)
{
    const auto range = await(m_source->range(rangeQuery(u"no_such_metric"_s, 0, 600)));
    ASSERT_TRUE(range.ok()) << errorText(range);
    EXPECT_TRUE(range->isEmpty());
    const auto instant = await(m_source->instant(u"cpu_usage{host=\"zzz\"}"_s, at(300)));
    ASSERT_TRUE(instant.ok()) << errorText(instant);
    EXPECT_TRUE(instant->isEmpty());
}

// --- rule 3 ---------------------------------------------------------------

TEST_P(MetricsSourceContract, MalformedExpressionIsParseErrorWithPosition)
{
    static const QRegularExpression position(u"^\\d+:\\d+:"_s);
    for (const QString &expression : {u"cpu_usage{host=\"a\""_s, u"cpu_usage{host=}"_s, u"{{"_s}) {
        const auto instant = await(m_source->instant(expression, at(300)));
        ASSERT_FALSE(instant.ok()) << expression.toStdString() << " was accepted";
        EXPECT_EQ(instant.error().code, ErrorCode::Parse) << describe(instant.error());
        EXPECT_TRUE(position.match(instant.error().detail).hasMatch()) << describe(instant.error());

        const auto range = await(m_source->range(rangeQuery(expression, 0, 600)));
        ASSERT_FALSE(range.ok()) << expression.toStdString() << " was accepted";
        EXPECT_EQ(range.error().code, ErrorCode::Parse) << describe(range.error());
    }
}

// --- rule 6 ---------------------------------------------------------------

TEST_P(MetricsSourceContract, InstantTakesTheLatestSampleAtOrBefore)
{
    const QDateTime between = at(100); // stored samples at 90 s and 105 s
    const auto result = await(m_source->instant(u"cpu_usage"_s, between));
    ASSERT_TRUE(result.ok()) << errorText(result);
    ASSERT_EQ(hostsOf(*result), (QStringList{u"a"_s, u"b"_s}));
    for (const MetricSeries &series : *result) {
        ASSERT_EQ(series.samples.size(), 1);
        const Sample &sample = series.samples.first();
        EXPECT_DOUBLE_EQ(sample.value, *storedValueAt(series.labels, between.toMSecsSinceEpoch()));
        EXPECT_GE(sample.timestampMs, at(90).toMSecsSinceEpoch());
        EXPECT_LE(sample.timestampMs, between.toMSecsSinceEpoch());
    }

    const auto exact = await(m_source->instant(u"mem_bytes"_s, at(105))); // at a stored sample
    ASSERT_TRUE(exact.ok()) << errorText(exact);
    ASSERT_EQ(exact->size(), 1);
    ASSERT_EQ(exact->first().samples.size(), 1);
    EXPECT_DOUBLE_EQ(exact->first().samples.first().value, 1e9 + 7);

    const auto before = await(m_source->instant(u"cpu_usage"_s, at(-60)));
    ASSERT_TRUE(before.ok()) << errorText(before);
    EXPECT_TRUE(before->isEmpty()) << "a series with no sample before `at` was returned";
}

} // namespace OpsDeck::Test
