// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

/**
 * \file
 * The plain-C++ record types every layer of the log store passes around
 * (no Qt, so parsers and the query engine can be fuzzed on their own).
 */

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace OpsDeck::Logs {

/** Same order and meaning as Backend::LogLevel, so the two convert by value. */
enum class Level : std::uint8_t { Unknown, Trace, Debug, Info, Notice, Warning, Error, Critical };

/** "No timestamp": the line had none we could read. */
inline constexpr std::int64_t kNoTime = std::numeric_limits<std::int64_t>::min();

/** A key/value field extracted from a record (JSON member, logfmt pair, syslog SD param). */
struct Field
{
    std::string key;
    std::string value;
    friend bool operator==(const Field &, const Field &) = default;
};

/**
 * A record on its way into the store. \c message is the raw text, never
 * altered. Empty host/service and kNoTime mean "not known"; the store parses
 * the message for what is missing and falls back to the ingest time.
 */
struct RecordInput
{
    std::string message;
    std::string host;
    std::string service;
    std::string source;                    ///< file path or "syslog://udp/127.0.0.1:5514"
    std::int64_t timestampMs = kNoTime;    ///< ms since the Unix epoch, UTC
    std::int64_t ingestedMs = kNoTime;
    Level level = Level::Unknown;
    std::vector<Field> fields;             ///< fields the message text does not carry itself
};

} // namespace OpsDeck::Logs
