// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace OpsDeck::Logs::RawFile {

struct TailLine
{
    std::uint64_t offset = 0;
    std::uint64_t length = 0; ///< without "\n" / "\r\n"
    std::int64_t ts = 0;
};

struct Tail
{
    std::vector<TailLine> lines; ///< oldest first
    bool wholeFile = false;      ///< no line before the first one returned
};

/**
 * The last \a count lines of \a bytes, with the times the full index will
 * give them (a line without a timestamp inherits the one before it; lines
 * before the file's first timestamp take that one; \a fallbackTs when the
 * file has none). For the first screen while the index is still being
 * built: it reads only the end of the file. nullopt when the nearest
 * timestamp lies too far back to settle the times cheaply.
 */
std::optional<Tail> readTail(std::string_view bytes, std::size_t count, std::int64_t nowMs,
                             std::int64_t fallbackTs);

} // namespace OpsDeck::Logs::RawFile
