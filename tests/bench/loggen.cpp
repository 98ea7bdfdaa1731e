// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "loggen.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <random>

namespace OpsDeck::Bench {

namespace {

struct System
{
    std::string name;
    std::vector<std::string> bodies; ///< sample lines with their own timestamp prefix removed
};

/** Drops the leading timestamp-ish tokens so the generated RFC 3339 stamp is the only one. */
std::string bodyOf(const std::string &line)
{
    // Keep the line from its first token that has a letter, a good enough
    // cut for every loghub format (they all start with digits/punctuation).
    std::size_t i = 0;
    while (i < line.size()) {
        std::size_t end = line.find(' ', i);
        if (end == std::string::npos)
            end = line.size();
        bool letter = false;
        for (std::size_t k = i; k < end; ++k)
            letter = letter || std::isalpha(static_cast<unsigned char>(line[k]));
        const std::string_view token(line.data() + i, end - i);
        const bool monthOrDay = token.size() == 3 && i < 20; // Jun, Sun, ...
        if (letter && !monthOrDay && token != "-")
            return line.substr(i);
        i = end + 1;
    }
    return line;
}

std::string rfc3339(std::int64_t ms)
{
    const std::time_t t = static_cast<std::time_t>(ms / 1000);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1,
                  tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(ms % 1000));
    return buf;
}

} // namespace

bool writeCorpus(const CorpusSpec &spec, const std::string &path, CorpusFacts &facts, std::string *error)
{
    std::vector<System> systems;
    std::vector<std::filesystem::path> files;
    for (const auto &e : std::filesystem::directory_iterator(spec.loghubDir)) {
        if (e.path().filename().string().find("_2k.log") != std::string::npos)
            files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto &f : files) {
        System s;
        s.name = f.filename().string().substr(0, f.filename().string().find('_'));
        std::transform(s.name.begin(), s.name.end(), s.name.begin(), [](unsigned char c) { return std::tolower(c); });
        std::ifstream in(f);
        std::string line;
        while (std::getline(in, line)) {
            if (!line.empty() && line.back() == '\r')
                line.pop_back();
            if (!line.empty())
                s.bodies.push_back(bodyOf(line));
        }
        if (!s.bodies.empty())
            systems.push_back(std::move(s));
    }
    if (systems.empty()) {
        if (error)
            *error = "no *_2k.log samples in " + spec.loghubDir;
        return false;
    }
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) {
        if (error)
            *error = "cannot write " + path;
        return false;
    }
    std::mt19937_64 rng(spec.seed);
    const std::int64_t span = std::int64_t(spec.days) * 86'400'000;
    const std::int64_t start = spec.endMs - span;
    // Estimate the line count to spread timestamps evenly.
    std::uint64_t avg = 0, n = 0;
    for (const auto &s : systems)
        for (const auto &b : s.bodies)
            avg += b.size(), ++n;
    avg = avg / n + 60;
    const std::uint64_t expectedLines = spec.bytes / avg + 1;

    facts = CorpusFacts{};
    facts.rareToken = "zqxneedle7";
    facts.rareId = "req-5eed00c0ffee1234";
    facts.commonWord = "session";
    facts.phrase = "Received block";
    const std::uint64_t rareEvery = std::max<std::uint64_t>(1, expectedLines / 12);
    const std::uint64_t rareIdEvery = std::max<std::uint64_t>(1, expectedLines / 30);
    std::string line;
    std::uint64_t reqCounter = 0;
    std::vector<std::string> liveRequests;
    while (facts.bytes < spec.bytes) {
        const std::int64_t ts = start + static_cast<std::int64_t>(facts.lines * std::uint64_t(span) / expectedLines);
        const System &sys = systems[rng() % systems.size()];
        const std::string &body = sys.bodies[rng() % sys.bodies.size()];
        line.clear();
        line += rfc3339(ts);
        line += " host-";
        line += std::to_string(rng() % 40);
        line += ' ';
        line += sys.name;
        line += '[';
        line += std::to_string(1000 + rng() % 30000);
        line += "]: ";
        line += body;
        // Request ids: about a third of the lines carry one; each id recurs a few times.
        if (rng() % 3 == 0) {
            if (liveRequests.size() < 64 || rng() % 4 == 0) {
                char id[24];
                std::snprintf(id, sizeof id, "req-%016llx",
                              static_cast<unsigned long long>(rng() ^ (++reqCounter * 0x9e3779b97f4a7c15ull)));
                liveRequests.emplace_back(id);
            }
            const std::size_t k = rng() % liveRequests.size();
            line += " request_id=";
            line += liveRequests[k];
            if (rng() % 3 == 0) {
                liveRequests[k] = liveRequests.back();
                liveRequests.pop_back();
            }
        }
        if (facts.lines % rareEvery == rareEvery / 2) {
            line += " marker=";
            line += facts.rareToken;
            ++facts.rareCount;
        }
        if (facts.lines % rareIdEvery == rareIdEvery / 3) {
            line += " trace=";
            line += facts.rareId;
            ++facts.rareIdCount;
        }
        line += '\n';
        out.write(line.data(), static_cast<std::streamsize>(line.size()));
        facts.bytes += line.size();
        ++facts.lines;
    }
    out.close();
    if (!out) {
        if (error)
            *error = "write failed: " + path;
        return false;
    }
    return true;
}

} // namespace OpsDeck::Bench
