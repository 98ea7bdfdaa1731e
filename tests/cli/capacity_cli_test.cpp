// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// `opsctl capacity` and `opsctl metrics` as scripts use them: the example
// scenario planned as text, JSON, Markdown and CSV; --set; bad files and bad
// values named with their place; the simulator's determinism by seed; a
// metrics query against a server that is not there.
#include "clifixture.h"

#include <QFile>
#include <QJsonArray>
#include <QTcpServer>

using namespace OpsDeck::Test;
using namespace Qt::StringLiterals;

namespace {

class CapacityCli : public Cli
{
protected:
    QString writeFile(const QString &name, const QByteArray &text)
    {
        QFile f(path(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
        return f.fileName();
    }
    QString example()
    {
        const ProcessRun r = opsctl({u"capacity"_s, u"plan"_s, u"--example"_s});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return writeFile(u"example.yaml"_s, r.out.toUtf8());
    }
    static QJsonObject output(const QJsonObject &plan, const QString &name)
    {
        for (const QJsonValue &v : plan.value(u"outputs"_s).toArray()) {
            if (v.toObject().value(u"name"_s).toString() == name)
                return v.toObject();
        }
        ADD_FAILURE() << "no output " << name.toStdString();
        return {};
    }
};

TEST_F(CapacityCli, TheExamplePlansToTheSeedsNumbersWithUnitsAndFormulas)
{
    const QString file = example();
    const ProcessRun r = opsctl({u"capacity"_s, u"plan"_s, file, u"--json"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject plan = json(r);
    const QJsonObject peak = output(plan, u"traffic.peak_rate"_s);
    EXPECT_NEAR(peak.value(u"value"_s).toDouble(), 1.157, 0.001);
    EXPECT_EQ(peak.value(u"unit"_s).toString(), u"/s"_s);
    EXPECT_FALSE(peak.value(u"formula"_s).toString().isEmpty());
    const QJsonObject replicated = output(plan, u"storage.replicated_total"_s);
    EXPECT_DOUBLE_EQ(replicated.value(u"value"_s).toDouble(), 90);
    EXPECT_EQ(replicated.value(u"unit"_s).toString(), u"TB"_s);
    EXPECT_DOUBLE_EQ(output(plan, u"compute.total_vcpu"_s).value(u"value"_s).toDouble(), 200);
    // The seed's own contradiction is found, with its arithmetic.
    bool little = false;
    for (const QJsonValue &f : plan.value(u"findings"_s).toArray())
        little = little || f.toObject().value(u"id"_s).toString().contains(u"little"_s);
    EXPECT_TRUE(little) << r.out.toStdString();

    const ProcessRun md = opsctl({u"capacity"_s, u"plan"_s, file, u"--markdown"_s});
    ASSERT_EQ(md.exitCode, 0);
    EXPECT_TRUE(md.out.contains(u"| traffic.events_per_day"_s) || md.out.contains(u"traffic.events_per_day"_s));
    EXPECT_TRUE(md.out.contains(u"traffic.average_rate × traffic.peak_factor"_s)) << md.out.left(2000).toStdString();
    const ProcessRun csv = opsctl({u"capacity"_s, u"plan"_s, file, u"--csv"_s});
    ASSERT_EQ(csv.exitCode, 0);
    EXPECT_TRUE(csv.out.startsWith(u"name,"_s)) << csv.out.left(200).toStdString();
    const ProcessRun text = opsctl({u"capacity"_s, u"plan"_s, file});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(u"CONTRADICTION"_s));
}

TEST_F(CapacityCli, SetOverridesAnInputAndABadValueIsNamed)
{
    const QString file = example();
    const ProcessRun r = opsctl({u"capacity"_s, u"plan"_s, file, u"--json"_s, u"--set"_s,
                                 u"traffic.events_per_day=20000 /day"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_NEAR(output(json(r), u"traffic.peak_rate"_s).value(u"value"_s).toDouble(), 2.315, 0.001);

    const ProcessRun bad = opsctl({u"capacity"_s, u"plan"_s, file, u"--set"_s, u"storage.retention=-3 d"_s});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(u"storage.retention"_s)) << bad.err.toStdString();
    EXPECT_TRUE(bad.out.isEmpty()) << "no half a plan on a bad input";
    const ProcessRun unknown = opsctl({u"capacity"_s, u"plan"_s, file, u"--set"_s, u"nonsense"_s});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(u"nonsense"_s)) << unknown.err.toStdString();
}

TEST_F(CapacityCli, BadScenarioFilesSayFileLineColumnAndInput)
{
    const QString zero = writeFile(u"zero.yaml"_s, "name: z\ninputs:\n  traffic:\n    events_per_day: \"0 /day\"\n"
                                                   "    peak_factor: \"10\"\n");
    ProcessRun r = opsctl({u"capacity"_s, u"plan"_s, zero});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"zero.yaml:4:"_s)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"traffic.events_per_day"_s)) << r.err.toStdString();

    const QString broken = writeFile(u"broken.yaml"_s, "name: b\ninputs:\n  traffic: [unclosed\n");
    r = opsctl({u"capacity"_s, u"plan"_s, broken});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"broken.yaml:"_s)) << r.err.toStdString();

    const QString garbage = writeFile(u"garbage.yaml"_s, QByteArray("\x00\xff\xfe garbage", 11));
    r = opsctl({u"capacity"_s, u"plan"_s, garbage});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_FALSE(r.err.isEmpty());

    r = opsctl({u"capacity"_s, u"plan"_s, path(u"missing.yaml"_s)});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"no such file"_s)) << r.err.toStdString();
    r = opsctl({u"capacity"_s, u"plan"_s, zero, u"--markdown"_s, u"--csv"_s});
    EXPECT_EQ(r.exitCode, 2);
}

