// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include <opsdeck/logs/multiline.h>

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

using OpsDeck::Logs::MultilineJoiner;

namespace {

std::vector<std::string> join(MultilineJoiner::Rule rule, const std::vector<std::string> &lines)
{
    MultilineJoiner joiner(rule);
    std::vector<std::string> records;
    const auto collect = [&records](std::string_view r) { records.emplace_back(r); };
    for (const std::string &line : lines)
        joiner.push(line, collect);
    joiner.flush(collect);
    return records;
}

} // namespace

TEST(MultilineJoiner, NoneEmitsEveryLine)
{
    EXPECT_EQ(join(MultilineJoiner::Rule::None, {"a", "  b", "\tc", ""}),
              (std::vector<std::string>{"a", "  b", "\tc", ""}));
}

TEST(MultilineJoiner, IndentJoinsStackTraces)
{
    const std::vector<std::string> lines = {
        "2024-05-01 10:00:00 ERROR boom",
        "java.lang.IllegalStateException: x",
        "\tat com.example.Foo.bar(Foo.java:12)",
        "\tat com.example.Main.main(Main.java:3)",
        "2024-05-01 10:00:01 INFO next",
        "    continued with spaces",
        "2024-05-01 10:00:02 INFO last",
    };
    EXPECT_EQ(join(MultilineJoiner::Rule::Indent, lines),
              (std::vector<std::string>{
                  "2024-05-01 10:00:00 ERROR boom",
                  "java.lang.IllegalStateException: x\n\tat com.example.Foo.bar(Foo.java:12)\n"
                  "\tat com.example.Main.main(Main.java:3)",
                  "2024-05-01 10:00:01 INFO next\n    continued with spaces",
                  "2024-05-01 10:00:02 INFO last",
              }));
}

TEST(MultilineJoiner, LeadingContinuationStartsARecord)
{
    EXPECT_EQ(join(MultilineJoiner::Rule::Indent, {"  orphan", " more", "head"}),
              (std::vector<std::string>{"  orphan\n more", "head"}));
}

TEST(MultilineJoiner, RecordWaitsForTheNextHeadOrFlush)
{
    MultilineJoiner joiner(MultilineJoiner::Rule::Indent);
    std::vector<std::string> records;
    const auto collect = [&records](std::string_view r) { records.emplace_back(r); };
    joiner.push("first", collect);
    EXPECT_TRUE(records.empty());
    EXPECT_TRUE(joiner.hasPending());
    joiner.push(" cont", collect);
    joiner.flush(collect);
    EXPECT_EQ(records, (std::vector<std::string>{"first\n cont"}));
    EXPECT_FALSE(joiner.hasPending());
    joiner.flush(collect); // nothing twice
    EXPECT_EQ(records.size(), 1u);
}

TEST(MultilineJoiner, RunawayRecordIsCappedAtOneMebibyte)
{
    MultilineJoiner joiner(MultilineJoiner::Rule::Indent);
    std::vector<std::size_t> sizes;
    const auto collect = [&sizes](std::string_view r) { sizes.push_back(r.size()); };
    joiner.push("head", collect);
    const std::string cont = "\t" + std::string(999, 'x'); // 1000 bytes
    for (int i = 0; i < 3000; ++i)                            // ~3 MB of continuation
        joiner.push(cont, collect);
    joiner.flush(collect);
    ASSERT_GE(sizes.size(), 3u);
    std::size_t total = 0;
    for (const std::size_t s : sizes) {
        EXPECT_LE(s, MultilineJoiner::kMaxRecordBytes);
        total += s;
    }
    // Nothing lost: every byte arrives, plus one '\n' per joined line.
    EXPECT_EQ(total, 4 + 3000 * 1000 + (3000 - (sizes.size() - 1)));
}
