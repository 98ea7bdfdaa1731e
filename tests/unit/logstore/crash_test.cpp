// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "enginetestsupport.h"

#include <testsupport.h>

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace OpsDeck::Logs;
using namespace OpsDeck::Test;

namespace {

/** Runs the writer until it has committed at least \a atLeast ids, then SIGKILLs it. Returns the last committed id. */
std::int64_t runAndKill(const QString &dir, std::int64_t atLeast)
{
    QProcess writer;
    writer.setProgram(qEnvironmentVariable("OPSDECK_CRASHWRITER"));
    writer.setArguments({dir});
    writer.start();
    EXPECT_TRUE(writer.waitForStarted()) << writer.errorString().toStdString();
    std::int64_t committed = 0;
    QByteArray pending;
    const bool reached = waitUntil(
        [&] {
            pending += writer.readAllStandardOutput();
            qsizetype nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(nl);
                pending.remove(0, nl + 1);
                if (line.startsWith("committed "))
                    committed = line.mid(10).toLongLong();
            }
            return committed >= atLeast || writer.state() == QProcess::NotRunning;
        },
        std::chrono::seconds(60));
    EXPECT_TRUE(reached);
    writer.kill(); // SIGKILL: no destructor, no flush, maybe mid-write
    writer.waitForFinished();
    // Lines printed before the kill may still be in the pipe.
    pending += writer.readAllStandardOutput();
    for (const QByteArray &line : pending.split('\n')) {
        if (line.startsWith("committed "))
            committed = line.mid(10).toLongLong();
    }
    EXPECT_EQ(writer.exitStatus(), QProcess::CrashExit) << writer.readAllStandardError().toStdString();
    return committed;
}

} // namespace

TEST(CrashTest, EveryAcknowledgedRecordSurvivesKill9AndTheStoreReopensAlone)
{
    QTemporaryDir dir;
    const QString logs = dir.filePath(QStringLiteral("logs"));
    std::int64_t committed = 0;
    auto *random = QRandomGenerator::global();
    for (int round = 0; round < 4; ++round) {
        SCOPED_TRACE(round);
        committed = std::max(committed, runAndKill(logs, committed + 2000 + random->bounded(20000u)));
        ASSERT_GT(committed, 0);

        EngineOptions options;
        options.dir = logs.toStdString();
        std::string error;
        auto engine = LogEngine::open(options, &error);
        ASSERT_TRUE(engine) << "reopen without repair failed: " << error;
        const std::int64_t last = engine->lastId();
        EXPECT_GE(last, committed) << "an acknowledged record was lost";
        const std::int64_t now = engine->nowMs();
        const SearchResult all = searchEngine(*engine, "", now - 2 * kDay, now + kDay, 1, true);
        EXPECT_EQ(static_cast<std::int64_t>(all.total), last) << "records lost or duplicated";
        // Spot checks: each acknowledged record is there once, byte for byte.
        for (int k = 0; k < 20; ++k) {
            const std::int64_t id = 1 + static_cast<std::int64_t>(random->bounded(static_cast<quint64>(committed)));
            const SearchResult one = searchEngine(*engine, "s" + std::to_string(id), now - 2 * kDay, now + kDay, 2);
            ASSERT_EQ(one.records.size(), 1u) << "id " << id;
            EXPECT_EQ(one.records[0].id, id);
            EXPECT_EQ(one.records[0].message,
                      "crash test record s" + std::to_string(id) + " payload " + std::string(id % 200, 'x'));
        }
    }
}
