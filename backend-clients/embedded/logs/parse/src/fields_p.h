// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Key/value extraction for JSON lines and logfmt, and the mapping of the
// well-known keys (ts, level, host, service) onto a ParsedLine.

#include "opsdeck/logs/lineparser.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace OpsDeck::Logs::Detail {

/// More members than this in one line are validated but not kept, so a
/// 1 MB line of tiny members cannot turn into a million allocations.
inline constexpr std::size_t kMaxFieldsPerLine = 256;
/// Deeper nesting is refused (the line is then parsed as plain text): the
/// reader is recursive and must not overflow the stack on "[[[[[[...".
inline constexpr int kMaxJsonDepth = 64;

/**
 * Parses the JSON object that starts at \a pos (a '{') and spans the rest of
 * \a text (trailing whitespace allowed). Top-level scalars and nested objects'
 * scalars (keys joined with '.') are appended to \a out.fields; arrays and
 * nulls are skipped. \a keyBuffer is scratch space. On invalid JSON returns
 * false and leaves out.fields as it was before the call.
 */
bool parseJsonObject(std::string_view text, std::size_t pos, ParsedLine &out, std::string &keyBuffer);

/**
 * Appends the logfmt pairs (`key=value`, `key="quoted \" value"`) of \a text
 * to \a out.fields when there are at least two; returns how many were added.
 */
std::size_t parseLogfmt(std::string_view text, ParsedLine &out);

/**
 * Fills what \a out does not know yet from the fields at index >= \a first:
 * timestamp (ts, time, timestamp, @timestamp; RFC 3339 or epoch), host,
 * service; the level from a level field replaces a guessed one.
 * Must be the last thing that touches out.fields: host/service may view into them.
 */
void applyKnownFields(ParsedLine &out, std::size_t first, bool numericLevels);

} // namespace OpsDeck::Logs::Detail
