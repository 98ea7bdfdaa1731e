// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "opsdeck/logs/record.h"

#include <cstdint>
#include <string>
#include <vector>

namespace OpsDeck::Logs {

/** A record as the store holds it (memtable and decoded blocks). */
struct StoredRecord
{
    std::int64_t id = 0;
    std::int64_t ts = 0;
    std::int64_t ingested = 0;
    Level level = Level::Unknown;
    std::string host;
    std::string service;
    std::string source;
    std::string message;
    std::vector<Field> extra;   ///< stored fields the message does not carry
    std::vector<Field> derived; ///< fields parsed from the message (indexed, not stored)
};

} // namespace OpsDeck::Logs
