// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// `opsctl logs` as scripts use it: real files, real syslog from util-linux
// `logger` over UDP and TCP, a second process tailing the first.
#include "clifixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStandardPaths>

#include <csignal>
#include <ostream>

using namespace OpsDeck::Test;
using namespace Qt::StringLiterals;

QT_BEGIN_NAMESPACE
// Readable failure messages for QString comparisons.
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
QT_END_NAMESPACE

namespace {

class LogsCli : public Cli
{
protected:
    void SetUp() override
    {
        Cli::SetUp();
        m_ws = path(u"ws"_s);
    }

    /** A log file of \a n lines stamped over the last hour, every 10th an error with a request id. */
    QString writeLog(const QString &name, int n)
    {
        QByteArray data;
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
        for (int i = 0; i < n; ++i) {
            const QString ts = start.addMSecs(qint64(i) * 3600'000 / n).toString(Qt::ISODateWithMs);
            if (i % 10 == 0)
                data += u"%1 web-1 api[42]: ERROR payment failed request_id=req-%2\n"_s.arg(ts).arg(i).toUtf8();
            else
                data += u"%1 web-2 api[42]: INFO served /orders/%2 in %3 ms\n"_s.arg(ts).arg(i).arg(i % 97).toUtf8();
        }
        const QString file = path(name);
        QFile f(file);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(data);
        return file;
    }

    ProcessRun logs(QStringList args)
    {
        args.prepend(u"logs"_s);
        args.prepend(m_ws);
        args.prepend(u"--workspace"_s);
        return opsctl(args);
    }

    /** Starts `opsctl logs ARGS` in the background. */
    std::unique_ptr<QProcess> start(QStringList args)
    {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(m_env);
        args.prepend(u"logs"_s);
        args.prepend(m_ws);
        args.prepend(u"--workspace"_s);
        p->start(qEnvironmentVariable("OPSDECK_OPSCTL"), args);
        EXPECT_TRUE(p->waitForStarted());
        return p;
    }

    static QString stopAndRead(QProcess &p)
    {
        ::kill(static_cast<pid_t>(p.processId()), SIGTERM);
        EXPECT_TRUE(p.waitForFinished(20'000));
        EXPECT_EQ(p.exitStatus(), QProcess::NormalExit);
        EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    QString m_ws;
};

} // namespace

TEST_F(LogsCli, IngestPrintsCommittedAndSearchFindsByTermFieldAndCount)
{
    const QString a = writeLog(u"a.log"_s, 500);
    const QString b = writeLog(u"b.log"_s, 300);
    // gzip is read by content, whatever the name.
    ASSERT_EQ(QProcess::execute(u"gzip"_s, {u"-k"_s, b}), 0);

    const ProcessRun ingest = logs({u"ingest"_s, a, b + u".gz"_s, u"--service"_s, u"shop"_s});
    ASSERT_EQ(ingest.exitCode, 0) << ingest.err.toStdString();
    EXPECT_EQ(ingest.out.trimmed(), u"800 records committed"_s);

    ProcessRun count = logs({u"search"_s, u"payment failed"_s, u"--count"_s});
    EXPECT_EQ(count.exitCode, 0) << count.err.toStdString();
    EXPECT_EQ(count.out.trimmed(), u"80"_s);
    count = logs({u"search"_s, u"service:shop level:error host:web-1"_s, u"--count"_s});
    EXPECT_EQ(count.out.trimmed(), u"80"_s) << count.err.toStdString();
    count = logs({u"search"_s, u"req-120"_s, u"--count"_s});
    EXPECT_EQ(count.out.trimmed(), u"2"_s) << "once per file";
    count = logs({u"search"_s, u"served -payment"_s, u"--count"_s, u"--since"_s, u"2h"_s});
    EXPECT_EQ(count.out.trimmed(), u"720"_s);
    count = logs({u"search"_s, u"payment"_s, u"--count"_s, u"--until"_s, u"2h"_s});
    EXPECT_EQ(count.out.trimmed(), u"0"_s) << "nothing is older than 2 hours";

    const ProcessRun page = logs({u"search"_s, u"ERROR"_s, u"--limit"_s, u"5"_s, u"--json"_s});
    ASSERT_EQ(page.exitCode, 0) << page.err.toStdString();
    const QJsonObject result = json(page);
    EXPECT_EQ(result.value(u"total"_s).toInt(), 80);
    const QJsonArray records = result.value(u"records"_s).toArray();
    ASSERT_EQ(records.size(), 5);
    const QJsonObject first = records.first().toObject();
    EXPECT_EQ(first.value(u"service"_s).toString(), u"shop"_s);
    EXPECT_EQ(first.value(u"host"_s).toString(), u"web-1"_s);
    EXPECT_EQ(first.value(u"level"_s).toString(), u"error"_s);
    EXPECT_TRUE(first.value(u"message"_s).toString().contains(u"payment failed request_id=req-"_s));
    EXPECT_GE(first.value(u"timestamp"_s).toString(), records.last().toObject().value(u"timestamp"_s).toString());

    const ProcessRun stats = logs({u"stats"_s, u"--json"_s});
    ASSERT_EQ(stats.exitCode, 0) << stats.err.toStdString();
    qint64 recordsInTiers = 0;
    for (const QJsonValue &t : json(stats).value(u"tiers"_s).toArray())
        recordsInTiers += t.toObject().value(u"records"_s).toInteger();
    EXPECT_EQ(recordsInTiers, 800);
}

TEST_F(LogsCli, ErrorsExitNonZeroWithOneClearLine)
{
    writeLog(u"a.log"_s, 10);
    ASSERT_EQ(logs({u"ingest"_s, path(u"a.log"_s)}).exitCode, 0);

    ProcessRun bad = logs({u"search"_s, u"error \"unterminated"_s});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_EQ(bad.err.count(u'\n'), 1) << bad.err.toStdString();
    EXPECT_TRUE(bad.err.contains(u"1:7:"_s)) << bad.err.toStdString();

    bad = logs({u"search"_s, u"x"_s, u"--since"_s, u"yesterday"_s});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(u"--since"_s)) << bad.err.toStdString();

    bad = logs({u"ingest"_s, path(u"missing.log"_s)});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(u"missing.log"_s)) << bad.err.toStdString();

    bad = opsctl({u"--workspace"_s, path(u"nowhere"_s), u"logs"_s, u"search"_s, u"x"_s});
    EXPECT_EQ(bad.exitCode, 3) << "reading never creates a workspace";
    EXPECT_FALSE(QDir(path(u"nowhere"_s)).exists());
}

TEST_F(LogsCli, ListenReceivesLoggerOverUdpAndTcpWhileASecondProcessTails)
{
    const QString logger = QStandardPaths::findExecutable(u"logger"_s);
    ASSERT_FALSE(logger.isEmpty()) << "util-linux logger (package bsdutils) is needed";
    auto listen = start({u"listen"_s, u"--syslog-udp"_s, u"0"_s, u"--syslog-tcp"_s, u"0"_s});
    QString banner;
    ASSERT_TRUE(waitUntil([&] {
        banner += QString::fromUtf8(listen->readAllStandardError());
        return banner.contains(u"tcp://"_s);
    })) << banner.toStdString();
    const QRegularExpression ports(u"udp://127\\.0\\.0\\.1:(\\d+), tcp://127\\.0\\.0\\.1:(\\d+)"_s);
    const auto m = ports.match(banner);
    ASSERT_TRUE(m.hasMatch()) << banner.toStdString();
    const QString udp = m.captured(1), tcp = m.captured(2);

    // A second process follows the store the first one writes.
    auto tail = start({u"tail"_s, u"level:>=error"_s, u"--json"_s});
    QString tailBanner;
    ASSERT_TRUE(waitUntil([&] {
        tailBanner += QString::fromUtf8(tail->readAllStandardError());
        return tailBanner.contains(u"following"_s);
    })) << tailBanner.toStdString();

    auto send = [&](const QStringList &args) { EXPECT_EQ(QProcess::execute(logger, args), 0); };
    send({u"-n"_s, u"127.0.0.1"_s, u"-P"_s, udp, u"-d"_s, u"--rfc5424"_s, u"-t"_s, u"billing"_s, u"-p"_s, u"user.err"_s,
          u"udp5424 invoice failed"_s});
    send({u"-n"_s, u"127.0.0.1"_s, u"-P"_s, udp, u"-d"_s, u"--rfc3164"_s, u"-t"_s, u"legacy"_s, u"udp3164 hello"_s});
    send({u"-n"_s, u"127.0.0.1"_s, u"-P"_s, tcp, u"-T"_s, u"--octet-count"_s, u"-t"_s, u"api"_s, u"-p"_s, u"user.crit"_s,
          u"tcpoctet disk full"_s});
    send({u"-n"_s, u"127.0.0.1"_s, u"-P"_s, tcp, u"-T"_s, u"-t"_s, u"api"_s, u"tcpnewline fine"_s});

    QString tailed;
    EXPECT_TRUE(waitUntil([&] {
        tailed += QString::fromUtf8(tail->readAllStandardOutput());
        return tailed.count(u'\n') >= 2;
    })) << tailed.toStdString();
    tailed += stopAndRead(*tail);
    EXPECT_TRUE(tailed.contains(u"udp5424 invoice failed"_s)) << tailed.toStdString();
    EXPECT_TRUE(tailed.contains(u"tcpoctet disk full"_s)) << tailed.toStdString();
    EXPECT_FALSE(tailed.contains(u"hello"_s)) << "only error and worse";

    // While the listener writes, others may read but not write.
    const ProcessRun refused = logs({u"ingest"_s, writeLog(u"x.log"_s, 3)});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(u"read-only"_s)) << refused.err.toStdString();

