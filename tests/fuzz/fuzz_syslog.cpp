// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: TCP framing (the input split at a data-chosen point) and
// the RFC 5424 / RFC 3164 message parser on every frame.
#include <opsdeck/logs/syslog.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace OpsDeck::Logs;
    const std::string_view input(reinterpret_cast<const char *>(data), size);

    RecordInput record;
    const bool parsed = parseSyslogMessage(input, 1, 1767225600000, record);
    if (!parsed && record.message != input)
        std::abort(); // without a PRI the datagram is kept verbatim

    // The same stream fed whole and fed in two pieces must give the same frames.
    std::vector<std::string> whole;
    std::vector<std::string> split;
    {
        SyslogFrameDecoder decoder;
        const auto onFrame = [&](std::string_view frame) {
            whole.emplace_back(frame);
            parseSyslogMessage(frame, 1, 1767225600000, record);
        };
        decoder.feed(input, onFrame);
        decoder.flush(onFrame);
    }
    {
        const std::size_t cut = size == 0 ? 0 : data[0] % (size + 1);
        SyslogFrameDecoder decoder;
        const auto onFrame = [&](std::string_view frame) { split.emplace_back(frame); };
        decoder.feed(input.substr(0, cut), onFrame);
        decoder.feed(input.substr(cut), onFrame);
        decoder.flush(onFrame);
    }
    if (whole != split)
        std::abort();
    std::size_t total = 0;
    for (const std::string &frame : whole)
        total += frame.size();
    if (total > size)
        std::abort();
    return 0;
}
