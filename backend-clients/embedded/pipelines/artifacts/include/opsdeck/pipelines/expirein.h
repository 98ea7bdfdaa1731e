// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace OpsDeck::Pipelines {

/**
 * How long an artifact set is kept: a number of seconds, or never.
 * Parsed from GitLab's `artifacts:expire_in` syntax (docs/artifact-store.md).
 */
struct ExpireIn
{
    bool never = false;
    std::int64_t seconds = 0; ///< meaningless when never
    friend bool operator==(const ExpireIn &, const ExpireIn &) = default;
};

/**
 * Parses GitLab's duration syntax: "30 days", "1 week", "2 hrs 20 min",
 * "2h20min", "3 weeks and 2 days", "7d", "42" (seconds), "never".
 * Units: s/sec/second(s), m/min/minute(s), h/hr/hour(s), d/day(s),
 * w/week(s), mo/mos/month(s) (30 days), y/yr/year(s) (365 days).
 * On failure returns nothing and sets \a error to one line naming the
 * 1-based column of the offending text, e.g.
 * `column 3: unknown unit "fortnights" (use seconds, minutes, hours, days, weeks, months or years)`.
 *
 * \code
 * std::string error;
 * auto keep = parseExpireIn("1 week", &error); // keep->seconds == 604800
 * \endcode
 */
std::optional<ExpireIn> parseExpireIn(std::string_view text, std::string *error);

/** "30 days", "1 week", "90 minutes", "never": the shortest exact spelling. */
std::string formatExpireIn(const ExpireIn &value);

} // namespace OpsDeck::Pipelines
