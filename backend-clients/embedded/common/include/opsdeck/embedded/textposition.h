// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>

namespace OpsDeck::Embedded {

/**
 * "line L, column C" (both from 1) of byte \a offset in \a text, for error
 * messages about files people can open in an editor. nlohmann/json reports
 * a parse error's position as a 1-based byte count: pass it minus one.
 */
inline std::string textPosition(std::string_view text, std::size_t offset)
{
    const std::size_t end = std::min(offset, text.size());
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < end; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

} // namespace OpsDeck::Embedded
