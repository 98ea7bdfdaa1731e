// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Runs searches and context lookups over one consistent view of the store.

#include "memtable.h"
#include "segment.h"

#include "opsdeck/logs/engine.h"

#include <memory>
#include <vector>

namespace OpsDeck::Logs {

/** What a search sees: the segments and the first `count` records of each memtable. */
struct Snapshot
{
    struct Table
    {
        std::shared_ptr<Memtable> table;
        std::size_t count = 0;
    };
    std::vector<std::shared_ptr<SegmentReader>> segments;
    std::vector<Table> tables;
    std::int64_t maxId = 0;
};

bool executeSearch(const Snapshot &snapshot, const SearchRequest &request, SearchResult &result,
                   std::string *error);
bool executeContext(const Snapshot &snapshot, std::int64_t id, int before, int after,
                    std::vector<StoredRecord> &out, std::string *error);
/** Every record of \a segment, appended to \a out (for merge and the cold tier). */
bool readAllRecords(const SegmentReader &segment, std::vector<StoredRecord> &out, std::string *error);
/** Fills r.derived from the message (JSON and logfmt fields), as ingest did. */
void deriveFields(StoredRecord &r);

} // namespace OpsDeck::Logs
