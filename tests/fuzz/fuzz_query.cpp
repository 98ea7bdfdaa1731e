// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: the log query parser and matcher (backend-clients/embedded/logs/query).
// Checks, beyond "no crash, no sanitizer report":
//  - an error names a column inside the query (1 .. length + 1, in code points);
//  - a parsed query, written back with formatQuery(), parses to the same tree and times;
//  - the compiled matcher agrees with its negation, and a regex's block scan
//    agrees with scanning the lines one by one.
// Link with -lhs (Hyperscan).
#include <opsdeck/logs/matcher.h>
#include <opsdeck/logs/query.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace OpsDeck::Logs;

constexpr std::int64_t kNowMs = 1'795'780'800'000; // 2026-11-27T12:00:00Z

int columns(std::string_view s)
{
    int n = 0;
    for (const char c : s)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return n;
}

void check(bool condition)
{
    if (!condition)
        std::abort();
}

std::size_t regexBytes(const QueryNode &node)
{
    std::size_t n = node.kind == QueryNode::Kind::Regex ? node.value.size() : 0;
    for (const auto &child : node.children)
        n += regexBytes(child);
    return n;
}

void checkMatcher(const QueryNode &root, std::string_view input)
{
    // Building Hyperscan databases dominates; keep patterns small so the
    // fuzzer spends its time on the parser and the matcher's own code.
    if (regexBytes(root) > 256)
        return;
    auto compiled = Matcher::compile(root);
    if (std::holds_alternative<QueryError>(compiled))
        return; // e.g. "Pattern is too large": a clean error is fine
    const Matcher &m = std::get<Matcher>(compiled);

    QueryNode negated;
    negated.kind = QueryNode::Kind::Not;
    negated.children.push_back(root);
    auto compiledNot = Matcher::compile(negated);
    check(std::holds_alternative<Matcher>(compiledNot));
    const Matcher &notM = std::get<Matcher>(compiledNot);

    const std::vector<Field> fields{{"user_id", "u-42"}, {"http.status", "500"}};
    const RecordView records[] = {
        {input, "web-1", "api", "/var/log/app.log", Level::Warning, &fields},
        {"ERROR connection refused from 10.0.0.1 blk_-1608999687919862906", "db", "postgres", "", Level::Error, nullptr},
        {"", "", "", "", Level::Unknown, nullptr},
    };
    for (const RecordView &record : records)
        check(m.matches(record) != notM.matches(record));

    // Block scan over the input cut into lines, against line-by-line scans.
    for (std::size_t id = 0; id < m.regexCount(); ++id) {
        std::vector<std::size_t> viaBlock;
        m.scanRegexBlock(id, input, [&](std::size_t line) { viaBlock.push_back(line); });
        std::vector<std::size_t> viaLines;
        std::size_t line = 0;
        for (std::size_t start = 0; start < input.size(); ++line) {
            std::size_t end = input.find('\n', start);
            if (end == std::string_view::npos)
                end = input.size();
            if (m.regexMatches(id, input.substr(start, end - start)))
                viaLines.push_back(line);
            start = end + 1;
        }
        check(viaBlock == viaLines);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    const auto parsed = parseQuery(input, kNowMs);
    if (const auto *error = std::get_if<QueryError>(&parsed)) {
        check(error->column >= 1 && error->column <= columns(input) + 1);
        check(!error->detail.empty() && describe(*error).rfind("1:", 0) == 0);
        return 0;
    }
    const ParsedQuery &query = std::get<ParsedQuery>(parsed);
    const std::string tree = toString(query.root);

    const std::string text = formatQuery(query);
    const auto again = parseQuery(text, kNowMs + 12345); // formatted times are absolute
    check(std::holds_alternative<ParsedQuery>(again));
    const ParsedQuery &second = std::get<ParsedQuery>(again);
    check(toString(second.root) == tree);
    check(second.sinceMs == query.sinceMs && second.untilMs == query.untilMs);

    checkMatcher(query.root, input);
    return 0;
}