    const QString out = stopAndRead(*listen);
    EXPECT_EQ(out.trimmed(), u"4 records committed"_s);

    const ProcessRun found = logs({u"search"_s, u"udp5424 OR udp3164 OR tcpoctet OR tcpnewline"_s, u"--json"_s});
    ASSERT_EQ(found.exitCode, 0) << found.err.toStdString();
    const QJsonArray records = json(found).value(u"records"_s).toArray();
    ASSERT_EQ(records.size(), 4);
    QMap<QString, QJsonObject> bySource;
    for (const QJsonValue &v : records)
        bySource.insert(v.toObject().value(u"message"_s).toString().section(u' ', 0, 0), v.toObject());
    EXPECT_EQ(bySource[u"udp5424"_s].value(u"service"_s).toString(), u"billing"_s);
    EXPECT_EQ(bySource[u"udp5424"_s].value(u"level"_s).toString(), u"error"_s);
    EXPECT_EQ(bySource[u"udp5424"_s].value(u"source"_s).toString(), u"syslog://udp/127.0.0.1"_s);
    EXPECT_EQ(bySource[u"udp3164"_s].value(u"service"_s).toString(), u"legacy"_s);
    EXPECT_EQ(bySource[u"tcpoctet"_s].value(u"level"_s).toString(), u"critical"_s);
    EXPECT_EQ(bySource[u"tcpnewline"_s].value(u"source"_s).toString(), u"syslog://tcp/127.0.0.1"_s);
    EXPECT_FALSE(bySource[u"tcpnewline"_s].value(u"host"_s).toString().isEmpty());
}

TEST_F(LogsCli, FollowSurvivesTruncationAndRotation)
{
    const QString file = path(u"app.log"_s);
    auto append = [&](const QString &line) {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::Append));
        f.write((line + u'\n').toUtf8());
    };
    append(u"first line"_s);
    auto follow = start({u"ingest"_s, file, u"--follow"_s});
    // Another opsctl reads the store while the follower writes it.
    auto seen = [&](const QString &word) {
        return waitUntil([&] { return logs({u"search"_s, word, u"--count"_s}).out.trimmed() == u"1"_s; },
                         std::chrono::seconds(20));
    };
    ASSERT_TRUE(seen(u"first"_s));
    append(u"second line"_s);
    ASSERT_TRUE(seen(u"second"_s));
    {
        QFile f(file);
        ASSERT_TRUE(f.resize(0)); // truncated in place, like logrotate's copytruncate
    }
    append(u"after truncate"_s);
    ASSERT_TRUE(seen(u"truncate"_s));
    ASSERT_TRUE(QFile::rename(file, file + u".1"_s)); // rotated away
    append(u"after rotate"_s);
    ASSERT_TRUE(seen(u"rotate"_s));
    const QString out = stopAndRead(*follow);
    EXPECT_EQ(out.trimmed(), u"4 records committed"_s);
    for (const QString &q : {u"first"_s, u"second"_s, u"truncate"_s, u"rotate"_s}) {
        const ProcessRun c = logs({u"search"_s, q, u"--count"_s});
        EXPECT_EQ(c.out.trimmed(), u"1"_s) << q.toStdString() << c.err.toStdString();
    }
}

