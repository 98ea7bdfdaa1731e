// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// The console's own metrics, end to end on real files and sockets: the
// workspace.json settings with their mistakes named, the log store and the
// vault counting into the process registry, the collector filling the
// workspace's store (read back through PromQL) and /metrics on 127.0.0.1.
#include "localmetrics.h"
#include "testsupport.h"

#include <opsdeck/api/logstore.h>
#include <opsdeck/logs/embeddedlogstore.h>
#include <opsdeck/metrics/embeddedmetricssource.h>
#include <opsdeck/metrics/metricsstore.h>
#include <opsdeck/metrics/registry.h>
#include <opsdeck/vault/embeddedsecretstore.h>

#include <QFile>
#include <QFutureWatcher>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace OpsDeck;
using namespace Qt::StringLiterals;

namespace {

template<typename T>
T await(QFuture<T> future)
{
    OpsDeck::Test::waitUntil([&] { return future.isFinished(); }, std::chrono::seconds(20));
    return future.result();
}

void writeManifest(const QString &dir, const QByteArray &metrics)
{
    QFile f(dir + u"/workspace.json"_s);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{\"format\": 1, \"name\": \"t\", \"metrics\": " + metrics + "}");
}

double familyValue(const QString &name, const QMap<QString, QString> &labels = {})
{
    for (const Metrics::FamilySnapshot &family : Metrics::Registry::process().snapshot()) {
        if (family.name != name)
            continue;
        for (const Metrics::SeriesSnapshot &s : family.series) {
            bool match = true;
            for (auto it = labels.cbegin(); it != labels.cend(); ++it)
                match = match && s.labels.value(it.key()) == it.value();
            if (match)
                return family.type == Metrics::MetricType::Histogram ? double(s.histogram.count) : s.value;
        }
    }
    return 0;
}

QByteArray httpGet(quint16 port, const QByteArray &path)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray answer;
    while (socket.waitForReadyRead(5000))
        answer += socket.readAll();
    return answer;
}

TEST(LocalMetrics, SettingsAreReadAndMistakesNamed)
{
    QTemporaryDir dir;
    QList<Error> problems;
    Core::MetricsSettings s = Core::readMetricsSettings(dir.path(), problems);
    EXPECT_FALSE(s.expose) << "nothing listens unless the workspace asks";
    EXPECT_TRUE(problems.isEmpty());

    writeManifest(dir.path(), R"({"listen": "127.0.0.1:0", "collectSeconds": 2,
        "prometheus": [{"name": "team", "url": "http://127.0.0.1:9090", "scrapeSeconds": 5}]})");
    s = Core::readMetricsSettings(dir.path(), problems);
    EXPECT_TRUE(problems.isEmpty());
    EXPECT_TRUE(s.expose);
    EXPECT_EQ(s.port, 0);
    EXPECT_EQ(s.collectInterval, std::chrono::seconds(2));
    ASSERT_EQ(s.prometheus.size(), 1);
    EXPECT_EQ(s.prometheus[0].name, u"team"_s);
    EXPECT_EQ(s.prometheus[0].scrapeInterval, std::chrono::seconds(5));

    writeManifest(dir.path(), R"({"listen": "somewhere", "collectSeconds": -1,
        "prometheus": [{"url": "ftp://x"}, {"url": "http://127.0.0.1:9090", "scrapeSeconds": "often"}]})");
    s = Core::readMetricsSettings(dir.path(), problems);
    EXPECT_FALSE(s.expose);
    EXPECT_EQ(s.collectInterval, std::chrono::seconds(10));
    EXPECT_TRUE(s.prometheus.isEmpty());
    QStringList where;
    for (const Error &e : problems)
        where << e.detail.section(u": "_s, -1);
    EXPECT_EQ(where, (QStringList{u"metrics.listen"_s, u"metrics.collectSeconds"_s, u"metrics.prometheus[0].url"_s,
                                  u"metrics.prometheus[1].scrapeSeconds"_s}));
}

