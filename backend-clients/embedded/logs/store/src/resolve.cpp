// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/logs/resolve.h"

#include "queryexec.h"

#include <chrono>

namespace OpsDeck::Logs {

RecordResolver::RecordResolver(std::int64_t nowMs) : m_parser(LineParser::Options{nowMs}) {}

StoredRecord RecordResolver::resolve(RecordInput &&input, std::int64_t ingestedMs)
{
    StoredRecord r;
    m_parser.parse(input.message, m_parsed);
    r.ingested = input.ingestedMs != kNoTime ? input.ingestedMs : ingestedMs;
    r.ts = input.timestampMs != kNoTime ? input.timestampMs
           : m_parsed.timestampMs != kNoTime ? m_parsed.timestampMs
                                              : r.ingested;
    r.level = input.level != Level::Unknown ? input.level : m_parsed.level;
    r.host = !input.host.empty() ? std::move(input.host) : std::string(m_parsed.host);
    r.service = !input.service.empty() ? std::move(input.service) : std::string(m_parsed.service);
    r.source = std::move(input.source);
    r.extra = std::move(input.fields);
    r.derived = m_parsed.fields;
    r.message = std::move(input.message);
    return r;
}

void deriveFields(StoredRecord &r)
{
    thread_local LineParser parser(LineParser::Options{
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
            .count()});
    thread_local ParsedLine parsed;
    parser.parse(r.message, parsed);
    r.derived = parsed.fields;
}

} // namespace OpsDeck::Logs
