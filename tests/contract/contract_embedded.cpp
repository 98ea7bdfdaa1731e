// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// Runs the contract suites against the embedded engines of the local mode.
#include "logstorecontract.h"
#include "pipelineenginecontract.h"
#include "secretstorecontract.h"

#include <opsdeck/logs/embeddedlogstore.h>
#include <opsdeck/pipelines/embeddedpipelineengine.h>
#include <opsdeck/vault/embeddedsecretstore.h>

#include <QDir>
#include <QFile>
#include <QProcess>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace OpsDeck::Test {
namespace {

LogStoreFactory embeddedLogStore(const QString &name, std::size_t memtableBytes)
{
    return {name, [memtableBytes](const QString &scratch) -> std::unique_ptr<Backend::ILogStore> {
                Logs::EmbeddedLogStore::Options options;
                options.memtableBytes = memtableBytes;
                auto store = Logs::EmbeddedLogStore::open(scratch + u"/logs"_s, options);
                if (!store) {
                    ADD_FAILURE() << store.error().toString().toStdString();
                    return nullptr;
                }
                return std::move(*store);
            }};
}

SecretStoreFactory embeddedVault()
{
    return {u"Vault"_s,
            [](const QString &scratch, const Backend::SecretBytes &passphrase) -> std::unique_ptr<Backend::ISecretStore> {
                // Cheap KDF costs keep the suite fast; a real vault calibrates to >= 0.25 s.
                auto store = Vault::EmbeddedSecretStore::create(scratch + u"/vault"_s, passphrase,
                                                                Vault::Argon2Params{1, 64, 1}, u"contract-user"_s);
                if (!store) {
                    ADD_FAILURE() << store.error().toString().toStdString();
                    return nullptr;
                }
                return std::move(*store);
            }};
}

/** A one-commit git repository at \a path with a pipeline of one job, made by the git command. */
bool makeRepository(const QString &path)
{
    QDir().mkpath(path + u"/.opsdeck"_s);
    QFile pipeline(path + u"/.opsdeck/pipeline.yml"_s);
    if (!pipeline.open(QIODevice::WriteOnly))
        return false;
    pipeline.write("version: 1\njobs:\n  build:\n    script: 'true'\n");
    pipeline.close();
    for (const QStringList &args : {QStringList{u"init"_s, u"-q"_s, u"-b"_s, u"main"_s},
                                    QStringList{u"add"_s, u"-A"_s},
                                    QStringList{u"-c"_s, u"user.name=Contract"_s, u"-c"_s, u"user.email=c@example.com"_s,
                                                u"commit"_s, u"-q"_s, u"-m"_s, u"pipeline"_s}}) {
        QProcess git;
        git.setWorkingDirectory(path);
        git.start(u"git"_s, args);
        if (!git.waitForFinished(20'000) || git.exitCode() != 0) {
            ADD_FAILURE() << "git " << args.join(u' ').toStdString() << ": " << git.readAllStandardError().toStdString();
            return false;
        }
    }
    return true;
}

PipelineEngineFactory embeddedPipelineEngine()
{
    PipelineEngineFactory factory;
    factory.name = u"Engine"_s;
    factory.repository = u"app"_s;
    factory.otherRepository = u"web"_s;
    factory.make = [](const QString &scratch) -> std::unique_ptr<Backend::IPipelineEngine> {
        Pipelines::EngineOptions options;
        options.directory = scratch + u"/pipelines"_s;
        options.startWorkers = false; // the contract: triggered runs stay queued
        options.pollInterval = std::chrono::milliseconds(0);
        auto engine = Pipelines::EmbeddedPipelineEngine::open(options);
        if (!engine) {
            ADD_FAILURE() << engine.error().toString().toStdString();
            return nullptr;
        }
        for (const QString &name : {u"app"_s, u"web"_s}) {
            const QString path = scratch + u"/src/"_s + name;
            if (!makeRepository(path))
                return nullptr;
            auto added = (*engine)->addRepository(name, path);
            added.waitForFinished();
            if (!added.result()) {
                ADD_FAILURE() << added.result().error().toString().toStdString();
                return nullptr;
            }
        }
        return std::move(*engine);
    };
    return factory;
}

} // namespace

INSTANTIATE_TEST_SUITE_P(Embedded, PipelineEngineContract, ::testing::Values(embeddedPipelineEngine()), FactoryName{});

INSTANTIATE_TEST_SUITE_P(Embedded, SecretStoreContract, ::testing::Values(embeddedVault()), FactoryName{});

// Once with the default memtable (everything searched in memory) and once
// flushing after every few hundred bytes, so the same rules hold for records
// that live in segment files.
INSTANTIATE_TEST_SUITE_P(Embedded, LogStoreContract,
                         ::testing::Values(embeddedLogStore(u"Memtable"_s, 64u << 20),
                                           embeddedLogStore(u"Segments"_s, 300)),
                         FactoryName{});

} // namespace OpsDeck::Test
