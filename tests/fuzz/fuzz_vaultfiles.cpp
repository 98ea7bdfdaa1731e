// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// The vault's text parsers on arbitrary bytes: the key file, the policy file
// and an audit line. The first byte picks the parser ('k', 'p', anything
// else: audit). Each must refuse with a message or accept, never crash; what
// the key file and audit parsers accept writes back to the same text, and
// accepted policies round-trip through their own serialisation.
#include "opsdeck/vault/audit.h"
#include "opsdeck/vault/keyfile.h"
#include "opsdeck/vault/policy.h"

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