TEST_F(CapacityCli, TheSimulatorRepeatsItselfForOneSeedAndNotForAnother)
{
    const QString file = example();
    const QStringList args{u"capacity"_s, u"simulate"_s, file, u"diurnal:low=0.05,high=0.15"_s,
                           u"--duration"_s, u"2h"_s, u"--step"_s, u"10s"_s, u"--csv"_s};
    const ProcessRun a = opsctl(args + QStringList{u"--seed"_s, u"7"_s});
    const ProcessRun b = opsctl(args + QStringList{u"--seed"_s, u"7"_s});
    const ProcessRun c = opsctl(args + QStringList{u"--seed"_s, u"8"_s});
    ASSERT_EQ(a.exitCode, 0) << a.err.toStdString();
    EXPECT_EQ(a.out.count(u'\n'), 1 + 720) << "a header and one row per 10 s step of 2 h";
    EXPECT_EQ(a.out, b.out);
    EXPECT_NE(a.out, c.out);

    const ProcessRun summary = opsctl({u"capacity"_s, u"simulate"_s, file, u"constant:rate=0.1"_s, u"--duration"_s,
                                       u"1h"_s, u"--json"_s});
    ASSERT_EQ(summary.exitCode, 0) << summary.err.toStdString();
    const QJsonObject s = json(summary);
    EXPECT_GT(s.value(u"arrived"_s).toDouble(), 200) << "0.1/s for an hour is about 360 arrivals";
    EXPECT_LT(s.value(u"arrived"_s).toDouble(), 520);
    EXPECT_EQ(s.value(u"steps"_s).toArray().size(), 3600);

    const QString csv = writeFile(u"load.csv"_s, "time_s,arrivals_per_s\n0,0.1\n600,abc\n");
    const ProcessRun bad = opsctl({u"capacity"_s, u"simulate"_s, file, csv});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(u"load.csv:3"_s)) << bad.err.toStdString();
    const ProcessRun shape = opsctl({u"capacity"_s, u"simulate"_s, file, u"zigzag:x=1"_s});
    EXPECT_EQ(shape.exitCode, 1);
    EXPECT_TRUE(shape.err.contains(u"zigzag"_s)) << shape.err.toStdString();
}

TEST_F(CapacityCli, AMetricsQueryReadsTheWorkspacesStoreAndNamesAParseErrorsColumn)
{
    const QString ws = path(u"ws"_s);
    ASSERT_EQ(opsctl({u"--workspace"_s, ws, u"workspace"_s, u"init"_s}).exitCode, 0);
    ProcessRun r = opsctl({u"--workspace"_s, ws, u"metrics"_s, u"query"_s, u"opsdeck_pipeline_queue_depth"_s});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"No series."_s)) << r.out.toStdString();
    r = opsctl({u"--workspace"_s, ws, u"metrics"_s, u"query"_s, u"sum(rate(x[5m])"_s, u"--range"_s, u"1h"_s});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"1:"_s)) << "the column of the parse error: " << r.err.toStdString();
    r = opsctl({u"--workspace"_s, ws, u"--json"_s, u"metrics"_s, u"query"_s, u"up"_s, u"--range"_s, u"15m"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(json(r).value(u"series"_s).isArray());
}

TEST_F(CapacityCli, ADemoWorkspaceHasTheSeedsScenariosThatPlan)
{
    const QString ws = path(u"demo"_s);
    ASSERT_EQ(opsctl({u"--workspace"_s, ws, u"workspace"_s, u"init"_s, u"--demo"_s}).exitCode, 0);
    // Opening the workspace's backends once writes the demo's scenarios.
    ASSERT_EQ(opsctl({u"--workspace"_s, ws, u"metrics"_s, u"query"_s, u"up"_s}).exitCode, 0);
    for (const QString &name : {u"seed-cicd.yaml"_s, u"seed-logs.yaml"_s}) {
        const QString file = ws + u"/capacity/scenarios/"_s + name;
        ASSERT_TRUE(QFile::exists(file)) << file.toStdString();
        const ProcessRun r = opsctl({u"capacity"_s, u"plan"_s, file, u"--json"_s});
        EXPECT_EQ(r.exitCode, 0) << name.toStdString() << ": " << r.err.toStdString();
        EXPECT_FALSE(json(r).value(u"outputs"_s).toArray().isEmpty());
    }
    // A scenario the user deleted stays deleted.
    ASSERT_TRUE(QFile::remove(ws + u"/capacity/scenarios/seed-logs.yaml"_s));
    ASSERT_EQ(opsctl({u"--workspace"_s, ws, u"metrics"_s, u"query"_s, u"up"_s}).exitCode, 0);
    EXPECT_FALSE(QFile::exists(ws + u"/capacity/scenarios/seed-logs.yaml"_s));
}

TEST_F(CapacityCli, AMetricsQueryToAPrometheusThatIsNotThereSaysSo)
{
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    const ProcessRun r = opsctl({u"metrics"_s, u"query"_s, u"up"_s, u"--source"_s, u"prometheus"_s, u"--url"_s,
                                 u"http://127.0.0.1:%1"_s.arg(port)});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(u"127.0.0.1:%1"_s.arg(port))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"refused"_s, Qt::CaseInsensitive)) << r.err.toStdString();
    const ProcessRun usage = opsctl({u"metrics"_s, u"query"_s, u"up"_s, u"--step"_s, u"15s"_s});
    EXPECT_EQ(usage.exitCode, 2);
    EXPECT_TRUE(usage.err.contains(u"--range"_s)) << usage.err.toStdString();
}

} // namespace
