// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// A deterministic log corpus for the log store benchmarks: loghub sample
// lines re-stamped over N days ending at a given time, with request ids that
// recur a few times, common words everywhere and planted rare tokens.

#include <cstdint>
#include <string>
#include <vector>

namespace OpsDeck::Bench {

struct CorpusSpec
{
    std::string loghubDir;            ///< folder with the *_2k.log samples
    std::uint64_t bytes = 1ull << 30; ///< stop after this much text
    int days = 30;
    std::int64_t endMs = 0;           ///< newest timestamp
    std::uint64_t seed = 42;
};

struct CorpusFacts
{
    std::uint64_t lines = 0;
    std::uint64_t bytes = 0;
    std::string rareToken;            ///< in exactly `rareCount` lines, spread over the range
    std::uint64_t rareCount = 0;
    std::string rareId;               ///< one request id, on `rareIdCount` lines on different days
    std::uint64_t rareIdCount = 0;
    std::string commonWord;           ///< in a large share of lines
    std::string phrase;               ///< a two-word phrase from the samples
};

/** Writes the corpus to \a path (one record per line, oldest first); false with \a error. */
bool writeCorpus(const CorpusSpec &spec, const std::string &path, CorpusFacts &facts, std::string *error);

} // namespace OpsDeck::Bench
