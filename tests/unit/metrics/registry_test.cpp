// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "metricstestutil.h"

#include <opsdeck/metrics/exposition.h>
#include <opsdeck/metrics/registry.h>

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace OpsDeck;
using namespace OpsDeck::Metrics;
using namespace OpsDeck::Metrics::Test;

TEST(Registry, UpdatesFromManyThreadsAddUpExactly)
{
    Registry registry;
    auto counter = registry.counter(u"ops_total"_s, u"Operations."_s, {u"kind"_s});
    auto gauge = registry.gauge(u"depth"_s, u"Queue depth."_s);
    auto histogram = registry.histogram(u"latency_seconds"_s, u"Latency."_s, {0.1, 1, 10});
    ASSERT_TRUE(counter.ok() && gauge.ok() && histogram.ok());
    Counter &reads = (*counter)->with({u"read"_s});
    Gauge &depth = (*gauge)->with();
    Histogram &latency = (*histogram)->with();

    constexpr int kThreads = 4;
    constexpr int kPerThread = 100'000;
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < kPerThread; ++i) {
                reads.inc();
                depth.inc();
                depth.dec();
                latency.observe((i % 4) * 1.0 + t * 0.0); // 0, 1, 2, 3
            }
        });
    }
    for (auto &thread : threads)
        thread.join();

    EXPECT_EQ(reads.value(), double(kThreads * kPerThread));
    EXPECT_EQ(depth.value(), 0.0);
    const HistogramData h = latency.data();
    ASSERT_EQ(h.cumulativeCounts.size(), 4);
    // le=0.1 gets the 0s, le=1 adds the 1s, le=10 adds 2s and 3s.
    EXPECT_EQ(h.cumulativeCounts[0], quint64(kThreads * kPerThread / 4));
    EXPECT_EQ(h.cumulativeCounts[1], quint64(kThreads * kPerThread / 2));
    EXPECT_EQ(h.cumulativeCounts[2], quint64(kThreads * kPerThread));
    EXPECT_EQ(h.cumulativeCounts[3], quint64(kThreads * kPerThread));
    EXPECT_EQ(h.count, quint64(kThreads * kPerThread));
    EXPECT_DOUBLE_EQ(h.sum, kThreads * (kPerThread / 4) * 6.0);
}

TEST(Registry, CounterIgnoresNegativeAmounts)
{
    Registry registry;
    Counter &c = (*registry.counter(u"c_total"_s, u"h"_s))->with();
    c.inc(2.5);
    c.inc(-1);
    EXPECT_EQ(c.value(), 2.5);
}

TEST(Registry, BadNamesAreRefusedNamingTheCulprit)
{
    Registry registry;
    auto badName = registry.counter(u"9lives"_s, u"h"_s);
    ASSERT_FALSE(badName.ok());
    EXPECT_EQ(badName.error().code, ErrorCode::InvalidArgument);
    EXPECT_TRUE(badName.error().detail.contains(u"9lives"_s)) << text(badName.error());

    auto badLabel = registry.gauge(u"ok_name"_s, u"h"_s, {u"bad-label"_s});
    ASSERT_FALSE(badLabel.ok());
    EXPECT_TRUE(badLabel.error().detail.contains(u"bad-label"_s)) << text(badLabel.error());

    auto reservedLe = registry.histogram(u"h_seconds"_s, u"h"_s, {1}, {u"le"_s});
    ASSERT_FALSE(reservedLe.ok());

    auto unsorted = registry.histogram(u"h2_seconds"_s, u"h"_s, {1, 0.5});
    ASSERT_FALSE(unsorted.ok());
    EXPECT_TRUE(unsorted.error().detail.contains(u"bucket 2"_s)) << text(unsorted.error());
}

TEST(Registry, SameNameReturnsTheSameFamilyOrConflicts)
{
    Registry registry;
    auto first = registry.counter(u"jobs_total"_s, u"Jobs."_s, {u"queue"_s});
    auto again = registry.counter(u"jobs_total"_s, u"Jobs."_s, {u"queue"_s});
    ASSERT_TRUE(first.ok() && again.ok());
    EXPECT_EQ(*first, *again);
    (*first)->with({u"deploy"_s}).inc(3);
    EXPECT_EQ((*again)->with({u"deploy"_s}).value(), 3.0);

    auto asGauge = registry.gauge(u"jobs_total"_s, u"Jobs."_s, {u"queue"_s});
    ASSERT_FALSE(asGauge.ok());
    EXPECT_EQ(asGauge.error().code, ErrorCode::AlreadyExists);
    auto otherLabels = registry.counter(u"jobs_total"_s, u"Jobs."_s, {u"pool"_s});
    ASSERT_FALSE(otherLabels.ok());
}

TEST(Registry, WrongNumberOfLabelValuesIsPaddedNotCrashed)
{
    Registry registry;
    auto family = registry.counter(u"x_total"_s, u"h"_s, {u"a"_s, u"b"_s});
    ASSERT_TRUE(family.ok());
    (*family)->with({u"only-a"_s}).inc();
    (*family)->with({u"1"_s, u"2"_s, u"3"_s}).inc();
    const auto snapshot = registry.snapshot();
    ASSERT_EQ(snapshot.size(), 1);
    ASSERT_EQ(snapshot[0].series.size(), 2);
    for (const SeriesSnapshot &s : snapshot[0].series)
        EXPECT_EQ(s.labels.keys(), (QStringList{u"a"_s, u"b"_s}));
}

