// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

/**
 * \file
 * How a secret's next value is made when it is rotated (docs/secrets.md,
 * "Generators"):
 *
 *   random:LENGTH:SET   LENGTH characters drawn uniformly from SET:
 *                       alnum (A–Z a–z 0–9), hex (0–9 a–f),
 *                       base64url (A–Z a–z 0–9 - _), printable (! to ~)
 *   command:LINE        runs LINE with /bin/sh -c; its standard output,
 *                       without one trailing newline, is the new value
 *
 * A command gets no standard input, 30 seconds and 64 KiB of output; a
 * non-zero exit, a timeout or empty output is an error that quotes the
 * command's last line of standard error. The value never passes through a
 * std::string.
 */

#include "opsdeck/vault/securebuffer.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

namespace OpsDeck::Vault {

struct GeneratorSpec
{
    enum class Type { Random, Command } type = Type::Random;
    std::uint32_t length = 32;
    std::string set = "alnum";
    std::string command;
};

/** Reads a spec; the error says what is wrong ("random: length must be 8 to 4096"). */
bool parseGenerator(std::string_view text, GeneratorSpec &spec, std::string *error);

/** Makes a value per \a spec; \a timeout bounds a command. */
bool generateValue(const GeneratorSpec &spec, SecureBuffer &value, std::string *error,
                   std::chrono::milliseconds timeout = std::chrono::seconds(30));

} // namespace OpsDeck::Vault
