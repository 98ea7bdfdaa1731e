// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <string>

namespace OpsDeck::Logs {

class LogEngine;

/**
 * Fills \a engine with \a days of made-up but realistic logs ending at
 * \a endMs: an nginx front end, a JSON-logging API, a logfmt payments
 * service, PostgreSQL, sshd and kernel syslog, a Java batch job — with a
 * deploy, an incident (a burst of errors) and a few request ids that cross
 * services, so a new user has something to search, chart and follow.
 * Deterministic for a given seed. Returns the number of records committed.
 */
std::uint64_t writeDemoLogs(LogEngine &engine, std::int64_t endMs, int days, std::uint64_t seed, std::string *error);

} // namespace OpsDeck::Logs
