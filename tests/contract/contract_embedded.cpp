// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// Runs the contract suites against the embedded engines of the local mode.
#include "logstorecontract.h"
#include "secretstorecontract.h"

#include <opsdeck/logs/embeddedlogstore.h>
#include <opsdeck/vault/embeddedsecretstore.h>

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

} // namespace

INSTANTIATE_TEST_SUITE_P(Embedded, SecretStoreContract, ::testing::Values(embeddedVault()), FactoryName{});

// Once with the default memtable (everything searched in memory) and once
// flushing after every few hundred bytes, so the same rules hold for records
// that live in segment files.
INSTANTIATE_TEST_SUITE_P(Embedded, LogStoreContract,
                         ::testing::Values(embeddedLogStore(u"Memtable"_s, 64u << 20),
                                           embeddedLogStore(u"Segments"_s, 300)),
                         FactoryName{});

} // namespace OpsDeck::Test