namespace {

/** A sample line of the text format, parsed by the grammar (not by our writer). */
struct ParsedLine
{
    QString name;
    Labels labels;
    QString value;
};

QString unescape(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\\' && i + 1 < text.size()) {
            const QChar e = text[++i];
            out += e == u'n' ? QChar(u'\n') : e;
        } else {
            out += text[i];
        }
    }
    return out;
}

std::optional<ParsedLine> parseLine(const QString &line)
{
    static const QRegularExpression sample(
        uR"re(^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{((?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*",?)*)\})? (\S+)$)re"_s);
    static const QRegularExpression pair(uR"re(([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)")re"_s);
    const auto m = sample.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    ParsedLine out{m.captured(1), {}, m.captured(3)};
    auto it = pair.globalMatch(m.captured(2));
    while (it.hasNext()) {
        const auto p = it.next();
        out.labels.insert(p.captured(1), unescape(p.captured(2)));
    }
    return out;
}

} // namespace

TEST(Exposition, FormatsEveryTypeAndParsesBack)
{
    Registry registry;
    (*registry.counter(u"requests_total"_s, u"Requests\nserved \\ total."_s, {u"path"_s}))
        ->with({u"/a \"quoted\"\nline\\"_s})
        .inc(7);
    (*registry.gauge(u"temperature"_s, u"Temp."_s))->with().set(-1.5);
    Histogram &h = (*registry.histogram(u"rt_seconds"_s, u"RT."_s, {0.5, 1}))->with();
    h.observe(0.2);
    h.observe(0.7);
    h.observe(3);

    const QString text = QString::fromUtf8(formatExposition(registry.snapshot()));
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    EXPECT_TRUE(lines.contains(u"# HELP requests_total Requests\\nserved \\\\ total."_s)) << text.toStdString();
    EXPECT_TRUE(lines.contains(u"# TYPE requests_total counter"_s));
    EXPECT_TRUE(lines.contains(u"# TYPE temperature gauge"_s));
    EXPECT_TRUE(lines.contains(u"# TYPE rt_seconds histogram"_s));

    QMap<QString, QString> values;
    for (const QString &line : lines) {
        if (line.startsWith(u'#'))
            continue;
        const auto parsed = parseLine(line);
        ASSERT_TRUE(parsed.has_value()) << "not a valid sample line: " << line.toStdString();
        if (parsed->name == u"requests_total") {
            EXPECT_EQ(parsed->labels.value(u"path"_s), u"/a \"quoted\"\nline\\"_s);
        }
        values.insert(parsed->name + u'|' + parsed->labels.value(u"le"_s), parsed->value);
    }
    EXPECT_EQ(values.value(u"requests_total|"_s), u"7"_s);
    EXPECT_EQ(values.value(u"temperature|"_s), u"-1.5"_s);
    EXPECT_EQ(values.value(u"rt_seconds_bucket|0.5"_s), u"1"_s);
    EXPECT_EQ(values.value(u"rt_seconds_bucket|1"_s), u"2"_s);
    EXPECT_EQ(values.value(u"rt_seconds_bucket|+Inf"_s), u"3"_s);
    EXPECT_EQ(values.value(u"rt_seconds_count|"_s), u"3"_s);
    EXPECT_DOUBLE_EQ(values.value(u"rt_seconds_sum|"_s).toDouble(), 3.9);
    // HELP and TYPE come before the family's samples.
    EXPECT_LT(lines.indexOf(u"# TYPE rt_seconds histogram"_s),
              lines.indexOf(QRegularExpression(u"^rt_seconds_bucket.*"_s)));
}

TEST(Exposition, SpecialValues)
{
    EXPECT_EQ(formatValue(std::numeric_limits<double>::infinity()), QByteArray("+Inf"));
    EXPECT_EQ(formatValue(-std::numeric_limits<double>::infinity()), QByteArray("-Inf"));
    EXPECT_EQ(formatValue(std::numeric_limits<double>::quiet_NaN()), QByteArray("NaN"));
    EXPECT_EQ(formatValue(0.1), QByteArray("0.1"));
    EXPECT_EQ(formatValue(1e21), QByteArray("1e+21"));
}

// Prometheus' own parser and linter on our output (Debian's prometheus
// package brings promtool; the test is skipped where it is not installed).
TEST(Exposition, PromtoolAcceptsIt)
{
    const QString promtool = QStandardPaths::findExecutable(u"promtool"_s);
    if (promtool.isEmpty())
        GTEST_SKIP() << "promtool is not installed";
    Registry registry;
    (*registry.counter(u"opsdeck_requests_total"_s, u"Requests \\ served,\nby path."_s, {u"path"_s, u"code"_s}))
        ->with({u"/a \"b\"\nc\\"_s, u"200"_s})
        .inc(3);
    (*registry.gauge(u"opsdeck_queue_depth"_s, u"Jobs waiting."_s))->with().set(-2.5e-7);
    Histogram &h = (*registry.histogram(u"opsdeck_job_duration_seconds"_s, u"Job run time."_s, {0.5, 1, 60},
                                        {u"pool"_s}))->with({u"default"_s});
    h.observe(0.1);
    h.observe(100);
    (*registry.gauge(u"opsdeck_ratio"_s, u"A ratio."_s))->with().set(std::numeric_limits<double>::infinity());

    QProcess check;
    check.start(promtool, {u"check"_s, u"metrics"_s});
    ASSERT_TRUE(check.waitForStarted());
    const QByteArray text = formatExposition(registry.snapshot());
    check.write(text);
    check.closeWriteChannel();
    ASSERT_TRUE(check.waitForFinished(20'000));
    EXPECT_EQ(check.exitCode(), 0) << check.readAllStandardOutput().toStdString()
                                   << check.readAllStandardError().toStdString() << "\n--- input:\n"
                                   << text.toStdString();
}
