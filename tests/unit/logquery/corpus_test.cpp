// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// The matcher against independent references (a byte-by-byte word search and
// std::regex) on real log lines: 2 000 lines drawn with a fixed seed from the
// loghub samples.
#include "querytestsupport.h"
#include "testsupport.h"

#include <opsdeck/logs/tokenizer.h>

#include <QString>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <regex>

using namespace OpsDeck::Logs;
using OpsDeck::Logs::Test::compiled;

namespace {

std::vector<std::string> loghubLines()
{
    namespace fs = std::filesystem;
    const fs::path dir = fs::path(OpsDeck::Test::sharedDataDir().toStdString()) / "loghub";
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto &entry : fs::directory_iterator(dir, ec)) {
        if (entry.path().extension() == ".log")
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    std::vector<std::string> lines;
    for (const auto &file : files) {
        std::ifstream in(file, std::ios::binary);
        std::string line;
        while (std::getline(in, line)) {
            if (!line.empty() && line.back() == '\r')
                line.pop_back();
            lines.push_back(line);
        }
    }
    return lines;
}

/** 2 000 lines drawn with a fixed seed, so a failure reproduces. */
const std::vector<std::string> &sample()
{
    static const std::vector<std::string> lines = [] {
        const std::vector<std::string> all = loghubLines();
        std::vector<std::string> picked;
        if (all.empty())
            return picked;
        std::mt19937_64 random(20261127);
        for (int i = 0; i < 2000; ++i)
            picked.push_back(all[random() % all.size()]);
        return picked;
    }();
    return lines;
}

// --- The reference: word boundaries checked byte by byte on an ASCII-lowercased
// copy of the line, written without tokenizer.h (and std::regex for /regex/).

bool isSeparator(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u < 0x80 && !std::isalnum(u) && c != '_';
}

std::string asciiLower(std::string s)
{
    for (char &c : s)
        c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return s;
}

/** Does \a words occur in \a lowered at \a pos: separated by separators, bounded at both ends? */
bool phraseAt(const std::string &lowered, std::size_t pos, const std::vector<std::string> &words, bool lastIsPrefix)
{
    for (std::size_t w = 0; w < words.size(); ++w) {
        if (lowered.compare(pos, words[w].size(), words[w]) != 0)
            return false;
        pos += words[w].size();
        const bool last = w + 1 == words.size();
        if (last)
            return lastIsPrefix || pos == lowered.size() || isSeparator(lowered[pos]);
        if (pos == lowered.size() || !isSeparator(lowered[pos]))
            return false;
        while (pos < lowered.size() && isSeparator(lowered[pos]))
            ++pos;
    }
    return false;
}

struct Phrase
{
    std::vector<std::string> words; // lowercased
    bool lastIsPrefix = false;

    bool operator()(const std::string &, const std::string &lowered) const
    {
        for (std::size_t pos = lowered.find(words.front()); pos != std::string::npos;
             pos = lowered.find(words.front(), pos + 1)) {
            if ((pos == 0 || isSeparator(lowered[pos - 1])) && phraseAt(lowered, pos, words, lastIsPrefix))
                return true;
        }
        return false;
    }
};

Phrase phraseOf(std::vector<std::string> words, bool lastIsPrefix)
{
    for (auto &w : words)
        w = asciiLower(w);
    return Phrase{std::move(words), lastIsPrefix};
}

bool isAsciiWord(std::string_view w)
{
    return !w.empty() && w.size() < kMaxTokenBytes && std::all_of(w.begin(), w.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    });
}

/** The words of \a line in order (runs of non-separators), to pick query words from. */
std::vector<std::string> referenceWords(const std::string &line)
{
    std::vector<std::string> out;
    std::string word;
    for (const char c : line + " ") {
        if (!isSeparator(c)) {
            word.push_back(c);
        } else if (!word.empty()) {
            out.push_back(word);
            word.clear();
        }
    }
    return out;
}

struct Probe
{
    std::string query;
    std::function<bool(const std::string &line, const std::string &lowered)> reference;
};

