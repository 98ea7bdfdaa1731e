// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace OpsDeck::Logs::Detail {

/** The longest duration since:/until: accept (100 years), so times stay in years 0..9999. */
inline constexpr std::int64_t kMaxDurationMs = 36'500LL * 86'400'000LL;

/** "15m", "24h", "7d", "2w", "1h30m" in ms; nullopt if malformed or longer than kMaxDurationMs. */
std::optional<std::int64_t> parseDuration(std::string_view text);

/**
 * RFC 3339 ("2026-11-27T10:00:00Z", "2026-11-27T10:00:00.250+01:00"; seconds
 * optional; no offset = UTC) or a bare date ("2026-11-27", midnight UTC), in
 * ms since the epoch.
 */
std::optional<std::int64_t> parseTimestamp(std::string_view text);

/** \a ms as RFC 3339 in UTC ("2026-11-27T10:00:00Z", ".250" when not whole seconds). */
std::string formatTimestamp(std::int64_t ms);

} // namespace OpsDeck::Logs::Detail
