// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0

// A second process on the same pipelines.db, like opsctl beside the console:
//   pipestore_child create DB JOBS_PER_RUN      create runs of pending jobs forever
//   pipestore_child claim DB WORKER MAX         claim queue heads (MAX 0: forever);
//                                               finish the even job ids, leave the odd running
// It prints "committed <run id>", "claimed <job id>", "finished <job id>"
// after each call returned ok, and "error <message>" (exit 3) on any
// failure, so the test knows exactly what was acknowledged before it sends
// SIGKILL.

#include <opsdeck/pipelines/pipelinedatabase.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QThread>

#include <cstdio>

using namespace OpsDeck::Pipelines;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int fail(const DbStatus &status)
{
    say(QStringLiteral("error ") + status.message);
    return 3;
}

int create(PipelineDatabase &db, int jobsPerRun)
{
    for (qint64 n = 0;; ++n) {
        RunRecord run;
        run.repository = QStringLiteral("crash");
        run.branch = QStringLiteral("main");
        run.commitSha = QStringLiteral("%1").arg(n, 40, 16, QLatin1Char('0'));
        run.createdBy = QStringLiteral("child");
        run.planJson = QString::number(jobsPerRun);
        QList<JobRecord> jobs(jobsPerRun);
        QList<QList<StepRecord>> steps(jobsPerRun, QList<StepRecord>(2));
        for (int i = 0; i < jobsPerRun; ++i) {
            jobs[i].name = QStringLiteral("job%1").arg(i);
            jobs[i].status = JobStatus::Pending;
            steps[i][0].name = QStringLiteral("checkout");
            steps[i][1].name = QStringLiteral("script");
        }
        const DbStatus s = db.createRun(&run, &jobs, steps);
        if (!s.ok())
            return fail(s);
        say(QStringLiteral("committed ") + run.id);
    }
}

int claim(PipelineDatabase &db, const QString &worker, int max)
{
    for (int claimed = 0; max == 0 || claimed < max;) {
        JobRecord job;
        DbStatus s = db.claimNextJob(worker, QDateTime::currentMSecsSinceEpoch(), &job);
        if (!s.ok())
            return fail(s);
        if (job.id == 0) {
            QThread::msleep(1);
            continue;
        }
        ++claimed;
        say(QStringLiteral("claimed %1").arg(job.id));
        if (job.id % 2 == 0) {
            s = db.finishJob(job.id, JobStatus::Success, 0, QString(), QDateTime::currentMSecsSinceEpoch());
            if (!s.ok())
                return fail(s);
            say(QStringLiteral("finished %1").arg(job.id));
        }
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // Qt SQL loads its driver plugin through the application
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fputs("usage: pipestore_child create DB JOBS_PER_RUN | claim DB WORKER MAX\n", stderr);
        return 2;
    }
    DbStatus status;
    auto db = PipelineDatabase::open(args.at(2), OpenOptions{}, &status);
    if (!db)
        return fail(status);
    if (args.at(1) == QStringLiteral("create"))
        return create(*db, args.at(3).toInt());
    if (args.at(1) == QStringLiteral("claim") && args.size() >= 5)
        return claim(*db, args.at(3), args.at(4).toInt());
    std::fputs("pipestore_child: unknown mode\n", stderr);
    return 2;
}
