// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "tail.h"

#include "lineindex.h"

namespace OpsDeck::Logs::RawFile {

namespace {
constexpr std::size_t kMaxLookBackLines = 100'000;
constexpr std::uint64_t kMaxLookBackBytes = 32u << 20;
} // namespace

std::optional<Tail> readTail(std::string_view bytes, std::size_t count, std::int64_t nowMs,
                             std::int64_t fallbackTs)
{
    Tail tail;
    if (bytes.empty() || count == 0) {
        tail.wholeFile = true;
        return tail;
    }
    // Line starts, newest first, walking back from the end. The index counts a final
    // piece without '\n' as a line; an empty piece after the last '\n' is not one.
    std::vector<std::uint64_t> starts;
    std::uint64_t end = bytes.size();
    auto previousStart = [&](std::uint64_t lineEnd) -> std::uint64_t {
        // The start of the line that ends at lineEnd (exclusive of its '\n').
        if (lineEnd == 0)
            return 0;
        const auto nl = bytes.rfind('\n', static_cast<std::size_t>(lineEnd - 1));
        return nl == std::string_view::npos ? 0 : nl + 1;
    };
    std::uint64_t lineEnd = bytes.back() == '\n' ? end - 1 : end;
    bool anchored = false; // found a line with its own timestamp at or before the window
    std::uint64_t windowStart = 0;
    while (true) {
        const std::uint64_t start = previousStart(lineEnd);
        starts.push_back(start);
        if (starts.size() >= count) {
            std::string_view line = bytes.substr(start, lineEnd - start);
            if (!line.empty() && line.back() == '\r')
                line.remove_suffix(1);
            if (lineTimestamp(line, nowMs) != kNoTime) {
                anchored = true;
                windowStart = start;
                break;
            }
            if (starts.size() > count + kMaxLookBackLines || end - start > kMaxLookBackBytes)
                return std::nullopt;
        }
        if (start == 0) {
            windowStart = 0;
            break;
        }
        lineEnd = start - 1;
    }
    // Forward over the window with the index's rules.
    std::vector<TailLine> window;
    window.reserve(starts.size());
    std::int64_t last = kNoTime;
    std::size_t lead = 0;
    for (auto it = starts.rbegin(); it != starts.rend(); ++it) {
        const std::uint64_t start = *it;
        const auto nl = bytes.find('\n', static_cast<std::size_t>(start));
        std::uint64_t stop = nl == std::string_view::npos ? bytes.size() : nl;
        std::string_view line = bytes.substr(start, stop - start);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        const std::int64_t ts = lineTimestamp(line, nowMs);
        if (ts != kNoTime)
            last = ts;
        else if (last == kNoTime)
            ++lead;
        window.push_back(TailLine{start, line.size(), last});
    }
    if (!anchored) {
        // The window reaches the start of the file: lines before its first timestamp take that one.
        const std::int64_t first = lead < window.size() ? window[lead].ts : fallbackTs;
        for (std::size_t i = 0; i < lead; ++i)
            window[i].ts = first;
    }
    tail.wholeFile = windowStart == 0 && window.size() <= count;
    const std::size_t skip = window.size() > count ? window.size() - count : 0;
    tail.lines.assign(window.begin() + static_cast<std::ptrdiff_t>(skip), window.end());
    if (skip > 0 || windowStart > 0)
        tail.wholeFile = false;
    return tail;
}

} // namespace OpsDeck::Logs::RawFile
