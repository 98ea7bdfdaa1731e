// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// The line formats LineParser recognises by their first bytes. Each matcher
// reads the timestamp and whatever fixed columns its format has (level, host,
// service); LineParser does the rest (syslog header, level words, fields).

#include "parseutil_p.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace OpsDeck::Logs::Detail {

// The formats a line can start with. The order is the trial order for a line
// whose format differs from the previous one's; formats are specific enough
// that at most one matches a real line.
enum Format : std::uint8_t {
    Rfc3339,
    Syslog,
    Android,
    Hdfs,
    Spark,
    HealthApp,
    Proxifier,
    ApacheError,
    Bgl,
    Epoch,
    Hpc,
    Glog,
    PrefixedIso,
    Clf,
    kFormatCount
};

enum class Header : std::uint8_t {
    None,
    Syslog,       ///< "host tag[pid]: msg" expected (after a syslog timestamp)
    SyslogStrict, ///< only if it clearly is one (after an ISO timestamp)
};

struct Match
{
    std::int64_t ts = kNoTime;
    std::size_t rest = 0; ///< where the text after the timestamp (and fixed columns) starts
    Level level = Level::Unknown;
    bool levelKnown = false; ///< the format's columns decided the level (maybe "none")
    Header header = Header::None;
    std::string_view host;
    std::string_view service;
    std::string_view name;
};

/// The formats that can match a line whose first byte is \a first, one bit
/// per Format: a line is only tried against formats that can start like it.
std::uint32_t candidateFormats(char first);

/// Tries \a format on \a s; fills \a m and returns true when it matches.
bool tryFormat(std::uint8_t format, std::string_view s, const YearGuesser &years, Match &m);

} // namespace OpsDeck::Logs::Detail
