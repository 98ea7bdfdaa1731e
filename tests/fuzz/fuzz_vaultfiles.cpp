// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// The vault's text parsers on arbitrary bytes: the key file, the policy file,
// an audit line, the .env and JSON import formats and a generator spec. The
// first byte picks the parser ('k', 'p', 'e', 'j', 'g', anything else:
// audit). Each must refuse with a message or accept, never crash; what the
// key file and audit parsers accept writes back to the same text, and
// accepted policies and imports round-trip through their own writers.
#include "opsdeck/vault/audit.h"
#include "opsdeck/vault/keyfile.h"
#include "opsdeck/vault/policy.h"
#include "opsdeck/vault/transfer.h"

#include <algorithm>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::string_view text(reinterpret_cast<const char *>(data) + 1, size - 1);
    std::string error;
    switch (data[0]) {
    case 'k': {
        OpsDeck::Vault::KeyFile file;
        if (!OpsDeck::Vault::parseKeyFile(text, file, &error)) {
            if (error.empty())
                std::abort(); // a refusal always says why
        } else if (OpsDeck::Vault::serializeKeyFile(file) != text) {
            std::abort(); // accepted text is the canonical form
        }
        break;
    }
    case 'p': {
        OpsDeck::Vault::PolicySet set;
        if (!OpsDeck::Vault::parsePolicies(text, set, &error)) {
            if (error.empty())
                std::abort();
            break;
        }
        OpsDeck::Vault::PolicySet again;
        if (!OpsDeck::Vault::parsePolicies(OpsDeck::Vault::serializePolicies(set), again, &error) || !(again == set))
            std::abort(); // what was accepted survives its own round trip
        break;
    }
    case 'e':
    case 'j': {
        using namespace OpsDeck::Vault;
        std::vector<PutItem> items;
        const bool env = data[0] == 'e';
        if (!(env ? parseDotEnv(text, "p", items, &error) : parseJsonSecrets(text, items, &error))) {
            if (error.empty())
                std::abort();
            break;
        }
        std::vector<std::pair<std::string, SecureBuffer>> values;
        std::vector<ValueKind> kinds;
        for (const PutItem &item : items) {
            values.emplace_back(item.path, item.value.clone());
            kinds.push_back(item.kind);
        }
        SecureBuffer written;
        if (env) {
            std::sort(values.begin(), values.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
            if (!formatDotEnv(values, "p", written, &error))
                std::abort(); // keys that read are valid names
        } else if (!formatJsonSecrets(values, kinds, written, &error)) {
            std::abort();
        }
        std::vector<PutItem> again;
        if (!(env ? parseDotEnv(written.view(), "p", again, &error) : parseJsonSecrets(written.view(), again, &error)))
            std::abort(); // what we write, we read
        if (again.size() != items.size())
            std::abort();
        break;
    }
    case 'g': {
        OpsDeck::Vault::GeneratorSpec spec;
        if (!OpsDeck::Vault::parseGenerator(text, spec, &error) && error.empty())
            std::abort();
        break;
    }
    default: {
        OpsDeck::Vault::AuditEntry entry;
        if (!OpsDeck::Vault::parseAuditLine(text, entry, &error)) {
            if (error.empty())
                std::abort();
        } else if (OpsDeck::Vault::auditLine(entry) != text) {
            std::abort();
        }
        break;
    }
    }
    return 0;
}
