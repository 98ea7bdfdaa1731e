// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: the line parser and the multi-line joiner on arbitrary bytes.
#include <opsdeck/logs/lineparser.h>
#include <opsdeck/logs/multiline.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace OpsDeck::Logs;
    const std::string_view input(reinterpret_cast<const char *>(data), size);

    // One parser over all lines of the input (sticky format state carries over),
    // and the whole input as one line.
    static LineParser parser({.nowMs = 1767225600000}); // 2026-01-01T00:00:00Z
    ParsedLine out;
    parser.parse(input, out);
    MultilineJoiner joiner(MultilineJoiner::Rule::Indent);
    std::size_t joined = 0;
    const auto onRecord = [&](std::string_view record) {
        joined += record.size();
        parser.parse(record, out);
        // Views must point into the record or into out.fields.
        for (const std::string_view view : {out.host, out.service}) {
            bool inside = view.empty()
                          || (view.data() >= record.data()
                              && view.data() + view.size() <= record.data() + record.size());
            for (const Field &f : out.fields)
                inside = inside || (view.data() >= f.value.data()
                                    && view.data() + view.size() <= f.value.data() + f.value.size());
            if (!inside)
                std::abort();
        }
        if (out.timestampMs != kNoTime && out.format.empty() && out.fields.empty())
            std::abort(); // a timestamp always comes from a format or a field
    };
    std::size_t start = 0;
    for (std::size_t i = 0; i <= size; ++i) {
        if (i == size || input[i] == '\n') {
            joiner.push(input.substr(start, i - start), onRecord);
            start = i + 1;
        }
    }
    joiner.flush(onRecord);
    if (joined > size + size) // at most the input plus its newlines
        std::abort();
    return 0;
}