TEST(LocalMetrics, TheLogStoreAndTheVaultCountIntoTheProcessRegistry)
{
    QTemporaryDir dir;
    auto logs = Logs::EmbeddedLogStore::open(dir.filePath(u"logs"_s), Logs::EmbeddedLogStore::Options{});
    ASSERT_TRUE(logs.ok()) << logs.error().toString().toStdString();
    const double before = familyValue(u"opsdeck_log_ingest_records_total"_s);
    QList<Backend::LogRecord> records(3);
    for (Backend::LogRecord &r : records)
        r.message = u"disk full on /var"_s;
    ASSERT_TRUE(await((*logs)->append(records)).ok());
    EXPECT_EQ(familyValue(u"opsdeck_log_ingest_records_total"_s) - before, 3);
    const double searches = familyValue(u"opsdeck_log_search_duration_seconds"_s);
    Backend::LogQuery query;
    query.text = u"disk"_s;
    ASSERT_TRUE(await((*logs)->search(query)).ok());
    EXPECT_EQ(familyValue(u"opsdeck_log_search_duration_seconds"_s) - searches, 1);

    auto vault = Vault::EmbeddedSecretStore::open(dir.filePath(u"vault"_s), u"alice"_s);
    ASSERT_TRUE(vault.ok());
    const QMap<QString, QString> failed{{u"op"_s, u"list"_s}, {u"result"_s, errorCodeName(ErrorCode::NotFound)}};
    const double listed = familyValue(u"opsdeck_vault_operations_total"_s, failed);
    EXPECT_FALSE(await((*vault)->list(QString())).ok()) << "no vault made yet";
    EXPECT_EQ(familyValue(u"opsdeck_vault_operations_total"_s, failed) - listed, 1)
        << "the refused list is counted with its result";
}

TEST(LocalMetrics, TheRuntimeFillsTheStoreAndServesMetrics)
{
    QTemporaryDir dir;
    auto store = Metrics::MetricsStore::open(dir.path());
    ASSERT_TRUE(store.ok());
    Core::MetricsSettings settings;
    settings.expose = true;
    settings.port = 0;
    settings.collectInterval = std::chrono::milliseconds(200);
    QObject owner;
    auto *runtime = new Core::LocalMetricsRuntime(*store, settings, nullptr, &owner);
    ASSERT_FALSE(runtime->problem()) << runtime->problem()->toString().toStdString();
    ASSERT_NE(runtime->port(), 0);

    auto family = Metrics::Registry::process().gauge(u"opsdeck_test_temperature"_s, u"A test gauge."_s);
    ASSERT_TRUE(family.ok());
    (*family)->with().set(21.5);

    // /metrics answers on 127.0.0.1 in the text format (the endpoint serves
    // on this thread's event loop: fetch it from another thread).
    QByteArray answer;
    std::thread client([&] { answer = httpGet(runtime->port(), "/metrics"); });
    ASSERT_TRUE(OpsDeck::Test::waitUntil([&] { return !answer.isEmpty(); }));
    client.join();
    EXPECT_TRUE(answer.startsWith("HTTP/1.1 200")) << answer.left(200).toStdString();
    EXPECT_TRUE(answer.contains("# TYPE opsdeck_pipeline_queue_depth gauge")) << answer.toStdString();
    EXPECT_TRUE(answer.contains("opsdeck_test_temperature 21.5")) << answer.toStdString();

    // The collector copies the registry into the workspace's store; PromQL reads it back.
    Metrics::EmbeddedMetricsSource source(*store);
    ASSERT_TRUE(OpsDeck::Test::waitUntil(
        [&] {
            const auto result = await(source.instant(u"opsdeck_test_temperature"_s, QDateTime()));
            return result.ok() && !result->isEmpty() && !result->first().samples.isEmpty()
                   && result->first().samples.last().value == 21.5;
        }));

    // A second runtime cannot take the same port: it says so and why.
    Core::MetricsSettings taken = settings;
    taken.port = runtime->port();
    QTemporaryDir other;
    auto otherStore = Metrics::MetricsStore::open(other.path());
    ASSERT_TRUE(otherStore.ok());
    auto *second = new Core::LocalMetricsRuntime(*otherStore, taken, nullptr, &owner);
    ASSERT_TRUE(second->problem().has_value());
    EXPECT_TRUE(second->problem()->message.contains(QString::number(taken.port))) << second->problem()->toString().toStdString();
}

} // namespace
