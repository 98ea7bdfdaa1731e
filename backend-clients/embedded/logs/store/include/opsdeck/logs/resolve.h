// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "opsdeck/logs/lineparser.h"
#include "opsdeck/logs/storedrecord.h"

namespace OpsDeck::Logs {

/**
 * Turns what a source delivered into a stored record: what the source said
 * (timestamp, host, service, level, fields) wins; the rest comes from parsing
 * the message; a record without a readable time gets its ingest time. The
 * message itself is never changed.
 */
class RecordResolver
{
public:
    explicit RecordResolver(std::int64_t nowMs);
    StoredRecord resolve(RecordInput &&input, std::int64_t ingestedMs);

private:
    LineParser m_parser;
    ParsedLine m_parsed;
};

} // namespace OpsDeck::Logs
