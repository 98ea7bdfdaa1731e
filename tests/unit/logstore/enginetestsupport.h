// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/logs/engine.h>
#include <opsdeck/logs/matcher.h>
#include <opsdeck/logs/query.h>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace OpsDeck::Test {

inline constexpr std::int64_t kDay = 86'400'000;
inline constexpr std::int64_t kNow = 1'795'000'000'000; // 2026-11-18, a fixed "now" for fake clocks

inline Logs::StoredRecord makeRecord(std::int64_t ts, std::string message, std::string host = "web-1",
                                     std::string service = "api", Logs::Level level = Logs::Level::Info)
{
    Logs::StoredRecord r;
    r.ts = ts;
    r.ingested = ts;
    r.message = std::move(message);
    r.host = std::move(host);
    r.service = std::move(service);
    r.source = "/var/log/test.log";
    r.level = level;
    return r;
}

/** Searches \a engine with the real query parser and matcher. */
inline Logs::SearchResult searchEngine(const Logs::LogEngine &engine, const std::string &text,
                                       std::int64_t from, std::int64_t to, std::size_t limit = 100,
                                       bool countOnly = false, int buckets = 0)
{
    Logs::SearchResult result;
    auto parsed = Logs::parseQuery(text, kNow);
    if (auto *e = std::get_if<Logs::QueryError>(&parsed)) {
        ADD_FAILURE() << "query \"" << text << "\": " << Logs::describe(*e);
        return result;
    }
    auto &query = std::get<Logs::ParsedQuery>(parsed);
    auto compiled = Logs::Matcher::compile(query.root);
    if (auto *e = std::get_if<Logs::QueryError>(&compiled)) {
        ADD_FAILURE() << "query \"" << text << "\": " << Logs::describe(*e);
        return result;
    }
    const auto &matcher = std::get<Logs::Matcher>(compiled);
    Logs::SearchRequest request;
    request.query = &query.root;
    request.matcher = &matcher;
    request.fromMs = from;
    request.toMs = to;
    request.limit = limit;
    request.countOnly = countOnly;
    request.buckets = buckets;
    request.needsDerivedFields = true;
    std::string error;
    EXPECT_TRUE(engine.search(request, result, &error)) << error;
    return result;
}

} // namespace OpsDeck::Test
