// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// The alert history file: survives a reopen, a crash in the middle of a
// write (torn last line) and damage in the middle, and stays bounded.
#include "alertstestutil.h"

#include <opsdeck/alerts/history.h>

#include <testsupport.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace OpsDeck::Alerts::Test {
namespace {

Transition alertTransition(int i, AlertState from, AlertState to)
{
    Transition t;
    t.at = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000 + i * 15'000, Qt::UTC);
    t.rule = u"QueueDepthHigh"_s;
    t.labels = {{u"queue"_s, u"deploy"_s}, {u"n"_s, QString::number(i)}};
    t.severity = Severity::Warning;
    t.from = from;
    t.to = to;
    t.value = 50 + i;
    t.message = u"%1 jobs are waiting"_s.arg(50 + i);
    return t;
}

void expectSame(const Transition &a, const Transition &b)
{
    EXPECT_EQ(a.kind, b.kind);
    EXPECT_EQ(a.at, b.at);
    EXPECT_EQ(a.rule, b.rule);
    EXPECT_EQ(a.labels, b.labels);
    EXPECT_EQ(a.severity, b.severity);
    EXPECT_EQ(a.from, b.from);
    EXPECT_EQ(a.to, b.to);
    EXPECT_EQ(a.healthFrom, b.healthFrom);
    EXPECT_EQ(a.healthTo, b.healthTo);
    EXPECT_DOUBLE_EQ(a.value, b.value);
    EXPECT_EQ(a.message, b.message);
}

TEST(AlertHistory, SurvivesReopen)
{
    QTemporaryDir dir;
    const QString path = AlertHistory::historyPath(dir.path());
    QList<Transition> written{alertTransition(0, AlertState::Inactive, AlertState::Pending),
                              alertTransition(1, AlertState::Pending, AlertState::Firing)};
    Transition health;
    health.kind = Transition::Kind::Rule;
    health.at = QDateTime::fromMSecsSinceEpoch(1'800'000'100'000, Qt::UTC);
    health.rule = u"ApiLatencyHigh"_s;
    health.healthFrom = RuleHealth::Ok;
    health.healthTo = RuleHealth::Error;
    health.message = u"1:6: expected a range vector"_s;
    written << health;
    {
        auto h = AlertHistory::open(path);
        ASSERT_TRUE(h.ok()) << errorOf(h);
        ASSERT_TRUE((*h)->append(written).ok());
    }
    auto h = AlertHistory::open(path);
    ASSERT_TRUE(h.ok()) << errorOf(h);
    EXPECT_TRUE((*h)->openProblems().isEmpty());
    QList<HistoryProblem> problems;
    const auto read = (*h)->read(0, &problems);
    ASSERT_TRUE(read.ok()) << errorOf(read);
    EXPECT_TRUE(problems.isEmpty());
    ASSERT_EQ(read->size(), written.size());
    for (qsizetype i = 0; i < written.size(); ++i)
        expectSame(read->at(i), written.at(i));
    // One line per transition.
    EXPECT_EQ(OpsDeck::Test::readAll(path).count('\n'), written.size());
    // limit keeps the newest.
    const auto last = (*h)->read(1);
    ASSERT_EQ(last->size(), 1);
    EXPECT_EQ(last->at(0).rule, u"ApiLatencyHigh"_s);
}

TEST(AlertHistory, TornTailIsCutOffAndReported)
{
    QTemporaryDir dir;
    const QString path = AlertHistory::historyPath(dir.path());
    {
        auto h = AlertHistory::open(path);
        ASSERT_TRUE(h.ok());
        ASSERT_TRUE((*h)->append({alertTransition(0, AlertState::Inactive, AlertState::Pending),
                                  alertTransition(1, AlertState::Pending, AlertState::Firing)})
                        .ok());
    }
    const QByteArray whole = OpsDeck::Test::readAll(path);
    // What a crash in the middle of the third write leaves behind.
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::Append));
    file.write(R"({"at":"2027-01-15T08:00:30.000Z","kind":"alert","rule":"Que)");
    file.close();

    auto h = AlertHistory::open(path);
    ASSERT_TRUE(h.ok()) << errorOf(h);
    const QList<HistoryProblem> problems = (*h)->openProblems();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.at(0).tornTail);
    EXPECT_EQ(problems.at(0).line, 3);
    EXPECT_EQ(problems.at(0).offset, whole.size());
    EXPECT_TRUE(problems.at(0).message.contains(u"cut short"_s)) << problems.at(0).message.toStdString();
    EXPECT_EQ(OpsDeck::Test::readAll(path), whole);

    // The next entry starts on a line of its own and everything reads back.
    ASSERT_TRUE((*h)->append({alertTransition(2, AlertState::Firing, AlertState::Resolved)}).ok());
    QList<HistoryProblem> readProblems;
    const auto read = (*h)->read(0, &readProblems);
    ASSERT_TRUE(read.ok());
    EXPECT_TRUE(readProblems.isEmpty());
    ASSERT_EQ(read->size(), 3);
    EXPECT_EQ(read->at(2).to, AlertState::Resolved);
}

