// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

/**
 * \file
 * A signed head for an append-only file: the number and MAC of its last
 * committed entry, in two alternating 96-byte slots so one is always whole
 * (docs/vault-format.md, "Signed heads"). A file cut shorter than its head
 * says is caught; a head copied from elsewhere does not verify.
 */

#include "opsdeck/vault/crypto.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace OpsDeck::Vault {

struct SignedHead
{
    std::uint64_t seq = 0;     ///< entries committed
    std::uint64_t counter = 0; ///< how often the head was written; the larger valid slot wins
    Bytes mac;                 ///< 32 bytes: the MAC of the last entry
    std::uint64_t epoch = 0;   ///< which rewrite of the file (compaction) the entries belong to
};

/** The newest valid slot of \a path under \a key and \a label; \a exists says whether the file is there. */
bool readSignedHead(const std::string &path, ByteView key, std::string_view label, SignedHead &head, bool &exists);

/** Writes \a head into slot (counter mod 2) of the open file \a fd, then fdatasync()s it. */
bool writeSignedHead(int fd, ByteView key, std::string_view label, const SignedHead &head, std::string *error);

} // namespace OpsDeck::Vault
