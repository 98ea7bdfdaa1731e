// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// The vault key file parser on arbitrary bytes: it must refuse with a message
// or accept, never crash, and what it accepts must write back to the same text.
#include "opsdeck/vault/keyfile.h"

#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    OpsDeck::Vault::KeyFile file;
    std::string error;
    if (!OpsDeck::Vault::parseKeyFile(text, file, &error)) {
        if (error.empty())
            std::abort(); // a refusal always says why
        return 0;
    }
    if (OpsDeck::Vault::serializeKeyFile(file) != text)
        std::abort(); // accepted text is the canonical form
    return 0;
}