TEST(AlertHistory, DamageInTheMiddleIsReportedNotRewritten)
{
    QTemporaryDir dir;
    const QString path = AlertHistory::historyPath(dir.path());
    {
        auto h = AlertHistory::open(path);
        ASSERT_TRUE((*h)->append({alertTransition(0, AlertState::Inactive, AlertState::Pending)}).ok());
    }
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::Append));
    file.write("this is not json\n");
    file.write(R"({"at":"2027-01-15T08:00:30.000Z","kind":"alert","rule":"X","from":"pending","to":"exploded","severity":"page"})"
               "\n");
    file.close();
    {
        auto h = AlertHistory::open(path);
        ASSERT_TRUE((*h)->append({alertTransition(3, AlertState::Firing, AlertState::Resolved)}).ok());
    }
    const QByteArray before = OpsDeck::Test::readAll(path);
    auto h = AlertHistory::open(path);
    ASSERT_TRUE(h.ok());
    EXPECT_TRUE((*h)->openProblems().isEmpty());
    QList<HistoryProblem> problems;
    const auto read = (*h)->read(0, &problems);
    ASSERT_TRUE(read.ok());
    ASSERT_EQ(read->size(), 2);
    ASSERT_EQ(problems.size(), 2);
    EXPECT_EQ(problems.at(0).line, 2);
    EXPECT_FALSE(problems.at(0).tornTail);
    EXPECT_EQ(problems.at(1).line, 3);
    EXPECT_TRUE(problems.at(1).message.contains(u"to: expected an alert state"_s)) << problems.at(1).message.toStdString();
    EXPECT_EQ(OpsDeck::Test::readAll(path), before);
}

TEST(AlertHistory, RotatesBySizeAndKeepsTheNewest)
{
    QTemporaryDir dir;
    const QString path = AlertHistory::historyPath(dir.path());
    HistoryOptions options;
    options.maxBytes = 2048;
    options.keepRotated = 2;
    auto h = AlertHistory::open(path, options);
    ASSERT_TRUE(h.ok()) << errorOf(h);
    const int count = 200;
    for (int i = 0; i < count; ++i)
        ASSERT_TRUE((*h)->append({alertTransition(i, AlertState::Pending, AlertState::Firing)}).ok());
    const QFileInfoList files = QDir(QFileInfo(path).absolutePath()).entryInfoList(QDir::Files, QDir::Name);
    QStringList names;
    for (const QFileInfo &f : files) {
        names << f.fileName();
        EXPECT_LE(f.size(), options.maxBytes) << f.fileName().toStdString();
    }
    EXPECT_EQ(names, (QStringList{u"history.1.jsonl"_s, u"history.2.jsonl"_s, u"history.jsonl"_s}));
    const auto read = (*h)->read();
    ASSERT_TRUE(read.ok());
    ASSERT_GT(read->size(), 0);
    ASSERT_LT(read->size(), count);   // the oldest went with the rotation
    // In order, ending with the last one written, no gaps.
    EXPECT_EQ(read->constLast().labels.value(u"n"_s), QString::number(count - 1));
    for (qsizetype i = 1; i < read->size(); ++i)
        EXPECT_EQ(read->at(i).labels.value(u"n"_s).toInt(), read->at(i - 1).labels.value(u"n"_s).toInt() + 1);
}

TEST(AlertHistory, RefusesOptionsThatMakeNoSense)
{
    QTemporaryDir dir;
    HistoryOptions options;
    options.maxBytes = 10;
    const auto h = AlertHistory::open(AlertHistory::historyPath(dir.path()), options);
    ASSERT_FALSE(h.ok());
    EXPECT_TRUE(h.error().detail.startsWith(u"maxBytes: "_s)) << text(h.error());
}

} // namespace
} // namespace OpsDeck::Alerts::Test
