// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// What the fakes promise beyond the shared contract (tests/contract): exact
// parse positions, the test hooks and the mock provider.
#include "mockbackends.h"
#include "testsupport.h"

#include <opsdeck/api/backendregistry.h>

#include <QFuture>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace OpsDeck::Test {
namespace {

using Backend::BackendRegistry;
using Backend::Capability;
using Backend::Profile;
using Reliability::HealthState;

template<typename R>
R await(QFuture<R> future)
{
    if (!waitUntil([&future] { return future.isFinished(); }))
        return fail(ErrorCode::Timeout, u"[test] the future did not finish"_s);
    return future.result();
}

Profile mockProfile(const QString &id, const QString &name)
{
    Profile profile;
    profile.id = id;
    profile.name = name;
    profile.kind = u"mock"_s;
    return profile;
}

TEST(MockProvider, RebindsAllFourBackendsOnProfileSwitch)
{
    BackendRegistry registry;
    registerMockProvider(registry, u"mock"_s);
    int rebinds = 0;
    QObject context;
    QObject::connect(&registry, &BackendRegistry::backendsChanged, &context, [&] { ++rebinds; });

    ASSERT_TRUE(registry.activate(mockProfile(u"alpha"_s, u"Alpha"_s)).ok());
    for (Capability c : Backend::allCapabilities()) {
        ASSERT_TRUE(registry.isAvailable(c)) << Backend::capabilityId(c).toStdString();
        EXPECT_TRUE(registry.backend(c)->displayName().contains(u"(Alpha)"_s));
    }
    auto *alphaLogs = qobject_cast<MemoryLogStore *>(registry.get<Backend::ILogStore>());
    ASSERT_NE(alphaLogs, nullptr);
    ASSERT_TRUE(await(alphaLogs->append({Backend::LogRecord{}})).ok());
    EXPECT_EQ(alphaLogs->recordCount(), 1);

    ASSERT_TRUE(registry.activate(mockProfile(u"beta"_s, u"Beta"_s)).ok());
    EXPECT_EQ(rebinds, 2);
    auto *betaLogs = qobject_cast<MemoryLogStore *>(registry.get<Backend::ILogStore>());
    ASSERT_NE(betaLogs, nullptr);
    EXPECT_EQ(betaLogs->displayName(), u"Mock log store (Beta)"_s);
    EXPECT_EQ(betaLogs->recordCount(), 0) << "profiles must not share data";
    EXPECT_NE(qobject_cast<MemorySecretStore *>(registry.get<Backend::ISecretStore>()), nullptr);
    EXPECT_NE(qobject_cast<MemoryPipelineEngine *>(registry.get<Backend::IPipelineEngine>()),
              nullptr);
    EXPECT_NE(qobject_cast<MemoryMetricsSource *>(registry.get<Backend::IMetricsSource>()),
              nullptr);
}

TEST(MockProvider, PassphraseAndSeriesComeFromProfileOptions)
{
    BackendRegistry registry;
    registerMockProvider(registry, u"mock"_s);
    Profile profile = mockProfile(u"opts"_s, u"Options"_s);
    Backend::MetricSeries series;
    series.labels = {{u"__name__"_s, u"up"_s}};
    series.samples = {{1000, 1}};
    profile.options.insert(u"passphrase"_s, u"open sesame"_s);
    profile.options.insert(u"series"_s, QVariant::fromValue(QList<Backend::MetricSeries>{series}));
    ASSERT_TRUE(registry.activate(profile).ok());

    auto *secrets = registry.get<Backend::ISecretStore>();
    EXPECT_EQ(await(secrets->unlock(Backend::SecretBytes::fromUtf8(kMockPassphrase))).error().code,
              ErrorCode::Unauthenticated);
    EXPECT_TRUE(await(secrets->unlock(Backend::SecretBytes::fromUtf8("open sesame"))).ok());

    const auto up = await(registry.get<Backend::IMetricsSource>()->instant(u"up"_s, {}));
    ASSERT_TRUE(up.ok());
    ASSERT_EQ(up->size(), 1);
    EXPECT_EQ(up->first().samples, (QList<Backend::Sample>{{1000, 1}}));
}

TEST(MockHealth, ChosenStateIsPublishedAndForwardedByTheRegistry)
{
    BackendRegistry registry;
    registerMockProvider(registry, u"mock"_s);
    ASSERT_TRUE(registry.activate(mockProfile(u"alpha"_s, u"Alpha"_s)).ok());
    QList<std::pair<Capability, HealthState>> seen;
    QObject context;
    QObject::connect(&registry, &BackendRegistry::healthChanged, &context,
                     [&](Capability c, const Reliability::HealthReport &r) {
                         seen.append({c, r.state});
                     });

    auto *engine = qobject_cast<MemoryPipelineEngine *>(registry.get<Backend::IPipelineEngine>());
    ASSERT_NE(engine, nullptr);
    EXPECT_EQ(engine->health().state, HealthState::Healthy);
    engine->setHealthState(HealthState::Unhealthy, u"worker pool is gone"_s);
    EXPECT_EQ(engine->health().state, HealthState::Unhealthy);
    ASSERT_EQ(engine->health().checks.size(), 1);
    EXPECT_EQ(engine->health().checks.first().message, u"worker pool is gone"_s);
    EXPECT_EQ(seen, (QList<std::pair<Capability, HealthState>>{
                        {Capability::PipelineEngine, HealthState::Unhealthy}}));
}

TEST(MemoryLogStore, ParseErrorsGiveTheColumn)
{
    MemoryLogStore store(u"logs"_s);
    const QList<std::pair<QString, QString>> cases{
        {u"\"abc"_s, u"1:1:"_s},      {u"ok  \"x\\\" y"_s, u"1:5:"_s},
        {u"service:"_s, u"1:9:"_s},   {u"a level:bogus"_s, u"1:9:"_s},
        {u"host:\"web"_s, u"1:6:"_s},
    };
    for (const auto &[text, prefix] : cases) {
        Backend::LogQuery q;
        q.text = text;
        const auto page = await(store.search(q));
        ASSERT_FALSE(page.ok()) << text.toStdString();
        EXPECT_EQ(page.error().code, ErrorCode::Parse);
        EXPECT_TRUE(page.error().detail.startsWith(prefix))
            << text.toStdString() << " -> " << page.error().detail.toStdString();
    }
}

TEST(MemoryLogStore, QuotedFieldValuesAndColonWords)
{
    MemoryLogStore store(u"logs"_s);
    Backend::LogRecord web;
    web.host = u"web 1"_s;
    web.message = u"GET http://example.org/health 200"_s;
    web.timestamp = QDateTime::fromSecsSinceEpoch(1000, QTimeZone::utc());
    ASSERT_TRUE(await(store.append({web})).ok());

    for (const QString &text :
         {u"host:\"web 1\""_s, u"http://example.org/health"_s, u"level:unknown"_s}) {
        Backend::LogQuery q;
        q.text = text;
        const auto page = await(store.search(q));
        ASSERT_TRUE(page.ok()) << text.toStdString();
        EXPECT_EQ(page->records.size(), 1) << text.toStdString();
    }
}

TEST(MemoryMetricsSource, ParseErrorsGiveTheColumn)
{
    MemoryMetricsSource source(u"metrics"_s);
    const QList<std::pair<QString, QString>> cases{
        {QString(), u"1:1:"_s},
        {u"1cpu"_s, u"1:1:"_s},
        {u"cpu extra"_s, u"1:5:"_s},
        {u"cpu{host=}"_s, u"1:10:"_s},
        {u"cpu{host=\"a"_s, u"1:10:"_s},
        {u"cpu{host=\"a\""_s, u"1:13:"_s},
        {u"cpu{host~\"a\"}"_s, u"1:9:"_s},
    };
    for (const auto &[text, prefix] : cases) {
        const auto result = await(source.instant(text, {}));
        ASSERT_FALSE(result.ok()) << text.toStdString();
        EXPECT_EQ(result.error().code, ErrorCode::Parse);
        EXPECT_TRUE(result.error().detail.startsWith(prefix))
            << text.toStdString() << " -> " << result.error().detail.toStdString();
    }
}

TEST(MemoryMetricsSource, NotEqualMatcherAndEscapes)
{
    Backend::MetricSeries a{{{u"__name__"_s, u"up"_s}, {u"path"_s, u"a\"b"_s}}, {{10, 1}}};
    Backend::MetricSeries b{{{u"__name__"_s, u"up"_s}, {u"path"_s, u"c"_s}}, {{10, 2}}};
    MemoryMetricsSource source(u"metrics"_s, {a, b});
    const auto notC = await(source.instant(u"up{path!='c'}"_s, QDateTime::fromMSecsSinceEpoch(10)));
    ASSERT_TRUE(notC.ok());
    ASSERT_EQ(notC->size(), 1);
    EXPECT_EQ(notC->first().labels.value(u"path"_s), u"a\"b"_s);
    const auto escaped
        = await(source.instant(u"up{path=\"a\\\"b\"}"_s, QDateTime::fromMSecsSinceEpoch(10)));
    ASSERT_TRUE(escaped.ok());
    EXPECT_EQ(escaped->size(), 1);
}

TEST(MemoryPipelineEngine, UpdateRunMovesTheRunAndSignals)
{
    MemoryPipelineEngine engine(u"pipelines"_s);
    Backend::TriggerRequest request;
    request.repository = u"demo/app"_s;
    request.ref = u"refs/heads/release"_s;
    const auto run = await(engine.trigger(request));
    ASSERT_TRUE(run.ok());
    EXPECT_EQ(run->branch, u"release"_s);
    EXPECT_EQ(run->environment, u"development"_s);
    EXPECT_TRUE(run->commit.isEmpty());

    QList<Backend::PipelineRun> updates;
    QObject context;
    QObject::connect(&engine, &Backend::IPipelineEngine::runUpdated, &context,
                     [&](const Backend::PipelineRun &r) { updates.append(r); });
    const auto running = engine.updateRun(run->id, Backend::RunStatus::Running, 40);
    ASSERT_TRUE(running.ok());
    EXPECT_TRUE(running->startedAt.isValid());
    EXPECT_FALSE(running->completedAt.isValid());
    EXPECT_TRUE(updates.isEmpty()) << "runUpdated() must come from the event loop";
    const auto done = engine.updateRun(run->id, Backend::RunStatus::Success, 100);
    ASSERT_TRUE(done.ok());
    EXPECT_TRUE(done->completedAt.isValid());
    ASSERT_TRUE(waitUntil([&] { return updates.size() == 2; }));
    EXPECT_EQ(updates.at(0).progress, 40);
    EXPECT_EQ(updates.at(1).status, Backend::RunStatus::Success);

    const auto late = await(engine.cancel(run->id));
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.error().code, ErrorCode::Conflict);
    EXPECT_EQ(engine.updateRun(u"run-999"_s, Backend::RunStatus::Failed, 0).error().code,
              ErrorCode::NotFound);
}

