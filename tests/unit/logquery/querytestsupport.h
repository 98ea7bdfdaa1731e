// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/logs/matcher.h>
#include <opsdeck/logs/query.h>

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace OpsDeck::Logs::Test {

/** 2026-11-27T12:00:00Z: "now" for every relative time in these tests. */
inline constexpr std::int64_t kNowMs = 1'795'780'800'000;

/** The canonical tree of \a text, or "error 1:COL: detail". */
inline std::string sexp(std::string_view text)
{
    const auto parsed = parseQuery(text, kNowMs);
    if (const auto *error = std::get_if<QueryError>(&parsed))
        return "error " + describe(*error);
    return toString(std::get<ParsedQuery>(parsed).root);
}

/** The error \a text must produce (a failed expectation and a default error if it parses). */
inline QueryError errorOf(std::string_view text)
{
    const auto parsed = parseQuery(text, kNowMs);
    if (const auto *error = std::get_if<QueryError>(&parsed))
        return *error;
    ADD_FAILURE() << "expected an error for: " << text << "\n  got " << toString(std::get<ParsedQuery>(parsed).root);
    return {};
}

inline ParsedQuery parsed(std::string_view text)
{
    auto result = parseQuery(text, kNowMs);
    if (const auto *error = std::get_if<QueryError>(&result)) {
        ADD_FAILURE() << "unexpected error for: " << text << "\n  " << describe(*error);
        return {};
    }
    return std::get<ParsedQuery>(std::move(result));
}

inline Matcher compiled(std::string_view text)
{
    auto result = Matcher::compile(parsed(text).root);
    if (const auto *error = std::get_if<QueryError>(&result)) {
        ADD_FAILURE() << "cannot compile: " << text << "\n  " << describe(*error);
        return std::get<Matcher>(Matcher::compile(QueryNode{}));
    }
    return std::get<Matcher>(std::move(result));
}

} // namespace OpsDeck::Logs::Test