std::string randomCase(std::string w, std::mt19937_64 &random)
{
    for (char &c : w) {
        if (random() % 2 && c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    }
    return w;
}

std::vector<Probe> probes()
{
    std::vector<Probe> out;
    const auto &lines = sample();
    std::mt19937_64 random(7);
    auto wordsOfRandomLine = [&](std::size_t atLeast) {
        for (;;) {
            const auto words = referenceWords(lines[random() % lines.size()]);
            if (words.size() >= atLeast)
                return words;
        }
    };
    auto wordProbe = [](std::string query, Phrase phrase) { return Probe{std::move(query), std::move(phrase)}; };

    for (int i = 0; i < 12; ++i) {
        const auto words = wordsOfRandomLine(1);
        const std::string w = words[random() % words.size()];
        if (!isAsciiWord(w))
            continue;
        out.push_back(wordProbe(randomCase(w, random), phraseOf({w}, false)));
    }
    for (int i = 0; i < 12; ++i) {
        const auto words = wordsOfRandomLine(3);
        const std::size_t at = random() % (words.size() - 2);
        const std::size_t n = 2 + random() % 2;
        std::vector<std::string> phrase(words.begin() + static_cast<std::ptrdiff_t>(at),
                                        words.begin() + static_cast<std::ptrdiff_t>(at + n));
        if (!std::all_of(phrase.begin(), phrase.end(), isAsciiWord))
            continue;
        std::string quoted = "\"";
        std::string dashed;
        for (const auto &w : phrase) {
            quoted += (quoted.size() > 1 ? " " : "") + w;
            dashed += (dashed.empty() ? "" : "-") + w;
        }
        quoted += "\"";
        const Phrase re = phraseOf(phrase, false);
        out.push_back(wordProbe(quoted, re));
        out.push_back(wordProbe(dashed, re)); // a bare multi-token word is the same phrase
    }
    for (int i = 0; i < 8; ++i) {
        const auto words = wordsOfRandomLine(1);
        const std::string w = words[random() % words.size()];
        if (!isAsciiWord(w) || w.size() < 3)
            continue;
        const std::string prefix = w.substr(0, 2 + random() % (w.size() - 2));
        out.push_back(wordProbe(prefix + "*", phraseOf({prefix}, true)));
    }
    // Combinations, with the reference combining reference results.
    for (int i = 0; i < 6; ++i) {
        const auto a = wordsOfRandomLine(1);
        const auto b = wordsOfRandomLine(1);
        const std::string x = a[random() % a.size()];
        const std::string y = b[random() % b.size()];
        if (!isAsciiWord(x) || !isAsciiWord(y))
            continue;
        const Phrase rx = phraseOf({x}, false);
        const Phrase ry = phraseOf({y}, false);
        out.push_back({x + " OR " + y, [=](const std::string &o, const std::string &l) { return rx(o, l) || ry(o, l); }});
        out.push_back({x + " -" + y, [=](const std::string &o, const std::string &l) { return rx(o, l) && !ry(o, l); }});
    }
    // Regexes whose meaning is the same in Hyperscan and ECMAScript.
    const std::pair<const char *, bool> regexes[] = {
        {R"(\d{3,}\.\d+)", false},        {R"((error|fail)[a-z]*)", true}, {R"(user=\w+)", false},
        {R"([0-9a-f]{8})", false},        {R"(^\w+ \d)", false},           {R"(\bblock\b)", false},
        {R"(\s{2,})", false},             {R"(exception$)", true},         {R"(\[\w+\])", false},
        {R"(port \d+)", false},           {R"(connection)", true},         {R"(\d+\.\d+\.\d+\.\d+)", false},
    };
    for (const auto &[pattern, caseless] : regexes) {
        const auto flags = std::regex::ECMAScript | std::regex::optimize
                           | (caseless ? std::regex::icase : std::regex::ECMAScript);
        const std::regex re(pattern, flags);
        out.push_back({std::string("/") + pattern + (caseless ? "/i" : "/"),
                       [re](const std::string &line, const std::string &) { return std::regex_search(line, re); }});
    }
    return out;
}

} // namespace

