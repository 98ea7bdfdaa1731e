// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// A finished job's log lands in the log store: a real pipeline engine on a
// real git repository, a real embedded log store, searched with the query
// language as the Logs panel does.
#include "joblogforwarder.h"

#include <opsdeck/logs/embeddedlogstore.h>
#include <opsdeck/pipelines/embeddedpipelineengine.h>

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace OpsDeck;

namespace {

template<typename T>
T await(QFuture<T> future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}

bool git(const QString &dir, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(u"git"_s, QStringList{u"-c"_s, u"user.name=Ops"_s, u"-c"_s, u"user.email=ops@example.com"_s} + args);
    return p.waitForFinished(20'000) && p.exitCode() == 0;
}

} // namespace

TEST(JobLogForwarder, StripsAnsiEscapes)
{
    EXPECT_EQ(Core::stripAnsi("\033[31mred\033[0m plain \033[1;32mbold\033[0m"), u"red plain bold"_s);
    EXPECT_EQ(Core::stripAnsi("no escapes"), u"no escapes"_s);
    EXPECT_EQ(Core::stripAnsi("\033]0;title\007text"), u"text"_s);
}

TEST(JobLogForwarder, AFinishedJobsLogIsSearchableInTheLogStore)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString repo = dir.filePath(u"app"_s);
    QDir().mkpath(repo + u"/.opsdeck"_s);
    QFile pipeline(repo + u"/.opsdeck/pipeline.yml"_s);
    ASSERT_TRUE(pipeline.open(QIODevice::WriteOnly));
    pipeline.write("version: 1\njobs:\n  greet:\n    script:\n      - printf '\\033[32mhello from the job\\033[0m\\n'\n"
                   "      - echo oops-on-stderr >&2\n");
    pipeline.close();
    ASSERT_TRUE(git(repo, {u"init"_s, u"-q"_s, u"-b"_s, u"main"_s}));
    ASSERT_TRUE(git(repo, {u"add"_s, u"-A"_s}));
    ASSERT_TRUE(git(repo, {u"commit"_s, u"-q"_s, u"-m"_s, u"greet"_s}));

    auto store = Logs::EmbeddedLogStore::open(dir.filePath(u"ws/logs"_s), {});
    ASSERT_TRUE(store.ok()) << store.error().toString().toStdString();
    Pipelines::EngineOptions options;
    options.directory = dir.filePath(u"ws/pipelines"_s);
    options.pollInterval = std::chrono::milliseconds(0);
    auto engine = Pipelines::EmbeddedPipelineEngine::open(options);
    ASSERT_TRUE(engine.ok()) << engine.error().toString().toStdString();
    ASSERT_TRUE(await((*engine)->addRepository(u"app"_s, repo)).ok());

    Core::JobLogForwarder forwarder(engine->get(), store->get());
    QSignalSpy forwarded(&forwarder, &Core::JobLogForwarder::forwarded);
    Backend::TriggerRequest request;
    request.repository = u"app"_s;
    request.ref = u"main"_s;
    const auto run = await((*engine)->trigger(request));
    ASSERT_TRUE(run.ok());
    ASSERT_TRUE(forwarded.wait(30'000)) << "the finished job's log was not forwarded";
    EXPECT_TRUE(forwarded.at(0).at(2).toString().isEmpty()) << forwarded.at(0).at(2).toString().toStdString();
    EXPECT_GE(forwarded.at(0).at(1).toLongLong(), 3);

    Backend::LogQuery query;
    query.text = u"service:pipelines \"hello from the job\""_s;
    query.from = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const auto page = await((*store)->search(query));
    ASSERT_TRUE(page.ok()) << page.error().toString().toStdString();
    ASSERT_EQ(page->records.size(), 1);
    const Backend::LogRecord &hit = page->records.first();
    EXPECT_EQ(hit.message, u"hello from the job"_s) << "ANSI escapes are stripped from the copy";
    EXPECT_EQ(hit.fields.value(u"job_name"_s).toString(), u"greet"_s);
    EXPECT_EQ(hit.fields.value(u"run"_s).toString(), run->id);
    EXPECT_EQ(hit.fields.value(u"repository"_s).toString(), u"app"_s);
    EXPECT_EQ(hit.fields.value(u"stream"_s).toString(), u"stdout"_s);

    query.text = u"stream:stderr oops-on-stderr"_s;
    const auto errors = await((*store)->search(query));
    ASSERT_TRUE(errors.ok());
    EXPECT_EQ(errors->records.size(), 1);
}
