// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

/**
 * \file
 * Reads what a log line says about itself: timestamp, level, host, service
 * and key/value fields, with no format definition. Plain C++20 (no Qt), so it
 * can be fuzzed on its own; it runs on every ingested line, so the common path
 * scans bytes by hand and allocates nothing once the output buffers are warm.
 *
 * \code
 * OpsDeck::Logs::LineParser parser({.nowMs = nowMs});
 * OpsDeck::Logs::ParsedLine parsed;              // reuse it for every line
 * for (std::string_view line : lines) {
 *     parser.parse(line, parsed);                // views point into `line`
 *     store(line, parsed.timestampMs, parsed.level, parsed.host, parsed.service, parsed.fields);
 * }
 * \endcode
 */

#include "opsdeck/logs/record.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace OpsDeck::Logs {

/**
 * The result of LineParser::parse(). Reused across calls: clear() resets it
 * without freeing its buffers, so a warm ParsedLine costs no allocation.
 *
 * \c host, \c service and \c format are views: into the parsed line, into
 * \c fields (a JSON value that had escapes), or into static storage. They are
 * valid until the line's buffer changes or the next parse()/clear(). Copying
 * a ParsedLine does not re-point them: copy the strings out instead.
 */
struct ParsedLine
{
    std::int64_t timestampMs = kNoTime; ///< ms since the epoch, UTC; kNoTime: none found
    Level level = Level::Unknown;
    std::string_view host;              ///< empty = unknown
    std::string_view service;           ///< program / tag / logger / component
    /// JSON-lines members (nested objects flattened "a.b"), logfmt pairs.
    std::vector<Field> fields;
    /// The format that matched: "rfc3339", "syslog", "hdfs", "json", "logfmt", ...;
    /// empty when nothing did.
    std::string_view format;

    /// Resets every member; keeps the field strings' capacity for reuse.
    void clear();
    /// Appends a field, reusing a spare one's buffers when there is one.
    Field &addField(std::string_view key, std::string_view value);
    /// Drops fields from index \a count on (their buffers are kept for reuse).
    void truncateFields(std::size_t count);

private:
    std::vector<Field> m_spare;
};

/**
 * Recognises the timestamp formats of common logs: RFC 3339 / ISO 8601,
 * syslog "Mmm dd HH:MM:SS", Apache error and access logs, epoch seconds and
 * milliseconds, glog/klog, and every system of the loghub samples (Android,
 * BGL, HDFS, HPC, Hadoop, HealthApp, Linux, Mac, OpenSSH, OpenStack,
 * Proxifier, Spark, Thunderbird, Windows, Zookeeper). Detection is sticky:
 * the format that matched the previous line is tried first, so use one parser
 * per source. Not thread-safe; one instance per thread.
 */
class LineParser
{
public:
    struct Options
    {
        /// Reference time: year-less stamps take this year, or the one before
        /// when that would put them more than a day after it. Zone-less stamps are UTC.
        std::int64_t nowMs = 0;
    };

    explicit LineParser(Options options);

    /**
     * Parses \a line (without its line terminator; a trailing '\r' is ignored)
     * into \a out, which is cleared first. Returns true when a timestamp was
     * found. Never throws and never reads outside \a line, whatever it holds.
     */
    bool parse(std::string_view line, ParsedLine &out);

    /// Changes the reference time (e.g. once a day for a long-running ingest).
    void setNow(std::int64_t nowMs);
    std::int64_t nowMs() const { return m_nowMs; }

private:
    std::int64_t m_nowMs = 0;
    std::int64_t m_yearLimitKey = 0; ///< year-less stamps: see YearGuesser
    int m_nowYear = 1970;
    std::uint8_t m_lastFormat = 0;
    std::string m_keyPrefix; ///< JSON key flattening buffer, reused
};

} // namespace OpsDeck::Logs