TEST(MemoryPipelineEngine, ValidatesRefEnvironmentAndLimit)
{
    MemoryPipelineEngine engine(u"pipelines"_s);
    Backend::TriggerRequest request;
    request.repository = u"demo/app"_s;
    EXPECT_EQ(await(engine.trigger(request)).error().detail, u"ref"_s);
    request.ref = u"0123456789abcdef0123456789ABCDEF01234567"_s;
    request.environment = u"moon"_s;
    EXPECT_EQ(await(engine.trigger(request)).error().code, ErrorCode::InvalidArgument);
    request.environment = u"production"_s;
    const auto bySha = await(engine.trigger(request));
    ASSERT_TRUE(bySha.ok());
    EXPECT_EQ(bySha->commit, u"0123456789abcdef0123456789abcdef01234567"_s);
    EXPECT_TRUE(bySha->branch.isEmpty());
    Backend::RunFilter filter;
    filter.limit = 0;
    EXPECT_EQ(await(engine.listRuns(filter)).error().code, ErrorCode::InvalidArgument);
}

TEST(MemorySecretStore, RejectsMalformedPathsAndVersions)
{
    MemorySecretStore store(u"secrets"_s, Backend::SecretBytes::fromUtf8("pw"));
    ASSERT_TRUE(await(store.unlock(Backend::SecretBytes::fromUtf8("pw"))).ok());
    for (const QString &path : {u"/a"_s, u"a/"_s, u"a//b"_s, u"a/../b"_s, u"./a"_s}) {
        const auto written = await(store.write(path, Backend::SecretBytes::fromUtf8("x")));
        ASSERT_FALSE(written.ok()) << path.toStdString();
        EXPECT_EQ(written.error().code, ErrorCode::InvalidArgument) << path.toStdString();
    }
    ASSERT_TRUE(await(store.write(u"a/b"_s, Backend::SecretBytes::fromUtf8("x"))).ok());
    EXPECT_EQ(await(store.read(u"a/b"_s, -1)).error().code, ErrorCode::InvalidArgument);
    const auto listed = await(store.list(u"a/"_s));
    ASSERT_TRUE(listed.ok());
    EXPECT_EQ(listed->size(), 1);
}

TEST(MemorySecretStore, LockDuringUnlockWins)
{
    MemorySecretStore store(u"secrets"_s, Backend::SecretBytes::fromUtf8("pw"));
    // Whichever way the race goes, once both are done the store is locked.
    auto unlocking = store.unlock(Backend::SecretBytes::fromUtf8("pw"));
    store.lock();
    const auto result = await(unlocking);
    EXPECT_TRUE(store.isLocked());
    if (!result.ok()) {
        EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
    }
}

} // namespace
} // namespace OpsDeck::Test