TEST_F(LogsCli, DemoWorkspaceHasDaysOfLogsToSearchAtOnce)
{
    ASSERT_EQ(opsctl({u"--workspace"_s, m_ws, u"workspace"_s, u"init"_s, u"--demo"_s}).exitCode, 0);
    const ProcessRun all = logs({u"search"_s, u""_s, u"--count"_s, u"--since"_s, u"4d"_s});
    ASSERT_EQ(all.exitCode, 0) << all.err.toStdString();
    EXPECT_GT(all.out.trimmed().toLongLong(), 20'000);
    // Several services, the incident's errors, a request id that crosses services.
    for (const QString &service : {u"nginx"_s, u"payments"_s, u"postgres"_s, u"billing"_s, u"sshd"_s}) {
        const ProcessRun n = logs({u"search"_s, u"service:"_s + service, u"--count"_s, u"--since"_s, u"4d"_s});
        EXPECT_GT(n.out.trimmed().toLongLong(), 0) << service.toStdString();
    }
    const ProcessRun incident = logs({u"search"_s, u"\"upstream payments timed out\""_s, u"--count"_s});
    EXPECT_GT(incident.out.trimmed().toLongLong(), 10);
    const ProcessRun newest = logs({u"search"_s, u""_s, u"--limit"_s, u"1"_s, u"--json"_s});
    const QDateTime last = QDateTime::fromString(
        json(newest).value(u"records"_s).toArray().first().toObject().value(u"timestamp"_s).toString(), Qt::ISODateWithMs);
    EXPECT_LT(last.secsTo(QDateTime::currentDateTimeUtc()), 3600) << "the demo data ends now";
}