TEST(MatcherCorpus, AgreesWithAReferenceOnLoghubLines)
{
    const auto &lines = sample();
    ASSERT_EQ(lines.size(), 2000u) << "no loghub samples under " << OpsDeck::Test::sharedDataDir().toStdString();
    const auto all = probes();
    ASSERT_GE(all.size(), 60u);
    std::vector<std::string> lowered;
    for (const auto &line : lines)
        lowered.push_back(asciiLower(line));
    std::size_t nonTrivial = 0;
    for (const Probe &probe : all) {
        SCOPED_TRACE(probe.query);
        const Matcher m = compiled(probe.query);
        std::size_t count = 0;
        std::size_t expected = 0;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const std::string &line = lines[i];
            const bool got = m.matches(RecordView{line});
            const bool want = probe.reference(line, lowered[i]);
            count += got;
            expected += want;
            if (got != want) {
                ADD_FAILURE() << "disagreement on: " << line << "\n  matcher " << got << ", reference " << want;
                break;
            }
        }
        EXPECT_EQ(count, expected);
        nonTrivial += count > 0 && count < lines.size();
    }
    EXPECT_GE(nonTrivial, all.size() / 2); // the probes really select something
}

TEST(MatcherCorpus, BlockScanAgreesWithPerLineScan)
{
    const auto &lines = sample();
    ASSERT_EQ(lines.size(), 2000u);
    const char *patterns[] = {R"(/\d{3,}\.\d+/)", "/error/i", R"(/^\w+ \d/)", R"(/\s+$/)", "/./",
                              R"(/[^a]{20}/)", R"(/\d\s+\d/)", R"(/(?s)block.*served/)"};
    for (const char *pattern : patterns) {
        SCOPED_TRACE(pattern);
        const Matcher m = compiled(pattern);
        // Blocks of about 64 KiB, as the store cuts them.
        std::size_t lineBase = 0;
        std::vector<std::size_t> viaBlocks;
        std::string block;
        std::size_t blockLines = 0;
        auto flush = [&] {
            m.scanRegexBlock(0, block, [&](std::size_t line) { viaBlocks.push_back(lineBase + line); });
            lineBase += blockLines;
            block.clear();
            blockLines = 0;
        };
        for (const std::string &line : lines) {
            block += line;
            block += '\n';
            ++blockLines;
            if (block.size() >= 64 * 1024)
                flush();
        }
        flush();
        std::vector<std::size_t> viaLines;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            if (m.regexMatches(0, lines[i]))
                viaLines.push_back(i);
        }
        EXPECT_EQ(viaBlocks, viaLines);
    }
}

TEST(MatcherCorpus, ThroughputReport)
{
    // Figures only (Debug builds are slow); the closing note reports a Release run.
    const auto &lines = sample();
    ASSERT_FALSE(lines.empty());
    const Matcher terms = compiled("block served received");
    const Matcher regex = compiled(R"(/\d{3,}\.\d+/)");
    using Clock = std::chrono::steady_clock;
    std::size_t hits = 0;
    const auto t0 = Clock::now();
    constexpr int kRounds = 20;
    for (int r = 0; r < kRounds; ++r) {
        for (const auto &line : lines)
            hits += terms.matches(RecordView{line});
    }
    const auto t1 = Clock::now();
    std::string block;
    for (const auto &line : lines)
        (block += line) += '\n';
    for (int r = 0; r < kRounds; ++r)
        regex.scanRegexBlock(0, block, [&](std::size_t) { ++hits; });
    const auto t2 = Clock::now();
    const double records = double(lines.size()) * kRounds;
    const auto perSecond = [&](Clock::duration d) {
        return records / std::max(1e-9, std::chrono::duration<double>(d).count());
    };
    std::cout << "[ report   ] 3-term query: " << perSecond(t1 - t0) << " records/s; regex block scan: "
              << perSecond(t2 - t1) << " records/s (" << hits << " hits)\n";
}
